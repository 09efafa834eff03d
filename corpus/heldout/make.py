#!/usr/bin/env python3
"""Held-out gold corpus for pii-scrubber: hand-written support messages, synthetic PII.

Markup in the message templates: [[LABEL:value]] marks a gold span. The generator strips the
markup and records UTF-8 byte offsets. All identifiers are generated here and checksum-valid
(IBAN mod-97, BSN elfproef, Luhn, BTW mod-97)."""
import json, os, random, re, string

random.seed(20240611)
D = string.digits


# ---------------------------------------------------------------- value generators
def _grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def iban(cc, bban, fmt="plain"):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = f"{cc}{98 - n % 97:02d}{bban}"
    if fmt == "space":
        return _grp(s)
    if fmt == "lower":
        return s.lower()
    if fmt == "lowerspace":
        return _grp(s.lower())
    if fmt == "dash":
        return _grp(s, sep="-")
    return s


def nl_iban(fmt="plain", bank=None):
    bank = bank or random.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"])
    return iban("NL", bank + "".join(random.choice(D) for _ in range(10)), fmt)


def de_iban(fmt="plain"):
    return iban("DE", "".join(random.choice(D) for _ in range(18)), fmt)


def be_iban(fmt="plain"):
    first = "".join(random.choice(D) for _ in range(10))
    chk = int(first) % 97 or 97
    return iban("BE", first + f"{chk:02d}", fmt)


def elf_ok(s):
    d = [int(c) for c in s]
    tot = sum((9 - i) * d[i] for i in range(8)) - d[8]
    return int(s) > 0 and tot % 11 == 0


def bsn(fmt="plain"):
    while True:
        s = str(random.randint(100000000, 999999999))
        if elf_ok(s):
            break
    if fmt == "dots":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if fmt == "space":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if fmt == "dash":
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    return s


def not_bsn():
    while True:
        s = str(random.randint(100000000, 999999999))
        if not elf_ok(s):
            return s


def elf_number():
    """9 digits that DO pass the elfproef, used as order/invoice numbers (hard negatives)."""
    return bsn()


def luhn_complete(prefix, length):
    body = prefix + "".join(random.choice(D) for _ in range(length - len(prefix) - 1))
    for c in D:
        s = body + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2:
                v *= 2
                v -= 9 if v > 9 else 0
            tot += v
        if tot % 10 == 0:
            return s


def card(prefix="4", length=16, fmt="space"):
    s = luhn_complete(prefix, length)
    if fmt == "space" and length == 16:
        return _grp(s)
    if fmt == "dash" and length == 16:
        return _grp(s, sep="-")
    if length == 15 and fmt == "space":
        return f"{s[:4]} {s[4:10]} {s[10:]}"
    return s


def btw_id(fmt="plain"):
    digits = "".join(random.choice(D) for _ in range(9))
    base = int("2321" + digits + "11")
    xx = (1 - base * 100) % 97 or 97
    s = f"NL{digits}B{xx:02d}"
    assert int("2321" + digits + "11" + f"{xx:02d}") % 97 == 1
    return s


def kvk():
    return str(random.randint(10000000, 99999999))


def P(label, value):
    return f"[[{label}:{value}]]"


# ---------------------------------------------------------------- messages
M = []  # (lang, text)


def nl(t):
    M.append(("nl", t))


def en(t):
    M.append(("en", t))


def de(t):
    M.append(("de", t))


# ======================================================================= DUTCH (50)
nl(f"""Hallo,

ik wil graag mijn abonnement opzeggen per 1 juni. mijn klantnummer is 48213907.
Kunnen jullie het teveel betaalde (€ 23,40) terugstorten op {P('IBAN', nl_iban('space', 'RABO'))} t.n.v. [[PERSON:M. Bakker]]?

mvg
[[PERSON:Marloes Bakker]]""")

nl("""Goedemiddag,

Per 1 maart ben ik verhuisd, mijn nieuwe adres is [[ADDRESS:Van Speijkstraat 114-2]], [[POSTCODE:1057 HB]] Amsterdam.
Willen jullie de facturen voortaan daarheen sturen? het oude adres klopt niet meer.

Groetjes, [[PERSON:Fleur]]""")

nl(f"""goedemorgen, jullie collega vroeg aan de telefoon om mijn gegevens te mailen voor de verificatie.
mijn bsn is {P('BSN', bsn('space'))} en ik ben geboren op [[DATE_OF_BIRTH:3 april 1978]].
gr [[PERSON:Henk Visser]]""")

nl("""Bestelling 2024-118734 is nog steeds niet binnen, volgens track & trace (3SQLW0487261) ligt hij al 5 dagen in het sorteercentrum. Graag actie, ik heb er €129,95 voor betaald!""")

