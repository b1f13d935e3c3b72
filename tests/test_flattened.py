"""Flattened text (a page per line, as web viewers give it): lines found where the conventions say they begin."""

from __future__ import annotations

from conftest import headings_of, plain, tables_of

import iomparse
from iomparse.flattened import is_flattened, split_flattened
from iomparse.model import Paragraph, Section, inline_text
from iomparse.source import split_lines

FILLER = "The delegations underlined the value of the consultations held during the year. " * 4

COVER = (
    "C/120/7 Original: English 3 December 2030 COUNCIL 120th Session REPORT ON THE 119TH SESSION OF THE COUNCIL* "
    "Geneva 25 to 27 November 2029 Rapporteur: Mr T. Okafor (Nigeria) __________ * This report was approved by "
    "the Council at its 120th Session through Resolution No. 1450 of 3 December 2030. COUNCIL CONSEIL CONSEJO"
)
PAGE_1 = (
    "C/120/7 Page 1 Opening of the session 1. The Council met in Geneva, as decided at its previous session, "
    "and heard the outgoing Chairperson. " + FILLER + "2. As set out in paragraph 1. The Council then turned to "
    "its agenda. Attendance 3. The following Member States were represented:1 Albania, Belize and Chad. "
    "1 The list of participants is in document C/120/INF/2."
)
PAGE_2 = (
    "C/120/7 Page 2 4. The Council approved the report. " + FILLER + "Closure of the session 5. The Chairperson "
    "closed the session on 27 November 2029. " + FILLER
)


def flattened_report() -> str:
    return "\n".join([COVER, PAGE_1, PAGE_2]) + "\n"


def test_a_page_per_line_is_flattened_text_and_converter_text_is_not():
    assert is_flattened(split_lines(flattened_report()))
    converter = "C/120/7\nOriginal: English\n\n" + "\n\n".join(f"{n}. {FILLER}" for n in range(1, 6)) + "\n"
    assert not is_flattened(split_lines(converter))


def test_the_cover_fields_each_get_a_line():
    pieces = [line.text for line in split_flattened(split_lines(COVER + "\n"))]
    assert pieces[:8] == [
        "C/120/7",
        "Original: English",
        "3 December 2030",
        "COUNCIL",
        "120th Session",
        "REPORT ON THE 119TH SESSION OF THE COUNCIL*",
        "Geneva",
        "25 to 27 November 2029",
    ]


def test_a_flattened_report_reads_as_its_lines_would():
    document = iomparse.parse(flattened_report())
    meta = document.meta
    assert (str(meta.symbol), meta.date.isoformat(), meta.session.number, meta.kind) == (
        "C/120/7",
        "2030-12-03",
        120,
        "report",
    )
    assert meta.title == "REPORT ON THE 119TH SESSION OF THE COUNCIL"
    assert (meta.place, str(meta.meeting.start), meta.rapporteur) == ("Geneva", "2029-11-25", "Mr T. Okafor (Nigeria)")
    sections = [block for block in document.body if isinstance(block, Section)]
    assert [inline_text(section.heading) for section in sections] == [
        "Opening of the session",
        "Attendance",
        "Closure of the session",
    ]
    numbers = [b.num for _, b in iomparse.paths.walk(document) if isinstance(b, Paragraph) and b.num]
    assert numbers == ["1", "2", "3", "4", "5"], "a number out of sequence inside a sentence breaks no line"
    assert [(note.marker, note.anchor) for note in document.footnotes] == [("1", "para_3")]
    assert {"flattened-text"} <= {d.code for d in document.diagnostics}


def test_a_rules_label_its_caption_and_its_text_are_three_lines():
    page = (
        "II – SESSIONS Rule 1 Place of sessions Sessions shall be held at the seat of the Organization. "
        + FILLER
        + "Rule 2 Notice of sessions The Director General shall give notice of each session. "
        + FILLER
    )
    pieces = [line.text for line in split_flattened(split_lines(page + "\n"))]
    assert pieces[:4] == [
        "II – SESSIONS",
        "Rule 1",
        "Place of sessions",
        "Sessions shall be held at the seat of the Organization. " + FILLER.strip(),
    ]
    assert pieces[4:6] == ["Rule 2", "Notice of sessions"]


