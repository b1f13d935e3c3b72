"""The XML codec: lossless round trips, the shipped RELAX NG schema, exact text, safe reading, clear errors."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from hypothesis import given
from lxml import etree
from strategies import documents

import iomparse
from iomparse import model
from iomparse.codecs import CodecError, from_xml, to_xml
from iomparse.codecs.xml import NAMESPACE, SCHEMA_PATH

RELAX_NG = etree.RelaxNG(etree.parse(str(SCHEMA_PATH)))


def valid(data: bytes) -> bool:
    """Whether ``data`` validates against the shipped schema (asserting with the schema's error log)."""
    assert RELAX_NG.validate(etree.fromstring(data)), RELAX_NG.error_log
    return True


@given(documents())
def test_round_trip_is_exact_and_valid(doc):
    data = to_xml(doc)
    assert valid(data)
    assert from_xml(data) == doc
    assert from_xml(data.decode("utf-8")) == doc


@pytest.mark.parametrize("name", ["statement", "strategy"])
def test_seed_round_trip_is_exact_and_valid(seed_docs, name):
    doc = seed_docs[name]
    data = to_xml(doc)
    assert valid(data)
    assert from_xml(data) == doc
    assert to_xml(from_xml(data)) == data


def test_vocabulary_on_the_strategy_seed(seed_docs):
    text = to_xml(seed_docs["strategy"]).decode("utf-8")
    assert text.startswith(
        f'<?xml version=\'1.0\' encoding=\'UTF-8\'?>\n<document xmlns="{NAMESPACE}" iomparse="1" pages="1">'
    )
    assert '<meta kind="information_note" symbol="MC/INF/274" original-language="English" date="2004-11-04">' in text
    assert '<section id="sec_I" num="I" level="1" start="15" end="27">\n      <heading>INTRODUCTION</heading>' in text
    assert 'in document <docref symbol="MC/1842" own="false">MC/1842</docref>: "IOM' in text
    assert (
        '<resref numbers="923" session="71">Resolution No. 923 (LXXI)</resref> of '
        '<dateref start="1995-11" end="1995-11">November 1995</dateref>' in text
    )
    assert 'the United Nations.<noteref n="1"/></content>' in text


def test_text_and_attributes_keep_every_space():
    runs = [
        model.Text("  lead, two  spaces,\ttab,\r\nCRLF, lone\rCR, trail  "),
        model.Strong([model.Text(" bold ")]),
        model.Text("   "),
        model.Emphasis([model.Text("\n")]),
    ]
    doc = model.Document(
        model.Meta(kind=" kind\twith\nbreaks\r", title="  spaced  "),
        [model.Paragraph(" 1 ", runs), model.Figure(["  a  ", "", "\t"])],
    )
    data = to_xml(doc)
    assert valid(data)
    assert from_xml(data) == doc


def test_none_and_empty_string_stay_distinct():
    doc = model.Document(
        model.Meta(kind="", title="", subtitle=None, speaker=""),
        [model.Paragraph("", []), model.Paragraph(None, [], [model.Item("", []), model.Item(None, [])])],
        diagnostics=[model.Diagnostic("info", "", "")],
    )
    data = to_xml(doc)
    assert valid(data)
    assert from_xml(data) == doc


def test_forbidden_characters_become_replacement_characters_with_a_warning():
    doc = model.Document(
        model.Meta(title="nul\x00 vt\x0b", symbol=model.Symbol(["MC", "1\x01"])),
        [model.Paragraph("\x1f", [model.Text("a\ufffe\uffffb\ud800")]), model.Figure(["\x08"])],
        diagnostics=[model.Diagnostic("info", "code", "esc\x1b")],
    )
    data = to_xml(doc)
    assert valid(data)
    expected = model.Document(
        model.Meta(title="nul\ufffd vt\ufffd", symbol=model.Symbol(["MC", "1\ufffd"])),
        [model.Paragraph("\ufffd", [model.Text("a\ufffd\ufffdb\ufffd")]), model.Figure(["\ufffd"])],
        diagnostics=[
            model.Diagnostic("info", "code", "esc\ufffd"),
            model.Diagnostic(
                "warning", "xml-invalid-character", "9 character(s) that XML 1.0 forbids were replaced with U+FFFD"
            ),
        ],
    )
    assert from_xml(data) == expected
    assert from_xml(to_xml(expected)) == expected


@pytest.mark.parametrize(
    "forbidden", ["\x00", "\x0b", "\x1f", "\ufffe", "\uffff", "\ud800", "\udfff"], ids=lambda c: f"U+{ord(c):04X}"
)
def test_each_forbidden_character_alone_is_found(forbidden):
    # to_xml checks its UTF-8 for each kind separately: a lone one must not slip through
    doc = model.Document(model.Meta(), [model.Paragraph(None, [model.Text(f"a{forbidden}b \ufffd \t\r\n ok")])])
    data = to_xml(doc)
    assert valid(data)
    read = from_xml(data)
    assert read.body == (model.Paragraph(None, [model.Text("a\ufffdb \ufffd \t\r\n ok")]),)
    assert [d.code for d in read.diagnostics] == ["xml-invalid-character"]


@pytest.mark.parametrize("allowed", ["\t\n\r", " ~\x7f\x80", "\ud7ff\ue000\ufffd", "\U00010000\U0010ffff"])
def test_allowed_characters_at_the_edges_of_the_forbidden_ranges_are_kept(allowed):
    doc = model.Document(model.Meta(), [model.Paragraph(None, [model.Text(allowed)])])
    assert from_xml(to_xml(doc)) == doc


@pytest.mark.parametrize("parts", [["MC/INF", "274"], ["MC", ""], [], [" MC", "274"]])
def test_a_symbol_xml_could_not_spell_cannot_be_made(parts):
    with pytest.raises(ValueError, match="symbol parts must be non-empty"):
        model.Symbol(parts)


# --------------------------------------------------------------------------------------------------
# Reading: hand-written XML, hostile XML, XML outside the vocabulary

HAND_WRITTEN = """<?xml version="1.0" encoding="UTF-8"?>
<document xmlns="urn:iomparse:1" iomparse="1" pages="1">
  <meta kind="statement" symbol="C/106/54/Rev.1" suffixes="Rev.1"/>
  <body>
    <salutation>Ladies and gentlemen,</salutation>
    <paragraph num="1" start="3" end="4">
      <content>See <!-- a comment --><docref symbol="MC/1" own="false">MC/1</docref> &amp; <emph>it</emph>.</content>
    </paragraph>
  </body>
  <annexes/>
  <footnotes/>
  <furniture/>
  <diagnostics/>
</document>
"""


def test_hand_written_xml_is_read():
    content = [
        model.Text("See "),
        model.DocRef(model.Symbol(["MC", "1"]), "MC/1"),
        model.Text(" & "),
        model.Emphasis([model.Text("it")]),
        model.Text("."),
    ]
    expected = model.Document(
        model.Meta("statement", model.Symbol(["C", "106", "54"], ["Rev.1"])),
        [model.Salutation("Ladies and gentlemen,"), model.Paragraph("1", content, span=model.Span(3, 4))],
    )
    assert from_xml(HAND_WRITTEN) == expected


def with_doctype(internal_subset: str, body: str) -> str:
    doctype = f"<!DOCTYPE document [\n{internal_subset}\n]>\n"
    return HAND_WRITTEN.replace("<document ", doctype + "<document ").replace("Ladies and gentlemen,", body)


ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-32"]


def encoded(xml: str, encoding: str) -> bytes:
    """``xml`` as bytes in ``encoding``, its declaration saying so."""
    return xml.replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"').encode(encoding)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_external_entities_are_rejected_unread(tmp_path, encoding):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", "utf-8")
    for target in (secret.as_uri(), "file:///etc/passwd"):
        xml = with_doctype(f'<!ENTITY x SYSTEM "{target}">', "&x;").replace('num="1"', 'num="&x;"')
        with pytest.raises(CodecError, match="DOCTYPE declaration") as error:
            from_xml(encoded(xml, encoding))
        assert "TOP-SECRET" not in str(error.value)
        assert "root:" not in str(error.value)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_billion_laughs_is_rejected(encoding):
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    with pytest.raises(CodecError, match="DOCTYPE declaration"):
        from_xml(encoded(with_doctype("\n".join(entities), "&lol9;"), encoding))