nl("""@FietsplanNL al 3x gebeld vandaag en nog steeds geen terugbelverzoek ontvangen 😡😡 wachttijd 45 min #klantenservice #fail""")

nl("""Kunt u mij terugbellen op [[PHONE:06-4182 7730]]? Ik ben na 17.00 uur bereikbaar, overdag zit ik in de trein.
Groet, [[PERSON:Ahmed el Amrani]]""")

nl("""Beste [[PERSON:Sanne]],

Bedankt voor je snelle reactie. De factuur (F2024-00917, € 89,95) klopt nu wel.

Met vriendelijke groet,
[[PERSON:Joost van den Heuvel]]

Op 12 mrt. 2024 om 14:02 schreef Klantenservice Fietsplan:
> Beste heer [[PERSON:Van den Heuvel]],
>
> De correctie is doorgevoerd, u ontvangt binnen 3 werkdagen een nieuwe factuur.
>
> Met vriendelijke groet,
> [[PERSON:Sanne]] | Klantenservice Fietsplan""")

nl(f"""Geachte heer/mevrouw,

Hierbij mijn gegevens voor de machtiging:
Naam: [[PERSON:J.P. de Groot-Hendriks]]
Adres: [[ADDRESS:Laan van Nieuw Oost-Indië 212]]
Postcode: [[POSTCODE:2593 CD]] Den Haag
IBAN nr: {P('IBAN', nl_iban('plain', 'INGB'))}
Geb.datum: [[DATE_OF_BIRTH:17-09-1964]]

Hoogachtend,
[[PERSON:J.P. de Groot-Hendriks]]""")

nl("""Hoi! De app crasht steeds bij het openen sinds de update naar versie 4.12.3 (Android 14, Samsung A54). Opnieuw installeren helpt niet. Foutcode E-2048. Iemand een idee?""")

nl(f"""hallo ik heb een boete gekregen maar ik reed daar helemaal niet?? auto met kenteken {P('LICENSE_PLATE', '72-HJT-4')} stond die dag gewoon bij mij voor de deur in Zwolle. zaaknummer 2024/88731-B""")

nl("""Dag meneer [[PERSON:Jansen]],

Zoals afgesproken stuur ik u hierbij de offerte. Het gaat om 12 licenties à € 14,50 per maand, totaal € 174,00 excl. btw.

Vriendelijke groeten,

[[PERSON:Linda Kok]]
Accountmanager
[[PHONE:+31 (0)30 271 84 05]]""")

nl("""Beste klantenservice,

Mijn pakket is afgeleverd op het verkeerde adres. Het moest naar [[ADDRESS:Oude Gracht 23bis]], [[POSTCODE:3511 AP]] Utrecht maar het is bij nummer 32 afgegeven.
Bestelnummer: 100284771.

Met vriendelijke groet
[[PERSON:Pieter-Jan Smit]]""")

nl(f"""Ik wil de automatische incasso wijzigen naar een nieuwe rekening: {P('IBAN', nl_iban('lower', 'BUNQ'))}. De oude rekening wordt opgeheven.
groetjes [[PERSON:Demi]]""")

nl("""Wij hebben factuur 2024-0312 ontvangen maar het bedrag van € 2.048,00 klopt niet met de offerte van 14 februari (€ 1.948,00). Kunnen jullie dit nakijken? Referentie: PO-77812.""")

nl(f"""Hierbij de gegevens van onze onderneming voor de factuur:
Bakkerij De Korenschoof V.O.F. (eenmanszaak is het niet meer)
KvK: {P('KVK', kvk())}
BTW-id: {P('BTW_ID', btw_id())}
Vriendelijke groet, [[PERSON:Ria Mulder]]""")

nl("""Waarom staat er in mijn account dat ik 2048 MB opslag heb terwijl ik 4096 MB heb besteld? Pakket Pro, contract loopt sinds 01-01-2023 en in 2023 en 2024 betaalde ik gewoon het volle bedrag.""")

nl(f"""Goedendag, ik heb mijn wachtwoord gereset maar kan nog steeds niet inloggen. Mijn e-mailadres is {P('EMAIL', 'k.vanderlinden84@hotmail.com')}. Kunt u kijken wat er mis is?
Groet, [[PERSON:Karin van der Linden]]""")

nl(f"""hoi, mn creditcard is 2x belast voor dezelfde bestelling. kaartnummer {P('CREDIT_CARD', card('5', 16, 'space'))} exp 09/27. graag 1 bedrag terug
[[PERSON:Yusuf]]""")

nl(f"""Geachte mevrouw [[PERSON:De Wit]],

Op uw verzoek stuur ik een kopie van mijn identiteitsbewijs, documentnummer {P('ID_DOCUMENT', 'IX3F7K2L5')}, geldig tot 2031.
Het BSN heb ik zwart gemaakt zoals u vroeg.

Met vriendelijke groet,
[[PERSON:T. Boukhari]]""")

