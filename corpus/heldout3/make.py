#!/usr/bin/env python3
"""Generate gold.jsonl (beside this script): synthetic multilingual support messages with gold PII spans.

Deterministic (fixed seed), standard library only.  Messages are written with inline markup
  ⟦LABEL|value⟧
which is stripped; spans are recorded as UTF-8 byte offsets of the value.
"""
import os
import json
import random
import re
import string

SEED = 20240603
R = random.Random(SEED)

# ---------------------------------------------------------------- markup helpers
def M(label, value):
    return f"⟦{label}|{value}⟧"

MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)

def render(marked):
    out, spans, pos = [], [], 0
    text = ""
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start_b = len(text.encode())
        text += m.group(2)
        end_b = len(text.encode())
        spans.append({"start": start_b, "end": end_b, "label": m.group(1)})
        pos = m.end()
    text += marked[pos:]
    return text, spans

# ---------------------------------------------------------------- names (invented combos)
FIRST = {
    "nl": ["Sanne", "Joost", "Marieke", "Bram", "Femke", "Thijs", "Annelies", "Wouter", "Lotte", "Gerrit",
           "Ineke", "Ruud", "Esmée", "Daan", "Hendrika", "Pieter-Jan"],
    "be": ["Wout", "Lieve", "Jens", "Griet", "Stijn", "Katrien", "Dries", "Ann-Sofie", "Koen", "Veerle"],
    "de": ["Jürgen", "Sabine", "Lukas", "Anja", "Matthias", "Ursula", "Felix", "Katharina", "Dieter", "Jana"],
    "gb": ["Oliver", "Charlotte", "George", "Harriet", "Tom", "Emily", "Rupert", "Gemma"],
    "ie": ["Siobhán", "Cormac", "Niamh", "Padraig", "Aoife", "Declan"],
    "tr": ["Emre", "Zeynep", "Burak", "Elif", "Mehmet", "Ayşe", "Kerem", "Büşra"],
    "ma": ["Youssef", "Fatima", "Mohamed", "Khadija", "Said", "Nadia", "Rachid", "Samira"],
    "sr": ["Rishi", "Shanti", "Marlon", "Gracia", "Ravindra", "Kimberley", "Djoerie"],
    "pl": ["Agnieszka", "Tomasz", "Katarzyna", "Paweł", "Małgorzata", "Krzysztof"],
    "in": ["Priya", "Arjun", "Ananya", "Vikram", "Deepika", "Rahul", "Sunita"],
    "cn": ["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Lin"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "van Dijk", "Verhoeven", "Kuipers", "van der Linden", "Hoekstra", "ter Horst", "Brouwer",
           "Zwartjes", "Oosterhuis", "van Leeuwen-Dekker"],
    "be": ["Peeters", "Janssens", "Maes", "Van den Broeck", "De Smet", "Claes", "Vermeulen", "Wouters",
           "Van Damme", "Goossens"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Hoffmann", "Krüger", "Schäfer",
           "Becker", "Wagner", "Zimmermann", "Große-Wilde"],
    "gb": ["Whitfield", "Harrington", "Pemberton", "Cartwright", "Ashworth", "Fletcher", "Baxter"],
    "ie": ["O'Sullivan", "Ní Bhriain", "McCarthy", "Gallagher", "Fitzgerald", "Donnelly"],
    "tr": ["Yılmaz", "Demir", "Kaya", "Öztürk", "Çelik", "Aydın", "Arslan"],
    "ma": ["El Amrani", "Bouzid", "Benali", "Ait Taleb", "El Idrissi", "Azzouz", "Ouali"],
    "sr": ["Ramdin", "Sewnarain", "Wijngaarde", "Jagessar", "Kartoredjo", "Lachmon"],
    "pl": ["Kowalczyk", "Wiśniewska", "Nowak", "Zielińska", "Lewandowski", "Wójcik"],
    "in": ["Sharma", "Iyer", "Patel", "Ramaswamy", "Chatterjee", "Nair", "Deshpande"],
    "cn": ["Zhang", "Chen", "Wang", "Liu", "Huang", "Zhou"],
}
ORIGINS = list(FIRST)

def person(origins=None):
    o = R.choice(origins or ORIGINS)
    return R.choice(FIRST[o]), R.choice(LAST[o])

def full(origins=None):
    f, l = person(origins)
    return f"{f} {l}"

def cap_surname(l):
    # Dutch: capitalise tussenvoegsel when surname stands alone
    return l[0].upper() + l[1:]

# ---------------------------------------------------------------- checksummed identifiers
def elfproef(d):
    s = sum((9 - i) * int(d[i]) for i in range(8)) - int(d[8])
    return s % 11 == 0 and int(d) > 0

def bsn_digits():
    while True:
        d = "".join(R.choice(string.digits) for _ in range(9))
        if d[0] != "0" and elfproef(d):
            return d

def bad9():
    """9-digit number that fails the elfproef (hard negative)."""
    while True:
        d = str(R.randint(100000000, 999999999))
        if not elfproef(d):
            return d

def bsn(fmt=None):
    d = bsn_digits()
    fmt = fmt or R.choice(["plain", "dots", "spaces", "plain"])
    if fmt == "dots":
        return f"{d[:4]}.{d[4:6]}.{d[6:]}"
    if fmt == "spaces":
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    return d

def _mod97(s):
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97

def iban(country="NL", spaced=None):
    if country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + \
            "".join(R.choice(string.digits) for _ in range(10))
    elif country == "BE":
        b = "".join(R.choice(string.digits) for _ in range(10))
        chk = int(b) % 97 or 97
        bban = b + f"{chk:02d}"
    elif country == "DE":
        bban = "".join(R.choice(string.digits) for _ in range(18))
    elif country == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + "".join(R.choice(string.digits) for _ in range(14))
    chk = 98 - _mod97(bban + country + "00")
    ib = f"{country}{chk:02d}{bban}"
    assert _mod97(ib[4:] + ib[:4]) == 1
    if spaced is None:
        spaced = R.random() < 0.5
    if spaced:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib

