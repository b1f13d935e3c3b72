"""Conventions the thirty-eighth blind wave found read wrong, each written here in a wording of its own: sub-rules
numbered in parentheses under a rule's heading, in ``-layout`` text and with pdfminer's column of labels; a
cover note opening ``This edition supersedes …``; a converter's Markdown-escaped paragraph numbers (``12\\.``)
and heading marks (``## **…**``); plain pdftotext's column of bullets beside a list of names; a footnote's
marker glued to a sentence ending in a figure (``… rose to 48.5``)."""

from __future__ import annotations

from conftest import block_text, diagnostic_codes, headings_of, numbered_of

import iomparse
from iomparse.model import Item, Paragraph, Section, iter_blocks

RULES_COVER = (
    "MC/EX/700\nOriginal: ENGLISH\n3 March 2001\n\nNINETY-NINTH SESSION\n\nRULES OF PROCEDURE OF THE SUB-COMMITTEE\n\n"
)


def _paragraphs(document: iomparse.Document) -> list[tuple[str | None, str]]:
    return [(b.num, block_text(b)[:30]) for b in iter_blocks(document.body) if isinstance(b, Paragraph)]


def _rule(document: iomparse.Document, number: int) -> Section:
    return next(b for b in iter_blocks(document.body) if isinstance(b, Section) and b.num == f"Rule {number}")


def test_sub_rules_numbered_in_parentheses_under_a_rule_are_its_paragraphs_numbered_afresh():
    """``Rule 4`` / ``Quorum`` / ``(1) …`` / ``(2) …``: paragraphs 1 and 2 of the rule, the next rule's
    numbered from 1 again without a warning; a list a sub-rule introduces stays its items."""
    text = RULES_COVER + (
        "                 I – MEETINGS\n\n"
        "                    Rule 4\n"
        "                    Quorum\n"
        "(1)   One half of the members of the Sub-Committee shall constitute a quorum.\n"
        "(2)   The presence of a majority of the members shall be required for any decision to be taken:\n"
        "      (a)   on the budget;\n"
        "      (b)   on the admission of observers.\n"
        "                    Rule 5\n"
        "                    Public meetings\n"
        "(1)   The meetings of the Sub-Committee shall be held in private unless it decides otherwise.\n"
        "(2)   A communiqué may be issued at the close of any private meeting.\n"
    )
    document = iomparse.parse(text)
    assert [(p.num, len(p.children)) for p in _rule(document, 4).children] == [("1", 0), ("2", 2)]
    assert [p.num for p in _rule(document, 5).children] == ["1", "2"]
    assert "paragraph-number-gap" not in diagnostic_codes(document)
    assert "unclassified" not in diagnostic_codes(document)


def test_a_list_numbered_in_parentheses_after_a_line_introducing_it_stays_a_list():
    """``… the following:`` / ``(1) …`` / ``(2) …`` under a heading: the text introduces the list; its items
    are no sub-rules."""
    text = RULES_COVER + (
        "I. INTRODUCTION\n\n"
        "1.    The Sub-Committee considered the following:\n"
        "      (1)   the report of the Director General;\n"
        "      (2)   the financial report.\n"
    )
    document = iomparse.parse(text)
    (paragraph,) = [b for b in iter_blocks(document.body) if isinstance(b, Paragraph)]
    assert [item.label for item in paragraph.children if isinstance(item, Item)] == ["(1)", "(2)"]


def test_pdfminer_prints_the_sub_rules_numbers_as_a_column_before_their_texts():
    """pdfminer: ``(1)`` / ``(2)`` / ``(3)`` alone, then the three sub-rules' texts: each number goes
    before its text, on a page of rules only."""
    page = (
        "Rule 9\nLanguages\n\n(1)\n\n(2)\n\n(3)\n\n"
        "English, French and Spanish shall be the official languages of the Sub-Committee.\n\n"
        "Speeches made in one of the official languages shall be interpreted into the others.\n\n"
        "Summary records shall be drawn up in the three languages.\n\n"
    )
    document = iomparse.parse(RULES_COVER + page)
    assert [p.num for p in _rule(document, 9).children] == ["1", "2", "3"]
    assert block_text(_rule(document, 9).children[1]).startswith("Speeches made")


def test_column_numbers_in_parentheses_off_a_page_of_rules_are_no_paragraphs():
    """``(1)`` / ``(2)`` alone under a table's headings, no rule on the page: its columns' numbers."""
    page = (
        "C/99/3\nOriginal: English\n1 May 2009\n\nCOUNCIL\n\n"
        "1.\n\nThe figures are set out below.\n\n"
        "Income\n\nExpenditure\n\n(1)\n\n(2)\n\n"
        "Voluntary contributions rose in the year.\n\n"
        "Staff costs fell in the year.\n\n"
    )
    document = iomparse.parse(page)
    assert [num for kind, num in numbered_of(document) if kind == "Paragraph"] == ["1"]


