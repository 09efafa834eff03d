#!/usr/bin/env python3
"""Generate the heldout7 evaluation set (gold.jsonl) for pii-scrubber.

Python 3.11, standard library only, deterministic (fixed seeds, no set/dict-order
dependence on PYTHONHASHSEED).  All personal data is synthetic: names, streets and
towns come from the small hand-written lists below; numbers are generated and
checked with the checksum functions in this file, which are themselves asserted
against the test vectors of shared/reference/dutch-pii-formats.md.

Markup used inside the templates: mark(LABEL, value) wraps a value in control
characters; render() strips them and computes UTF-8 byte offsets, so every span is
exact by construction and is re-checked by slicing the bytes back out.
"""
import datetime
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

SEED = 7_2024_0313
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold.jsonl")

LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD",
          "IP_ADDRESS", "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]

R = random.Random(SEED)  # re-seeded per message in build()

# --------------------------------------------------------------------------- markup
S0, S1, S2 = "\x00", "\x01", "\x02"


def mark(label, value):
    assert label in LABELS, label
    assert value and not any(c in value for c in (S0, S1, S2)), value
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
def LP(v): return mark("LICENSE_PLATE", v)
def BTW(v): return mark("BTW_ID", v)
def KVK(v): return mark("KVK", v)


def render(marked):
    out = bytearray()
    spans = []
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == S0:
            j = marked.index(S1, i)
            k = marked.index(S2, j)
            label = marked[i + 1:j]
            value = marked[j + 1:k]
            start = len(out)
            out += value.encode("utf-8")
            spans.append({"start": start, "end": len(out), "label": label, "_v": value})
            i = k + 1
        else:
            out += c.encode("utf-8")
            i += 1
    return out.decode("utf-8"), spans


# --------------------------------------------------------------------------- checksums
def elfproef(d):
    if not (len(d) == 9 and d.isdigit()) or int(d) == 0:
        return False
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0


def bsn_valid(s):
    c = re.sub(r"[ .\-]", "", s)
    if not c.isdigit() or len(c) not in (8, 9):
        return False
    return elfproef(c.zfill(9))


def mod97(s):
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


IBAN_STRUCT = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "FR": r"\d{10}[0-9A-Z]{11}\d{2}",
               "AT": r"\d{16}", "LU": r"\d{3}[0-9A-Z]{13}", "GB": r"[A-Z]{4}\d{14}", "ES": r"\d{20}"}


def iban_valid(s):
    c = re.sub(r"[ .\-\u00a0]", "", s).upper()
    cc = c[:2]
    if cc not in IBAN_STRUCT or not re.fullmatch(r"[A-Z]{2}\d{2}" + IBAN_STRUCT[cc], c):
        return False
    if cc == "BE":
        b = c[4:]
        chk = int(b[:10]) % 97 or 97
        if chk != int(b[10:]):
            return False
    return mod97(c[4:] + c[:4]) == 1


def make_iban(cc, bban):
    chk = 98 - mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def luhn_ok(s):
    d = [int(x) for x in re.sub(r"[ \-]", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_iin_ok(s):
    c = re.sub(r"[ \-]", "", s)
    n = len(c)
    if c[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(c[:2]) <= 55 or 2221 <= int(c[:4]) <= 2720:
        return n == 16
    if c[:2] in ("34", "37"):
        return n == 15
    if c[:4] in ("6759", "5018", "5020", "5038", "6304"):
        return 12 <= n <= 19
    if c[:4] == "6011" or c[:2] == "65":
        return 16 <= n <= 19
    if 3528 <= int(c[:4]) <= 3589:
        return 16 <= n <= 19
    return False


def btw_valid(s):
    c = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and c[-2:] != "00" and mod97(c) == 1


def ob_valid(s):  # old omzetbelastingnummer: BSN + B + 2 digits
    c = re.sub(r"[ .\-]", "", s).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", c)) and c[-2:] != "00" and elfproef(c[2:11])


def iso7064_11_10(digits):
    product = 10
    for ch in digits:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    return (11 - product) % 10


def steuer_id_valid(s):
    c = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[1-9]\d{10}", c):
        return False
    counts = [c[:10].count(d) for d in "0123456789"]
    if not (counts.count(0) in (1, 2) and max(counts) in (2, 3) and sorted(counts)[-2] <= 1):
        return False
    return iso7064_11_10(c[:10]) == int(c[10])


POSTCODE_BAD = ("SA", "SD", "SS")


def nl_postcode_valid(s):
    c = re.sub(r"[ \-]", "", s).upper()
    if c.startswith("NL"):
        c = c[2:]
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", c)) and c[4:] not in POSTCODE_BAD


NL_AREA2 = "10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79".split()
NL_AREA3 = ("111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187 222 "
            "223 224 226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342 343 344 "
            "345 346 347 348 411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499 511 512 513 "
            "514 515 516 517 518 519 521 522 523 524 525 527 528 529 541 543 544 545 546 547 548 561 562 566 "
            "570 571 572 573 575 577 578 591 592 593 594 595 596 597 598 599").split()


def nl_phone_valid(s):
    t = s.replace("(0)", "")
    d = re.sub(r"[^\d+]", "", t)
    if d.startswith("+31"):
        n = d[3:]
    elif d.startswith("0031"):
        n = d[4:]
    elif d.startswith("0") and not d.startswith("00"):
        n = d[1:]
    else:
        return False
    if n.startswith("0"):
        n = n[1:]
    if re.fullmatch(r"6[1-58]\d{7}|970\d{8}", n):
        return True
    if len(n) == 9 and (n[:2] in NL_AREA2 or n[:3] in NL_AREA3):
        return True
    if re.fullmatch(r"(85|91)\d{7}", n):
        return True
    return False


def be_phone_valid(s):
    d = re.sub(r"[^\d+]", "", s)
    n = d[3:] if d.startswith("+32") else d[4:] if d.startswith("0032") else d[1:]
    if re.fullmatch(r"4[5-9]\d{7}", n):
        return True
    if re.fullmatch(r"(1[0-69]|[23][2-8]|4[23]|5\d|6[013-57-9]|71|8[1-79]|9[2-4])\d{6}", n):
        return True
    return False


def uk_drama(s):
    d = re.sub(r"[^\d+]", "", s)
    n = "0" + d[3:] if d.startswith("+44") else d
    return bool(re.fullmatch(r"07700900\d{3}|0207946(0\d{3})|01(13|14|15|16|17|18|21|31|41|51|61)4960\d{3}"
                             r"|02920180\d{3}|01632960\d{3}|01914980\d{3}|02890180\d{3}", n))


NL_DOC_RE = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]")


def nl_doc_valid(s):
    c = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[0-9A-Z]{6}[0-9]", c)) and "O" not in c


KT_LETTERS = "BDFGHJKLNPRSTVXZ"
KT_BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"]
KT_SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX",
                7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX",
                13: "9-XX-999", 14: "999-XX-9"}


def kenteken_valid(s):
    c = s.upper().replace(" ", "-")
    for sc, pat in KT_SIDECODES.items():
        rx = pat.replace("X", "[A-Z]").replace("9", r"\d")
        if re.fullmatch(rx, c):
            groups = re.findall(r"[A-Z]+", c)
            if any(b in g for g in groups for b in KT_BANNED):
                return False
            if sc >= 4 and any(ch not in KT_LETTERS for g in groups for ch in g):
                return False
            return True
    return False


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2024


def dob_numeric_valid(s):
    m = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", s)
    return bool(m) and date_ok(int(m[3]), int(m[2]), int(m[1]))


EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                      r"(nl|com|de|be|co\.uk|me|org|net|eu|at|uk|frl|io)")


def self_test():
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303",
              "103349856", "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]:
        assert bsn_valid(v), v
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]:
        assert not bsn_valid(v), v
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL02ABNA0123456789",
              "NL20INGB0001234567", "NL39RABO0300065264", "NL44RABO0123456789", "NL86INGB0002445588",
              "NL68KNAB0123456789", "NL32BUNQ2012345678", "BE71 0961 2345 6769", "DE89370400440532013000",
              "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606", "FR76 3000 6000 0112 3456 7890 189",
              "GB82WEST12345698765432"]:
        assert iban_valid(v), v
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL91ABN00417164300", "NL00ABNA0417164300",
              "DE89370400440532013001", "BE68539007547035"]:
        assert not iban_valid(v), v
    assert mod97("539007547034" + "BE68") == 1  # structure-only valid BE vector
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67",
              "0111-123456", "097012345678", "06 12345678", "+31 6 12345678", "+316-12345678", "+31-20-1234567",
              "0031-(0)20-1234567", "+31.20.123.45.67", "085 123 4567"]:
        assert nl_phone_valid(v), v
    for v in ["06-1234567", "067 1234567", "012-3456789", "06-123456789", "+31 6 1234 567", "06 01234567",
              "069 1234567", "020-123456"]:
        assert not nl_phone_valid(v), v
    for v in ["+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86"]:
        assert be_phone_valid(v), v
    for v in ["+32 470 12 34 5", "02 123 45 67", "09 123 45 67"]:
        assert not be_phone_valid(v), v
    for v in ["1012 AB", "1012AB", "1012 ab", "NL-2611ET", "9999 ZZ", "1000 AA"]:
        assert nl_postcode_valid(v), v
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1"]:
        assert not nl_postcode_valid(v), v
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]:
        assert nl_doc_valid(v), v
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]:
        assert not nl_doc_valid(v), v
    for v in ["GB-12-DF", "1-KBB-12", "123-BB-1", "AB-12-34", "12-GBX-3", "VB-123-X", "G-123-BB", "GBB-12-X",
              "G-12-BBB", "1-BB-123", "XB-PK-12", "12-DF-GH"]:
        assert kenteken_valid(v), v
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]:
        assert not kenteken_valid(v), v
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]:
        assert btw_valid(v), v
    assert ob_valid("NL004495445B01")
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01",
              "NL12345678B01"]:
        assert not btw_valid(v) and not ob_valid(v), v
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009",
              "378282246310005", "6011111111111117", "3530111333300000", "6759649826438453"]:
        assert luhn_ok(v) and card_iin_ok(v), v
    assert luhn_ok("30569309025904")
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678"]:
        assert not (luhn_ok(v) and card_iin_ok(v)), v
    assert luhn_ok("490154203237518") and not card_iin_ok("490154203237518")  # IMEI trap
    assert steuer_id_valid("36574261809") and steuer_id_valid("36 574 261 809")
    assert not steuer_id_valid("36574261890") and not steuer_id_valid("12345678901")
    for v in ["12-03-1985", "1-4-1990", "03/07/1979", "29.02.1992"]:
        assert dob_numeric_valid(v), v
    for v in ["31-02-1990", "29-02-1991", "32-01-2000", "13/13/1999"]:
        assert not dob_numeric_valid(v), v
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "info@bakkerij-de-groot.frl"]:
        assert EMAIL_RE.fullmatch(v), v
    assert ipaddress.ip_address("8.8.8.8").is_global
    for v in ["192.168.1.10", "10.2.0.1", "192.0.2.7", "203.0.113.9", "198.51.100.4", "100.64.3.2", "127.0.0.1"]:
        assert not ipaddress.ip_address(v).is_global, v
    for v in ["2001:db8::1", "::1", "fe80::1ff:fe23:4567:890a"]:
        assert not ipaddress.ip_address(v).is_global, v
    # RIB key of the FR vector
    assert fr_rib_key("20041", "01005", "0500013M026") == "06"


def fr_rib_key(bank, branch, acct):
    tr = {}
    for i, ch in enumerate("ABCDEFGHI"):
        tr[ch] = str(i + 1)
    for i, ch in enumerate("JKLMNOPQR"):
        tr[ch] = str(i + 1)
    for i, ch in enumerate("STUVWXYZ"):
        tr[ch] = str(i + 2)
    a = "".join(tr.get(ch, ch) for ch in acct)
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97):02d}"


# --------------------------------------------------------------------------- hand-made word lists
# Invented by hand for this set (no Faker / test-data generator lists).
NAMES = {
    "nl": (["Sanne", "Joris", "Maartje", "Wouter", "Ilse", "Gijs", "Marloes", "Thijs", "Annemiek", "Sjoerd",
            "Lieke", "Koen", "Hester", "Pim", "Jelle", "Floor", "Geertje", "Rutger", "Wietske", "Harm"],
           ["Oosterveld", "Kuipers", "Schuitemaker", "van den Akker", "ten Brinke", "Verhoeven", "de Wit-Hoogland",
            "van 't Hek", "Dijkstra", "Hoogeveen", "Brouwers", "van Ommeren", "Terpstra", "op den Kamp",
            "Zwartjes", "Blom", "van der Meulen-Smit", "Roelofsen", "de Haan", "Veldkamp"]),
    "ma": (["Youssef", "Samira", "Hamza", "Khadija", "Bilal", "Nordin", "Yasmina", "Soufiane", "Ikram"],
           ["El Amrani", "Bouzidi", "Azzouzi", "Ouali", "El Khattabi", "Benali", "Tahiri"]),
    "tr": (["Emre", "Ayşe", "Mehmet", "Elif", "Serkan", "Zeynep", "Burak", "Kübra"],
           ["Yılmaz", "Öztürk", "Kaya", "Demir", "Aydın", "Çelik", "Şahin"]),
    "sr": (["Ruben", "Shanice", "Virgil", "Rignald", "Jennifer", "Romano"],
           ["Tjon-A-Loi", "Sitaldin", "Ramdin", "Pinas", "Fränkel", "Kromodimedjo"]),
    "id": (["Dewi", "Ferry", "Wiwin", "Johan"], ["Pattinama", "Latuheru", "Siahaya", "Soeharno"]),
    "cn": (["Wei", "Mei-Ling", "Jun", "Hao", "Xiaoyu"], ["Chen", "Lin", "Zhou", "Wong"]),
    "vn": (["Thanh", "Linh", "Minh"], ["Nguyen", "Tran", "Pham"]),
    "in": (["Priya", "Arjun", "Rohan", "Deepika", "Sandeep", "Kavya", "Meenakshi"],
           ["Raman", "Iyer", "Chaudhary", "Venkataraman", "Bhattacharya", "Nair"]),
    "ng": (["Chidi", "Adaeze", "Oluwaseun", "Ngozi", "Emeka"], ["Okafor", "Adeyemi", "Nwosu", "Okonkwo"]),
    "gh": (["Kwame", "Abena", "Kofi", "Akosua"], ["Mensah", "Boateng", "Owusu-Ansah"]),
    "er": (["Tesfay", "Selam", "Yonas", "Meron"], ["Tesfamariam", "Haile", "Ghebremedhin"]),
    "so": (["Abdirahman", "Hodan", "Faadumo"], ["Warsame", "Farah", "Jama"]),
    "pl": (["Agnieszka", "Tomasz", "Katarzyna", "Bogdan", "Paweł"], ["Kowalczyk", "Nowak", "Wiśniewska", "Zieliński"]),
    "ua": (["Irina", "Dmytro", "Olena"], ["Petrenko", "Sokolova", "Kovalenko"]),
    "de": (["Jürgen", "Katrin", "Lukas", "Anneliese", "Henrike", "Malte", "Sören", "Friederike", "Ulrike", "Till"],
           ["Weißhaupt", "Brandtner", "Oberholzer", "Kästner", "Schulte-Bockholt", "Mühlenkamp", "Vogelsang",
            "Thielemann", "Raabe", "von Ahlefeldt"]),
    "uk": (["Siobhan", "Niamh", "Callum", "Eilidh", "Rhys", "Gareth", "Bethan", "Declan", "Harriet", "Imogen",
            "Fergus"],
           ["O'Sullivan", "MacLeod", "Pritchard", "Llewellyn", "Fairbairn", "Ashworth", "Cavanagh", "Threlfall"]),
    "ar": (["Rania", "Omar", "Lina", "Tarek"], ["Haddad", "Al-Khatib", "Nassar", "Darwish"]),
    "pt": (["João", "Beatriz", "Giulia", "Matteo", "Inês"], ["Ferreira", "Rossi", "Carvalho", "Esposito"]),
    "be": (["Lies", "Wout", "Griet", "Jens", "Elke", "Stijn", "Fien"],
           ["Van den Bossche", "De Smedt", "Vermeulen", "Van Acker", "Claeys", "Goossens", "D'Hondt"]),
    "at": (["Florian", "Magdalena", "Valentin", "Theresa"], ["Gruber", "Pichler", "Steinwender", "Hofbauer"]),
}
HER_NL = ["nl", "nl", "nl", "ma", "tr", "sr", "id", "cn", "vn", "in", "ng", "gh", "er", "so", "pl", "ua", "ar", "pt"]
HER_EN = ["uk", "uk", "uk", "in", "ng", "gh", "cn", "pl", "ar", "pt", "nl", "ma", "er", "so", "vn"]
HER_DE = ["de", "de", "de", "tr", "pl", "ua", "ar", "pt", "at", "vn", "er"]

# the organisation's agents (README: agents' names are PERSON too)
AGENTS = [("Femke", "Dijkhuizen"), ("Lotte", "Brinkman"), ("Tobias", "Kersting"), ("Aisling", "Brennan"),
          ("Demi", "Kortekaas"), ("Mustafa", "Erdoğan"), ("Jolien", "Vreeswijk"), ("Nikhil", "Sharma-Bos")]

# organisation data (design.md example config) -- never labelled
ORG = "Zonnestraal Software B.V."
ORG_PHONES = ["088 123 4567", "+31 88 123 4567", "088-1234567", "+31 (0)88 123 45 67", "0031 88 1234567"]
ORG_IBANS = ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"]
ORG_ADDR = "Lichtweg 1, 1234 AB Zonnedorp"
ORG_POSTBUS = "Postbus 99, 1230 AA Zonnedorp"
ORG_KVK = "12345678"
ORG_BTW = "NL123456782B01"

NL_STREETS = ["Zwanenbloemstraat", "Kromme Akkerweg", "Laan van Westerhout", "Pijlkruidhof", "Oude Torenstraat",
              "Meester Groenlaan", "Schelpenkade", "Wilgenroosdreef", "Korenbloemsingel", "Dotterbloempad",
              "Burg. Vissersingel", "Lindeboomstraat", "Hazelaarplein", "Esdoornlaan", "Kwartelweg",
              "IJsvogelstraat", "Sterrenkijkerpad", "Graanzolderkade", "Tweede Kruisakkerstraat",
              "Dokter Brabersstraat", "Hoge Rijndijk", "Veenbesgaarde"]
NL_TOWNS = [("Zwolle", "80"), ("Amersfoort", "38"), ("Leeuwarden", "89"), ("Tilburg", "50"), ("Deventer", "74"),
            ("Heerlen", "64"), ("Purmerend", "14"), ("Gouda", "28"), ("Assen", "94"), ("Almere", "13"),
            ("Nijmegen", "65"), ("Haarlem", "20"), ("Groningen", "97"), ("Breda", "48"), ("Delft", "26"),
            ("Den Helder", "17"), ("Enschede", "75"), ("Maastricht", "62")]
NL_HOUSENR = ["14", "7a", "112-II", "3 hs", "58", "23 B", "9-1", "41A-2", "206", "5-bis", "88 bg", "17-3",
              "131", "2c"]
BE_STREETS = ["Molenakkerstraat", "Kapelleveld", "Sint-Jorisdreef", "Bosduivenlaan", "Kouterlaan",
              "Veldekensstraat", "Pastoor Verlindenstraat", "Hoefijzerlaan", "Ter Rivierenwal"]
