"""Flat records (`iomparse.records`) and citation keys (`iomparse.citations.targets`)."""

from __future__ import annotations

from collections import Counter

import orjson
import pytest
from conftest import SAMPLES

import iomparse
from iomparse.citations import targets
from iomparse.model import (
    ConstitutionRef,
    Contents,
    ContentsEntry,
    DateRef,
    DocRef,
    Document,
    Footnote,
    Item,
    Meta,
    NoteRef,
    Paragraph,
    Quote,
    ResolutionRef,
    Section,
    Strong,
    Symbol,
    Table,
    Text,
    UNRef,
)

STRATEGY = SAMPLES / "mc-inf-274-strategy.txt"


def small() -> Document:
    """A section with a numbered paragraph (bold, a marker, a citation), its item, a quote, a table and a
    contents, and the footnote the marker calls."""
    paragraph = Paragraph(
        "1",
        [Text("See "), Strong([Text("document")]), Text(" "), DocRef(Symbol(["MC", "1842"]), "MC/1842"), NoteRef("1")],
        [Item("(a)", [Text("a point")]), Quote([Paragraph(None, [Text("Quoted.")])])],
    )
    table = Table(["Africa  100", "Asia  200"], [["Africa", "100"], ["Asia", "200"]], "Budget (see MC/2000)")
    contents = Contents("CONTENTS", [ContentsEntry("Introduction", "1", [ContentsEntry("Scope", "2")])])
    section = Section("I", [Text("INTRODUCTION")], 1, [paragraph, table])
    footnote = Footnote("1", [Text("As in "), ResolutionRef([923], "Resolution No. 923")], "para_1")
    return Document(Meta(symbol=Symbol(["MC", "9"])), [contents, section], footnotes=[footnote])


def test_every_unit_is_a_record_with_its_ids_trail_text_notes_and_citations():
    found = [(r.id, r.parent, r.kind, r.label, r.trail, r.text) for r in iomparse.records(small())]
    assert found == [
        ("contents_1", None, "contents", None, (), "CONTENTS"),
        ("contents_1/entry_1", "contents_1", "entry", "1", (), "Introduction"),
        ("contents_1/entry_2", "contents_1/entry_1", "entry", "2", (), "Scope"),
        ("sec_I", None, "heading", "I", (), "INTRODUCTION"),
        ("para_1", "sec_I", "paragraph", "1", ("I INTRODUCTION",), "See document MC/1842"),
        ("para_1/item_a", "para_1", "item", "(a)", ("I INTRODUCTION",), "a point"),
        ("para_1/quote_1/text_1", "para_1", "paragraph", None, ("I INTRODUCTION",), "Quoted."),
        ("sec_I/table_1", "sec_I", "table", None, ("I INTRODUCTION",), "Budget (see MC/2000)"),
        ("sec_I/table_1/row_1", "sec_I/table_1", "row", "Africa", ("I INTRODUCTION",), "Africa\t100"),
        ("sec_I/table_1/row_2", "sec_I/table_1", "row", "Asia", ("I INTRODUCTION",), "Asia\t200"),
        ("footnote_1", "para_1", "footnote", "1", ("I INTRODUCTION",), "As in Resolution No. 923"),
    ]
    records = list(iomparse.records(small()))
    assert {r.parent for r in records} - {r.id for r in records} == {None}, "every parent is a record"
    assert next(r for r in records if r.kind == "table").citations == ("MC/2000",)
    paragraph = next(r for r in iomparse.records(small()) if r.id == "para_1")
    assert paragraph.document == "MC/9"  # (too little text to tell its language)
    assert paragraph.markup == "See **document** MC/1842¹"
    assert [(n.marker, n.text) for n in paragraph.notes] == [("1", "As in Resolution No. 923")]
    assert paragraph.citations == ("MC/1842",)
    assert next(r for r in iomparse.records(small()) if r.kind == "footnote").citations == ("RES/923",)


def test_records_write_as_json_lines():
    record = next(r for r in iomparse.records(small()) if r.id == "para_1")
    data = orjson.loads(orjson.dumps(record.as_dict()))
    assert data["notes"] == [{"marker": "1", "text": "As in Resolution No. 923"}]
    assert data["trail"] == ["I INTRODUCTION"] and data["start"] is None


def test_the_strategy_paper_gives_a_record_to_each_numbered_paragraph_and_footnote():
    document = iomparse.parse_file(STRATEGY)
    found = list(iomparse.records(document))
    kinds = Counter(r.kind for r in found)
    numbered = [b for b in iomparse.blocks(document) if isinstance(b.block, Paragraph) and b.block.num]
    assert kinds["paragraph"] >= len(numbered) and kinds["footnote"] == len(document.footnotes)
    assert len({r.id for r in found}) == len(found)
    note_4 = next(r for r in found if r.id == "para_19/item_3")
    assert [n.marker for n in note_4.notes] == ["4"] and note_4.notes[0].text.startswith("United Nations (UN) (1996)")
    assert {r.document for r in found} == {"MC/INF/274@en"}


@pytest.mark.parametrize(
    ("citation", "keys"),
    [
        (DocRef(Symbol(["C", "106", "54"], ["Rev.1"]), "C/106/54/Rev.1"), ("C/106/54/Rev.1",)),
        (DocRef(Symbol(["MC", "9"]), "MC/9", own=True), ()),
        (ResolutionRef([1310, 1311], "Resolutions Nos. 1310 and 1311"), ("RES/1310", "RES/1311")),
        (UNRef("General Assembly resolution 73/195"), ("A/RES/73/195",)),
        (UNRef("A/RES/70/1"), ("A/RES/70/1",)),
        (ConstitutionRef("4", "Article 4 of the Constitution"), ("CONSTITUTION/4",)),
        (DateRef("2004-11-04", "2004-11-04", "4 November 2004"), ()),
    ],
)
def test_citation_keys(citation, keys):
    assert targets(citation) == keys


def test_a_records_page_is_the_page_its_first_line_is_on():
    text = "1. The first paragraph, on page one.\n\n2. The second, on page one too.\n\f\n3. The third, on page two.\n"
    document = iomparse.parse(text)
    assert (document.pages, document.page_starts) == (2, (4,))
    assert [(r.id, r.start, r.page) for r in iomparse.records(document)] == [
        ("para_1", 1, 1),
        ("para_2", 3, 1),
        ("para_3", 5, 2),
    ]
    assert iomparse.from_json(iomparse.to_json(document)).page_starts == (4,)
    assert iomparse.from_xml(iomparse.to_xml(document)).page_starts == (4,)
    assert b'page-starts="4"' in iomparse.to_xml(document)
