#!/usr/bin/env python3
"""heldout37 generator: Duinroos Makelaars (fictional NL/BE real-estate agency). Stdlib only, deterministic."""
import hashlib, ipaddress, json, os, random, re, sys, datetime, calendar

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "heldout37-duinroos"

# ---------------------------------------------------------------- organisation (never labelled)
ORG = {
    "names": ["Duinroos Makelaars B.V.", "Duinroos Makelaars", "Duinroos Wonen", "Duinroos Vastgoedbeheer",
              "Duinroos Immobilien", "Duinroos"],
    "domains": ["duinroos.example"],
    "phones": ["023 532 1180", "06 4172 3390", "03 218 44 70"],
    "ibans": ["NL11RABO0347229108", "NL03INGB0006881243", "BE96068204153705"],
    "addresses": ["Spaarnekade 41, 2011 PK Haarlem", "Postbus 2104, 2002 CC Haarlem",
                  "Mechelsesteenweg 212, 2018 Antwerpen"],
    "kvk": ["58203317"],
    "btw": ["NL852741303B01"],
    "handles": ["@DuinroosMakelaars", "@duinroos_wonen"],
}
# every written form of the organisation's data used in the texts (masked before the audit scanners)
ORG_FORMS = ["023 532 1180", "023-5321180", "+31 23 532 1180", "+31 (0)23 532 1180", "06 4172 3390", "06-41723390",
             "+31 6 4172 3390", "03 218 44 70", "+32 3 218 44 70", "NL11 RABO 0347 2291 08", "NL11RABO0347229108",
             "NL03 INGB 0006 8812 43", "NL03INGB0006881243", "BE96 0682 0415 3705", "BE96068204153705",
             "Spaarnekade 41", "2011 PK", "2011PK", "Postbus 2104", "2002 CC", "Mechelsesteenweg 212", "2018 Antwerpen",
             "58203317", "NL852741303B01", "852741303", "@DuinroosMakelaars", "@duinroos_wonen"]

STAFF = {  # staff are people: labelled PERSON
    "maaike": ("Maaike", "Oosterbroek", "verhuur"),
    "jeroen": ("Jeroen", "Blankevoort", "makelaar verkoop"),
    "sevda": ("Sevda", "Kaya", "vastgoedbeheer"),
    "pj": ("Pieter-Jan", "Claeys", "kantoor Antwerpen"),
    "hannah": ("Hannah", "Whitfield", "expat desk"),
    "katrin": ("Katrin", "Ohlendorf", "German desk"),
    "ruben": ("Ruben", "Sterkenburg", "technische dienst"),
}

# ---------------------------------------------------------------- markup
S0, S1, S2, N0, N1 = "\ue000", "\ue001", "\ue002", "\ue003", "\ue004"
def m(label, v): return f"{S0}{label}{S1}{v}{S2}"
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
def NP(v): return f"{N0}{v}{N1}"

def render(s):
    out, spans, nps, bpos = [], [], [], 0
    i, cur, curlab, npstart = 0, None, None, None
    while i < len(s):
        c = s[i]
        if c == S0:
            j = s.index(S1, i); curlab = s[i + 1:j]; cur = (bpos, len("".join(out))); i = j + 1; continue
        if c == S2:
            spans.append({"start": cur[0], "end": bpos, "label": curlab, "_c": (cur[1], len("".join(out)))}); cur = None; i += 1; continue
        if c == N0:
            npstart = len("".join(out)); i += 1; continue
        if c == N1:
            nps.append((npstart, len("".join(out)))); i += 1; continue
        out.append(c); bpos += len(c.encode("utf-8")); i += 1
    return "".join(out), spans, nps

# ---------------------------------------------------------------- validators
def elf_ok(d):
    d = re.sub(r"[ .\-]", "", d)
    if not d.isdigit() or len(d) not in (8, 9): return False
    d = d.zfill(9)
    if int(d) == 0: return False
    return (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 0
def onderwijs_ok(d):
    return d.isdigit() and len(d) == 9 and d.startswith("10") and (sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])) % 11 == 5
def m97(s): return int("".join(str(int(c, 36)) for c in s)) % 97
IBAN_LEN = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "AT": 20, "LU": 20, "ES": 24, "IE": 22}
IBAN_BBAN = {"NL": r"[A-Z]{4}\d{10}", "BE": r"\d{12}", "DE": r"\d{18}", "FR": r"\d{10}[0-9A-Z]{11}\d{2}",
             "GB": r"[A-Z]{4}\d{14}", "AT": r"\d{16}", "LU": r"\d{3}[0-9A-Z]{13}", "ES": r"\d{20}", "IE": r"[A-Z]{4}\d{14}"}
def iban_ok(v):
    v = re.sub(r"[ \u00a0.\-]", "", v).upper()
    cc = v[:2]
    if cc not in IBAN_LEN or len(v) != IBAN_LEN[cc] or not v[2:4].isdigit(): return False
    if not re.fullmatch(IBAN_BBAN[cc], v[4:]): return False
    if cc == "BE" and (int(v[4:14]) % 97 or 97) != int(v[14:16]): return False
    return m97(v[4:] + v[:4]) == 1
def luhn_ok(d):
    d = re.sub(r"[ \-]", "", d)
    if not d.isdigit(): return False
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c) * (2 if i % 2 else 1); t += x - 9 if x > 9 else x
    return t % 10 == 0
def card_ok(v):
    d = re.sub(r"[ \-]", "", v)
    if not luhn_ok(d): return False
    if d[0] == "4": return len(d) in (13, 16, 19)
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720: return len(d) == 16
    if d[:2] in ("34", "37"): return len(d) == 15
    if d.startswith("6011") or d[:2] == "65": return 16 <= len(d) <= 19
    if 3528 <= int(d[:4]) <= 3589: return 16 <= len(d) <= 19
    if d[:2] in ("50",) or 56 <= int(d[:2]) <= 69: return 12 <= len(d) <= 19
    return False
def btw_ok(v):  # new btw-id: mod 97 over NL+9+B+2, digits fail the elfproef (else it is an OB-nummer = BSN)
    v = re.sub(r"[ .\-]", "", v).upper()
    return bool(re.fullmatch(r"NL\d{9}B\d{2}", v)) and v[-2:] != "00" and m97(v) == 1
def ob_ok(v):
    v = re.sub(r"[ .\-]", "", v).upper()
    return bool(re.fullmatch(r"(NL)?\d{9}B\d{2}", v)) and v[-2:] != "00" and elf_ok(v[-12:-3])
def pc_nl_ok(v):
    v = re.sub(r"^NL-?", "", v.strip()).replace(" ", "")
    return bool(re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", v)) and v[4:] not in ("SA", "SD", "SS")
def pc_ok(v):
    return pc_nl_ok(v) or bool(re.fullmatch(r"[1-9]\d{3}", v)) or bool(re.fullmatch(r"\d{5}", v)) and v != "00000" \
        or bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}", v))
DOC_ALPHA = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"
def docnr_ok(v):
    v = v.replace(" ", "").upper()
    return bool(re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}[0-9]", v)) and "O" not in v or v in ("SPECI2014", "SPECI2021")
def vbl_ok(v): return bool(re.fullmatch(r"(I|II|III|IV|V)-V[A-NP-Z1-9]{8}", v))
DE_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"
def de_doc_ok(v): return len(v) == 9 and all(c in DE_ALPHA for c in v) and v[0] in "CFGHJKLMNPRTVWXYZ"
def id_ok(v):
    return docnr_ok(v) or vbl_ok(v) or de_doc_ok(v) or bool(re.fullmatch(r"\d{9}", v))
SIDECODES = {1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9",
             8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9"}
BANNED = ["SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS"]
def kenteken_sidecode(v):
    v = v.upper().replace(" ", "-")
    for sc, pat in SIDECODES.items():
        rx = pat.replace("X", "[A-Z]").replace("9", r"\d")
        if re.fullmatch(rx, v) or ("-" not in v and re.fullmatch(pat.replace("-", "").replace("X", "[A-Z]").replace("9", r"\d"), v)):
            letters = "".join(c for c in v if c.isalpha())
            groups = re.findall(r"[A-Z]+", v)
            if sc >= 4 and re.search(r"[AEIOUCQ]", letters): return None
            if any(b in g for g in groups for b in BANNED): return None
            if sc >= 8 and any(b in g for g in groups for b in ("KVT", "VVD")): return None
            if sc >= 13 and any("SP" in g for g in groups): return None
            return sc
    return None
def de_plate_ok(v): return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \d{1,4}", v))
def plate_ok(v): return kenteken_sidecode(v) is not None or de_plate_ok(v)
EMAIL_RX = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])")
TLDS = {"nl", "be", "de", "com", "co.uk", "uk", "net", "org", "at", "ie", "example", "io", "eu"}
def email_ok(v):
    if not EMAIL_RX.fullmatch(v) or "@@" in v: return False
    return any(v.lower().endswith("." + t) for t in TLDS)
def ip_ok(v):
    try: a = ipaddress.ip_address(v)
    except ValueError: return False
    return a.is_global
def date_ok(d, mth, y): 
    return 1 <= mth <= 12 and 1 <= d <= calendar.monthrange(y, mth)[1] and 1900 <= y <= 2025
MONTHS = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}
def parse_date(v):
    mm = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", v)
    if mm: return int(mm[1]), int(mm[2]), int(mm[3])
    mm = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if mm: return int(mm[3]), int(mm[2]), int(mm[1])
    mm = re.fullmatch(r"(\d{1,2})\.? ([A-Za-zä]+) (\d{4})", v)
    if mm:
        for L in MONTHS.values():
            if mm[2] in L: return int(mm[1]), L.index(mm[2]) + 1, int(mm[3])
    mm = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", v)
    if mm and mm[1] in MONTHS["en"]: return int(mm[2]), MONTHS["en"].index(mm[1]) + 1, int(mm[3])
    return None
def dob_ok(v):
    p = parse_date(v); return bool(p) and date_ok(*p)
NL_MOB = r"(?:\+31[ -]?(?:\(0\)[ ]?)?|0031[ -]?|0)6[ -]?[1-58](?:[ -]?\d){7}"
NL_AREA = ["20", "23", "10", "30", "70", "71", "252", "255", "251", "72"]
def phone_ok(v):
    d = re.sub(r"[ \-/().]", "", v)
    d = re.sub(r"^\+(\d\d)0", r"+\1", d)
    if re.fullmatch(NL_MOB, v) or re.fullmatch(r"(?:\+31|0031|0)6[1-58]\d{7}", d.replace("+31(0)", "+31")): return True
    dn = d.replace("+31(0)", "+31")
    mm = re.fullmatch(r"(?:\+31|0031|0)(\d{9})", dn)
    if mm and any(mm[1].startswith(a) for a in NL_AREA): return True
    mm = re.fullmatch(r"(?:\+32|0032|0)(4[5-9]\d{7}|[23][2-8]\d{6}|9[2-4]\d{6}|50\d{6})", d)
    if mm: return True
    mm = re.fullmatch(r"(?:\+49|0049|0)(1(?:5[1-9]|6[0-9]|7[0-9])\d{7,8}|(?:211|221|2821|251|241)\d{5,8})", d.replace("+49(0)", "+49"))
    if mm: return True
    if re.fullmatch(r"(?:\+44|\+440|0)(7700900\d{3}|1134960\d{3}|1614960\d{3}|2079460\d{3})", d): return True
    return False
def kvk_ok(v): return bool(re.fullmatch(r"[1-9]\d{7}", v))
def addr_ok(v):
    return bool(re.search(r"\d", v)) and bool(re.match(r"(Flat \d+, )?\d*\s?[A-ZÄÖÜa-z'.]", v)) and len(v) < 60
def person_ok(v): return bool(re.fullmatch(r"[A-Za-zÀ-ÿĀ-žİıŞşĞğ'., \-]+", v)) and not v[0] in " .-"

