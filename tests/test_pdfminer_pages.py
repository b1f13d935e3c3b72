"""Pages as pdfminer prints them: a centred heading out of its place, an agenda's numbers printed after its
entries with items printed with their numbers between, the document's own symbol over a page's number, a
contents entry's leader and page printed before its title. Each text is written here in the shape pdfminer
gives (a blank line after each box)."""

from __future__ import annotations

from conftest import block_text, diagnostic_codes, headings_of

import iomparse
from iomparse.layout import heading_above_running_header, heading_after_first_item
from iomparse.model import Contents, Paragraph, Section
from iomparse.reading_order import (
    labels_after_texts,
    leaders_before_titles,
    list_labels_before_items,
    row_labels_apart,
)
from iomparse.source import Line


def _page(*texts: str) -> list[Line]:
    return [Line(number, text, 2) for number, text in enumerate(texts, start=40)]


def _texts(page: list[Line]) -> list[str]:
    return [line.text for line in page if line.text.strip()]


COVER = "C/97/1\n\nOriginal: English\n\n30 September 2009\n\nCOUNCIL\n\n97th Session\n\nPROVISIONAL AGENDA\n\n"


def test_a_heading_in_capitals_after_the_first_numbered_heading_of_a_page_goes_back_above_it():
    """``1.`` / ``Opening of the session`` / ``ANNOTATIONS``: the page reads ``ANNOTATIONS`` over ``1. Opening
    of the session``, the heading above the item, which it holds."""
    text = (
        COVER + "1.\n\nOpening of the session\n\n2.\n\nClosure of the session\n\n\f"
        "C/97/1\nPage 2\n\n1.\n\nOpening of the session\n\nANNOTATIONS\n\n"
        "The session will be opened on Monday, 23 November 2009, at 10 a.m.\n\n"
        "2.\n\nClosure of the session\n\nThe session is expected to close on the evening of its second day.\n"
    )
    document = iomparse.parse(text)
    (annotations,) = [s for s in document.body if isinstance(s, Section)]
    assert headings_of(document) == ["ANNOTATIONS", "Opening of the session", "Closure of the session"]
    assert [s.num for s in annotations.children if isinstance(s, Section)] == ["1", "2"]
    assert diagnostic_codes(document)["heading-after-first-item"] == "info"


def test_the_heading_goes_back_above_a_roman_number_over_a_heading_of_two_lines():
    page = _page(
        "MC/2290",
        "Page 3",
        "",
        "I.",
        "",
        "Review of the applications received from non-governmental",
        "organizations since the last session",
        "",
        "PART TWO – OBSERVERS",
        "",
        "Four requests have been received.",
    )
    assert _texts(heading_after_first_item(page)) == [
        "MC/2290",
        "Page 3",
        "PART TWO – OBSERVERS",
        "I. Review of the applications received from non-governmental",
        "organizations since the last session",
        "Four requests have been received.",
    ]


def test_no_heading_moves_over_a_later_number_a_heading_in_capitals_or_a_page_label():
    """Only the number that opens its sequence, under the running header alone; a heading in capitals may
    come under a heading in capitals; ``Page 1`` is no heading, nor a sentence; a table's cells in capitals
    (``USD`` over ``Officials``) are no heading over text."""
    later = _page("C/97/1", "Page 3", "", "7.", "", "Other business", "", "ANNOTATIONS", "", "None was proposed.")
    capitals = _page("C/97/1", "", "1.", "", "INTRODUCTION", "", "BACKGROUND", "", "The Council asked for a review.")
    page_label = _page("C/97/1", "", "I.", "", "Page 1", "", "INTRODUCTION", "", "1.", "", "The report sets out …")
    text_above = _page("The review is set out below.", "", "1.", "", "Scope", "", "ANNEX", "", "The scope is …")
    cells = _page("MC/2290", "Page 5", "", "A.", "", "Staff and services", "", "USD", "", "Officials", "", "1,000")
    sentence = _page(
        "C/97/1", "Page 4", "", "1.", "", "The meeting rose at 5 p.m.", "", "ANNEX", "", "Draft resolution"
    )
    for page in (later, capitals, page_label, text_above, cells, sentence):
        assert heading_after_first_item(page) == page


def test_a_heading_printed_above_the_running_header_goes_under_it():
    page = _page("CONTENTS", "", "S/21/9", "Page i", "", "Page", "", "INTRODUCTION ........ 1")
    assert _texts(heading_above_running_header(page)) == [
        "S/21/9",
        "Page i",
        "CONTENTS",
        "Page",
        "INTRODUCTION ........ 1",
    ]
    beside = _page("CONTENTS", "", "S/21/9", "", "Page i", "", "INTRODUCTION ........ 1")  # no header's shape
    assert heading_above_running_header(beside) == beside


def test_numbers_after_an_agendas_entries_count_back_from_the_first_item_printed_with_its_number():
    """The numbers of the first items printed at the page's foot, the later items printed with their own
    (``10.`` / ``Budgetary matters``, ``12. Closure …``) and the documents column listing symbols with commas:
    the numbers open the entries above the first item numbered in place, whatever follows; a note's text
    going on under its first line is no prose under the numbers."""
    entries = [
        "Opening of the session",
        "Election of officers",
        "Adoption of the agenda",
        "Statement by the Director General",
        "General debate",
        "Report on the 96th Session",
        "Reports of the Standing Committee1",
        "Migration and development",
        "Partnerships with civil society",
    ]
    text = (
        "C/97/1\n\nOriginal: English\n\n30 September 2009\n\nCOUNCIL\n\n97th Session\n\nPROVISIONAL AGENDA\n\n"
        + "\n\n".join(entries[:4])
        + "\n\nDocuments\n\nC/97/1\n\nC/97/2,\nC/97/3\n\n"
        + "\n\n".join(entries[4:])
        + "\n\nS/7/8,\nS/8/10\n\n10.\n\nBudgetary matters\n\n11.\n\nOther business\n\n12. Closure of the session\n\n"
        + "\n\n".join(f"{n}." for n in range(1, 10))
        + "\n\n1 The Eighth Session of the Standing Committee will meet in late October; its report will be\n\n"
        "issued as soon as possible after that session, in time for the Council's consideration.\n"
    )
    document = iomparse.parse(text)
    numbered = [
        (b.num, block_text(b).split(" C/")[0].split(" S/")[0]) for b in document.body if isinstance(b, Paragraph)
    ]
    assert numbered[:9] == [(str(n), entry.rstrip("1")) for n, entry in enumerate(entries, start=1)]
    assert [num for num, _ in numbered] == [str(n) for n in range(1, 13)]
    (note,) = document.footnotes  # its text going on under its first line, after the last item's short line
    assert block_text(note).endswith("in time for the Council's consideration.")
    assert diagnostic_codes(document)["labels-after-texts"] == "info"