BE_TOWNS = [("Gent", "9000"), ("Antwerpen", "2018"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500"),
            ("Mechelen", "2800"), ("Kortrijk", "8500"), ("Aalst", "9300"), ("Sint-Niklaas", "9100")]
BE_HOUSENR = ["12 bus 3", "45/2", "7 b2", "118", "3 bus 11", "64", "29A"]
BE_FR = [("Rue des Glycines", "Namur", "5000"), ("Avenue des Tilleuls", "Liège", "4020"),
         ("Rue du Vieux Moulin", "Bruxelles", "1000"), ("Chaussée de Waremme", "Huy", "4500")]
DE_STREETS = ["Lindenhofstraße", "Am Kirschgarten", "Eschenweg", "Mühlbachstraße", "Auf dem Kamp", "Schwalbenring",
              "Hohe Feldstraße", "Brunnenstr.", "Kastanienallee", "Im Wiesengrund", "Kleiststraße",
              "Ottilienweg"]
DE_TOWNS = [("Berlin", "104"), ("Köln", "506"), ("München", "813"), ("Hamburg", "227"), ("Münster", "481"),
            ("Leipzig", "041"), ("Bremen", "282"), ("Freiburg im Breisgau", "791"), ("Düsseldorf", "402"),
            ("Aachen", "520"), ("Kassel", "341"), ("Oldenburg", "261")]
DE_AREA = {"Berlin": "030", "Köln": "0221", "München": "089", "Hamburg": "040", "Münster": "0251",
           "Leipzig": "0341", "Bremen": "0421", "Freiburg im Breisgau": "0761", "Düsseldorf": "0211",
           "Aachen": "0241", "Kassel": "0561", "Oldenburg": "0441"}
DE_HOUSENR = ["5", "12a", "3-5", "17 b", "88", "41", "2", "109"]
AT_ADDR = [("Neubaugasse", "Wien", "1070"), ("Schörgelgasse", "Graz", "8010"), ("Dametzstraße", "Linz", "4020")]
UK_ADDR = ["27 Hawthorn Close", "Flat 3, 88 Carlton Terrace", "5 Rowan Mews", "112 Ferndale Avenue",
           "9 Quarry Bank Lane", "Apartment 14, 2 Wharfside Street", "41 St Aidan's Road", "16 Brackenridge Way",
           "3 Tanners Row"]
UK_TOWNS = [("Leeds", "LS6 2QT", "0113 496 0"), ("Manchester", "M20 4RS", "0161 496 0"),
            ("Cardiff", "CF24 3DL", "029 2018 0"), ("Bristol", "BS7 9PA", "0117 496 0"),
            ("Edinburgh", "EH10 5JW", "0131 496 0"), ("Glasgow", "G12 8QN", "0141 496 0"),
            ("Nottingham", "NG7 1LB", "0115 496 0"), ("York", "YO31 7HT", "01632 960"),
            ("Brighton", "BN2 1RX", "01632 960"), ("London", "N16 7XB", "020 7946 0")]

DOM_NL = ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "xs4all.nl", "outlook.com", "planet.nl",
          "icloud.com", "proton.me", "live.nl", "hetnet.nl"]
DOM_BE = ["telenet.be", "skynet.be", "proximus.be", "gmail.com", "hotmail.be"]
DOM_DE = ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "gmx.at"]
DOM_UK = ["btinternet.com", "yahoo.co.uk", "outlook.com", "gmail.com", "sky.com", "virginmedia.com"]

ASCII = str.maketrans({"ı": "i", "ö": "o", "ü": "u", "ş": "s", "ç": "c", "ğ": "g", "é": "e", "ã": "a", "ß": "ss",
                       "ä": "a", "ê": "e", "ł": "l", "ś": "s", "ń": "n", "Ö": "O", "Ç": "C", "Ş": "S", "ë": "e",
                       "Ü": "U", "Ä": "A", "ñ": "n", "ó": "o", "ž": "z"})


def pick(seq):
    return R.choice(seq)


def person(her):
    f, l = NAMES[her]
    return R.choice(f), R.choice(l)


def full(fl):
    return f"{fl[0]} {fl[1]}"


def cap(last):
    return last[0].upper() + last[1:]


def initials(first):
    return ".".join(p[0] for p in first.split("-")) + "."


def slug(s):
    s = s.translate(ASCII).lower()
    return re.sub(r"[^a-z0-9]+", "", s)


def email_for(fl, domains):
    f, l = slug(fl[0]), slug(fl[1])
    form = R.randrange(6)
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{R.randrange(70, 100)}", f"{l}.{f}", f"{f}_{l[:6]}",
             f"{f}{R.randrange(1, 30)}"][form]
    e = f"{local}@{R.choice(domains)}"
    assert EMAIL_RE.fullmatch(e), e
    return e


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


# --- NL addresses
def nl_postcode(prefix=None):
    while True:
        p = (prefix or str(R.randrange(10, 99))) + digits(2)
        lt = R.choice("ABCDEGHJKLNPRTVWXZ") + R.choice("ABCDEGHJKLNPRTVWXZ")
        if lt in POSTCODE_BAD or lt in ("MB", "KB", "GB", "TB", "KM", "CM", "MM", "KG", "PK", "HZ", "MS"):
            continue
        pc = f"{p} {lt}"
        assert nl_postcode_valid(pc)
        return pc


def nl_addr():
    town, pre = pick(NL_TOWNS)
    return f"{pick(NL_STREETS)} {pick(NL_HOUSENR)}", nl_postcode(pre), town


def be_addr():
    town, pc = pick(BE_TOWNS)
    return f"{pick(BE_STREETS)} {pick(BE_HOUSENR)}", pc, town


def be_fr_addr():
    st, town, pc = pick(BE_FR)
    return f"{st} {R.randrange(2, 140)} {pick(['bte 2', 'bte 4', 'boîte 1', ''])}".strip(), pc, town


def de_addr():
    town, pre = pick(DE_TOWNS)
    return f"{pick(DE_STREETS)} {pick(DE_HOUSENR)}", pre + digits(2), town


def at_addr():
    st, town, pc = pick(AT_ADDR)
    return f"{st} {R.randrange(2, 60)}/{R.randrange(1, 20)}", pc, town


def uk_addr():
    town, pc, _ = pick(UK_TOWNS)
    return pick(UK_ADDR), pc, town


# --- phones
def nl_mobile(form=None):
    n = "6" + R.choice("123458") + digits(7)
    f = form if form is not None else R.randrange(9)
    a, b = n[1:], n
    out = [f"06-{a}", f"06 {a[:4]} {a[4:]}", f"06 {a}", f"+31 6 {a}", f"+31 (0)6 {a[:4]} {a[4:]}",
           f"0031 6 {a[:4]} {a[4:]}", f"06-{a[:2]} {a[2:4]} {a[4:6]} {a[6:]}", f"0{b}", f"+316{a}"][f]
    assert nl_phone_valid(out), out
    return out


def nl_fixed(form=None):
    if R.random() < 0.5:
        area = pick(NL_AREA2)
        sub = R.choice("2345789") + digits(6)
        f = form if form is not None else R.randrange(5)
        out = [f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}", f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}",
               f"+31 (0){area} {sub[:3]} {sub[3:]}", f"+31 {area} {sub}"][f]
    else:
        area = pick(NL_AREA3)
        sub = R.choice("2345789") + digits(5)
        f = form if form is not None else R.randrange(3)
        out = [f"0{area}-{sub}", f"0{area} {sub[:2]} {sub[2:4]} {sub[4:]}", f"+31 {area} {sub}"][f % 3]
    assert nl_phone_valid(out), out
    return out


def be_phone(mobile=None):
    if mobile if mobile is not None else R.random() < 0.6:
        n = "4" + R.choice("5789") + digits(7)
        out = pick([f"0{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+32 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                    f"0{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}", f"0032 {n}"])
    else:
        z = pick(["2", "3", "9", "50", "16", "11"])
        if len(z) == 1:
            first = "2345678" if z in "23" else "234"
            sub = R.choice(first) + digits(6)
            out = pick([f"0{z} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+32 {z} {sub[:3]} {sub[3:5]} {sub[5:]}"])
        else:
            sub = R.choice("2345678") + digits(5)
            out = f"0{z} {sub[:2]} {sub[2:4]} {sub[4:]}"
    assert be_phone_valid(out), out
    return out


def de_phone(town=None, mobile=None):
    if mobile if mobile is not None else R.random() < 0.45:
        pre = pick(["151", "152", "160", "170", "171", "176", "157"])
        sub = digits(8 if pre.startswith("15") else 7, True)
        return pick([f"0{pre} {sub}", f"+49 {pre} {sub}", f"0{pre}-{sub}", f"0049 {pre} {sub}",
                     f"+49 (0){pre} {sub[:4]} {sub[4:]}"])
    area = DE_AREA.get(town) or pick(list(DE_AREA.values()))
    sub = R.choice("2345689") + digits(8 - len(area) + 1 if len(area) == 3 else 6)
    a = area[1:]
    return pick([f"{area} {sub}", f"{area}/{sub}", f"+49 {a} {sub}", f"+49 (0){a} {sub}", f"{area}-{sub}"])


def uk_phone(town_prefix=None, mobile=None):
    if mobile if mobile is not None else R.random() < 0.5:
        n = f"07700 900{R.randrange(0, 1000):03d}"
        out = pick([n, "+44 7700 900" + n[-3:], "07700900" + n[-3:]])
    else:
        pre = town_prefix or pick([t[2] for t in UK_TOWNS])
        out = f"{pre}{R.randrange(0, 1000):03d}"
        if R.random() < 0.3:
            out = "+44 " + out[1:]
    assert uk_drama(out), out
    return out


def at_phone():
    return pick([f"+43 664 {digits(7, True)}", f"0664 {digits(3, True)} {digits(4)}", f"+43 1 {digits(7, True)}",
                 f"0676 {digits(7, True)}"])


# --- bank
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "REVO"]


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_iban(s, spaced=None):
    if spaced is None:
        spaced = R.random() < 0.5
    return group4(s) if spaced else s


def nl_iban(spaced=None):
    s = make_iban("NL", pick(NL_BANKS) + digits(10))
    assert iban_valid(s) and s not in ("NL91ABNA0417164300",)
    return fmt_iban(s, spaced)


def be_iban(spaced=None):
    b = digits(10, True)
    chk = int(b) % 97 or 97
    s = make_iban("BE", f"{b}{chk:02d}")
    assert iban_valid(s)
    return fmt_iban(s, spaced)


def de_iban(spaced=None):
    s = make_iban("DE", pick(["37040044", "50010517", "10020890", "20050550", "43060967", "70150000",
                              "86055592", "30050110"]) + digits(10))
    assert iban_valid(s)
    return fmt_iban(s, spaced)


def at_iban(spaced=None):
    s = make_iban("AT", pick(["20111", "12000", "32000", "14000"]) + digits(11))
    assert iban_valid(s)
    return fmt_iban(s, spaced)


def lu_iban(spaced=None):
    s = make_iban("LU", pick(["001", "002", "019"]) + digits(13))
    assert iban_valid(s)
    return fmt_iban(s, spaced)


def fr_iban(spaced=None):
    bank, branch, acct = pick(["30004", "30003", "20041", "10278"]), digits(5), digits(11)
    s = make_iban("FR", bank + branch + acct + fr_rib_key(bank, branch, acct))
    assert iban_valid(s)
    return fmt_iban(s, spaced)


def gb_iban(spaced=None):
    s = make_iban("GB", pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14))
    assert iban_valid(s)
    return fmt_iban(s, spaced)


# --- BSN
def bsn_raw(lead0=False):
    while True:
        d = ("0" + digits(8, True)) if lead0 else digits(9, True)
        if elfproef(d):
            return d


def bsn(form=None):
    f = form if form is not None else R.randrange(7)
    if f == 5:
        d = bsn_raw(lead0=True)
        out = d[1:]  # 8-digit form, leading zero dropped
    else:
        d = bsn_raw()
        out = [d, f"{d[:4]}.{d[4:6]}.{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
               f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}", None, d][f]
    assert bsn_valid(out), out
    return out


def ob_number():
    s = f"NL{bsn_raw()}B0{R.choice('12')}"
    assert ob_valid(s)
    return s


def not_bsn9(first_nonzero=True):
    while True:
        d = digits(9, first_nonzero)
        if not elfproef(d):
            return d


def elf9():  # passes the elfproef but is an order/invoice number in context (hard negative)
    return bsn_raw()


# --- company ids
def btw_id():
    while True:
        n = digits(9)
        if elfproef(n) or int(n) == 0:
            continue
        base = "2321" + n + "11"
        cc = (1 - int(base) * 100) % 97
        if cc == 0:
            cc = 97
        s = f"NL{n}B{cc:02d}"
        if btw_valid(s) and not ob_valid(s):
            return s


def kvk():
    return R.choice("6789") + digits(7)


def steuer_id():
    while True:
        ds = R.sample("0123456789", 9)
        if ds[0] == "0":
            continue
        dup = R.choice(ds[1:])
        body = ds[:]
        body.insert(R.randrange(2, 10), dup)
        b = "".join(body)
        if any(b[i] == b[i + 1] == b[i + 2] for i in range(8)):
            continue
        s = b + str(iso7064_11_10(b))
        if steuer_id_valid(s):
            return s


# --- cards
def card(kind=None, fmt=None):
    k = kind or pick(["visa", "mc", "mc2", "amex", "maestro", "visa"])
    if k == "visa":
        n = luhn_complete("4" + digits(14))
    elif k == "mc":
        n = luhn_complete(str(R.randrange(51, 56)) + digits(13))
    elif k == "mc2":
        n = luhn_complete(str(R.randrange(2221, 2721)) + digits(11))
    elif k == "amex":
        n = luhn_complete(R.choice(["34", "37"]) + digits(12))
    else:
        n = luhn_complete("6759" + digits(11))
    assert luhn_ok(n) and card_iin_ok(n)
    f = fmt if fmt is not None else R.randrange(3)
    if len(n) == 15:
        return [n, f"{n[:4]} {n[4:10]} {n[10:]}", f"{n[:4]}-{n[4:10]}-{n[10:]}"][f]
    return [n, group4(n), "-".join(n[i:i + 4] for i in range(0, 16, 4))][f]


# --- IPs
def pub_ip4():
    while True:
        ip = ipaddress.IPv4Address(R.randrange(1 << 24, 224 << 24))
        if ip.is_global and not ip.is_multicast and str(ip).split(".")[0] not in ("100", "127"):
            return str(ip)


def pub_ip6():
    while True:
        s = f"2a0{R.choice('1259')}:{R.randrange(0x1000, 0xffff):x}:{R.randrange(0x100, 0xffff):x}:" \
            f"{R.randrange(0x10, 0xfff):x}::{R.randrange(0x1, 0xffff):x}"
        if ipaddress.ip_address(s).is_global:
            return s


def priv_ip4():
    return pick([f"10.{R.randrange(0, 40)}.{R.randrange(0, 255)}.{R.randrange(2, 250)}",
                 f"192.168.{R.randrange(0, 20)}.{R.randrange(2, 250)}",
                 f"172.{R.randrange(16, 32)}.{R.randrange(0, 255)}.{R.randrange(2, 250)}"])


# --- dates of birth
DOB_RANGE = None  # temporarily narrowed for children's birth dates


def dob_range(lang, y0, y1, form=None):
    global DOB_RANGE
    DOB_RANGE = (y0, y1)
    try:
        return dob(lang, form)
    finally:
        DOB_RANGE = None


def child_dob(lang, form=None):
    return dob_range(lang, 2008, 2017, form)


GIRLS_NL = ["Noor", "Lieke", "Yasmina", "Ikram", "Mei-Ling", "Sanne", "Dewi", "Zeynep"]
GIRLS_DE = ["Henrike", "Friederike", "Katrin", "Elif", "Magdalena", "Theresa", "Olena"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
NL_MABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def birth_date(y0=1942, y1=2005):
    y0, y1 = DOB_RANGE or (y0, y1)
    while True:
        y, m, d = R.randrange(y0, y1), R.randrange(1, 13), R.randrange(1, 29 if R.random() < 0.8 else 32)
        if date_ok(y, m, d):
            return datetime.date(y, m, d)


def dob(lang, form=None):
    t = birth_date()
    y, m, d = t.year, t.month, t.day
    if lang == "nl":
        forms = [f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
                 f"{y}-{m:02d}-{d:02d}", f"{d} {NL_MONTHS[m - 1]} {y}", f"{d} {NL_MABBR[m - 1]} {y}",
                 f"{d:02d}-{m:02d}-'{y % 100:02d}"]
    elif lang == "en":
        sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d} {EN_MONTHS[m - 1]} {y}", f"{EN_MONTHS[m - 1]} {d}, {y}",
                 f"{d}{sfx} {EN_MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{EN_MONTHS[m - 1][:3]}-{y}",
                 f"{d:02d}.{m:02d}.{y}", f"{d}{sfx} of {EN_MONTHS[m - 1]} {y}"]
    else:
        forms = [f"{d:02d}.{m:02d}.{y}", f"{d}. {DE_MONTHS[m - 1]} {y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}",
                 f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}. {DE_MONTHS[m - 1][:3]}. {y}" if m not in (5, 6, 7) else
                 f"{d}. {DE_MONTHS[m - 1]} {y}"]
    return forms[form if form is not None else R.randrange(len(forms))]


# --- documents and plates
DOC_CH = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"


def nl_doc(kind=None):
    first = kind or R.choice("NI")
    s = first + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(R.choice(DOC_CH) for _ in range(6)) + \
        R.choice("123456789")
    assert nl_doc_valid(s)
    return s


def rijbewijs():
    return "5" + digits(9)


def de_ausweis():
    ch = "CFGHJKLMNPRTVWXYZ0123456789"
    return R.choice("CFGHJKLMNPRTVWXYZ") + "".join(R.choice(ch) for _ in range(8))


def uk_passport():
    return digits(9, True)


def kenteken(sc=None):
    sc = sc or pick([4, 5, 6, 7, 8, 9, 10, 11])
    pat = KT_SIDECODES[sc]
    while True:
        s = "".join(R.choice(KT_LETTERS) if c == "X" else R.choice("0123456789") if c == "9" else c for c in pat)
        if kenteken_valid(s) and not re.search(r"-0", "-" + s.split("-")[0]):
            return s


def de_kennzeichen():
    return pick([f"B-{pick(['KM', 'LR', 'TX', 'HP'])} {R.randrange(10, 9999)}",
                 f"M-{pick(['RA', 'JS', 'DK'])} {R.randrange(10, 999)}", f"HH-{pick(['LT', 'OB', 'SV'])} {R.randrange(100, 9999)}",
                 f"K {pick(['XY', 'AB', 'NW'])} {R.randrange(100, 9999)}", f"MS-{pick(['EZ', 'TK'])} {R.randrange(10, 999)}",
                 f"OL {pick(['HF', 'RW'])} {R.randrange(10, 999)}E"])


# --- harmless identifiers (hard negatives)
def uuid4():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ts(day=None, h=None):
    day = day or R.randrange(1, 15)
    h = R.randrange(6, 22) if h is None else h
    return f"2024-03-{day:02d}T{h:02d}:{R.randrange(60):02d}:{R.randrange(60):02d}.{R.randrange(1000):03d}Z"


def version():
    return f"{R.randrange(3, 12)}.{R.randrange(0, 20)}.{R.randrange(0, 9)}"


def masked_card():
    return pick([f"**** **** **** {digits(4)}", f"XXXX-XXXX-XXXX-{digits(4)}", f"•••• {digits(4)}",
                 f"{R.choice('45')}{digits(3)} 11** **** {digits(4)}"])


def amount_nl():
    return f"€ {R.randrange(5, 3000)},{R.randrange(0, 100):02d}"


def tracking():
    return pick([f"3S{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{digits(9)}",
                 f"JVGL{digits(16)}", f"CD{digits(9)}NL", f"00{digits(18)}"])


def imei():
    return luhn_complete("35" + digits(12))


# --------------------------------------------------------------------------- text helpers
def quote(text, prefix=">"):
    return "\n".join(f"{prefix} {ln}" if ln else prefix for ln in text.split("\n"))


def agent():
    return pick(AGENTS)


def org_footer_nl():
    return pick([f"{ORG} | {ORG_ADDR} | T {pick(ORG_PHONES)} | KvK {ORG_KVK} | btw {ORG_BTW}",
                 f"{ORG}\n{ORG_POSTBUS}\nIBAN {pick(ORG_IBANS)} | KvK {ORG_KVK}",
                 f"Zonnestraal Support · support@zonnestraal.example · {pick(ORG_PHONES)}"])


def org_footer_en():
    return pick([f"{ORG} · {ORG_ADDR}, The Netherlands · {pick(ORG_PHONES)} · Chamber of Commerce {ORG_KVK}",
                 f"Customer Support | {ORG}\n{pick(ORG_PHONES)} | support@zonnestraal.example"])