def luhn_ok(n):
    tot = 0
    for i, c in enumerate(reversed(n)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def card(kind=None, fmt=None):
    kind = kind or R.choice(["visa", "mc", "mc2", "amex"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55"]), 16),
               "mc2": (str(R.randint(2221, 2720)), 16), "amex": (R.choice(["34", "37"]), 15)}[kind]
    body = pre + "".join(R.choice(string.digits) for _ in range(ln - len(pre) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            n = body + c
            break
    fmt = fmt or R.choice(["spaces", "plain", "dashes"])
    if kind == "amex":
        return f"{n[:4]} {n[4:10]} {n[10:]}" if fmt != "plain" else n
    if fmt == "spaces":
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if fmt == "dashes":
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n

def btw():
    while True:
        d = "".join(R.choice(string.digits) for _ in range(9))
        if elfproef(d):
            continue
        for s in range(1, 100):
            v = f"NL{d}B{s:02d}"
            if _mod97(v) == 1:
                return v

def kvk():
    return str(R.randint(10000000, 99999999))

CONS = "BDFGHJKLNPRSTVXZ"
BANNED = {"SD", "SS", "SA", "WA", "GVD", "KKK", "LPF", "NSB", "PKK", "PSV", "PVV", "SGP", "TBS", "KVT", "VVD", "SP"}

def kenteken():
    while True:
        L = lambda n: "".join(R.choice(CONS) for _ in range(n))
        D = lambda n: "".join(R.choice(string.digits) for _ in range(n))
        sc = R.choice(["XX-99-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "99-XX-XX"])
        out = ""
        for part in sc.split("-"):
            out += (L(len(part)) if part[0] == "X" else D(len(part))) + "-"
        out = out[:-1]
        if not any(b in out.replace("-", "") for b in BANNED if len(b) > 2) and \
                not any(b in seg for seg in out.split("-") for b in BANNED):
            return out

def postcode_nl(space=True):
    while True:
        l = R.choice("ABCDEFGHJKLMNPRSTVWXZ") + R.choice("ABCDEFGHJKLMNPRSTVWXZ")
        if l not in ("SA", "SD", "SS"):
            break
    return f"{R.randint(1011, 9999)}{' ' if space else ''}{l}"

def nl_mobile(fmt=None):
    d = "6" + str(R.randint(1, 5)) + "".join(R.choice(string.digits) for _ in range(7))
    fmt = fmt or R.choice(["dash", "plain", "space2", "intl", "intl0", "0031"])
    s = d[1:]
    return {"dash": f"06-{s}", "plain": f"06{s}", "space2": f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
            "intl": f"+31 6 {s[:4]} {s[4:]}", "intl0": f"+31 (0)6 {s[:4]} {s[4:]}",
            "0031": f"0031 6 {s}"}[fmt]

def nl_fixed(fmt=None):
    area = R.choice(["20", "10", "30", "70", "40", "50", "26", "73"])
    sub = str(R.randint(2, 9)) + "".join(R.choice(string.digits) for _ in range(6))
    fmt = fmt or R.choice(["dash", "space", "intl"])
    return {"dash": f"0{area}-{sub}", "space": f"0{area} {sub[:3]} {sub[3:]}",
            "intl": f"+31 {area} {sub[:3]} {sub[3:5]} {sub[5:]}"}[fmt]

def be_phone(fmt=None):
    s = "4" + R.choice("789") + str(R.randint(0, 9)) + "".join(R.choice(string.digits) for _ in range(6))
    fmt = fmt or R.choice(["nat", "intl"])
    if fmt == "nat":
        return f"0{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}"
    return f"+32 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}"

def de_phone(fmt=None):
    fmt = fmt or R.choice(["mob", "mobintl", "berlin", "koeln"])
    if fmt == "mob":
        return f"0{R.choice(['151', '160', '170', '171', '176'])} {R.randint(1000000, 9999999)}{R.randint(0, 9)}"
    if fmt == "mobintl":
        return f"+49 {R.choice(['151', '172', '176'])} {R.randint(1000000, 9999999)}{R.randint(0, 9)}"
    if fmt == "berlin":
        return f"030/{R.randint(2000000, 9999999)}{R.randint(0, 9)}"
    return f"+49 (0)221 {R.randint(2000000, 9999999)}"

def uk_phone(fmt=None):
    fmt = fmt or R.choice(["mob", "mobintl", "london"])
    if fmt == "mob":
        return f"07{R.choice(['911', '700', '802', '555', '468'])} {R.randint(100000, 999999)}"
    if fmt == "mobintl":
        return f"+44 7{R.choice(['911', '802', '468'])} {R.randint(100000, 999999)}"
    return f"020 7{R.randint(100, 999)} {R.randint(1000, 9999)}"

def ipv4():
    while True:
        a = R.choice([31, 45, 62, 77, 81, 84, 87, 89, 94, 145, 178, 185, 212, 213, 217])
        ip = f"{a}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
        return ip

def ipv6():
    return "2a02:" + ":".join(f"{R.randint(0x100, 0xffff):x}" for _ in range(3)) + "::" + f"{R.randint(1, 0xffff):x}"

MON = {"nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
       "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
       "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]}

def dob(lang, fmt=None):
    y, m, d = R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)
    fmt = fmt or R.choice(["num", "written", "num", "iso"])
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if fmt == "written":
        if lang == "de":
            return f"{d}. {MON['de'][m - 1]} {y}"
        if lang == "en" and R.random() < 0.5:
            return f"{MON['en'][m - 1]} {d}, {y}"
        return f"{d} {MON[lang][m - 1]} {y}"
    sep = {"nl": "-", "en": "/", "de": "."}[lang]
    return f"{d:02d}{sep}{m:02d}{sep}{y}"

def nl_docnr(first=None):
    first = first or R.choice("NI")
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    mid = "".join(R.choice(al + "123456789") for _ in range(6))
    return first + R.choice(al) + mid + str(R.randint(1, 9))

def de_ausweis():
    al = "CFGHJKLMNPRTVWXYZ"
    return "".join(R.choice(al + "0123456789") for _ in range(8)).replace("0", "1") + str(R.randint(0, 9))

def rijbewijs():
    return str(R.randint(4000000000, 5999999999))

NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Lindelaan", "Molenweg", "Sluisdijk", "Prinses Irenestraat",
              "Laan van Vollenhove", "Burgemeester Roelenweg", "Esdoornhof", "Hooigracht", "Wilgenplantsoen",
              "Zeeheldenkade", "Brinkstraat", "Van Speijkstraat", "Reigerstraat", "Oude Haagweg"]
NL_CITIES = ["Utrecht", "Zwolle", "Den Haag", "Tilburg", "Groningen", "Leiden", "Almere", "Nijmegen", "Amersfoort", "Haarlem"]
BE_STREETS = ["Kerkstraat", "Stationsstraat", "Bredabaan", "Kortrijksesteenweg", "Lindenlei", "Veldstraat"]
BE_CITIES = [("9000", "Gent"), ("2018", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge"), ("2800", "Mechelen")]
DE_STREETS = ["Hauptstraße", "Lindenallee", "Goethestraße", "Am Mühlbach", "Schillerplatz", "Bergstraße", "Kastanienweg", "Friedrich-Ebert-Straße"]
DE_CITIES = [("10115", "Berlin"), ("50667", "Köln"), ("80331", "München"), ("20095", "Hamburg"), ("40210", "Düsseldorf"), ("48143", "Münster")]
UK_STREETS = ["Green Lane", "Victoria Road", "Church Street", "Station Road", "Elm Grove", "Mill Lane"]
UK_CITIES = [("LS6 2AB", "Leeds"), ("M14 5RT", "Manchester"), ("BS8 1QU", "Bristol"), ("SW4 7JH", "London"), ("EH3 9DN", "Edinburgh")]

def hn():
    n = R.randint(1, 180)
    return str(n) + R.choice(["", "", "", "a", "B", "-II", " hs", "-3", " bis"])

def nl_addr():
    """returns (street+nr marked, postcode marked, city)"""
    return M("ADDRESS", f"{R.choice(NL_STREETS)} {hn()}"), M("POSTCODE", postcode_nl(R.random() < 0.75)), R.choice(NL_CITIES)

def be_addr():
    pc, c = R.choice(BE_CITIES)
    nr = str(R.randint(1, 140)) + R.choice(["", " bus 3", "/2", ""])
    return M("ADDRESS", f"{R.choice(BE_STREETS)} {nr}"), M("POSTCODE", pc), c

def de_addr():
    pc, c = R.choice(DE_CITIES)
    return M("ADDRESS", f"{R.choice(DE_STREETS)} {R.randint(1, 120)}{R.choice(['', '', 'a', 'b'])}"), M("POSTCODE", pc), c

def uk_addr():
    pc, c = R.choice(UK_CITIES)
    return M("ADDRESS", f"{R.randint(1, 220)} {R.choice(UK_STREETS)}"), M("POSTCODE", pc), c

def email_for(f, l, dom=None):
    loc = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{R.randint(70, 99)}", f"{l}.{f[0]}"])
    loc = loc.lower().replace(" ", "").replace("'", "")
    tr = str.maketrans("äöüßéèëçşıİğáóńłśćżšú", "aousee" "ecsiigaonlsczsu")
    loc = loc.translate(tr)
    dom = dom or R.choice(["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "telenet.be",
                           "web.de", "gmx.de", "yahoo.co.uk", "icloud.com", "live.nl", "planet.nl"])
    return f"{loc}@{dom}"

def neg_tokens():
    """random hard-negative phrases (no PII)."""
    return R.choice([
        f"ordernummer {bad9()}", f"factuur INV-2024-{R.randint(10000, 99999)}", f"ticket #{R.randint(10000, 999999)}",
        f"versie {R.randint(2, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}", f"{R.choice(['2048', '4096', '1024'])} MB",
        f"trackingcode 3S{''.join(R.choice('ABCDEFGHJK') for _ in range(4))}{R.randint(1000000, 9999999)}",
    ])

# ---------------------------------------------------------------- message builders
MSGS = []  # (lang, marked)

def add(lang, s):
    MSGS.append((lang, s))

# ================= DUTCH (60) =================
def nl_messages():
    # 1 refund with IBAN, formal letter
    for _ in range(2):
        f, l = person(["nl", "sr", "ma"])
        a, pc, c = nl_addr()
        add("nl", f"Geachte heer/mevrouw,\n\nOp {R.randint(1, 28)}-0{R.randint(1, 9)}-2024 heb ik abonnement {R.choice(['Plus', 'Basis', 'Pro'])} opgezegd, maar er is opnieuw € {R.randint(10, 99)},95 afgeschreven. "
                  f"Graag ontvang ik dit bedrag terug op rekening {M('IBAN', iban('NL'))} t.n.v. {M('PERSON', f[0] + '. ' + l)}.\n\n"
                  f"Met vriendelijke groet,\n\n{M('PERSON', f + ' ' + l)}\n{a}\n{pc} {c}")
    # 2 angry complaint with phone
    f, l = person(["nl"])
    add("nl", f"Dit is nu de DERDE keer dat ik bel!!! Al twee weken geen internet en niemand belt terug. "
              f"Bel me vandaag nog op {M('PHONE', nl_mobile('dash'))} anders zeg ik op. {M('PERSON', f)}")
    # 3 terse mobile
    add("nl", f"hoi mn pakket is nog steeds niet binnen bestelnr {bad9()} kunnen jullie ff kijken")
    add("nl", f"app werkt niet meer na update naar versie {R.randint(3, 7)}.{R.randint(0, 12)}.{R.randint(0, 9)} scherm blijft wit")
    add("nl", f"bel me ff terug {M('PHONE', nl_mobile('plain'))} groetjes {M('PERSON', R.choice(FIRST['ma']).lower())}")
    # 4 BSN unsolicited
    f, l = person(["nl", "tr"])
    add("nl", f"Beste klantenservice,\n\nVoor de huurtoeslag-verklaring vroeg u om mijn gegevens. Mijn BSN is {M('BSN', bsn('dots'))} en ik ben geboren op {M('DATE_OF_BIRTH', dob('nl', 'num'))}.\n\nGroeten,\n{M('PERSON', f + ' ' + l)}")
    f, l = person(["sr", "nl"])
    add("nl", f"Hallo, ik heb het formulier ingevuld maar de site accepteert mijn burgerservicenummer {M('BSN', bsn('spaces'))} niet. Wat doe ik fout? Mvg {M('PERSON', f)}")
    # 5 address change
    for orig in (["nl"], ["pl"], ["in"]):
        f, l = person(orig)
        a, pc, c = nl_addr()
        add("nl", f"Goedemiddag,\n\nPer 1 {R.choice(MON['nl'])} ben ik verhuisd. Mijn nieuwe adres is {a}, {pc} {c}. Wilt u de facturen voortaan daarheen sturen? Klantnummer {R.randint(100000, 999999)}.\n\nVriendelijke groet,\n{M('PERSON', f + ' ' + l)}")
    # 6 third person: parent
    f, l = person(["nl", "ma"])
    f2, _ = person(["nl", "ma"])
    a, pc, c = nl_addr()
    add("nl", f"Ik schrijf namens mijn moeder, mevrouw {M('PERSON', cap_surname(l))}, die zelf geen e-mail heeft. Zij woont op {a} in {c} en krijgt steeds aanmaningen voor een abonnement dat ze nooit heeft afgesloten. "
              f"U kunt mij bereiken op {M('PHONE', nl_fixed('dash'))}.\n\nGroet, {M('PERSON', f2 + ' ' + l)}")
    # 7 third person: neighbour packages
    f, l = person(["nl", "tr"])
    add("nl", f"Mijn pakket is volgens Track & Trace bezorgd bij de buren, maar de buurman ({M('PERSON', f + ' ' + l)}, nummer {R.randint(2, 90)}) zegt dat hij niks heeft. Zendingnummer 3SDEV{R.randint(1000000, 9999999)}. Wat nu?")
    # 8 tenant
    f, l = person(["pl"])
    f2, l2 = person(["nl"])
    a, pc, c = nl_addr()
    add("nl", f"Geachte heer, mevrouw,\n\nMijn huurder {M('PERSON', f + ' ' + l)} heeft op mijn adres ({a}, {pc} {c}) een contract afgesloten. Die huurder is inmiddels vertrokken, maar de rekeningen komen nog steeds bij mij. Het e-mailadres van de huurder was {M('EMAIL', email_for(f, l))}.\n\nHoogachtend,\ndrs. {M('PERSON', f2[0] + '. ' + l2)}")
    # 9 forwarded mail with headers
    f, l = person(["nl", "be"])
    e = email_for(f, l)
    add("nl", f"---------- Doorgestuurd bericht ---------\nVan: {M('PERSON', f + ' ' + l)} <{M('EMAIL', e)}>\nDatum: di {R.randint(1, 28)} mei 2024 om 09:{R.randint(10, 59)}\nOnderwerp: Storing glasvezel\nAan: <support@ons-bedrijf.example>\n\n"
              f"Sinds gisteren knippert het lampje rood. Modem serienummer SN{R.randint(10000000, 99999999)}. Kan er een monteur komen?\n\n{M('PERSON', f)}")
    # 10 social post with emoji & handle
    f, l = person(["nl", "ma", "sr"])
    add("nl", f"@Zonnestraal_NL al 3 dagen geen bereik in heel Utrecht-Oost 😡😡 wanneer wordt dit opgelost?? #storing")
    add("nl", f"@helpdesk_x echt top geholpen door {M('PERSON', R.choice(FIRST['nl']))} van de chat vandaag 🙏👍")
    add("nl", f"hey @ZonnestraalNL ik wacht al sinds 14:30 in de wachtrij 🙄 ticket {R.randint(100000, 999999)}")
    # 11 signature with job title + KvK/BTW (business customer)
    f, l = person(["nl"])
    a, pc, c = nl_addr()
    add("nl", f"Beste support,\n\nGraag ontvangen wij de factuur van maart opnieuw, nu met ons juiste btw-nummer erop. Dat is {M('BTW_ID', btw())}. Ons KvK-nummer is {M('KVK', kvk())}.\n\n"
              f"Met vriendelijke groet,\n\n{M('PERSON', f + ' ' + l)}\nOffice manager | Bouwbedrijf Hoekstra & Zn.\n{a}\n{pc}  {c.upper()}\nM {M('PHONE', nl_mobile('space2'))}")
    f, l = person(["tr", "nl"])
    add("nl", f"Hoi,\n\nIk ben ZZP'er en wil me aanmelden voor het zakelijke pakket. KvK {M('KVK', kvk())}, btw-id {M('BTW_ID', btw())}. Kan dat met terugwerkende kracht?\n\nGroet,\n{M('PERSON', f)}\nFreelance fotograaf")
    # 12 support agent replies
    f, l = person(["nl"])
    fc, lc = person(["nl", "ma", "tr"])
    add("nl", f"Beste {M('PERSON', fc)},\n\nBedankt voor uw bericht. Ik heb de dubbele afschrijving van € 34,50 teruggeboekt; u ziet dit binnen 5 werkdagen op uw rekening. Uw ticketnummer is {R.randint(1000000, 9999999)}.\n\nMet vriendelijke groet,\n{M('PERSON', f)}\nKlantenservice")
    f, l = person(["nl"])
    fc, lc = person(["nl", "sr"])
    add("nl", f"Geachte heer {M('PERSON', cap_surname(lc))},\n\nWij hebben uw verzoek ontvangen. Om veiligheidsredenen vragen wij u géén kopie van uw paspoort te mailen. De monteur komt op donderdag 13 juni tussen 08:00 en 12:00.\n\nMet vriendelijke groet,\n{M('PERSON', f + ' ' + l)}\nTeamleider Klantcontact")
    # 13 ID documents
    f, l = person(["nl", "ma"])
    add("nl", f"Hierbij mijn gegevens voor de verificatie: paspoortnummer {M('ID_DOCUMENT', nl_docnr('N'))}, geldig tot 2031. Geboortedatum {M('DATE_OF_BIRTH', dob('nl', 'written'))}.\nGroet {M('PERSON', f + ' ' + l)}")
    f, l = person(["nl"])
    add("nl", f"Ik heb mijn ID-kaart ({M('ID_DOCUMENT', nl_docnr('I'))}) als bijlage meegestuurd, kan iemand bevestigen dat het is aangekomen? {M('PERSON', f)}")
    f, l = person(["sr"])
    add("nl", f"Voor de huurauto: rijbewijsnummer {M('ID_DOCUMENT', rijbewijs())}, kenteken van mijn eigen auto is {M('LICENSE_PLATE', kenteken())}. Ophalen op vrijdag 10:00.\n{M('PERSON', f + ' ' + l)}")
    # 14 kenteken
    f, l = person(["nl", "tr"])
    add("nl", f"Goedemorgen, de laadpaal herkent mijn auto niet meer. Kenteken {M('LICENSE_PLATE', kenteken())}, laadpas {R.choice(['NL-EVB-', 'NL-TNM-'])}{R.randint(100000, 999999)}. Groet {M('PERSON', f + ' ' + l)}")
    add("nl", f"parkeervergunning aangevraagd voor {M('LICENSE_PLATE', kenteken().replace('-', ''))} maar nog niks gehoord")
    # 15 credit card
    f, l = person(["nl", "in"])
    add("nl", f"De betaling lukt niet. Ik heb het drie keer geprobeerd met mijn creditcard {M('CREDIT_CARD', card('visa'))} (geldig t/m 08/27). Wat gaat er mis?\n\n{M('PERSON', f + ' ' + l)}")
    add("nl", f"Mijn Mastercard eindigend op **** **** **** {R.randint(1000, 9999)} is twee keer belast voor bestelling {R.randint(10000000, 99999999)}. Graag terugstorten.")
    # 16 IP
    f, l = person(["nl", "cn"])
    add("nl", f"Ik kan niet inloggen op het portaal, melding 'toegang geweigerd'. Mijn IP-adres is {M('IP_ADDRESS', ipv4())} (thuis, Ziggo). Mijn router intern is 192.168.178.1.\n{M('PERSON', f)}")
    add("nl", f"Mijn IPv6 adres {M('IP_ADDRESS', ipv6())} staat volgens jullie foutmelding op een blokkadelijst, klopt dat?")
    # 17 e-mail change
    f, l = person(["nl", "pl"])
    add("nl", f"Wilt u mijn e-mailadres wijzigen naar {M('EMAIL', email_for(f, l))}? Het oude adres {M('EMAIL', email_for(f, l))} gebruik ik niet meer. Dank, {M('PERSON', f + ' ' + l)}")
    # 18 Belgian customer
    f, l = person(["be"])
    a, pc, c = be_addr()
    add("nl", f"Dag,\n\nIk woon in België en jullie levering kwam niet aan. Adres: {a}, {pc} {c}. Gsm: {M('PHONE', be_phone('nat'))}. Terugstorten mag op {M('IBAN', iban('BE'))}.\n\nMet vriendelijke groeten,\n{M('PERSON', f + ' ' + l)}")
    f, l = person(["be"])
    add("nl", f"Beste, mijn partner {M('PERSON', f + ' ' + l)} heeft per ongeluk het contract op de verkeerde naam gezet. Kan dat aangepast worden? Bereikbaar op {M('PHONE', be_phone('intl'))}.")
    # 19 Postbus customer
    f, l = person(["nl"])
    add("nl", f"Graag de correspondentie voortaan naar {M('ADDRESS', 'Postbus ' + str(R.randint(10, 9999)))}, {M('POSTCODE', postcode_nl())} {R.choice(NL_CITIES)}. Mvg, {M('PERSON', f[0] + '.' + R.choice('JKMP') + '. ' + l)}")
    # 20 DOB in form-ish block
    f, l = person(["nl", "tr"])
    a, pc, c = nl_addr()
    add("nl", f"Naam: {M('PERSON', f + ' ' + l)}\nAdres: {a}\nPostcode: {pc}\nWoonplaats: {c}\nGeboortedatum: {M('DATE_OF_BIRTH', dob('nl', 'num'))}\nTelefoon: {M('PHONE', nl_mobile('intl'))}\nE-mail: {M('EMAIL', email_for(f, l))}\nOpmerking: graag overstappen naar maandbetaling")
    # 21 more IBAN forms
    f, l = person(["ma", "nl"])
    add("nl", f"ik wil mn machtiging intrekken en voortaan zelf overmaken. rekening was {M('IBAN', iban('NL', False).lower())} groet {M('PERSON', f)}")
    # 22 combined messy
    f, l = person(["tr"])
    f2, l2 = person(["tr"])
    add("nl", f"Hallo,\nmijn man {M('PERSON', R.choice(['Burak', 'Mehmet', 'Kerem', 'Emre']))} en ik ({M('PERSON', f + ' ' + l)}) hebben allebei een account. Kunnen jullie die samenvoegen? Zijn nummer is {M('PHONE', nl_mobile('intl0'))}, het mijne {M('PHONE', nl_mobile('dash'))}.\nAlvast bedankt!")
    # 23 negatives (NL)
    negs = [
        f"Goedemiddag,\n\nFactuur INV-2024-{R.randint(10000, 99999)} van 12-03-2024 klopt niet: er staat € 1.249,00 in plaats van € 249,00. Kunt u een creditnota sturen?\n\nMet vriendelijke groet",
        f"Na de update naar versie 10.2.0.1 crasht de app bij het openen van een PDF groter dan 2048 MB. Ticket {R.randint(100000, 999999)}.",
        f"Wanneer wordt bestelling {bad9()} verzonden? Ik heb op 3 mei om 14:12 besteld en nog geen trackingcode ontvangen.",
        f"Router blijft herstarten. Ik heb al een reset gedaan, ip 192.168.1.1 is bereikbaar maar 10.0.0.138 niet. Modem type ZX-400, firmware 2.4.17.",
        f"Jullie hebben mijn betaling van € 89,99 op 02-04-2024 twee keer afgeschreven (kaart **** 5521). Referentie TRX-{R.randint(1000000, 9999999)}.",
        f"De levering van artikel PRD-{R.randint(1000, 9999)}-XL (maat 42) staat al sinds dinsdag op 'onderweg'. Zendingcode 3SABCD{R.randint(1000000, 9999999)}.",

        f"Klacht: de monteur zou komen tussen 08:00 en 12:00 maar is om 15:45 nog steeds niet geweest. Afspraaknummer {R.randint(10000000, 99999999)}.",
        f"Ik heb 2 licenties gekocht (order {bad9()}) maar kan er maar 1 activeren. Licentiesleutel begint met XK7-.",
        f"Is de storing in postcodegebied 35 al verholpen? Sinds 06:30 vanochtend geen tv en geen internet 😤",
        f"Mijn telefoon heeft 128 GB opslag en de app zegt dat er 4096 MB vrij moet zijn. Dat is toch genoeg?",
        f"Beste,\n\nIn uw mail van 14 februari 2024 staat dat de korting 25% is, maar op factuur 2024-0{R.randint(100, 999)} zie ik 15%. Graag correctie.\n\nGroet",
        f"Bestelling #{R.randint(100000, 999999)} is beschadigd aangekomen, doos was open. Foto's in de bijlage. Graag een nieuwe, vervangend artikelnummer 8719{R.randint(100000000, 999999999)}.",
        f"De wifi-extender (model WX-3000, versie 3.1.4.2) vindt het netwerk niet. Tips?",


        f"Sinds 1 januari is mijn maandbedrag verhoogd van € 42,50 naar € 49,95 zonder dat ik bericht kreeg. Klantnummer {R.randint(1000000, 9999999)}.",

        f"Ik heb om 23:59 nog betaald maar de bevestiging (ref. {R.randint(100000000000, 999999999999)}) is niet binnengekomen.",

        f"Hallo, de link in de mail om mijn account te activeren is verlopen (geldig tot 12-05-2024 18:00). Kunnen jullie een nieuwe sturen?",
        f"pakket 3STNTX{R.randint(1000000, 9999999)} ligt al 5 dagen in het sorteercentrum, wat is er aan de hand",
    ]
    for n in negs:
        add("nl", n)
    # fill to 60 with more PII messages
    f, l = person(["nl"])
    a, pc, c = nl_addr()
    add("nl", f"Afleveradres wijzigen voor bestelling {R.randint(1000000, 9999999)} graag naar {a}, {pc}  {c} (achterom, bel aan bij fam. {M('PERSON', cap_surname(l))}).")
    f, l = person(["cn"])
    add("nl", f"Hallo, ik ben {M('PERSON', f + ' ' + l)}, student uit Delft. Mijn rekening {M('IBAN', iban('NL', True))} is twee keer belast. Mail mij a.u.b. op {M('EMAIL', email_for(f, l))}.")
    f, l = person(["ie", "gb"])
    add("nl", f"Goedendag, mijn collega {M('PERSON', f + ' ' + l)} spreekt geen Nederlands; kunt u hem in het Engels terugbellen op {M('PHONE', uk_phone('mobintl'))}?")
    f, l = person(["nl"])
    add("nl", f"Ik ben {M('DATE_OF_BIRTH', dob('nl', 'written'))} geboren en kom daarom in aanmerking voor de seniorenkorting, toch? Mvg {M('PERSON', f[0] + '. ' + l)}")
    f, l = person(["ma"])
    add("nl", f"sorry voor de late reactie, hierbij mn sofinummer {M('BSN', bsn('plain'))} voor de loonstrook. {M('PERSON', f)}")


# ================= ENGLISH (50) =================
def en_messages():
    for _ in range(2):
        f, l = person(["gb", "ie", "in"])
        a, pc, c = uk_addr()
        add("en", f"Dear Sir or Madam,\n\nI am writing to request a refund for order {R.randint(1000000, 9999999)}, which arrived damaged on {R.randint(1, 28)} April. Please transfer the £{R.randint(20, 200)}.00 to my account {M('IBAN', iban('GB'))}.\n\nYours faithfully,\n\n{M('PERSON', f + ' ' + l)}\n{a}\n{c} {pc}")
    f, l = person(["gb"])
    add("en", f"This is absolutely unacceptable. I have been on hold for 45 minutes THREE times. Call me on {M('PHONE', uk_phone('mob'))} today or I'm cancelling. - {M('PERSON', f + ' ' + l)}")
    f, l = person(["in"])
    add("en", f"hi my account locked again pls help, email is {M('EMAIL', email_for(f, l))} thx {M('PERSON', f.lower())}")
    add("en", f"@ShopHelp my parcel says delivered but nothing here 📦❓ tracking 1Z{R.randint(100, 999)}AA{R.randint(10000000000, 99999999999)}")
    f, l = person(["gb", "ie"])
    add("en", f"@ShopHelp huge thanks to {M('PERSON', f)} on live chat for sorting my refund in 5 mins 🙌")
    # DOB + passport
    f, l = person(["gb", "in"])
    add("en", f"Hello,\n\nFor the age verification: my date of birth is {M('DATE_OF_BIRTH', dob('en', 'written'))} and my passport number is {M('ID_DOCUMENT', bad9())}.\n\nBest,\n{M('PERSON', f)}")
    f, l = person(["cn", "in"])
    add("en", f"I was born on {M('DATE_OF_BIRTH', dob('en', 'num'))}, so the system saying I'm under 18 is wrong. Can you fix this? {M('PERSON', f + ' ' + l)}")
    # card
    f, l = person(["gb", "ie"])
    add("en", f"Your checkout keeps declining my card {M('CREDIT_CARD', card('mc'))}, exp 11/26. I've used it everywhere else today without issue.\n\nRegards,\n{M('PERSON', f + ' ' + l)}")
    f, l = person(["in"])
    add("en", f"paid with amex {M('CREDIT_CARD', card('amex'))} but order still pending?? {M('PERSON', f)}")
    # IP
    f, l = person(["gb", "cn"])
    add("en", f"Hi team, your firewall is blocking me. My public IP is {M('IP_ADDRESS', ipv4())}, I'm working from home. Internal address is 10.1.4.22 if that helps.\nCheers,\n{M('PERSON', f)}")
    add("en", f"Getting 'access denied from {M('IP_ADDRESS', ipv6())}' on the admin panel since this morning. Any idea?")
    # third person
    f, l = person(["ie"])
    f2 = R.choice(["Cormac", "Padraig", "Declan"])
    a, pc, c = uk_addr()
    add("en", f"Hello,\n\nMy father, {M('PERSON', f2 + ' ' + l)}, passed the account over to me. He still lives at {a}, {c} {pc}, and keeps receiving letters. His landline is {M('PHONE', uk_phone('london'))}.\n\nThanks,\n{M('PERSON', f + ' ' + l)}")
    f, l = person(["tr", "pl"])
    add("en", f"My neighbour {M('PERSON', f + ' ' + l)} took in my parcel but says it was empty. Can you check the weight recorded for shipment {R.randint(10000000, 99999999)}?")
    # forwarded
    f, l = person(["gb", "in"])
    e = email_for(f, l)
    add("en", f"-----Original Message-----\nFrom: {M('PERSON', f + ' ' + l)} <{M('EMAIL', e)}>\nSent: Monday, 6 May 2024 10:14\nTo: Support\nSubject: Cancel subscription\n\nPlease cancel my subscription effective immediately. Ref SUB-{R.randint(10000, 99999)}.\n\n{M('PERSON', f)}")
    # signature with title + address
    f, l = person(["gb"])
    a, pc, c = uk_addr()
    add("en", f"Hi,\n\nCould you send the quote for 25 seats again? The previous PDF (Q-2024-{R.randint(100, 999)}) was corrupted.\n\nKind regards,\n\n{M('PERSON', f + ' ' + l)}\nHead of Operations\n{a}, {c} {pc}\nMobile: {M('PHONE', uk_phone('mobintl'))}")
    # Dutch customer writing English
    f, l = person(["in", "cn"])
    a, pc, c = nl_addr()
    add("en", f"Hello, I recently moved to the Netherlands. Please update my address to {a}, {pc} {c}. My Dutch mobile is {M('PHONE', nl_mobile('intl'))}. Thanks! {M('PERSON', f + ' ' + l)}")
    f, l = person(["pl"])
    add("en", f"Hi, to register the company account: Chamber of Commerce number {M('KVK', kvk())}, VAT number {M('BTW_ID', btw())}. Regards, {M('PERSON', f + ' ' + l)}, director")
    f, l = person(["in"])
    add("en", f"The form asked for my citizen service number, it is {M('BSN', bsn('plain'))}. Is that safe to send by email? - {M('PERSON', f)}")
    # agent reply
    f, l = person(["gb", "nl"])
    fc, lc = person(["gb", "ie", "in"])
    add("en", f"Dear Ms {M('PERSON', lc)},\n\nThank you for contacting us. I've issued a refund of €59.00 for invoice INV-{R.randint(100000, 999999)}; please allow 3–5 working days. For your security, please never send us your full card number by e-mail.\n\nKind regards,\n{M('PERSON', f)}\nCustomer Care Team")
    f, l = person(["gb"])
    fc, lc = person(["tr", "ma"])
    add("en", f"Hi {M('PERSON', fc)},\n\nthanks for your patience. The engineer is booked for Thursday between 1pm and 5pm. Your case number is {R.randint(1000000, 9999999)}.\n\nBest wishes,\n{M('PERSON', f + ' ' + l)} | Support Specialist")
    # German customer writing in English
    f, l = person(["de"])
    a, pc, c = de_addr()
    add("en", f"Please ship the replacement to {a}, {pc} {c}, Germany. You can reach me at {M('PHONE', de_phone('mobintl'))}. Best, {M('PERSON', f + ' ' + l)}")
    # driving licence & plate
    f, l = person(["gb", "nl"])
    add("en", f"Car rental booking RNT-{R.randint(10000, 99999)}: my driving licence number is {M('ID_DOCUMENT', rijbewijs())} and the car I'll be using for the parking permit is {M('LICENSE_PLATE', kenteken())}. {M('PERSON', f + ' ' + l)}")
    add("en", f"wrong plate on my parking ticket, my car is {M('LICENSE_PLATE', kenteken())} not whatever you wrote")
    # Belgian in English
    f, l = person(["be"])
    add("en", f"Hello, Belgian customer here. Refund to {M('IBAN', iban('BE', True))} please, and call me on {M('PHONE', be_phone('intl'))} if needed. {M('PERSON', f)}")
    f, l = person(["cn"])
    add("en", f"My name is {M('PERSON', f + ' ' + l)} and my ID card number is {M('ID_DOCUMENT', nl_docnr('I'))}. I need to verify my account for the bank transfer.")
    # negatives EN (~17)
    negs = [
        f"Hi,\n\nInvoice INV-2024-{R.randint(10000, 99999)} dated 03/04/2024 shows £1,249.00 instead of £249.00. Please send a corrected invoice.\n\nThanks",
        f"App crashes on startup since update 4.12.3 (build 10.4.2.7). iPhone 12, iOS 17.4.",
        f"Where is my order #{R.randint(100000, 999999)}? It was supposed to arrive on Tuesday between 9:00 and 13:00.",
        f"The VM has 2048 MB RAM but your installer says 4096 MB is required. Is there a lite version?",
        f"Card ending **** **** **** {R.randint(1000, 9999)} was charged twice for order {bad9()}. Please reverse one charge.",
        f"can't connect to the router at 192.168.0.1, tried resetting twice",
        f"Tracking number JD0146000{R.randint(10000000, 99999999)} hasn't updated since 14 March.",
        f"Why did my monthly price go from €12.99 to €15.99 on 1 February 2024? Nobody told me.",
        f"Love the new dashboard 😍 but dark mode resets every time I log in. Ticket ref {R.randint(100000, 999999)}",
        f"My licence key for product SKU-AB12-{R.randint(1000, 9999)} isn't working after reinstall.",
        f"Server at 10.20.30.40 returns error 502 between 02:00 and 02:15 every night. Logs attached (case {R.randint(1000000, 9999999)}).",
        f"Is the 30-day return window counted from the order date (12 May) or from delivery (15 May)?",
        f"Please close ticket {R.randint(1000000, 9999999)}, issue resolved. Thanks!",
        f"Your site says 'Error 0x80070005' when I upload a file bigger than 512 MB.",
        f"The firmware 2.0.1.15 changelog mentions fixes for port 8080 but it still fails on my setup.",
        f"Booking reference ABX9{R.randint(10, 99)}Q for 2 adults, check-in 21/06/2024, please confirm breakfast is included.",
        f"ugh third time asking: how do i export my data as CSV?? 😩",
    ]
    for n in negs:
        add("en", n)
    # fill
    f, l = person(["ie"])
    add("en", f"Hi, I'm {M('PERSON', f)}. Born {M('DATE_OF_BIRTH', dob('en', 'iso'))}, according to your form I'm not eligible, which is wrong.")
    f, l = person(["ma", "sr"])
    add("en", f"Update my contact email from {M('EMAIL', email_for(f, l))} to {M('EMAIL', email_for(f, l, 'protonmail.com'))} please.\n\n--\n{M('PERSON', f + ' ' + l)}\nSent from my iPhone")
    f, l = person(["in"])
    add("en", f"Hello support,\nmy tenant {M('PERSON', f + ' ' + l)} moved out last month but the broadband is still in their name. Their mobile: {M('PHONE', nl_mobile('0031'))}. How do I transfer it?")

    f, l = person(["tr", "gb"])
    a, pc, c = uk_addr()
    add("en", f"To whom it may concern,\n\nPlease find my details for the insurance add-on below.\nName: {M('PERSON', f + ' ' + l)}\nD.O.B.: {M('DATE_OF_BIRTH', dob('de', 'num'))}\nAddress: {a}, {c}, {pc}\nPhone: {M('PHONE', '+44 20 7' + str(R.randint(100, 999)) + ' ' + str(R.randint(1000, 9999)))}\n\nRegards")
    f, l = person(["gb"])
    fc, lc = person(["cn", "pl"])
    add("en", f"Hi {M('PERSON', fc)},\n\nI've updated the e-mail on your account to {M('EMAIL', email_for(fc, lc))} as requested. You'll receive a confirmation link within 10 minutes.\n\nAll the best,\n{M('PERSON', f)} (Tier 2 Support)")
    f, l = person(["ie", "in"])
    add("en", f"@ShopHelp DMs aren't working 🙄 email me at {M('EMAIL', email_for(f, l))} pls")
    f, l = person(["gb"])
    f2, l2 = person(["gb"])
    add("en", f"My wife {M('PERSON', R.choice(['Charlotte', 'Harriet', 'Emily', 'Gemma']))} ordered the same item on her account by mistake (order {R.randint(1000000, 9999999)}). Could you cancel hers? Her number is {M('PHONE', uk_phone('mob'))}. Cheers, {M('PERSON', f + ' ' + l)}")


# ================= GERMAN (40) =================
def de_messages():
    for _ in range(2):
        f, l = person(["de"])
        a, pc, c = de_addr()
        add("de", f"Sehr geehrte Damen und Herren,\n\nich widerrufe hiermit meinen Vertrag vom {R.randint(1, 28)}.0{R.randint(1, 9)}.2024. Bitte erstatten Sie den Betrag von {R.randint(20, 150)},00 € auf mein Konto {M('IBAN', iban('DE'))}.\n\nMit freundlichen Grüßen\n\n{M('PERSON', f + ' ' + l)}\n{a}\n{pc} {c}")
    f, l = person(["de"])
    add("de", f"Seit einer Woche kein Internet!!! Ich zahle jeden Monat 44,99 € für NICHTS. Rufen Sie mich sofort zurück: {M('PHONE', de_phone('mob'))}. {M('PERSON', f + ' ' + l)}")
    add("de", f"paket immer noch nicht da sendungsnummer 00340434{R.randint(100000000, 999999999)}{R.randint(10, 99)} was ist los")
    f, l = person(["tr"])
    add("de", f"hallo bitte um rückruf {M('PHONE', de_phone('berlin'))} danke {M('PERSON', f)}")
    f, l = person(["de"])
    add("de", f"@KundenserviceDE danke an {M('PERSON', f)} aus dem Chat, super schnell geholfen 👏")
    add("de", f"@KundenserviceDE seit 06:00 Störung in ganz Köln 😡 wann geht's wieder??")
    # DOB, Ausweis
    f, l = person(["de", "tr", "pl"])
    add("de", f"Guten Tag,\n\nfür die Identitätsprüfung: Personalausweisnummer {M('ID_DOCUMENT', de_ausweis())}, geboren am {M('DATE_OF_BIRTH', dob('de', 'num'))}.\n\nViele Grüße\n{M('PERSON', f + ' ' + l)}")
    f, l = person(["de"])
    add("de", f"Mein Geburtsdatum ist der {M('DATE_OF_BIRTH', dob('de', 'written'))}, nicht der 1. Januar 1970 wie in Ihrem System. Bitte korrigieren. {M('PERSON', f[0] + '. ' + l)}")
    f, l = person(["de"])
    add("de", f"Reisepassnummer für die Buchung: {M('ID_DOCUMENT', de_ausweis())}. Gruß aus Köln, {M('PERSON', f)}")
    # address change with third person
    f, l = person(["de"])
    f2, l2 = person(["de", "tr"])
    a, pc, c = de_addr()
    add("de", f"Hallo,\n\nmeine Mutter {M('PERSON', R.choice(['Sabine', 'Ursula', 'Katharina', 'Anja']) + ' ' + l2)} ist umgezogen und bekommt Ihre Post nicht mehr. Neue Anschrift: {a}, {pc} {c}. Sie ist unter {M('PHONE', de_phone('koeln'))} erreichbar.\n\nGruß\n{M('PERSON', f)}")
    # forwarded
    f, l = person(["de", "pl"])
    e = email_for(f, l)
    add("de", f"-------- Weitergeleitete Nachricht --------\nVon: {M('PERSON', f + ' ' + l)} <{M('EMAIL', e)}>\nDatum: 7. Mai 2024, 16:22\nBetreff: Rechnung doppelt bezahlt\nAn: service@firma.example\n\nIch habe Rechnung RE-{R.randint(100000, 999999)} zweimal bezahlt. Bitte um Gutschrift.\n\n{M('PERSON', f)}")
    # signature
    f, l = person(["de"])
    a, pc, c = de_addr()
    add("de", f"Sehr geehrte Frau {M('PERSON', R.choice(LAST['de']))},\n\nanbei die unterschriebene Auftragsbestätigung AB-{R.randint(1000, 9999)}.\n\nMit freundlichen Grüßen\n\nDr. {M('PERSON', f + ' ' + l)}\nLeitung Einkauf\n{a}\n{pc} {c}\nTel. {M('PHONE', de_phone('berlin'))}\n{M('EMAIL', email_for(f, l))}")
    # agent reply
    f, l = person(["de"])
    fc, lc = person(["de", "tr"])
    add("de", f"Sehr geehrter Herr {M('PERSON', lc)},\n\nvielen Dank für Ihre Nachricht. Wir haben die Gutschrift über 29,90 € veranlasst (Vorgang {R.randint(1000000, 9999999)}).\n\nMit freundlichen Grüßen\n{M('PERSON', f + ' ' + l)}\nKundenservice")
    f, l = person(["de"])
    fc, _ = person(["pl", "de"])
    add("de", f"Hallo {M('PERSON', fc)},\n\nder Techniker kommt am Mittwoch zwischen 8 und 12 Uhr. Bitte halten Sie die Auftragsnummer {R.randint(10000000, 99999999)} bereit.\n\nBeste Grüße\n{M('PERSON', f)} vom Support-Team")
    # card, IP
    f, l = person(["de"])
    add("de", f"Die Zahlung mit meiner Kreditkarte {M('CREDIT_CARD', card('mc2'))} wird abgelehnt, obwohl sie bis 09/28 gültig ist. {M('PERSON', f + ' ' + l)}")
    f, l = person(["de", "tr"])
    add("de", f"Meine IP-Adresse {M('IP_ADDRESS', ipv4())} wurde gesperrt, ich komme nicht mehr ins Kundenkonto. Lokal habe ich 192.168.2.34. Gruß {M('PERSON', f)}")
    # Kennzeichen (DE) and NL kenteken
    f, l = person(["de"])
    add("de", f"Die Parkplatzreservierung ist für das Fahrzeug mit dem Kennzeichen {M('LICENSE_PLATE', 'M-' + ''.join(R.choice('ABCDEFGHKLMNPRSTUVWXZ') for _ in range(2)) + ' ' + str(R.randint(100, 9999)))}. {M('PERSON', f + ' ' + l)}")
    f, l = person(["nl"])
    add("de", f"Ich wohne in den Niederlanden, mein Auto hat das Kennzeichen {M('LICENSE_PLATE', kenteken())}. Die Maut-Rechnung ist falsch.")
    # Dutch/ Swiss customer IBAN NL in German
    f, l = person(["pl"])
    add("de", f"Bitte überweisen Sie die Rückzahlung auf {M('IBAN', iban('NL', True))} (Kontoinhaber {M('PERSON', f + ' ' + l)}). Danke!")
    f, l = person(["de"])
    add("de", f"Für die Rechnung bitte unsere USt-IdNr. ergänzen: {M('BTW_ID', btw())}, KvK-Nummer {M('KVK', kvk())} (niederländische Niederlassung). Gruß {M('PERSON', f + ' ' + l)}")
    f, l = person(["nl", "de"])
    add("de", f"Meine niederländische Bürgerservicenummer lautet {M('BSN', bsn('plain'))}, brauchen Sie die wirklich? {M('PERSON', f)}")
    f, l = person(["tr"])
    f2, l2 = person(["tr"])
    add("de", f"Meine Nachbarn, Familie {M('PERSON', l2)}, haben mein Paket angenommen, sagen aber es war leer. Schreiben Sie mir an {M('EMAIL', email_for(f, l))}.")
    f, l = person(["gb"])
    a, pc, c = uk_addr()
    add("de", f"Lieferung bitte an meine Adresse in England: {a}, {c} {pc}. Handy: {M('PHONE', uk_phone('mobintl'))}. {M('PERSON', f + ' ' + l)}")
    f, l = person(["de", "pl"])
    f2, l2 = person(["de"])
    add("de", f"hi mein mann {M('PERSON', R.choice(['Jürgen', 'Lukas', 'Dieter', 'Felix', 'Matthias']))} hat das abo abgeschlossen aber zahlen tu ich, bitte ab jetzt von {M('IBAN', iban('DE', True))} abbuchen, handy {M('PHONE', de_phone('mob'))} lg {M('PERSON', f.lower())}")
    f, l = person(["tr", "de"])
    a, pc, c = de_addr()
    add("de", f"Name: {M('PERSON', f + ' ' + l)}\nStraße: {a}\nPLZ/Ort: {pc} {c}\nGeburtsdatum: {M('DATE_OF_BIRTH', dob('de', 'iso'))}\nE-Mail: {M('EMAIL', email_for(f, l))}\nAnliegen: Tarifwechsel zum 1. Juli")
    # negatives DE (~14)
    negs = [
        f"Guten Tag,\n\ndie Rechnung RE-2024-{R.randint(10000, 99999)} vom 03.04.2024 weist 1.249,00 € statt 249,00 € aus. Bitte um Korrektur.\n\nMit freundlichen Grüßen",
        f"Nach dem Update auf Version 8.3.1 stürzt die App ab, sobald ich ein Foto über 2048 MB hochlade.",
        f"Wo bleibt meine Bestellung {bad9()}? Bestellt am 2. Mai um 18:40 Uhr.",
        f"Router-Oberfläche unter 192.168.178.1 nicht erreichbar, Firmware 7.57.",
        f"Meine Karte **** **** **** {R.randint(1000, 9999)} wurde zweimal belastet (Bestellnr. {R.randint(10000000, 99999999)}).",
        f"Wann kommt der Techniker? Termin war Dienstag 10:00–12:00, Ticket #{R.randint(100000, 999999)}.",
        f"seit dem 1. März kostet der Tarif 39,99 € statt 34,99 €, warum??",
        f"Artikel 4005{R.randint(100000000, 999999999)} ist defekt angekommen, bitte Ersatz schicken.",
        f"Top Service heute, danke! 👍 #zufrieden",
        f"Die Sendung JJD000390{R.randint(1000000000, 9999999999)} hängt seit Freitag im Paketzentrum fest.",
        f"Wie kann ich meinen Vertrag kündigen? Kundennummer {R.randint(1000000, 9999999)}.",
        f"Der Server 10.8.0.1 im VPN antwortet nicht, Build 2024.05.1, Fehlercode 0x2F.",
        f"Laut Bestätigung vom 15.05.2024 sollte die Lieferung am 18.05. kommen. Heute ist der 24.05.",
        f"Die Lizenz für 5 Geräte (Bestellung {bad9()}) lässt sich nur auf 3 aktivieren.",
    ]
    for n in negs:
        add("de", n)


def main():
    nl_messages()
    en_messages()
    de_messages()
    out = []
    counts = {}
    for i, (lang, marked) in enumerate(MSGS):
        counts[lang] = counts.get(lang, 0) + 1
        text, spans = render(marked)
        for sp in spans:
            v = text.encode()[sp["start"]:sp["end"]].decode()
            assert v == v.strip() and v, (marked, v)
        out.append({"id": f"h3-{lang}-{counts[lang]:03d}", "lang": lang, "text": text, "spans": spans})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    npii = sum(1 for r in out if not r["spans"])
    labs = {}
    for r in out:
        for s in r["spans"]:
            labs[s["label"]] = labs.get(s["label"], 0) + 1
    print(len(out), counts, "pii-free:", npii, labs)


if __name__ == "__main__":
    main()