def test_the_own_symbol_over_a_pages_number_stays_the_running_header_after_a_documents_column():
    """A page of annotations whose running header follows the agenda's documents column over the page break
    and the cover's footer (``MC/2417`` / ``COUNCIL`` … / page break / ``MC/2409`` / ``Page 2``): the header is
    furniture, no document of the last item."""
    text = (
        "MC/2409\n\nOriginal: English\n\n7 October 2014\n\nCOUNCIL\n\n105th Session\n\nPROVISIONAL AGENDA\n\n"
        "1.\n\nOpening of the session\n\n2.\n\nClosure of the session\n\nMC/2416\n\nMC/2417\n\n"
        "COUNCIL\n\nCONSEIL\n\nCONSEJO\n\n\f"
        "MC/2409\nPage 2\n\nANNOTATIONS\n\n1.\n\nOpening of the session\n\nThe session will open at 10 a.m.\n\n"
        "2.\n\nClosure of the session\n\nThe session will close on Friday.\n"
    )
    document = iomparse.parse(text)
    closure = next(b for b in document.body if isinstance(b, Paragraph) and b.num == "2")
    assert "MC/2409" not in block_text(closure)
    assert "ANNOTATIONS" in headings_of(document)


def test_a_contents_entrys_leader_and_page_printed_before_its_title_go_after_it():
    """``PART I – STAFF …… 1`` / ``……… 1`` / ``A. Core structure``: the leader line is the next entry's, its
    title under it; every entry of the contents is read, none is taken for a heading of the body."""
    text = (
        "MC/2108\n\nOriginal: English\n\n4 May 2003\n\nEIGHTY-SIXTH SESSION\n\nPROGRAMME AND BUDGET FOR 2004\n\n\f"
        "CONTENTS\n\nMC/2108\nPage i\n\nPage\n\n"
        "INTRODUCTION ................................................................ 1\n\n"
        "I.\n\nII.\n\n"
        "STAFF AND OFFICES ........................................................... 1\n\n"
        "................................................... 1\n"
        "A. Core structure\n"
        "B.\nField offices ................................................................ 2\n\n"
        "PROJECTS .................................................................... 3\n\n\f"
        "MC/2108\nPage 1\n\nINTRODUCTION\n\n1.\nThe budget for 2004 is set out below.\n"
    )
    document = iomparse.parse(text)
    (contents,) = [block for block in document.body if isinstance(block, Contents)]
    assert [(e.title, e.page, [(c.title, c.page) for c in e.children]) for e in contents.entries] == [
        ("INTRODUCTION", "1", []),
        ("I. STAFF AND OFFICES", "1", [("A. Core structure", "1"), ("B. Field offices", "2")]),
        ("II. PROJECTS", "3", []),
    ]
    assert diagnostic_codes(document)["contents-page-before-title"] == "info"


def test_leaders_printed_before_two_titles_in_turn_go_after_each():
    page = _page(
        "STAFF AND OFFICES ........ 1", ".......... 1", "A. Core structure", ".......... 2", "B. Field offices"
    )
    assert _texts(leaders_before_titles(page)) == [
        "STAFF AND OFFICES ........ 1",
        "A. Core structure .......... 1",
        "B. Field offices .......... 2",
    ]


def test_a_leader_alone_before_a_sentence_or_after_a_title_without_a_page_stays():
    note = _page("C. Outlook . . . . . . . 3", ".......... 2", "This document is submitted to the Standing Committee.")
    untitled = _page("FINANCIAL STATEMENTS", "............ 4", "Statement I")
    for page in (note, untitled):
        assert leaders_before_titles(page) == page


def test_an_agendas_numbers_count_back_from_the_nearest_item_printed_with_its_number():
    """A paragraph above the agenda opens with the number that follows the run's last (``5. Delegations
    are reminded …``): the entries are counted back from the item printed with its number nearest the numbers
    (``5.`` / ``Other business``), not from that paragraph."""
    entries = ["Opening of the session", "Election of officers", "Adoption of the agenda", "General debate"]
    text = (
        "C/97/1\n\nOriginal: English\n\n30 September 2009\n\nCOUNCIL\n\n97th Session\n\n\f"
        "5. Delegations are reminded that the list of speakers closes on Friday.\n\n"
        "PROVISIONAL AGENDA\n\n"
        + "\n\n".join(entries)
        + "\n\n5.\n\nOther business\n\n6. Closure of the session\n\n"
        + "\n\n".join(f"{n}." for n in range(1, 5))
        + "\n"
    )
    document = iomparse.parse(text)
    numbered = [(b.num, block_text(b)) for _, b in iomparse.paths.walk(document) if isinstance(b, Paragraph)]
    assert numbered[1:5] == [(str(n), entry) for n, entry in enumerate(entries, start=1)]


def _column_page(symbol_page: str, headed_first: bool, donors: list[str], figures: list[list[str]]) -> str:
    """A page of a table as pdfminer prints it: its label column's heading, its labels, then (where the
    headings come after the labels) the unit and each column's heading, then each column's figures."""
    headings = "Pledged\n2023\n\nPaid\n2023\n\nBalance\n31.12.2023\n\n"
    page = f"\fSC/12/3\n{symbol_page}\n\n"
    page += "Donor\n\n" + (headings if headed_first else "") + "\n".join(donors) + "\n\n"
    if not headed_first:
        page += "(in thousands of US dollars)\n\n" + headings
    return page + "".join("\n".join(column) + "\n\n" for column in figures)


