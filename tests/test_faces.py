"""Text whose faces are marked line by line, as a PDF's text gives them (``**…**`` on each bold line, ``*…*``
on each italic one, bold italics as ``***…***``): read as the converter's text with one span per run."""

from __future__ import annotations

from conftest import headings_of

import iomparse
from iomparse.inline import parse_inline
from iomparse.model import Emphasis, Strong, Text

HEADER = "S/77/3\n\nOriginal: English\n4 March 2031\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"


def test_bold_italics_are_a_bold_span_around_an_italic_one():
    assert parse_inline("***Aim 2: safer routes***") == (Strong((Emphasis((Text("Aim 2: safer routes"),)),)),)
    assert parse_inline("**bold *then italic***") == (Strong((Text("bold "), Emphasis((Text("then italic"),)))),)


def test_a_note_asterisk_after_a_bold_title_stays_the_note_marker():
    assert parse_inline("**SCALE FOR 2032***") == (Strong((Text("SCALE FOR 2032"),)), Text("*"))


def test_a_heading_set_wholly_in_bold_or_italics_is_its_words():
    text = HEADER + "**ANNUAL UPDATE**\n\n**II.   PRIORITIES**\n\n4.  The priorities are set.\n\n"
    text += "*B.  Field offices*\n\n5.  Offices report quarterly.\n\nC.     **Hubs**\n\n6.  Hubs coordinate.\n"
    document = iomparse.parse(text)
    sections = [s for _, s in iomparse.paths.walk(document) if isinstance(s, iomparse.Section)]
    assert [(s.num, s.heading) for s in sections] == [
        ("II", (Text("PRIORITIES"),)),
        ("B", (Text("Field offices"),)),
        ("C", (Text("Hubs"),)),
    ]


def test_a_span_closed_and_opened_again_over_lines_is_one_span():
    text = HEADER + "**ANNUAL UPDATE**\n\n"
    text += (
        "4.  The Committee asked the Administration *to publish its findings*\n*in every working language* soon.\n\n"
    )
    text += "5.  ***Aim 2: keep the regional hubs open while the review***\n***of the field structure goes on***\n"
    document = iomparse.parse(text)
    fourth, fifth = (block for block in document.body if getattr(block, "num", None) in ("4", "5"))
    assert Emphasis((Text("to publish its findings in every working language"),)) in fourth.content
    assert fifth.content == (
        Strong(
            (Emphasis((Text("Aim 2: keep the regional hubs open while the review of the field structure goes on"),)),)
        ),
    )


def test_a_label_opening_a_wrapped_line_of_a_bold_passage_is_text():
    text = HEADER + "**ANNUAL UPDATE**\n\n"
    text += "9.     The Administration proposes that the Committee take up the review of the regional hubs at\n"
    text += "its next session. **It will report then on three matters: (1) the hubs, (2) the staffing of the\n"
    text += "**hubs, which depends on the outcome of the review of the field structure now under way, and**\n"
    text += "**(3) the cost of the new premises.** Member States welcomed the plan.\n"
    document = iomparse.parse(text)
    (ninth,) = (block for block in document.body if getattr(block, "num", None) == "9")
    assert not ninth.children
    assert "and (3) the cost of the new premises." in iomparse.model.inline_text(ninth.content)


def test_a_bold_passage_going_on_over_a_page_break_under_a_running_annex_label():
    text = (
        HEADER + "**ANNUAL UPDATE**\n\n1.  The annex sets out the plan.\n\n\fANNEX\n\n**THE PLAN**\n\n"
        "1.  **The hubs will be kept open and staffed by the regional offices, which will**\n"
        "\fS/77/3\nAnnex\nPage 2\n\n**report each quarter on their workload and costs.**\n\n2.  Costs are shared.\n"
    )
    document = iomparse.parse(text)
    (annex,) = document.annexes
    first = next(block for block in annex.body if getattr(block, "num", None) == "1")
    assert iomparse.model.inline_text(first.content).endswith(
        "which will report each quarter on their workload and costs."
    )
    assert not [d for d in document.diagnostics if d.severity == "warning"]


def test_words_in_italics_opening_a_header_line_are_no_note_marker():
    text = (
        "**PERMANENT MISSION OF ESTLAND**\n\n**Thirty-first Session of the Council**\n\n"
        "Statement by: H.E. Ms Ada Example, Ambassador\n\n*Check against delivery*\n\n"
        "Madam Chair,\n\nEstland welcomes the report of the Director General.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.notes == ()
    assert document.meta.other == ("Check against delivery",)


def test_a_corrigendums_corrections_in_italics_are_its_body():
    text = (
        "S/77/3/Corr.1\n\nOriginal: English\n9 March 2031\n\n**STANDING COMMITTEE ON PROGRAMMES AND FINANCE**\n\n"
        "**ANNUAL UPDATE**\n\nCorrigendum\n\n**Page 2, paragraph 4**\n\n*For* S/76/2 *read* S/76/12\n"
    )
    document = iomparse.parse(text)
    cited = {r.ref.text for r in document.references if isinstance(r.ref, iomparse.DocRef)}
    assert cited >= {"S/76/2", "S/76/12"}


def test_cells_set_in_bold_hold_their_words():
    text = HEADER + "**ANNUAL UPDATE**\n\n1.  The figures follow.\n\n"
    text += "                         **2030        2031**\n"
    text += (
        "Hubs                       12          14\n**Total**                    **12**          **14**\n\n2.  Done.\n"
    )
    (table,) = [block for _, block in iomparse.paths.walk(iomparse.parse(text)) if isinstance(block, iomparse.Table)]
    assert [row[0] for row in table.cells if row][1:] == ["Hubs", "Total"]


def test_a_title_over_two_bold_lines_apart_is_one_title_and_repeated_on_the_next_page_is_no_heading():
    text = (
        "S/77/9\n\nOriginal: English\n4 March 2031\n\n**STANDING COMMITTEE ON PROGRAMMES AND FINANCE**\n\n"
        "**REPORT ON THE THIRTY-FIRST SESSION OF THE**\n\n**STANDING COMMITTEE ON PROGRAMMES AND FINANCE**\n\n"
        "\fS/77/9\nPage 1\n\n**REPORT ON THE THIRTY-FIRST SESSION OF THE STANDING**\n"
        "**COMMITTEE ON PROGRAMMES AND FINANCE**\n\n**Opening**\n\n1.  The session opened.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.title == (
        "REPORT ON THE THIRTY-FIRST SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"
    )
    assert headings_of(document) == ["Opening"]


def test_an_asterisk_note_under_a_table_in_a_pdfs_text_whose_faces_are_marked():
    text = (
        HEADER + "**BUDGET FOR 2032**\n\n1.  Table 1 gives the totals.\n\n"
        "Table 1. Totals\n                         2031*        2032\nTotal                   1,000        1,100\n\n"
        "* As approved by the Council.\n\n2.  The **increase** is small.\n\f"
    )
    document = iomparse.parse(text)
    assert [(f.marker, iomparse.model.inline_text(f.content)) for f in document.footnotes] == [
        ("*", "As approved by the Council.")
    ]
