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


# Share files (.sseshare) and team audits (.sseteam): the same attacks,
# and values only these files carry.
SHARE_ROOT = ('<share format="1" framework="sse-competences" '
              'framework-version="1">\n')
SHARE_BODY = ('  <member id="ana-1" name="Ana" show-name="true"/>\n'
              '  <result date="2026-12-04T10:00:00Z" status="clear" profile="initiator"/>\n'
              '  <scores>\n'
              '    <score competence="sse-literacy" value="87.5"/>\n'
              '    <score competence="cooperation" value="na"/>\n'
              '  </scores>\n'
              '  <answers>\n'
              '    <answer item="sse-literacy-k" value="4"/>\n'
              '    <answer item="sse-literacy-s" value="skip"/>\n'
              '  </answers>\n')
SHARE_END = '</share>\n'
SHARE = HEAD + SHARE_ROOT + SHARE_BODY + SHARE_END

TEAM_ROOT = '<team format="1" framework="sse-competences">\n'
TEAM_SETTINGS = '  <settings min-group="3" required-level="50.0"/>\n'
TEAM_END = '</team>\n'


def inner(share_body=SHARE_BODY, root=SHARE_ROOT):
    """A share as a member of a team audit, indented."""
    text = root + share_body + SHARE_END
    return "".join("  " + line + "\n" for line in text.splitlines())


def team(*members, settings=TEAM_SETTINGS, root=TEAM_ROOT):
    return HEAD + root + settings + "".join(members or (inner(),)) + TEAM_END


TEAM = team()


def with_member(body, member_id):
    return body.replace('id="ana-1"', f'id="{member_id}"')