def test_a_unit_printed_after_the_labels_is_the_tables_caption_and_its_next_page_goes_on_with_it():
    """pdfminer prints the unit among the column headings, after the labels (``Donor`` / labels / ``(in
    thousands of US dollars)`` / ``Pledged 2023`` …): it captions the table, which the next page, its
    headings repeated, goes on."""
    first = ["Australia", "Austria", "Belgium", "Canada", "Denmark", "Finland"]
    second = ["France", "Germany", "Ireland", "Italy", "Japan", "Norway"]
    columns = [[str(100 + 10 * n) for n in range(6)], [str(90 + 10 * n) for n in range(6)], ["10"] * 6]
    text = (
        "SC/12/3\n\nOriginal: English\n\n3 May 2024\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "Thirty-fourth Session\n\nSTATUS OF VOLUNTARY CONTRIBUTIONS\n\n"
        "1. The table below sets out the contributions pledged and paid by each donor in 2023.\n\n"
        + _column_page("Page 2", False, first, columns)
        + _column_page("Page 3", True, second, columns)
    )
    document = iomparse.parse(text)
    (table,) = [b for _, b in iomparse.paths.walk(document) if isinstance(b, iomparse.model.Table)]
    assert table.caption == "(in thousands of US dollars)"
    assert [row[0] for row in table.cells] == ["Donor", *first, "Donor", *second]


def test_a_budgets_service_line_numbers_printed_as_a_column_go_before_their_titles():
    """pdfminer prints a budget table's service-line numbers as a column of their own, then their titles,
    one wrapped: each number goes before its title, the wrapped title made one. A column of numbers over
    lines holding figures is left alone."""
    page = _page(
        "II.1",
        "II.2",
        "II.3",
        "",
        "Migration Health Assessments and",
        "Travel Health Assistance",
        "Health Promotion",
        "Emergency Health Support",
        "",
        "III.1",
        "III.2",
        "",
        "1,200,000",
        "3,400,000",
    )
    assert _texts(row_labels_apart(page)) == [
        "II.1 Migration Health Assessments and Travel Health Assistance",
        "II.2 Health Promotion",
        "II.3 Emergency Health Support",
        "III.1",
        "III.2",
        "1,200,000",
        "3,400,000",
    ]
    assert _texts(row_labels_apart(page[9:])) == ["III.1", "III.2", "1,200,000", "3,400,000"]


def test_a_lists_labels_printed_under_its_lead_in_go_before_their_items():
    """Plain pdftotext prints a list's labels as a column under its lead-in, then the items' lines: each
    label goes before the first line of its item, the items told by their ends (a note's marker after a
    semicolon, ``offices;2``, ends one too). Where the items do not match the labels, nothing moves."""
    page = _page(
        "He drew attention to the following priorities for the year:",
        "(a)",
        "(b)",
        "(c)",
        "",
        "scaling up assistance to displaced persons, where IOM had reached",
        "more than a million people;",
        "completing the roll-out of the framework across offices;2",
        "pursuing the dialogue with Member States on the budget.",
    )
    assert _texts(list_labels_before_items(page)) == [
        "He drew attention to the following priorities for the year:",
        "(a) scaling up assistance to displaced persons, where IOM had reached",
        "more than a million people;",
        "(b) completing the roll-out of the framework across offices;2",
        "(c) pursuing the dialogue with Member States on the budget.",
    ]
    assert list_labels_before_items(page[:-1]) == page[:-1]


def test_a_service_areas_title_printed_among_its_lines_titles_takes_its_numeral():
    """Plain pdftotext prints a service area's numeral before the column headings (``I.``) and its title
    first among its lines' titles, one more than their numbers: the first title is the area's. Each row goes
    where its title was printed, in order."""
    page = _page(
        "I.",
        "",
        "2008",
        "",
        "I.1",
        "I.2",
        "",
        "Movement and Emergency",
        "Resettlement Assistance",
        "Repatriation Assistance",
    )
    assert _texts(row_labels_apart(page)) == [
        "2008",
        "I. Movement and Emergency",
        "I.1 Resettlement Assistance",
        "I.2 Repatriation Assistance",
    ]


def test_paragraph_numbers_printed_after_the_texts_pass_over_a_long_heading_in_capitals():
    """A summary record's page: its margin's numbers printed after its text (``3.`` / ``4.`` / ``5.``), a heading
    in capitals among the paragraphs as long as a full line: the heading takes no number, the paragraph under it
    does."""
    page = _page(
        "Mr. LINDQVIST (Sweden) said that the Committee had devoted most of its time to three questions of",
        "substance, on each of which it had reached a clear conclusion.",
        "",
        "The Council took note of the report on the Hundred and fifth Session of the Executive Committee",
        "and endorsed the decisions recorded in it.",
        "",
        "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE",
        "PART OF THE BUDGET (item 10 of the agenda) (MC/2263)",
        "",
        "Ms. HARTLEY-VOGT (Head, Budget and Finance Division), introducing the document, said that the",
        "figures had been overtaken by payments received in October and November.",
        "",
        "3.",
        "",
        "4.",
        "",
        "5.",
    )
    texts = _texts(labels_after_texts(page))
    assert texts[0].startswith("3. Mr. LINDQVIST") and texts[2].startswith("4. The Council took note")
    assert texts[4] == "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE"
    assert texts[6].startswith("5. Ms. HARTLEY-VOGT") and len(texts) == 8


def test_an_items_text_opening_with_a_number_is_what_its_letter_printed_apart_opens():
    """pdfminer prints a list's letters as a column, then the items' texts: an item that opens with a number
    counting what follows (``23 country offices depend …``) is the text of its letter like the others."""
    page = _page(
        "(a)",
        "",
        "(b)",
        "",
        "(c)",
        "",
        "the criteria for designating offices are applied differently from one region to another;",
        "",
        "23 country offices depend on a single project for more than 80 per cent of their funding;",
        "",
        "the host-country agreements of 14 offices predate the Organization's entry into the system.",
    )
    from iomparse.reading_order import paragraph_number_column

    texts = _texts(paragraph_number_column(page))
    assert [text[:6] for text in texts] == ["(a) th", "(b) 23", "(c) th"]


