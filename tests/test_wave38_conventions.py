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
    assert diagnostic_codes(document)["marker-after-figure"] == "info"  # weak: a section's number reads so too


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


def test_a_short_sub_rule_introducing_a_list_is_a_sub_rule_not_a_heading():
    """``(3) …`` / ``(4) The agenda shall include:`` / ``(a) …``: (4), short enough for a heading numbered in
    parentheses, goes on the rule's sub-rules and keeps its items."""
    text = RULES_COVER + (
        "                    Rule 6\n"
        "                    Provisional agenda\n"
        "(1)   The Director General shall draw up the provisional agenda of each session.\n"
        "(2)   It shall be communicated to Member States six weeks before the session.\n"
        "(3)   Any Member State may propose supplementary items.\n"
        "(4)   The agenda shall include:\n"
        "      (a)   items referred by the Council; and\n"
        "      (b)   items proposed by Member States.\n"
    )
    document = iomparse.parse(text)
    assert [(p.num, len(p.children)) for p in _rule(document, 6).children] == [("1", 0), ("2", 0), ("3", 0), ("4", 2)]


def test_pdfminer_prints_a_sub_rules_number_after_its_first_line():
    """pdfminer: ``… at the request of the Chairperson of`` / blank / ``(1)`` / ``the Council, …``: the
    number goes before the line it was printed after, on a page of rules."""
    text = RULES_COVER + (
        "Rule 4\nSpecial sessions\n\n"
        "Special sessions shall be convened by the Director General at the request of the Chairperson of\n\n"
        "(1)\nthe Council or of one third of the Member States of the Organization taken together.\n\n"
        "The Director General shall notify Member States of the date and provisional agenda of a special\n\n"
        "(2)\nsession not less than ten days before its opening.\n"
    )
    document = iomparse.parse(text)
    assert [(p.num, block_text(p)[:24]) for p in _rule(document, 4).children] == [
        ("1", "Special sessions shall b"),
        ("2", "The Director General sha"),
    ]


def test_markdown_heading_marks_give_unnumbered_headings_their_levels():
    """``# Programme and budget matters`` / ``## Financial report …``: the sub-heading sits under the
    heading, as the converter marked it; escaped list labels (``\\(a)``) are items."""
    text = (
        "**S/27/3**\n\n**STANDING COMMITTEE ON PROGRAMMES AND FINANCE**\n\n**REPORT ON THE SESSION**\n\n"
        "# Introduction\n\n1\\. The Standing Committee met in Geneva.\n\n"
        "# Programme and budget matters\n\n"
        "## Financial report for 2019\n\n2\\. The Standing Committee:\n\n"
        "\\(a) took note of the report;\n\n\\(b) recommended its approval.\n\n"
        "# Closure of the session\n\n3\\. The Chairperson closed the session.\n"
    )
    document = iomparse.parse(text)
    sections = [b for b in document.body if isinstance(b, Section)]
    assert [(s.level, block_text(s)[:20]) for s in iter_blocks(document.body) if isinstance(s, Section)] == [
        (1, "Introduction"),
        (1, "Programme and budget"),
        (2, "Financial report for"),
        (1, "Closure of the sessi"),
    ]
    assert len(sections) == 3
    (second,) = [b for b in iter_blocks(document.body) if isinstance(b, Paragraph) and b.num == "2"]
    assert [item.label for item in second.children] == ["(a)", "(b)"]


def test_a_total_row_set_a_blank_line_apart_under_a_table_stays_its_row():
    """``-layout``: ``Zimbabwe   0.0045   0.0042`` / blank / ``TOTAL   100.0000   100.0000`` (set in bold,
    its figures wider): the total is the table's last row."""
    text = (
        "S/19/6\nOriginal: English\n1 May 2016\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "1.      The proposed scale is as follows:\n\n"
        "    Member State                                    2016 (%)   2017 (%)\n"
        "    Yemen                                             0.0114     0.0104\n"
        "    Zambia                                            0.0080     0.0073\n"
        "    Zimbabwe                                          0.0045     0.0042\n"
        "\n"
        "    TOTAL                                      100.0000        100.0000\n"
    )
    document = iomparse.parse(text)
    (table,) = [b for b in iter_blocks(document.body) if isinstance(b, iomparse.model.Table)]
    assert table.rows[-1].split()[0] == "TOTAL"