def test_a_cover_note_opening_this_edition_supersedes_is_the_covers():
    """``This edition supersedes document MC/EX/590 …`` under a rule at the first page's foot, after the
    contents: a cover note, not the body's first paragraph."""
    text = RULES_COVER + (
        "CONTENTS\n"
        "I – MEETINGS . . . . . . . . . . . . . . . . . . 2\n"
        "\n__________\n"
        "This edition supersedes document MC/EX/590 of 1 May 1996.\n"
        "\f                 I – MEETINGS\n\n"
        "                    Rule 1\n"
        "                    Sessions\n"
        "The Sub-Committee shall meet at least once a year.\n"
    )
    document = iomparse.parse(text)
    assert [note[:30] for note in document.meta.notes] == ["This edition supersedes docume"]
    assert _paragraphs(document) == [(None, "The Sub-Committee shall meet a")]


def test_a_converters_escaped_paragraph_numbers_and_heading_marks_are_read():
    """A Markdown writer escapes a number opening a line (``7\\.``) so that it opens no list, and marks
    headings ``##``, perhaps bold inside: the paragraphs keep their numbers and the headings their words."""
    text = (
        "**Original: English**\n\n**INTERNATIONAL DIALOGUE ON MIGRATION**\n\n**MIGRANTS AND CITIES**\n\n"
        "# I. BACKGROUND\n\n"
        "## Urban growth\n\n"
        "1\\. More than half of the world's migrants now live in cities.\n\n"
        "## **Local authorities**\n\n"
        "2\\. Mayors increasingly shape integration policy.³\n\n"
        "³ See the report of the 2015 Conference on Migrants and Cities.\n"
    )
    document = iomparse.parse(text)
    assert headings_of(document) == ["BACKGROUND", "Urban growth", "Local authorities"]
    assert _paragraphs(document) == [("1", "More than half of the world's "), ("2", "Mayors increasingly shape inte")]
    assert [f.anchor for f in document.footnotes] == ["para_2"]


def test_plain_pdftotexts_column_of_bullets_beside_a_list_of_names():
    """Plain pdftotext: ``… shall elect:`` / ``•`` ×3 / ``President`` / ``Vice-President`` / ``Secretary``:
    one item a line, each name its bullet's."""
    text = (
        "C/90/1\nOriginal: English\n1 May 2010\n\nCOUNCIL\n\n"
        "1.\n\nAt its first meeting the Council shall elect:\n•\n•\n•\n\n"
        "President\nVice-President\nSecretary\n\n"
        "2.\n\nThe officers shall serve for one year.\n"
    )
    document = iomparse.parse(text)
    first = next(b for b in iter_blocks(document.body) if isinstance(b, Paragraph))
    assert [block_text(item) for item in first.children] == ["President", "Vice-President", "Secretary"]


def test_a_markers_number_glued_to_a_figure_ending_a_sentence():
    """``… brought the total to 52.4`` / ``Next steps``, the note's number alone with the others under
    the rule: the ``4`` is note 4's marker, and the heading stays a heading."""
    text = (
        "C/90/INF/1\nOriginal: English\n1 May 2010\n\nCOUNCIL\n\n"
        "1.\n\nThe programme reached 30 countries in 2009, compared with 21 in 2008.3\n\n"
        "2.\n\nNine further States joined the initiative during the year, which brought the total to 52.4\n"
        "Next steps\n"
        "3.\n\nThe Council is invited to take note of the present document.\n\n"
        "3\n\n4\n\n"
        "Figures as at 31 December 2009.\n"
        "The list of participating States is available from the Administration.\n"
    )
    document = iomparse.parse(text)
    assert [(f.marker, f.anchor) for f in document.footnotes] == [("3", "para_1"), ("4", "para_2")]
    assert "Next steps" in headings_of(document)


def test_a_decimal_in_a_tables_cell_is_no_marker():
    """``Target`` / ``16.2`` / ``Scholarships …`` (a table's cells a line each) with an unplaced note 2 on
    the page: no marker after a figure that no sentence ends with."""
    text = (
        "C/90/INF/1\nOriginal: English\n1 May 2010\n\nCOUNCIL\n\n"
        "1.\n\nThe targets are listed below.1\n\nTarget\n\n16.2\nScholarships for study abroad\n\n"
        "1\n\n2\n\nSee the 2030 Agenda.\nThe list was revised in 2017.\n"
    )
    document = iomparse.parse(text)
    assert ("2", "para_1") not in [(f.marker, f.anchor) for f in document.footnotes]