def org_footer_de():
    return pick([f"{ORG} · {ORG_ADDR} (Niederlande) · Tel. {pick(ORG_PHONES)} · USt-IdNr. {ORG_BTW}",
                 f"Kundenservice {ORG}\nTelefon {pick(ORG_PHONES)} · kundenservice@zonnestraal.example"])


NL_DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]


def mdate(day):
    return datetime.date(2024, 3, day)


def hdr_nl(day, who):
    t = f"{R.randrange(7, 23):02d}:{R.randrange(60):02d}"
    return f"Op {NL_DAYS[mdate(day).weekday()]} {day} mrt 2024 om {t} schreef {who}:"


def hdr_en(day, who):
    t = f"{R.randrange(7, 23):02d}:{R.randrange(60):02d}"
    return pick([f"On {EN_DAYS[mdate(day).weekday()]}, {day} Mar 2024 at {t}, {who} wrote:",
                 f"On {day}/03/2024 {t}, {who} wrote:"])


def hdr_de(day, who):
    t = f"{R.randrange(7, 23):02d}:{R.randrange(60):02d}"
    return pick([f"Am {day:02d}.03.2024 um {t} schrieb {who}:",
                 f"Am {DE_DAYS[mdate(day).weekday()]}, {day}. März 2024 um {t} schrieb {who}:"])


def who(fl, email):
    return f"{P(full(fl))} <{EM(email)}>"


def agent_who(fl):
    return f"{P(full(fl))} <support@zonnestraal.example>"


# =========================================================================== DUTCH scenarios
def nl_log_free():
    v = version()
    p1, p2 = priv_ip4(), priv_ip4()
    body = pick([
        "Sinds we gisteren zijn overgestapt op versie {v} loopt de synchronisatie met de kassa's steeds vast.",
        "Na de automatische update naar {v} (build {b}) start de koppeling met de boekhouding niet meer op.",
        "Vanochtend om 07:12 is de exportservice gecrasht en hij komt niet meer overeind, ook niet na een herstart.",
    ]).format(v=v, b=f"{R.randrange(2024, 2025)}.{R.randrange(1, 4):02d}.{R.randrange(1000, 9999)}")
    lines = [
        f"{ts(12, 7)} INFO  [sync-worker-{R.randrange(1, 9)}] Starting batch {R.randrange(10000, 99999)} (request-id {uuid4()})",
        f"{ts(12, 7)} WARN  [sync-worker-{R.randrange(1, 9)}] Upstream {p2}:8443 slow response ({R.randrange(900, 5000)} ms)",
        f"{ts(12, 7)} ERROR [sync-worker-{R.randrange(1, 9)}] OutOfMemoryError: heap limit 2048 MB reached (used 2047 MB)",
        f"{ts(12, 7)} INFO  [watchdog] restarting worker pid={R.randrange(1000, 65000)}, build {v}.{R.randrange(100, 999)}",
        f"{ts(12, 7)} DEBUG [db] pool 10.{R.randrange(0, 30)}.{R.randrange(0, 255)}.{R.randrange(2, 250)}:5432 size=16 idle=0",
        f"{ts(12, 8)} ERROR [export] job {uuid4()} failed: HTTP 502 from http://{p1}:8080/api/v1/ledger",
    ]
    R.shuffle(lines)
    order = pick([not_bsn9(), elf9()])
    sign = pick(["Groet,\nAfdeling ICT, Bakkerij Vos & Zn.", "Met vriendelijke groet,\nServicedesk Gemeentelijk Sportbedrijf",
                 "Mvg,\nhet systeembeheer van Autoschade Hans Anders Noord", "Gr.\nTeam applicatiebeheer"])
    return f"""Hallo,

{body} Hieronder een stuk uit het logbestand (server staat bij ons in de serverkast, intern adres {p1}).

```
{chr(10).join(lines)}
```

Het ordernummer van de licentie is {order}, factuurnummer F-2024-{R.randrange(1000, 9999)} van 04-03-2024 ({amount_nl()}). We draaien op Windows Server 2019 met 4096 MB toegewezen aan de service en 1024 KB stack. Op 2023 en 2024 licenties hadden we dit niet.

Kunnen jullie hier naar kijken? Bellen kan via onze centrale, maar liever per mail.

{sign}"""


def nl_log_pii():
    fl = person(pick(HER_NL))
    ip1, ip2 = pub_ip4(), pick([pub_ip4(), pub_ip6()])
    shop = pick(["fietsenmakerijdespaak", "theehuisje-oost", "kaaswinkelvanderzee", "tegelhandel-noord"])
    ph = pick([nl_mobile(), nl_fixed()])
    t = "12/Mar/2024"
    log = "\n".join([
        f'{IP(ip1)} - - [{t}:08:14:0{R.randrange(10)} +0100] "POST /api/v2/orders HTTP/1.1" 403 162 "-" "ZS-Connector/3.8.1"',
        f'{IP(ip1)} - - [{t}:08:14:1{R.randrange(10)} +0100] "POST /api/v2/orders HTTP/1.1" 403 162 "-" "ZS-Connector/3.8.1"',
        f'127.0.0.1 - - [{t}:08:15:00 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "curl/8.4.0"',
        f'{priv_ip4()} - - [{t}:08:15:02 +0100] "GET /admin/sync HTTP/1.1" 200 5120 "-" "Mozilla/5.0"',
    ])
    return f"""Goedemiddag,

Onze webshop (www.{shop}.nl) kan sinds vanochtend geen orders meer doorzetten naar jullie API. Onze server heeft vast IP {IP(ip1)}; ik test zelf vanaf thuis ({IP(ip2)}), daar werkt het wel. Uit de nginx-log:

{log}

Response body: {{"error":"ip_not_allowed","trace_id":"{hexid(16)}","version":"3.8.1"}}

Volgens mij moet {IP(ip1)} op de whitelist na jullie migratie van 9 maart. Kunt u mij terugbellen op {PH(ph)}? Ik ben tot 17:30 bereikbaar.

Met vriendelijke groet,

{P(full(fl))}
{shop.replace('-', ' ').title()}"""


def nl_csv_pii():
    rows = []
    sep = pick([";", ","])
    hdr = pick(["ordernr;datum;naam;adres;postcode;plaats;telefoon;email;bedrag",
                "order_id;created_at;billing_name;billing_address;billing_postcode;billing_city;billing_phone;billing_email;total"])
    for i in range(R.randrange(3, 6)):
        her = pick(HER_NL)
        fl = person(her)
        if R.random() < 0.25:
            a, pc, town = be_addr()
            ph = be_phone()
            em = email_for(fl, DOM_BE)
        else:
            a, pc, town = nl_addr()
            ph = pick([nl_mobile(), nl_fixed()])
            em = email_for(fl, DOM_NL)
        name = P(full(fl)) if R.random() < 0.7 else P(f"{initials(fl[0])} {fl[1]}")
        cells = [f"{R.randrange(100000, 109999)}", f"2024-03-{R.randrange(1, 12):02d}", name, AD(a), PC(pc), town,
                 PH(ph), EM(em), f"{R.randrange(10, 400)},{R.randrange(0, 100):02d}"]
        if sep == ",":
            cells = [f'"{c}"' for c in cells]
        rows.append(sep.join(cells))
    hdr = hdr if sep == ";" else hdr.replace(";", ",")
    me = person(pick(HER_NL))
    return f"""Hoi,

De import van onze klantenlijst in het relatiebeheer geeft bij regel 3 en 4 een fout ("ongeldig veld: postcode"). Hieronder de export uit WooCommerce zoals ik hem probeer te uploaden (UTF-8, scheidingsteken {'puntkomma' if sep == ';' else 'komma'}):

{hdr}
{chr(10).join(rows)}

Wat gaat er mis? Is het de spatie in de postcode of het scheidingsteken? Ik gebruik importprofiel "Webshop 2" en versie {version()} van de importmodule.

Groet,
{P(me[0])}"""


def nl_csv_free():
    def code():
        return variant([kenteken(pick([4, 5, 6])), f"ZS-{R.randrange(100, 999)}-{R.choice('ABCDEFG')}",
                     f"{R.choice('HKLP')}{R.choice('BDFG')}-{R.randrange(100, 999)}-{R.choice('XZ')}"])
    items = ["Kabelgoot wit 2m", "USB-stick 2048 MB", "Bonrol 80 mm (doos)", "Kassalade zwart", "Scanner houder",
             "Labelprinter etiket 1024 KB firmware", "Geheugenkaart 4096 MB", "Netwerkkabel cat6 5m"]
    R.shuffle(items)
    rows = [f"{code()};{it};{R.randrange(0, 400)};{R.randrange(1, 300)},{R.randrange(0, 100):02d};871{digits(10)}"
            for it in items[:R.randrange(5, 8)]]
    return f"""Beste support,

Bij het inlezen van de voorraadlijst worden de prijzen afgerond op hele euro's. Voorbeeld uit het bestand van 08-03-2024 (export uit ons magazijnsysteem):

artikelcode;omschrijving;voorraad;prijs_incl;ean
{chr(10).join(rows)}

Na import staat bij de eerste regel € {R.randrange(1, 300)},00 in plaats van het bedrag uit het bestand. Het gaat om ongeveer 1.250 artikelen, dus handmatig aanpassen is geen optie. Licentie {pick(['Retail Pro', 'Retail Plus'])}, klantnummer {R.randrange(40000000, 49999999)}.

Bij voorbaat dank,
Inkoop & logistiek"""


def nl_webform():
    her = pick(HER_NL)
    fl = person(her)
    a, pc, town = nl_addr()
    ph = pick([nl_mobile(), nl_fixed()])
    em = email_for(fl, DOM_NL)
    subj, body, need_dob = pick([
        ("Verhuizing", "Per 1 april woon ik op het bovenstaande adres. Willen jullie de facturen voortaan daarheen sturen? Het oude adres mag uit het systeem.", False),
        ("Inloggen lukt niet", "Ik krijg steeds de melding 'sessie verlopen' (foutcode E-4012). Mijn geboortedatum staat er ter controle bij, zoals gevraagd in de app.", True),
        ("Abonnement opzeggen", "Graag mijn abonnement per de eerstvolgende maand opzeggen. Het laatste bedrag van € 14,95 is al afgeschreven op 01-03-2024.", False),
    ])
    fields = [f"Naam: {P(full(fl))}", f"Adres: {AD(a)}", f"Postcode: {PC(pc)}", f"Woonplaats: {town}",
              f"Telefoon: {PH(ph)}", f"E-mail: {EM(em)}"]
    if need_dob or R.random() < 0.5:
        fields.append(f"Geboortedatum: {DOB(dob('nl'))}")
    fields.append(f"Klantnummer: {R.randrange(40000000, 49999999)}")
    if R.random() < 0.4:
        fields.append(f"IBAN: {IB(nl_iban())}")
    ip = pub_ip4()
    return f"""Nieuw bericht via het contactformulier op zonnestraal.example

{chr(10).join(fields)}
Onderwerp: {subj}
Bericht:
{body}

--
Verzonden op {R.randrange(1, 13):02d}-03-2024 {R.randrange(8, 23):02d}:{R.randrange(60):02d} vanaf IP {IP(ip)}
Formulier-ID: cf7-{R.randrange(1000, 9999)} · User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)"""


def nl_reply_en_quote():
    her = pick(HER_NL)
    fl = person(her)
    em = email_for(fl, DOM_NL)
    ag = agent()
    sp = person(pick(HER_NL))
    sp_em = email_for(sp, DOM_NL)
    order = f"ZS-{R.randrange(2024000, 2024999)}"
    iban = nl_iban()
    quoted_en = f"""Hi {P(fl[0])},

Thanks for getting in touch, and sorry for the trouble with order {order}. I'm on our international team, so I'll reply in English - I hope that's OK.

To process the refund of the double charge (2 × € 59,00 on 6 March) I need the account number the refund should go to, and the name of the account holder. For security reasons please do NOT send the full card number; the last four digits ({masked_card()}) are enough for us to find the transaction.

Could you also confirm whether the second licence (seat 2 of 5) should stay active? It is currently assigned to the address {EM(sp_em)}.

Kind regards,
{P(full(ag))}
{org_footer_en()}"""
    orig_nl = f"""Goedenavond,

Ik zie op mijn afschrift dat de verlenging van mijn licentie twee keer is afgeschreven. Ordernummer {order}. Wilt u één van de twee terugstorten?

Groet,
{P(full(fl))}"""
    top = f"""Hallo {P(ag[0])},

Geen probleem, Engels is prima. Dank voor je snelle reactie!

De terugbetaling mag naar {IB(iban)} t.n.v. {P(initials(fl[0]) + ' ' + fl[1])}. Dat is dezelfde rekening als waar de licentie van afgeschreven is.

De tweede licentie is van mijn partner {P(full(sp))}, die moet gewoon actief blijven. {P(sp[0])} gebruikt hem op de laptop van de zaak. Eventueel kun je {P(sp[0])} zelf mailen op {EM(sp_em)}, of bellen: {PH(nl_mobile())}.

Oh, en het transactienummer op het afschrift is {R.randrange(10**11, 10**12)}, betaald op 06-03-2024 om 09:14 (kenmerk {hexid(10).upper()}).

Groeten,
{P(fl[0])}

{hdr_nl(R.randrange(7, 11), agent_who(ag))}
{quote(quoted_en)}
>
> {hdr_en(5, who(fl, em))}
{quote(quote(orig_nl))}"""
    return top


def nl_reply_de_quote():
    fl = person(pick(HER_NL))
    de = person("de")
    de_em = email_for(de, DOM_DE)
    a, plz, town = de_addr()
    firm = pick(["Mühlbach Fahrradteile GmbH", "Thielsen & Rahe Etiketten GmbH", "Nordlicht Verpackungen KG"])
    de_ph = de_phone(town)
    steuer = steuer_id()
    quoted = f"""Guten Tag {P(full(fl))},

vielen Dank für Ihre Bestellung Nr. {R.randrange(4500000, 4599999)} vom 28.02.2024. Leider konnten wir die Rechnung nicht per E-Mail zustellen, weil Ihr Shopsystem die Anhänge als Anlage im Format .xml.p7m ablehnt (Fehler 0x80070005).

Bitte prüfen Sie die Einstellungen oder nennen Sie uns eine andere Adresse. Die Lieferung ging wie besprochen an unser Außenlager in der {AD(a)}, {PC(plz)} {town} – dort können Sie die Ware bis zum 15.03.2024 abholen.

Unsere Steuernummer 21/815/{R.randrange(10000, 99999)} und USt-IdNr. DE{R.randrange(100000000, 999999999)} finden Sie im Briefkopf.

Mit freundlichen Grüßen

{P(full(de))}
Vertriebsinnendienst
{firm}
Tel. {PH(de_ph)}
E-Mail: {EM(de_em)}"""
    return f"""Hallo support,

Ik krijg sinds kort mails van een Duitse leverancier die niet goed in het boekhoudpakket komen. Ze schrijven dat jullie software hun bijlage weigert. Zie de mail van {P(full(de))} hieronder. Is dit iets dat ik zelf kan instellen onder Instellingen > Inkoop > E-facturen, of moet dat via jullie?

Ik heb zelf al geprobeerd om de limiet van 2048 MB voor bijlagen op te hogen, maar dat hielp niet. We zitten op versie {version()} (build {R.randrange(1000, 9999)}).

Ter info: het nummer {steuer} dat in hun oude factuurkop als "Steuer-ID" stond hoort niet bij ons, dat is vast iets van hun kant.

Bedankt alvast,
{P(full(fl))}
Inkoop, {pick(['Fietsplaats Zuid', 'De Groene Pomp', 'Tuincentrum Het Anker'])}
{PH(nl_fixed())}

-------- Doorgestuurd bericht --------
Van: {who(de, de_em)}
Datum: {R.randrange(4, 11):02d}.03.2024 10:2{R.randrange(10)}
Betreff: Rechnung {R.randrange(2024000, 2024999)} – Zustellung fehlgeschlagen

{quoted}"""


def nl_fwd_headers():
    fl = person(pick(HER_NL))
    a2 = person(pick(HER_NL))
    a3 = person(pick(HER_NL))
    e1, e2, e3 = email_for(fl, DOM_NL), email_for(a2, DOM_NL), email_for(a3, DOM_NL)
    firm = pick(["vos-installatie.nl", "bouwbedrijf-terlouw.nl", "dekoffiebrander.nl"])
    return f"""Zie onderstaande. Kunnen jullie deze factuur opnieuw versturen naar het juiste adres? De collega's in de cc zijn inmiddels uit dienst.

---------- Doorgestuurd bericht ---------
Van: {P(full(fl))} <{EM(e1)}>
Datum: {NL_DAYS[mdate(11).weekday()]} 11 mrt 2024 om 16:20
Onderwerp: Re: factuur 2024-0{R.randrange(100, 999)}
Aan: Administratie <{EM('administratie@' + firm)}>
Cc: {P(full(a2))} <{EM(e2)}>, "{P(a3[1] + ', ' + a3[0])}" <{EM(e3)}>
Message-ID: <{hexid(12)}.{R.randrange(1000, 9999)}@mx.{pick(DOM_NL)}>

Hoi allemaal,

De factuur van {ORG} (factuurnummer ZS-F-{R.randrange(240000, 249999)}, € {R.randrange(100, 999)},{R.randrange(10, 99)} incl. btw, vervaldatum 31-03-2024) is naar mijn oude mailadres gestuurd. Kan iemand de tenaamstelling aanpassen? Het bedrag gaat zoals altijd naar {pick(ORG_IBANS)}.

Groet,
{P(fl[0])}"""


def nl_refund():
    fl = person(pick(HER_NL))
    iban = be_iban() if K % 2 == 0 else nl_iban()
    return f"""Geachte heer/mevrouw,

Op {R.randrange(1, 8)} maart heb ik de jaarlicentie (order {R.randrange(10**8, 10**9)}, {amount_nl()}) met mijn creditcard eindigend op {digits(4)} betaald, maar de software werkt niet op mijn Mac (macOS 14.3.1, foutmelding -10810). Ik wil graag gebruikmaken van de bedenktijd van 14 dagen.

Wilt u het bedrag terugstorten op rekening {IB(iban)} ten name van {P(full(fl))}? Op de kaart zelf ({CC(card()) if K % 2 else masked_card()}) terugboeken mag ook, als dat sneller is.

Het ordernummer staat ook in de bevestigingsmail van 2024-03-0{R.randrange(1, 8)}T10:22:13Z met referentie {uuid4()}.

Met vriendelijke groet,
{P(pick([full(fl), initials(fl[0]) + ' ' + fl[1]]))}"""


def nl_belgian():
    fl = person("be")
    a, pc, town = be_addr()
    ph = be_phone(True)
    return variant([
        f"""Dag,

Ik ben klant bij jullie via onze boekhouder en sinds de overstap naar de nieuwe versie kan ik niet meer inloggen op de app. Ik krijg een sms-code maar die komt pas aan na 10 minuten, dan is hij vervallen (foutcode 403-OTP).

Mijn gegevens ter controle:
{P(full(fl))}
{AD(a)}
{PC(pc)} {town}
gsm {PH(ph)}

Mijn vrouw {P(pick(NAMES['be'][0]))} heeft hetzelfde probleem op haar toestel (Samsung, Android 14, app-versie {version()}).

De domiciliëring loopt via {IB(be_iban(True))}, voor het geval jullie dat nodig hebben.

Vriendelijke groeten,
{P(fl[0])}""",
        f"""Goeiemiddag,

Graag had ik mijn facturatieadres laten aanpassen. Ons kantoor is verhuisd naar {AD(a)}, {PC(pc)} {town} (vroeger zaten we in de {pick(BE_STREETS)} in Mechelen). Het ondernemingsnummer blijft BE 0{R.randrange(400, 999)}.{R.randrange(100, 999)}.{R.randrange(100, 999)} en de btw-plicht ook.

Ik ben bereikbaar op het vaste nummer {PH(be_phone(False))} of op mijn gsm {PH(ph)}. De domiciliëring mag voortaan van onze nieuwe zichtrekening {IB(be_iban(False))} (de oude rekening bij de andere bank wordt afgesloten).

Met vriendelijke groeten,
{P(full(fl))}
zaakvoerder""",
    ])