def test_a_line_ending_on_a_names_initial_ends_no_sentence():
    """pdfminer: ``… H.E. Mr. M. Lima (Portugal) as Chairman, H.E. Mr. K.`` / blank / ``6.`` / ``Mwansa
    (Zambia) as …``: the number goes before the line, and the name runs on into the next."""
    text = (
        "MC/2034/Rev.1\n\nOriginal: English\n\n10 December 2001\n\nCOUNCIL\n\n"
        "REPORT ON THE EIGHTIETH SESSION\n\nATTENDANCE\n\n"
        "5.\n\nThe session was attended by the representatives of the Member States listed below.\n\n"
        "ELECTION OF OFFICERS\n\n"
        "The Council elected by acclamation H.E. Mr. M. Ferreira Lima (Portugal) as Chairman, H.E. Mr. K.\n\n"
        "6.\nMwansa (Zambia) as First Vice-Chairman and Mr. T. Haraldsen (Norway) as Rapporteur.\n\n"
        "ADOPTION OF THE AGENDA\n\n"
        "7.\n\nThe Council adopted its agenda as set out in document MC/2031.\n"
    )
    document = iomparse.parse(text)
    assert [(p.num, block_text(p)[-11:]) for p in iter_blocks(document.body) if isinstance(p, Paragraph)] == [
        ("5", "sted below."),
        ("6", "Rapporteur."),
        ("7", "nt MC/2031."),
    ]
    assert headings_of(document) == ["ATTENDANCE", "ELECTION OF OFFICERS", "ADOPTION OF THE AGENDA"]


SCALE_COVER = "S/19/6\n\nOriginal: English\n\n23 September 2016\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"


def test_a_tables_columns_pdfminer_printed_in_another_order_on_its_next_page_are_put_back():
    """pdfminer: ``2016 (%)`` then ``2017 (%)`` over the first page's figures, ``2017 (%)`` first over the
    next page's: each figure of the next page goes back under its own year's heading, and the reader is told."""
    text = SCALE_COVER + (
        "1.\n\nThe scale is set out below.\n\n"
        "Member States\n\nAfghanistan\nAlbania\nAlgeria\nAngola\n\n"
        "2016\n(%)\n\n0.0068\n0.0091\n0.1829\n0.0114\n\n"
        "2017\n(%)\n\n0.0063\n0.0083\n0.1678\n0.0104\n\n"
        "S/19/6\nPage 2\n\f"
        "Member States\n\nArgentina\nArmenia\nAustralia\nAustria\n\n"
        "2017\n(%)\n\n0.9297\n0.0063\n2.4358\n0.0698\n\n"
        "2016\n(%)\n\n1.0134\n0.0068\n2.6550\n0.0761\n\n"
    )
    document = iomparse.parse(text)
    (table,) = [b for b in iter_blocks(document.body) if isinstance(b, iomparse.model.Table)]
    rows = {cells[0]: cells[1:] for cells in table.cells if cells and cells[0]}
    assert rows["Afghanistan"] == ("0.0068", "0.0063")
    assert rows["Argentina"] == ("1.0134", "0.9297")
    assert rows["Austria"] == ("0.0761", "0.0698")
    assert diagnostic_codes(document)["table-columns-reordered"] == "info"


def test_columns_shorter_than_the_labels_before_a_column_as_high_are_not_given_the_last_rows():
    """Plain pdftotext: four labels, then ``Prior years`` and ``1995`` three figures high, then ``Total`` four
    high: the short columns lack a row that cannot be told; no reading gives them the last three labels."""
    text = (
        "MC/EX/570\n\nOriginal: English\n\n1 October 1995\n\nEXECUTIVE COMMITTEE\n\n"
        "1.\nThe status of assessed contributions is summarized in Table 1 below.\n"
        "Table 1. Status of assessed contributions (in Swiss francs)\n\n"
        "Outstanding at 1 January 1995\nAssessed for 1995\nReceived to 31 August 1995\n"
        "Outstanding at 31 August 1995\n\n"
        "Prior years\n\n1995\n\nTotal\n\n"
        "9,482,367\n3,106,210\n6,376,157\n\n"
        "36,811,000\n21,954,338\n14,856,662\n\n"
        "9,482,367\n36,811,000\n25,060,548\n21,232,819\n\n"
        "2.\nThe Executive Committee is invited to take note of this document.\n"
    )
    document = iomparse.parse(text)
    for table in [b for b in iter_blocks(document.body) if isinstance(b, iomparse.model.Table)]:
        rows = {cells[0]: cells[1:] for cells in table.cells if cells and cells[0]}
        assert "9,482,367" not in rows.get("Assessed for 1995", ())  # the prior years' opening arrears
    assert diagnostic_codes(document)["table-figures-unplaced"] == "warning"