def test_note_numbers_each_over_its_body_stay_where_they_are():
    """pdfminer: ``3`` / the note's long first line / its last words a box apart / ``4`` / the next note: each
    number stands over its body, so no reading of numbers printed apart moves them."""
    from iomparse.reading_order import note_number_column

    page = _page(
        "the host-country agreements of 14 offices predate the Organization's entry into the United Nations",
        "system and need to be updated;3",
        "",
        "Member States consulted during the review underlined the value of regional offices as their",
        "counterparts, and asked that any adjustment should preserve that role.4",
        "",
        "________________",
        "3",
        "",
        "The Agreement concerning the Relationship between the United Nations and the International Organization for",
        "",
        "Migration was approved by the Council through Resolution No. 1317 of 30 June 2016.",
        "",
        "4",
        "",
        "Consultations were held with the regional groups in Geneva in April and May 2021, and a questionnaire on 15",
        "",
        "March 2021.",
    )
    assert note_number_column(page) == page


def test_labels_printed_after_their_texts_with_the_next_paragraph_printed_with_its_number_go_to_the_texts_above():
    """pdfminer: a paragraph, a lettered heading and a paragraph, then their labels as a column (``6.`` /
    ``C.`` / ``7.``), then ``8. The reserve …`` printed with its own number, the one after the column's last:
    the column numbers the texts above it, not the prose after it."""
    page = _page(
        "The external audit of the accounts for the year was completed in March and found no material",
        "misstatement in any of the statements submitted to the Standing Committee for its review.",
        "",
        "Staff security arrangements",
        "",
        "Contributions to the field security mechanism of the United Nations system rose by 4 per cent,",
        "reflecting the opening of three new sub-offices in areas classified as high-risk.",
        "",
        "6.",
        "",
        "C.",
        "",
        "7.",
        "",
        "8. The reserve set aside for the replacement of vehicles was drawn down by USD 0.4 million, which",
        "left a balance sufficient for the replacements planned over the next two years.",
    )
    texts = _texts(labels_after_texts(page))
    assert texts[0].startswith("6. The external audit") and texts[2] == "C. Staff security arrangements"
    assert texts[3].startswith("7. Contributions to the field") and texts[5].startswith("8. The reserve")
    assert len(texts) == 7


def test_two_runs_of_labels_printed_one_after_the_other_open_their_texts_in_turn():
    """pdfminer: the margin's labels of a page as one column (``D.`` / ``21.`` / ``A.`` / ``22.``), the section
    letters starting afresh under a chapter whose heading was printed with its numeral among the texts
    (``V.  STAFFING``): the first run's labels open the first texts, the second's the texts after them, the
    chapter's heading passed over."""
    from iomparse.reading_order import paragraph_number_column

    page = _page(
        "D.",
        "",
        "21.",
        "",
        "A.",
        "",
        "22.",
        "",
        "Premises",
        "",
        "The lease of the Headquarters building was renewed for ten years on terms close to those of the",
        "previous agreement, the host State continuing to meet a share of the rent.",
        "",
        "V.  STAFFING",
        "",
        "Posts at Headquarters",
        "",
        "The number of posts funded from the Administrative Part remained unchanged at 212, of which",
        "88 are in the Professional category and above.",
    )
    texts = _texts(paragraph_number_column(page))
    assert texts[0] == "D. Premises" and texts[1].startswith("21. The lease")
    assert texts[3] == "V.  STAFFING" and texts[4] == "A. Posts at Headquarters"
    assert texts[5].startswith("22. The number of posts")


def test_labels_after_their_texts_give_the_last_to_the_lead_in_printed_after_them_over_its_list():
    """pdfminer: a heading and a paragraph, their labels and the next paragraph's as a column (``C.`` / ``14.``
    / ``15.``), then that paragraph, one line leading in to a list (``… as follows:`` / ``(a)`` / ``(b)``): the
    first two labels open the texts above, the last the lead-in."""
    page = _page(
        "Travel and meetings",
        "",
        "Duty travel is budgeted at CHF 1,204,000, a reduction of 3 per cent that reflects the wider use of",
        "videoconferencing for meetings between Headquarters and the regional offices.",
        "",
        "C.",
        "",
        "14.",
        "",
        "15.",
        "",
        "The savings are distributed as follows:",
        "",
        "(a)",
        "",
        "(b)",
        "",
        "the cost of interpretation at informal consultations, now shared with other agencies; and",
        "",
        "printing, most documents being issued in electronic form only.",
    )
    texts = _texts(labels_after_texts(page))
    assert texts[:2] == ["C. Travel and meetings", texts[1]] and texts[1].startswith("14. Duty travel")
    assert texts[3] == "15. The savings are distributed as follows:"
    assert texts[4:6] == ["(a)", "(b)"]


def test_paragraph_numbers_after_their_texts_number_them_all_with_a_heading_and_prose_after_them():
    """pdfminer: three paragraphs, their numbers as a column under them (``4.`` / ``5.`` / ``6.``), then the
    next section's heading and its own numbers over its text: the column numbers the three texts above it, and
    the heading after it takes none (a number opens no short line with no sentence)."""
    page = _page(
        "Our offices in the Sahel have doubled their staff in two years, and most of them now work from",
        "premises shared with other agencies of the United Nations system.",
        "",
        "The Administration will report to the Standing Committee in the spring on the first results of",
        "that arrangement, which has already reduced the cost of security.",
        "",
        "Partnerships with regional economic communities have grown in step with this presence, and three",
        "new cooperation agreements are ready for signature.",
        "",
        "4.",
        "",
        "5.",
        "",
        "6.",
        "",
        "Priorities for the coming year",
        "",
        "7.",
        "",
        "8.",
        "",
        "The first priority remains the safety of the staff who serve in hardship duty stations.",
    )
    texts = _texts(labels_after_texts(page))
    assert [text[:8] for text in texts[0:6:2]] == ["4. Our o", "5. The A", "6. Partn"]
    assert texts[6] == "Priorities for the coming year"