def test_a_covers_session_line_over_its_symbol_opens_the_cover_as_the_1990s_print_it():
    """A 1990s cover, its session line first: the fields and title are the cover's all the same."""
    cover = (
        "SEVENTY-SECOND SESSION MC/1866 Original: English 2 October 1996 REPORT ON THE FINANCIAL SITUATION "
        "__________ This document is submitted to the Council for information. COUNCIL CONSEIL CONSEJO"
    )
    page = "MC/1866 Page 1 1. The financial situation improved during the year. " + FILLER * 2
    meta = iomparse.parse(cover + "\n" + page + "\n").meta
    assert (str(meta.symbol), meta.date.isoformat(), meta.session.number, meta.title) == (
        "MC/1866",
        "1996-10-02",
        72,
        "REPORT ON THE FINANCIAL SITUATION",
    )


def test_a_rules_caption_ends_where_its_text_opens_with_a_drafting_phrase():
    """``Subject to``, ``All``, ``Notwithstanding`` open a rule's text as ``The`` does: the caption ends there."""
    page = (
        "Rule 1 Procedural motions Subject to Article 7, the following motions shall have precedence. "
        + FILLER
        + "Rule 2 Elections All elections shall be held by secret ballot. "
        + FILLER
    )
    pieces = [line.text for line in split_flattened(split_lines(page + "\n"))]
    assert pieces[:3] == [
        "Rule 1",
        "Procedural motions",
        "Subject to Article 7, the following motions shall have precedence. " + FILLER.strip(),
    ]
    assert pieces[3:5] == ["Rule 2", "Elections"]


def test_an_annex_reproducing_another_document_opens_its_page_and_keeps_its_numbering():
    annex = (
        "C/120/7 Annex Annex MC/1990 Original: English 4 May 1999 SEVENTY-SEVENTH SESSION "
        "MIGRATION AND DEVELOPMENT IN PRACTICE (Extract) IV. CONCLUSIONS 31. The Administration will report "
        "again. " + FILLER + "32. The Council is invited to take note. " + FILLER
    )
    document = iomparse.parse("\n".join([COVER, PAGE_1, PAGE_2, annex]) + "\n")
    (reproduced,) = document.annexes
    assert reproduced.label == "Annex"
    assert str(reproduced.meta.symbol) == "MC/1990"
    assert reproduced.meta.title == "MIGRATION AND DEVELOPMENT IN PRACTICE"
    assert reproduced.meta.subtitle == "(Extract)"
    numbers = [b.num for b in iomparse.model.iter_blocks(reproduced.body) if isinstance(b, Paragraph)]
    assert numbers == ["31", "32"]


def test_a_statements_header_run_together_gets_its_fields_and_the_salutation_opens_the_text():
    """No symbol: the delegation's letterhead, the title, the meeting, the speaker and the date run together on
    the first line; the salutation opens the next page's line, and the speaker turns to the chair again after
    a sentence later on."""
    text = (
        "Permanent Mission of the Kingdom of Lesotho in Geneva STATEMENT BY THE KINGDOM OF LESOTHO "
        "118th Session of the Council Agenda item 11: General debate Statement by: Ms P. Mokoena, Counsellor "
        "28 November 2027 Check against delivery\n"
        "Madam President, Excellencies, dear colleagues, Lesotho joins others in welcoming the new Members. "
        + FILLER
        + "Madam President, We thank the Administration for its report on the budget. "
        + FILLER
        + "\n"
    )
    document = iomparse.parse(text)
    meta = document.meta
    assert (meta.kind, meta.title, meta.speaker) == (
        "statement",
        "STATEMENT BY THE KINGDOM OF LESOTHO",
        "Ms P. Mokoena, Counsellor",
    )
    assert (meta.session.number, meta.date.isoformat()) == (118, "2027-11-28")
    texts = [inline_text(block.content) for block in document.body if isinstance(block, Paragraph)]
    assert texts[0].startswith("Lesotho joins others"), "the salutation is not the text"
    assert texts[-1].startswith("We thank"), "the salutation again, after a sentence, apart from the text"


