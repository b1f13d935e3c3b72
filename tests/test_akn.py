"""The Akoma Ntoso export: schema validity of every sample, and the key facts of the two seeds in AKN.

The OASIS schema is third-party and is not part of this repository: it is read from ``shared/akn`` beside
the checkout, and the schema tests are skipped when it is absent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import SAMPLES, SEEDS, gold, plain, sample_text
from hypothesis import given
from lxml import etree

import iomparse
from iomparse.codecs.akn import AKN_NS, to_akn
from iomparse.model import (
    Adoption,
    Annex,
    Clause,
    DocRef,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Item,
    Meta,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    Session,
    Strong,
    Symbol,
    Table,
    Text,
    Unclassified,
    inline_text,
    iter_blocks,
)

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "akn" / "akomantoso30.xsd"
NS = {"a": AKN_NS}
STEMS = sorted(path.stem for path in SAMPLES.glob("*.txt"))
STRATEGY = gold(SEEDS["strategy"])
STATEMENT = gold(SEEDS["statement"])
WORK = "/akn/un/doc/note/iom/2004-11-04/MC-INF-274"


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    """The OASIS Akoma Ntoso 3.0 schema, compiled once (it takes a moment)."""
    if not SCHEMA.is_file():
        pytest.skip(f"the Akoma Ntoso schema is not available at {SCHEMA}")
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def assert_valid(schema: etree.XMLSchema, root: etree._Element) -> None:
    if not schema.validate(root):
        errors = "\n".join(f"line {e.line}: {e.message}" for e in list(schema.error_log)[:10])
        pytest.fail(f"not valid Akoma Ntoso:\n{errors}")


def akn(document: Document) -> etree._Element:
    return etree.fromstring(to_akn(document))


def xp(node: etree._Element, path: str) -> list:
    return node.xpath(path, namespaces=NS)


def one(node: etree._Element, path: str):
    found = xp(node, path)
    assert len(found) == 1, f"{path}: {len(found)} matches"
    return found[0]


def text_of(element: etree._Element) -> str:
    """The visible text of an element, footnote bodies left out, whitespace collapsed."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != f"{{{AKN_NS}}}authorialNote":
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def parsed(stem: str) -> Document:
    try:
        return iomparse.parse(sample_text(stem))
    except Exception as error:  # the synthetic samples may not parse while the parser is being worked on
        pytest.skip(f"{stem} does not parse: {type(error).__name__}: {error}")


@pytest.fixture(scope="module")
def strategy(seed_docs) -> etree._Element:
    return akn(seed_docs["strategy"])


@pytest.fixture(scope="module")
def statement(seed_docs) -> etree._Element:
    return akn(seed_docs["statement"])


def eids_are_unique(root: etree._Element) -> None:
    counts = Counter(root.xpath("//@eId"))
    assert not [eid for eid, n in counts.items() if n > 1]
    assert all(re.fullmatch(r"[A-Za-z0-9_\-]+", eid) for eid in counts), "eIds are made of safe characters"


# --------------------------------------------------------------------------------------------------
# Every sample


@pytest.mark.parametrize("stem", STEMS)
def test_sample_exports_valid_akn(schema, stem):
    assert_valid(schema, akn(parsed(stem)))


@pytest.mark.parametrize("stem", STEMS)
def test_sample_eids_are_unique_and_safe(stem):
    eids_are_unique(akn(parsed(stem)))


@pytest.mark.parametrize("stem", STEMS)
def test_sample_keeps_every_footnote(stem):
    document = parsed(stem)
    root = akn(document)
    notes = xp(root, "//a:authorialNote | //a:meta/a:notes/a:note")
    assert sorted(n.get("marker") for n in notes) == sorted(f.marker for f in document.footnotes)


# --------------------------------------------------------------------------------------------------
# Seed 001: MC/INF/274, an information note with three annexes