def test_a_run_of_figures_read_as_text_with_a_tables_labels_after_it_is_warned():
    """Plain pdftotext, a table's last page without its caption: the columns' headings, then twelve figures and
    more in a row, then the row labels, all read as one text: however many words the labels add, the figures
    are said to be unplaced."""
    figures = "\n".join(f"0.{n:04d}" for n in range(100, 114))
    labels = "\n".join(
        ["The former Yugoslav Republic of Macedonia", "United Kingdom of Great Britain and Northern Ireland"] * 4
        + ["Venezuela (Bolivarian Republic of)", "Saint Vincent and the Grenadines", "TOTAL"]
    )
    text = SCALE_COVER + f"1.\n\nThe scale is set out below.\n\nMember States\n\n2016\n(%)\n\n{figures}\n\n{labels}\n"
    document = iomparse.parse(text)
    assert diagnostic_codes(document)["figures-as-text"] == "warning"


def test_a_title_marked_with_an_asterisk_whose_note_is_found_nowhere_is_warned():
    """``RULES OF PROCEDURE OF THE COUNCIL *`` with no note so marked anywhere (plain pdftotext printed the
    ``*`` apart, between an item's label and its text): a warning says the note was read as other text; a
    title whose note is found says nothing."""
    cover = "MC/1641\nOriginal: English\n1 December 1989\nCOUNCIL\nFIFTY-NINTH SESSION\n\n"
    lost = cover + (
        "RULES OF PROCEDURE OF THE COUNCIL *\n\nI – SESSIONS\nRule 1\nRegular sessions\n"
        "The Council shall hold one regular session each year.\n\n"
        "Adopted by the Council by Resolution No. 812 (LIX) of 29 November 1989.\n"
    )
    assert diagnostic_codes(iomparse.parse(lost))["title-note-missing"] == "warning"
    found = cover + (
        "RULES OF PROCEDURE OF THE COUNCIL *\n\nI – SESSIONS\nRule 1\nRegular sessions\n"
        "The Council shall hold one regular session each year.\n\n__________\n"
        "* Adopted by the Council by Resolution No. 812 (LIX) of 29 November 1989.\n"
    )
    assert "title-note-missing" not in diagnostic_codes(iomparse.parse(found))


def test_a_sentence_ending_on_a_capital_letters_label_ends_there():
    """pdfminer: ``… as set out in Annex I.`` / blank / ``Member States …``: ``I.`` is no name's initial, the
    sentence ends, and the next line opens a text of its own (``H.E. Mr. K.`` would go on)."""
    text = (
        "C/110/INF/1\n\nOriginal: English\n\n8 November 2019\n\nCOUNCIL\n\n"
        "1.\nThe framework sets out the Organization's approach to data protection, as set out in Annex I.\n\n"
        "Member States are invited to take note of the framework and of the plan for its implementation.\n\n"
        "2.\nThe Council elected by acclamation H.E. Ms A. Rantanen (Finland) as Chairperson and H.E. Mr. K.\n\n"
        "Mwansa (Zambia) as First Vice-Chairperson.\n"
    )
    document = iomparse.parse(text)
    first, second = [p for p in iter_blocks(document.body) if isinstance(p, Paragraph) and p.num]
    assert block_text(first).endswith("Annex I.")
    assert block_text(second).endswith("First Vice-Chairperson.")