def test_a_title_with_its_notes_star_and_a_subtitle_of_several_words_in_parentheses_are_two_lines():
    """A flattened cover: ``DRAFT RESOLUTIONS* (Prepared by the Secretariat)`` is the title, its ``*`` kept,
    then the subtitle; a title naming draft resolutions makes the document a set of drafts, though its
    introduction holds a list; the note the title's ``*`` marks, after the rule over the page's notes, is
    the cover's note, not the list's last words."""
    cover = (
        "C/121/L/2 and C/121/L/3 Original: English 5 November 2031 COUNCIL 121st Session "
        "DRAFT RESOLUTIONS* (Prepared by the Secretariat)"
    )
    pieces = [line.text for line in split_flattened(split_lines(cover + "\n"))]
    assert pieces[-2:] == ["DRAFT RESOLUTIONS*", "(Prepared by the Secretariat)"]
    body = (
        f" {FILLER}{FILLER}The drafts are: • C/121/L/2 – Scale of assessment; and • C/121/L/3 – Budget. "
        "__________ * The drafts take account of the consultations held in October 2031."
    )
    document = iomparse.parse(cover + "\n" + body.strip() + "\n")
    assert (document.meta.title, document.meta.subtitle, document.meta.kind) == (
        "DRAFT RESOLUTIONS",
        "(Prepared by the Secretariat)",
        "draft_resolutions",
    )
    assert [note[:20] for note in document.meta.notes] == ["The drafts take acco"]  # its rule, then * …


def test_lettered_headings_and_an_inserted_paragraph_run_together_in_a_page_are_lines_of_their_own():
    page = (
        "C/120/7 Page 1 I. FINDINGS A. Staff costs 1. "
        + FILLER
        + "2. "
        + FILLER
        + "2 bis. The Council added this paragraph at its 120th Session. B. Office costs 3. "
        + FILLER
        + "C. Travel costs 4. "
        + FILLER
    )
    document = iomparse.parse("\n".join([COVER, page]) + "\n")
    headings = [(s.num, inline_text(s.heading)) for _, s in iomparse.paths.walk(document) if isinstance(s, Section)]
    assert headings == [("I", "FINDINGS"), ("A", "Staff costs"), ("B", "Office costs"), ("C", "Travel costs")]
    numbers = [b.num for _, b in iomparse.paths.walk(document) if isinstance(b, Paragraph) and b.num]
    assert numbers == ["1", "2", "2 bis", "3", "4"]


def test_a_table_run_together_in_a_page_is_laid_out_under_its_caption_and_headings():
    """A web viewer runs a table's caption, its headings (a year a column, words after each) and its rows
    into the page: the caption and the rows are lines again, each row's label and figures cells, and the
    text after the table goes on as text."""
    page = (
        "C/120/7 Page 3 6. The costs are set out in Table 2. " + FILLER + "Table 2: Costs of the field offices "
        "(in US dollars) Office 2028 actual 2029 estimate Bangkok regional office 1,204,000 1,310,000 Dakar "
        "regional office 980,500 1,022,000 Panama regional office 760,000 (12,500) Total 2,944,500 2,319,500 "
        "7. The Council took note of the figures. " + FILLER
    )
    (table,) = tables_of(iomparse.parse("\n".join([COVER, PAGE_1, PAGE_2, page]) + "\n"))
    assert table.caption == "Table 2: Costs of the field offices (in US dollars)"
    assert [row[0] for row in table.cells if row] == [
        "Office",
        "Bangkok regional office",
        "Dakar regional office",
        "Panama regional office",
        "Total",
    ]
    assert table.cells[-1] == ("Total", "2,944,500", "2,319,500")


def test_figures_in_running_text_make_no_table():
    """Sentences with two figures after a few words, three times, are no table: each group holds words
    that run on as text (a sentence's end), not a row's label."""
    page = (
        "C/120/7 Page 3 6. In Asia the office assisted 1,204 migrants in 2028 and 1,310 in 2029. In Africa "
        "it assisted 980 in 2028 and 1,022 in 2029. In the Americas it assisted 760 and 812. " + FILLER
    )
    assert not tables_of(iomparse.parse("\n".join([COVER, PAGE_1, PAGE_2, page]) + "\n"))


