"""Conventions the thirty-ninth blind wave found read wrong, each written here in a wording of its own: a
report's contents with a ``Paragraphs`` column beside the ``Page`` one (in the three extractions), a table's
note letters printed as a column, a row's label wrapped at the margin in lower case, a table printed a cell a
line under headings of several lines, a short first footnote atop the notes, title-case headings and section
labels printed apart from them, a paragraph a line, and a statement's header fields run together."""

from __future__ import annotations

import re

from conftest import block_text, diagnostic_codes, table_rows_of, tables_of

import iomparse
from iomparse.model import Contents, ContentsEntry, Item, Paragraph, Section, inline_text, iter_blocks
from iomparse.paths import walk

REPORT_COVER = (
    "C/112/41\nOriginal: English\n14 January 2022\n\nCOUNCIL\n112th Session\n\n"
    "REPORT ON THE ONE HUNDRED AND TWELFTH SESSION OF THE COUNCIL\n\nRapporteur: Mr P. Example (Chile)\n\n"
)


def _sections(document: iomparse.Document) -> list[tuple[str | None, str]]:
    return [
        (section.num, inline_text(section.heading)) for _, section in walk(document) if isinstance(section, Section)
    ]


def _contents(document: iomparse.Document) -> Contents:
    return next(block for block in document.body if isinstance(block, Contents))


def _entries(contents: Contents) -> list[tuple[str, str | None, str | None]]:
    def flat(entries: tuple[ContentsEntry, ...]) -> list[tuple[str, str | None, str | None]]:
        return [
            row for entry in entries for row in [(entry.title, entry.paragraphs, entry.page), *flat(entry.children)]
        ]

    return flat(contents.entries)


def test_a_contents_with_a_paragraphs_column_beside_the_pages_gives_each_entry_both():
    """``-layout``: ``I. ATTENDANCE ……… 1-6   1``, an entry wrapped over three lines ending on ``ON``."""
    text = REPORT_COVER + (
        "                                   CONTENTS\n\n"
        "                                                            Paragraphs        Page\n\n"
        "I.      ATTENDANCE ............................................. 1-6             1\n"
        "II.     ELECTION OF THE BUREAU ................................. 7               2\n"
        "III.    REPORTS OF THE THIRTY-FIRST AND THIRTY-SECOND\n"
        "        SESSIONS OF THE STANDING COMMITTEE ON\n"
        "        PROGRAMMES AND FINANCE ................................. 8-12            2\n"
        "IV.     CLOSURE ................................................ 13              3\n\n"
        "I.      ATTENDANCE\n\n1.      The Council met in Geneva.\n"
    )
    contents = _contents(iomparse.parse(text))
    assert contents.column == "Paragraphs Page"
    assert _entries(contents) == [
        ("I. ATTENDANCE", "1-6", "1"),
        ("II. ELECTION OF THE BUREAU", "7", "2"),
        (
            "III. REPORTS OF THE THIRTY-FIRST AND THIRTY-SECOND SESSIONS OF THE STANDING COMMITTEE ON PROGRAMMES "
            "AND FINANCE",
            "8-12",
            "2",
        ),
        ("IV. CLOSURE", "13", "3"),
    ]


def test_plain_pdftotext_prints_each_page_under_its_entry_and_the_two_labels_apart():
    """Plain pdftotext: ``Paragraphs`` / ``Page`` on lines of their own, each page under its entry."""
    text = REPORT_COVER + (
        "CONTENTS\nParagraphs\n\nPage\n"
        "I. ATTENDANCE ............................................. 1-6\n\n1\n\n"
        "II. ELECTION OF THE BUREAU ................................. 7\n\n2\n\n"
        "III. CLOSURE ................................................ 8-9\n\n3\n\n"
        "\fC/112/41\nPage 1\n\nI.\n\nATTENDANCE\n\n1. The Council met in Geneva.\n"
    )
    document = iomparse.parse(text)
    assert _entries(_contents(document)) == [
        ("I. ATTENDANCE", "1-6", "1"),
        ("II. ELECTION OF THE BUREAU", "7", "2"),
        ("III. CLOSURE", "8-9", "3"),
    ]
    assert "contents-pages-beside-paragraphs" in diagnostic_codes(document)