def test_numbers_in_parentheses_under_an_ordinary_heading_are_no_sub_rules():
    """``II. RECOMMENDATIONS`` / ``(1) The Council is invited …`` in a report numbered 1., 2.: no rule's
    heading over them, so no paragraphs numbered 1 and 2 again."""
    text = (
        "C/110/9\n\nOriginal: English\n\n8 November 2019\n\nCOUNCIL\n\nREPORT ON THE REVIEW\n\n"
        "I.      INTRODUCTION\n\n1.      The review was carried out in 2019.\n\n"
        "2.      Its findings are summarized below.\n\n"
        "II.     RECOMMENDATIONS\n\n"
        "(1)     The Council is invited to take note of the review.\n\n"
        "(2)     The Council is invited to request a further report in 2021.\n"
    )
    document = iomparse.parse(text)
    assert [num for kind, num in numbered_of(document) if kind == "Paragraph"] == ["1", "2"]
    assert "paragraph-number-gap" not in diagnostic_codes(document)


def test_paragraphs_numbered_straight_through_under_article_headings_are_no_gap():
    """``Article 1 – Purposes`` / ``3. …`` / ``4. …``: numbering may restart under an article, or go on."""
    text = (
        "C/110/9\n\nOriginal: English\n\n8 November 2019\n\nCOUNCIL\n\nREPORT ON THE CONSTITUTION\n\n"
        "1.      The Constitution was amended in 2013.\n\n2.      Its articles are reviewed below.\n\n"
        "Article 1 – Purposes and functions\n\n3.      The purposes of the Organization are unchanged.\n\n"
        "4.      The functions were restated.\n"
    )
    assert "paragraph-number-gap" not in diagnostic_codes(iomparse.parse(text))


def _rows_under_headings_repeated(egypt: str) -> dict[str, tuple[str, ...]]:
    """Each row's figures (by label) of a scale whose second page repeats the headings in the other order,
    ``egypt`` the row of one figure printed there."""
    text = SCALE_COVER + (
        "1.\n\nThe scale is set out below.\n\n"
        "                                   2016 (%)      2017 (%)\n"
        "     Argentina                       1.2000        1.3000\n"
        "     Brazil                          2.1000        2.2000\n"
        "\f                                   2017 (%)      2016 (%)\n"
        "     Denmark                         0.9000        0.8000\n"
        f"{egypt}\n"
        "     France                          4.1000        4.0000\n"
    )
    document = iomparse.parse(text)
    return {
        cells[0]: cells[1:]
        for table in iter_blocks(document.body)
        if isinstance(table, iomparse.model.Table)
        for cells in table.cells
        if cells and cells[0]
    }


def test_a_row_short_of_a_figure_under_headings_repeated_in_another_order_goes_under_its_heading():
    """A row with one figure under headings repeated in another order: the figure goes under the heading it was
    printed under (``2017 (%)``, the second of the first order), the other cell empty, as full rows are put back
    under the first order."""
    rows = _rows_under_headings_repeated("     Egypt                           0.3000")
    assert rows["Denmark"] == ("0.8000", "0.9000")
    assert rows["Egypt"] == ("", "0.3000")
    assert rows["Argentina"] == ("1.2000", "1.3000")


def test_a_row_whose_figure_stands_between_two_repeated_headings_is_left_as_printed():
    """Under headings repeated in another order, a figure that stands under neither heading alone (between
    them): which column it belongs to cannot be told, so the row stays as printed."""
    rows = _rows_under_headings_repeated("     Egypt                                 0.3000")
    assert rows["Denmark"] == ("0.8000", "0.9000")
    assert rows["Egypt"] == ("0.3000",)


def test_a_bullets_item_wrapped_over_two_short_lines_stays_one_item():
    """Plain pdftotext: ``… shall consider:`` / ``•`` ×2 / an item over two lines / blank / the next item: the
    lines beside the bullets are no list of names (the first goes on in lower case)."""
    text = (
        "C/90/1\nOriginal: English\n1 May 2010\n\nCOUNCIL\n\n"
        "1.\n\nAt its session the Council shall consider:\n•\n•\n\n"
        "the report of the Director General on the\nwork of the Organization for 2019; and\n\n"
        "the programme and budget for 2021.\n\n"
        "2.\n\nThe session will open on Monday.\n"
    )
    document = iomparse.parse(text)
    first = next(b for b in iter_blocks(document.body) if isinstance(b, Paragraph))
    assert [block_text(item)[:20] for item in first.children] == ["the report of the Di", "the programme and bu"]