@pytest.mark.parametrize(
    "doctype",
    ["<!DOCTYPE document>", '<!DOCTYPE document SYSTEM "http://example.invalid/iomparse.dtd">'],
)
def test_any_dtd_is_rejected(doctype):
    with pytest.raises(CodecError, match="DOCTYPE declaration"):
        from_xml(HAND_WRITTEN.replace("<document ", f"{doctype}\n<document ", 1))


def test_malformed_xml_names_the_line():
    with pytest.raises(
        CodecError,
        match=r"^line 8, column 12: not well-formed XML: Opening and ending tag mismatch: paragraph line 6 and para$",
    ):
        from_xml(HAND_WRITTEN.replace("</paragraph>", "</para>"))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('xmlns="urn:iomparse:1"', 'xmlns="urn:other"', "/{urn:other}document (line 2): expected <document> in"),
        ('iomparse="1"', 'iomparse="2"', "/document/@iomparse (line 2): unsupported format version '2', expected '1'"),
        ("salutation", "greeting", "/document/body/greeting (line 5): unexpected element <greeting>, expected <"),
        ('num="1"', 'num="1" colour="red"', "/document/body/paragraph/@colour (line 6): unknown attribute"),
        ('start="3"', 'start="three"', "/document/body/paragraph/@start (line 6): expected an integer, got 'three'"),
        ('end="4"', "", "/document/body/paragraph (line 6): 'start' and 'end' come together"),
        ('own="false"', "", "/document/body/paragraph/content/docref (line 7): missing attribute 'own'"),
        ('suffixes="Rev.1"', 'suffixes="Rev.2"', "/document/meta/@suffixes (line 3): 'Rev.2' does not end the symbol"),
        ("<annexes/>", "<annexes>x</annexes>", "/document/annexes (line 10): unexpected text 'x'"),
        ("<footnotes/>", "", "/document (line 2): missing <footnotes>"),
        ("<content>See", "<content><b>See</b>", "/document/body/paragraph/content/b (line 7): unexpected element <b>,"),
        ("Ladies", "<strong>Ladies</strong>", "/document/body/salutation/strong (line 5): unexpected element <strong>"),
        (
            "<furniture/>",
            '<furniture><x:piece xmlns:x="urn:x"/></furniture>',
            "/document/furniture/{urn:x}piece (line 12): element not in the iomparse vocabulary",
        ),
        ("<diagnostics/>", "<diagnostics/><extra/>", "/document/extra (line 13): unexpected element <extra>"),
    ],
)
def test_xml_outside_the_vocabulary_names_element_and_line(old, new, message):
    assert old in HAND_WRITTEN
    with pytest.raises(CodecError, match="^" + re.escape(message)):
        from_xml(HAND_WRITTEN.replace(old, new))