def test_pdfminer_prints_the_pages_as_a_column_after_the_last_entry():
    """pdfminer: the entries with their paragraphs, then all their pages, one under the other."""
    text = REPORT_COVER + (
        "CONTENTS\n\nParagraphs\n\nPage\n\n"
        "I. ATTENDANCE ............................................. 1-6\n\n"
        "II. ELECTION OF THE BUREAU ................................. 7\n\n"
        "III. CLOSURE ................................................ 8-9\n\n"
        "1\n\n2\n\n2\n\n"
        "\fC/112/41\nPage 1\n\nI.\n\nATTENDANCE\n\n1. The Council met in Geneva.\n"
    )
    assert [page for _, _, page in _entries(_contents(iomparse.parse(text)))] == ["1", "2", "2"]


def test_an_entrys_paragraphs_survive_every_codec():
    """The paragraphs a contents entry covers are written and read back by JSON, XML and canonical text."""
    text = REPORT_COVER + (
        "CONTENTS\n\nParagraphs   Page\n\n"
        "I.   ATTENDANCE ........................ 1-6    1\n"
        "II.  CLOSURE ........................... 7-9    2\n\n"
        "I.   ATTENDANCE\n\n1.   The Council met in Geneva.\n"
    )
    document = iomparse.parse(text)
    want = _entries(_contents(document))
    assert want == [("I. ATTENDANCE", "1-6", "1"), ("II. CLOSURE", "7-9", "2")]
    assert _entries(_contents(iomparse.from_json(iomparse.to_json(document)))) == want
    assert _entries(_contents(iomparse.from_xml(iomparse.to_xml(document)))) == want
    assert _entries(_contents(iomparse.parse(iomparse.to_text(document)))) == want
    assert b'name="paragraphs">1-6<' in iomparse.to_akn(document)


def test_a_tables_note_letters_printed_as_a_column_go_before_the_notes_texts():
    """Plain pdftotext: ``TOTAL`` / ``a`` / ``b`` ending the labels' column, the columns' figures, then the two
    notes' texts last on the page (a sentence each): notes ``a`` and ``b``."""
    labels = ["Norway", "Oman a", "Pakistan", "Palau b", "Panama", "Peru", "TOTAL"]
    united_nations = ["0.871", "–", "0.082", "–", "0.022", "0.078", "95.120"]
    iom = ["0.8712", "0.0900", "0.0820", "0.0010", "0.0220", "0.0780", "100.0000"]
    page = (
        "\fSCBF/401\nAnnex\nPage 2\n\nMember State\n" + "\n".join(labels) + "\na\nb\n\n"
        "UN scale\n2007–2009 (%)\n\n"
        + "\n".join(united_nations)
        + "\n\nIOM scale\n2010 (%)\n\n"
        + "\n".join(iom)
        + "\n\nAdmitted on 2 June 2009; assessed for the first time in 2010.\n"
        "Not a member of the United Nations; assessed at the minimum rate.\n"
    )
    text = "SCBF/401\nOriginal: English\n1 October 2009\n\nSCALE OF ASSESSMENT FOR 2010\n\n1. The scale is annexed.\n"
    document = iomparse.parse(text + page)
    notes = {note.marker: block_text(note)[:12] for note in document.footnotes}
    assert notes == {"a": "Admitted on ", "b": "Not a member"}
    assert "note-letters-apart" in diagnostic_codes(document)


def test_a_row_label_wrapped_at_the_labels_margin_in_lower_case_stays_its_rows():
    """``-layout``: ``Bosnia and`` with its figures, then ``and Herzegovina``'s words at the margin: one row,
    and the rows under it stay the table's."""
    text = (
        "Table 2. Assessments for 2021 (CHF)\n\n"
        "Member State                        2020          2021\n"
        "Belgium                          812,400       830,100\n"
        "Bosnia                             4,100         4,150\n"
        "and Herzegovina\n"
        "Botswana                          12,900        13,300\n"
        "Brazil                           902,300       921,800\n"
    )
    document = iomparse.parse(text)
    rows = [row[0] for row in table_rows_of(document)]
    assert "Bosnia and Herzegovina" in rows and rows[-2:] == ["Botswana", "Brazil"]