nl("""Even een vraagje: is het mogelijk om de levering te verplaatsen naar 14 mei? We zijn de hele week van 6 t/m 10 mei op vakantie. Ordernr 5512-ABX-09.""")

nl("""Hallo,

Sinds gisteren werkt de koppeling met ons boekhoudpakket niet meer. In de log zie ik:

2024-03-18 09:14:02 ERROR sync failed from [[IP_ADDRESS:84.241.197.36]] (timeout after 30000 ms)
2024-03-18 09:14:32 WARN retry 3/5

Onze router is 192.168.178.1. Kunnen jullie even meekijken?

groet [[PERSON:Bas]]""")

nl(f"""mijn bsn nr is {P('BSN', bsn('dots'))} (staat ook op de brief van jullie van 3 januari). ik snap niet waarom de aanslag naar mijn oude adres ging""")

nl(f"""Beste,

Ik ben [[PERSON:Eva Schouten]] en ik woon op [[ADDRESS:Dorpsstraat 7]] in Lopik ([[POSTCODE:3411AK]]). Kunnen jullie me bellen op [[PHONE:0348 554 219]]? Het gaat over de monteur die niet kwam opdagen.

Mvg Eva""".replace("Mvg Eva", "Mvg [[PERSON:Eva]]"))

nl("""Factuur 900123457 en 900123458 zijn allebei afgeschreven, terwijl ik maar één levering heb gehad. Graag de dubbele afschrijving van € 45,00 terug. Klantnr 3310287.""")

nl("""Top service vandaag in de winkel in Eindhoven! Binnen 10 minuten geholpen 👍🚲 #tevreden @FietsplanNL""")

nl(f"""Hallo, ik krijg steeds een mail dat mijn betaling mislukt is. Ik heb nu overgemaakt via {P('IBAN', nl_iban('space', 'ABNA'))}, maar in jullie portal staat nog 'open'. Betalingskenmerk 7001 2234 8812 0045.
Groet,
[[PERSON:R. Hoekstra]]
[[ADDRESS:Kastanjelaan 41]]
[[POSTCODE:8911 KT]] LEEUWARDEN""")

nl(f"""Zou u mijn geboortedatum willen aanpassen in het systeem? Die staat op 1 jan 1900 maar moet zijn [[DATE_OF_BIRTH:22 november 1991]]. Alvast bedankt, [[PERSON:Noor]]""")

nl("""Release notes gelezen, maar wanneer komt v5.0 uit? Ik zit nu op 4.9.12 en de export naar CSV (max 65535 rijen) is echt te beperkt.""")

nl(f"""Goede middag
Ik ben mijn pas kwijt en wil hem laten blokkeren. Pasnummer eindigt op 4471. Ik heb ook mijn rijbewijs kwijt, rijbewijsnummer {P('ID_DOCUMENT', '5183920476')}, moet ik dat ook bij jullie melden?
Bvd, [[PERSON:Gerrit Pol]]""")

nl("""Beste [[PERSON:Mohamed]],

Ik heb de nieuwe router geïnstalleerd (model FRX-2400, serienummer SN 4F22-9910-AC31), maar het lampje blijft oranje knipperen.

Met vriendelijke groet,
[[PERSON:Sophie Verbeek]]
[[PHONE:06 38 91 02 77]]""")

nl("""Het afhaalpunt aan de Stationsstraat is al 3 weken dicht. Waar kan ik mijn pakket nu ophalen? Zendingnummer CD 4482 9913 NL.""")

nl(f"""hey hey, ik wilde even mijn adres doorgeven want ik ga samenwonen 🥳 nieuw adres: [[ADDRESS:Burg. van Roijensingel 3 a]], [[POSTCODE:8011 AA]] zwolle. tel {P('PHONE', '+31 6 2914 0083')}. groetjes [[PERSON:Lotte]] & [[PERSON:Sem]]""")

nl("""Ik heb vorige week 2 pakketten retour gestuurd (retourcode R-551028 en R-551029) maar het geld (€ 64,98) is nog niet teruggestort. Hoe lang duurt dat normaal?""")

nl(f"""Beste mevrouw [[PERSON:Çelik]],

Zoals gevraagd: ons KvK-nummer is {P('KVK', kvk())} en ons btw-nummer {P('BTW_ID', btw_id())}.
Facturen graag t.a.v. [[PERSON:dhr. W. Zijlstra]] sturen.

Met vriendelijke groet,
[[PERSON:Wouter Zijlstra]]
Zijlstra Installatietechniek
[[ADDRESS:Industrieweg 18]]
[[POSTCODE:9403 VR]] Assen""".replace("[[PERSON:dhr. W. Zijlstra]]", "dhr. [[PERSON:W. Zijlstra]]"))