def nl_dob():
    fl = person(pick(HER_NL))
    ctx = pick(["geboren op", "geb.", "geboortedatum:", "°"])
    d = dob_range("nl", 1962, 1990)
    return f"""Goedemorgen,

Voor het herstellen van mijn account vraagt de chatbot om mijn geboortedatum, maar die wordt steeds afgekeurd. Ik ben {P(full(fl))}, {ctx} {DOB(d)}. Misschien staat er een typfout in jullie systeem?

Mijn dochter {P(pick(GIRLS_NL))} heeft een eigen leerlingaccount onder mijn abonnement (geboren {DOB(child_dob('nl', pick([5, 6])))}); daar werkt het inloggen wel.

Andere data die misschien helpen: account aangemaakt op 14-09-2021, laatste betaling op 1 maart 2024, abonnement loopt tot 31-12-2024. De factuur van 05-02-2024 heb ik ook nog.

Alvast bedankt,
{P(fl[0])}"""


def nl_bsn_payroll():
    rows = []
    for i in range(R.randrange(2, 4)):
        fl = person(pick(HER_NL))
        rows.append(f"{R.randrange(1000, 1999)}  | {P(fl[1] + ', ' + fl[0])} | BSN {BS(bsn([0, 1, 2, 3, 4, 6][(K * 3 + i) % 6]))} | in dienst {R.randrange(1, 28):02d}-{R.randrange(1, 13):02d}-20{R.randrange(15, 24)} | geb. {DOB(dob('nl', 0))}")
    me = person(pick(HER_NL))
    b8 = bsn(5)
    return f"""Hallo,

Bij het aanmaken van de aangifte loonheffingen over februari krijg ik de melding "BSN ongeldig" bij drie medewerkers, terwijl de nummers volgens mij kloppen. Uit het overzicht (Rapporten > Medewerkers):

pers.nr | naam | bsn | datum | geboortedatum
{chr(10).join(rows)}

Bij een van hen is het nummer in de oude administratie opgeslagen als {BS(b8)} (8 cijfers, zonder voorloopnul). Het personeelsnummer {not_bsn9()} heeft daar niets mee te maken, dat is ons interne nummer.

Het aangiftetijdvak is 2024-02, het loonheffingennummer van de zaak staat gewoon goed. Kunt u me vertellen welke controle er faalt? Ordernummer van de module: {elf9()}.

Met vriendelijke groet,
{P(full(me))}
salarisadministratie"""


def nl_kenteken():
    fl = person(pick(HER_NL))
    k1, k2 = kenteken(), kenteken()
    return f"""Hoi,

In de parkeer-app staat nog het kenteken van mijn oude auto ({LP(k1)}). Ik heb sinds vorige week een nieuwe auto met kenteken {LP(k2)}, maar als ik die invoer krijg ik "voertuig niet gevonden". Ik heb al twee boetes gekregen omdat de parkeeractie op de oude auto liep (naheffing {R.randrange(10**10, 10**11)}).

Los daarvan: bij het bestellen van een laadpaal-adapter in jullie webshop stond als artikelnummer {pick(['HF-102-B', 'KL-55-PD', 'BX-3000-T'])} maar er kwam type {pick(['GB-20-LP', 'TR-40-NX'])} (verkeerde stekker). Kunt u dat ook omruilen?

Groetjes,
{P(fl[0])}
{PH(nl_mobile())}"""


def nl_id_doc():
    fl = person(pick(HER_NL))
    kind = R.random() < 0.5
    doc = nl_doc("N" if kind else "I")
    return f"""Beste,

Voor de verificatie van mijn zakelijke account vroeg uw collega {P(pick(AGENTS)[0])} om een kopie van mijn identiteitsbewijs. Ik stuur liever geen foto, dus hierbij de gegevens:

{'paspoortnummer' if kind else 'documentnummer ID-kaart'}: {ID(doc)}
geldig tot: {R.randrange(1, 28):02d}-{R.randrange(1, 13):02d}-20{R.randrange(27, 34)}
rijbewijsnummer: {ID(rijbewijs())}

Mijn naam zoals op het document: {P(full(fl).upper())}. Mijn geboortedatum is {DOB(dob('nl', 5))}.

Kunt u bevestigen dat dit voldoende is en dat de gegevens daarna verwijderd worden? Referentie van de aanvraag: VER-{R.randrange(10000, 99999)}.

Met vriendelijke groet,
{P(full(fl))}"""


def nl_zzp():
    fl = person(pick(HER_NL))
    a, pc, town = nl_addr()
    kv, bt = kvk(), btw_id()
    ob = ob_number()
    em = email_for(fl, DOM_NL)
    trade = pick(["Vertaalbureau", "Fotografie", "Klusbedrijf", "Administratiekantoor"])
    return f"""Hallo,

Ik ben zzp'er en gebruik jullie facturatiemodule. Op mijn facturen staat nog mijn oude omzetbelastingnummer {BS(ob)}, terwijl dat sinds 2020 niet meer mag. Mijn btw-id is {BTW(bt)}. Hoe pas ik dat aan? Onder Instellingen > Bedrijf kan ik alleen het KvK-nummer wijzigen.

Mijn gegevens:
{trade} {pick(['Noorderlicht', 'De Rode Draad', 'Klaproos', 'Vakwerk'])}
{AD(a)}
{PC(pc)} {town}
KvK {KVK(kv)}
btw {BTW(bt)}
{EM(em)}

Daarnaast: de factuurnummering springt van 2024-017 naar 2024-019. Factuur 2024-018 (€ 1.210,00, datum 29-02-2024) is wel verstuurd maar staat niet in de lijst.

Groet,
{P(full(fl))}"""


def nl_chat():
    fl = person(pick(HER_NL))
    ag = agent()
    em = email_for(fl, DOM_NL)
    a, pc, town = nl_addr()
    return f"""Chattranscript #{R.randrange(100000, 999999)} (geëxporteerd 12-03-2024 14:31)

[14:02] Bezoeker: hoi, mijn pakket is al 5 dagen onderweg volgens track & trace {tracking()}
[14:02] {P(ag[0])} (Zonnestraal): Hallo! Ik ben {P(ag[0])}. Mag ik je naam en ordernummer?
[14:03] Bezoeker: {P(full(fl))}, order ZS-{R.randrange(2024000, 2024999)}
[14:04] {P(ag[0])} (Zonnestraal): Dank je {P(fl[0])}. Ik zie dat het pakket naar {AD(a)} in {town} gaat, klopt dat?
[14:05] {P(fl[0])}: ja klopt, postcode {PC(pc)}
[14:06] {P(ag[0])} (Zonnestraal): Het ligt bij het sorteercentrum. Ik stuur een update naar {EM(em)} zodra het verder gaat.
[14:07] {P(fl[0])}: top. wil je me anders even bellen op {PH(nl_mobile())}? 
[14:07] {P(ag[0])} (Zonnestraal): Doe ik. Fijne dag nog!
[14:08] Systeem: chat beëindigd door bezoeker (duur 00:06:12, score 5/5)"""


def nl_invoice_free():
    inv = f"ZS-F-{R.randrange(240000, 249999)}"
    return variant([
        f"""Goedemiddag,

Wij hebben factuur {inv} van 01-03-2024 ontvangen ({amount_nl()} excl. btw, {R.randrange(1, 40)} licenties). Volgens ons contract (nr. {R.randrange(10**8, 10**9)}) zouden we vanaf maart de staffelkorting van 12,5 % krijgen. Kunnen jullie een creditnota sturen?

Voor de volledigheid: we hebben het bedrag op 05-03-2024 al overgemaakt naar {pick(ORG_IBANS)} met kenmerk {inv}. Jullie KvK {ORG_KVK} en btw-nummer {ORG_BTW} staan correct op de factuur.

Met vriendelijke groet,
Crediteurenadministratie
Stichting Buurtkracht""",
        f"""Hallo,

Op de factuur staat als adres nog {ORG_POSTBUS} als retouradres, maar op jullie site staat {ORG_ADDR}. Welke moeten we gebruiken voor de aangetekende opzegging? En klopt het telefoonnummer {pick(ORG_PHONES)} nog, of moeten we {pick(ORG_PHONES)} bellen?

Het gaat om contract {R.randrange(10**7, 10**8)}, looptijd 01-01-2023 t/m 31-12-2024.

Groet,
De inkoopafdeling""",
        f"""Beste Zonnestraal,

Ik heb drie vragen over de factuur van februari:
1. Regel 4 (artikel ZS-OPS-2048, "opslag 2048 MB extra") staat er twee keer op, à € 4,50.
2. De btw is berekend als 21 % over € 112,40 maar dat moet € 23,60 zijn, niet € 24,20.
3. Het factuurnummer {inv} komt niet overeen met het nummer in de mail ({inv[:-1]}{R.randrange(10)}).

Betaald wordt er zoals altijd binnen 30 dagen. Order {elf9()}, debiteur {R.randrange(10**5, 10**6)}.

Dank!
Financiële administratie""",
    ])


def nl_bug_free():
    return variant([
        f"""Hoi,

Kleine bug in de nieuwe webshopkoppeling: bij bestellingen met een productcode die lijkt op een kenteken (bijvoorbeeld {kenteken(4)} of {kenteken(6)}) wordt het veld leeggemaakt na opslaan. Codes als ZS-100-A gaan wel goed.

Reproduceren:
1. Nieuw artikel, code {kenteken(5)}
2. Opslaan → melding "Ongeldige invoer (E_SKU_MASK)"
3. Veld is leeg

Versie {version()}, Chrome 122.0.6261.112, Windows 11 23H2. Ook getest in Firefox 123.0.1. Het gebeurt niet op de testomgeving (intern {priv_ip4()}).

Groet,
webteam""",
        f"""Dag support,

Sinds de update staat in het dashboard "Geheugen: 2048 MB / 4096 MB" maar de server heeft 16 GB. Daarnaast toont het overzicht van 2023 en 2024 dubbele omzetcijfers (€ 12.345,67 in beide jaren). Ik denk dat de cache niet geleegd wordt.

Extra info:
- instance-id {uuid4()}
- tijdstip eerste melding: {ts(11)}
- hostname pos-01.intern.lan ({priv_ip4()})
- kaartbetaling van de test: {masked_card()}

We hebben een winkel in de Jan van Galenstraat en een bij de Albert Heijn in het winkelcentrum, beide hebben het probleem.

Mvg,
Beheer winkelsystemen""",
        f"""Goedemorgen,

Kunnen jullie checken of de export naar Exact nog werkt? Onze boekhouder krijgt foutcode 0x{hexid(8)} en het bestand is maar 1024 KB terwijl het normaal zo'n 4 MB is. Het laatste goede bestand is van vrijdag 08-03-2024 16:45.

Wat wij zien in het logbestand:
[{ts(11)}] export started, records=12408, target=\\\\{priv_ip4()}\\boekhouding$
[{ts(11)}] warning: record 6012 skipped (amount "1.234,56" not parseable)
[{ts(11)}] export finished with 1 warning(s), checksum {hexid(40)}

Ons ordernummer is {not_bsn9()}, ticket #{R.randrange(100000, 999999)}.

Groeten,
Kantoor""",
    ])


def nl_fwd_free():
    return f"""Hallo,

Onderstaande mail kregen we vanochtend. Is dit echt van jullie of is het phishing? De link gaat naar een ander domein dan zonnestraal.example.

---------- Doorgestuurd bericht ---------
Van: Zonnestraal Facturatie <facturen@zonnestraal.example>
Datum: {NL_DAYS[mdate(12).weekday()]} 12 mrt 2024 om 06:0{R.randrange(10)}
Onderwerp: Uw factuur ZS-F-{R.randrange(240000, 249999)} staat klaar
Aan: undisclosed-recipients:;
Message-ID: <{uuid4()}@mail.zonnestraal.example>

Geachte klant,

Uw factuur van {amount_nl()} staat klaar in het klantportaal. Betaal binnen 14 dagen op {pick(ORG_IBANS)} t.n.v. {ORG} o.v.v. het factuurnummer.

Vragen? Bel {pick(ORG_PHONES)} (ma-vr 9:00-17:00) of schrijf naar {ORG_POSTBUS}.

{ORG} · KvK {ORG_KVK} · btw {ORG_BTW}
Dit is een automatisch verzonden bericht; u kunt hier niet op antwoorden.

---
Wij zien dat de knop verwijst naar https://zonnestraal-betalen.example-pay.top/inv?id={hexid(12)}. Graag even bevestigen.

Groet,
Secretariaat"""


def nl_reply_free_long():
    tr = "\n".join(f"    at nl.zonnestraal.{pick(['sync', 'core', 'ledger'])}.{pick(['Worker', 'Mapper', 'Client'])}."
                   f"{pick(['run', 'map', 'post', 'flush'])}({pick(['Worker', 'Mapper', 'Client'])}.java:{R.randrange(20, 900)})"
                   for _ in range(R.randrange(6, 10)))
    quoted = f"""Hello,

Thank you for your message. Could you please send us the complete stack trace and tell us which version you are running? You can find it under Help > About (e.g. 9.4.2, build 2024.02.1187).

Please do not send screenshots containing customer data.

Best regards,
Zonnestraal Support Team
{org_footer_en()}"""
    return f"""Beste support,

Zoals gevraagd de volledige melding. We draaien {version()} (build 2024.03.{R.randrange(1000, 9999)}) op een virtuele server met 4096 MB geheugen, Java 17.0.10, database PostgreSQL 15.6 op {priv_ip4()}.

java.lang.IllegalStateException: ledger entry {uuid4()} has no period (fiscal year 2024)
{tr}
Caused by: java.sql.SQLException: connection to 10.{R.randrange(0, 50)}.0.{R.randrange(2, 250)}:5432 refused
    at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)
    ... {R.randrange(20, 60)} more

De fout treedt op bij boeking {R.randrange(100000, 999999)} en alleen in periode 2024-02. Het bedrag is € {R.randrange(1000, 9999)},{R.randrange(10, 99)} en het ordernummer {not_bsn9()}. Ik heb de service twee keer herstart (om 09:12 en 09:47), zonder resultaat. Er staat ook een melding 'license check ok, seats 12/15, expires 2024-12-31' in het log.

Groet,
Team ICT

{hdr_en(R.randrange(5, 11), 'Zonnestraal Support <support@zonnestraal.example>')}
{quote(quoted)}
>
> Op ma 4 mrt 2024 om 08:{R.randrange(10, 59)} schreef Team ICT:
>> Goedemorgen,
>>
>> Sinds de update van het weekend (van 8.14.2 naar {version()}) krijgen we bij het afsluiten van periode 2024-02 een foutmelding in het grootboek. De melding verschijnt na ongeveer 40 seconden en daarna is het scherm leeg. Het gaat om administratie 003 (Stichting), niet om 001 en 002.
>>
>> Wat we al geprobeerd hebben:
>> - cache geleegd (C:\ProgramData\Zonnestraal\cache, 2048 MB vrijgemaakt)
>> - de service herstart op {priv_ip4()} en {priv_ip4()}
>> - de periode opnieuw geopend en gesloten
>>
>> Het contractnummer is {R.randrange(10**7, 10**8)}, klantnummer {R.randrange(40000000, 49999999)}. Kunnen jullie meekijken?
>>
>> Groet,
>> Team ICT"""


def nl_bsn_traps_free():
    return variant([
        f"""Hallo,

Onze stichting krijgt bij het aanmaken van de jaaropgave de melding dat het RSIN {elf9()} "mogelijk een BSN" is en daarom gemaskeerd wordt op de pdf. Dat is niet de bedoeling: het is het fiscaal nummer van de stichting zelf, geen persoonsnummer.

Ook wordt ons ordernummer {elf9()} en trackingnummer {tracking()} gemaskeerd. Kan die controle uit voor bedrijfsdocumenten?

Versie {version()}, module Jaarwerk 2023.

Met vriendelijke groet,
Penningmeester""",
        f"""Beste support,

Een vraag over de elfproef in jullie software: bij het invoeren van test-BSN's in de demo-omgeving worden nummers als {not_bsn9()} en {not_bsn9()} terecht afgekeurd, maar {not_bsn9()} ook, terwijl onze consultant zegt dat die wel zou moeten kloppen. Welke regel gebruiken jullie precies? Het gaat niet om echte personen, het is een testset.

Ticketnummer van de vorige vraag: {R.randrange(100000000, 999999999)}. Factuur 2024-{R.randrange(100, 999)} is betaald.

Groet,
Implementatieteam""",
    ])


def nl_phone_traps_free():
    return f"""Goedemiddag,

In het klantportaal staan verschillende telefoonnummers voor support: {pick(ORG_PHONES)} op de contactpagina, {pick(ORG_PHONES)} in de handleiding, en in de app staat 0800-{R.randrange(1000, 9999)} (gratis). Welke is de juiste? Het 0900-{R.randrange(1000000, 9999999)}-nummer op de oude factuur werkt niet meer.

Daarnaast valt me op dat het ordernummer {"012" + digits(7)} in de orderbevestiging wordt weergegeven als telefoonnummer (met een belicoon). Op 06-12-2023 en 06-03-2024 hadden we hetzelfde bij de leverdatum. Verder staat bij onze vestiging in de app: "open 08:00-17:30, 1e verdieping, bel aan bij nr. 14".

Bedankt,
Receptie"""


def nl_address_change():
    fl = person(pick(HER_NL))
    a_old, pc_old, t_old = nl_addr()
    a_new, pc_new, t_new = nl_addr()
    em = email_for(fl, DOM_NL)
    return f"""Beste klantenservice,

Per {R.randrange(1, 28)} april verhuis ik. Wilt u mijn gegevens aanpassen?

Oud adres: {AD(a_old)}, {PC(pc_old)} {t_old}
Nieuw adres: {AD(a_new)}
{PC(pc_new.replace(' ', ''))}  {t_new.upper()}

Mijn e-mailadres blijft {EM(em)}. De automatische incasso mag gewoon doorlopen. Ik heb voor de zekerheid ook het formulier op de site ingevuld (bevestiging #{R.randrange(10000, 99999)}, 12-03-2024).

Mijn buurvrouw, mevrouw {P(cap(person(pick(HER_NL))[1]))}, neemt eventuele pakketjes aan tot ik verhuisd ben.

Met vriendelijke groet,
{P(initials(fl[0]) + ' ' + fl[1])}"""


def nl_third_party():
    fl = person(pick(HER_NL))
    nb = person(pick(HER_NL))
    a, pc, town = nl_addr()
    return f"""Hallo,

Mijn bestelling (ZS-{R.randrange(2024000, 2024999)}) is volgens de bezorger afgegeven bij de buren, maar daar is niets. De bezorger heeft ingevuld "afgeleverd bij {P(initials(nb[0]) + ' ' + nb[1])}, {AD(a)}", maar die persoon woont hier niet; op dat adres woont volgens mij de familie {P(cap(nb[1]))} al jaren niet meer.

Ik heb gisteren met {P(pick(AGENTS)[0])} van jullie klantenservice gebeld en die zei dat ik het hier nog eens moest melden. Tracking: {tracking()}, afgeleverd 11-03-2024 om 13:52.

Kunt u een nieuw pakket sturen? Mijn eigen adres is ongewijzigd ({PC(nl_postcode())}, huisnummer {R.randrange(1, 200)}).

Groet,
{P(full(fl))}"""