def test_roman_numerals_after_a_contents_list_number_no_title_above_it():
    """pdfminer: a contents list's numerals printed after its entries (``I.`` … ``III.``), the cover's note
    after them: no paragraph number among them, so the title and the contents heading above take none."""
    page = _page(
        "PROGRAMME AND BUDGET FOR 2031",
        "",
        "TABLE OF CONTENTS",
        "",
        "INTRODUCTION . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 1",
        "",
        "ADMINISTRATIVE PART . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 2",
        "",
        "OPERATIONAL PART . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 4",
        "",
        "I.",
        "",
        "II.",
        "",
        "III.",
        "",
        "This document is submitted to the Standing Committee on Programmes and Finance at its Sixtieth Session,",
        "to be held on 29 and 30 October 2030, for review.",
    )
    texts = _texts(labels_after_texts(page))
    assert texts[0] == "PROGRAMME AND BUDGET FOR 2031" and texts[1] == "TABLE OF CONTENTS"


def test_two_columns_of_numbers_after_their_texts_on_one_page_each_number_their_own_past_a_table():
    """pdfminer: a paragraph, a heading, a paragraph and their labels (``4.`` / ``B.`` / ``5.``), then a
    paragraph, a table under its caption (a column's heading over three lines, ``Number`` / ``of posts`` /
    ``funded``, among its blocks) and two paragraphs, and their numbers (``6.`` / ``7.`` / ``8.``) at the
    page's foot: each column numbers its own texts, the second those past the first's, the table passed
    over."""
    page = _page(
        "The Administrative Part is proposed at CHF 56,100,000, the level approved for the current year, in line",
        "with the policy of zero nominal growth reaffirmed by the Council.",
        "",
        "Conversion of posts",
        "",
        "Within that level, the Administration proposes to convert three temporary posts into regular posts,",
        "whose functions have proved to be of a continuing nature.",
        "",
        "4.",
        "",
        "B.",
        "",
        "5.",
        "",
        "The posts concerned are shown by grade in Table 3, together with the number funded at present from",
        "the Operational Support Income of the Organization.",
        "",
        "Table 3 – Posts proposed for conversion",
        "",
        "P-4",
        "P-3",
        "",
        "Number",
        "of posts",
        "funded",
        "",
        "2",
        "1",
        "",
        "The conversion would be met within the approved level by the savings made on rented premises, and it",
        "would leave the number of posts funded from the Administrative Part unchanged.",
        "",
        "The Standing Committee is invited to recommend the conversion to the Council for approval, with the",
        "Administrative Part as proposed.",
        "",
        "6.",
        "",
        "7.",
        "",
        "8.",
    )
    texts = _texts(labels_after_texts(page))
    opened = [text[:12] for text in texts if text[:1].isdigit() and ". " in text[:4]]
    assert opened == ["4. The Admin", "5. Within th", "6. The posts", "7. The conve", "8. The Stand"]
    assert "B. Conversion of posts" in texts and "Number" in texts


def test_an_annex_label_repeated_atop_a_later_page_opens_no_header_for_the_names_under_it():
    """pdfminer: ``S/52/4`` / ``Annex`` / ``Page 2`` atop the annex's second page, then a table's row labels
    a box each (``Kenya``, ``Lesotho`` … ``TOTAL``): the annex's label there is its running header, so the names
    under it are no header's place lines (unclassified), but the annex's text."""
    text = (
        "S/52/4\n\nOriginal: English\n\n3 May 2042\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "Fifty-second Session\n\nSCALE OF ASSESSMENT FOR 2043\n\n"
        "1.\nThe proposed scale is set out in the Annex.\n\n"
        "\fS/52/4\nAnnex\nPage 1\n\nPROPOSED SCALE OF ASSESSMENT FOR 2043\n\n(in percentages)\n\n"
        "Member State\n\nAlgeria\n\nAngola\n\n0.1402\n\n0.0103\n\n"
        "\fS/52/4\nAnnex\nPage 2\n\nKenya\n\nLesotho\n\nMexico\n\nNorway*\n\nTOTAL\n\n"
        "0.0244\n\n0.0010\n\n1.2911\n\n–\n\n"
        "*\n\nAdmitted to membership at the 121st Session of the Council (November 2041).\n"
    )
    document = iomparse.parse(text)
    assert "unclassified" not in diagnostic_codes(document)
    assert len(document.annexes) == 1


def test_a_late_paragraph_number_goes_before_a_first_line_broken_off_on_the_before_a_name():
    """pdfminer prints a paragraph's first line, then its number, then the rest: the first line broken off on
    ``The`` (``… in 51 countries. The`` / ``9.`` / ``Organization trained …``) ends no sentence though the next
    line opens with a capital (a name's), so it is the paragraph's first line, not a heading under the
    section's label right above it."""
    from iomparse.reading_order import late_paragraph_numbers

    page = _page(
        "8.",
        "Return and reintegration programmes enabled some 30,000 migrants to go home from 60 host",
        "countries, most of them in Europe; about one third of them received reintegration support",
        "in the form of vocational training, small business grants or referral to local services.",
        "",
        "B.",
        "",
        "Border management projects were carried out in 51 countries in the course of the year. The",
        "",
        "9.",
        "Organization trained some 4,000 officials and helped governments to modernize their systems.",
    )
    texts = _texts(late_paragraph_numbers(page))
    assert texts[5].startswith("9. Border management projects") and "9." not in texts


def test_a_section_label_alone_does_not_take_a_paragraph_printed_with_its_own_number():
    """pdfminer: a heading, its section label under it (``B.``), then ``17. Table 5 distributes …``: the label
    is not joined to a paragraph that has its own number, which stays a numbered paragraph."""
    text = (
        "MC/2200\n\nOriginal: English\n\n1 October 2006\n\nNINETY-SECOND SESSION\n\nPROGRAMME AND BUDGET FOR 2007\n\n"
        "16. Any discretionary income received in excess of the estimate will be reported in the Summary\n"
        "Update and allocated in consultation with Member States.\n"
        "Operational Part of the Budget by service area\nB.\n\n"
        "17. Table 5 distributes the Operational Part of the Budget among the service areas of the\n"
        "Organization. General Programme Support covers the field and Headquarters functions.\n"
    )
    document = iomparse.parse(text)
    numbered = [block.num for block in document.body if isinstance(block, Paragraph) and block.num]
    assert numbered == ["16", "17"]