def test_a_table_printed_a_cell_a_line_under_headings_of_three_lines_is_read_in_rows():
    """Plain pdftotext: headings of three lines each (``UN scale`` / ``2022`` / ``(%)``), then each row's
    label and its three figures, a cell a line: rows, not pieces of columns."""
    states = ["Chad", "Chile", "China", "Colombia", "Comoros", "Congo"]
    cells = "".join(f"{state}\n\n0.00{i}\n\n0.00{i}\n\n{i},215\n\n" for i, state in enumerate(states, 1))
    text = (
        "S/30/4\nOriginal: English\n1 October 2021\n\n1. The scale for 2022 is annexed.\n\n"
        "\fS/30/4\nAnnex\nPage 1\n\n(Administrative Part of the Budget for 2022: CHF 52,000,000)\n"
        "UN scale\n2022\n(%)\n\nIOM scale\n2022\n(%)\n\nAssessment\n2022\n(CHF)\n\n" + cells
    )
    rows = table_rows_of(iomparse.parse(text))
    assert [row[0] for row in rows if row[0] in states] == states
    assert ("Chile", "0.002", "0.002", "2,215") in rows


def test_a_first_footnote_on_one_line_shorter_than_the_text_s_opens_the_notes():
    """Plain pdftotext: a paragraph's number, then the notes' numbers apart (``13.`` / ``4`` / ``5``), the
    paragraph's list, then the notes' block: the first note one line no longer than the text's, the second in
    the notes' smaller type (longer lines): each its number."""
    text = (
        "S/31/7\nOriginal: English\n2 May 2022\n\nProgress in the year\n12.\n"
        "The Administration reports on its progress during the year, as the Standing Committee requested it. 4\n"
        "The figures are provisional and will be confirmed by the External Auditor in the financial report for the\n"
        "year, which the Standing Committee will examine at its next session in the autumn of 2022, in Geneva. 5\n"
        "Action requested of the Standing Committee\n13.\n\n4\n5\n\nThe Standing Committee is invited to:\n(a)\n\n"
        "take note of the progress described above and of the figures given in Table 1; and\n\n(b)\n\n"
        "request the Administration to report again on the progress made at its next session in the autumn.\n\n"
        "The same method was applied in calculating the figures for 2021; see document S/29/3, paragraph 8.\n"
        "The External Auditor examines the accounts each year and reports to the Council on the financial statements,\n"
        "the management of the Organization and the use of its resources by its offices in the field and at "
        "Headquarters.\n"
    )
    notes = {note.marker: block_text(note)[:10] for note in iomparse.parse(text).footnotes}
    assert notes == {"4": "The same m", "5": "The Extern"}


def test_a_title_case_heading_over_two_lines_takes_its_label_printed_apart():
    """pdfminer: ``C.`` / ``II.`` alone, then ``Selected programme areas`` and ``Migration Management and
    Border`` / ``Governance`` (title case over two lines): each heading its label."""
    text = (
        "MC/2300\nOriginal: English\n1 October 2010\n\nPROGRAMME AND BUDGET FOR 2011\n\n"
        "A.\n\nOverview\n\n1.\nThe budget for 2011 is presented below.\n\n"
        "C.\n\nII.\n\nSelected programme areas\n\nMigration Management and Border\nGovernance\n\n"
        "2.\nThe estimates for this area are set out in the table below.\n"
    )
    sections = _sections(iomparse.parse(text))
    assert ("C", "Selected programme areas") in sections
    assert ("II", "Migration Management and Border Governance") in sections


def test_a_chapters_label_printed_inside_the_list_before_it_goes_to_the_heading_under_the_list():
    """Plain pdftotext: ``VI.`` printed before the list's first bullet, the chapter's heading in capitals
    right under the list's last line: the heading takes its label."""
    text = REPORT_COVER + (
        "V.\n\nPANEL\n\n"
        "9. The panellists raised the following points:\n\n"
        "VI.\n\n•\n\nthe role of local authorities in receiving migrants;\n\n"
        "•\n\nthe financing of city networks.\n"
        "OTHER BUSINESS\n\n"
        "10. No other business was raised.\n"
    )
    assert ("VI", "OTHER BUSINESS") in _sections(iomparse.parse(text))