def test_an_attribute_of_the_wrong_type_in_a_hand_built_tree_is_still_escaped():
    # the model does not check types: a str where an int belongs, or an int where a str does, is written
    # as text, escaped, never as broken XML
    doc = model.Document(model.Meta(), [model.Paragraph(3, [model.Text("x")])], pages='1"<&2')
    root = etree.fromstring(to_xml(doc))
    assert root.get("pages") == '1"<&2'
    assert root[1][0].get("num") == "3"


def identified() -> model.Document:
    """A section with a numbered paragraph and its item, an unnumbered paragraph, and a footnote."""
    item = model.Item("(a)", [model.Text("first")])
    section = model.Section(
        "I",
        [model.Text("INTRODUCTION")],
        1,
        [
            model.Paragraph("1", [model.Text("One."), model.NoteRef("1")], [item]),
            model.Paragraph(None, [model.Text("Aside.")]),
        ],
    )
    return model.Document(model.Meta(), [section], footnotes=[model.Footnote("1", [model.Text("A note.")], "para_1")])


def test_blocks_and_footnotes_carry_their_id():
    root = etree.fromstring(to_xml(identified()))
    found = [(etree.QName(e).localname, e.get("id")) for e in root.iter() if e.get("id") is not None]
    assert found == [
        ("section", "sec_I"),
        ("paragraph", "para_1"),
        ("item", "para_1/item_a"),
        ("paragraph", "sec_I/text_1"),
        ("footnote", "footnote_1"),
    ]