def test_a_lists_last_two_items_run_together_under_their_letters_are_cut_where_an_item_ends():
    """pdfminer: the letters of a list's last items (``(c)`` / ``(d)``), then their texts in one block, the
    first ending ``; and`` on a line of its own, then a paragraph: the second letter opens the line after
    ``; and``, not the paragraph after the block."""
    from iomparse.reading_order import paragraph_number_column

    page = _page(
        "The Working Group recommends that the Standing Committee:",
        "",
        "(a)",
        "",
        "(b)",
        "",
        "take note of the present report;",
        "",
        "request the Administration to report on the use of unearmarked funding;",
        "",
        "(c)",
        "",
        "(d)",
        "",
        "encourage Member States to provide unearmarked contributions on a multi-year basis; and",
        "extend the mandate of the Working Group until the end of 2031.",
        "",
        "The Working Group also recommends that its report be transmitted to the Council at its next session,",
        "together with any comments that the Standing Committee may wish to make.",
    )
    texts = _texts(paragraph_number_column(page))
    assert "(c) encourage Member States to provide unearmarked contributions on a multi-year basis; and" in texts
    assert "(d) extend the mandate of the Working Group until the end of 2031." in texts
    assert texts[-2].startswith("The Working Group also recommends")


def test_footnote_numbers_printed_apart_are_found_beside_a_tables_column_of_small_figures():
    """Plain pdftotext: a table's column of small figures alone on their lines (``4`` / ``9`` / ``3`` …, some
    repeated) and, at the page's foot, the notes' numbers ``1`` / ``2`` printed apart from their bodies: the
    run that counts on by one is the notes', and each body gets its number."""
    from iomparse.reading_order import note_number_column

    page = _page(
        "Region",
        "",
        "4",
        "9",
        "3",
        "9",
        "3",
        "",
        "Requests from governments now combine several elements, which calls for a coherent approach.1",
        "",
        "The resources available for this work nevertheless remain largely earmarked to projects.2",
        "",
        "1",
        "",
        "2",
        "",
        "An internal review of 41 projects completed between 2028 and 2031 found that those combining advice",
        "with training met their objectives more often.",
        "Resolution No. 1052 of 29 November 2031 on the strategic orientation of the Organization.",
    )
    texts = _texts(note_number_column(page))
    assert (
        "1 An internal review of 41 projects completed between 2028 and 2031 found that those combining advice" in texts
    )
    assert "2 Resolution No. 1052 of 29 November 2031 on the strategic orientation of the Organization." in texts
    assert texts.count("9") == 2 and "1" not in texts


def test_a_tables_last_figure_beside_a_label_is_not_put_again_before_a_note_given_its_number():
    """A table's last small figure (``4``) alone right over a paragraph's number (``8.``), a marker ``4`` in
    the text, and the notes' bodies at the page's foot already given their numbers (``3 Short-term …`` /
    ``4 See the Report …``): the figure is not taken for a note's number printed apart and put before the
    body again (``4 4 See …``)."""
    from iomparse.layout import _place_displaced_note_numbers

    page = _page(
        "Grade",
        "P-5",
        "4",
        "",
        "8.",
        "Posts funded from the Operational Part are not shown above; they vary with the projects and are",
        "reported each year to the Council.4 At 1 September 2043 they numbered 318 officials.",
        "",
        "3 Short-term replacement of staff on extended sick leave and language services during sessions.",
        "",
        "4 See the Report of the Director General on the work of the Organization for the year 2042.",
    )
    assert _place_displaced_note_numbers(page) == page


def test_an_items_title_broken_off_over_a_blank_line_goes_on_with_its_last_words():
    """pdfminer prints an agenda item's wrapped title a blank line apart (``(b) Application by the Arab Network
    for`` / blank / ``Human Rights``): a few words under a line broken off on a word nothing ends on are its end,
    not a heading of their own."""
    text = (
        "C/141/1\n\nOriginal: English\n\n10 October 2050\n\nCOUNCIL\n\n141st Session\n\nPROVISIONAL AGENDA\n\n"
        "1. Admission of observers\n\n"
        "(a) Application by the Pacific Islands Forum Secretariat\n\n"
        "(b) Application by the Arab Network for the Protection of\n\nHuman Rights\n\n"
        "2. Reports of the Standing Committee on Programmes and\n\nFinance\n\n"
        "3. Closure of the session\n"
    )
    document = iomparse.parse(text)
    assert not headings_of(document)
    texts = [block_text(block) for _, block in iomparse.paths.walk(document) if block_text(block)]
    assert "Application by the Arab Network for the Protection of Human Rights" in texts
    assert "Reports of the Standing Committee on Programmes and Finance" in texts


def test_a_marker_printed_alone_a_blank_line_under_its_line_marks_it_and_says_so():
    """pdfminer prints a raised marker as a box of its own between two lines of its clause, a blank line
    above it (``… small island States for`` / blank / ``1`` / ``which labour mobility …``): the note is
    anchored in that clause, the marker at the end of the line above, and the document says so."""
    text = (
        "MC/L/1326\n\nOriginal: English\n\n22 November 2013\n\n103RD SESSION\n\nDRAFT RESOLUTION\n\n"
        "OBSERVER STATUS FOR THE ORGANIZATION OF EASTERN CARIBBEAN STATES\n\nThe Council,\n\n"
        "Having received the request of the Organization of Eastern Caribbean States,\n\n"
        "Noting that the Organization of Eastern Caribbean States groups small island States for\n\n1\n"
        "which labour mobility and the engagement of diasporas are matters of growing importance,\n\n"
        "Resolves:\n\n1.\n\nTo grant the Organization the status of observer.\n\n"
        "__________\n1\n\nThe Organization brings together seven full members and two associate members.\n"
    )
    document = iomparse.parse(text)
    assert [(f.marker, f.anchor) for f in document.footnotes] == [("1", "res_1/preamble_2")]
    assert "small island States for¹ which labour" in " ".join(iomparse.to_text(document).split())
    assert diagnostic_codes(document)["marker-between-lines"] == "info"