def nl_long_bigmix():
    owner = person(pick(HER_NL))
    cust = person(pick(HER_DE))
    cust_em = email_for(cust, DOM_DE)
    a, plz, town = de_addr()
    ph = de_phone(town)
    em_owner = email_for(owner, DOM_NL)
    ag = agent()
    sa, spc, stown = nl_addr()
    shop = pick(["Kaashandel De Gouden Korst", "Fietsonderdelen Oost", "Theehuis De Vlinder"])
    conf = f"""Bestellbestätigung #{R.randrange(10000, 99999)}
Datum: 09.03.2024 18:42
Kunde: {P(full(cust))}
Lieferadresse: {AD(a)}, {PC(plz)} {town}, Deutschland
Telefon: {PH(ph)}
E-Mail: {EM(cust_em)}
Zahlungsart: Kreditkarte ({masked_card()})
Artikel: 2 × Kassenrolle 80 mm, 1 × Bondrucker TM-{R.randrange(20, 90)} (SKU {kenteken(4)})
Summe: {R.randrange(100, 900)},{R.randrange(10, 99)} EUR inkl. 19 % MwSt."""
    quoted = f"""Beste {P(owner[0])},

Dank voor je geduld. We hebben de fout in de btw-berekening voor Duitse klanten kunnen reproduceren (interne referentie BUG-{R.randrange(1000, 9999)}). In versie {version()} wordt het tarief nog op 21 % gezet als het land ontbreekt in het afleveradres.

Kun je ons een voorbeeldbestelling sturen waarbij het misgaat? Liefst zonder klantgegevens, want die mogen we eigenlijk niet ontvangen.

Met vriendelijke groet,
{P(full(ag))}
{org_footer_nl()}"""
    return f"""Hoi {P(ag[0])},

Sorry, ik zag je opmerking over klantgegevens pas na het plakken, maar hieronder de bevestiging zoals die uit de webshop kwam. Het gaat om een bestelling van een Duitse klant, {P(full(cust))}, waarbij 21 % btw werd gerekend in plaats van 19 %. {P(cust[0])} heeft ons daar zelf op gewezen en wil een gecorrigeerde factuur.

{conf}

Wat mij opvalt: het land staat wel in het adres maar niet in het veld "land" van de order (dat is leeg). Onze import draait elke 15 minuten vanaf {priv_ip4()}, log-id {uuid4()}.

Kun je me even laten weten of de fix in {version()} zit? Dan plan ik de update in voor het weekend. Ik ben zelf bereikbaar op {PH(nl_mobile())} of via {EM(em_owner)}.

Dank je!
{P(owner[0])}

{hdr_nl(R.randrange(8, 12), agent_who(ag))}
{quote(quoted)}
>
> {hdr_nl(R.randrange(4, 8), who(owner, em_owner))}
>> Hallo,
>>
>> Bij bestellingen uit Duitsland rekent de webshopmodule 21 % btw in plaats van 19 %. Dat gebeurt sinds de update van 2 maart. Bestellingen uit België gaan wel goed (21 % is daar ook het tarief, dus dat zegt misschien niets).
>>
>> Onze gegevens, voor het geval jullie die nodig hebben:
>> {shop}
>> {AD(sa)}, {PC(spc)} {stown}
>> KvK {KVK(kvk())}
>> btw-id {BTW(btw_id())}
>>
>> Het gaat om ongeveer 30 bestellingen per week, dus we willen het graag snel opgelost hebben.
>>
>> Groet,
>> {P(full(owner))}"""


def nl_csv_report_free():
    rows = [f"2024-03-{d:02d};{R.randrange(20, 90)};{R.randrange(1, 20)};{R.randrange(60, 99)},{R.randrange(0, 9)}%;"
            f"{R.randrange(2, 30)}:{R.randrange(10, 59)};€ {R.randrange(1000, 9000)},{R.randrange(10, 99)}"
            for d in range(R.randrange(1, 5), R.randrange(8, 12))]
    return f"""Hallo,

Het maandrapport klopt niet meer sinds de wijziging van 1 maart. Hieronder de export (Rapportage > Tickets > CSV):

datum;tickets;escalaties;sla_gehaald;gem_doorlooptijd;omzet
{chr(10).join(rows)}

De kolom sla_gehaald telt de weekenden mee. In februari was het gemiddelde 94,2 %, nu opeens {R.randrange(60, 80)},1 %. Rapport-id {uuid4()}, gegenereerd op {ts(12)}.

Bedankt,
Teamleiding klantcontact"""


def nl_social():
    fl = person(pick(HER_NL))
    return variant([
        f"""@ZonnestraalNL jullie app crasht al de hele dag bij het openen van de facturen 😡 versie {version()} op iphone. bel me maar even {PH(nl_mobile(2))}, groetjes {P(fl[0].lower())}""",
        f"""DM aan @ZonnestraalNL: hoi! ik ben {P(fl[0].lower())}, mijn account is geblokkeerd na 3x verkeerde code. mail staat op {EM(email_for(fl, DOM_NL))}. kunnen jullie het vrijgeven? dankjewel 🙏""",
        f"""@ZonnestraalNL waarom staat er ineens € 29,99 ipv € 24,99 op mijn afschrift?? klantnr {R.randrange(40000000, 49999999)}. reageer aub. - {P(full(fl))}""",
    ])


def nl_sentence_names():
    fl = person(pick(HER_NL))
    col = person(pick(HER_NL))
    ag = agent()
    return variant([
        f"""Goedemiddag,

Ik heb gisteren met {P(ag[0])} gesproken over de storing in onze kassa's, en {P(ag[0])} zou me vandaag terugbellen. Dat is nog niet gebeurd. Mijn collega {P(full(col))} heeft vanochtend ook al gebeld en werd doorverbonden met een zekere {P(pick(AGENTS)[0])}, die niets van het gesprek wist.

Kunnen jullie het gespreksverslag van gisteren (ticket {R.randrange(100000, 999999)}) even teruglezen? We verliezen omzet: zaterdag {R.randrange(1, 9)} maart hebben we {amount_nl()} aan pinbetalingen niet kunnen verwerken.

Vraag bij terugbellen naar mij of naar {P(col[0])}.

Met vriendelijke groet,
{P(full(fl))}""",
        f"""Hoi,

Namens onze directeur, {P(full(col))}, wil ik laten weten dat de demo van vorige week erg goed ontvangen is. {P(full(ag))} heeft het heel duidelijk uitgelegd. Wij willen graag een offerte voor 25 gebruikers.

Contactpersoon voor de offerte ben ik zelf; {P(cap(col[1]))} tekent het contract. Ons kantoor is aan de Lichtweg, bij jullie om de hoek, dus langskomen kan ook.

Groeten,
{P(full(fl))}
Office manager""",
    ])


# =========================================================================== ENGLISH scenarios
def en_stacktrace_free():
    v = version()
    frames = "\n".join(f'  File "/opt/zs-agent/lib/python3.11/site-packages/zsagent/{pick(["sync", "http", "queue"])}/'
                       f'{pick(["client", "worker", "retry"])}.py", line {R.randrange(20, 800)}, in '
                       f'{pick(["_post", "run", "flush_batch", "_send"])}' for _ in range(R.randrange(4, 7)))
    return variant([
        f"""Hi there,

Our on-prem agent keeps dying every night around 02:00 since we upgraded to {v}. Traceback from /var/log/zs-agent/agent.log:

Traceback (most recent call last):
{frames}
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='{priv_ip4()}', port=8443): Max retries exceeded with url: /v1/batches/{uuid4()} (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))

The box is a VM with 2048 MB RAM, Ubuntu 22.04.4, agent config `queue_size=4096`, `retry=5`. Gateway is {priv_ip4()}, DNS 10.0.0.53. Nothing else changed on our side. Ticket from last month was #{R.randrange(100000, 999999)}, order ref {not_bsn9()}.

Thanks,
IT ops @ Harbourside Brewing""",
        f"""Hello support,

After enabling SSO we get this when users log in:

{ts(12)} ERROR sso.callback request_id={hexid(24)} tenant={uuid4()}
  SAMLResponse rejected: NotOnOrAfter={ts(12)} skew=312s (max 180s)
  at com.zonnestraal.auth.SamlValidator.check(SamlValidator.java:{R.randrange(50, 400)})
  at com.zonnestraal.auth.CallbackHandler.handle(CallbackHandler.java:{R.randrange(50, 400)})
{ts(12)} WARN  clock drift detected on node {priv_ip4()} (ntp pool 0.pool.ntp.org unreachable)

Our IdP is ADFS 4.0 on Windows Server 2019, build 17763.5458. The error started on 11 March 2024 after your release {v}. Invoice 2024-{R.randrange(1000, 9999)} / PO {R.randrange(4500000000, 4599999999)} for reference.

Cheers,
The IT team""",
        f"""Hi,

Export to CSV fails for large reports. Browser console:

Uncaught (in promise) RangeError: Invalid array length
    at buildRows (export.{hexid(8)}.js:1:{R.randrange(10000, 99999)})
    at async ReportExporter.run (export.{hexid(8)}.js:1:{R.randrange(10000, 99999)})
POST https://app.zonnestraal.example/api/reports/{uuid4()}/export 413 (Payload Too Large)

The report has 1,048,576 rows (yes, the Excel limit) and is about 2048 MB uncompressed. Version {v}, Edge 122.0.2365.80. Is there a server-side limit we can raise? Our account manager mentioned 4096 MB for enterprise tenants.

Best,
Data & Reporting""",
    ])


def en_access_log_pii():
    fl = person(pick(HER_EN))
    ips = [pub_ip4(), pub_ip4(), pub_ip6()]
    log = []
    for i in range(R.randrange(4, 7)):
        ip = pick(ips[:2] + [priv_ip4(), "127.0.0.1"])
        lab = IP(ip) if ipaddress.ip_address(ip).is_global else ip
        log.append(f'{lab} - - [11/Mar/2024:{R.randrange(10, 23)}:{R.randrange(10, 59)}:{R.randrange(10, 59)} +0000] '
                   f'"{pick(["GET", "POST"])} /wp-json/zs/v1/{pick(["sync", "orders", "stock"])} HTTP/1.1" '
                   f'{pick(["401", "200", "429", "500"])} {R.randrange(100, 9000)}')
    return f"""Hello,

We run the Zonnestraal plugin on our WooCommerce shop. Since Monday the sync fails intermittently. Our web server's public address is {IP(ips[0])} (IPv6 {IP(ips[2])}), and the second node behind the load balancer is {IP(ips[1])}. Relevant access log lines:

{chr(10).join(log)}

The 429s look like rate limiting on your side. Plugin version {version()}, WordPress 6.4.3, PHP 8.2.16. Can you whitelist both addresses?

Kind regards,
{P(full(fl))}
Technical lead"""


def en_uk_address_change():
    fl = person("uk")
    a_old, pc_old, t_old = uk_addr()
    a_new, pc_new, t_new = uk_addr()
    pre = [t[2] for t in UK_TOWNS if t[0] == t_new][0]
    return f"""Dear Sir or Madam,

I am writing to let you know that I have moved house. Please update the billing address on my subscription (account {R.randrange(40000000, 49999999)}).

Old address:
{AD(a_old)}
{t_old}
{PC(pc_old)}

New address:
{AD(a_new)}, {t_new} {PC(pc_new)}

My new landline is {PH(uk_phone(pre, False))} and my mobile remains {PH(uk_phone(mobile=True))}. The direct debit should continue from the same account ({IB(gb_iban())}).

The move took place on 29 February 2024, so any invoices dated after 1 March 2024 should show the new address.

Yours faithfully,
{P(full(fl))}"""


def en_reply_nl_quote():
    fl = person(pick(HER_EN))
    em = email_for(fl, DOM_UK + DOM_NL)
    ag = agent()
    a, pc, town = nl_addr()
    quoted = f"""Beste {P(fl[0])},

Bedankt voor je bericht. Helaas kunnen we de licentie niet overzetten zonder schriftelijke bevestiging van de huidige accounthouder. Kun je ons het volgende sturen:

- het klantnummer (begint met 4, 8 cijfers);
- het adres waarop de licentie destijds is geregistreerd;
- een bevestiging van de accounthouder per e-mail.

Met vriendelijke groet,
{P(full(ag))}
{org_footer_nl()}"""
    holder = person(pick(HER_NL))
    holder_em = email_for(holder, DOM_NL)
    return f"""Hi {P(ag[0])},

Sorry, my Dutch isn't good enough to reply in Dutch - I used a translator to read your message, so I hope I understood it correctly.

The licence was originally registered by my former colleague {P(full(holder))} when our office was at {AD(a)}, {PC(pc)} {town}. {P(holder[0])} has left the company but is happy to confirm by e-mail - {P(holder[0])}'s private address is {EM(holder_em)} and I've put it in CC. Customer number is {R.randrange(40000000, 49999999)}.

We now need the licence transferred to me as the new admin. I'm usually on {PH(nl_mobile(3))} during office hours (CET), or you can reach me at {EM(em)}.

Also, unrelated: the invoice for March (ZS-F-{R.randrange(240000, 249999)}, € {R.randrange(100, 999)},00) was sent twice. Please ignore the second payment reminder - we paid on 4 March to {pick(ORG_IBANS)}.

Many thanks,
{P(fl[0])}

{hdr_nl(R.randrange(5, 11), agent_who(ag))}
{quote(quoted)}
>
> {hdr_en(4, who(fl, em))}
>> Hello, I'd like to transfer our company licence to my own name. Who do I need to talk to?
>> {P(full(fl))}"""


def en_reply_de_quote():
    fl = person(pick(HER_EN))
    de = person("de")
    de_em = email_for(de, DOM_DE)
    a, plz, town = de_addr()
    iban = de_iban()
    quoted = f"""Hallo {P(fl[0])},

wie telefonisch besprochen schicke ich Ihnen hier meine Bankverbindung für die Erstattung der doppelt berechneten Lizenz:

Kontoinhaber: {P(full(de))}
IBAN: {IB(iban)}
BIC: {pick(['COBADEFFXXX', 'DEUTDEDBXXX', 'GENODEF1S04', 'BYLADEM1001'])}

Meine Anschrift hat sich nicht geändert ({AD(a)}, {PC(plz)} {town}). Die Steuer-ID {steuer_id()} brauchen Sie hoffentlich nicht, die hatte Ihr Formular abgefragt.

Viele Grüße
{P(de[0])}"""
    return f"""Hi Finance team,

Forwarding the bank details from {P(full(de))} (our reseller customer in Germany) for the refund of invoice ZS-F-{R.randrange(240000, 249999)} (€ {R.randrange(100, 999)},{R.randrange(10, 99)}). I spoke to {P(de[0])} on the phone on Tuesday; the amount was charged twice on 2024-03-0{R.randrange(1, 6)} (transaction IDs {hexid(12)} and {hexid(12)}).

Please process this as a refund to the IBAN in the quoted mail, not to the card on file ({masked_card()}). Note that our refund form asked for a "Steuer-ID", which we shouldn't be collecting - I've raised that with {P(pick(AGENTS)[0])} already.

Thanks,
{P(full(fl))}
Partner Success, {ORG}

{hdr_de(R.randrange(5, 11), who(de, de_em))}
{quote(quoted)}
>
> Am {R.randrange(1, 5):02d}.03.2024 um 11:{R.randrange(10, 59)} schrieb {P(full(fl))} <partners@zonnestraal.example>:
>> Hallo {P(de[0])},
>>
>> vielen Dank für das Telefonat heute. Wie besprochen erstatten wir den doppelt abgebuchten Betrag. Bitte senden Sie mir dafür Ihre Bankverbindung (IBAN und Kontoinhaber). Die Kartendaten brauchen wir nicht.
>>
>> Entschuldigen Sie bitte mein Deutsch - ich lerne noch!
>>
>> Beste Grüße
>> {P(full(fl))}
>> Partner Success, {ORG}
>> {pick(ORG_PHONES)}"""


def en_header_block():
    fr = person(pick(HER_EN))
    to = person(pick(HER_EN))
    cc1, cc2 = person(pick(HER_EN)), person(pick(HER_NL))
    e = [email_for(x, DOM_UK) for x in (fr, to, cc1)] + [email_for(cc2, DOM_NL)]
    return f"""Hi support,

Forwarding this thread so you have the full picture - the issue is that the shared calendar stopped syncing for everyone on the Cc list after your update.

-----Original Message-----
From: {P(full(fr))} <{EM(e[0])}>
Sent: Tuesday, March 12, 2024 9:14 AM
To: {P(to[1] + ', ' + to[0])} <{EM(e[1])}>
Cc: {P(full(cc1))} <{EM(e[2])}>; {P(full(cc2))} <{EM(e[3])}>; Zonnestraal Support <support@zonnestraal.example>
Subject: RE: calendar sync broken since v{version()}
Message-ID: <{hexid(16)}@{pick(['mail.gmail.com', 'outlook.com', 'btinternet.com'])}>
X-Originating-IP: [{priv_ip4()}]

{P(to[0])},

It's not just you - mine shows "Last synced 09/03/2024 23:58" as well. {P(cc1[0])} says the mobile app still works, so it might be the desktop connector (build {R.randrange(2024, 2025)}.{R.randrange(10, 99)}.{R.randrange(100, 999)}).

{P(fr[0])}

---
Our tenant ID is {uuid4()} and we have 45 seats (contract {R.randrange(10**7, 10**8)}).

Thanks,
{P(to[0])}"""


def en_csv_pii():
    rows = []
    for i in range(R.randrange(3, 6)):
        fl = person(pick(HER_EN))
        a, pc, town = uk_addr()
        pre = [t[2] for t in UK_TOWNS if t[0] == town][0]
        rows.append(",".join([f"#{R.randrange(1000, 9999)}", f"2024-03-{R.randrange(1, 12):02d} {R.randrange(8, 22):02d}:{R.randrange(60):02d}",
                              f'"{P(full(fl))}"', EM(email_for(fl, DOM_UK)), f'"{AD(a)}"', town, PC(pc),
                              PH(uk_phone(pre)), f"£{R.randrange(5, 300)}.{R.randrange(0, 100):02d}", pick(["paid", "refunded", "pending"])]))
    return f"""Hi,

Shopify export attached inline below - three orders imported into Zonnestraal with the postcode in the wrong field, so the shipping labels came out without a postcode. Can you tell me which column mapping your importer expects?

Name,Created at,Billing Name,Email,Billing Street,Billing City,Billing Zip,Billing Phone,Total,Financial Status
{chr(10).join(rows)}

Mapping profile: "UK default v2", importer version {version()}.

Thanks!
{P(person('uk')[0])}"""


def en_webform():
    fl = person(pick(HER_EN))
    a, pc, town = uk_addr()
    return f"""New enquiry received via zonnestraal.example/contact

Name: {P(full(fl))}
Address: {AD(a)}, {town}
Postcode: {PC(pc)}
Phone: {PH(uk_phone())}
Email: {EM(email_for(fl, DOM_UK))}
Date of birth: {DOB(dob('en'))}
Preferred contact time: 13:00-15:00
Message: Hello, my account was locked after I changed my phone. The app asks for my date of birth to unlock it but says it doesn't match. I opened the account on 3 January 2022. Reference from the error screen: ERR-{R.randrange(1000, 9999)}-{hexid(4).upper()}.

Submitted: 12/03/2024 11:{R.randrange(10, 59)} · IP {IP(pub_ip4())} · Form build {R.randrange(100, 999)}"""


def en_card():
    fl = person(pick(HER_EN))
    c = card()
    return variant([
        f"""Hi,

I was charged twice for the Pro plan on 8 March. Card used: {CC(c)}, expiry 09/27. I know I shouldn't really email the full number but your chat bot asked for it and then said it couldn't help.

The two transactions on my statement are £{R.randrange(10, 99)}.99 each, references {hexid(8).upper()} and {hexid(8).upper()}. The other card on the account ({masked_card()}) should not be used at all.

Please refund one of them.

{P(fl[0])}""",
        f"""Hello,

Please update my payment method. New card number {CC(c)}, name on card {P(full(fl).upper())}. The old one ending in {digits(4)} expired in February (02/24).

Your payment page keeps giving error "card_declined: do_not_honor" (code 05), which is why I'm sending it here. Order reference {R.randrange(10**8, 10**9)}.

Thanks,
{P(full(fl))}""",
    ])


def en_billing_free():
    return variant([
        f"""Hi,

Quick billing question: our March invoice (ZS-F-{R.randrange(240000, 249999)}, dated 01/03/2024) shows £{R.randrange(100, 2000)}.00 + VAT for {R.randrange(10, 60)} seats, but we reduced to {R.randrange(5, 10)} seats on 15 February. Order number {not_bsn9()}, PO {R.randrange(4500000000, 4599999999)}.

We pay by bank transfer to {pick(ORG_IBANS)} as printed on the invoice. Could you issue a credit note?

Thanks,
Accounts Payable
Bramble & Finch Ltd""",
        f"""Hello,

Our finance system flags your invoices because the supplier details don't match: the invoice shows Chamber of Commerce {ORG_KVK} and VAT {ORG_BTW}, but the remittance advice from last year shows a different VAT number. Can you confirm the correct details and whether the bank account is still {pick(ORG_IBANS)}?

Remittance ref {R.randrange(10**9, 10**10)}, amount EUR {R.randrange(1000, 9999)}.50, paid 2024-02-28.

Regards,
Procurement""",
        f"""Hi team,

The renewal quote Q-{R.randrange(10000, 99999)} lists 2048 MB storage per user; the website says 4096 MB. Which is right? Also the quote is valid until 31 March 2024 but the renewal date is 15 April 2024 - will the price still apply?

We're on the Business tier, tenant {uuid4()}.

Best regards,
Operations""",
    ])