def test_strategy_document_type_and_identity(strategy):
    doc = one(strategy, "/a:akomaNtoso/a:doc")
    assert doc.get("name") == "note"
    work = one(doc, "a:meta/a:identification/a:FRBRWork")
    assert one(work, "a:FRBRuri/@value") == WORK
    assert one(work, "a:FRBRthis/@value") == f"{WORK}/!main"
    assert one(work, "a:FRBRdate/@date") == "2004-11-04"
    assert one(work, "a:FRBRcountry/@value") == "un"
    assert one(work, "a:FRBRsubtype/@value") == "note"
    number = one(work, "a:FRBRnumber")
    assert (number.get("value"), number.get("showAs")) == ("MC-INF-274", "MC/INF/274")
    expression = one(doc, "a:meta/a:identification/a:FRBRExpression")
    assert one(expression, "a:FRBRthis/@value") == f"{WORK}/eng@/!main"
    assert one(expression, "a:FRBRuri/@value") == f"{WORK}/eng@"
    assert one(expression, "a:FRBRlanguage/@language") == "eng"
    assert one(doc, "a:meta/a:identification/a:FRBRManifestation/a:FRBRthis/@value") == f"{WORK}/eng@/!main.xml"


def test_strategy_references(strategy):
    meta = one(strategy, "/a:akomaNtoso/a:doc/a:meta")
    assert one(meta, "a:identification/@source") == "#iomparse"
    references = one(meta, "a:references")
    assert references.get("source") == "#iomparse"
    assert one(references, "a:TLCOrganization[@eId='iom']/@href") == "/ontology/organization/un/iom"
    assert xp(references, "a:TLCOrganization[@eId='iomparse']")
    assert xp(references, "a:TLCOrganization[@showAs='Council']")


def test_strategy_preface(strategy):
    preface = one(strategy, "/a:akomaNtoso/a:doc/a:preface")
    assert one(preface, "a:p/a:docNumber").text == "MC/INF/274"
    assert one(preface, "a:p/a:docTitle").text == STRATEGY["title"]
    date = one(preface, "a:p/a:docDate")
    assert (date.get("date"), date.text) == ("2004-11-04", "4 November 2004")
    session = one(preface, "a:p/a:session")
    assert (session.get("value"), session.text) == ("88", "EIGHTY-EIGHTH SESSION")


def test_strategy_main_body_paragraphs(strategy):
    paragraphs = xp(strategy, "/a:akomaNtoso/a:doc/a:mainBody//a:paragraph")
    assert len(paragraphs) == STRATEGY["numbered_paragraphs"] == 34
    assert [p.get("eId") for p in paragraphs] == [f"para_{n}" for n in range(1, 35)]
    assert [one(p, "a:num").text for p in paragraphs] == [f"{n}." for n in range(1, 35)]


def test_strategy_paragraph_text_is_kept(seed_docs, strategy):
    for number in (1, 3, 18, 19, 28):
        paragraph = next(b for b in iter_blocks(seed_docs["strategy"].body) if getattr(b, "num", None) == str(number))
        element = one(strategy, f"//a:paragraph[@eId='para_{number}']")
        text = one(element, "a:content/a:p | a:intro/a:p")
        assert text_of(text) == plain(inline_text(paragraph.content))


def test_strategy_sections(strategy):
    body = one(strategy, "/a:akomaNtoso/a:doc/a:mainBody")
    sections = xp(body, "a:section")
    expected = STRATEGY["sections"]
    assert [s.get("eId") for s in sections] == [f"sec_{s['num']}" for s in expected]
    assert [one(s, "a:num").text for s in sections] == [f"{s['num']}." for s in expected]
    assert [text_of(one(s, "a:heading")) for s in sections] == [s["heading"] for s in expected]
    section_v = one(body, "a:section[@eId='sec_V']")
    subsections = xp(section_v, "a:subsection")
    assert [s.get("eId") for s in subsections] == ["sec_V__subsec_1", "sec_V__subsec_2"]
    assert [one(s, "a:num").text for s in subsections] == ["V.1", "V.2"]
    assert xp(subsections[0], "a:paragraph[@eId='para_18']")
    for section in expected:
        for part in [section, *section.get("subsections", [])]:
            if "paragraphs" not in part:
                continue
            first, last = part["paragraphs"]
            tag = "section" if part is section else "subsection"
            nums = xp(body, f".//a:{tag}[a:num='{part['num']}' or a:num='{part['num']}.']//a:paragraph/a:num/text()")
            assert [int(n.rstrip(".")) for n in nums] == list(range(first, last + 1))