nl("""Is het normaal dat de update 1,2 GB is? Mijn abonnement heeft maar 5 GB data per maand. Ik heb nu al 3,8 GB verbruikt en het is pas de 12e.""")

nl(f"""goedenavond, ik heb per ongeluk mijn oude telefoonnummer opgegeven. het goede nummer is {P('PHONE', '0612 883 940')}, het oude ([[PHONE:06-11 22 33 44]]) mag weg.
groet [[PERSON:fatima]]""")

nl("""Graag wil ik een klacht indienen over monteur nr. 117 die op 4 april om 08:30 langs zou komen. Niemand gekomen, ik had een vrije dag genomen. Afspraaknummer AFS-2024-40412.""")

nl(f"""Hierbij stuur ik de gevraagde gegevens voor de huurovereenkomst:
- naam: [[PERSON:Priya Ramdin]]
- geboren: [[DATE_OF_BIRTH:05-06-1996]]
- bsn: {P('BSN', bsn('plain'))}
- paspoort: {P('ID_DOCUMENT', 'NRK72DP43')}
Ik hoop dat het zo goed is.""")

nl("""Reactie op ticket #458213: het probleem is opgelost na het wissen van de cache. Dank jullie wel! Dit ticket mag dicht.""")

nl(f"""Dag, 
Mijn zoon [[PERSON:Daan]] heeft per ongeluk een jaarabonnement afgesloten op mijn account. Hij is 14. Kunnen we dat terugdraaien? Het bedrag (€ 119,-) is afgeschreven van {P('IBAN', nl_iban('plain', 'SNSB'))}.
Mvg, [[PERSON:Ingrid de Boer]]""")

nl("""Ik wil graag weten of jullie ook in België leveren, bv naar Antwerpen of Gent. Verzendkosten? En geldt de actie (code ZOMER24, 15% korting) daar ook?""")

nl(f"""Goeiedag, ik woon in Gent en heb een probleem met mijn levering.
Adres: [[ADDRESS:Kortrijksesteenweg 512 bus 4]], [[POSTCODE:9000]] Gent
gsm: {P('PHONE', '0478 21 93 04')}
rekeningnummer: {P('IBAN', be_iban('space'))}
Groeten, [[PERSON:Wim Van Damme]]""")

nl("""Uw vraag over factuurnummer 20240311 is doorgestuurd naar de afdeling debiteuren. Verwachte reactietijd: 2 werkdagen. Dit is een automatisch bericht, niet beantwoorden.""")

nl("""Hoi, heeft iemand anders ook last van storing in regio 3500-3599? Internet ligt sinds 07:45 plat. #storing #utrecht""")

nl(f"""Beste [[PERSON:Tom]],

ik stuur je hierbij het e-mailadres van mijn boekhouder, {P('EMAIL', 'administratie@dekleijn-boekhouding.nl')}, daar mogen de facturen voortaan heen. Zij heet [[PERSON:Anouk de Kleijn]].

Gr. [[PERSON:Frank]]""")

nl("""Mijn order 123456782 is geannuleerd zonder reden. Ik heb al betaald (iDEAL, transactie 0050001234567890). Wat is hier aan de hand?""")

nl(f"""Kunnen jullie mijn tweede auto ook toevoegen aan het parkeerabonnement? Kenteken is {P('LICENSE_PLATE', 'GT-395-B')}, de eerste ({P('LICENSE_PLATE', '4-TNZ-91')}) staat er al op. Vr gr [[PERSON:Erik Brouwer]]""")

nl("""Beste,

In de bijlage vindt u het ingevulde formulier. Ik heb de velden 3.1 t/m 3.4 niet kunnen invullen omdat die niet van toepassing zijn.

Met vriendelijke groet,
Familie [[PERSON:Hendriks]]""")

nl("""Al 2 weken wacht ik op de terugbetaling van 56,70 euro. Referentie RET-90881. Ik ben dit echt zat, volgende stap is de geschillencommissie.""")

nl(f"""Hoi,

De monteur mag langskomen op dinsdag 16 april tussen 8 en 12.
Adres is [[ADDRESS:Plantage Middenlaan 60 hs]], [[POSTCODE:1018 DJ]].
Bel even aan bij [[PERSON:Kuipers]] (onderste bel), of bel naar {P('PHONE', '020 - 624 37 81')}.

Groet,
[[PERSON:Marieke Kuipers]]

-----Oorspronkelijk bericht-----
Van: Planning <planning@monteurs.example>
Verzonden: maandag 8 april 2024 10:12
Onderwerp: Afspraak plannen (ref. PLN-66120)""".replace("<planning@monteurs.example>", "<[[EMAIL:planning@monteurs.example]]>"))