def test_an_operative_clauses_number_printed_after_a_first_line_that_a_symbol_goes_on_from_is_put_before_it():
    """pdfminer prints an operative clause's number after its first line (``… under the symbol`` / ``2.`` /
    ``MC/2386/Rev.1.``): a document's symbol under the number goes on with the sentence that line broke off, so
    the line is the clause's first, no heading, though it is short of the notes' longer lines on the page."""
    text = (
        "MC/L/1326\n\nOriginal: English\n\n22 November 2013\n\n103RD SESSION\n\nDRAFT RESOLUTION\n\n"
        "REPORT ON THE 102ND SESSION OF THE COUNCIL\n\nThe Council,\n\n"
        "Having considered the draft report on its 102nd Session, held in Geneva on 18 June\n\n2013 (MC/2386),\n\n"
        "Taking note of the corrections communicated to the Rapporteur by delegations before\n\n"
        "the opening of the present session,\n\n"
        "__________\n1\n\nThe Organization of Eastern Caribbean States brings together Antigua and Barbuda, Dominica,"
        " Grenada,\nMontserrat, Saint Kitts and Nevis, Saint Lucia and Saint Vincent and the Grenadines as full "
        "members, with\nAnguilla and the British Virgin Islands as associate members.\n\nMC/L/1326\nPage 3\n\n"
        "Approves the report on its 102nd Session contained in document MC/2386, as\n\n1.\ncorrected;\n\n"
        "Requests the Administration to issue the approved report under the symbol\n\n2.\nMC/2386/Rev.1.\n"
    )
    document = iomparse.parse(text)
    assert headings_of(document) == []
    (resolution,) = document.body
    assert [block_text(clause) for clause in resolution.operative] == [
        "Approves the report on its 102nd Session contained in document MC/2386, as corrected;",
        "Requests the Administration to issue the approved report under the symbol MC/2386/Rev.1.",
    ]


def test_a_paragraph_number_printed_under_a_first_line_ending_a_name_with_a_comma_goes_before_it():
    """pdfminer prints a paragraph's number under its first line, which breaks off in a list of names after
    a colon (``… attended:¹ Afghanistan, Algeria,`` / ``2.`` / ``Angola, …``): the list goes on under the
    number, though the next name opens with a capital, and the line is no salutation; it is the paragraph's
    first, though short of the notes' longer lines on the page."""
    text = (
        "S/19/12\n\nOriginal: English\n\n21 November 2016\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "Nineteenth Session\n\nREPORT ON THE NINETEENTH SESSION\n\nIntroduction\n\n"
        "1.\nThe Standing Committee held its Nineteenth Session at the Centre International de Conférences\n"
        "Genève on 1 and 2 November 2016, under the chairmanship of H.E. Mr Tomás Elgueta Ríos (Chile).\n\n"
        "Delegations  from  the  following  Member  States  attended:1  Afghanistan,  Algeria,\n2.\n"
        "Angola,  Argentina,  Armenia,  Australia,  Austria,  Bangladesh,  Belgium,  Brazil,  Burkina  Faso,\n"
        "Zambia and Zimbabwe.\n\n"
        "1  The names of the individual representatives appear in the list of participants issued as document "
        "S/19/13.\n"
    )
    document = iomparse.parse(text)
    (section,) = document.body
    paragraphs = [(b.num, block_text(b)[:22]) for b in section.children if isinstance(b, Paragraph)]
    assert paragraphs == [("1", "The Standing Committee"), ("2", "Delegations from the f")]


def test_note_numbers_printed_as_a_column_below_a_tables_small_figures_are_the_notes_numbers():
    """pdfminer prints a page's note numbers as a column (``4`` / ``5``) over their bodies, each body a block
    of its own; a table's figures alone on their lines above them (``24`` / ``31``) are no notes' numbers, and
    do not keep the column from being read."""
    text = (
        "MC/INF/305\n\nOriginal: English\n\n14 November 2011\n\n100TH SESSION\n\n"
        "MIGRANTS AND THE LABOUR MARKETS OF TOMORROW\n\n"
        "Table 1: Working-age population by region (millions)\n\nRegion\n\n2010\n\n2030\n\nAfrica\n\nEurope\n\n"
        "232\n\n24\n\n252\n\n31\n\n"
        "7.\nMany countries of destination have no procedure for assessing qualifications obtained abroad.4\n\n"
        "8.\nParticipants cited arrangements among States that recognize each other's qualifications.5\n\n"
        "4\n\n5\n\n"
        "The workshop discussions are summarized in the report of the Chair. For the earlier debate on labour\n"
        "migration in times of economic crisis, see document MC/INF/299, paragraphs 14 to 21.\n\n"
        "Participants cited arrangements among States members of the Southern Common Market (MERCOSUR) and\n"
        "within the Association of Southeast Asian Nations (ASEAN).\n"
    )
    document = iomparse.parse(text)
    notes = {note.marker: (note.anchor, block_text(note)[:16]) for note in document.footnotes}
    assert notes == {"4": ("para_7", "The workshop dis"), "5": ("para_8", "Participants cit")}


def test_a_paragraphs_first_line_printed_after_the_rest_of_it_goes_back_under_its_number():
    """pdfminer may print a paragraph's first line, a full justified line, after the rest (``7.`` / ``request
    for assistance … Administration:`` / blank / ``For the governments concerned, … in almost every`` /
    blank / ``(a)``): the line goes back under the number, and the list after it is the paragraph's (weak,
    said so)."""
    text = (
        "MC/INF/283\n\nOriginal: English\n\n1 November 2006\n\nNINETY-SECOND SESSION\n\n"
        "IOM AND LABOUR MIGRATION\n\nI.\n\nINTRODUCTION\n\n"
        "6.\nDemographic ageing in many industrialized countries, together with persistent shortages of\n"
        "skilled and unskilled labour, will keep the demand for migrant workers high in coming decades.\n\n"
        "7.\nrequest for assistance received by the Administration:\n\n"
        "For the governments concerned, these trends raise three sets of questions, which recur in almost every\n\n"
        "(a)\n\n(b)\n\n"
        "how to match the supply of workers with verified labour market needs, in numbers and in skills;\n\n"
        "how to protect the rights and welfare of migrant workers throughout the migration cycle.\n\n"
        "8.\nLabour migration has become one of the fastest-growing areas of the Organization's work, with\n"
        "projects in more than 70 countries in 2006.\n"
    )
    document = iomparse.parse(text)
    (section,) = document.body
    seven = next(b for b in section.children if isinstance(b, Paragraph) and b.num == "7")
    assert block_text(seven).startswith("For the governments concerned, these trends raise three sets of questions")
    assert [item.label for item in seven.children] == ["(a)", "(b)"]
    assert diagnostic_codes(document)["first-line-printed-after"] == "info"