def en_dob():
    fl = person(pick(HER_EN))
    ctx = pick(["DOB:", "D.O.B.", "born on", "date of birth"])
    sp = person(pick(HER_EN))
    return f"""Hi,

I'm trying to set up the family plan. The form rejects my partner's details and I can't see why:

- {P(full(fl))}, {ctx} {DOB(dob('en'))} (account holder)
- {P(full(sp))}, date of birth {DOB(dob('en'))}

Our plan started on 1 February 2024 and the first payment went out on 5 February. The error says "DOB outside allowed range (18+)". We're both well over 18!

Thanks,
{P(fl[0])}"""


def en_sentence_names():
    fl = person(pick(HER_EN))
    col = person(pick(HER_EN))
    ag = agent()
    return variant([
        f"""Hello,

I spoke with {P(ag[0])} yesterday afternoon about the licence transfer and was told someone would call me back within 24 hours. Nobody has. My colleague {P(full(col))} also tried the chat this morning and was told the case (#{R.randrange(100000, 999999)}) was closed.

Could {P(ag[0])} or whoever is handling this please get in touch? Ask for me or for {P(col[0])}; we're both on {PH(uk_phone(mobile=False))}.

Regards,
{P(full(fl))}""",
        f"""Hi there,

Just a quick thank-you note: {P(full(ag))} on your support line was brilliant on Friday and sorted out our migration in under an hour. Please pass this on to {P(ag[0])}'s manager. My boss, Dr {P(col[1])}, asked me to mention it too.

Best,
{P(fl[0])}""",
    ])


def en_german_customer():
    fl = person("de")
    a, plz, town = de_addr()
    return f"""Hello,

I'm writing in English as my Dutch is not very good. I ordered the starter package on 7 March (order ZS-{R.randrange(2024000, 2024999)}) but the delivery went to my old address. Please send it to:

{P(full(fl))}
{AD(a)}
{PC(plz)} {town}
Germany

Phone: {PH(de_phone(town))}

If there is a refund instead, my account is {IB(de_iban())}.

Best regards,
{P(fl[0])}"""


def en_passport():
    fl = person("uk")
    return f"""Hi,

For the reseller verification you asked for a government ID. My UK passport number is {ID(uk_passport())} (issued 2019, expires 2029). Date of birth {DOB(dob('en', 1))}. I'd rather not send a scan of the photo page; please let me know if the number is enough.

Verification request VR-{R.randrange(10000, 99999)}, submitted 11 March 2024.

Kind regards,
{P(full(fl))}"""


def en_network_free():
    return variant([
        f"""Hi,

The Zonnestraal box on our LAN isn't getting an address anymore. Details:

  interface eth0  MAC 00:1A:2B:{hexid(2).upper()}:{hexid(2).upper()}:{hexid(2).upper()}
  inet  {priv_ip4()}/24  gateway {priv_ip4()}
  inet6 fe80::{hexid(4)}:{hexid(4)}:{hexid(4)}:{hexid(4)}/64
  docs example from your manual: 192.0.2.10 / 2001:db8::10
  firmware {version()}, bootloader 2.0.1.4, uptime 12:30:45

The DHCP lease expired at 2024-03-11 23:59:59 and it never renewed. Is 10.2.0.1 a version or an address in your screen ("Controller 10.2.0.1")? It's ambiguous.

Thanks,
Network admin""",
        f"""Hello,

Security scan results for our tenant, for your information. Only test ranges were scanned:

host 203.0.113.{R.randrange(2, 250)}  open: 443/tcp (tls1.3)  score 9.1
host 198.51.100.{R.randrange(2, 250)} open: 22/tcp, 443/tcp   score 7.4
host {priv_ip4()}     open: 5432/tcp            score 5.0 (internal only)
CVE-2024-{R.randrange(1000, 29999)}, CVE-2023-{R.randrange(1000, 49999)} listed as not applicable (component version {version()}).

Report ID {uuid4()}, generated {ts(10)}.

Regards,
InfoSec""",
    ])


def en_csv_free():
    rows = [f"{R.randrange(100000, 999999)},{pick(['Billing', 'Login', 'Sync', 'Export'])},{pick(['P1', 'P2', 'P3'])},"
            f"2024-03-{R.randrange(1, 12):02d}T{R.randrange(8, 20):02d}:{R.randrange(60):02d}:00Z,{R.randrange(1, 72)}h,"
            f"{pick(['resolved', 'open', 'pending'])},{pick(['EU-West', 'UK-South'])}" for _ in range(R.randrange(5, 9))]
    return f"""Hi,

Our ticket export via the API returns tickets in the wrong order (sorted by id instead of creation time). Example output:

ticket_id,category,priority,created,time_to_resolve,status,region
{chr(10).join(rows)}

API call: GET /api/v3/tickets?sort=created&limit=500 (client {version()}, request id {hexid(32)}). Happens since 2024-03-09.

Thanks,
Service desk analytics"""


def en_free_long_chain():
    quoted_nl = f"""Hallo,

Dank voor je bericht. Wij hebben het probleem met de dubbele synchronisatie kunnen reproduceren op versie {version()}. De oorzaak is een tijdzone-instelling: de server staat op UTC, de kassa's op CET. Een fix staat gepland voor release 2024.04 (verwachte datum 15 april 2024).

Tot die tijd kun je als workaround de instelling sync.tz=Europe/Amsterdam zetten in het bestand config.ini (regel 42). Let op: herstart daarna de service, anders wordt de wijziging pas om 00:00 actief.

Met vriendelijke groet,
Team Support
{org_footer_nl()}"""
    return f"""Hello,

Thank you - the workaround works, but only partially. After setting sync.tz the duplicate receipts stopped, but now the end-of-day totals are off by exactly one hour of sales. Example from yesterday:

  register   expected     reported     diff
  POS-01     € 4.211,20   € 3.987,45   -€ 223,75
  POS-02     € 2.108,00   € 2.108,00    € 0,00
  POS-03     € 3.650,90   € 3.402,10   -€ 248,80

The missing transactions are all between 23:00 and 23:59 (UTC 22:00-22:59). Logs: batch {R.randrange(10000, 99999)}, correlation id {uuid4()}, node {priv_ip4()}. We're on {version()}, build 2024.03.{R.randrange(1000, 9999)}.

Is it safe to wait for 2024.04, or should we revert the setting? We close the books on 31 March.

Best regards,
Finance IT, Meridian Garden Centres

{hdr_nl(R.randrange(5, 11), 'Zonnestraal Support <support@zonnestraal.example>')}
{quote(quoted_nl)}
>
> On Mon, 4 Mar 2024 at 07:{R.randrange(10, 59)}, Finance IT wrote:
>> Hello,
>>
>> Since the weekend every sale made after 23:00 is synchronised twice from our registers to the back office (POS-01 to POS-03, all three stores). Example: receipt 2024-0302-{R.randrange(1000, 9999)} for € 18,50 appears twice in the day report of 2 March, once at 23:14 and once at 00:14.
>>
>> Environment: registers on firmware 2.0.1.4, back office {version()}, database on {priv_ip4()}, sync service on {priv_ip4()}. licence number ZS-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(4).upper()}, order {not_bsn9()}.
>>
>> This is a problem for our VAT return, which is due on 30 April 2024. Could you please take a look?
>>
>> Best regards,
>> Finance IT"""


def en_belgian():
    fl = person("be")
    a, pc, town = pick([be_addr, be_fr_addr])()
    return f"""Hi,

I'm a Belgian customer (we speak English at the office). Since the update our invoices show the Dutch VAT rate. Our company details haven't changed; the invoice address is {AD(a)}, {PC(pc)} {town}, Belgium, and our VAT number is BE0{R.randrange(400000000, 999999999)}.

Refunds can go to {IB(be_iban()) if K % 2 == 0 else IB(lu_iban()) + " (our account at a Luxembourg bank)"}. For questions, call me on my GSM {PH(be_phone(True))}.

Thanks,
{P(full(fl))}
Office manager"""


def en_chat():
    fl = person(pick(HER_EN))
    ag = agent()
    ip = pub_ip4()
    return f"""Live chat transcript - session {uuid4()}
Started 2024-03-12 10:41 UTC · visitor IP {IP(ip)} · browser Firefox 123.0

[10:41] {P(full(fl))}: hi, I can't log in, it says my account is locked
[10:42] {P(ag[0])} (Support): Hi {P(fl[0])}, I'm {P(ag[0])}. Can you confirm the email on the account?
[10:42] {P(full(fl))}: {EM(email_for(fl, DOM_UK))}
[10:43] {P(ag[0])} (Support): Thanks. I can see 5 failed attempts from {IP(ip)} at 10:30. I've unlocked it now.
[10:44] {P(full(fl))}: brilliant, thanks {P(ag[0])}!
[10:44] {P(ag[0])} (Support): You're welcome. Ticket ref {R.randrange(100000, 999999)} for your records.
[10:45] System: {P(full(fl))} left the chat."""


def en_traps_free():
    return variant([
        f"""Hi,

Your system flagged our RMA request as containing personal data, but it doesn't. It contains:

- IMEI {imei()} (the faulty handheld scanner)
- tracking number {tracking()}
- serial SN-{hexid(10).upper()}
- the card terminal receipt: {masked_card()}, auth code {R.randrange(100000, 999999)}, 12/03/2024 14:22
- our order 2024-{R.randrange(10000, 99999)} of £{R.randrange(100, 999)}.00

Please unblock RMA-{R.randrange(1000, 9999)}.

Thanks,
Warehouse team""",
        f"""Hello,

Can you confirm your correct contact details for our supplier database? We have:

{ORG}
{ORG_ADDR}
{ORG_POSTBUS}
Phone {pick(ORG_PHONES)} / {pick(ORG_PHONES)}
Chamber of Commerce {ORG_KVK}, VAT {ORG_BTW}
Bank {pick(ORG_IBANS)} (ABNANL2A)
Twitter @ZonnestraalNL, web https://www.zonnestraal.example

Vendor number in our system: {R.randrange(100000, 999999)}.

Thanks,
Supplier onboarding""",
    ])


def en_business_nl():
    fl = person(pick(HER_EN))
    a, pc, town = nl_addr()
    kv, bt = kvk(), btw_id()
    return f"""Hi,

We're an English-speaking startup based in the Netherlands. Please update our company details for invoicing:

Company: {pick(['Tidewater Labs B.V.', 'Oakfield Analytics B.V.', 'Northbound Studio'])}
Registered address: {AD(a)}, {PC(pc)} {town}
Chamber of Commerce (KvK): {KVK(kv)}
VAT number: {BTW(bt)}
Contact: {P(full(fl))}, {EM(email_for(fl, ['gmail.com', 'outlook.com', 'proton.me']))}

Our old KvK number was {KVK(kvk())} (before the conversion from sole trader to B.V. on 1 January 2024). Credit notes can be paid to {IB(fr_iban()) + " - yes, we still bank in France" if K % 2 == 0 else IB(nl_iban())}.

Cheers,
{P(fl[0])}"""


def en_security_free():
    return f"""Hi,

Heads-up from our SOC: we see login attempts against our tenant from documentation-range addresses, which suggests someone is replaying your sample config. Examples from the audit log:

{ts(9)}  login_failed  src=203.0.113.{R.randrange(2, 250)}  user=<redacted>  reason=bad_password
{ts(9)}  login_failed  src=198.51.100.{R.randrange(2, 250)}  user=<redacted>  reason=mfa_timeout
{ts(9)}  login_ok      src={priv_ip4()}  user=<redacted>  via=vpn
{ts(9)}  api_key_used  key_id=ak_{hexid(12)}  src=2001:db8::{hexid(4)}

Nothing was compromised. The MFA app is on version {version()}. Can you check whether the sample config in your docs (page 14, section 3.2.1.4) still ships with real-looking credentials?

Regards,
Security Operations"""


def en_social():
    fl = person(pick(HER_EN))
    return variant([
        f"""@ZonnestraalNL your app has been down for 2 hours now (error 503). I'm {P(fl[0])} from {pick(['Harbourside Brewing', 'Kelp & Co', 'the Leeds office'])}, please DM me or call {PH(uk_phone(mobile=True))}.""",
        f"""hey @ZonnestraalNL, still waiting on a reply to ticket {R.randrange(100000, 999999)} from last week... can someone email me at {EM(email_for(fl, DOM_UK))}? cheers, {P(fl[0].lower())}""",
    ])


def en_nl_kenteken():
    fl = person(pick(HER_EN))
    return f"""Hi,

I moved to the Netherlands last year and use your fleet app for my lease car. The app still shows my previous car's registration ({LP(kenteken())}) instead of the new one, licence plate {LP(kenteken())}. The lease company (contract {R.randrange(10**6, 10**7)}) says it's on your end.

I also noticed the part number for the charging cable in the app is {kenteken(4)}, which confused me at first - I thought it was a plate!

Thanks,
{P(full(fl))}"""


def en_release_free():
    return f"""Hi,

Please can you clarify the release notes for {version()}? They say:

  * Fixed: amounts like 1,234.56 and 1.234,56 parsed differently (#{R.randrange(1000, 9999)})
  * Fixed: memory limit raised from 2048 MB to 4096 MB
  * Changed: timestamps now ISO 8601 (2024-03-12T09:00:00+01:00)
  * Known issue: IPv6 link-local (fe80::/10) shown as "unknown host"

We're upgrading from 8.14.2 (build 2023.11.5531). Is a database migration needed, and how long did it take on a tenant with ~2 million records? Our window is Saturday 16 March 2024, 22:00-02:00.

Thanks,
Platform team"""


# =========================================================================== GERMAN scenarios
def de_log_free():
    v = version()
    return variant([
        f"""Hallo zusammen,

seit dem Update auf {v} bricht der nächtliche Export ab. Auszug aus dem Log (Server steht bei uns im Haus, {priv_ip4()}):

{ts(11, 2)} INFO  export.job    Start Job {R.randrange(1000, 9999)} (Mandant 0{R.randrange(10, 99)}, Request {uuid4()})
{ts(11, 2)} WARN  export.db     Verbindung zu {priv_ip4()}:1433 langsam ({R.randrange(1500, 9000)} ms)
{ts(11, 2)} ERROR export.job    java.lang.OutOfMemoryError: Java heap space (Xmx 2048 MB)
{ts(11, 2)} INFO  watchdog      Neustart Dienst, Build {v}.{R.randrange(100, 999)}

Die VM hat 4096 MB RAM. Bestellnummer unserer Lizenz: {not_bsn9()}, Rechnung RE-2024-{R.randrange(1000, 9999)} vom 01.03.2024 über {R.randrange(100, 999)},00 €.

Können Sie uns sagen, ob wir das Heap-Limit selbst erhöhen dürfen?

Viele Grüße
IT-Abteilung, Autohaus Sonnenberg GmbH""",
        f"""Guten Morgen,

die Schnittstelle zu DATEV liefert seit gestern den Fehler "E_TIMEOUT (0x{hexid(8)})". Ablauf:

1. Export gestartet am 11.03.2024 um 17:02
2. Übertragung an \\\\{priv_ip4()}\\datev$ bricht nach 1024 KB ab
3. Wiederholung um 17:15 und 17:30 ebenfalls ohne Erfolg

Version {v}, Windows Server 2022 (Build 20348.2340). Kundennummer {R.randrange(40000000, 49999999)}, Ticket #{R.randrange(100000, 999999)}. Der Fehler tritt nur im Mandanten 2023 auf, nicht im Mandanten 2024.

Mit freundlichen Grüßen
Buchhaltung""",
        f"""Hallo,

nach der Umstellung auf HTTPS zeigt der Browser einen Zertifikatsfehler. Details:

NET::ERR_CERT_COMMON_NAME_INVALID
Subject: CN=kasse01.intern.local
Issuer: CN=Interne CA {R.randrange(2019, 2024)}
Gültig bis: 31.12.2025 23:59:59
Server: {priv_ip4()}:8443, Fingerprint {':'.join(hexid(2).upper() for _ in range(8))}

Clientversion {v}, Firmware 2.0.1.4. Ist das ein bekanntes Problem? Artikel KX-{R.randrange(100, 999)}-B lässt sich außerdem nicht scannen.

Gruß
Filialleitung""",
    ])


def de_webform():
    fl = person(pick(HER_DE))
    a, plz, town = de_addr()
    return f"""Neue Anfrage über das Kontaktformular (zonnestraal.example/de/kontakt)

Name: {P(full(fl))}
Anschrift: {AD(a)}
PLZ/Ort: {PC(plz)} {town}
Telefon: {PH(de_phone(town))}
E-Mail: {EM(email_for(fl, DOM_DE))}
Geburtsdatum: {DOB(dob('de'))}
Kundennummer: {R.randrange(40000000, 49999999)}
Anliegen: {pick(['Kündigung', 'Adressänderung', 'Rechnungsfrage'])}
Nachricht: Guten Tag, bitte bestätigen Sie mir den Eingang meiner Anfrage. Die letzte Rechnung vom 01.03.2024 über 24,99 € wurde bereits abgebucht.

Gesendet am 12.03.2024 um {R.randrange(8, 22)}:{R.randrange(10, 59)} Uhr · IP {IP(pub_ip4())}"""


def de_reply_nl_quote():
    fl = person(pick(HER_DE))
    em = email_for(fl, DOM_DE)
    ag = agent()
    a, plz, town = de_addr()
    quoted = f"""Beste {P(fl[0])},

Bedankt voor uw bericht. Om de levering om te zetten naar uw nieuwe adres hebben wij het volgende nodig:
- het ordernummer (begint met ZS-);
- het volledige nieuwe afleveradres inclusief postcode;
- een telefoonnummer voor de bezorger.

Excuses dat wij in het Nederlands antwoorden; onze Duitse collega's zijn deze week afwezig.

Met vriendelijke groet,
{P(full(ag))}
{org_footer_nl()}"""
    return f"""Hallo {P(ag[0])},

vielen Dank für Ihre Antwort. Ich habe sie mit einem Übersetzer gelesen, ich hoffe, ich habe alles richtig verstanden.

Bestellnummer: ZS-{R.randrange(2024000, 2024999)}
Neue Lieferadresse: {AD(a)}, {PC(plz)} {town}
Telefon für den Fahrer: {PH(de_phone(town, True))}

Falls die Lieferung nicht mehr umgeleitet werden kann, stornieren Sie bitte und erstatten Sie den Betrag (149,00 €, bezahlt am 05.03.2024) auf mein Konto {IB(de_iban())}.

Meine Nachbarin Frau {P(person('de')[1])} nimmt Pakete an, falls ich nicht da bin.

Mit freundlichen Grüßen
{P(full(fl))}

{hdr_nl(R.randrange(5, 11), agent_who(ag))}
{quote(quoted)}
>
> {hdr_de(4, who(fl, em))}
>> Guten Tag, ich bin umgezogen und meine Bestellung ist noch unterwegs. Kann die Adresse noch geändert werden?
>> {P(full(fl))}"""