# ======================================================================= ENGLISH (40)
en(f"""Hi there,

I was charged twice for my subscription this month (invoice INV-2024-0457 and INV-2024-0458, £12.99 each). Could you refund one of them to my card ending 0923?

Thanks,
[[PERSON:Olivia Harris]]""")

en(f"""Dear Sir/Madam,

Please update my address to [[ADDRESS:72 Green Lane]], Didsbury, Manchester [[POSTCODE:M20 6RT]] — I moved last week.
You can reach me on {P('PHONE', '07911 123456')} if anything is unclear.

Kind regards,
[[PERSON:James O'Connor]]""")

en("""Your app keeps logging me out every 5 minutes since version 2.3.1. iPhone 13, iOS 17.4.1. Tried reinstalling, no luck. Ticket ref 88213.""")

en(f"""hey, my friend [[PERSON:Priya]] told me you can transfer licences between accounts? my email is {P('EMAIL', 'danny.w1987@gmail.com')} and hers is {P('EMAIL', 'priya.k@outlook.co.uk')}. cheers [[PERSON:Danny]]""")

en(f"""Hello,

For the identity check you asked for: passport number {P('ID_DOCUMENT', 'NW8K4R2L7')}, date of birth [[DATE_OF_BIRTH:14 March 1987]].

Best regards,
[[PERSON:Sarah van Rijn]]""")

en("""@FietsplanHelp your checkout page is down again?? 503 error for the last hour #outage #ecommerce 🙄""")

en(f"""Hi [[PERSON:Mark]],

Thanks for the quick call earlier. As discussed, here are our bank details for the refund:
Account holder: [[PERSON:Thomas Müller]]
IBAN: {P('IBAN', de_iban('space'))}
BIC: COBADEFFXXX

Best,
[[PERSON:Tom]]

On Tue, 12 Mar 2024 at 10:03, Fietsplan Support wrote:
> Hi [[PERSON:Thomas]],
> Sorry to hear about the problem with order #55210. We'll refund the full amount of €349.00.
> [[PERSON:Mark]]""")

en("""Order 7741-2290-1183 was supposed to arrive on 3 April. Tracking number 1Z 999 AA1 01 2345 6784 shows "label created" only. Please advise.""")

en(f"""Hi, I'd like to be called back please. My number is {P('PHONE', '+44 20 7946 0958')} and I'm available after 2pm. It's about my broadband contract (account no. 55120987).
[[PERSON:Rachel]]""")

en("""The new firmware 10.2.0.1 bricked my router. Model RX-4000, 2048 MB RAM. I can't even reach the admin page at 192.168.0.1 anymore.""")

en(f"""hi guys, quick one: my card {P('CREDIT_CARD', card('4', 16, 'dash'))} got declined at checkout but money was taken?? order 66192. pls sort asap
- [[PERSON:Kev]]""")

en("""Dear team,

Attached is the signed contract (ref. CTR/2024/118). The start date is 1 May 2024 and the first invoice should be dated 31 May 2024.

Regards,
Procurement""")

en(f"""Hello, I am writing on behalf of my mother, [[PERSON:Margaret Ellis]], born [[DATE_OF_BIRTH:2nd June 1941]]. She lives at [[ADDRESS:14 Church Road]], Bristol [[POSTCODE:BS7 8HN]] and has been overcharged for three months. Her phone is {P('PHONE', '0117 496 0123')}.
Many thanks,
[[PERSON:Claire Ellis]]""")

en("""Is there a student discount? I'm at uni from September. Also does the 12-month plan (£7.99/month) auto-renew?""")

en(f"""Hi,

We noticed suspicious logins on our company account from IP {P('IP_ADDRESS', '185.220.101.47')} and {P('IP_ADDRESS', '2a02:a46f:3c1:0:9d2e:51ff:fe3a:7b10')} between 02:00 and 03:00 UTC. Can you confirm whether these came from your side?

[[PERSON:Hannah Clarke]]
IT Manager, Brightwater Ltd""")

en("""Thanks for nothing. 4th time contacting you about case 00418872. Still no answer. #badservice""")

en(f"""Dear [[PERSON:Ms Patel]],

Please find my details for the direct debit below:
Name: [[PERSON:Robert Chen]]
Sort code / account: replaced by IBAN {P('IBAN', iban('GB', 'NWBK' + '402715' + '58310467', 'space'))}
Address: [[ADDRESS:Flat 3, 27 Victoria Street]], Leeds [[POSTCODE:LS1 6BY]]

Yours sincerely,
[[PERSON:Robert Chen]]""".replace("[[PERSON:Ms Patel]]", "Ms [[PERSON:Patel]]"))

en("""Is the 4096 MB plan enough for 20 users? We currently use about 1500 MB. Please send a quote for 24 months, PO number 4500123987.""")