def test_strategy_lists(strategy):
    points = xp(strategy, "//a:paragraph[@eId='para_18']/a:list[@eId='para_18__list_1']/a:point")
    assert [p.get("eId") for p in points] == [f"para_18__list_1__point_{c}" for c in "abcdefghijk"]
    assert [one(p, "a:num").text for p in points] == STRATEGY["lists"]["18"]["labels"]
    intro = one(strategy, "//a:paragraph[@eId='para_18']/a:intro/a:p")
    assert text_of(intro).startswith("Global developments and future migration trends")
    bullets = xp(strategy, "//a:paragraph[@eId='para_19']/a:list/a:point")
    assert len(bullets) == STRATEGY["lists"]["19"]["bullets"]
    assert not xp(bullets[0], "a:num"), "bullets have no number"


def test_strategy_quotations(strategy):
    quote = one(strategy, "//a:paragraph[@eId='para_11']/a:hcontainer[@name='quote']")
    assert quote.get("eId") == "para_11__quote_1"
    structure = one(quote, "a:content/a:p/a:embeddedStructure")
    assert text_of(structure).startswith("IOM is committed to the principle that humane and orderly migration")
    quoted_items = xp(strategy, "//a:paragraph[@eId='para_13']//a:embeddedStructure//a:point")
    assert len(quoted_items) == STRATEGY["lists"]["13"]["bullets"]


def test_strategy_footnotes_are_placed_at_their_markers(strategy):
    notes = xp(strategy, "//a:authorialNote")
    assert [n.get("marker") for n in notes] == [str(n) for n in range(1, 9)]
    assert all(n.get("placement") == "bottom" for n in notes)
    for note, expected in zip(notes, STRATEGY["footnotes"], strict=True):
        holder = one(note, "ancestor::*[self::a:paragraph or self::a:point][1]").get("eId")
        assert holder == gold_eid(expected["anchored_in"]), f"footnote {expected['n']}"
        assert text_of(note).startswith(plain(expected["text_starts"]))
        assert note.getparent().tag == f"{{{AKN_NS}}}p", "the note stands inline, where its marker was"
    assert not xp(strategy, "//a:meta/a:notes"), "no footnote is left unplaced"


def gold_eid(description: str) -> str:
    """``paragraph 19, 3rd bullet`` → ``para_19__list_1__point_3``; ``paragraph 18 item (e)`` → ``…point_e``."""
    match = re.fullmatch(r"paragraph (\d+)(?:,? (?:item \((\w+)\)|(\d+)(?:st|nd|rd|th) bullet))?", description)
    assert match, description
    number, label, ordinal = match.groups()
    eid = f"para_{number}"
    if label or ordinal:
        eid += f"__list_1__point_{label or ordinal}"
    return eid


def test_strategy_marker_4_is_in_the_third_point_of_paragraph_19(strategy):
    note = one(strategy, "//a:authorialNote[@marker='4']")
    point = one(note, "ancestor::a:point[1]")
    assert point.get("eId") == "para_19__list_1__point_3"
    assert one(point, "ancestor::a:paragraph[1]/@eId") == "para_19"
    assert note.get("eId") == "para_19__list_1__point_3__authorialNote_4"


def test_strategy_inline_markup_and_references(strategy):
    assert one(strategy, "//a:paragraph[@eId='para_10']/a:intro/a:p/a:b").text == STRATEGY["strong_phrases_sample"][0]
    italics = {text_of(i) for i in xp(strategy, "//a:i")}
    assert set(STRATEGY["emphasis_phrases_sample"]) <= italics
    refs = {text_of(r): r.get("href") for r in xp(strategy, "//a:ref")}
    assert set(STRATEGY["document_references"]) <= set(refs)
    assert refs["MC/INF/263"] == "/akn/un/doc/note/iom/MC-INF-263"
    assert refs["MC/1842"] == "/akn/un/doc/document/iom/1995-05-09/MC-1842", "MC/1842 is Annex I: its own IRI"
    resolution = one(strategy, "//a:paragraph[@eId='para_2']//a:ref[starts-with(., 'Resolution No. 923')]")
    assert resolution.get("href") == "/akn/un/statement/resolution/iom/1995-11-29/923"