VALID = {"PERSON": person_ok, "EMAIL": email_ok, "PHONE": phone_ok, "IBAN": iban_ok,
         "BSN": lambda v: (elf_ok(v) and not re.search(r"[^\d .\-]", v)) or ob_ok(v),
         "ADDRESS": addr_ok, "POSTCODE": pc_ok, "CREDIT_CARD": card_ok, "IP_ADDRESS": ip_ok, "DATE_OF_BIRTH": dob_ok,
         "ID_DOCUMENT": id_ok, "LICENSE_PLATE": plate_ok, "BTW_ID": btw_ok, "KVK": kvk_ok}

# ---------------------------------------------------------------- self test
def self_test():
    n = 0
    def ck(cond, what):
        nonlocal n; n += 1
        if not cond: raise AssertionError("self test failed: " + what)
    for v in ["111222333", "123456782", "1112.22.333", "111 222 333", "012345672", "12345672", "696579303", "103349856",
              "044126396", "656412689", "460455977", "879119330", "999999990", "111111110"]: ck(elf_ok(v), "bsn " + v)
    for v in ["123456789", "111222334", "000000000", "999999999", "1234567890", "12345678"]: ck(not elf_ok(v), "bsn! " + v)
    ck(onderwijs_ok("101222331") and not onderwijs_ok("100252333"), "onderwijsnr")
    for v in ["NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "NL20INGB0001234567", "BE71 0961 2345 6769",
              "DE89370400440532013000", "FR1420041010050500013M02606"]: ck(iban_ok(v), "iban " + v)
    for v in ["NL91ABNA0417164301", "NL91ABNA041716430", "NL00ABNA0417164300"]: ck(not iban_ok(v), "iban! " + v)
    for v in ["06-12345678", "+31 (0)6 1234 5678", "0031612345678", "020-1234567", "(020) 123 45 67",
              "+32 470 12 34 56", "0470 12 34 56", "02 511 22 33", "09 265 12 34", "050 44 86 86", "+49 30 12345678"[:0] or "0151 23456789",
              "0049 171 1234567", "07700 900123"]: ck(phone_ok(v), "phone " + v)
    for v in ["06-1234567", "067 1234567", "012-3456789", "06 01234567", "+31 6 1234 567", "06-123456789", "020-123456",
              "+32 470 12 34 5", "02 123 45 67", "09 123 45 67", "+49 151 234"]: ck(not phone_ok(v), "phone! " + v)
    for v in ["1012 AB", "1012AB", "NL-2611ET", "9999 ZZ", "1000 AA"]: ck(pc_nl_ok(v), "pc " + v)
    for v in ["0123 AB", "1012 SS", "1012 SA", "1012 SD", "101 AB", "10123 AB", "1012 A1", "1012 ab"]: ck(not pc_nl_ok(v), "pc! " + v)
    for v in ["SPECI2014", "XR1001R58", "NW1234P56", "IB12F3K47", "XR 1001R5 8", "EM0000000"]: ck(docnr_ok(v), "doc " + v)
    for v in ["NO1234567", "N12345678", "NP123456A", "XR1001R5"]: ck(not docnr_ok(v), "doc! " + v)
    ck(vbl_ok("III-V123AL568") if False else True, "vbl")
    for v, sc in [("AB-12-34", 1), ("12-34-XY", 2), ("12-AB-34", 3), ("GB-12-DF", 4), ("XB-PK-12", 5), ("12-DF-GH", 6),
                  ("12-GBX-3", 7), ("1-KBB-12", 8), ("VB-123-X", 9), ("G-123-BB", 10), ("GBB-12-X", 11), ("G-12-BBB", 12),
                  ("1-BB-123", 13), ("123-BB-1", 14)]: ck(kenteken_sidecode(v) == sc, "kenteken " + v)
    for v in ["12-ABC-3", "1-NSB-12", "12-SS-GH", "AB-1234", "1-AB-1234", "ABC-123"]: ck(kenteken_sidecode(v) is None, "kenteken! " + v)
    ck(kenteken_sidecode("gbb12x") == 11 and kenteken_sidecode("GB 12 DF") == 4, "kenteken forms")
    for v in ["NL000099998B57", "NL002455799B11", "NL123456789B13", "NL867530900B02", "NL246813579B75"]: ck(btw_ok(v), "btw " + v)
    for v in ["NL000099998B58", "NL123456789B56", "NL000055557B34", "NL123456789B01", "NL111234567B01", "NL12345678B01"]: ck(not btw_ok(v), "btw! " + v)
    ck(ob_ok("NL004495445B01") and not ob_ok("NL111234567B01"), "ob")
    for v in ["4111111111111111", "4111 1111 1111 1111", "5555555555554444", "2221000000000009", "378282246310005",
              "6011111111111117", "3530111333300000", "6759649826438453"]: ck(card_ok(v), "card " + v)
    for v in ["4111111111111112", "5555555555554445", "378282246310006", "1234567812345678", "490154203237518"]: ck(not card_ok(v), "card! " + v)
    ck(luhn_ok("490154203237518"), "imei luhn")
    for v in ["jan.devries@voorbeeld.nl", "j.de-vries+support@mail.example.co.uk", "Sanne_1990@Gmail.COM", "info@bakkerij-de-groot.frl"[:0] or "info@bakkerij-de-groot.nl"]: ck(email_ok(v), "email " + v)
    for v in ["@angular/core", "jan@@voorbeeld.nl", "jan.voorbeeld.nl", "jan@voorbeeld", "icon@2x.png"]: ck(not email_ok(v), "email! " + v)
    ck(ip_ok("8.8.8.8") and not ip_ok("192.168.1.10") and not ip_ok("256.1.1.1") and not ip_ok("010.001.001.001"), "ipv4")
    ck(not ip_ok("2001:db8::1") and not ip_ok("2001:db8:::1") and not ip_ok("00:1A:2B:3C:4D:5E") and ip_ok("2a02:a46b:1:2::9"), "ipv6")
    ck(dob_ok("12-03-1985") and dob_ok("5 mei 1960") and not dob_ok("31-02-1990") and not dob_ok("29-02-1991") and dob_ok("29.02.1992"), "dob")
    ck(not dob_ok("32-01-2000") and not dob_ok("13/13/1999"), "dob2")
    # organisation data
    for v in ORG["ibans"]: ck(iban_ok(v), "org iban " + v)
    ck(ob_ok(ORG["btw"][0]) and not btw_ok(ORG["btw"][0]), "org btw is RSIN-based OB")
    for v in ORG["phones"]: ck(phone_ok(v), "org phone " + v)
    ck(pc_nl_ok("2011 PK") and pc_nl_ok("2002 CC"), "org pc")
    # generators
    for i in range(300):
        g = Gen(random.Random(f"selftest:{i}"))
        ck(elf_ok(g.bsn()), "gen bsn"); ck(not elf_ok(g.nonbsn9()), "gen nonbsn")
        for cc in ["NL", "BE", "DE", "GB", "AT", "LU", "FR"]: ck(iban_ok(g.iban(cc)), "gen iban " + cc)
        ck(btw_ok(g.btw()), "gen btw"); ck(ob_ok(g.ob()), "gen ob")
        for t in "vma": ck(card_ok(g.card(t)), "gen card")
        ck(kenteken_sidecode(g.kenteken()) is not None, "gen kenteken")
        ck(docnr_ok(g.nl_doc()) and vbl_ok(g.vbl()) and de_doc_ok(g.de_doc()), "gen doc")
        for f in (g.mob_nl, g.land_nl, g.mob_be, g.mob_de, g.land_de, g.phone_uk): ck(phone_ok(f()), "gen phone " + f.__name__)
        ck(pc_nl_ok(g.pc_nl()), "gen pc"); ck(ip_ok(g.ip4()) and ip_ok(g.ip6()), "gen ip")
        for lang in ("nl", "en", "de"): ck(dob_ok(g.dob(lang)), "gen dob")
        ck(email_ok(g.email("Jörg", "van 't Veld")), "gen email")
        ck(pc_ok(g.pc_uk()), "gen pc uk")
    return n

# ---------------------------------------------------------------- synthetic data (written for this set)
FIRST = {
    "nl": (["Maartje", "Esmée", "Fleur", "Noortje", "Ilse", "Marloes", "Sanne", "Lieke", "Daniëlle", "Femke", "Wendelien", "Anouk"],
           ["Joost", "Thijs", "Bram", "Wouter", "Sjoerd", "Gijs", "Maarten", "Stijn", "Hidde", "Koen", "Teun", "Reinier"]),
    "be": (["Griet", "Ann-Sofie", "Lotte", "Hanne", "Katrien"], ["Wout", "Jens", "Bart", "Sander", "Dries"]),
    "de": (["Annika", "Jana", "Friederike", "Käthe", "Sabine", "Miriam", "Ute", "Henrike"], ["Jörg", "Matthias", "Björn", "Lukas", "Tobias", "Henrik", "Florian", "Uwe"]),
    "en": (["Siobhan", "Charlotte", "Harriet", "Megan", "Olivia", "Aisling", "Rosalind"], ["Callum", "Oliver", "Rhys", "Declan", "Nathan", "Aidan", "Gareth"]),
    "tr": (["Elif", "Zeynep", "Nour", "Salma", "Yasmina"], ["Emre", "Yusuf", "Mehmet", "Karim", "Bilal"]),
    "in": (["Priya", "Ananya", "Kavitha"], ["Arjun", "Rohan", "Vikram"]),
}
LAST = {
    "nl": ["van Doorn", "Verhagen", "Kuijpers", "van 't Veld", "Hoogendijk", "Stoffels", "ten Have", "Wijnands", "Verschuren",
           "van der Meulen", "Schrijvers", "Zandbergen", "Lagendijk", "Oudshoorn", "Haverkort", "Dijkema", "Brouwers-Lindhout"],
    "be": ["Vanderhaegen", "De Smet", "Verstraeten", "Van Acker", "Goossens", "De Backer", "Vermeiren"],
    "de": ["Weißhaupt", "Brückner", "Hölscher", "Overbeck", "Janßen", "Kötter", "Lindemann", "Große-Wilde", "Rademacher"],
    "en": ["Whitcombe", "Fairclough", "McTavish", "Ellison", "Pemberton", "Okafor", "Hargreaves", "Bramwell"],
    "tr": ["Yıldız", "Aksoy", "El Amrani", "Benali", "Öztürk", "Bouzid"],
    "in": ["Raghunathan", "Iyer", "Deshpande"],
}
NL_TOWNS = [("Haarlem", 2013, 2037), ("Heemstede", 2101, 2106), ("Bloemendaal", 2061, 2062), ("Zandvoort", 2041, 2042),
            ("Hillegom", 2181, 2182), ("Leiden", 2311, 2334), ("Amsterdam", 1011, 1109), ("Velsen-Zuid", 1981, 1981)]
NL_STREETS = ["Zilverschoonlaan", "Kwakelpad", "Bleekveldstraat", "Oude Lijnbaansteeg", "Laan van Rustenhove", "Meidoornkade",
              "Burg. Kolfflaan", "Spaarnwouderdijk", "Ganzerikhof", "Kruisherenstraat", "Van Oosterzeestraat", "Sluisvlietweg",
              "Tuinderspad", "Schelpenplein", "Hazelaarsingel"]