def test_a_working_groups_report_run_together_keeps_its_meeting_title_headings_items_and_notes():
    """A flattened paper of a committee: the meeting's dates after the session (no place before them), the
    title repeated atop the first page of text, a section in capitals run into a heading in sentence case,
    a name's initials (``Mr. H. Berg``) that are no section letters, an item after a glued note marker
    (``…;2 (c) …``), the annex's label in the running header, and a note going on under the rule of the next
    page in lower case."""
    cover = (
        "SCPF/61 Original: English 2 April 2012 STANDING COMMITTEE ON PROGRAMMES AND FINANCE TENTH SESSION "
        "22-23 May 2012 REPORT OF THE WORKING GROUP ON GOVERNANCE __________ This report is submitted for "
        "information. STANDING COMMITTEE ON PROGRAMMES AND FINANCE"
    )
    page_1 = (
        "SCPF/61 Page 1 REPORT OF THE WORKING GROUP ON GOVERNANCE INTRODUCTION 1. The Working Group met four "
        "times. " + FILLER + "Mr. H. Berg (Norway) chaired it, and Ms. A. Diallo (Senegal) was its Rapporteur. "
        "I. FINDINGS Sessions of the governing bodies 2. The Working Group recommends that the Committee: "
        "(a) shorten its sessions;1 (b) publish its documents earlier;2 (c) hold one session a year. "
        "__________ 1 See document SCPF/55. 2 The documents are published on the website and sent by"
    )
    page_2 = (
        "SCPF/61 Page 2 3. The Committee is invited to take note of this report. " + FILLER + "__________ "
        "electronic mail to the permanent missions."
    )
    annex = "SCPF/61 Annex Page 1 ANNEX TERMS OF REFERENCE Composition 1. The Working Group is open to all."
    document = iomparse.parse("\n".join([cover, page_1, page_2, annex]) + "\n")
    assert (document.meta.title, str(document.meta.meeting.start)) == (
        "REPORT OF THE WORKING GROUP ON GOVERNANCE",
        "2012-05-22",
    )
    assert headings_of(document) == ["INTRODUCTION", "FINDINGS", "Sessions of the governing bodies", "Composition"]
    items = [
        item.label for _, block in iomparse.paths.walk(document) if isinstance(block, iomparse.Item) for item in [block]
    ]
    assert items == ["(a)", "(b)", "(c)"]
    assert [plain(inline_text(note.content)) for note in document.footnotes][1].endswith(
        "sent by electronic mail to the permanent missions."
    )
    assert [(annex.label.upper(), annex.meta.title) for annex in document.annexes] == [("ANNEX", "TERMS OF REFERENCE")]


def test_a_subtitle_in_parentheses_after_the_title_is_its_own_line_and_its_repetition_furniture():
    """``… OF THE BUDGET (as at 31 March 2011) STANDING COMMITTEE …``: the subtitle, in lower case with a date,
    is a line of its own after the title; the first page of text repeats title and subtitle, as furniture."""
    cover = (
        "SCPF/64 Original: English 12 April 2011 STANDING COMMITTEE ON PROGRAMMES AND FINANCE Eighth Session "
        "STATUS OF OUTSTANDING CONTRIBUTIONS TO THE BUDGET (as at 31 March 2011) STANDING COMMITTEE ON PROGRAMMES "
        "AND FINANCE COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"
    )
    page = (
        "SCPF/64 Page 1 STATUS OF OUTSTANDING CONTRIBUTIONS TO THE BUDGET (as at 31 March 2011) I. INTRODUCTION "
        "1. This document informs the Committee of the contributions received. " + FILLER * 2
    )
    document = iomparse.parse(cover + "\n" + page + "\n")
    assert (document.meta.title, document.meta.subtitle) == (
        "STATUS OF OUTSTANDING CONTRIBUTIONS TO THE BUDGET",
        "(as at 31 March 2011)",
    )
    assert "(as at" not in iomparse.to_text(iomparse.parse(cover + "\n" + page + "\n")).split("INTRODUCTION")[1]


def test_a_meeting_whose_days_are_named_is_the_covers_place_and_dates():
    """``Geneva Tuesday, 28 November, to Thursday, 30 November 2017``: the place, then the meeting's dates,
    each day named, as the other forms read them."""
    cover = COVER.replace("25 to 27 November 2029", "Tuesday, 25 November, to Thursday, 27 November 2029")
    document = iomparse.parse("\n".join([cover, PAGE_1, PAGE_2]) + "\n")
    meta = document.meta
    assert (meta.title, meta.place) == ("REPORT ON THE 119TH SESSION OF THE COUNCIL", "Geneva")
    assert (meta.meeting.start.isoformat(), meta.meeting.end.isoformat()) == ("2029-11-25", "2029-11-27")