def test_strategy_annexes(strategy):
    attachments = xp(strategy, "/a:akomaNtoso/a:doc/a:attachments/a:attachment")
    assert [a.get("eId") for a in attachments] == ["att_1", "att_2", "att_3"]
    for number, attachment in enumerate(attachments, 1):
        identification = one(attachment, "*/a:meta/a:identification")
        assert one(identification, "a:FRBRWork/a:FRBRthis/@value") == f"{WORK}/!annex_{number}"
        assert one(identification, "a:FRBRWork/a:FRBRuri/@value") == WORK
        assert one(identification, "a:FRBRExpression/a:FRBRthis/@value") == f"{WORK}/eng@/!annex_{number}"
        assert all(e.startswith(f"att_{number}__") for e in xp(attachment, "*//@eId")), "eIds carry the annex"
    assert [one(a, "a:num").text for a in attachments if xp(a, "a:num")] == ["Annex I"], "inferred labels are not shown"


def test_strategy_annex_1_embedded_document(strategy):
    doc = one(strategy, "//a:attachment[@eId='att_1']/a:doc")
    assert doc.get("name") == "document"
    embedded = STRATEGY["annexes"][0]["embedded_document"]
    assert one(doc, "a:meta//a:FRBRalias/@value") == "/akn/un/doc/document/iom/1995-05-09/MC-1842"
    assert one(doc, "a:preface/a:p/a:docNumber").text == embedded["symbol"]
    assert one(doc, "a:preface/a:p/a:docDate/@date") == embedded["date"]
    assert one(doc, "a:preface/a:p/a:docTitle").text == embedded["title"]
    paragraphs = xp(doc, "a:mainBody//a:paragraph")
    assert len(paragraphs) == embedded["numbered_paragraphs"] == 36
    assert paragraphs[0].get("eId") == "att_1__para_1"
    assert one(doc, "a:mainBody/a:section[1]").get("eId") == "att_1__sec_I"
    assert len(xp(doc, "a:mainBody/a:section[@eId='att_1__sec_V']/a:subsection")) == 2


def test_strategy_annex_2_resolution(strategy):
    statement = one(strategy, "//a:attachment[@eId='att_2']/a:statement")
    assert statement.get("name") == "resolution"
    expected = STRATEGY["annexes"][1]["resolution"]
    preface = one(statement, "a:preface")
    assert one(preface, "a:p/a:docNumber").text == str(expected["number"])
    assert one(preface, "a:p/a:docTitle").text == expected["title"]
    assert one(preface, "a:p/a:docStatus/a:docDate/@date") == expected["adopted_date"]
    preamble = one(statement, "a:preamble")
    assert text_of(one(preamble, "a:formula[@name='enactingFormula']")) == "The Council,"
    clauses = xp(preamble, "a:container[@name='preambularClause']")
    assert len(clauses) == expected["preamble_clauses"] == 6
    for clause, words in zip(clauses, expected["preamble_first_words"], strict=True):
        assert text_of(clause).startswith(words)
    body = one(statement, "a:mainBody")
    assert text_of(one(body, "a:hcontainer[@name='operativeFormula']")) == "Resolves:"
    operative = xp(body, "a:paragraph")
    assert len(operative) == expected["operative_clauses"] == 7
    assert [p.get("eId") for p in operative] == [f"att_2__para_{n}" for n in range(1, 8)]
    for paragraph, words in zip(operative, expected["operative_first_words"], strict=True):
        assert text_of(one(paragraph, "a:content/a:p | a:intro/a:p")).startswith(words)


def test_strategy_annex_3_chart(strategy):
    doc = one(strategy, "//a:attachment[@eId='att_3']/a:doc")
    assert doc.get("name") == "figure"
    figure = one(doc, "a:mainBody/a:hcontainer[@name='figure']")
    assert "MANAGING MIGRATION" in text_of(figure)