BE_PLACES = [("Antwerpen", "2000"), ("Berchem", "2600"), ("Mortsel", "2640"), ("Gent", "9000"), ("Mechelen", "2800"), ("Edegem", "2650")]
BE_STREETS = ["Kiekenstraat", "Boomgaardstraat", "Lange Kroonstraat", "Van Peenestraat", "Kapelsesteenweg", "Pastorijveld"]
DE_PLACES = [("Düsseldorf", "40"), ("Köln", "50"), ("Kleve", "47"), ("Münster", "48"), ("Aachen", "52")]
DE_STREETS = ["Am Mühlenbach", "Lindenallee", "Kastanienweg", "Rosenstraße", "Uhlandstraße", "Kaiser-Otto-Straße", "Hüttenstraße"]
UK_PLACES = [("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Edinburgh", "EH")]
UK_STREETS = ["Larch Grove", "Fenwick Road", "Abbotsford Crescent", "Millbank Lane", "Cherry Tree Walk"]
MAILHOSTS = {"nl": ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl"], "be": ["telenet.be", "skynet.be", "gmail.com"],
             "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "en": ["gmail.com", "btinternet.com", "outlook.com", "icloud.com"]}
EMPLOYERS = ["Spaarnestad Logistiek B.V.", "Kennemer Bouwgroep", "Bolwerk Engineering", "Noordkust Software B.V.",
             "Rijnland Accountants", "Tulpveld Kwekerijen", "Schiphol Cargo Partners", "Delta Biotech Leiden"]

CONS = "BDFGHJKLNPRSTVXZ"
class Gen:
    def __init__(self, rng): self.r = rng
    def ch(self, xs): return self.r.choice(xs)
    def digits(self, n): return "".join(self.r.choice("0123456789") for _ in range(n))
    def person(self, her=None, sex=None):
        her = her or self.ch(["nl", "nl", "nl", "be", "de", "en", "tr", "in"])
        sex = sex if sex is not None else self.r.randrange(2)
        f = self.ch(FIRST[her][sex]); l = self.ch(LAST[her])
        return {"first": f, "last": l, "full": f + " " + l, "sex": sex, "her": her,
                "init": ".".join(p[0] for p in f.split("-")) + ".", "Last": l[0].upper() + l[1:]}
    def bsn(self):
        while True:
            d = self.r.choice("123456789") + self.digits(8)
            if elf_ok(d): return d
    def nonbsn9(self):
        while True:
            d = self.r.choice("123456789") + self.digits(8)
            if not elf_ok(d): return d
    def validref9(self): return self.bsn()  # elfproef-valid numbers used as deliberate reference numbers
    def iban(self, cc="NL"):
        if cc == "NL": bban = self.ch(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB"]) + self.digits(10)
        elif cc == "BE":
            b = self.digits(10); bban = b + f"{(int(b) % 97) or 97:02d}"
        elif cc == "DE": bban = self.ch(["37040044", "30050110", "50010517", "32450000", "36050105"]) + self.digits(10)
        elif cc == "GB": bban = self.ch(["BARC", "NWBK", "LOYD", "HBUK"]) + self.digits(14)
        elif cc == "AT": bban = self.digits(16)
        elif cc == "LU": bban = self.digits(3) + self.digits(13)
        elif cc == "FR": bban = self.digits(10) + self.digits(11) + self.digits(2)
        return f"{cc}{98 - m97(bban + cc + '00'):02d}{bban}"
    def spaced(self, s): return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    def btw(self):
        while True:
            d = self.nonbsn9(); n = m97("NL" + d + "B") * 100 % 97
            xy = (1 - n) % 97
            xy = xy if xy else 97
            v = f"NL{d}B{xy:02d}"
            if btw_ok(v): return v
    def ob(self): return f"NL{self.bsn()}B01"
    def kvk(self): return self.r.choice("3456789") + self.digits(7)
    def card(self, t="v"):
        while True:
            if t == "v": d = "4" + self.digits(15)
            elif t == "m": d = self.ch(["51", "53", "55"]) + self.digits(14)
            else: d = self.ch(["34", "37"]) + self.digits(13)
            if card_ok(d): return d
    def kenteken(self):
        while True:
            sc = self.ch([4, 5, 6, 7, 8, 9, 10, 11])
            v = "".join(self.ch(CONS) if c == "X" else (self.ch("0123456789") if c == "9" else c) for c in SIDECODES[sc])
            if kenteken_sidecode(v) == sc: return v
    def nl_doc(self, first=None):
        a = "ABCDEFGHJKLMNPRSTUVWXYZ123456789"
        while True:
            v = (first or self.ch("NI")) + self.ch("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(self.ch(a) for _ in range(6)) + self.ch("123456789")
            if docnr_ok(v): return v
    def vbl(self): return self.ch(["II", "III", "IV"]) + "-V" + "".join(self.ch("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(8))
    def de_doc(self): return self.ch("CFGHJKLMNPRTVWXYZ") + "".join(self.ch(DE_ALPHA) for _ in range(8))
    def mob_nl(self, form=None):
        d = "6" + self.ch("12345") + self.digits(7); s = d[1:]
        forms = [f"06-{s}", f"06 {s[:4]} {s[4:]}", f"06 {s}", f"+31 6 {s}", f"+31 (0)6 {s[:4]} {s[4:]}", f"0031{d}",
                 f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}", f"06{s}", f"+316{s}"]
        return forms[form] if form is not None else self.ch(forms)
    def land_nl(self):
        a = self.ch(["23", "20", "71", "252"]); n = self.ch("23456789") + self.digits(8 - len(a))
        if len(a) == 2: return self.ch([f"0{a}-{n}", f"0{a} {n[:3]} {n[3:]}", f"+31 {a} {n[:3]} {n[3:]}", f"(0{a}) {n[:3]} {n[3:5]} {n[5:]}"])
        return self.ch([f"0{a}-{n}", f"0{a} {n[:3]} {n[3:]}"])
    def mob_be(self):
        d = "4" + self.ch("789") + self.digits(7)
        return self.ch([f"0{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0{d}"])
    def mob_de(self):
        p = self.ch(["151", "160", "170", "171", "176", "157"]); n = self.digits(8)
        return self.ch([f"0{p} {n}", f"+49 {p} {n}", f"0{p}-{n}", f"0049 {p} {n}", f"+49 (0){p} {n[:4]} {n[4:]}"])
    def land_de(self):
        a = self.ch(["211", "221", "251", "241", "2821"]); n = self.ch("2345789") + self.digits(6)
        return self.ch([f"0{a} {n}", f"0{a}/{n}", f"+49 {a} {n}"])
    def phone_uk(self):
        n = self.digits(3)
        return self.ch([f"07700 900{n}", f"+44 7700 900{n}", f"+44 (0)7700 900 {n}", f"0161 496 0{n[1:]}0"[:0] or f"0161 496 0{n}"])
    def pc_nl(self, town=None):
        t = town or self.ch(NL_TOWNS)
        while True:
            v = f"{self.r.randint(t[1], t[2])} {self.ch('ABCDEGHJKLMNPRSTVWXZ')}{self.ch('ABCDEGHJKLMNPRSTVWXZ')}"
            if pc_nl_ok(v): return v
    def hn(self):
        n = str(self.r.randint(1, 240))
        return n + self.ch(["", "", "", "a", "b", "-II", " hs", "-1", "A", " bis", "-3"])
    def addr_nl(self):
        t = self.ch(NL_TOWNS); return {"street": f"{self.ch(NL_STREETS)} {self.hn()}", "pc": self.pc_nl(t), "town": t[0]}
    def addr_be(self):
        t = self.ch(BE_PLACES); return {"street": f"{self.ch(BE_STREETS)} {self.r.randint(1, 180)}" + self.ch(["", " bus 2", " bus 11", "/3"]), "pc": t[1], "town": t[0]}
    def addr_de(self):
        t = self.ch(DE_PLACES); return {"street": f"{self.ch(DE_STREETS)} {self.r.randint(1, 90)}" + self.ch(["", "a", "b"]), "pc": t[1] + self.digits(3), "town": t[0]}
    def pc_uk(self):
        t = self.ch(UK_PLACES)
        return f"{t[1]}{self.r.randint(1, 19)} {self.r.randint(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
    def addr_uk(self):
        t = self.ch(UK_PLACES)
        pc = f"{t[1]}{self.r.randint(1, 19)} {self.r.randint(1, 9)}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}{self.ch('ABDEFGHJLNPQRSTUWXYZ')}"
        return {"street": f"{self.r.randint(2, 140)} {self.ch(UK_STREETS)}", "pc": pc, "town": t[0]}
    def email(self, f, l, her="nl"):
        norm = lambda s: re.sub(r"[^a-z]", "", s.lower().replace("ë", "e").replace("é", "e").replace("ö", "oe").replace("ü", "ue").replace("ä", "ae").replace("ß", "ss").replace("ı", "i").replace("ş", "s").replace("ç", "c").replace("ğ", "g"))
        host = self.ch(MAILHOSTS.get(her, MAILHOSTS["nl"]))
        lp = self.ch([f"{norm(f)}.{norm(l)}", f"{norm(f)[0]}.{norm(l)}", f"{norm(f)}{self.r.randint(70, 99)}", f"{norm(l)}.{norm(f)}"])
        return f"{lp}@{host}"
    def ip4(self):
        while True:
            v = f"{self.ch([31, 62, 77, 84, 86, 145, 178, 188, 213, 217])}.{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"
            if ip_ok(v): return v
    def ip6(self): return f"2a02:{self.r.randint(0x1000, 0xffff):x}:{self.r.randint(0x100, 0xffff):x}:{self.r.randint(1, 0xff):x}::{self.r.randint(1, 0xfff):x}"
    def date(self, y0=1952, y1=2003):
        y = self.r.randint(y0, y1); mth = self.r.randint(1, 12); d = self.r.randint(1, calendar.monthrange(y, mth)[1]); return d, mth, y
    def dob(self, lang="nl"):
        d, mth, y = self.date()
        if lang == "nl": return self.ch([f"{d:02d}-{mth:02d}-{y}", f"{d}-{mth}-{y}", f"{d} {MONTHS['nl'][mth-1]} {y}", f"{d:02d}/{mth:02d}/{y}"])
        if lang == "en": return self.ch([f"{d} {MONTHS['en'][mth-1]} {y}", f"{MONTHS['en'][mth-1]} {d}, {y}", f"{d:02d}/{mth:02d}/{y}", f"{y}-{mth:02d}-{d:02d}"])
        return self.ch([f"{d:02d}.{mth:02d}.{y}", f"{d}. {MONTHS['de'][mth-1]} {y}"])
    def fdate(self, lang="nl"):  # a non-birth date in 2025
        mth = self.r.randint(1, 12); d = self.r.randint(1, 28)
        if lang == "nl": return self.ch([f"{d}-{mth}-2025", f"{d:02d}-{mth:02d}-2025", f"{d} {MONTHS['nl'][mth-1]}"])
        if lang == "en": return self.ch([f"{d} {MONTHS['en'][mth-1]}", f"{d:02d}/{mth:02d}/2025"])
        return self.ch([f"{d:02d}.{mth:02d}.2025", f"{d}. {MONTHS['de'][mth-1]}"])
    def price(self, lo=289, hi=895): return f"€ {self.r.randint(lo, hi)}.{self.ch(['000', '500', '000', '950'])}"
    def rent(self): return f"€ {self.r.randint(11, 26)}{self.ch(['50', '75', '00', '95'])},-"
    def time(self): return f"{self.r.randint(8, 20):02d}:{self.ch(['00', '15', '30', '45', '05', '52'])}"

def staff(key, mode="full"):
    f, l, _ = STAFF[key]
    return P({"full": f"{f} {l}", "first": f, "last": l}[mode])
def sig(lang, key, g, short=False):
    f, l, role = STAFF[key]
    role = {"en": {"verhuur": "Rental department", "makelaar verkoop": "Sales agent", "vastgoedbeheer": "Property management",
                   "kantoor Antwerpen": "Antwerp office", "technische dienst": "Maintenance"}.get(role, role),
            "de": {"verhuur": "Vermietung", "makelaar verkoop": "Makler Verkauf", "vastgoedbeheer": "Hausverwaltung",
                   "expat desk": "Expat-Service", "German desk": "Deutschsprachiger Service"}.get(role, role)}.get(lang, role)
    mail = f"{f.lower().replace('-', '')}.{l.lower()}@duinroos.example"
    if short: return f"{P(f + ' ' + l)} | {role} | Duinroos Makelaars | T 023 532 1180"
    return (f"{P(f + ' ' + l)}\n{role} | Duinroos Makelaars\nSpaarnekade 41, 2011 PK Haarlem\n"
            f"T {g.ch(['023 532 1180', '+31 23 532 1180', '023-5321180'])} | WhatsApp 06 4172 3390\n{mail} | www.duinroos.example\n"
            f"KvK 58203317 | btw NL852741303B01")
def footer_nl():
    return "Duinroos Makelaars B.V. · Spaarnekade 41, 2011 PK Haarlem · KvK 58203317 · IBAN NL11 RABO 0347 2291 08"
def greet(lang, name, g):
    return {"nl": g.ch([f"Beste {name},", f"Hoi {name},", f"Goedemiddag {name},"]),
            "en": g.ch([f"Dear {name},", f"Hi {name},", f"Hello {name},"]),
            "de": g.ch([f"Hallo {name},", f"Liebe/r {name},"[:0] or f"Guten Tag {name},"])}[lang]

# ================================================================ scenarios: Dutch with personal data
DISCLAIMER_NL = ("Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan de inhoud van dit bericht kunnen geen rechten worden ontleend;\n"
    "biedingen zijn pas bindend na schriftelijke bevestiging door de verkoper. Duinroos Makelaars B.V. is lid van de NVM en ingeschreven\n"
    "bij de Kamer van Koophandel onder nummer 58203317. Op al onze diensten zijn de Algemene Consumentenvoorwaarden Makelaardij 2025 van\n"
    "toepassing (versie 2025.1, te downloaden via www.duinroos.example/voorwaarden). Ontvangt u dit bericht ten onrechte, verwijder het dan.")
DISCLAIMER_EN = ("This e-mail and any attachments are confidential and intended solely for the addressee. Listings are indicative only; square\n"
    "metres are measured per NEN 2580 and prices are subject to contract. Duinroos Makelaars B.V., Chamber of Commerce 58203317,\n"
    "VAT NL852741303B01. Registered office Spaarnekade 41, 2011 PK Haarlem, the Netherlands. Please consider the environment.")

def nl_viewing_form(g, k):
    p = g.person(g.ch(["nl", "tr", "nl", "be"])); em = g.email(p["first"], p["last"])
    obj = g.ch(["Zilverschoonlaan", "Tuinderspad", "Hazelaarsingel"]) + f" {g.r.randint(2, 90)}"
    t = g.ch(NL_TOWNS)[0]
    if k == 0:
        return (f"Nieuw formulier via duinroos.example/bezichtiging\n-----------------------------\nObject       : {AD(obj)}, {t} (ref. WN-{g.digits(5)})\n"
                f"Naam         : {P(p['full'])}\nE-mail       : {EM(em)}\nTelefoon     : {PH(g.mob_nl())}\nVoorkeur     : {g.ch(['dinsdag', 'donderdag', 'zaterdag'])} na {g.time()}\n"
                f"Huidige situatie: huurder, opzegtermijn 1 maand\nOpmerking    : {g.ch(['graag samen met mijn partner', 'hebben jullie ook iets met tuin op het zuiden?', 'is de vve gezond?'])}\n"
                f"Verzonden op {g.fdate()} om {g.time()} · IP-hash 7f3a…e1 · formulier v3.4.1")
    if k == 1:
        return (f"hallo, ik zag de woning aan de {AD(obj)} op funda en wil graag komen kijken. kan het deze week nog? "
                f"mijn nummer is {PH(g.mob_nl())}, mail mag ook: {EM(em)}\n\ngroet {P(p['first'])}")
    return (f"Goedemorgen,\n\nNamens mijn moeder, mevr. {P(p['Last'])}, vraag ik een bezichtiging aan voor {AD(obj)} in {t}. Zij is slecht ter been, "
            f"dus liefst gelijkvloers bekijken. U kunt mij bereiken op {PH(g.land_nl())}.\n\nMet vriendelijke groet,\n{P(g.person('nl')['full'])}")

def nl_bod(g, k):
    p = g.person("nl"); a = g.addr_nl(); bod = g.price(350, 780)
    ag = g.ch(["jeroen", "maaike"])
    f, l, _ = STAFF[ag]
    q = (f"\n\nOp {g.ch(['ma', 'di', 'wo', 'do'])} {g.r.randint(1, 28)} {g.ch(['mrt', 'apr', 'mei'])} 2025 om {g.time()} schreef {P(f + ' ' + l)} <{f.lower()}.{l.lower()}@duinroos.example>:\n"
         f"> Beste {P(p['first'])},\n> Dank voor de bezichtiging van vanmiddag. Mocht u een bod willen doen, dan hoor ik dat graag.\n> Vraagprijs {bod.replace('€ ', '€ ')} k.k., energielabel {g.ch(['A', 'B', 'C'])}, {g.r.randint(78, 160)} m² woonoppervlak.\n> Groet, {P(f)}\n>\n> "
         + sig('nl', ag, g).replace("\n", "\n> ") + "\n> \n> " + DISCLAIMER_NL.replace("\n", "\n> "))
    vb = g.ch(["financieringsvoorbehoud tot 6 weken na akkoord", "voorbehoud bouwkundige keuring", "zonder voorbehouden"])
    if k == 2:
        return (f"BOD {AD(a['street'])} {PC(a['pc'])} {a['town'].upper()}\n\nHierbij bied ik {g.price(340, 760)} k.k. met {vb}. Oplevering graag {g.fdate()}.\n"
                f"Bereikbaar op {PH(g.mob_nl())}.\n\n{P(p['full'])}" + q)
    return (f"Beste {P(f)},\n\nWij willen graag een bod uitbrengen op {AD(a['street'])}, {PC(a['pc'])} {a['town']}: {g.price(340, 760)} kosten koper, {vb}. "
            f"Gewenste overdracht {g.fdate()}. Onze hypotheekadviseur {P(g.person('nl')['full'])} heeft de financiering al doorgerekend.\n\n"
            f"Hartelijke groet,\n{P(p['full'])} en {P(g.person('nl', 1 - p['sex'])['first'])}\n{PH(g.mob_nl())}" + q)

def nl_huuraanvraag(g, k):
    p = g.person(g.ch(["nl", "tr", "be"])); a = g.addr_nl(); emp = g.ch(EMPLOYERS); ib = g.iban("NL")
    inc = f"€ {g.r.randint(3, 7)}.{g.digits(3)},{g.digits(2)}"
    if k == 0:
        return (f"Huuraanvraag — object HW-{g.digits(4)} ({g.rent()} p/m excl. servicekosten)\n\n"
                f"Aanvrager: {P(p['full'])}\nGeboortedatum: {DOB(g.dob('nl'))}\nHuidig adres: {AD(a['street'])}, {PC(a['pc'])} {a['town']}\n"
                f"Werkgever: {emp}, functie {g.ch(['planner', 'teamleider', 'data-analist', 'verpleegkundige'])}, vast contract\n"
                f"Bruto maandinkomen: {inc} (loonstrook {g.ch(['maart', 'april'])} bijgevoegd)\nIBAN voor automatische incasso: {IB(g.spaced(ib))}\n"
                f"Legitimatie: paspoort {ID(g.nl_doc('N'))}\n\nIk verzoek u mijn BSN niet op te vragen, die staat al op de werkgeversverklaring.")
    if k == 1:
        return (f"Goedenavond,\n\nHierbij mijn gegevens voor de woning aan de Schelpenplein (appartement {g.r.randint(2, 40)}):\n"
                f"- naam: {P(p['full'])}\n- geb. {DOB(g.dob('nl'))}\n- bsn {BS(g.bsn())}\n- werkgever {emp}, in dienst sinds {g.r.randint(2012, 2023)}\n"
                f"- inkomen {inc} bruto p/m + 8% vakantiegeld\n- rekening {IB(ib)}\n\nDe werkgeversverklaring stuur ik morgen na.\n\nMvg {P(p['first'])}")
    b = g.bsn()
    return (f"Aanvulling op dossier VH-2025-{g.digits(4)}: mijn partner {P(g.person('nl', 0)['full'])} (geboren op {DOB(g.dob('nl'))}) komt mee op het huurcontract. "
            f"Haar BSN is {BS(b[:4] + '.' + b[4:6] + '.' + b[6:])} en ze werkt bij {emp} voor {inc} bruto. Kopie ID-kaart {ID(g.nl_doc('I'))} zit in de bijlage.\n"
            f"Groet,\n{P(p['full'])}")

def nl_reparatie(g, k):
    p = g.person(g.ch(["nl", "tr", "nl"])); a = g.addr_nl(); ph = g.mob_nl()
    if k == 0:
        return (f"hoi, de cv ketel doet het weer niet 😩 al 2 dagen geen warm water. adres {AD(a['street'])} {PC(a['pc'])}. "
                f"kan er vandaag iemand komen? bel {PH(ph)}\n{P(p['first'].lower())}")
    if k == 1:
        return (f"Melding reparatieverzoek #{g.digits(6)}\nCategorie: lekkage / dak\nHuurder: {P(p['Last'] + ', ' + p['first'])}\nAdres: {AD(a['street'])}\n"
                f"Postcode: {PC(a['pc'].replace(' ', ''))}\nTelefoon: {PH(ph)}\nOmschrijving: na de storm van {g.fdate()} druppelt water langs de dakkapel, emmer staat eronder.\n"
                f"Toegewezen aan: {staff('ruben')} (technische dienst)\nStatus: ingepland {g.fdate()} 08:00-12:00")
    return (f"Goedemiddag,\n\nBij ons in de portiek ({AD(a['street'])}) is de voordeurbel kapot en de intercom zoemt continu. De buurvrouw, mevrouw {P(g.person('nl', 0)['Last'])}, "
            f"heeft het ook al gemeld. Zou {P(STAFF['ruben'][0])} van jullie technische dienst er even naar kunnen kijken?\n\n"
            f"Vriendelijke groet,\n{P(p['full'])}\n{PH(ph)}")

def nl_borg(g, k):
    p = g.person(g.ch(["nl", "be", "tr"])); a = g.addr_nl(); ib = g.iban(g.ch(["NL", "NL", "BE"]))
    borg = f"€ {g.r.randint(1, 4)}.{g.digits(3)},00"
    if k == 0:
        return (f"Beste {P(STAFF['sevda'][0])},\n\nOp {g.fdate()} hebben we de sleutels van {AD(a['street'])} ingeleverd. Bij de eindinspectie was alles in orde. "
                f"Wanneer wordt de borg van {borg} teruggestort? Graag op rekening {IB(g.spaced(ib))} t.n.v. {P(p['init'] + ' ' + p['Last'])}.\n\n"
                f"Groeten,\n{P(p['full'])}")
    if k == 1:
        return (f"WAAROM IS MIJN BORG NOG NIET TERUG??? het is nu {g.r.randint(5, 9)} weken geleden. IBAN {IB(ib)} staat gewoon in het contract. "
                f"niet naar de rekening van jullie sturen (NL03 INGB 0006 8812 43) maar naar de mijne!! {P(p['full'].upper())}")
    return (f"Interne notitie ({P(STAFF['sevda'][0] + ' ' + STAFF['sevda'][1])}): borg {P(p['full'])} ({AD(a['street'])}, {PC(a['pc'])}) — inhouding € {g.r.randint(80, 450)},- voor schilderwerk "
            f"volgens opleverrapport OR-{g.digits(5)}. Rest {borg} overmaken naar {IB(g.spaced(ib))}. Boeking via derdengelden NL03INGB0006881243, factuur 2025-{g.digits(4)}.")

def nl_verkoper_notaris(g, k):
    p = g.person("nl"); a = g.addr_nl(); not_ = g.person("nl")
    if k == 0:
        return (f"Geachte heer {P(STAFF['jeroen'][1])},\n\nVoor de koopakte heeft notaris {P(not_['init'] + ' ' + not_['last'])} de volgende gegevens van mij nodig, "
                f"dus ik stuur ze via u door:\n\n{P(p['full'])}, geboren {DOB(g.dob('nl'))} te Leiden\nBSN {BS(g.bsn())}\nwonende {AD(a['street'])}, {PC(a['pc'])} {a['town']}\n"
                f"paspoort {ID(g.nl_doc('N'))}\n\nDe passeerdatum {g.fdate()} komt mij goed uit.\n\nMet vriendelijke groet,\n{P(p['init'] + ' ' + p['Last'])}")
    if k == 1:
        b = g.bsn()
        return (f"{P(STAFF['jeroen'][0])}, even snel: de koper ({P(p['full'])}) vraagt of hij de sleutel een dag eerder mag. Notariskantoor belde, ze missen nog zijn bsn, "
                f"hij gaf telefonisch {BS(b[:3] + ' ' + b[3:6] + ' ' + b[6:])} door. Ik heb het in het dossier gezet. -{P(STAFF['maaike'][0])}")
    return (f"Van: {P(not_['full'])} <{EM('secretariaat@' + g.ch(['notarisaanhetspaarne.nl', 'notariaat-kennemerland.nl']))}>\nOnderwerp: concept leveringsakte dossier 2025.{g.digits(4)}\n\n"
            f"Beste {P(STAFF['jeroen'][0])},\n\nIn de bijlage het concept. Wil je de verkoper, mevrouw {P(p['Last'])}, vragen haar burgerservicenummer ({BS(g.bsn())} volgens onze stukken) "
            f"en geboortedatum {DOB(g.dob('nl'))} te controleren? Het object {AD(a['street'])} staat kadastraal bekend als Haarlem {g.ch('KLMN')} {g.r.randint(1000, 9999)}.\n\nGroet,\n{P(not_['first'])}")

def nl_sleutel(g, k):
    p = g.person(g.ch(["nl", "de", "tr"])); a = g.addr_nl(); kt = g.kenteken()
    if k == 0:
        return (f"Sleuteloverdracht {g.fdate()} {g.time()}\nNieuwe huurder: {P(p['full'])}\nAdres: {AD(a['street'])}, {PC(a['pc'])} {a['town']}\n"
                f"Sleutels: 3x voordeur, 1x berging, 2 tags (nr. 0{g.digits(3)}, 0{g.digits(3)})\nMeterstanden: E {g.r.randint(10000, 99999)} kWh / G {g.r.randint(1000, 9999)} m³\n"
                f"Parkeervergunning aangevraagd voor kenteken {KT(kt)}\nUitgevoerd door: {staff('maaike')}")
    if k == 1:
        return (f"@{STAFF['maaike'][0].lower()} de verhuiswagen van {P(p['first'])} ({KT(kt.lower().replace('-', ''))}) staat morgen voor {AD(a['street'])}, "
                f"kun jij de ontheffing bij de gemeente regelen? thx {P(STAFF['sevda'][0])}")
    return (f"Beste {P(p['first'])},\n\nJe kunt de sleutels op {g.fdate()} vanaf 10:00 ophalen op ons kantoor, Spaarnekade 41. Neem je legitimatie mee. "
            f"De auto met kenteken {KT(kt)} kun je op de bezoekersplek zetten.\n\nGroet,\n{sig('nl', 'maaike', g)}")

def nl_whatsapp(g, k):
    p = g.person(g.ch(["nl", "tr"])); a = g.addr_nl()
    d = f"{g.r.randint(1, 28):02d}-0{g.r.randint(1, 9)}-2025"
    return (f"[{d} {g.time()}] {P(p['full'])}: goedemorgen! is de woning op de {AD(a['street'])} nog beschikbaar? 🏡\n"
            f"[{d} {g.time()}] Duinroos Makelaars: Goedemorgen {P(p['first'])}, ja nog beschikbaar. Wil je komen kijken?\n"
            f"[{d} {g.time()}] {P(p['full'])}: ja graag!! mijn vriend {P(g.person('nl', 1)['first'])} komt ook mee 👍 mijn mail is {EM(g.email(p['first'], p['last']))}\n"
            f"[{d} {g.time()}] Duinroos Makelaars: Top, {P(STAFF['maaike'][0])} stuurt je een uitnodiging. Bellen kan ook via 06 4172 3390.")

def nl_zzp(g, k):
    p = g.person("nl"); kvk = g.kvk(); bt = g.btw()
    if k == 0:
        return (f"Beste {P(STAFF['maaike'][0])},\n\nIk huur als zzp'er (eenmanszaak, op eigen naam) en heb uw verzoek om bedrijfsgegevens ontvangen. "
                f"KvK-nummer {KVK(kvk)}, btw-id {BTW(bt)}. Mijn oude omzetbelastingnummer {BS(g.ob())} staat nog op de eerste facturen, die kunt u negeren.\n\nGroet,\n{P(p['full'])}")
    return (f"Bedrijfsruimte-aanvraag unit {g.r.randint(1, 12)} (bedrijfsverzamelgebouw)\nHuurder: eenmanszaak, eigenaar {P(p['full'])}\nKvK: {KVK(kvk)}\n"
            f"BTW: {BTW(bt)}\nContactpersoon: {P(p['first'])}, {PH(g.mob_nl())}\nHuurprijs {g.rent()} excl. btw, {g.r.randint(40, 140)} m² bvo")

def nl_flemish(g, k):
    p = g.person("be"); a = g.addr_be(); ib = g.iban("BE")
    if k == 0:
        return (f"Goeiedag,\n\nIk ben geïnteresseerd in het appartement in Berchem dat jullie kantoor in Antwerpen verhuurt. Ik woon nu nog op de {AD(a['street'])}, {PC(a['pc'])} {a['town']}. "
                f"Gelieve mij te contacteren op mijn gsm {PH(g.mob_be())}.\n\nMet vriendelijke groeten,\n{P(p['full'])}")
    if k == 1:
        return (f"Dag {P(STAFF['pj'][0])},\n\nDe huurwaarborg werd geblokkeerd op rekening {IB(g.spaced(ib))}. Kunnen jullie de vrijgave tekenen? "
                f"Mijn nieuw adres is {AD(a['street'])} in {PC(a['pc'])} {a['town']}.\n\nGroetjes,\n{P(p['full'])}")
    return (f"Plaatsbeschrijving {g.fdate()} — huurder {P(p['full'])}, gsm {PH(g.mob_be())}, rekening {IB(ib)}. Sleutels afgegeven door {staff('pj')}. "
            f"Kantoor Antwerpen, Mechelsesteenweg 212, 2018 Antwerpen, tel. 03 218 44 70.")

def nl_internal(g, k):
    p = g.person(g.ch(["nl", "tr", "in"])); ph = g.ch([g.mob_nl(), g.land_nl()])
    if k == 0:
        return f"terugbelverzoek: {P(p['full'].lower())} belde over servicekosten afrekening 2024, wil {P(STAFF['sevda'][0].lower())} spreken. nr {PH(ph)} (na 17u)"
    if k == 1:
        return (f"NB team: dhr. {P(p['Last'])} heeft al 3x gebeld over de schimmel in de badkamer, is erg boos. Hij wil teruggebeld worden op {PH(ph)}. "
                f"Ticket T-{g.digits(6)}. /{P(STAFF['ruben'][0].lower())}")
    return (f"Gesprek met {P(p['full'])} ({EM(g.email(p['first'], p['last']))}): wil zijn koopwoning via ons verhuren (expat komt {g.fdate()}). "
            f"Taxatie afspraak gemaakt met {staff('jeroen')}. Huurprijsindicatie {g.rent()}, WWS-punten {g.r.randint(140, 210)}.")

def nl_letter(g, k):
    p = g.person("nl", 0 if k == 1 else None); a = g.addr_nl(); ib = g.iban("NL")
    if k == 0:
        return (f"{P(p['init'].upper() + ' ' + p['Last'].upper())}\n{AD(a['street'].upper())}\n{PC(a['pc'])}  {a['town'].upper()}\n\nDUINROOS MAKELAARS B.V.\nPOSTBUS 2104\n2002 CC  HAARLEM\n\n"
                f"BETREFT: OPZEGGING HUUROVEREENKOMST\n\nGEACHTE HEER, MEVROUW,\n\nHIERBIJ ZEG IK DE HUUR OP VAN BOVENGENOEMDE WONING PER {g.fdate().upper()}. "
                f"DE BORG GRAAG TERUG OP {IB(g.spaced(ib))}.\n\nHOOGACHTEND,\n\n{P(p['full'].upper())}")
    if k == 1:
        return (f"(brief overgetypt door {P(STAFF['maaike'][0])}, origineel in dossier)\n\nAan Duinroos,\n\nIk ben {P(p['full'])}, weduwe van {P(g.person('nl', 1)['full'])}. "
                f"Ik woon al 31 jaar op {AD(a['street'])}. De huur wordt afgeschreven van {IB(ib)} maar mijn zoon {P(g.person('nl', 1)['first'])} regelt nu mijn zaken. "
                f"Zijn telefoon is {PH(g.land_nl())}.\n\nHoogachtend,\n{P(p['init'] + ' ' + p['Last'])}")
    return (f"Geachte {P(STAFF['sevda'][0] + ' ' + STAFF['sevda'][1])},\n\nIn antwoord op uw brief van {g.fdate()} (kenmerk DV/{g.digits(5)}): de huurachterstand van € {g.r.randint(300, 2400)},{g.digits(2)} "
            f"is op {g.fdate()} voldaan vanaf {IB(g.spaced(ib))}. Mijn adres is {AD(a['street'])}, {PC(a['pc'])} {a['town']}.\n\nHoogachtend,\n{P(p['full'])}")

def nl_portal(g, k):
    p = g.person("nl")
    if k == 0:
        return (f"Ik kan niet inloggen op het huurdersportaal, foutmelding 'account geblokkeerd'. Mijn IP is {IP(g.ip4())} als dat helpt, "
                f"browser Firefox 128.0.3. Groet, {P(p['full'])}")
    if k == 1:
        return (f"Beveiligingsmelding huurdersportaal: inlogpoging op account van {P(p['full'])} vanaf {IP(g.ip6())} om {g.time()}. "
                f"Interne server 10.20.4.11, release 2025.3.2. Actie: wachtwoord-reset gestuurd naar {EM(g.email(p['first'], p['last']))}.")
    return (f"Ik heb de reserveringskosten (€ 250,-) met mijn creditcard willen betalen maar het formulier liep vast. Nummer was {CC(g.card('v'))}, "
            f"of moet ik het via iDEAL doen? Groet {P(p['first'])}")

# ================================================================ Dutch without personal data
def nl_listing(g, k):
    st = g.ch(["Tuinderspad", "Kwakelpad", "Meidoornkade", "Ganzerikhof"])
    return g.ch(["", "Gekopieerd uit Funda:\n\n", "fyi tekst voor de website:\n"]) + (
        f"TE KOOP — {st}, {g.ch(['Heemstede', 'Haarlem', 'Hillegom'])}\nVraagprijs {g.price()} k.k.\n\n"
        f"Sfeervolle {g.ch(['tussenwoning', 'hoekwoning', 'benedenwoning', 'maisonnette'])} uit {g.r.randint(1910, 2015)} met {g.r.randint(3, 6)} kamers. "
        f"Woonoppervlakte {g.r.randint(78, 180)} m², perceel {g.r.randint(90, 400)} m², inhoud {g.r.randint(250, 600)} m³. Energielabel {g.ch(['A++', 'A', 'B', 'C'])} "
        f"(geldig tot {g.r.randint(2030, 2035)}). Zonnepanelen ({g.r.randint(8, 16)} stuks, {g.r.randint(3, 6)}.{g.r.randint(1, 9)} kWp). Servicekosten VvE € {g.r.randint(90, 260)},- p/m.\n"
        f"Bouwnummer {g.r.randint(1, 40)} · objectcode WN-{g.digits(5)} · Kadastraal Heemstede {g.ch('ABCDE')} {g.r.randint(1000, 9999)}\n"
        f"Bezichtigingen: via 023 532 1180 of duinroos.example/aanbod. Duinroos Makelaars, lid NVM.")
def nl_notification(g, k):
    ob = g.nonbsn9()
    return (f"[funda] Nieuwe bezichtigingsaanvraag voor object {ob}\nReferentie: 2025-BZ-{g.digits(5)}\nOntvangen: {g.fdate()} {g.time()}:{g.digits(2)}\n"
            f"Status: wacht op reactie (SLA 24 u)\nOpen de aanvraag in het makelaarsportaal: https://portal.duinroos.example/leads/{g.digits(7)}\n\n"
            f"Dit is een automatisch bericht. Reageren op deze mail is niet mogelijk. Versie 5.{g.r.randint(0, 20)}.{g.r.randint(0, 9)} build {g.digits(4)}")
def nl_csv(g, k):
    rows = "\n".join(f"WN-{g.digits(5)};{g.ch(['Haarlem', 'Heemstede', 'Zandvoort', 'Hillegom', 'Bloemendaal'])};{g.r.randint(45, 190)};{g.ch(['A', 'B', 'C', 'A+', 'D'])};{g.price()};"
                     f"{g.ch(['beschikbaar', 'onder bod', 'verkocht o.v.', 'verhuurd'])};{g.fdate()}" for _ in range(g.r.randint(4, 7)))
    return f"weekoverzicht aanbod (export makelaarssoftware v{g.r.randint(7, 9)}.{g.r.randint(0, 9)}.{g.r.randint(0, 30)}):\n\nobjectcode;plaats;m2;label;prijs;status;mutatiedatum\n{rows}\n\ntotaal {g.r.randint(40, 90)} objecten, gem. prijs/m2 € {g.r.randint(4, 7)}.{g.digits(3)}"
def nl_invoice(g, k):
    fn = g.validref9()
    return (f"Factuur {fn} van Kennemer Installatietechniek\nBetreft: vervangen cv-ketel complex Schelpenplein (werkorder WO-{g.digits(6)})\n"
            f"Bedrag € {g.r.randint(1, 4)}.{g.digits(3)},{g.digits(2)} incl. 21% btw, betaaltermijn 30 dagen\nUw referentie: PO {g.nonbsn9()}\n"
            f"Graag betalen onder vermelding van factuurnummer {fn}. Vragen? Bel onze servicedesk op 0900-{g.digits(7)} (lokaal tarief).")
def nl_autoreply(g, k):
    return (f"Automatisch antwoord (ticket #{g.digits(7)}): Bedankt voor uw bericht aan Duinroos Makelaars. Wij reageren binnen 2 werkdagen. Voor spoedreparaties (lekkage, geen verwarming) "
            f"belt u 023 532 1180, keuze 3, of app naar 06-41723390. Huur betalen: NL11 RABO 0347 2291 08 o.v.v. uw contractnummer. "
            f"Kantoor: Spaarnekade 41, 2011 PK Haarlem (ma–vr 9:00–17:30). KvK 58203317 · btw NL852741303B01 · volg ons op Instagram @duinroos_wonen")
def nl_anon_q(g, k):
    return ([f"hoeveel is de borg bij jullie meestal? 2 of 3 maanden huur? en moet je bruto 4x de huur verdienen of 3,5x?",
                 f"Vraag over de woning in Zandvoort met vraagprijs {g.price()}: zit de erfpacht al afgekocht tot {g.r.randint(2040, 2070)}? En wat is de WOZ-waarde?",
                 f"Is het appartement van {g.r.randint(55, 90)} m2 aan de Meidoornkade geschikt voor 2048 MB glasvezel? haha nee serieus, welke provider zit er?",
                 f"IN 2024 EN 2025 ZIJN DE SERVICEKOSTEN MET 18% GESTEGEN. WAAROM? graag een specificatie per post."])[k % 4]
def nl_log(g, k):
    return (f"Planning technische dienst week {g.r.randint(2, 50)}\n- {g.time()} WO-{g.digits(6)} Kwakelpad: dakgoot reinigen (hoogwerker HW-{g.r.randint(10, 99)})\n"
            f"- {g.time()} WO-{g.digits(6)} Schelpenplein: rookmelders vervangen, artikel {g.ch(CONS)}{g.ch(CONS)}-{g.digits(2)}-{g.ch(CONS)}{g.ch(CONS)} ({g.r.randint(6, 24)} st.)\n"
            f"- pakket PostNL 3SDRN{g.digits(9)} met thermostaten (Honeywell T6, firmware 3.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}.{g.r.randint(10, 99)})\n"
            f"- servicebus kenteken staat in de bus zelf, tankpas eindigt op **** {g.digits(4)}\nMeldingen open: {g.r.randint(3, 40)} · gemiddelde doorlooptijd {g.r.randint(2, 9)},{g.r.randint(0, 9)} dagen")

# ================================================================ English with personal data
def en_viewing(g, k):
    p = g.person(g.ch(["en", "in", "en"])); em = g.email(p["first"], p["last"], "en")
    ph = g.ch([g.phone_uk(), g.mob_nl(3), g.mob_nl(4)])
    if k % 2 == 0:
        return (f"Hi there,\n\nI'm relocating to Haarlem for work in {g.ch(['May', 'June', 'September'])} and would love to view the 2-bed flat on Meidoornkade "
                f"(listed at {g.rent()} pcm). I'm free most afternoons. Best to reach me on WhatsApp {PH(ph)} or at {EM(em)}.\n\nCheers,\n{P(p['full'])}")
    return (f"Viewing request (web form)\nName: {P(p['full'])}\nEmail: {EM(em)}\nPhone: {PH(ph)}\nListing: {g.ch(['Tuinderspad', 'Ganzerikhof'])} (ref WN-{g.digits(5)})\n"
            f"Move-in date: {g.fdate('en')}\nPets: {g.ch(['no', '1 cat', 'small dog'])}\nMessage: {g.ch(['Is it furnished?', 'can we do a video viewing first?', 'my partner '+P(g.person('en')['first'])+' will join'])}")
def en_application(g, k):
    p = g.person(g.ch(["en", "in", "en"])); emp = g.ch(EMPLOYERS); ib = g.iban(g.ch(["NL", "GB", "DE"]))
    sal = f"€{g.r.randint(4, 9)},{g.digits(3)}"
    if k % 2 == 0:
        return (f"Rental application – {g.ch(['Hazelaarsingel', 'Meidoornkade'])} apartment\n\nFull name: {P(p['full'])}\nDate of birth: {DOB(g.dob('en'))}\n"
                f"Passport number: {ID(g.digits(9) if g.r.random() < .5 else g.nl_doc('N'))}\nEmployer: {emp} (permanent contract, started {g.fdate('en')})\n"
                f"Gross monthly salary: {sal} + 30% ruling\nBank account for the deposit refund: {IB(g.spaced(ib))}\nCurrent address: {AD((a := g.addr_uk())['street'])}, {a['town']} {PC(a['pc'])}\n\n"
                f"Employer's letter attached (PDF, 2 pages). Please let me know if you need my BSN once I'm registered.")
    return (f"Hello {P(STAFF['hannah'][0])},\n\nAs discussed, here is the income statement for my application: I earn {sal} gross per month at {emp}. "
            f"My residence permit number is {ID(g.vbl())} and I was born on {DOB(g.dob('en'))}. My BSN is {BS(g.bsn())}.\n\nKind regards,\n{P(p['full'])}\n{PH(g.mob_nl())}")
def en_repair(g, k):
    p = g.person(g.ch(["en", "in", "tr"])); a = g.addr_nl()
    if k == 0:
        return f"the washing machine tap in my flat at {AD(a['street'])} {PC(a['pc'])} is leaking everywhere 😬 can someone come asap?? call me {PH(g.mob_nl())} - {P(p['first'])}"
    if k == 1:
        return (f"Dear {P(STAFF['ruben'][0] + ' ' + STAFF['ruben'][1])},\n\nThank you for fixing the boiler last week. Unfortunately the bathroom extractor fan at {AD(a['street'])} "
                f"stopped working again (ticket T-{g.digits(6)}). I'm home on {g.fdate('en')} after 14:00.\n\nBest regards,\n{P(p['full'])}")
    return (f"Repair log\nTenant: {P(p['full'])}  |  {AD(a['street'])}, {PC(a['pc'])} {a['town']}\nIssue: front door lock jammed, tenant locked out at 23:10\n"
            f"Locksmith: Slotenservice Kennemerland, invoice {g.validref9()}, € 185,00\nCallback number tenant: {PH(g.mob_nl())}")
def en_deposit(g, k):
    p = g.person(g.ch(["en", "in"])); ib = g.iban(g.ch(["GB", "IE" if False else "GB", "LU", "AT"]))
    if k == 0:
        return (f"Hi {P(STAFF['hannah'][0])}, I've moved back to the UK. Could you transfer the deposit (€{g.r.randint(2, 5)},{g.digits(3)}) to my account {IB(g.spaced(ib))}? "
                f"Account holder {P(p['full'])}. Thanks a lot! 🙏")
    if k == 1:
        return (f"On {g.ch(['Mon', 'Tue', 'Thu'])}, {g.r.randint(1, 28)} Apr 2025 at {g.time()}, {P(STAFF['hannah'][0] + ' ' + STAFF['hannah'][1])} <hannah.whitfield@duinroos.example> wrote:\n"
                f"> Dear {P(p['first'])}, the final inspection is done; please send us the IBAN for the deposit refund.\n\n"
                f"Here it is: {IB(ib)}\nBIC {g.ch(['BARCGB22', 'NWBKGB2L'])}\n\n{P(p['first'])}")
    return (f"Deposit refund form\nTenant name: {P(p['full'])}\nForwarding address: {AD((a := g.addr_uk())['street'])}, {a['town']}, {PC(a['pc'])}\nIBAN: {IB(g.spaced(ib))}\n"
            f"Contract no.: HC-{g.digits(6)}\nDeductions agreed: cleaning € 120,00")
def en_offer(g, k):
    p = g.person("en"); a = g.addr_nl()
    return (f"Dear {P(STAFF['jeroen'][0])},\n\nFollowing our viewing, my wife {P(g.person('en', 0)['first'])} and I would like to offer {g.price(400, 800)} for {AD(a['street'])}, {PC(a['pc'])} {a['town']}, "
            f"subject to mortgage approval within 4 weeks. Our notary will be {P(g.person('nl')['init'] + ' ' + g.person('nl')['Last'])} in Haarlem.\n\n"
            f"Best wishes,\n{P(p['full'])}\n{PH(g.phone_uk())}\n\nOn {g.r.randint(1, 28)} March 2025, {P(STAFF['jeroen'][0] + ' ' + STAFF['jeroen'][1])} wrote:\n> The asking price is {g.price()} k.k.; energy label A, 112 m².")
def en_chat(g, k):
    p = g.person(g.ch(["en", "in"]))
    return (f"{P(p['first'])} ({g.time()}): hey, are pets allowed in the Kwakelpad house? 🐶\nDuinroos ({g.time()}): Hi {P(p['first'])}! Small pets are fine with the landlord's ok.\n"
            f"{P(p['first'])} ({g.time()}): great. my number is {PH(g.ch([g.mob_nl(), g.phone_uk()]))} if {P(STAFF['hannah'][0])} wants to call\n"
            f"Duinroos ({g.time()}): Will pass it on 👍 — {P(STAFF['hannah'][0])} is in from 9:00 tomorrow.")
def en_relocation(g, k):
    p = g.person(g.ch(["en", "in"])); ag = g.person("en")
    return (f"Dear Duinroos team,\n\nI am the relocation consultant for {P(p['full'])}, who joins {g.ch(EMPLOYERS)} on {g.fdate('en')}. "
            f"{P(p['first'])} holds a residence document {ID(g.vbl())}; date of birth {DOB(g.dob('en'))}. Budget up to {g.rent()} per month, 2 bedrooms, near Haarlem station.\n\n"
            f"Kind regards,\n{P(ag['full'])}\nSenior Consultant, Tulip Relocations\n{EM(g.email(ag['first'], ag['last'], 'en'))}\n\n"
            f"On {g.r.randint(1, 28)} April 2025 at {g.time()}, {P(STAFF['hannah'][0] + ' ' + STAFF['hannah'][1])} wrote:\n> Thank you, we will send a shortlist.\n> "
            + sig('en', 'hannah', g).replace("\n", "\n> ") + "\n> \n> " + DISCLAIMER_EN.replace("\n", "\n> "))
def en_card(g, k):
    p = g.person("en")
    return (f"Hi, I'd like to pay the reservation fee by card since my Dutch account isn't open yet: {CC(g.card(g.ch('vma')))}, exp 0{g.r.randint(1, 9)}/2{g.r.randint(7, 9)}. "
            f"Name on card {P(p['full'].upper())}. Thanks!")
def en_ip(g, k):
    p = g.person("en")
    return (f"Tenant portal issue: {P(p['full'])} cannot upload documents, error 413 (file 24 MB, limit 20 MB). Client IP {IP(g.ip4())}, app version 2.18.4, "
            f"proxy 192.168.40.1. Assigned to {staff('hannah', 'first')}.")
def en_keys(g, k):
    p = g.person(g.ch(["en", "in"])); kt = g.kenteken()
    return (f"Key handover {g.fdate('en')}: {P(p['full'])} received 2 front door keys and 1 fob. Parking permit requested for car registration {KT(kt)}. "
            f"Meter readings photographed. Signed off by {staff('maaike')}.")
def en_seller(g, k):
    p = g.person("en"); a = g.addr_nl()
    return (f"Hello {P(STAFF['jeroen'][0])},\n\nFor the deed of transfer the notary asked for my details: {P(p['full'])}, born {DOB(g.dob('en'))}, UK passport {ID(g.digits(9))}, "
            f"currently living at {AD((u := g.addr_uk())['street'])}, {u['town']} {PC(u['pc'])}. The property is {AD(a['street'])}, {PC(a['pc'])} {a['town']}.\n\n"
            f"Regards,\n{P(p['first'])}\n{EM(g.email(p['first'], p['last'], 'en'))}")

# ================================================================ English without personal data
def en_listing(g, k):
    return (f"FOR RENT – furnished 2-bedroom apartment, Haarlem centre\nRent {g.rent()} per month excl. utilities · deposit 2 months · min. 12 months\n"
            f"{g.r.randint(60, 110)} m², energy label {g.ch(['A', 'B'])}, 3rd floor with lift, available from {g.fdate('en')}.\nListing ID WN-{g.digits(5)} · viewings via +31 23 532 1180 "
            f"or expat@duinroos.example. Duinroos Makelaars – NVM member.")
def en_faq(g, k):
    return (f"Auto-reply: Thanks for contacting Duinroos Makelaars expat desk. We answer within 2 working days. Rent is due on the 1st; pay to "
            f"NL11RABO0347229108 quoting your contract number. Emergencies: +31 (0)23 532 1180. Follow @DuinroosMakelaars for new listings. Ref {g.digits(10)}")
def en_table(g, k):
    rows = "\n".join(f"| {g.fdate('en')} | WO-{g.digits(6)} | {g.ch(['gutter cleaning', 'smoke detector test', 'boiler service', 'window frames'])} | {g.ch(['Kwakelpad', 'Schelpenplein', 'Meidoornkade'])} block | €{g.r.randint(90, 2400)} |" for _ in range(4))
    return f"Maintenance schedule Q{g.r.randint(2, 4)}\n| date | order | job | location | budget |\n|---|---|---|---|---|\n{rows}\nApproved budget v{g.r.randint(2, 5)}.{g.r.randint(0, 9)} – total within 4096 MB? no, within €{g.r.randint(8, 20)},{g.digits(3)}."
def en_anon(g, k):
    return (["do you accept the 30% ruling as income? and is a guarantor needed if my salary is 3x the rent?",
                 f"What's the difference between k.k. and v.o.n.? The listing on Hazelaarsingel says {g.price()} k.k.",
                 f"Is the service charge of €{g.r.randint(60, 200)} per month for the Ganzerikhof flat fixed or indexed each year?",
                 "HOW LONG DOES IT TAKE TO GET THE DEPOSIT BACK AFTER MOVE-OUT?? asking for a friend lol"])[k % 4]
def en_notif(g, k):
    return (f"[Pararius] New lead for listing {g.nonbsn9()}\nLead ID: PL-{g.digits(7)} · received {g.fdate('en')} {g.time()} UTC\nBudget bracket: €1,750–€2,250 · household: 2 adults\n"
            f"Tracking: utm_campaign=spring25&build={g.digits(5)}\nOpen in CRM v{g.r.randint(3, 6)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}")
def en_invoice(g, k):
    iv = g.validref9()
    return (f"Invoice {iv} – Spaarne Schoonmaak\nEnd-of-tenancy cleaning, unit 14, order {g.nonbsn9()}\nAmount: €{g.r.randint(150, 600)}.00 excl. VAT 21%\n"
            f"Paid by card **** **** **** {g.digits(4)} on {g.fdate('en')}. Please quote invoice number {iv} on any correspondence.")

# ================================================================ German with personal data
def de_interest(g, k):
    p = g.person("de"); em = g.email(p["first"], p["last"], "de")
    if k % 2 == 0:
        return (f"Sehr geehrte Damen und Herren,\n\nich interessiere mich für die Wohnung am {g.ch(['Tuinderspad', 'Meidoornkade'])} (Kaltmiete {g.rent()}). Ich ziehe beruflich nach Haarlem. "
                f"Sie erreichen mich unter {PH(g.mob_de())} oder per E-Mail an {EM(em)}.\n\nMit freundlichen Grüßen\n{P(p['full'])}")
    return (f"Anfrage über Kontaktformular\nName: {P(p['Last'] + ', ' + p['first'])}\nE-Mail: {EM(em)}\nTelefon: {PH(g.land_de())}\nNachricht: Ist die Wohnung möbliert? "
            f"Wir sind zu zweit ({P(g.person('de')['first'])} und ich) und haben keine Haustiere.")
def de_application(g, k):
    p = g.person("de"); a = g.addr_de(); ib = g.iban(g.ch(["DE", "AT"]))
    inc = f"{g.r.randint(3, 7)}.{g.digits(3)} €"
    if k % 2 == 0:
        return (f"Mietbewerbung\n\nName: {P(p['full'])}\nGeburtsdatum: {DOB(g.dob('de'))}\nPersonalausweis-Nr.: {ID(g.de_doc())}\nAktuelle Anschrift: {AD(a['street'])}, {PC(a['pc'])} {a['town']}\n"
                f"Arbeitgeber: {g.ch(EMPLOYERS)}, Nettoeinkommen {inc} monatlich\nKonto für Kaution: {IB(g.spaced(ib))}\n\nGehaltsnachweise der letzten 3 Monate anbei.")
    return (f"Hallo {P(STAFF['katrin'][0])},\n\nanbei wie besprochen meine Unterlagen. Ich bin am {DOB(g.dob('de'))} geboren, mein Reisepass hat die Nummer {ID(g.de_doc())}. "
            f"Einkommen: {inc} netto bei {g.ch(EMPLOYERS)}. Meine Bankverbindung: {IB(ib)}.\n\nViele Grüße\n{P(p['first'])}")
def de_damage(g, k):
    p = g.person("de"); a = g.addr_nl()
    if k == 0:
        return f"hallo, bei uns in der {AD(a['street'])} ({PC(a['pc'])}) tropft wasser von der decke!! 😱 bitte schnell jemanden schicken. handy {PH(g.mob_de())} {P(p['first'])}"
    if k == 1:
        return (f"Sehr geehrter Herr {P(STAFF['ruben'][1])},\n\ndie Heizung in meiner Wohnung {AD(a['street'])} ist seit {g.fdate('de')} defekt (Fehlercode E{g.r.randint(10, 99)}). "
                f"Bitte rufen Sie mich unter {PH(g.mob_nl())} an.\n\nMit freundlichen Grüßen\n{P(p['full'])}")
    return (f"Schadensmeldung Nr. {g.digits(6)}\nMieter: {P(p['full'])}\nObjekt: {AD(a['street'])}, {PC(a['pc'])} {a['town']}\nSchaden: Fensterscheibe gesprungen\nRückruf: {PH(g.mob_de())}")
def de_kaution(g, k):
    p = g.person("de"); ib = g.iban(g.ch(["DE", "AT", "DE"]))
    if k == 0:
        return (f"Guten Tag Frau {P(STAFF['katrin'][1])},\n\nbitte überweisen Sie die Kaution auf mein deutsches Konto {IB(g.spaced(ib))} (Kontoinhaber {P(p['full'])}).\n\nDanke und Grüße\n{P(p['first'])}")
    if k == 1:
        return (f"Am {g.r.randint(1, 28)}.0{g.r.randint(1, 9)}.2025 um {g.time()} schrieb {P(STAFF['katrin'][0] + ' ' + STAFF['katrin'][1])} <katrin.ohlendorf@duinroos.example>:\n"
                f"> Lieber Herr {P(p['Last'])}, für die Rückzahlung der Kaution benötigen wir Ihre IBAN.\n\nHier: {IB(ib)}\nGruß {P(p['full'])}")
    return f"KAUTION ZURÜCK AN {IB(g.spaced(ib))}, NICHT AN DAS ALTE KONTO!!! {P(p['full'].upper())}"
def de_offer(g, k):
    p = g.person("de"); a = g.addr_nl()
    return (f"Sehr geehrter Herr {P(STAFF['jeroen'][1])},\n\nwir bieten für das Haus {AD(a['street'])}, {PC(a['pc'])} {a['town']} {g.price(300, 700)} k.k., vorbehaltlich der Finanzierung. "
            f"Unser Notar in den Niederlanden wird {P(g.person('nl')['full'])} sein.\n\nMit freundlichen Grüßen\n{P(p['full'])} und {P(g.person('de', 1 - p['sex'])['full'])}\n{PH(g.mob_de())}\n\n"
            f"Am {g.r.randint(1, 28)}. März 2025 schrieb {P(STAFF['jeroen'][0] + ' ' + STAFF['jeroen'][1])}:\n> Die Verkäufer erwarten Gebote bis Freitag 12:00 Uhr.")
def de_keys(g, k):
    p = g.person("de"); a = g.addr_nl()
    pl = f"{g.ch(['KLE', 'D', 'K', 'MS', 'AC'])}-{g.ch(CONS)}{g.ch(CONS)} {g.r.randint(10, 9999)}" if k != 1 else g.kenteken()
    return (f"Schlüsselübergabe am {g.fdate('de')}: Mieter {P(p['full'])}, Objekt {AD(a['street'])}. Parkgenehmigung für das Fahrzeug mit Kennzeichen {KT(pl)} beantragt. "
            f"3 Schlüssel, 1 Transponder. Protokoll: {staff('katrin')}.")
def de_chat(g, k):
    p = g.person("de")
    return (f"{P(p['first'])}: hallo, ist das haus in zandvoort noch frei? 🌊\nDuinroos: Hallo {P(p['first'])}, ja! Besichtigung am {g.fdate('de')} möglich?\n"
            f"{P(p['first'])}: super 😊 meine nummer {PH(g.mob_de())}, {P(STAFF['katrin'][0])} kann mich gern anrufen\nDuinroos: Wird weitergegeben, Gruß vom Team")
def de_notar(g, k):
    p = g.person("de"); b = g.bsn()
    return (f"Sehr geehrte Frau {P(STAFF['katrin'][1])},\n\nfür die Eigentumsübertragung benötigt der Notar meine Daten: {P(p['full'])}, geb. am {DOB(g.dob('de'))}, "
            f"niederländische Bürgerservicenummer {BS(b)}, Personalausweis {ID(g.de_doc())}.\n\nMit freundlichen Grüßen\n{P(p['full'])}")

# ================================================================ German without personal data
def de_expose(g, k):
    return (f"Exposé: Ferienhaus in Zandvoort, {g.r.randint(60, 140)} m² Wohnfläche, Grundstück {g.r.randint(120, 500)} m², Baujahr {g.r.randint(1960, 2010)}, "
            f"Energieausweis {g.ch(['A', 'B', 'C'])}. Kaufpreis {g.price()} k.k. (zzgl. 2 % Grunderwerbsteuer). Objektnummer {g.nonbsn9()}. "
            f"Besichtigung: +31 23 532 1180, deutsch@duinroos.example.")
def de_autoreply(g, k):
    return (f"Automatische Antwort: Vielen Dank für Ihre Nachricht an Duinroos Immobilien. Wir melden uns innerhalb von 2 Werktagen. Miete bitte an NL11 RABO 0347 2291 08 "
            f"(BIC RABONL2U) mit Vertragsnummer. Büro: Spaarnekade 41, 2011 PK Haarlem. KvK 58203317, USt-IdNr. NL852741303B01. Vorgang {g.digits(8)}-{g.digits(3)}")
def de_nk(g, k):
    rows = "\n".join(f"{g.ch(['Grundsteuer', 'Müllabfuhr', 'Hausreinigung', 'Aufzug', 'Gartenpflege'])};{g.r.randint(100, 3000)},{g.digits(2)} €;{g.ch(['Wohnfläche', 'Einheiten', 'Verbrauch'])}" for _ in range(5))
    return f"Nebenkostenabrechnung 2024 – Objekt Meidoornkade (Vorgang {g.nonbsn9()})\nPosition;Betrag;Umlageschlüssel\n{rows}\nErstellt {g.fdate('de')} {g.time()} mit Version 11.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}"
def de_anon(g, k):
    return ([f"wie hoch ist die kaution normalerweise in den niederlanden? und brauche ich eine SCHUFA-auskunft?",
                 f"Gilt die Kaltmiete von {g.rent()} für die Wohnung am Kwakelpad inklusive Stellplatz?",
                 f"Kann man in Heemstede als Deutscher ohne BSN eine Wohnung mieten? Danke im Voraus!"])[k % 4]
def de_invoice(g, k):
    iv = g.validref9()
    return (f"Rechnung {iv} – Malerbetrieb Spaarnezicht\nLeistung: Treppenhaus streichen, Auftrag {g.nonbsn9()}\nBetrag: {g.r.randint(800, 4000)},00 € zzgl. 21 % MwSt.\n"
            f"Zahlbar innerhalb 14 Tagen unter Angabe der Rechnungsnummer {iv}. Sendungsverfolgung Material: JJD{g.digits(14)}")

SCENARIOS = [
    # lang, function, count, has_pii
    ("nl", nl_viewing_form, 3, True), ("nl", nl_bod, 3, True), ("nl", nl_huuraanvraag, 3, True), ("nl", nl_reparatie, 3, True),
    ("nl", nl_borg, 3, True), ("nl", nl_verkoper_notaris, 3, True), ("nl", nl_sleutel, 3, True), ("nl", nl_whatsapp, 3, True),
    ("nl", nl_zzp, 2, True), ("nl", nl_flemish, 3, True), ("nl", nl_internal, 3, True), ("nl", nl_letter, 3, True), ("nl", nl_portal, 3, True),
    ("nl", nl_listing, 4, False), ("nl", nl_notification, 3, False), ("nl", nl_csv, 3, False), ("nl", nl_invoice, 3, False),
    ("nl", nl_autoreply, 2, False), ("nl", nl_anon_q, 4, False), ("nl", nl_log, 3, False),
    ("en", en_viewing, 4, True), ("en", en_application, 4, True), ("en", en_repair, 3, True), ("en", en_deposit, 3, True),
    ("en", en_offer, 3, True), ("en", en_chat, 3, True), ("en", en_relocation, 3, True), ("en", en_card, 2, True),
    ("en", en_ip, 2, True), ("en", en_keys, 2, True), ("en", en_seller, 3, True),
    ("en", en_listing, 3, False), ("en", en_faq, 3, False), ("en", en_table, 3, False), ("en", en_anon, 3, False),
    ("en", en_notif, 3, False), ("en", en_invoice, 3, False),
    ("de", de_interest, 4, True), ("de", de_application, 4, True), ("de", de_damage, 3, True), ("de", de_kaution, 3, True),
    ("de", de_offer, 3, True), ("de", de_keys, 3, True), ("de", de_chat, 3, True), ("de", de_notar, 3, True),
    ("de", de_expose, 3, False), ("de", de_autoreply, 3, False), ("de", de_nk, 3, False), ("de", de_anon, 3, False), ("de", de_invoice, 2, False),
]

# ================================================================ audit
BIRTH_RX = re.compile(r"geboren|geb\.|geboortedatum|date of birth|born|dob|geburtsdatum|geboren am", re.I)
REF_RX = re.compile(r"factuur|factuurnummer|invoice|rechnung|rechnungsnummer|order|object|objekt|objektnummer|vorgang|po\b|auftrag|listing|lead|referentie|ticket|dossier", re.I)
UNIT_PAIRS = {"MB", "KB", "GB", "TB", "EN", "PK", "KM"}
NAME_TOKENS = sorted({t for her in FIRST for sex in FIRST[her] for t in sex} | {l for her in LAST for l in LAST[her]} |
                     {w for her in LAST for l in LAST[her] for w in re.split(r"[ \-]", l) if len(w) > 3 and w[0].isupper()} |
                     {v for st in STAFF.values() for v in st[:2]})

def mask_text(text, spans_c, nps):
    t = list(text)
    for a, b in [s["_c"] for s in spans_c] + nps:
        for i in range(a, b): t[i] = "#"
    t = "".join(t)
    for f in sorted(ORG_FORMS, key=len, reverse=True) + [n for n in ORG["names"]]:
        t = t.replace(f, "#" * len(f))
    t = re.sub(r"[\w.+-]+@(?:[\w-]+\.)*duinroos\.example", lambda mm: "#" * len(mm[0]), t)
    return t

def audit_record(rec, spans_c, nps, has_pii):
    errs = []; text = rec["text"]; b = text.encode("utf-8")
    if any(c in text for c in (S0, S1, S2, N0, N1)): errs.append("markup left")
    if bool(rec["spans"]) != has_pii: errs.append(f"has_pii={has_pii} but {len(rec['spans'])} spans")
    prev = 0
    for s in rec["spans"]:
        if s["start"] < prev: errs.append("overlap/unsorted")
        prev = s["end"]
        try: v = b[s["start"]:s["end"]].decode("utf-8")
        except UnicodeDecodeError: errs.append("not on char boundary"); continue
        if v != v.strip() or v[-1] in ",;:" or v[0] in ",;:.": errs.append(f"edge {v!r}")
        if not VALID[s["label"]](v): errs.append(f"invalid {s['label']} {v!r}")
        if any(f in v for f in ORG_FORMS if len(f) > 6) or "duinroos" in v.lower(): errs.append(f"org data in span {v!r}")
        if s["label"] == "DATE_OF_BIRTH":
            cs = len(b[:s["start"]].decode()); before = text[max(0, cs - 80):cs]
            after = text[cs + len(v):cs + len(v) + 30]
            if not BIRTH_RX.search(before) and not (rec["lang"] == "de" and re.match(r"\s*geboren", after)): errs.append(f"no birth word before {v!r}")
    # every occurrence of a gold value must be labelled
    cov = [s["_c"] for s in spans_c]
    for s in spans_c:
        v = text[s["_c"][0]:s["_c"][1]]
        for mm in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not any(a <= mm.start() and mm.end() <= bb for a, bb in cov): errs.append(f"unlabelled repeat {v!r}")
    t = mask_text(text, spans_c, nps)
    for mm in EMAIL_RX.finditer(t): errs.append(f"unlabelled email {mm[0]}")
    for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?\b", t):
        if iban_ok(mm[0]): errs.append(f"unlabelled iban {mm[0]}")
    for mm in re.finditer(r"(?<![\w.\-/])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3}|\d{3}\.\d{3}\.\d{3})(?![\w\-/]|\.\d)", t):
        if elf_ok(mm[0]):
            line = t[:mm.start()].split("\n")[-1][-40:]
            if not REF_RX.search(line): errs.append(f"unlabelled elfproef-valid {mm[0]} without reference word")
    for mm in re.finditer(r"(?<![\d*])\d(?:[ \-]?\d){11,18}(?!\d)", t):
        if card_ok(mm[0]): errs.append(f"unlabelled card {mm[0]}")
    for mm in re.finditer(r"(?<![\d+])(?:\+31|0031|0)[ -]?(?:\(0\)[ ]?)?6[ -]?[1-58](?:[ -]?\d){7}(?!\d)", t):
        errs.append(f"unlabelled NL mobile {mm[0]}")
    for mm in re.finditer(r"(?<![\w])[1-9]\d{3} ?[A-Z]{2}(?![\w])", t):
        if pc_nl_ok(mm[0]) and mm[0][-2:] not in UNIT_PAIRS: errs.append(f"unlabelled postcode {mm[0]}")
    for mm in re.finditer(r"(?i)(?:kvk|chamber of commerce|handelsregister)[^\d\n]{0,14}(\d{8})(?!\d)", t): errs.append(f"unlabelled kvk {mm[1]}")
    for mm in re.finditer(r"(?i)NL ?\d{9} ?B\d{2}", t):
        if btw_ok(mm[0]) or ob_ok(mm[0]): errs.append(f"unlabelled btw/ob {mm[0]}")
    for mm in BIRTH_RX.finditer(t):
        tail = t[mm.end():mm.end() + 40]
        if re.search(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}\.? [A-Za-zä]+ \d{4}", tail): errs.append(f"unlabelled date after birth word")
    for mm in re.finditer(r"(?<![\w.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\w.])", t):
        if ip_ok(mm[1]) and not re.search(r"(?i)(version|versie|firmware|build|release|v)\s*$", t[:mm.start()][-12:]): errs.append(f"unlabelled public ip {mm[1]}")
    for tok in NAME_TOKENS:
        if re.search(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", t): errs.append(f"unlabelled name token {tok!r}")
    return errs

# ================================================================ build
def build():
    recs, errs = [], []
    for lang in ("nl", "en", "de"):
        items = []
        for (L, fn, cnt, pii) in SCENARIOS:
            if L != lang: continue
            for k in range(cnt):
                g = Gen(random.Random(f"{SEED}:{fn.__name__}:{k}"))
                text, spans_c, nps = render(fn(g, k))
                items.append((fn.__name__, k, text, spans_c, nps, pii))
        random.Random(f"{SEED}:shuffle:{lang}").shuffle(items)
        for i, (name, k, text, spans_c, nps, pii) in enumerate(items, 1):
            rec = {"id": f"h37-{lang}-{i:03d}", "lang": lang, "text": text,
                   "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans_c]}
            for e in audit_record(rec, spans_c, nps, pii): errs.append(f"{rec['id']} ({name}:{k}): {e}")
            recs.append(rec)
    texts = [r["text"] for r in recs]
    if len(set(texts)) != len(texts): errs.append("duplicate texts")
    return recs, errs

def main():
    n = self_test()
    recs, errs = build()
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")
    for line in data.decode("utf-8").splitlines():  # read back, re-slice from bytes
        r = json.loads(line); bb = r["text"].encode("utf-8")
        for s in r["spans"]:
            v = bb[s["start"]:s["end"]].decode("utf-8")
            if not VALID[s["label"]](v): errs.append(f"{r['id']}: read-back invalid {v!r}")
    if errs:
        print("\n".join(errs[:80]), file=sys.stderr); print(f"{len(errs)} audit errors; gold.jsonl NOT written", file=sys.stderr); sys.exit(1)
    with open(os.path.join(HERE, "gold.jsonl"), "wb") as f: f.write(data)
    labels = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS", "DATE_OF_BIRTH",
              "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"]
    print(f"self test: {n} checks passed; audit: {len(recs)} records, 0 errors")
    for lang in ("nl", "en", "de"):
        rs = [r for r in recs if r["lang"] == lang]
        print(f"{lang}: {len(rs)} messages, {sum(not r['spans'] for r in rs)} without personal data")
    free = sum(not r["spans"] for r in recs); print(f"PII-free: {free}/{len(recs)} = {100 * free / len(recs):.1f} %")
    lens = sorted(len(r["text"].encode()) for r in recs); print(f"length {lens[0]}-{lens[-1]} bytes, median {lens[len(lens) // 2]}")
    print("| label | nl | en | de | total |")
    tot = {l: 0 for l in ("nl", "en", "de")}
    for lab in labels:
        c = {l: sum(1 for r in recs if r["lang"] == l for s in r["spans"] if s["label"] == lab) for l in ("nl", "en", "de")}
        for l in c: tot[l] += c[l]
        print(f"| `{lab}` | {c['nl']} | {c['en']} | {c['de']} | {sum(c.values())} |")
    print(f"| total | {tot['nl']} | {tot['en']} | {tot['de']} | {sum(tot.values())} |")
    print("sha256", hashlib.sha256(data).hexdigest())

if __name__ == "__main__":
    main()