def test_a_table_run_together_whose_row_labels_hold_dates_and_years_keeps_them_in_its_labels():
    """A row's label may hold a date or a year (``Received as at 31 October 2029``, ``Outstanding for 2028 and
    prior years``): they are words of the label, not figures of the row."""
    page = (
        "C/120/7 Page 3 6. The contributions are set out below. " + FILLER + "Table 1. Assessed contributions "
        "(in Swiss francs) Amount Per cent Assessed contributions for 2029 49,885,000 100.0 Received as at 31 "
        "October 2029 41,327,914 82.8 Outstanding for 2029 8,557,086 17.2 Outstanding for 2028 and prior years "
        "3,104,552 – 7. The Council took note of the figures. " + FILLER
    )
    (table,) = tables_of(iomparse.parse("\n".join([COVER, PAGE_1, PAGE_2, page]) + "\n"))
    assert [row[0] for row in table.cells if row][1:] == [
        "Assessed contributions for 2029",
        "Received as at 31 October 2029",
        "Outstanding for 2029",
        "Outstanding for 2028 and prior years",
    ]
    assert table.cells[-1] == ("Outstanding for 2028 and prior years", "3,104,552", "–")


def test_a_note_marker_set_apart_before_the_next_paragraph_numbers_the_notes_after_it():
    """A raised marker printed a space after its sentence, right before the next paragraph's number (``… each
    meeting. 2 3. In accordance …``): the note it names opens a line at the page's foot, and the notes after
    it keep their numbers (``…separately.3`` glued)."""
    page = (
        "S/40/7 Page 2 2. The papers were circulated a week before each meeting. 2 3. In accordance with the "
        "practice of the Committee, decisions were taken by consensus. " + FILLER + "4. The estimates exclude "
        "security costs, dealt with separately.3 " + FILLER + "2 The meeting of 4 June was devoted to regional "
        "offices. 3 For security costs, see the Programme and Budget (C/106/7), Part II."
    )
    cover = "S/40/7 Original: English 2 October 2030 STANDING COMMITTEE ON PROGRAMMES AND FINANCE FORTIETH SESSION"
    page_1 = "S/40/7 Page 1 1. The Working Group met seven times.1 " + FILLER + "1 See document S/38/9."
    document = iomparse.parse("\n".join([cover, page_1, page]) + "\n")
    notes = [(note.marker, plain(inline_text(note.content))[:14]) for note in document.footnotes]
    assert notes == [("1", "See document S"), ("2", "The meeting of"), ("3", "For security c")]


def test_an_adopted_resolution_run_together_keeps_its_adoption_line_and_labels_a_tab_apart_from_their_text():
    """A resolution's page run together, its heading over its adoption line in parentheses (``RESOLUTION
    No. 1422 (CX) (Adopted by the Council at …)``), and the tab after each clause's number and item's label
    left as two spaces (``1.  Decides``, ``(a)  an allocation``): the adoption line is a line of its own,
    and every clause and item still opens one."""
    text = (
        "C/110/RES/1422 Original: English 29 November 2019 COUNCIL 110th Session RESOLUTION No. 1422 (CX) "
        "(Adopted by the Council at its 587th meeting on 28 November 2019) STAFF SECURITY MECHANISM The Council, "
        "Having examined the report of the Administration on the Staff Security Mechanism (S/24/9), "
        "Bearing in mind the growing number of staff working in insecure environments, " + FILLER + "Decides:  "
        "1.  To maintain the Staff Security Mechanism in 2020, financed from: (a)  an allocation of "
        "Operational Support Income; and (b)  a charge on every project budget; "
        "2.  To request the Director General to report on its use to the Standing Committee in 2020.\n"
    )
    document = iomparse.parse(text)
    (resolution,) = [
        block for _, block in iomparse.paths.walk(document) if isinstance(block, iomparse.model.Resolution)
    ]
    assert (resolution.number, resolution.adoption.meeting, resolution.title) == (
        1422,
        587,
        "STAFF SECURITY MECHANISM",
    )
    assert [clause.num for clause in resolution.operative] == ["1", "2"]
    assert [item.label for item in resolution.operative[0].children] == ["(a)", "(b)"]