en(f"""Hi support,

my colleague [[PERSON:Jonas Berg]] left the company, please remove him from our account and transfer his licences to {P('EMAIL', 'l.moreau@brightwater.co.uk')}.

Cheers,
[[PERSON:Lucie Moreau]]""")

en("""Your courier left my parcel in the rain 😡 box completely soaked. Photo attached. Order FP-220931.""")

en(f"""Hello, I'm a Dutch resident and your form asks for my citizen service number. Here it is: {P('BSN', bsn('plain'))}. Is this stored securely?
Regards, [[PERSON:Anna Kowalski]]""")

en("""Hi, I tried to pay with PayPal but it says "transaction 9HX21845KL3390522 failed". Should I try again or wait? Amount €79.00.""")

en(f"""Morning! Just moved to the Netherlands. New address for deliveries: [[ADDRESS:Kerkstraat 118-III]], [[POSTCODE:1017 GP]] Amsterdam. My Dutch mobile is {P('PHONE', '06 15 72 84 90')}.
Thanks! [[PERSON:Ben]]""")

en("""Invoice 2024/00873 dated 15/03/2024 shows a late fee of £25 even though I paid on 14/03/2024. Please remove it.""")

en(f"""Dear [[PERSON:Mr Thompson]],

Thank you for your order. Your delivery is scheduled for 12 April.

Best wishes,
[[PERSON:Aisha Rahman]]
Customer Care
Tel. {P('PHONE', '+44 161 496 0734')}""".replace("[[PERSON:Mr Thompson]]", "Mr [[PERSON:Thompson]]"))

en("""The API returns 429 too many requests after ~100 calls/minute. Docs say limit is 600/min. Using SDK 3.2.0, endpoint /v2/orders. Request id 7f3a9c21-0b4e-4d8a-9e55-2c1d7a6b3f90.""")

en(f"""hi, can you update my date of birth? it's showing 01/01/1970 but should be [[DATE_OF_BIRTH:29/02/1988]]. username is skater_jay88. thx [[PERSON:Jay]]""")

en("""We'd like to upgrade from Team (10 seats) to Business (25 seats) starting next billing cycle. Please confirm pricing. Customer ID 20031187.""")

en(f"""Hi,
My ex-partner still has access to our shared account. Her email is {P('EMAIL', 'mel.dawson@yahoo.com')} — please remove her, the account is in my name ([[PERSON:Chris Dawson]]).
Regards""")

en("""Love the new dark mode!! 🌙🔥 finally. @FietsplanHelp #update""")

en(f"""Hello,

Vehicle registration for the parking permit: {P('LICENSE_PLATE', 'KX-482-N')} (Dutch plate, leased car). Permit ID PP-88120.

Kind regards,
[[PERSON:Daniel Okafor]]
[[ADDRESS:5 Bridge Street]], Cambridge [[POSTCODE:CB2 1UF]]""")

en("""Hi, the promo code SPRING-2024-15 doesn't work at checkout. It says 'expired' but your email said valid until 30 April.""")

en(f"""To whom it may concern,

Please cancel the membership of my late father, [[PERSON:George Williams]]. His membership number is 000441872. Please send any correspondence to me at {P('EMAIL', 'sue.williams@btinternet.com')}.

Sincerely,
[[PERSON:Susan Williams]]""")

en("""Server logs attached. Errors started at 2024-04-02T13:45:10Z after deploy #1187. Build hash 4e7f2a9. Affected region eu-west-1.""")

en(f"""hi my amex {P('CREDIT_CARD', card('37', 15, 'space'))} was charged in USD instead of EUR, can you refund the FX fee? thx [[PERSON:Nadia]]""")

en("""I received someone else's invoice by mistake (invoice no. 55021947). I've deleted it, but you might want to check your mailing system.""")

en(f"""Hi [[PERSON:Emma]],

Quick follow up on ticket 44120 — did you receive my ID? The document number is {P('ID_DOCUMENT', 'BX7D3M9P2')} (Dutch ID card... sorry, it's my business passport).

Thanks
[[PERSON:Pieter Vos]]""")

en("""Hello, does your software support TLS 1.3? Our security audit (ISO 27001, control A.8.24) requires it. Current version we run: 8.4.2-lts.""")

en(f"""Please call me on {P('PHONE', '+32 470 55 81 26')} (Belgian number) — I'm travelling and can't access email reliably. Re: order 99028.
[[PERSON:Julien Lambert]]""")

en("""Got a text saying my parcel is held at customs and I need to pay £2.99 via a link. Is this legit? Tracking shown was GB4471923NL.""")

# ======================================================================= GERMAN (30)
de(f"""Sehr geehrte Damen und Herren,

bitte erstatten Sie den zu viel gezahlten Betrag (34,90 €) auf mein Konto:
IBAN: {P('IBAN', de_iban('space'))}
Kontoinhaber: [[PERSON:Andreas Schäfer]]

Mit freundlichen Grüßen
[[PERSON:Andreas Schäfer]]""")