def test_ids_are_optional_on_reading():
    data = to_xml(identified())
    assert from_xml(re.sub(rb' id="[^"]*"', b"", data)) == identified()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            b'id="para_1/item_a"',
            b'id="para_1/item_b"',
            "/document/body/section/paragraph[1]/item/@id (line 9): "
            "'para_1/item_b' is not this item's id, 'para_1/item_a'",
        ),
        (
            b'id="footnote_1"',
            b'id="note_1"',
            "/document/footnotes/footnote/@id (line 20): 'note_1' is not this footnote's id, 'footnote_1'",
        ),
        (
            b'<paragraph id="para_1" num="1"',
            b'<paragraph id="para_1" num="2"',
            "/document/body/section/paragraph[1]/@id (line 7): 'para_1' is not this paragraph's id, 'para_2'",
        ),
    ],
)
def test_an_id_the_tree_does_not_give_is_an_error(old, new, message):
    data = to_xml(identified())
    assert old in data
    with pytest.raises(CodecError, match=re.escape(message)):
        from_xml(data.replace(old, new))


def own_text_element(element: etree._Element) -> etree._Element:
    """The element holding a block's own text: its ``<content>`` or ``<heading>``, or the element itself."""
    for child in element:
        if etree.QName(child).localname in ("content", "heading"):
            return child
    return element


def test_the_string_value_of_a_blocks_text_is_its_text_on_every_sample():
    checked = 0
    for sample in sorted(SAMPLES.glob("*.txt")):
        document = iomparse.parse_file(sample)
        root = etree.fromstring(to_xml(document))
        elements = {e.get("id"): e for e in root.iter() if e.get("id") is not None}
        for path, node in iomparse.paths.identified(document):
            if isinstance(node, model.Paragraph | model.Item | model.Clause | model.Section | model.Footnote):
                assert own_text_element(elements[path]).xpath("string()") == iomparse.text_of(node), (sample, path)
                checked += 1
    assert checked > 400


def test_session_and_name_references_hold_their_values_in_attributes():
    session = model.SessionRef(model.Session(107, "107th Session"), "107th Session of the Council")
    names = model.NameList(["Chad", "Chile"], "Chad and Chile")
    doc = model.Document(model.Meta(), [model.Paragraph(None, [session, model.Text(": "), names])])
    data = to_xml(doc)
    assert (
        b'<sessionref number="107" special="false" raw="107th Session">107th Session of the Council</sessionref>'
        in data
    )
    assert b'<names names="[&quot;Chad&quot;, &quot;Chile&quot;]">Chad and Chile</names>' in data
    assert from_xml(data) == doc


def test_xml_written_in_the_earlier_form_of_session_and_name_references_still_reads():
    earlier = (
        f'<document xmlns="{NAMESPACE}" iomparse="1" pages="1"><meta kind="document"/><body><paragraph><content>'
        '<sessionref><session number="107" special="false">107th Session</session><text>107th Session</text>'
        "</sessionref> <names><list><line>Chad</line><line>Chile</line></list><text>Chad and Chile</text></names>"
        "</content></paragraph></body><annexes/><footnotes/><furniture/><diagnostics/></document>"
    )
    (paragraph,) = from_xml(earlier).body
    assert paragraph.content == (
        model.SessionRef(model.Session(107, "107th Session"), "107th Session"),
        model.Text(" "),
        model.NameList(["Chad", "Chile"], "Chad and Chile"),
    )