def de_reply_en_quote():
    fl = person(pick(HER_DE))
    em = email_for(fl, DOM_DE)
    ag = agent()
    ip = pub_ip4()
    quoted = f"""Hi {P(fl[0])},

Thanks for the report. To investigate the failed logins we need the public IP address your office uses and the approximate time of the failures. Please don't send passwords.

Kind regards,
{P(full(ag))}
{org_footer_en()}"""
    return f"""Hallo {P(ag[0])},

danke für die schnelle Rückmeldung. Unsere feste IP im Büro ist {IP(ip)}, im Homeoffice nutze ich eine dynamische Adresse, heute früh war es {IP(pick([pub_ip4(), pub_ip6()]))}. Intern haben wir 192.168.{R.randrange(0, 10)}.0/24, das dürfte für Sie aber keine Rolle spielen.

Die Fehlversuche waren am 11.03.2024 zwischen 07:58 und 08:05 Uhr (MEZ). Im Log unseres Gateways steht:

Mar 11 07:58:13 fw01 kernel: DROP IN=wan OUT= SRC={IP(ip)} DST={priv_ip4()} PROTO=TCP DPT=443
Mar 11 08:01:47 fw01 sshd[{R.randrange(1000, 30000)}]: Connection closed by {priv_ip4()} port {R.randrange(30000, 65000)}

Auch {P(full(person(pick(HER_DE))))} aus meinem Team hatte das gleiche Problem. Sie erreichen mich unter {PH(de_phone())}.

Viele Grüße
{P(full(fl))}

{hdr_en(R.randrange(5, 11), agent_who(ag))}
{quote(quoted)}
>
> {hdr_de(4, who(fl, em))}
>> Guten Tag, seit heute Morgen können sich meine Mitarbeiter nicht mehr anmelden (Fehler AUTH-401). Was ist da los?"""


def de_steuer_free():
    return variant([
        f"""Guten Tag,

in Ihrem Lohnmodul wird bei der Übermittlung an ELSTER die Steuer-ID {steuer_id()} als "ungültig" markiert, obwohl sie laut Finanzamt korrekt ist. Die Steuernummer des Betriebs ist 21/815/{R.randrange(10000, 99999)}, die USt-IdNr. DE{R.randrange(100000000, 999999999)}. Auch die Nummer {steuer_id()} (zweiter Datensatz) wird abgelehnt.

Fehlermeldung: "Prüfziffer falsch (ELSTER-Code 1{R.randrange(100, 999)})". Version {version()}, Datei vom 08.03.2024.

Mit freundlichen Grüßen
Lohnbuchhaltung""",
        f"""Hallo,

kurze Frage zur Rechnung RE-{R.randrange(100000, 999999)}: Auf der Rechnung fehlt unsere USt-IdNr. DE{R.randrange(100000000, 999999999)}, dafür steht dort die Handelsregisternummer HRB {R.randrange(10000, 99999)}. Ihre Angaben ({ORG}, {ORG_ADDR}, USt-IdNr. {ORG_BTW}) stimmen.

Bitte korrigieren. Der Betrag von 1.234,56 € wurde am 04.03.2024 an {pick(ORG_IBANS)} überwiesen.

Freundliche Grüße
Kreditorenbuchhaltung
Sonnenberg Fahrzeugtechnik GmbH""",
    ])


def de_iban_refund():
    fl = person(pick(HER_DE))
    iban = at_iban() if K % 2 == 0 else de_iban()
    return f"""Sehr geehrte Damen und Herren,

ich habe am {R.randrange(1, 8)}. März das Jahresabo abgeschlossen, möchte aber innerhalb der Widerrufsfrist von 14 Tagen widerrufen. Bitte erstatten Sie die {R.randrange(50, 300)},00 € auf folgendes Konto:

Kontoinhaber: {P(full(fl))}
IBAN: {IB(iban)}
Bank: {pick(['Sparkasse', 'Volksbank', 'Commerzbank', 'Erste Bank']) }

Die Abbuchung erfolgte über die Karte {masked_card()}. Bestellnummer {R.randrange(10**8, 10**9)}, Rechnung vom {R.randrange(1, 8):02d}.03.2024.

Mit freundlichen Grüßen
{P(full(fl))}"""


def de_kennz_msg():
    fl = person(pick(HER_DE))
    return f"""Hallo,

in der Flotten-App ist bei meinem Dienstwagen noch das alte Kennzeichen {LP(de_kennzeichen())} hinterlegt. Seit dem 1. März fahre ich einen neuen Wagen mit dem Kennzeichen {LP(de_kennzeichen())}. Können Sie das ändern? Leasingvertrag {R.randrange(10**6, 10**7)}, Kostenstelle 4711.

Die Tankkarte ({masked_card()}) bleibt gleich.

Gruß
{P(fl[0])}"""


def de_ausweis_msg():
    fl = person("de")
    return f"""Guten Tag,

für die Freischaltung des Händlerkontos haben Sie nach einem Ausweisdokument gefragt. Meine Personalausweisnummer lautet {ID(de_ausweis())}, gültig bis {R.randrange(1, 28):02d}.{R.randrange(1, 13):02d}.20{R.randrange(27, 34)}. Geboren bin ich am {DOB(dob('de', 1))}.

Eine Kopie schicke ich aus Datenschutzgründen nicht per E-Mail. Antrag Nr. H-{R.randrange(10000, 99999)}.

Mit freundlichen Grüßen
{P(full(fl))}"""


def de_headers():
    fr = person(pick(HER_DE))
    to = person(pick(HER_DE))
    cc = person(pick(HER_DE))
    e1, e2, e3 = email_for(fr, DOM_DE), email_for(to, DOM_DE), email_for(cc, DOM_DE)
    return f"""Hallo Support,

anbei die Mail unseres Steuerberaters, damit Sie den Kontext haben:

-------- Weitergeleitete Nachricht --------
Betreff: Export Buchungsstapel Februar
Datum: Mon, 11 Mar 2024 15:42:07 +0100
Von: {P(full(fr))} <{EM(e1)}>
An: "{P(to[1] + ', ' + to[0])}" <{EM(e2)}>
Kopie (CC): {P(full(cc))} <{EM(e3)}>
Message-ID: <{hexid(10)}-{hexid(6)}@{pick(['web.de', 'gmx.net', 'mail.t-online.de'])}>

Guten Tag {P(full(to))},

der Buchungsstapel für Februar enthält 1.204 Buchungen, davon 37 ohne Belegdatum. Können Sie bitte prüfen, ob der Export aus Zonnestraal vollständig ist? Datei: EXTF_Buchungsstapel_2024-02.csv (2048 KB).

Beste Grüße
{P(full(fr))}
Steuerberatung"""


def de_misc_free():
    return variant([
        f"""Hallo,

die Preisliste in Ihrem Shop zeigt für den Artikel "Speichererweiterung 2048 MB" 49,90 € und für "4096 MB" 79,90 €. In der Auftragsbestätigung vom 08.03.2024 stehen aber 59,90 € bzw. 89,90 €. Auftragsnummer {not_bsn9()}, Kundennummer {R.randrange(40000000, 49999999)}.

Bitte um Klärung.

Freundliche Grüße
Einkauf""",
        f"""Guten Tag,

wir möchten Ihre Firmendaten in unserem Lieferantenstamm prüfen:
{ORG}
{ORG_ADDR}, Niederlande
Tel. {pick(ORG_PHONES)}
KvK {ORG_KVK}, USt-IdNr. {ORG_BTW}
IBAN {pick(ORG_IBANS)}

Stimmt das so? Unsere Lieferantennummer für Sie ist 7{R.randrange(10000, 99999)}.

Mit freundlichen Grüßen
Stammdatenpflege""",
        f"""Hallo,

im Release {version()} fehlt die Option, Belege nach Datum zu sortieren. Vorher (Version 8.14.2, Build 2023.11.5531) ging das. Beispiel: Beleg 2024-0312-{R.randrange(100, 999)} vom 12.03.2024 erscheint nach Beleg 2024-0301-{R.randrange(100, 999)}.

Außerdem wird der Artikel HB-{R.randrange(100, 999)}-K im Lager als "unbekannt" angezeigt, obwohl er in der Preisliste steht (EAN 40{digits(11)}).

Danke und Gruß
Lagerverwaltung""",
    ])


def de_csv_pii():
    rows = []
    for _ in range(R.randrange(3, 5)):
        fl = person(pick(HER_DE))
        a, plz, town = de_addr()
        rows.append(";".join([f"{R.randrange(500000, 599999)}", P(fl[1]), P(fl[0]), AD(a), PC(plz), town,
                              PH(de_phone(town)), EM(email_for(fl, DOM_DE)), f"{R.randrange(10, 500)},{R.randrange(10, 99)}"]))
    return f"""Hallo,

beim Import unserer Kundendatei erscheint "Spalte 5: ungültige PLZ". Die Datei sieht so aus (Auszug, exportiert aus Shopware am 11.03.2024):

Kundennr;Nachname;Vorname;Straße;PLZ;Ort;Telefon;E-Mail;Umsatz
{chr(10).join(rows)}

Liegt es an der führenden Null bei manchen Postleitzahlen? Importprofil "DE Standard", Version {version()}.

Danke
Vertrieb Innendienst"""


def de_dob():
    fl = person(pick(HER_DE))
    ctx = pick(["geb. am", "geboren am", "Geburtsdatum:", "geb."])
    return f"""Hallo,

ich möchte für meine Tochter ein Schülerkonto anlegen, aber das Formular lehnt ihr Geburtsdatum ab. Sie heißt {P(pick(GIRLS_DE) + ' ' + fl[1])}, {ctx} {DOB(child_dob('de'))}. Mein eigener Account läuft auf {P(full(fl))}.

Zur Info: Das Schuljahr beginnt am 01.08.2024, die Rechnung vom 15.02.2024 ist bezahlt. Die Fehlermeldung lautet "Datum außerhalb des zulässigen Bereichs (Code D-17)".

Viele Grüße
{P(fl[0])}"""


def de_address_change():
    fl = person(pick(HER_DE))
    a1, p1, t1 = de_addr()
    if R.random() < 0.4:
        a2, p2, t2 = at_addr()
        land = "Österreich"
    else:
        a2, p2, t2 = de_addr()
        land = "Deutschland"
    return f"""Guten Tag,

ich bin umgezogen und bitte um Änderung meiner Rechnungsanschrift ab dem 01.04.2024.

Alt: {AD(a1)}, {PC(p1)} {t1}
Neu: {AD(a2)}, {PC(p2)} {t2} ({land})

Die Telefonnummer ändert sich nicht: {PH(de_phone(t1))}. Vertragsnummer {R.randrange(10**7, 10**8)}.

Mit freundlichen Grüßen
{P(full(fl))}"""


def de_csv_free():
    rows = [f"{R.randrange(1, 28):02d}.{R.randrange(1, 3):02d}.2024;RE-{R.randrange(10000, 99999)};{R.randrange(100, 9000)},{R.randrange(10, 99)};"
            f"{pick(['19', '7'])};{pick(['offen', 'bezahlt', 'gemahnt'])};{pick(['SEPA', 'Karte', 'Überweisung'])}" for _ in range(R.randrange(5, 9))]
    return f"""Hallo,

der Offene-Posten-Export rechnet die Mehrwertsteuer doppelt. Auszug:

Datum;Beleg;Betrag;MwSt;Status;Zahlart
{chr(10).join(rows)}

Summe laut Export: {R.randrange(10000, 99999)},{R.randrange(10, 99)} €, laut Buchhaltung deutlich weniger. Version {version()}, Report-ID {uuid4()}.

Gruß
Controlling"""


def de_chat():
    fl = person(pick(HER_DE))
    ag = agent()
    return f"""Chatverlauf vom 12.03.2024 (Sitzung {hexid(12)})

[09:12] Besucher: Hallo, ich komme nicht mehr in mein Konto.
[09:13] {P(ag[0])} (Support): Guten Morgen! Mein Name ist {P(ag[0])}. Wie heißen Sie, und welche E-Mail-Adresse ist hinterlegt?
[09:14] Besucher: {P(full(fl))}, {EM(email_for(fl, DOM_DE))}
[09:15] {P(ag[0])} (Support): Danke, {P(fl[0])}. Ich schicke Ihnen einen Link zum Zurücksetzen.
[09:17] {P(fl[0])}: angekommen, hat geklappt. Danke!
[09:17] System: Chat beendet (Dauer 00:05:02)"""


def de_free_long_chain():
    quoted = f"""Hello,

thank you for your patience. We have identified the cause of the rounding differences: in version {version()} the VAT amount is rounded per line instead of per document. A fix is planned for release 2024.04 (expected 15 April 2024).

As a workaround, set the option "Rundung pro Beleg" under Einstellungen > Steuern > Rundung. Please restart the service afterwards.

Best regards,
Zonnestraal Support Team
{org_footer_en()}"""
    return f"""Hallo,

danke für die Erklärung. Der Workaround funktioniert teilweise. Beispiel aus dem Beleg RE-{R.randrange(10000, 99999)} vom 11.03.2024:

  Position   Netto      MwSt 19 %   Brutto
  1          84,03 €    15,97 €     100,00 €
  2          12,61 €     2,40 €      15,01 €
  3           0,84 €     0,16 €       1,00 €
  Summe      97,48 €    18,53 €     116,01 €

Erwartet wären 116,00 €. Die Einstellung ist gesetzt, der Dienst wurde am 12.03.2024 um 07:30 neu gestartet (Server {priv_ip4()}, Build {R.randrange(1000, 9999)}).

Reicht es, auf 2024.04 zu warten, oder gibt es einen Hotfix? Unser Monatsabschluss ist am 31.03.2024.

Viele Grüße
Finanzbuchhaltung, Nordlicht Verpackungen KG

{hdr_en(R.randrange(5, 11), 'Zonnestraal Support <support@zonnestraal.example>')}
{quote(quoted)}
>
> Am {R.randrange(1, 5):02d}.03.2024 um 16:{R.randrange(10, 59)} schrieb Finanzbuchhaltung:
>> Guten Tag,
>>
>> bei Rechnungen mit mehreren Positionen weicht die Mehrwertsteuer um 1 Cent vom erwarteten Betrag ab. Das betrifft seit dem Update auf {version()} etwa 3 % unserer Ausgangsrechnungen (Februar: 412 von 13.870 Belegen). Unser Steuerberater hat das bei der Umsatzsteuer-Voranmeldung bemerkt.
>>
>> Beispielbelege: RE-{R.randrange(10000, 99999)}, RE-{R.randrange(10000, 99999)}, RE-{R.randrange(10000, 99999)}. Kundennummer {R.randrange(40000000, 49999999)}, Vertrag {R.randrange(10**7, 10**8)}.
>>
>> Mit freundlichen Grüßen
>> Finanzbuchhaltung"""


def de_austrian():
    fl = person("at")
    a, pc, town = at_addr()
    return f"""Grüß Gott,

ich bin Kunde aus Österreich und habe eine Frage zur Rechnung: Es wurde die deutsche Mehrwertsteuer (19 %) statt der österreichischen (20 %) verrechnet. Meine Daten:

{P(full(fl))}
{AD(a)}
{PC(pc)} {town}
Tel.: {PH(at_phone())}
Konto für eventuelle Gutschriften: {IB(at_iban())}

Die UID-Nummer meiner Firma ist ATU{R.randrange(10000000, 99999999)}.

Mit freundlichen Grüßen
{P(fl[0])}"""


def de_names_sentence():
    fl = person(pick(HER_DE))
    col = person(pick(HER_DE))
    ag = agent()
    return variant([
        f"""Hallo,

ich habe gestern mit {P(ag[0])} aus Ihrem Support telefoniert, {P(ag[0])} wollte mir die Anleitung für den Datenimport schicken. Bisher ist nichts angekommen. Aus meinem Team wartet {P(full(col))} ebenfalls darauf.

Können Sie die Anleitung bitte an uns beide schicken? {P(col[0])} ist unter {PH(de_phone())} erreichbar.

Gruß aus Köln,
{P(fl[0])}""",
        f"""Guten Tag,

hier ist {P(full(fl))} von der Firma {pick(['Sonnenberg Fahrzeugtechnik', 'Kastanienhof Holzbau', 'Autohaus Sonnenberg'])}. {P(full(ag))} aus Ihrem Support hat uns letzte Woche sehr geholfen - bitte richten Sie unseren Dank aus. Unser Geschäftsführer, Herr Dr. {P(col[1])}, möchte außerdem einen Termin für die Vertragsverlängerung.

Mit freundlichen Grüßen
{P(full(fl))}""",
    ])


def de_traps_free():
    return f"""Hallo,

Ihr System hat unsere Anfrage als "enthält personenbezogene Daten" markiert. Darin stehen aber nur:

- belgische USt-Nummer unseres Kunden: BE0{R.randrange(400000000, 999999999)}
- USt-IdNr. DE{R.randrange(100000000, 999999999)} (unsere eigene, Firma)
- Auftragsnummer {elf9()}, Sendungsnummer {tracking()}
- Artikel TX-{R.randrange(100, 999)}-F und Kabel {kenteken(5)} (Herstellercode)
- Kartenzahlung {masked_card()} vom 12.03.2024
- Betrag 2.048,00 € für 2048 MB Cloud-Speicher

Bitte prüfen Sie den Filter. Ticket #{R.randrange(100000, 999999)}.

Gruß
Support-Koordination"""


def de_social():
    fl = person(pick(HER_DE))
    return variant([
        f"""@ZonnestraalNL eure App stürzt seit dem Update {version()} ständig ab 😤 ruft mich bitte zurück: {PH(de_phone(mobile=True))} - {P(fl[0])}""",
        f"""Hallo @ZonnestraalNL, ich warte seit einer Woche auf eine Antwort zu Ticket {R.randrange(100000, 999999)}. Bitte per Mail an {EM(email_for(fl, DOM_DE))}. Danke, {P(full(fl))}""",
    ])


# =========================================================================== long threads (2-5 KB)
def nl_thread_long():
    ag = agent()
    me = person(pick(HER_NL))
    me_em = email_for(me, DOM_NL)
    emp = person(pick(HER_NL))
    nood = person(pick(HER_NL))
    a, pc, town = nl_addr()
    srv = pub_ip4()
    firm = pick(["Groothandel De Kroon", "Installatiebedrijf Zuidwest", "Kringloop Het Rad"])
    log = "\n".join([
        f"{ts(11, 23)} INFO  payroll-sync  connecting from {IP(srv)} to api.zonnestraal.example:443",
        f"{ts(11, 23)} INFO  payroll-sync  batch {R.randrange(1000, 9999)}: 14 employees, period 2024-03",
        f"{ts(11, 23)} WARN  payroll-sync  employee #{R.randrange(100, 999)}: field 'bsn' rejected (E_BSN_FORMAT)",
        f"{ts(11, 23)} ERROR payroll-sync  upload aborted after 3 retries, last response 422 (request {uuid4()})",
        f"{ts(11, 23)} DEBUG payroll-sync  local proxy {priv_ip4()}:3128, tls 1.3, build {version()}.{R.randrange(100, 999)}",
    ])
    form = f"""--- formulier indiensttreding (export HR-portaal, {R.randrange(1, 11):02d}-03-2024) ---
Naam: {P(initials(emp[0]) + ' ' + emp[1])}
Roepnaam: {P(emp[0])}
Geboortedatum: {DOB(dob('nl', pick([0, 2, 4])))}
BSN: {BS(bsn(K % 2 + 1))}
Adres: {AD(a)}
Postcode/plaats: {PC(pc)} {town}
IBAN (salaris): {IB(nl_iban())}
Telefoon: {PH(nl_mobile())}
Noodcontact: {P(full(nood))} ({pick(['partner', 'huisgenoot', 'familie'])}), {PH(nl_mobile())}
Datum in dienst: 01-04-2024
Functie: magazijnmedewerker, 32 uur, schaal 4 trede 2
Personeelsnummer: {R.randrange(1000, 9999)}
---"""
    quoted_en = f"""Hi {P(me[0])},

Thanks for your message and sorry for the slow reply - we had a lot of tickets after the March release.

I looked at your account and the upload from your server is indeed rejected, but the log in our system does not tell me which field is wrong. Could you:

1. send me the onboarding record of the new employee as it is exported from your HR portal (you can leave out anything that is not needed);
2. paste the last lines of the sync log from your server;
3. tell me which version of the payroll connector you are running (Help > About).

Regarding the invoice question: the amount of € 1.089,00 is correct, it includes the 3 extra seats you added on 19 February. The payment should go to {pick(ORG_IBANS)}, not to the old account on the 2023 invoices.

Kind regards,
{P(full(ag))}
{org_footer_en()}"""
    orig_nl = f"""Goedemorgen,

Sinds de update van vorige week lukt het niet meer om nieuwe medewerkers door te zetten naar de loonadministratie. De sync geeft een fout en de medewerker komt niet in het overzicht. We hebben per 1 april een nieuwe collega in dienst en de eerste loonrun is op 25 april, dus het heeft wel enige haast.

Verder klopt de factuur van maart volgens mij niet: € 1.089,00 terwijl we € 990,00 verwachtten.

Met vriendelijke groet,
{P(full(me))}
{firm}"""
    return f"""Hoi {P(ag[0])},

Excuses voor de lange mail, ik heb alles onder elkaar gezet zodat je het compleet hebt. Ik heb overlegd met onze HR-collega en we vonden het goed om het formulier te sturen, maar verwijder het graag na afloop.

1. Het formulier van de nieuwe medewerker, zoals het uit ons portaal komt:

{form}

2. De laatste regels van de sync-log op onze server (die hangt aan ons vaste IP-adres):

{log}

3. Versie: connector {version()}, build 2024.03.{R.randrange(1000, 9999)}, Windows Server 2022 met 4096 MB geheugen voor de service.

Over de factuur: helder, dank je. Die drie extra plekken waren inderdaad voor de uitzendkrachten. We betalen het restant deze week (factuur ZS-F-{R.randrange(240000, 249999)}, vervaldatum 28-03-2024).

Mocht je mij willen bellen: {PH(nl_fixed())}, ik ben er ma t/m do. Anders kun je ook mijn collega {P(full(person(pick(HER_NL))))} vragen, die doet de salarisadministratie.

Groet,
{P(me[0])}
{firm}

{hdr_nl(R.randrange(8, 12), agent_who(ag))}
{quote(quoted_en)}
>
> {hdr_en(5, who(me, me_em))}
{quote(quote(orig_nl))}"""