def test_lines_far_longer_than_a_page_s_are_a_paragraph_each():
    """A web page's text: each paragraph a line of several hundred characters, no blank line between: each
    line a paragraph of its own, the bullets' lines the items of the one before them."""
    sentence = "The delegation recalls the commitments made at the last session and the work still to be done. "
    text = (
        "Statement by the Delegation of Example\n\nMadam Chairperson,\n"
        + "".join(sentence * 5 + "\n" for _ in range(4))
        + sentence * 5
        + "Our priorities are the following:\n"
        "• the protection of migrants in crisis situations;\n"
        "• the financing of the core structure.\n" + sentence * 3 + "\nI thank you.\n"
    )
    document = iomparse.parse(text)
    paragraphs = [b for b in iter_blocks(document.body) if isinstance(b, Paragraph)]
    listed = next(p for p in paragraphs if any(isinstance(c, Item) for c in p.children))
    assert block_text(listed) == (sentence * 5 + "Our priorities are the following:").strip()


def test_check_against_delivery_run_on_after_the_statements_date_is_set_apart():
    """``Geneva, 29 November 2006 Check against delivery`` under the speaker: the date is the statement's."""
    text = (
        "PERMANENT MISSION OF EXAMPLE TO THE UNITED NATIONS OFFICE AT GENEVA\n"
        "Ninety-second Session of the Council, Geneva, 28 November-1 December 2006\n"
        "Statement by: H.E. Ms A. Example, Ambassador\n"
        "Geneva, 29 November 2006 Check against delivery\n\n"
        "Mr. Chairman,\n"
        "My delegation thanks the Director General for his report.\n"
    )
    meta = iomparse.parse(text).meta
    assert str(meta.date) == "2006-11-29"
    assert meta.meeting is not None and (str(meta.meeting.start), str(meta.meeting.end)) == (
        "2006-11-28",
        "2006-12-01",
    )


# -- what the review of these rules found, each kept from coming back ------------------------------------------


def test_a_malformed_roman_label_printed_apart_in_contents_is_no_crash():
    """``I.`` and ``IIII.`` apart over two chapter titles: no value to pair by, the document still read."""
    text = (
        "MC/2400\nOriginal: English\n1 October 2013\n\nCONTENTS\n\nI.\n\nINTRODUCTION ........................ 1\n\n"
        "IIII.\n\nBUDGET ............................ 2\n\nI. INTRODUCTION\n\n1. The budget is presented.\n"
    )
    assert "I. INTRODUCTION" in [title for title, _, _ in _entries(_contents(iomparse.parse(text)))]


def test_note_letters_over_a_numbered_paragraph_move_nothing():
    """``a`` / ``b`` under a table's labels, the page ending with paragraph 2 (its number alone, two sentences):
    no note takes the paragraph's sentences."""
    labels = ["Norway", "Oman a", "Pakistan", "Palau b", "Panama", "Peru", "TOTAL"]
    figures = ["0.8712", "0.0900", "0.0820", "0.0010", "0.0220", "0.0780", "100.0000"]
    page = (
        "\fSCBF/401\nAnnex\nPage 2\n\nMember State\n"
        + "\n".join(labels)
        + "\na\nb\n\nScale\n2010 (%)\n\n"
        + "\n".join(figures)
        + "\n\n2.\n\nThe Standing Committee took note of the scale of assessment.\nIt recommended that the Council "
        "approve it.\n"
    )
    text = "SCBF/401\nOriginal: English\n1 October 2009\n\nSCALE OF ASSESSMENT FOR 2010\n\n1. The scale is annexed.\n"
    document = iomparse.parse(text + page)
    assert not document.footnotes
    assert "a The Standing" not in iomparse.to_text(document)