# --------------------------------------------------------------------------------------------------
# Seed 000: MICEM/9/2002, the Director General's statement


def test_statement_document(statement):
    doc = one(statement, "/a:akomaNtoso/a:doc")
    assert doc.get("name") == "officialStatement"
    iri = "/akn/un/doc/officialStatement/iom/2002-12-04/MICEM-9-2002"
    assert one(doc, "a:meta/a:identification/a:FRBRWork/a:FRBRuri/@value") == iri
    assert one(doc, "a:meta//a:FRBRnumber/@showAs") == STATEMENT["symbol"]
    proponent = one(doc, "a:preface/a:p/a:docProponent")
    assert proponent.text == STATEMENT["speaker"]
    role = one(doc, f"a:meta/a:references/a:TLCRole[@eId='{proponent.get('as').lstrip('#')}']")
    assert role.get("showAs") == STATEMENT["speaker"]
    assert one(doc, "a:meta/a:identification/a:FRBRWork/a:FRBRauthor/@href") == proponent.get("as")


def test_statement_body(statement):
    body = one(statement, "/a:akomaNtoso/a:doc/a:mainBody")
    assert text_of(one(body, "a:hcontainer[@name='salutation']")) == STATEMENT["salutation"]
    paragraphs = xp(body, "a:hcontainer[@name='unnumberedParagraph']")
    assert len(paragraphs) == STATEMENT["unnumbered_paragraphs_after_salutation"]
    assert text_of(paragraphs[0]).startswith(STATEMENT["first_paragraph_starts"])
    assert text_of(paragraphs[-1]).startswith(STATEMENT["last_paragraph_starts"])
    assert [text_of(b) for b in xp(body, "//a:b")] == STATEMENT["strong_phrases"]
    assert not xp(body, "//a:paragraph")


# --------------------------------------------------------------------------------------------------
# Built documents: what the samples do not show


@pytest.mark.parametrize(
    ("kind", "element", "name"),
    [
        ("resolution", "statement", "resolution"),
        ("information_note", "doc", "note"),
        ("statement", "doc", "officialStatement"),
        ("report", "debateReport", "report"),
        ("document", "doc", "document"),
    ],
)
def test_document_types(schema, kind, element, name):
    root = akn(Document(Meta(kind=kind, symbol=Symbol(["C", "107", "24"], ["Rev.1"]), date=dt.date(2016, 12, 2)), ()))
    assert_valid(schema, root)
    assert one(root, f"/a:akomaNtoso/a:{element}/@name") == name
    assert one(root, "//a:FRBRWork/a:FRBRuri/@value") == f"/akn/un/{element}/{name}/iom/2016-12-02/C-107-24-Rev-1"
    assert one(root, "//a:FRBRnumber/@showAs") == "C/107/24/Rev.1"


def test_document_without_date_or_symbol(schema):
    root = akn(Document(Meta(kind="statement"), ()))
    assert_valid(schema, root)
    work = one(root, "//a:FRBRWork")
    assert one(work, "a:FRBRuri/@value") == "/akn/un/doc/officialStatement/iom/9999-01-01/nn"
    date = one(work, "a:FRBRdate")
    assert (date.get("date"), date.get("name")) == ("9999-01-01", "unknown")
    assert not xp(work, "a:FRBRnumber")
    assert not xp(root, "//a:preface")