de("""Hallo, seit dem Update auf Version 3.8.1 stürzt die App beim Start ab. Gerät: Pixel 7, Android 14. Fehlercode 0x80070005.""")

de(f"""Guten Tag,

meine neue Anschrift lautet: [[ADDRESS:Schönhauser Allee 112]], [[POSTCODE:10437]] Berlin.
Telefonisch bin ich unter {P('PHONE', '0151 28473910')} erreichbar.

Gruß
[[PERSON:Katrin Vogel]]""")

de("""Meine Bestellung 302-4471829-5518830 ist seit 10 Tagen unterwegs. Sendungsnummer 00340434161094042557. Wann kommt die endlich an?""")

de(f"""Hallo zusammen,

für die Verifizierung: Personalausweisnummer {P('ID_DOCUMENT', 'L01X7TK29')}, geboren am [[DATE_OF_BIRTH:7. Oktober 1990]].

Viele Grüße
[[PERSON:Jonas Becker]]""")

de("""@FietsplanDE Lieferung schon wieder verspätet 😤 3 Wochen warten für ein Ersatzteil ist echt zu lang #kundenservice""")

de(f"""Sehr geehrte Frau [[PERSON:Neumann]],

vielen Dank für Ihre Rückmeldung. Anbei die Rechnung Nr. RE-2024-1187 über 1.249,00 € netto.

Mit freundlichen Grüßen

[[PERSON:Markus Hoffmann]]
Hoffmann Haustechnik GmbH
[[ADDRESS:Bergstraße 17a]]
[[POSTCODE:69120]] Heidelberg
Tel.: {P('PHONE', '06221 4739281')}
USt-IdNr.: DE136695976""")

de("""Gibt es den Tarif auch mit 100 GB? Aktuell habe ich 50 GB für 19,99 €/Monat. Vertragsnummer 7004412983.""")

de(f"""Hi, bitte ruft mich zurück unter {P('PHONE', '+49 (0)221 8841 207')}, es geht um die Kündigung. Danke, [[PERSON:Lea]]""")

de(f"""Guten Morgen,

die Kreditkarte {P('CREDIT_CARD', card('52', 16, 'space'))} wurde zweimal belastet (Bestellung 44812). Bitte stornieren Sie eine Buchung.

MfG
[[PERSON:Stefan Krüger]]""")

de("""Die Rechnung vom 12.03.2024 enthält falsche Positionen (Artikel 4711-B und 0815-X). Bitte korrigieren. Kundennummer 1002447.""")

de(f"""Servus,

mein Auto mit dem Kennzeichen {P('LICENSE_PLATE', 'M-KL 4821')} wurde in Ihrem Parkhaus abgeschleppt, obwohl ich ein gültiges Ticket hatte (Ticket-Nr. 55102).

Gruß
[[PERSON:Florian Huber]]""")

de("""Vielen Dank für die schnelle Hilfe gestern am Telefon! Alles funktioniert wieder 👍""")

de(f"""Sehr geehrter Herr [[PERSON:Yilmaz]],

wie besprochen sende ich Ihnen meine Daten:
Name: [[PERSON:Elif Demir]]
Geburtsdatum: [[DATE_OF_BIRTH:23.08.1985]]
Adresse: [[ADDRESS:Am Lindenhof 3]], [[POSTCODE:80331]] München
E-Mail: {P('EMAIL', 'elif.demir@web.de')}

Freundliche Grüße
[[PERSON:Elif Demir]]""")

de("""Unser Server (Ubuntu 22.04, 16384 MB RAM) erreicht das Lizenzportal nicht. Proxy 10.0.12.5:3128. Lizenzschlüssel beginnt mit XKCD-44. Bitte um Rückruf an die IT-Abteilung.""")

de(f"""Hallo,

ich habe eine Lastschrift zurückgebucht, weil der Betrag falsch war. Bitte buchen Sie 29,99 € statt 39,99 € von {P('IBAN', de_iban('plain'))} ab.

Danke und Gruß,
[[PERSON:Sabine]]

Am 03.04.2024 um 11:20 schrieb Fietsplan Kundenservice:
> Liebe Frau [[PERSON:Wagner]],
> leider konnten wir die Lastschrift nicht einziehen.
> Ihr Kundenservice""")

de("""Ist das Angebot (Artikel 2048 MB-Speicherkarte, 24,95 €) noch gültig? Ich brauche 3 Stück bis zum 15. Mai.""")

de(f"""Liebes Team,

ich wohne jetzt in den Niederlanden. Neue Adresse: [[ADDRESS:Prinsengracht 263]], [[POSTCODE:1016 GV]] Amsterdam. Meine niederländische Handynummer: {P('PHONE', '06-27 19 44 08')}.

Liebe Grüße
[[PERSON:Julia Schmitz]]""")