def test_lettered_sub_headings_and_a_heading_with_a_colon_run_together_are_lines_of_their_own():
    """A page run together: a heading in capitals with its lettered sub-heading right after it (``VI. ADMISSION
    OF NEW MEMBERS (a) Applications for …``), the next sub-heading after a paragraph's last sentence (``…
    the Council. (b) Applications by …``), and a heading in capitals whose title goes on after a colon
    (``IX. INTERNATIONAL DIALOGUE ON MIGRATION: PARTNERSHIPS …``), kept whole."""
    page = (
        "C/120/7 Page 3 VI. ADMISSION OF NEW MEMBERS (a) Applications for membership 1. The Council admitted "
        "two new Member States. " + FILLER + "(b) Applications by observers 2. The Council granted observer "
        "status to one organization. " + FILLER + "IX. INTERNATIONAL DIALOGUE ON MIGRATION: PARTNERSHIPS IN "
        "MIGRATION 3. The Dialogue held two panels. " + FILLER
    )
    pieces = [line.text for line in split_flattened(split_lines(COVER + "\n" + page + "\n"))]
    assert "VI. ADMISSION OF NEW MEMBERS" in pieces
    assert "(a) Applications for membership" in pieces
    assert "(b) Applications by observers" in pieces
    assert "IX. INTERNATIONAL DIALOGUE ON MIGRATION: PARTNERSHIPS IN MIGRATION" in pieces


def test_a_dialogues_statement_header_opens_with_its_organ_and_its_salutation_with_the_audience():
    """No symbol and no letterhead: the Dialogue's name, the title, the date and the speaker run together,
    closed by ``Check against delivery``; the next page opens with the salutation to the audience
    (``Excellencies, distinguished delegates, …,``). A statement, its speaker the line after the date."""
    text = (
        "INTERNATIONAL DIALOGUE ON MIGRATION WELCOMING REMARKS AT THE WORKSHOP ON MIGRANTS IN CITIES "
        "4 April 2031 The Director General Check against delivery\n"
        "Excellencies, distinguished participants, dear colleagues, It is a pleasure to open this workshop. "
        + FILLER * 2
        + "\n"
    )
    document = iomparse.parse(text)
    meta = document.meta
    assert (meta.kind, meta.organ, meta.title, meta.speaker) == (
        "statement",
        "INTERNATIONAL DIALOGUE ON MIGRATION",
        "WELCOMING REMARKS AT THE WORKSHOP ON MIGRANTS IN CITIES",
        "The Director General",
    )
    assert meta.date.isoformat() == "2031-04-04"
    texts = [inline_text(block.content) for block in document.body if isinstance(block, Paragraph)]
    assert texts[0].startswith("It is a pleasure"), "the salutation is not the text"


def test_a_statements_header_is_cut_at_its_salutation_not_at_an_address_inside_it_nor_inside_its_text():
    """``His Excellency,`` inside the header is no salutation; where no salutation follows ``Check against
    delivery``, the header ends there and ``Ladies and gentlemen,`` later in a sentence stays in it."""
    inside = (
        "STATEMENT BY His Excellency, Mr. John Smith, Minister of the Interior 113th Session of the Council "
        "30 November 2022 Check against delivery\nMr. Chair, Excellencies, It is an honour. " + FILLER * 2 + "\n"
    )
    meta = iomparse.parse(inside).meta
    assert (meta.kind, meta.session.number, meta.date.isoformat()) == ("statement", 113, "2022-11-30")
    later = (
        "STATEMENT BY THE DIRECTOR GENERAL 113th Session of the Council 30 November 2022 Check against delivery "
        "It is an honour to address you. Ladies and gentlemen, the year ahead will be hard. " + FILLER * 2 + "\n"
    )
    document = iomparse.parse(later)
    texts = [inline_text(block.content) for block in document.body if isinstance(block, Paragraph)]
    assert texts[0].startswith("It is an honour to address you. Ladies and gentlemen, the year ahead")