def test_standalone_resolution_takes_its_date_and_number_from_the_resolution(schema):
    resolution = Resolution(
        number=1157,
        session=Session(94, "XCIV"),
        draft=False,
        adoption=Adoption(
            "(Adopted by the Council at its 480th meeting on 30 November 2007)",
            "Council",
            480,
            None,
            dt.date(2007, 11, 30),
        ),
        title="PROGRAMME AND BUDGET FOR 2008",
        formula="The Council,",
        preamble=[Clause(None, [Text("Having received the Programme,")], [Item("(a)", [Text("one")])])],
        operative_formula="Resolves",
        operative=[Clause("1", [Text("To approve:")], [Item("(a)", [Text("CHF 31,336,000;")])])],
    )
    root = akn(Document(Meta(kind="resolution", session=Session(94, "NINETY-FOURTH SESSION")), [resolution]))
    assert_valid(schema, root)
    assert one(root, "/a:akomaNtoso/a:statement/@name") == "resolution"
    assert one(root, "//a:FRBRWork/a:FRBRuri/@value") == "/akn/un/statement/resolution/iom/2007-11-30/1157"
    assert one(root, "//a:FRBRWork/a:FRBRdate/@name") == "adoption"
    assert one(root, "//a:FRBRnumber/@showAs") == "Resolution No. 1157 (XCIV)"
    assert one(root, "//a:FRBRWork/a:FRBRauthor/@href") == "#council"
    assert xp(root, "//a:preamble/a:container/a:blockList/a:item[@eId='preambularClause_1__list_1__item_a']")
    assert xp(root, "//a:mainBody/a:paragraph[@eId='para_1']/a:list/a:point[@eId='para_1__list_1__point_a']")


def test_a_clauses_tables_are_tables_in_the_preamble_and_in_the_operative_part(schema):
    """A preambular clause's table is a ``<table>`` in its block container, between its items' lists; an
    operative clause's is its paragraph's ``hcontainer name="table"``; the draft's place names it."""
    table = Table(rows=("Palau   0.035",), cells=(("Palau", "0.035"),), caption="(in per cent)")
    resolution = Resolution(
        number=None,
        session=None,
        draft=True,
        adoption=None,
        title="SCALE OF ASSESSMENT FOR 2010",
        formula="The Council,",
        preamble=[
            Clause(
                None, [Text("Noting the scale below,")], [Item("(a)", [Text("one")]), table, Item("(b)", [Text("two")])]
            )
        ],
        operative_formula="Resolves",
        operative=[Clause("1", [Text("To fix the contributions as follows:")], [table])],
        place="II",
    )
    root = akn(Document(Meta(kind="draft_resolutions"), [Paragraph("1", [Text("The draft follows.")]), resolution]))
    assert_valid(schema, root)
    eids_are_unique(root)
    container = one(root, "//a:blockContainer[@class='preambularClause']")
    assert [child.tag.split("}")[1] for child in container] == ["p", "blockList", "table", "blockList"]
    assert one(container, "a:table/a:caption/text()") == "(in per cent)"
    assert xp(root, "//a:hcontainer[@name='resolution']//a:paragraph//a:hcontainer[@name='table']//a:td")
    assert "DRAFT RESOLUTION II" in etree.tostring(root, encoding="unicode")


def test_a_document_that_is_one_draft_names_its_place_among_the_drafts(schema):
    """A document that is the draft headed ``DRAFT RESOLUTION II``: the place is the draft's number in the
    preface, so the heading reads as printed."""
    resolution = Resolution(
        number=None,
        session=None,
        draft=True,
        adoption=None,
        title="GRANTING OF OBSERVER STATUS",
        formula="The Council,",
        preamble=[Clause(None, [Text("Having received the requests,")])],
        operative_formula="Resolves",
        operative=[Clause("1", [Text("To grant observer status.")])],
        place="II",
    )
    root = akn(Document(Meta(kind="resolution"), [resolution]))
    assert_valid(schema, root)
    assert "".join(one(root, "//a:preface/a:p[a:docType]").itertext()) == "DRAFT RESOLUTION II"