def en_thread_long():
    ag = agent()
    me = person(pick(["uk", "uk", "in", "ng", "pt"]))
    me_em = email_for(me, DOM_UK)
    hire = person(pick(["in", "pt", "pl", "uk", "cn"]))
    a, pc, town = nl_addr()
    dutch_col = person("nl")
    quoted_nl = f"""Beste {P(me[0])},

Dank voor je bericht. Voor het aanmaken van een medewerker in de salarismodule hebben we de volgende gegevens nodig: naam, geboortedatum, burgerservicenummer, woonadres in Nederland en het rekeningnummer voor de salarisbetaling. Je kunt deze het beste zelf invoeren in de module (Medewerkers > Nieuw), niet per mail naar ons sturen.

Over de creditcardbetaling: wij zien in ons systeem geen mislukte betaling. Mogelijk heeft je bank de transactie geblokkeerd (3-D Secure). Probeer het opnieuw of kies voor betaling per factuur.

Met vriendelijke groet,
{P(full(ag))}
{org_footer_nl()}"""
    orig_en = f"""Hello,

We're a UK company with a small Dutch branch and we've just hired our first employee in the Netherlands. What do you need to set them up in payroll? Also, my company credit card payment for the payroll add-on failed twice yesterday (error "authentication_required").

Thanks,
{P(full(me))}
Head of Operations, {pick(['Kestrel Logistics Ltd', 'Blackthorn Analytics Ltd', 'Marlow & Finch Ltd'])}"""
    return f"""Hi {P(ag[0])},

Thanks - I ran your reply through a translator, so apologies if I misunderstood anything. I tried to enter the new employee myself but the form keeps rejecting the citizen service number, so here are the details as I have them from the signed contract. Please just tell me what's wrong with them:

  Name:             {P(full(hire))}
  Date of birth:    {DOB(dob('en', pick([0, 1, 2])))}
  BSN:              {BS(bsn(pick([0, 2, 3])))}
  Address (NL):     {AD(a)}, {PC(pc)} {town}
  Salary account:   {IB(nl_iban())}
  Start date:       2 April 2024 (probation until 1 October 2024)

The error in the form is "BSN: invalid checksum (11-proof)". Our Dutch payroll adviser, {P(full(dutch_col))}, thinks it may be the dots/spaces; {P(dutch_col[0])} says the number itself is correct because it's on the letter from the municipality.

About the card: I tried again this morning with a different card, {CC(card(pick(['visa', 'mc2'])))} (expiry 11/26), and it was declined again with the same error. The original card ({masked_card()}) works everywhere else. Is there another way to pay? We can do a bank transfer to {pick(ORG_IBANS)} if that's easier - just send an invoice to {EM(me_em)}.

For completeness, our UK company details for the invoice: company no. 0{R.randrange(1000000, 9999999)}, VAT GB{R.randrange(100000000, 999999999)}, PO number {R.randrange(4500000000, 4599999999)}.

You can reach me on {PH(uk_phone(mobile=True))} (UK) between 9:00 and 17:00 GMT, or try {PH(uk_phone(mobile=False))} for the office.

Many thanks,
{P(me[0])}

{hdr_nl(R.randrange(7, 11), agent_who(ag))}
{quote(quoted_nl)}
>
> {hdr_en(5, who(me, me_em))}
{quote(quote(orig_en))}"""


def de_thread_long():
    ag = agent()
    me = person(pick(HER_DE))
    me_em = email_for(me, DOM_DE)
    nlc = person(pick(HER_NL))
    nlc_em = email_for(nlc, DOM_NL)
    a, pc, town = nl_addr()
    a2, plz2, town2 = de_addr()
    quoted_en = f"""Dear {P(full(me))},

Thank you for contacting us. I understand that your Dutch colleague has started working for your German company while living in the Netherlands. Our cross-border payroll module supports this, but we need the employee to be registered in both the Dutch and the German part of the system.

Please note that we do not need the employee's tax identification numbers by e-mail. You can enter them in the module. If you do send data, please use the secure upload link.

Regarding your question about the credit card charge of 9 March: we have refunded the duplicate amount of € 249,00. It should be visible within 5-7 working days.

Best regards,
{P(full(ag))}
{org_footer_en()}"""
    nl_msg = f"""Hoi {P(me[0])},

Hierbij mijn gegevens voor de salarisadministratie, zoals gevraagd:

Naam: {P(full(nlc))}
Woonadres: {AD(a)}, {PC(pc)} {town}
Geboren: {DOB(dob('nl', pick([5, 6, 0])))}
BSN: {BS(bsn(pick([0, 4, 1])))}
Rekeningnummer: {IB(nl_iban())}
Mobiel: {PH(nl_mobile())}

Mijn Duitse Steuer-ID heb ik nog niet, die wordt volgens het Finanzamt binnen 4 weken opgestuurd. Laat maar weten als je nog iets nodig hebt!

Groetjes,
{P(nlc[0])}"""
    return f"""Hallo {P(ag[0])},

vielen Dank für Ihre Antwort. Leider funktioniert der sichere Upload-Link bei uns nicht (Fehler 403, Proxy {priv_ip4()}), deshalb schicke ich Ihnen die Daten für unseren Neuzugang doch per E-Mail. Unten finden Sie die Nachricht auf Niederländisch, ich habe sie unverändert weitergeleitet.

Zusammenfassung auf Deutsch:
- Mitarbeiter: {P(full(nlc))}, wohnhaft in den Niederlanden ({town})
- Bürgerservicenummer: siehe unten
- Einsatzort: unsere Niederlassung {AD(a2)}, {PC(plz2)} {town2}
- Eintritt: 01.03.2024, Vollzeit, 40 Stunden
- Steuer-ID: folgt (die Nummer {steuer_id()} auf dem ersten Formular gehört zu einem anderen Mitarbeiter und ist falsch zugeordnet)

Zur Kreditkarte: Die Erstattung ist angekommen, danke. Für künftige Abbuchungen nutzen Sie bitte die Firmenkarte {CC(card(pick(['mc', 'visa'])))}, gültig bis 08/27, statt der alten Karte ({masked_card()}).

Unsere Kundennummer ist {R.randrange(40000000, 49999999)}, Vertrag {R.randrange(10**7, 10**8)}. Bei Rückfragen erreichen Sie mich unter {PH(de_phone(town2))} oder per E-Mail an {EM(me_em)}.

Mit freundlichen Grüßen
{P(full(me))}
Personalabteilung

{hdr_en(R.randrange(9, 12), agent_who(ag))}
{quote(quoted_en)}

-------- Weitergeleitete Nachricht --------
Von: {who(nlc, nlc_em)}
Datum: 07.03.2024 18:12
Betreff: gegevens salarisadministratie

{nl_msg}"""


# =========================================================================== build
K = 0  # instance index of the current scenario, selects the text variant


def variant(options):
    return options[K % len(options)]


PLAN = [
    # Dutch (60)
    ("nl", nl_log_free, 3, False), ("nl", nl_log_pii, 2, True), ("nl", nl_csv_pii, 2, True),
    ("nl", nl_csv_free, 2, False), ("nl", nl_webform, 2, True), ("nl", nl_thread_long, 2, True), ("nl", nl_reply_en_quote, 2, True),
    ("nl", nl_reply_de_quote, 2, True), ("nl", nl_fwd_headers, 2, True), ("nl", nl_refund, 2, True),
    ("nl", nl_belgian, 2, True), ("nl", nl_dob, 2, True), ("nl", nl_bsn_payroll, 2, True),
    ("nl", nl_kenteken, 2, True), ("nl", nl_id_doc, 2, True), ("nl", nl_zzp, 2, True), ("nl", nl_chat, 2, True),
    ("nl", nl_invoice_free, 3, False), ("nl", nl_bug_free, 3, False), ("nl", nl_fwd_free, 2, False),
    ("nl", nl_sentence_names, 2, True), ("nl", nl_reply_free_long, 2, False), ("nl", nl_bsn_traps_free, 2, False),
    ("nl", nl_phone_traps_free, 1, False), ("nl", nl_address_change, 2, True), ("nl", nl_third_party, 2, True),
    ("nl", nl_long_bigmix, 2, True), ("nl", nl_csv_report_free, 2, False), ("nl", nl_social, 2, True),
    # English (50)
    ("en", en_stacktrace_free, 3, False), ("en", en_access_log_pii, 2, True), ("en", en_uk_address_change, 1, True), ("en", en_thread_long, 2, True),
    ("en", en_reply_nl_quote, 2, True), ("en", en_reply_de_quote, 2, True), ("en", en_header_block, 2, True),
    ("en", en_csv_pii, 2, True), ("en", en_webform, 2, True), ("en", en_card, 2, True),
    ("en", en_billing_free, 3, False), ("en", en_dob, 2, True), ("en", en_sentence_names, 2, True),
    ("en", en_german_customer, 1, True), ("en", en_passport, 1, True), ("en", en_network_free, 2, False),
    ("en", en_csv_free, 2, False), ("en", en_free_long_chain, 2, False), ("en", en_belgian, 2, True),
    ("en", en_chat, 2, True), ("en", en_traps_free, 2, False), ("en", en_business_nl, 2, True),
    ("en", en_security_free, 2, False), ("en", en_social, 2, True), ("en", en_nl_kenteken, 2, True),
    ("en", en_release_free, 1, False),
    # German (40)
    ("de", de_log_free, 3, False), ("de", de_webform, 2, True), ("de", de_reply_nl_quote, 2, True),
    ("de", de_reply_en_quote, 2, True), ("de", de_steuer_free, 2, False), ("de", de_iban_refund, 2, True),
    ("de", de_kennz_msg, 2, True), ("de", de_ausweis_msg, 1, True), ("de", de_headers, 2, True),
    ("de", de_misc_free, 3, False), ("de", de_csv_pii, 2, True), ("de", de_dob, 2, True),
    ("de", de_address_change, 1, True), ("de", de_thread_long, 2, True), ("de", de_csv_free, 2, False), ("de", de_chat, 2, True),
    ("de", de_free_long_chain, 2, False), ("de", de_austrian, 2, True), ("de", de_names_sentence, 2, True),
    ("de", de_traps_free, 1, False), ("de", de_social, 1, True),
]

EDGE_BAD = set(" \t\n\r,;:!?.\"'<>")


def check_value(label, v):
    """Per-label validity of a gold value (the set must only contain well-formed synthetic data)."""
    if label == "IBAN":
        return iban_valid(v) and re.sub(r"\s", "", v) != "NL91ABNA0417164300"
    if label == "BSN":
        return bsn_valid(v) or ob_valid(v)
    if label == "CREDIT_CARD":
        return luhn_ok(v) and card_iin_ok(v)
    if label == "BTW_ID":
        return btw_valid(v) and v != ORG_BTW
    if label == "KVK":
        return bool(re.fullmatch(r"\d{8}", v)) and v != ORG_KVK
    if label == "IP_ADDRESS":
        return ipaddress.ip_address(v).is_global
    if label == "EMAIL":
        return bool(EMAIL_RE.fullmatch(v)) and "zonnestraal" not in v
    if label == "PHONE":
        return nl_phone_valid(v) or be_phone_valid(v) or uk_drama(v) or \
            bool(re.fullmatch(r"(\+49 |0049 |0)(\(0\))?[1-9]\d{1,3}[ /\-]\d[\d ]{5,9}", v)) or \
            bool(re.fullmatch(r"(\+43 |0)(664|676|1) ?\d{3} ?\d{4}", v))
    if label == "POSTCODE":
        return nl_postcode_valid(v) or bool(re.fullmatch(r"\d{4,5}", v)) or \
            bool(re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}", v))
    if label == "LICENSE_PLATE":
        return kenteken_valid(v) or bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \d{1,4}E?", v))
    if label == "ID_DOCUMENT":
        return nl_doc_valid(v) or bool(re.fullmatch(r"5\d{9}|[1-9]\d{8}|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", v))
    if label == "DATE_OF_BIRTH":
        return bool(re.search(r"(19[4-9]\d|20[01]\d)|'\d\d|\.\d\d$", v))
    if label in ("PERSON", "ADDRESS"):
        return bool(re.match(r"[A-ZÀ-Þ0-9'ÇŞÖÜ]", v) or v.islower() or v.startswith(("van", "de ", "ten", "op ", "d'")))
    return False


def covered(spans, s, e, label=None):
    return any(sp["start"] <= s and e <= sp["end"] and (label is None or sp["label"] == label) for sp in spans)


def audit(rec):
    """Consistency checks on one record; returns list of problems."""
    text, spans = rec["text"], rec["spans"]
    b = text.encode("utf-8")
    probs = []
    last_end = -1
    for sp in sorted(spans, key=lambda x: x["start"]):
        v = b[sp["start"]:sp["end"]].decode("utf-8")
        if v != sp["_v"]:
            probs.append(f"slice mismatch {sp}")
        if sp["start"] < last_end:
            probs.append(f"overlap at {sp}")
        last_end = sp["end"]
        if v[0] in EDGE_BAD or v[-1] in EDGE_BAD:
            probs.append(f"edge punctuation/whitespace: {v!r}")
        if v.count("(") != v.count(")"):
            probs.append(f"unbalanced brackets {v!r}")
        if not check_value(sp["label"], v):
            probs.append(f"invalid {sp['label']} value {v!r}")
    # every occurrence of a labelled value must be labelled (same label)
    bytext = text
    for sp in spans:
        v = sp["_v"]
        for m in re.finditer(r"(?<![\w@.])" + re.escape(v) + r"(?![\w@])", bytext):
            s = len(bytext[:m.start()].encode("utf-8"))
            e = s + len(v.encode("utf-8"))
            if not covered(spans, s, e):
                probs.append(f"unlabelled repeat of {sp['label']} {v!r}")
    # surnames / given names of labelled persons standing alone elsewhere
    for sp in spans:
        if sp["label"] != "PERSON":
            continue
        for tok in re.findall(r"[A-ZÀ-ÞÇŞÖÜİ][\w'-]{2,}", sp["_v"]):
            for m in re.finditer(r"(?<![\w@.])" + re.escape(tok) + r"(?![\w@])", text):
                s = len(text[:m.start()].encode("utf-8"))
                e = s + len(tok.encode("utf-8"))
                if not covered(spans, s, e):
                    probs.append(f"name token {tok!r} unlabelled elsewhere")
    # unlabelled personal-looking data
    for m in re.finditer(r"(?<![\w.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\w.])", text):
        try:
            ip = ipaddress.ip_address(m[1])
        except ValueError:
            continue
        s = len(text[:m.start(1)].encode("utf-8"))
        if re.search(r"(section|bootloader|firmware|version|build|v)\s*$", text[:m.start(1)], re.I):
            continue  # version / section numbers shaped like IPs (hard negatives)
        if ip.is_global and not covered(spans, s, s + len(m[1])):
            probs.append(f"unlabelled public IP {m[1]}")
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}", text):
        s = len(text[:m.start()].encode("utf-8"))
        before = text[max(0, m.start() - 1):m.start()]
        if "zonnestraal.example" in m[0] or before == "<" and re.search(r"Message-ID: <$", text[:m.start()]):
            continue
        if not covered(spans, s, s + len(m[0].encode("utf-8")), "EMAIL"):
            probs.append(f"unlabelled email {m[0]}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        s = len(text[:m.start()].encode("utf-8"))
        if iban_valid(m[0]) and re.sub(" ", "", m[0]) != "NL91ABNA0417164300" and \
                not covered(spans, s, s + len(m[0]), "IBAN"):
            probs.append(f"unlabelled IBAN {m[0]}")
    for m in re.finditer(r"(?<![\w.\-/#])(\d{9})(?![\w\-/])", text):
        s = len(text[:m.start(1)].encode("utf-8"))
        if elfproef(m[1]) and not covered(spans, s, s + 9):
            ctx = text[max(0, m.start() - 40):m.start()].lower()
            if not re.search(r"order|rsin|ticket|auftrag|bestel|po |factuur|ref|invoice", ctx):
                probs.append(f"unlabelled elfproef number without veto context {m[1]}")
    return probs


def build():
    global R, K
    self_test()
    recs = []
    counters = {"nl": 0, "en": 0, "de": 0}
    for pi, (lang, fn, count, pii) in enumerate(PLAN):
        for k in range(count):
            K = k
            R = random.Random(f"{SEED}:{fn.__name__}:{k}")
            marked = fn()
            text, spans = render(marked)
            counters[lang] += 1
            rec = {"id": None, "lang": lang, "text": text, "spans": spans, "_pii": pii, "_scen": fn.__name__}
            recs.append(rec)
    # shuffle within language (fixed seed) and assign ids
    out = []
    for lang in ("nl", "en", "de"):
        group = [r for r in recs if r["lang"] == lang]
        random.Random(f"{SEED}:order:{lang}").shuffle(group)
        for i, r in enumerate(group, 1):
            r["id"] = f"h7-{lang}-{i:03d}"
            out.append(r)
    problems = []
    for r in out:
        if bool(r["spans"]) != r["_pii"]:
            problems.append(f"{r['id']} {r['_scen']}: expected pii={r['_pii']} got {len(r['spans'])} spans")
        for p in audit(r):
            problems.append(f"{r['id']} {r['_scen']}: {p}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(f"{len(problems)} problem(s)")
    assert len(out) == 150, len(out)
    assert counters == {"nl": 60, "en": 50, "de": 40}, counters
    assert sum(1 for r in out if not r["spans"]) >= 45
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            obj = {"id": r["id"], "lang": r["lang"], "text": r["text"],
                   "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]}
                             for s in sorted(r["spans"], key=lambda x: x["start"])]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    # re-read and verify offsets from the written file
    with open(OUT, encoding="utf-8") as f:
        for line, r in zip(f, out):
            obj = json.loads(line)
            tb = obj["text"].encode("utf-8")
            for s, g in zip(obj["spans"], sorted(r["spans"], key=lambda x: x["start"])):
                assert tb[s["start"]:s["end"]].decode("utf-8") == g["_v"]
                assert s["label"] in LABELS
    return out


def stats(out):
    from collections import Counter
    langs = Counter(r["lang"] for r in out)
    free = Counter(r["lang"] for r in out if not r["spans"])
    labels = Counter(s["label"] for r in out for s in r["spans"])
    sizes = [len(r["text"].encode("utf-8")) for r in out]
    print("messages per language:", dict(langs))
    print("PII-free per language:", dict(free), "total", sum(free.values()))
    print("spans per label:", {k: labels[k] for k in LABELS})
    print("total spans:", sum(labels.values()))
    print("bytes: min", min(sizes), "max", max(sizes), ">=1000:", sum(1 for x in sizes if x >= 1000),
          ">=2000:", sum(1 for x in sizes if x >= 2000))
    print("sha256:", hashlib.sha256(open(OUT, "rb").read()).hexdigest())


if __name__ == "__main__":
    stats(build())
