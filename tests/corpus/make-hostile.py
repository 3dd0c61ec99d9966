#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hostile and broken files of tests/corpus/hostile/.

The files are committed; this script documents how each was made and
rebuilds them: `python3 tests/corpus/make-hostile.py`. Every file must be
refused by the command line and the app (see tests/corpus/test_corpus.py).
A file that should be refused but is too big to keep in git (an
oversized one) is made by the test itself.
"""

import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hostile")

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
ROOT = ('<portfolio format="1" framework="sse-competences" '
        'framework-version="1">\n')
BODY = ('  <person name="Ana"/>\n'
        '  <assessment date="2026-12-04T10:00:00Z">\n'
        '    <answer item="sse-literacy-k" value="4"/>\n'
        '    <answer item="sse-literacy-s" value="skip"/>\n'
        '  </assessment>\n'
        '  <plan target="facilitator">\n'
        '    <goal competence="sse-literacy" way="experience" due="2027-03-01">\n'
        '      <title>Explain the SSE to a newcomer</title>\n'
        '      <action>Present our cooperative at the open evening.</action>\n'
        '    </goal>\n'
        '  </plan>\n')
END = '</portfolio>\n'
GOOD = HEAD + ROOT + BODY + END


def laughs():
    lines = ['<!DOCTYPE portfolio [\n', '  <!ENTITY lol0 "lollollollollol">\n']
    for level in range(1, 12):
        ref = f"&lol{level - 1};" * 10
        lines.append(f'  <!ENTITY lol{level} "{ref}">\n')
    lines.append(']>\n')
    return HEAD + "".join(lines) + ROOT.replace("\n", "") + \
        '\n  <person name="&lol11;"/>\n' + BODY[BODY.index("  <assessment"):] + END


def deep(levels):
    return HEAD + ROOT + "<a>" * levels + "</a>" * levels + "\n" + BODY + END


def utf16(text, order):
    bom = b"\xff\xfe" if order == "little" else b"\xfe\xff"
    codec = "utf-16-le" if order == "little" else "utf-16-be"
    return bom + text.encode(codec)


def csv_good_lines(n):
    ids = ["sse-literacy-k", "sse-literacy-s", "sse-literacy-a"]
    return "item_id,value\n" + "".join(f"{ids[i % 3]},3\n" for i in range(n))


FILES = {
    # Entities: expansion, external files, external DTD and parameter
    # entities. A document type declaration is refused outright.
    "entity-expansion.sseportfolio": laughs(),
    "external-entity.sseportfolio":
        HEAD + '<!DOCTYPE portfolio [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
        + ROOT + '  <person name="&xxe;"/>\n' + BODY[BODY.index("  <assessment"):] + END,
    "external-dtd.sseportfolio":
        HEAD + '<!DOCTYPE portfolio SYSTEM "http://127.0.0.1:9/portfolio.dtd">\n'
        + ROOT + BODY + END,
    "parameter-entity.sseportfolio":
        HEAD + '<!DOCTYPE portfolio [\n  <!ENTITY % remote SYSTEM '
        '"http://127.0.0.1:9/evil.dtd">\n  %remote;\n]>\n' + ROOT + BODY + END,
    "undeclared-entity.sseportfolio":
        HEAD + ROOT + '  <person name="&xxe;"/>\n' + BODY[BODY.index("  <assessment"):] + END,
    "xinclude.sseportfolio":
        HEAD + ROOT.replace('">', '" xmlns:xi="http://www.w3.org/2001/XInclude">')
        + '  <xi:include href="file:///etc/passwd" parse="text"/>\n' + BODY + END,
    # Nesting and size.
    "deep-nesting.sseportfolio": deep(100000),
    "nesting-just-over.sseportfolio": deep(40),
    "huge-attribute.sseportfolio":
        HEAD + ROOT + '  <person name="' + "A" * (300 * 1024) + '"/>\n'
        + BODY[BODY.index("  <assessment"):] + END,
    "attribute-flood.sseportfolio":
        HEAD + ROOT.replace(">", " " + " ".join(f'a{i}="x"' for i in range(20000)) + ">", 1)
        + BODY + END,
    "many-answers.sseportfolio":
        HEAD + ROOT + '  <assessment date="2026-12-04T10:00:00Z">\n'
        + '    <answer item="sse-literacy-k" value="4"/>\n' * 40000 + '  </assessment>\n' + END,
    # Truncated and malformed.
    "truncated.sseportfolio": GOOD[: len(GOOD) // 2],
    "truncated-in-tag.sseportfolio": GOOD[: GOOD.index('value="skip"') + 8],
    "empty.sseportfolio": "",
    "only-declaration.sseportfolio": HEAD,
    "two-roots.sseportfolio": GOOD + ROOT + BODY + END,
    "unclosed-comment.sseportfolio": HEAD + ROOT + "  <!-- note\n" + BODY + END,
    # Encodings: invalid UTF-8, a declaration that lies, UTF-16/32, BOMs.
    "latin1-bytes.sseportfolio":
        (HEAD + ROOT + '  <person name="Jos\u00e9"/>\n' + BODY[BODY.index("  <assessment"):]
         + END).encode("latin-1"),
    "declared-latin1.sseportfolio":
        GOOD.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
    "declared-utf16.sseportfolio":
        GOOD.replace('encoding="UTF-8"', 'encoding="UTF-16"'),
    "declared-ebcdic.sseportfolio":
        GOOD.replace('encoding="UTF-8"', "encoding='IBM037'"),
    "utf16le-bom.sseportfolio": utf16(GOOD.replace("UTF-8", "UTF-16"), "little"),
    "utf16be-bom.sseportfolio": utf16(GOOD.replace("UTF-8", "UTF-16"), "big"),
    "utf16le-no-bom.sseportfolio": GOOD.replace("UTF-8", "UTF-16").encode("utf-16-le"),
    "utf32-bom.sseportfolio": GOOD.encode("utf-32"),
    "utf8-bom-twice.sseportfolio": b"\xef\xbb\xbf\xef\xbb\xbf" + GOOD.encode(),
    "utf8-bom-utf16-declared.sseportfolio":
        b"\xef\xbb\xbf" + GOOD.replace("UTF-8", "UTF-16").encode(),
    "overlong-utf8.sseportfolio":
        GOOD.encode().replace(b'name="Ana"', b'name="\xc0\xbcAna"'),
    "surrogate-utf8.sseportfolio":
        GOOD.encode().replace(b'name="Ana"', b'name="\xed\xa0\x80Ana"'),
    "nul-byte.sseportfolio": GOOD.encode().replace(b"</assessment>", b"\x00</assessment>"),
    "control-character.sseportfolio": GOOD.replace('name="Ana"', 'name="An&#1;a"'),
    # Not a portfolio, or not one of ours.
    "wrong-root.sseportfolio": HEAD + "<html><body><p>Not a portfolio</p></body></html>\n",
    "framework-as-portfolio.sseportfolio":
        HEAD + '<framework format="1" id="sse-competences" version="1">\n'
        '  <title>Borrowed</title>\n</framework>\n',
    "namespaced-root.sseportfolio": GOOD.replace(ROOT, ROOT.replace(
        "<portfolio ", '<portfolio xmlns="urn:example:other" ')),
    "foreign-framework.sseportfolio": GOOD.replace("sse-competences", "another-framework"),
    "newer-version.sseportfolio":
        GOOD.replace('format="1"', 'format="7"').replace(END, "  <reflection/>\n" + END),
    "not-xml.sseportfolio": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    # Answers as CSV.
    "utf16-bom.csv": b"\xff\xfe" + csv_good_lines(3).encode("utf-16-le"),
    "latin1.csv": csv_good_lines(2).encode() + "caf\u00e9,3\n".encode("latin-1"),
    "nul-byte.csv": csv_good_lines(2).encode() + b"sse-literacy-a,\x003\n",
    "unterminated-quote.csv": csv_good_lines(2) + '"sse-literacy-a,3\n' + "x,1\n" * 50,
    "huge-field.csv": "item_id,value\n" + "A" * (900 * 1024) + ",3\n",
    "too-many-fields.csv": "item_id,value\n" + "sse-literacy-k,3" + ",3" * 50000 + "\n",
    "binary.csv": bytes((i * 37 + 11) % 256 for i in range(4096)),
    "formula.csv": "item_id,value\n=HYPERLINK(\"http://127.0.0.1:9/\"),3\n",
}


def main():
    os.makedirs(HERE, exist_ok=True)
    for name, content in sorted(FILES.items()):
        data = content.encode("utf-8") if isinstance(content, str) else content
        with open(os.path.join(HERE, name), "wb") as stream:
            stream.write(data)
    print(f"{len(FILES)} files in {HERE}")


if __name__ == "__main__":
    main()