def test_pages_a_blank_line_apart_with_their_notes_on_lines_of_their_own_keep_each_note():
    """A web viewer that sets a blank line between pages and prints each page's notes under their rule on a
    line of their own: still flattened text (its lines run numbered paragraphs together, as no converter's
    paragraph does); each note goes with its marker on the page's text above, whether glued at the page's
    end (``… in 2029.2``) or set off by a space before a section's label (``… delegations. 1 B. …``), and
    that label still opens its section."""
    cover = "MC/INF/400 Original: English 3 November 2030 HUNDRED AND TWENTIETH SESSION COUNCIL MIGRATION AND CITIES"
    page_1 = (
        "MC/INF/400 Page 1 A. Introduction 1. Cities receive most migrants. " + FILLER + "2. The note reviews "
        "the work of the Organization with local authorities. " + FILLER + "3. It was prepared with the "
        "delegations. 1 B. Activities 4. Projects with cities grew in 2029.2"
    )
    notes_1 = "__________ 1 The consultations were held in Geneva. 2 Figures are provisional."
    page_2 = "MC/INF/400 Page 2 5. The Administration will report again. " + FILLER + "6. " + FILLER + "7. " + FILLER
    text = "\n\n".join([cover, page_1, notes_1, page_2]) + "\n"
    assert is_flattened(split_lines(text))
    document = iomparse.parse(text)
    assert [(f.marker, f.anchor, inline_text(f.content)) for f in document.footnotes] == [
        ("1", "para_3", "The consultations were held in Geneva."),
        ("2", "para_4", "Figures are provisional."),
    ]
    assert [(s.num, inline_text(s.heading)) for s in document.body if isinstance(s, Section)] == [
        ("A", "Introduction"),
        ("B", "Activities"),
    ]


def test_a_contents_entrys_page_after_a_spaced_leader_is_no_footnote_marker():
    """``I. INTRODUCTION . . . . 1 II. ATTENDANCE . . . . 1``: a page number after a leader spaced out is no
    footnote marker set apart before a section's label, so the notes keep their numbers."""
    cover = "C/120/7 Original: English 3 December 2030 COUNCIL 120th Session REPORT ON THE SESSION"
    contents = (
        "C/120/7 Page i CONTENTS Page I. INTRODUCTION . . . . . . 1 II. ATTENDANCE . . . . . . 1 "
        "III. ELECTION OF OFFICERS . . . . . . 2"
    )
    page = (
        "C/120/7 Page 1 I. INTRODUCTION 1. The Council met in Geneva.1 "
        + FILLER
        + "II. ATTENDANCE 2. "
        + FILLER
        + "__________ 1 The session was held in a hybrid format."
    )
    document = iomparse.parse("\n".join([cover, contents, page]) + "\n")
    assert [(f.marker, f.anchor) for f in document.footnotes] == [("1", "para_1")]


def test_a_summary_records_cover_gives_its_meeting_chair_and_contents_a_line_each():
    """A record's cover run together: its title, the meeting it was held at (``Held at …, on …, at …``), its
    Chairperson and its contents (item numbers and titles, no pages) each begin a line of their own, so the
    title is the title and the meeting's date is read."""
    cover = (
        "C/130/SR/2 Original: English 9 December 2039 130TH SESSION __________ DRAFT SUMMARY RECORD OF THE SECOND "
        "MEETING Held at the Palais des Nations, Geneva, on Tuesday, 29 November 2039, at 10.05 a.m. Chairperson: "
        "Ms A. Example (Chile) CONTENTS 7. General debate 8. Programme and Budget for 2040 __________ Corrections "
        "to this draft record should be submitted within two weeks. COUNCIL CONSEIL CONSEJO"
    )
    pieces = [line.text for line in split_flattened(split_lines(cover + "\n"))]
    assert pieces[5:11] == [
        "DRAFT SUMMARY RECORD OF THE SECOND MEETING",
        "Held at the Palais des Nations, Geneva, on Tuesday, 29 November 2039, at 10.05 a.m.",
        "Chairperson: Ms A. Example (Chile)",
        "CONTENTS",
        "7. General debate",
        "8. Programme and Budget for 2040",
    ]
    page = "C/130/SR/2 Page 1 GENERAL DEBATE (agenda item 7) 1. The CHAIRPERSON opened the debate. " + FILLER * 2
    meta = iomparse.parse(f"{cover}\n{page}\n").meta
    assert meta.title == "DRAFT SUMMARY RECORD OF THE SECOND MEETING"
    assert meta.meeting is not None and meta.meeting.start.isoformat() == "2039-11-29"