def attacks(kind, good, root_line, root_name, first_child):
    """The attacks every XML file gets, for a share or a team file."""
    head_and_root = HEAD + root_line
    rest = good[len(head_and_root):]
    laugh_entities = ['<!DOCTYPE ' + root_name + ' [\n',
                      '  <!ENTITY lol0 "lollollollollol">\n']
    for level in range(1, 12):
        laugh_entities.append(f'  <!ENTITY lol{level} "' + f"&lol{level - 1};" * 10 + '">\n')
    laugh_entities.append(']>\n')
    named = good.replace('name="Ana"', 'name="&lol11;"')
    ext = "." + kind

    def nested(levels):
        return head_and_root + "<a>" * levels + "</a>" * levels + "\n" + rest

    return {
        "entity-expansion" + ext: HEAD + "".join(laugh_entities) + named[len(HEAD):],
        "external-entity" + ext:
            HEAD + f'<!DOCTYPE {root_name} [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
            + good[len(HEAD):].replace('name="Ana"', 'name="&xxe;"'),
        "external-dtd" + ext:
            HEAD + f'<!DOCTYPE {root_name} SYSTEM "http://127.0.0.1:9/{kind}.dtd">\n'
            + good[len(HEAD):],
        "parameter-entity" + ext:
            HEAD + f'<!DOCTYPE {root_name} [\n  <!ENTITY % remote SYSTEM '
            '"http://127.0.0.1:9/evil.dtd">\n  %remote;\n]>\n' + good[len(HEAD):],
        "doctype" + ext: HEAD + f"<!DOCTYPE {root_name}>\n" + good[len(HEAD):],
        "undeclared-entity" + ext: good.replace('name="Ana"', 'name="&xxe;"'),
        "xinclude" + ext:
            good.replace(root_line, root_line.replace(
                '">', '" xmlns:xi="http://www.w3.org/2001/XInclude">', 1))
            .replace(first_child, '  <xi:include href="file:///etc/passwd" parse="text"/>\n'
                     + first_child, 1),
        "deep-nesting" + ext: nested(100000),
        "nesting-just-over" + ext: nested(40),
        "huge-attribute" + ext: good.replace('name="Ana"', 'name="' + "A" * (300 * 1024) + '"'),
        "attribute-flood" + ext:
            good.replace(root_line, root_line.replace(
                ">", " " + " ".join(f'a{i}="x"' for i in range(20000)) + ">", 1)),
        "truncated" + ext: good[: len(good) // 2],
        "truncated-in-tag" + ext: good[: good.index('value="skip"') + 8],
        "empty" + ext: "",
        "only-declaration" + ext: HEAD,
        "two-roots" + ext: good + good[len(HEAD):],
        "unclosed-comment" + ext: good.replace(first_child, "  <!-- note\n" + first_child, 1),
        "latin1-bytes" + ext: good.replace('name="Ana"', 'name="Jos\u00e9"').encode("latin-1"),
        "declared-latin1" + ext: good.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
        "declared-utf16" + ext: good.replace('encoding="UTF-8"', 'encoding="UTF-16"'),
        "declared-ebcdic" + ext: good.replace('encoding="UTF-8"', "encoding='IBM037'"),
        "utf16le-bom" + ext: utf16(good.replace("UTF-8", "UTF-16"), "little"),
        "utf16be-bom" + ext: utf16(good.replace("UTF-8", "UTF-16"), "big"),
        "utf16le-no-bom" + ext: good.replace("UTF-8", "UTF-16").encode("utf-16-le"),
        "utf32-bom" + ext: good.encode("utf-32"),
        "utf8-bom-twice" + ext: b"\xef\xbb\xbf\xef\xbb\xbf" + good.encode(),
        "utf8-bom-utf16-declared" + ext: b"\xef\xbb\xbf" + good.replace("UTF-8", "UTF-16").encode(),
        "overlong-utf8" + ext: good.encode().replace(b'name="Ana"', b'name="\xc0\xbcAna"'),
        "surrogate-utf8" + ext: good.encode().replace(b'name="Ana"', b'name="\xed\xa0\x80Ana"'),
        "nul-byte" + ext: good.encode().replace(b"</answers>", b"\x00</answers>", 1),
        "control-character" + ext: good.replace('name="Ana"', 'name="An&#1;a"'),
        "wrong-root" + ext: HEAD + "<html><body><p>Not ours</p></body></html>\n",
        "portfolio-as-" + root_name + ext: GOOD,
        "namespaced-root" + ext: good.replace(
            root_line, root_line.replace("<" + root_name + " ",
                                         '<' + root_name + ' xmlns="urn:example:other" ')),
        "newer-version" + ext: good.replace('format="1"', 'format="7"', 1),
        "foreign-framework" + ext: good.replace("sse-competences", "another-framework"),
        "not-xml" + ext: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    }


def replaced(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)


def share_values():
    """Shares that parse but carry what no share of ours can."""
    score = '<score competence="sse-literacy" value="87.5"/>'
    answer = '<answer item="sse-literacy-k" value="4"/>'
    return {
        "team-as-share.sseshare": TEAM,
        "two-members.sseshare":
            replaced(SHARE, "  <result", '  <member id="ben-2" show-name="false"/>\n  <result'),
        "duplicate-score.sseshare": replaced(SHARE, score, score + "\n    " + score),
        "duplicate-answer.sseshare": replaced(SHARE, answer, answer + "\n    " + answer),
        "score-over-100.sseshare": replaced(SHARE, 'value="87.5"', 'value="100.5"'),
        "score-negative.sseshare": replaced(SHARE, 'value="87.5"', 'value="-5"'),
        "score-exponent.sseshare": replaced(SHARE, 'value="87.5"', 'value="1e2"'),
        "score-infinite.sseshare": replaced(SHARE, 'value="87.5"', 'value="inf"'),
        "answer-off-scale.sseshare": replaced(SHARE, 'value="4"', 'value="7"'),
        "bad-date.sseshare": replaced(SHARE, "2026-12-04T10:00:00Z", "2026-13-45T10:00:00Z"),
        "year-zero.sseshare": replaced(SHARE, "2026-12-04T10:00:00Z", "0000-01-01T00:00:00Z"),
        "bad-status.sseshare": replaced(SHARE, 'status="clear"', 'status="perfect"'),
        "bad-member-id.sseshare": replaced(SHARE, 'id="ana-1"', 'id="../../etc/passwd"'),
        "long-member-id.sseshare": replaced(SHARE, 'id="ana-1"', 'id="' + "a" * 65 + '"'),
        "bad-competence-id.sseshare":
            replaced(SHARE, 'competence="sse-literacy"', 'competence="SSE_Literacy"'),
        "no-result.sseshare": replaced(SHARE, SHARE_BODY.splitlines(True)[1], ""),
        "unknown-element.sseshare":
            replaced(SHARE, "  <scores>", "  <comment>hello</comment>\n  <scores>"),
        "many-answers.sseshare":
            replaced(SHARE, "  </answers>",
                     "".join(f'    <answer item="item-{i}" value="3"/>\n' for i in range(5000))
                     + "  </answers>"),
    }


def team_values():
    """Team audits that parse but carry what no audit of ours can."""
    second = inner(with_member(SHARE_BODY, "ben-2"))
    return {
        "share-as-team.sseteam": SHARE,
        "duplicate-member.sseteam": team(inner(), second, inner()),
        "member-foreign-framework.sseteam":
            team(inner(), inner(with_member(SHARE_BODY, "ben-2"),
                                SHARE_ROOT.replace("sse-competences", "another-framework"))),
        "member-newer-version.sseteam":
            team(inner(), inner(with_member(SHARE_BODY, "ben-2"),
                                SHARE_ROOT.replace('format="1"', 'format="2"'))),
        "member-bad-score.sseteam":
            team(inner(), inner(with_member(SHARE_BODY, "ben-2").replace('"87.5"', '"870"'))),
        "member-no-member.sseteam":
            team(inner(SHARE_BODY.replace('  <member id="ana-1" name="Ana" show-name="true"/>\n',
                                          ""))),
        "no-settings.sseteam": team(settings=""),
        "two-settings.sseteam": team(settings=TEAM_SETTINGS * 2),
        "min-group-zero.sseteam": team(settings=TEAM_SETTINGS.replace('"3"', '"0"')),
        "min-group-huge.sseteam": team(settings=TEAM_SETTINGS.replace('"3"', '"99999999999"')),
        "level-over-100.sseteam": team(settings=TEAM_SETTINGS.replace('"50.0"', '"100.5"')),
        "level-unknown-competence.sseteam":
            team(settings=TEAM_SETTINGS.replace(
                "/>", '>\n    <level competence="juggling" value="75.0"/>\n  </settings>')),
        "level-negative.sseteam":
            team(settings=TEAM_SETTINGS.replace(
                "/>", '>\n    <level competence="cooperation" value="-1"/>\n  </settings>')),
    }


FILES.update(attacks("sseshare", SHARE, SHARE_ROOT, "share", "  <member "))
FILES.update(share_values())
FILES.update(attacks("sseteam", TEAM, TEAM_ROOT, "team", "  <settings "))
FILES.update(team_values())


def main():
    os.makedirs(HERE, exist_ok=True)
    for name, content in sorted(FILES.items()):
        data = content.encode("utf-8") if isinstance(content, str) else content
        with open(os.path.join(HERE, name), "wb") as stream:
            stream.write(data)
    print(f"{len(FILES)} files in {HERE}")


if __name__ == "__main__":
    main()
