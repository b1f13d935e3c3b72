"""Reading header blocks: the facts of a cover, and which lines after a body open an annex's header."""

from __future__ import annotations

import iomparse
from iomparse.model import Symbol


def test_a_cover_with_several_symbols_keeps_them_all():
    document = iomparse.parse("C/118/L/3 and C/118/L/4\nOriginal: English\n\nDRAFT RESOLUTIONS\n")
    assert document.meta.symbol == Symbol(("C", "118", "L", "3"))
    assert document.meta.other_symbols == (Symbol(("C", "118", "L", "4")),)
    assert iomparse.to_text(document).startswith("C/118/L/3 and C/118/L/4\n")


def test_a_range_of_symbols_covers_the_symbols_between_its_ends():
    document = iomparse.parse("C/Sp/7/L/2 to C/Sp/7/L/5\nOriginal: Spanish\n\nDRAFT RESOLUTIONS\n")
    assert [str(s) for s in (document.meta.symbol, *document.meta.other_symbols)] == [
        "C/Sp/7/L/2",
        "C/Sp/7/L/3",
        "C/Sp/7/L/4",
        "C/Sp/7/L/5",
    ]
    assert iomparse.to_text(document).startswith("C/Sp/7/L/2 to C/Sp/7/L/5\n")
    assert iomparse.parse(iomparse.to_text(document)).meta == document.meta


def test_symbols_of_different_series_or_revisions_make_no_range():
    for line, others in [
        ("C/110/L/1 - C/111/L/3", ["C/111/L/3"]),
        ("C/110/L/1 to C/110/L/3/Rev.1", ["C/110/L/3/Rev.1"]),
        ("C/110/L/3 to C/110/L/1", ["C/110/L/1"]),
    ]:
        document = iomparse.parse(f"{line}\nOriginal: English\n\nDRAFT RESOLUTIONS\n")
        assert [str(s) for s in document.meta.other_symbols] == others, line


def test_a_documents_column_opens_no_annex():
    text = (
        "MC/1930\nOriginal: English\n5 October 1998\n\nPROVISIONAL AGENDA\n\n"
        "1. Adoption of the agenda\n\nMC/1931\nMC/1932\n\n2. Programme and Budget for 1999\n\nMC/1924\n"
    )
    document = iomparse.parse(text)
    assert document.annexes == ()
    assert [block.num for block in document.body] == ["1", "2"]
    cited = {str(r.ref.symbol) for r in document.references if hasattr(r.ref, "symbol")}
    assert cited == {"MC/1931", "MC/1932", "MC/1924"}
    assert document.meta.kind == "agenda"


def test_a_full_header_after_the_body_opens_an_annex():
    text = (
        "MC/2352\nOriginal: English\n\nREVIEW\n\n1. The review is attached.\n\n"
        "MC/1842\nOriginal: English\n9 May 1995\n\nIOM STRATEGIC PLANNING\n\n1. The beginning of the 1990s.\n"
    )
    document = iomparse.parse(text)
    (annex,) = document.annexes
    assert str(annex.meta.symbol) == "MC/1842" and annex.label_inferred


def test_an_information_paper_of_the_standing_committee_is_read_by_its_series():
    document = iomparse.parse(
        "S/31/INF/4\nOriginal: English\n2 May 2022\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
        "Thirtieth Session\n\nUPDATE ON THE MIGRATION RESOURCE ALLOCATION COMMITTEE\n\n1. The Committee met twice.\n"
    )
    assert str(document.meta.symbol) == "S/31/INF/4"
    assert document.meta.title == "UPDATE ON THE MIGRATION RESOURCE ALLOCATION COMMITTEE"
    assert document.meta.kind == "information_note"


def test_a_symbol_of_a_series_not_known_is_no_title_and_the_document_says_so():
    """``S/31/CRP/2``, a conference room paper: a series iomparse does not read. The line stays in the header,
    it does not become the title, and a warning says that the document's symbol was left unread."""
    document = iomparse.parse(
        "S/31/CRP/2\nOriginal: English\n2 May 2022\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
        "Thirtieth Session\n\nOPTIONS FOR THE CORE STRUCTURE\n\n1. Three options are set out.\n"
    )
    assert document.meta.symbol is None
    assert document.meta.title == "OPTIONS FOR THE CORE STRUCTURE"
    assert "S/31/CRP/2" in document.meta.other
    (unread,) = [d for d in document.diagnostics if d.code == "symbol-unread"]
    assert unread.severity == "warning" and "S/31/CRP/2" in unread.message