def test_a_full_line_ending_the_page_under_a_paragraph_in_lower_case_stays_where_it_is():
    """A full line broken off at the page's end may go on overleaf (a text of its own): it is not taken for
    the first line of the paragraph above it, whose text opens in lower case."""
    text = (
        "MC/INF/283\n\nOriginal: English\n\n1 November 2006\n\nNINETY-SECOND SESSION\n\n"
        "IOM AND LABOUR MIGRATION\n\nI.\n\nINTRODUCTION\n\n"
        "6.\nDemographic ageing in many industrialized countries, together with persistent shortages of\n"
        "skilled and unskilled labour, will keep the demand for migrant workers high in coming decades.\n\n"
        "7.\nrequest for assistance received by the Administration.\n\n"
        "For the governments concerned, these trends raise three sets of questions, which recur in almost every\n"
    )
    document = iomparse.parse(text)
    (section,) = document.body
    seven = next(b for b in section.children if isinstance(b, Paragraph) and b.num == "7")
    assert block_text(seven).startswith("request for assistance")
    assert "first-line-printed-after" not in diagnostic_codes(document)


def test_a_late_number_goes_before_a_first_line_pdfminer_parted_in_pieces():
    """pdfminer parts a justified first line in boxes: its opening words alone (``Most speakers supported``),
    then the number, then the rest of the line in lower case; or the opening words, a second piece in lower
    case right over the number, then the rest. Either way the number goes before the opening words, the
    pieces kept in order, and no piece reads as a heading."""
    from iomparse.reading_order import late_paragraph_numbers

    once = _page(
        "GENERAL DEBATE",
        "",
        "Most speakers supported",
        "",
        "7.",
        "the proposal to hold the next session in a hybrid format, provided that",
        "interpretation into the three working languages remained available throughout.",
    )
    assert _texts(late_paragraph_numbers(once))[1:3] == [
        "7. Most speakers supported",
        "the proposal to hold the next session in a hybrid format, provided that",
    ]
    twice = _page(
        "The Committee took note of the report.",
        "",
        "In reply, the Administration stated",
        "",
        "that the review of field structures would",
        "12.",
        "be completed before the end of the year and its findings shared with Member States.",
    )
    assert _texts(late_paragraph_numbers(twice))[1:4] == [
        "12. In reply, the Administration stated",
        "that the review of field structures would",
        "be completed before the end of the year and its findings shared with Member States.",
    ]


def test_a_heading_under_its_label_is_no_first_line_in_pieces():
    """``(b)`` / ``Appointment of the External Auditor`` / ``9.`` / text in lower case: the line under an item's
    or a section's label is its heading, not the opening words of the paragraph whose number follows (its
    first line was printed elsewhere); nor is a piece after a line broken off (``… the report of``)."""
    from iomparse.reading_order import late_paragraph_numbers

    labelled = _page(
        "(b)",
        "",
        "Appointment of the External Auditor",
        "",
        "9.",
        "of the Organization for the financial years 2025 and 2026, as proposed in document S/61/7.",
    )
    assert late_paragraph_numbers(labelled) == labelled
    broken_off = _page(
        "The Chairperson of the Standing Committee introduced the report of",
        "",
        "The Working Group",
        "",
        "4.",
        "on budget reform, which had met six times since the previous session of the Committee.",
    )
    assert late_paragraph_numbers(broken_off) == broken_off


def test_a_heading_under_an_items_label_keeps_a_late_paragraph_number_off_it():
    """``(a)`` / ``Status of contributions … Budget`` / ``27.`` / ``The Administration reported …``: the number
    is the next paragraph's, printed over its own first line; the full line under the item's label is the
    sub-heading, not that paragraph's first line (as under a section's ``A.``)."""
    from iomparse.reading_order import late_paragraph_numbers

    page = _page(
        "(a)",
        "",
        "Status of assessed contributions outstanding to the Administrative Part of the Budget",
        "",
        "27.",
        "The Administration reported that contributions outstanding had fallen by one fifth since",
        "the previous session, thanks to payments received from eleven Member States.",
    )
    assert late_paragraph_numbers(page) == page


def test_a_note_broken_off_on_resolution_no_goes_on_after_the_blank_line():
    """pdfminer prints a note's lines a blank line apart: ``… welcomed by the Council in Resolution No.`` /
    blank / ``1310 of 24 November 2015.``: the full stop of ``No.`` ends no sentence, so the number's line is
    the note's, not a paragraph of the text (a column's heading ``Resolution No.`` alone stays one)."""
    from iomparse.reading_order import ends_on_initial

    text = (
        "MC/2413\n\n7 December 2034\n\n125TH SESSION\n\nSTATEMENT BY THE DELEGATION OF NORVALIA\n\n"
        "Madam Chairperson,\n\n"
        "My delegation welcomes the Migration Governance Framework and its use across the Organization.1\n\n"
        "__________________\n\n"
        "1 Migration Governance Framework (C/106/40), welcomed by the Council in Resolution No.\n\n"
        "1310 of 24 November 2015.\n\n"
        "\fMC/2413\n\nPage 2\n\n"
        "We thank the Administration for its report.\n"
    )
    document = iomparse.parse(text)
    (note,) = document.footnotes
    assert block_text(note).endswith("Resolution No. 1310 of 24 November 2015.")
    assert ends_on_initial("… welcomed by the Council in Resolution No.")
    assert ends_on_initial("in Resolution No.")  # (a short line going on in lower case: no column's heading)
    assert not ends_on_initial("Resolution No.")
