#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator of the e-mail golden corpus (corpus/eml/*.eml).

Run: python3 corpus/eml/generate.py   (Python 3.9+, standard library only)

Every message is synthetic. Checksum-bearing values are the verified test vectors of
shared/reference/dutch-pii-formats.md (BSN 111222333, IBAN NL20INGB0001234567, card
4111111111111111, …); the organisation's own data is Zonnestraal's from pii-scrubber.toml.
Each file name says what it covers. Messages are written byte for byte (no email library), so
line endings, encodings and the malformed cases are exactly as intended.

The golden outputs (*.redacted.eml, or *.error.txt for a message that must be refused) are
written by the Rust test: UPDATE_GOLDEN=1 cargo nextest run --release -E 'test(/mail::golden/)'.
"""
import base64
import os
import quopri

OUT = os.path.dirname(os.path.abspath(__file__))

# Verified test vectors (dutch-pii-formats.md §18) and synthetic people.
BSN = "111222333"
BSN2 = "123456782"
IBAN = "NL20INGB0001234567"
IBAN_SPACED = "NL20 INGB 0001 2345 67"
CARD = "4111111111111111"
DOC = "SPECI2014"
PHONE = "06-12345678"
PHONE_INTL = "+31612345678"
REQ_NAME = "Jan de Vries"
REQ_MAIL = "jan.devries@voorbeeld.nl"
THIRD_NAME = "Pieter Jansen"
THIRD_MAIL = "pieter.jansen@voorbeeld.nl"
ORG_MAIL = "support@zonnestraal.example"
ORG_SIG = ("Met vriendelijke groet,\nZonnestraal Software B.V.\nLichtweg 1, 1234 AB Zonnedorp\n"
           "Tel. 088 123 4567\nIBAN NL91ABNA0417164300\nKvK 12345678\n")

BODY_NL = (f"Beste Zonnestraal,\n\nMijn BSN is {BSN} en mijn rekeningnummer is {IBAN}.\n"
           f"Ik ben geboren op 12-03-1985. Mijn collega {THIRD_NAME} ({THIRD_MAIL}) heeft\n"
           f"hetzelfde probleem met de app.\n\nGroet,\n{REQ_NAME}\n")


def headers(subject="Vraag over mijn account", frm=f"{REQ_NAME} <{REQ_MAIL}>",
            to=f"Zonnestraal Support <{ORG_MAIL}>", extra=(), mid="<{n}@voorbeeld.nl>"):
    h = [f"From: {frm}", f"To: {to}", f"Subject: {subject}",
         "Date: Mon, 23 Nov 2026 10:00:00 +0100", f"Message-ID: {mid}", "MIME-Version: 1.0"]
    return [x for x in h if x is not None] + list(extra)


def msg(hdrs, body, eol="\n"):
    """Header lines + blank line + body (str or bytes); LF bodies converted to `eol`."""
    head = eol.join(hdrs) + eol + eol
    if isinstance(body, str):
        body = body.encode("utf-8")
    if eol == "\r\n":
        body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return head.encode("utf-8") + body


def b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode()


def ctype(t, cte=None, extra=()):
    h = [f"Content-Type: {t}"]
    if cte:
        h.append(f"Content-Transfer-Encoding: {cte}")
    return "\n".join(h + list(extra)) + "\n\n"


def multipart(boundary, parts, preamble="", epilogue=""):
    out = preamble
    for p in parts:
        out += f"--{boundary}\n{p}"
        if not out.endswith("\n"):
            out += "\n"
    return out + f"--{boundary}--\n{epilogue}"


HTML = (f"<html><head><style>p {{ color: #333333 }}</style></head><body>"
        f"<p>Beste Zonnestraal,</p><p>Mijn BSN is {BSN} en mijn IBAN is {IBAN}.</p>"
        f"<p>Mail mijn collega <a href=\"mailto:{THIRD_MAIL}\">{THIRD_NAME}</a> of bel "
        f"<a href=\"tel:{PHONE_INTL}\">{PHONE_INTL}</a> voor de details.</p>"
        f"<p>Groet,<br>{REQ_NAME}</p></body></html>\n")

PNG = bytes(range(256)) * 3  # a binary attachment that must stay byte-identical
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

M = {}

M["01-plain-7bit-lf"] = msg(headers(extra=["Content-Type: text/plain; charset=us-ascii"]), BODY_NL)
M["02-plain-7bit-crlf"] = msg(headers(extra=["Content-Type: text/plain; charset=us-ascii"]),
                              BODY_NL, eol="\r\n")
M["03-plain-8bit-utf8"] = msg(headers(extra=["Content-Type: text/plain; charset=utf-8",
                                             "Content-Transfer-Encoding: 8bit"]),
                              BODY_NL.replace("Beste", "Geachte heer/mevrouw, één vraag.\nBeste")
                              + f"Chloë Dubois belt u nog op {PHONE}.\n")
M["04-plain-qp-soft-break-in-value"] = msg(
    headers(extra=["Content-Type: text/plain; charset=utf-8",
                   "Content-Transfer-Encoding: quoted-printable"]),
    "Beste Zonnestraal,\n\nMijn BSN is 111222=\n333 en mijn IBAN is NL20INGB00=\n01234567.\n"
    "Caf=C3=A9 de Zon betaalt niet terug. Groet, Jan\n")
M["05-plain-qp-latin1"] = msg(
    headers(extra=["Content-Type: text/plain; charset=iso-8859-1",
                   "Content-Transfer-Encoding: quoted-printable"]),
    qp(f"Geachte heer/mevrouw,\n\nMijn dochter Chloë ({THIRD_MAIL}) heeft BSN {BSN2}.\n"
       f"Zij woont op de Kerkstraat 12a, 1012 AB Amsterdam. Één vraag: klopt dit?\n", "latin-1"))
M["06-plain-base64-utf8"] = msg(
    headers(extra=["Content-Type: text/plain; charset=utf-8",
                   "Content-Transfer-Encoding: base64"]), b64(BODY_NL + "Groeten uit Zwolle – één keer.\n"))
M["07-plain-8bit-windows1252"] = msg(
    headers(extra=["Content-Type: text/plain; charset=windows-1252",
                   "Content-Transfer-Encoding: 8bit"]),
    (f"Beste Zonnestraal,\n\nIk betaalde \u20ac 25 te veel. Mijn creditcard {CARD} is "
     f"gebruikt.\nMijn paspoort {DOC} ligt bij de balie. \u201cDank\u201d, Chloë\n").encode("cp1252"))
M["08-wrong-charset-ascii-is-utf8"] = msg(
    headers(extra=["Content-Type: text/plain; charset=us-ascii"]),
    f"Beste,\n\nRené van Dijk (rene@voorbeeld.nl) heeft BSN {BSN}. Één keer graag.\n")
M["09-wrong-charset-utf8-is-latin1"] = msg(
    headers(extra=["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]),
    f"Beste,\n\nChloë de Wit heeft BSN {BSN} en IBAN {IBAN}. Één vraag.\n".encode("latin-1"))
M["10-html-only-qp-links-entities"] = msg(
    headers(extra=["Content-Type: text/html; charset=utf-8",
                   "Content-Transfer-Encoding: quoted-printable"]),
    qp(HTML.replace("<p>Groet", "<p>Of schrijf naar p.jansen&#64;voorbeeld.nl &amp; "
                    "bel&nbsp;06&#8209;12345678.</p><p>Groet")))
M["11-html-only-base64"] = msg(
    headers(extra=["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"]),
    b64(HTML))
ALT = multipart("alt-1", [ctype("text/plain; charset=utf-8", "quoted-printable") + qp(BODY_NL),
                          ctype("text/html; charset=utf-8", "quoted-printable") + qp(HTML)])
M["12-alternative-crlf"] = msg(headers(extra=['Content-Type: multipart/alternative; boundary="alt-1"']),
                               ALT, eol="\r\n")
M["13-mixed-pdf-attachment"] = msg(
    headers(extra=['Content-Type: multipart/mixed; boundary="mix-1"']),
    multipart("mix-1", [ctype("text/plain; charset=utf-8") + BODY_NL,
                        ctype('application/pdf; name="factuur.pdf"', "base64",
                              ['Content-Disposition: attachment; filename="factuur.pdf"']) + b64(PDF)],
              preamble="This is a multi-part message in MIME format.\n"))
M["14-related-inline-image"] = msg(
    headers(extra=['Content-Type: multipart/related; boundary="rel-1"; type="text/html"']),
    multipart("rel-1", [ctype("text/html; charset=utf-8", "7bit") +
                        HTML.replace("</body>", '<img src="cid:logo@x" alt="logo"></body>'),
                        ctype("image/png", "base64", ["Content-ID: <logo@x>",
                                                      "Content-Disposition: inline"]) + b64(PNG)]))
M["15-deep-nesting"] = msg(
    headers(extra=['Content-Type: multipart/mixed; boundary="outer"']),
    multipart("outer", [
        'Content-Type: multipart/alternative; boundary="inner"\n\n' + multipart("inner", [
            ctype("text/plain; charset=utf-8", "quoted-printable") + qp(BODY_NL),
            'Content-Type: multipart/related; boundary="rel"\n\n' + multipart("rel", [
                ctype("text/html; charset=utf-8", "base64") + b64(HTML),
                ctype("image/png", "base64", ["Content-ID: <img1>"]) + b64(PNG[:100])])]),
        ctype('application/octet-stream; name="data.bin"', "base64",
              ['Content-Disposition: attachment; filename="data.bin"']) + b64(PNG)]))
FORWARDED = ("From: Pieter Jansen <pieter.jansen@voorbeeld.nl>\nTo: Jan de Vries <jan.devries@voorbeeld.nl>\n"
             f"Subject: Mijn BSN {BSN2}\nDate: Sun, 22 Nov 2026 09:00:00 +0100\n"
             "Content-Type: text/plain; charset=utf-8\n\n"
             f"Hoi Jan,\n\nMijn BSN is {BSN2} en mijn nummer is 020-1234567.\n\nPieter\n")
M["16-forward-rfc822-attachment"] = msg(
    headers(subject="Fwd: Mijn BSN", extra=['Content-Type: multipart/mixed; boundary="fw"']),
    multipart("fw", [ctype("text/plain; charset=utf-8") + "Zie het doorgestuurde bericht.\n\nJan\n",
                     ctype("message/rfc822", None, ["Content-Disposition: attachment"]) + FORWARDED]))
M["17-forward-rfc822-base64"] = msg(
    headers(subject="Fwd: bericht", extra=['Content-Type: multipart/mixed; boundary="fw"']),
    multipart("fw", [ctype("text/plain; charset=utf-8") + "Doorgestuurd.\n",
                     ctype("message/rfc822", "base64") + b64(FORWARDED)]))
M["18-rfc822-in-rfc822"] = msg(
    headers(subject="Fwd: Fwd: bericht", extra=['Content-Type: multipart/mixed; boundary="a"']),
    multipart("a", [ctype("text/plain") + "Twee keer doorgestuurd.\n",
                    ctype("message/rfc822") + "From: Kees Bakker <kees@voorbeeld.nl>\n"
                    "Subject: Fwd\nContent-Type: multipart/mixed; boundary=\"b\"\n\n" +
                    multipart("b", [ctype("text/plain") + f"Kees hier, rekening {IBAN}.\n",
                                    ctype("message/rfc822") + FORWARDED])]))
M["19-quoted-reply"] = msg(
    headers(subject="Re: Uw vraag", extra=["Content-Type: text/plain; charset=utf-8",
                                           "In-Reply-To: <t1@zonnestraal.example>"]),
    f"Dank, dat klopt.\n\nOp 20 nov. 2026 schreef {ORG_MAIL}:\n> Beste heer De Vries,\n"
    f"> Kunt u uw BSN sturen? Nee, dat hoeft niet.\n>> Mijn BSN is {BSN} en mijn IBAN is {IBAN}.\n"
    f">> Mijn vrouw Anna de Vries-Bakker heeft kaart {CARD}.\n")
M["20-inline-forward"] = msg(
    headers(subject="Fwd: klacht", extra=["Content-Type: text/plain; charset=utf-8"]),
    "Zie hieronder.\n\n---------- Forwarded message ---------\n"
    f"From: {THIRD_NAME} <{THIRD_MAIL}>\nDate: 21 Nov 2026\nSubject: klacht\n\n"
    f"Mijn paspoortnummer is {DOC} en mijn BSN {BSN2}.\n")
M["21-org-signature-kept"] = msg(
    headers(subject="Re: factuur", frm=f"{REQ_NAME} <{REQ_MAIL}>",
            extra=["Content-Type: text/plain; charset=utf-8"]),
    f"Dank voor uw antwoord.\n\n> {ORG_SIG.replace(chr(10), chr(10) + '> ')}\n")
M["22-subject-encoded-q"] = msg(
    headers(subject=f"=?iso-8859-1?Q?Vraag_over_BSN_{BSN}_=E9?=",
            extra=["Content-Type: text/plain"]), "Zie onderwerp.\n")
M["23-subject-encoded-b-folded"] = msg(
    headers(subject="=?utf-8?B?" + base64.b64encode(f"Rekening {IBAN} van Chloë".encode()).decode()
            + "?=\n =?utf-8?Q?_=C3=A9n_meer?=", extra=["Content-Type: text/plain"]), "Zie onderwerp.\n")
M["24-subject-folded-plain"] = msg(
    headers(subject=f"Vraag over de betaling van mijn abonnement, mijn BSN is\n {BSN} en de kaart {CARD}",
            extra=["Content-Type: text/plain"]), "Zie onderwerp.\n")
M["25-cc-third-party-encoded-name"] = msg(
    headers(extra=["Cc: =?utf-8?Q?Chlo=C3=AB_Dubois?= <chloe.dubois@voorbeeld.nl>, "
                   f"\"Jansen, Pieter\" <{THIRD_MAIL}>", "Content-Type: text/plain"]),
    "Mijn collega's staan in de cc.\n")
M["26-to-group-syntax"] = msg(
    headers(to=f"Klanten: {THIRD_NAME} <{THIRD_MAIL}>, anna@voorbeeld.nl;, {ORG_MAIL}",
            extra=["Bcc: undisclosed-recipients:;", "Content-Type: text/plain"]), "Groep.\n")
M["27-8bit-in-headers"] = msg(
    headers(subject=f"Vraag van Chloë, BSN {BSN}", frm="Chloë Dubois <chloe.dubois@voorbeeld.nl>",
            extra=["Content-Type: text/plain; charset=utf-8"]), f"Mijn IBAN {IBAN}.\n")
M["28-missing-mime-headers"] = (f"From: {REQ_MAIL}\nSubject: geen mime\n\nMijn BSN is {BSN}.\n").encode()
M["29-missing-from-and-id"] = (f"To: {ORG_MAIL}\nSubject: anoniem\n\n"
                               f"Ik ben {REQ_NAME}, mijn BSN is {BSN} en mail: {REQ_MAIL}\n").encode()
M["30-broken-missing-closing-boundary"] = msg(
    headers(extra=['Content-Type: multipart/mixed; boundary="open"']),
    f"--open\nContent-Type: text/plain\n\nMijn BSN is {BSN}.\n--open\nContent-Type: text/plain\n\n"
    f"Tweede deel, IBAN {IBAN}.\n")
M["31-broken-boundary-mismatch"] = msg(
    headers(extra=['Content-Type: multipart/mixed; boundary="declared"']),
    f"--other\nContent-Type: text/plain\n\nMijn BSN is {BSN}.\n--other--\n")
M["32-multipart-without-boundary"] = msg(
    headers(extra=["Content-Type: multipart/mixed"]), f"Mijn BSN is {BSN} en IBAN {IBAN}.\n")
M["33-invalid-base64-text"] = msg(
    headers(extra=["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]),
    "TWlqbiBCU04gaXMg***!!!MTExMjIyMzMz\n")
M["34-text-attachment-kept"] = msg(
    headers(extra=['Content-Type: multipart/mixed; boundary="t"']),
    multipart("t", [ctype("text/plain") + f"Zie bijlage. BSN {BSN}.\n",
                    ctype('text/plain; name="notities.txt"', None,
                          ['Content-Disposition: attachment; filename="notities.txt"'])
                    + f"Notitie: BSN {BSN2}\n"]))
M["35-calendar-part-kept"] = msg(
    headers(extra=['Content-Type: multipart/mixed; boundary="c"']),
    multipart("c", [ctype("text/plain") + f"Afspraak met {THIRD_NAME}, bel {PHONE}.\n",
                    ctype("text/calendar; method=REQUEST") +
                    f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nATTENDEE:mailto:{THIRD_MAIL}\nEND:VEVENT\nEND:VCALENDAR\n"]))
M["36-iso2022jp-rewritten-utf8"] = msg(
    headers(extra=["Content-Type: text/plain; charset=iso-2022-jp", "Content-Transfer-Encoding: 7bit"]),
    f"こんにちは。私のメールは {THIRD_MAIL} です。BSN {BSN}\n".encode("iso-2022-jp"))
M["37-preamble-epilogue"] = msg(
    headers(extra=['Content-Type: multipart/mixed; boundary="p"']),
    multipart("p", [ctype("text/plain") + f"Mijn BSN is {BSN}.\n"],
              preamble="Preamble text kept as is.\n", epilogue="Epilogue text kept as is.\n"))
M["38-qp-long-lines-crlf"] = msg(
    headers(extra=["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]),
    qp("Dit is een lange regel met veel woorden zodat de quoted-printable codering hem moet afbreken, "
       f"en daarin staat het BSN {BSN} en de kaart {CARD} van mijn buurman die ook klant is.\n"),
    eol="\r\n")
M["39-mbox-from-line"] = b"From jan.devries@voorbeeld.nl Mon Nov 23 10:00:00 2026\n" + msg(
    headers(extra=["Content-Type: text/plain"]), f"Mijn BSN is {BSN}.\n")
M["40-requester-own-data-kept"] = msg(
    headers(extra=["Content-Type: text/plain; charset=utf-8"]),
    f"Beste,\n\nWilt u mij terugbellen op {PHONE}? U kunt ook mailen naar {REQ_MAIL}.\n\n{REQ_NAME}\n")
M["41-refund-iban-kept-until-closed"] = msg(
    headers(subject="Terugbetaling", extra=["Content-Type: text/plain; charset=utf-8"]),
    f"Graag een terugbetaling van de dubbele afschrijving op {IBAN_SPACED}.\nMijn BSN is {BSN}.\n")
M["42-html-table-card-doc"] = msg(
    headers(extra=["Content-Type: text/html; charset=utf-8"]),
    f"<table><tr><td>Kaart</td><td>{CARD}</td></tr><tr><td>Paspoort</td><td>{DOC}</td></tr>"
    f"<tr><td>Naam</td><td><b>Pieter</b> Jansen</td></tr></table>\n")
M["43-empty-body"] = msg(headers(extra=["Content-Type: text/plain"]), "")
M["44-html-entities-split-value"] = msg(
    headers(extra=["Content-Type: text/html; charset=iso-8859-1", "Content-Transfer-Encoding: quoted-printable"]),
    qp("<p>Beste, mail naar p.jansen&#64;voorbeeld.nl of chlo&euml;@voorbeeld.nl; "
       f"mijn BSN is <span>{BSN}</span>. Groet, Chlo\u00eb</p>\n", "latin-1"))
M["45-no-personal-data"] = msg(
    headers(subject="Vraag over factuur 2026-0042", extra=["Content-Type: text/plain"]),
    "Beste Zonnestraal,\n\nFactuur 2026-0042 van 3 november klopt niet: het bedrag is EUR 49,95.\n"
    "Versie 4.2.1 van de app crasht bij het openen.\n")
M["46-german"] = msg(
    headers(subject="Frage zur Rechnung", extra=["Content-Type: text/plain; charset=utf-8",
                                                 "Content-Transfer-Encoding: 8bit"]),
    f"Sehr geehrte Damen und Herren,\n\nmeine IBAN lautet DE89370400440532013000. Meine Nachbarin "
    f"Frau Müller wohnt in der Hauptstraße 5, 10115 Berlin.\nMit freundlichen Grüßen\nJürgen Schmidt\n")
M["47-english"] = msg(
    headers(subject="Question about my order", extra=["Content-Type: text/plain; charset=utf-8"]),
    f"Hello,\n\nMy card {CARD} was charged twice. My colleague Emily Clarke (emily.clarke@example.co.uk) "
    f"saw the same.\nMy date of birth is 12 March 1985.\n\nRegards,\nJohn Smith\n")
M["48-mixed-line-endings"] = (
    f"From: {REQ_NAME} <{REQ_MAIL}>\r\nSubject: gemengd\nContent-Type: text/plain\r\n\r\n"
    f"Regel een met BSN {BSN}\r\nregel twee met IBAN {IBAN}\n").encode()
M["49-html-mailto-tel-crlf-alternative"] = msg(
    headers(extra=['Content-Type: multipart/alternative; boundary="=_alt_42"']),
    multipart("=_alt_42", [
        ctype("text/plain; charset=windows-1252", "quoted-printable") +
        qp(f"Bel mij niet, maar mijn zus Anna op {PHONE} of mail {THIRD_MAIL}. Groet, Chloë", "cp1252"),
        ctype("text/html; charset=windows-1252", "quoted-printable") +
        qp(f"<p>Bel mij niet, maar mijn zus Anna op <a href=\"tel:{PHONE_INTL}\">{PHONE}</a> "
           f"of mail <a href='mailto:{THIRD_MAIL}?subject=BSN%20{BSN}'>haar</a>. Groet, Chlo&euml;</p>",
           "cp1252")]), eol="\r\n")
M["50-base64-no-padding-short-lines"] = msg(
    headers(extra=["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"]),
    b64(f"Mijn BSN is {BSN} en mijn IBAN {IBAN}.", width=40).replace("=", ""))


def main():
    for old in os.listdir(OUT):
        if old.endswith(".eml") and not old.endswith(".redacted.eml"):
            os.remove(os.path.join(OUT, old))
    for name, data in sorted(M.items()):
        data = data.replace(b"{n}", name.encode())
        with open(os.path.join(OUT, name + ".eml"), "wb") as f:
            f.write(data)
    print(f"{len(M)} messages written to {OUT}")


if __name__ == "__main__":
    main()