def test_one_long_line_in_a_wrapped_text_leaves_its_paragraphs_wrapped():
    """A hard-wrapped statement with one line of a long address: its paragraphs are still joined, and only a
    text of such lines says it reads a paragraph a line."""
    wrapped = (
        "Statement by the Delegation of Example\n\nMr. Chairman,\n\n"
        "My delegation thanks the Director General for his comprehensive report. We also\n"
        "thank the Administration for the clarity with which the challenges were shown.\n"
        "The Member States have received it in good time, and we welcome this practice.\n\n"
        "Further information: https://www.iom.int/sites/default/files/documents/council/" + "x" * 200 + "\n\n"
        "I thank you.\n"
    )
    document = iomparse.parse(wrapped)
    paragraphs = [block_text(b) for b in iter_blocks(document.body) if isinstance(b, Paragraph)]
    assert any(text.startswith("My delegation") and text.endswith("this practice.") for text in paragraphs)
    assert "paragraph-a-line" not in diagnostic_codes(document)
    sentence = "The delegation recalls the commitments made at the last session and the work still to be done. "
    unwrapped = "Madam Chairperson,\n" + "".join(sentence * 4 + "\n" for _ in range(6))
    assert diagnostic_codes(iomparse.parse(unwrapped)).get("paragraph-a-line") == "info"


def test_a_contents_title_ending_on_a_letter_takes_no_lettered_entry_under_it():
    """``II. ADMINISTRATIVE PART OF THE BUDGET – ANNEX A`` (no page) over ``A. Staff and services …… 4``: two
    entries, the lettered one its own."""
    text = (
        "MC/2400\nOriginal: English\n1 October 2013\n\nPROGRAMME AND BUDGET FOR 2014\n\n"
        "                                   CONTENTS\n"
        "                                                                    Page\n"
        "I.      INTRODUCTION ............................................... 1\n"
        "II.     ADMINISTRATIVE PART OF THE BUDGET – ANNEX A\n"
        "A.      Staff and services ......................................... 4\n"
        "B.      Meetings of the Council .................................... 6\n"
        "III.    OPERATIONAL PART OF THE BUDGET ............................. 8\n\n"
        "I.      INTRODUCTION\n\n1.      The budget for 2014 is presented below.\n"
    )
    titles = [title for title, _, _ in _entries(_contents(iomparse.parse(text)))]
    assert titles and not any("ANNEX A A." in title for title in titles)


def test_a_running_header_atop_the_next_page_is_no_cell_of_the_row_above():
    """A header of words and a year set right atop the next page, between two rows of a table: furniture or
    text, never a row's cell."""
    text = (
        "SCBF/401\nOriginal: English\n1 October 2009\n\n1. The assessments are shown below.\n\n"
        "Table 2. Assessments for 2021 (CHF)\n\n"
        "Member State                          2020          2021\n"
        "Belgium                            812,400       830,100\n"
        "Botswana                            12,900        13,300\n"
        "\f                                    Scale of assessment for 2021\n"
        "Brazil                             902,300       921,800\n"
        "Bulgaria                            12,400        12,600\n\n"
        "2. The Committee is invited to take note.\n"
    )
    cells = [cell for table in tables_of(iomparse.parse(text)) for row in table.cells for cell in row]
    assert "Scale of assessment for 2021" not in cells


def test_a_lettered_paragraph_of_many_words_is_no_heading():
    """``A. The Standing Committee took note of … requested the Administration to`` / its second line: text."""
    text = (
        "S/20/5\nOriginal: English\n2 May 2017\n\n"
        "1. The Standing Committee took the following decisions:\n\n"
        "A. The Standing Committee took note of the report on human resources and requested the Administration to\n"
        "report again at its next session.\n\n"
        "2. The session was closed.\n"
    )
    assert not _sections(iomparse.parse(text))


def test_json_written_before_entries_had_paragraphs_reads():
    """JSON of format 1 written before ``ContentsEntry.paragraphs`` existed reads, the field's default None."""
    text = (
        REPORT_COVER + "CONTENTS\n\nPage\n\nI.   ATTENDANCE ........................ 1\n\nI.   ATTENDANCE\n\n1. Met.\n"
    )
    written = re.sub(r',\s*"paragraphs": null', "", iomparse.to_json(iomparse.parse(text)))
    assert '"paragraphs"' not in written
    assert _entries(_contents(iomparse.from_json(written))) == [("I. ATTENDANCE", None, "1")]