de("""Warum wurde mein Konto gesperrt? Ich habe nur 3 Mal das falsche Passwort eingegeben. Benutzername: radfahrer_2019.""")

de(f"""Sehr geehrte Damen und Herren,

hiermit widerrufe ich den Vertrag vom 02.04.2024 (Vertragsnr. V-88120-24).
Bitte bestätigen Sie den Widerruf schriftlich an [[ADDRESS:Hauptstraße 5]], [[POSTCODE:53111]] Bonn.

Mit freundlichen Grüßen
[[PERSON:Dr. Wolfgang Richter]]""".replace("[[PERSON:Dr. Wolfgang Richter]]", "Dr. [[PERSON:Wolfgang Richter]]"))

de("""Die Lieferung kam heute an, aber es fehlt ein Teil (Pos. 3, Art.-Nr. 88-120-4). Lieferschein LS-2024-55120 liegt bei.""")

de(f"""Hallo,
bei uns im Büro (IP {P('IP_ADDRESS', '91.64.213.8')}) kommt die Fehlermeldung "Zugriff verweigert". Von zu Hause klappt es.
Gruß aus Köln, [[PERSON:Tim]]""")

de("""Kurze Frage: Ab wann gilt die neue Preisliste 2025? Wir haben noch offene Angebote von November 2024 über 4.800 €.""")

de(f"""Hallo [[PERSON:Frau Lange]],

meine Steuer-ID brauchen Sie nicht, oder? Nur die IBAN? Die ist {P('IBAN', iban('AT', '2011182736450912', 'space'))} (österreichisches Konto).

Gruß
[[PERSON:Petra Gruber]]""".replace("[[PERSON:Frau Lange]]", "Frau [[PERSON:Lange]]"))

de("""#Fahrrad #Ebike Akku hält nur noch 20 km statt 80 km 😢 Modell E-Trek 500, gekauft 2022. Garantie?""")

de(f"""Sehr geehrte Damen und Herren,

ich bitte um Rückruf unter {P('PHONE', '030 84729301')}. Mein Name ist [[PERSON:Heinrich Lorenz]], Kundennummer 4471-220.

Mit freundlichen Grüßen""")

de("""Wir haben am 14.02.2024 eine Sammelbestellung (PO 4500099871) aufgegeben. Bitte senden Sie die Auftragsbestätigung an die allgemeine Einkaufsadresse.""")

de(f"""Moin! Mein Sohn [[PERSON:Leon]] (geb. [[DATE_OF_BIRTH:12.05.2009]]) möchte ein Schülerkonto eröffnen. Was brauchen Sie dafür? Gruß [[PERSON:Birgit]]""")

de("""Die Sendung mit der Nummer JJD0001234567 wurde laut DHL zugestellt, ist aber nicht angekommen. Bestellung vom 22.03.""")

de(f"""Guten Tag,

anbei die korrigierten Daten unserer Firma:
Müller & Söhne Elektro GmbH
[[ADDRESS:Industriestraße 44]]
[[POSTCODE:70565]] Stuttgart
Ansprechpartner: [[PERSON:Klaus Müller]], Tel. {P('PHONE', '0711 7820 4410')}

Beste Grüße
[[PERSON:Klaus Müller]]""")


# ---------------------------------------------------------------- build
SPAN = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.S)
LABELS = {"PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "ADDRESS", "POSTCODE", "CREDIT_CARD", "IP_ADDRESS",
          "DATE_OF_BIRTH", "ID_DOCUMENT", "LICENSE_PLATE", "BTW_ID", "KVK"}


def build(tmpl):
    out, spans, pos = [], [], 0
    for m in SPAN.finditer(tmpl):
        out.append(tmpl[pos:m.start()])
        label, val = m.group(1), m.group(2)
        assert label in LABELS, label
        assert val == val.strip() and val, val
        pre = "".join(out)
        start = len(pre.encode())
        out.append(val)
        spans.append({"start": start, "end": start + len(val.encode()), "label": label})
        pos = m.end()
    out.append(tmpl[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, text
    return text, spans


def main():
    counts = {}
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (lang, tmpl) in enumerate(M, 1):
            counts[lang] = counts.get(lang, 0) + 1
            text, spans = build(tmpl)
            rec = {"id": f"ho-{lang}-{counts[lang]:03d}", "lang": lang, "text": text, "spans": spans}
            b = text.encode()
            for s in spans:  # sanity: offsets round-trip
                assert b[s["start"]:s["end"]].decode() == b[s["start"]:s["end"]].decode().strip()
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    free = sum(1 for _, t in M if not SPAN.search(t))
    print(f"messages: {len(M)} {counts}; PII-free: {free} ({free / len(M):.0%})")


if __name__ == "__main__":
    main()