def test_awkward_structures_stay_valid_with_unique_eids(schema):
    note = NoteRef("1")
    body = [
        Section(
            "I",
            [Text("ONE")],
            1,
            [
                Paragraph("1", [Text("Numbered"), note, Text(" twice"), note]),
                Section(
                    "I.1", [Text("Sub")], 2, [Section(None, [Text("Subsub")], 3, [Paragraph("1", [Text("again")])])]
                ),
                Item("(a)", [Text("a loose item")]),
                Paragraph(None, [Text("loose"), NoteRef("9")], [Unclassified(["stray line"])]),
            ],
        ),
        Resolution(
            5,
            None,
            True,
            None,
            None,
            "The Council,",
            [Clause(None, [Text("Noting,")])],
            "Decides",
            [Clause("1", [Text("To note.")])],
        ),
        Clause("2", [Text("a clause on its own")]),
        Quote(
            [Paragraph(None, [Text("quoted")], [Item(None, [Text("quoted item")], [Item("(i)", [Text("deeper")])])])]
        ),
        Salutation("Mr. Chairman,"),
        Figure([]),
        Paragraph(
            "3", [ResolutionRef((1310, 1311), "Resolutions Nos. 1310 and 1311"), Text(" and "), ResolutionRef((7,), "")]
        ),
    ]
    annex = Annex("Annex I", False, Meta(), [Paragraph("1", [Text("in the annex")])])
    twin = Annex(None, True, Meta(kind="resolution"), [Paragraph("1", [Text("again in an annex")])])
    footnotes = [Footnote("1", [Text("first")], "para_1"), Footnote("2", [Text("lost")], None)]
    root = akn(Document(Meta(symbol=Symbol(["MC", "INF", "1"])), body, [annex, twin], footnotes))
    assert_valid(schema, root)
    eids_are_unique(root)
    assert len(xp(root, "//a:authorialNote[@marker='1']")) == 1
    assert one(root, "//a:noteRef/@href") == "#" + one(root, "//a:authorialNote/@eId"), (
        "a repeated marker refers to its note"
    )
    assert one(root, "//a:sup").text == "9", "a marker without a footnote stays visible"
    assert text_of(one(root, "//a:meta/a:notes/a:note[@marker='2']")) == "lost", "an unplaced footnote is kept"
    assert [r.get("href").rsplit("/", 1)[1] for r in xp(root, "//a:mref/a:ref")] == ["1310", "1311"]
    assert text_of(one(root, "//a:mref")) == "Resolutions Nos. 1310 and 1311"
    assert xp(root, "//a:mainBody/a:hcontainer[@name='resolution']/a:paragraph")
    assert one(root, "//a:subsection/a:subsection/a:paragraph/a:num").text == "1."


WEIRD = "Tom & Jerry <b>not markup</b> ]]> \x00\x01\x08\x0b\x0c\x1f\ufffe \ud800 end"


def test_weird_text_is_escaped_or_replaced(schema):
    runs = [Text(WEIRD), Strong([Emphasis([Text("<&>")])]), DocRef(Symbol(["MC", "<&>"]), "MC/<&>")]
    document = Document(
        Meta(kind="statement", symbol=Symbol(["MC", "\x00"]), title=WEIRD, speaker="Ms \x07 <Smith> & Co"),
        [Paragraph(None, runs), Unclassified([WEIRD]), Figure([WEIRD])],
        [Annex(WEIRD, False, Meta(title=WEIRD), [Salutation(WEIRD)])],
        [Footnote("\x00", [Text(WEIRD)], None)],
    )
    data = to_akn(document)
    root = etree.fromstring(data)
    assert_valid(schema, root)
    eids_are_unique(root)
    paragraph = one(root, "//a:hcontainer[@name='unnumberedParagraph']/a:content/a:p")
    assert paragraph.text.startswith("Tom & Jerry <b>not markup</b> ]]> \ufffd\ufffd")
    assert one(paragraph, "a:b/a:i").text == "<&>"
    assert b"&amp;" in data and b"&lt;b&gt;" in data


def test_weird_text_through_the_parser(schema):
    text = f"MC/INF/1\n\n4 November 2004\n\n1. {WEIRD}¹\n\n- (a) <item> & more\x0b\n\n¹ note & <note>\n"
    assert_valid(schema, akn(iomparse.parse(text)))


def test_conversion_date(seed_docs):
    root = etree.fromstring(to_akn(seed_docs["statement"], converted=dt.date(2024, 5, 1)))
    date = one(root, "/a:akomaNtoso/a:doc/a:meta//a:FRBRManifestation/a:FRBRdate")
    assert (date.get("date"), date.get("name")) == ("2024-05-01", "XMLConversion")


try:
    from strategies import documents
except ImportError:  # the shared model strategies live beside this file; without them, skip the property
    documents = None

if documents is not None:

    @given(document=documents())
    def test_any_document_exports_valid_akn(schema, document):
        root = akn(document)
        assert_valid(schema, root)
        eids_are_unique(root)
