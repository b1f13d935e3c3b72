"""Numbered headings in sentence case (``1.  Objectives and activities`` alone, a blank line, then prose), as the
notes to a financial report's statements print them, told from an annotated agenda's items printed alike."""

from __future__ import annotations

from conftest import diagnostic_codes, numbered_of

import iomparse
from iomparse.model import Section, inline_text, iter_blocks

COVER = "MC/2201\nOriginal: ENGLISH\n2 May 2006\n\nNINETY-SECOND SESSION\n\nFINANCIAL REPORT FOR THE YEAR 2005\n\n"

NOTES = (
    "INTRODUCTION\n\n"
    "1.\tThe Director General submits the accounts of the Organization for the year ended 31 December 2005.\n\n"
    "2.\tThe statements and the notes below are submitted to the Executive Committee for its examination.\n\n"
    "NOTES ON THE ACCOUNTS\n\n"
    "1.\tMandate of the Organization\n\n"
    "The Organization works with its Member States on the orderly and humane management of migration in many "
    "regions.\n\n"
    "2.\tAccounting principles applied\n\n"
    "The accounts follow the Financial Regulations and the common accounting standards of the United Nations.\n\n"
    "2.1\tRecognition of income\n\n"
    "Contributions are taken into income in the year for which they are due, whether or not they are paid.\n\n"
    "2.2\tForeign currencies\n\n"
    "Amounts held in other currencies are valued at the rates of exchange in force at the end of the year.\n\n"
    "3.\tCash held at banks\n\n"
    "Cash is held with banks of good standing in Geneva and in the field, on short notice in most cases.\n"
)


def test_numbered_titles_over_prose_with_decimal_notes_under_them_are_headings():
    document = iomparse.parse(COVER + NOTES)
    numbered = numbered_of(document)
    assert ("Section", "1") in numbered and ("Section", "2.1") in numbered and ("Section", "3") in numbered
    assert [number for kind, number in numbered if kind == "Paragraph"] == ["1", "2"], "the introduction's only"
    notes = next(s for s in iter_blocks(document.body) if isinstance(s, Section) and s.num == "2")
    assert [s.num for s in notes.children if isinstance(s, Section)] == ["2.1", "2.2"], "the decimals under it"
    assert diagnostic_codes(document)["heading-numbered-over-text"] == "info", "weak evidence, said"


def test_an_annotated_agendas_items_printed_alike_stay_numbered_items():
    """The same print (a numbered title alone over prose), with no decimal heading numbered from any: an
    annotated agenda's items, numbered paragraphs holding their annotations."""
    agenda = (
        "MC/2290\nOriginal: ENGLISH\n1 October 2010\n\nNINETY-NINTH SESSION\n\nANNOTATED PROVISIONAL AGENDA\n\n"
        "1.\tOpening of the session\n\n"
        "The outgoing Chairperson will open the session at 10 a.m. in the main conference room of the Palais.\n\n"
        "2.\tAdoption of the agenda\n\n"
        "The Council will be invited to adopt the provisional agenda drawn up by the Director General for it.\n"
    )
    document = iomparse.parse(agenda)
    assert [number for kind, number in numbered_of(document) if kind == "Paragraph"] == ["1", "2"]
    assert "heading-numbered-over-text" not in diagnostic_codes(document)


def test_numbered_and_decimal_titles_right_over_their_text_end_on_their_line():
    """``-layout`` text may print a note's title right over its text, no blank line between: the title's line,
    well short of the text's width, ends the heading, and the text opening with a capital under it is its own."""
    wide = (
        "{}\nThe accounts of the Organization have been kept on the accrual basis in all material respects, as in\n"
        "previous years, and the comparative figures have been presented on the same basis throughout.\n\n"
    )
    text = COVER + (
        "INTRODUCTION\n\n"
        "1.      The Director General submits the accounts of the Organization for the year ended 31 December\n"
        "2005 to the Executive Committee, which is invited to take note of them and of the notes below.\n\n"
        "NOTES ON THE ACCOUNTS\n\n"
        + wide.format("1.      Mandate of the Organization")
        + wide.format("2.      Accounting principles applied")
        + wide.format("2.1     Recognition of income")
        + wide.format("3.      Cash held at banks")
    )
    document = iomparse.parse(text)
    numbered = numbered_of(document)
    assert [number for kind, number in numbered if kind == "Section"] == ["1", "2", "2.1", "3"]
    assert [number for kind, number in numbered if kind == "Paragraph"] == ["1"]
    decimal = next(s for s in iter_blocks(document.body) if isinstance(s, Section) and s.num == "2.1")
    assert inline_text(decimal.heading) == "Recognition of income", "the text under it is not the heading's"


def test_a_numbered_title_right_over_its_first_decimal_heading_is_a_heading_too():
    """``2.  Accounting principles`` printed right over ``2.1  Recognition of income`` (no prose between): the
    decimal heading numbered from it shows it a heading, and a title holding a year (``Contributions for 2005``)
    is one as well."""
    text = COVER + (
        "NOTES ON THE ACCOUNTS\n\n"
        "1.\tMandate of the Organization\n\n"
        "The Organization works with its Member States on the orderly and humane management of migration.\n\n"
        "2.\tAccounting principles applied\n\n"
        "2.1\tRecognition of income\n\n"
        "Contributions are taken into income in the year for which they are due, whether or not they are paid.\n\n"
        "3.\tContributions for 2005\n\n"
        "Contributions received for the year are shown by Member State in the schedule attached to this report.\n"
    )
    numbered = numbered_of(iomparse.parse(text))
    assert [number for kind, number in numbered if kind == "Section"] == ["1", "2", "2.1", "3"]
    assert not [number for kind, number in numbered if kind == "Paragraph"]


def test_an_agendas_items_stay_items_though_decimal_headings_are_numbered_from_one():
    agenda = (
        "MC/2290\nOriginal: ENGLISH\n1 October 2010\n\nNINETY-NINTH SESSION\n\nANNOTATED PROVISIONAL AGENDA\n\n"
        "1.\tOpening of the session\n\n"
        "The outgoing Chairperson will open the session at 10 a.m. in the main conference room of the Palais.\n\n"
        "2.\tProgramme and Budget matters\n\n"
        "The Council will consider the documents prepared by the Administration on the budget for the year.\n\n"
        "2.1\tProgramme and Budget for 2011\n\n"
        "The Council will be invited to approve the Programme and Budget for 2011 as set out in the document.\n"
    )
    document = iomparse.parse(agenda)
    assert [number for kind, number in numbered_of(document) if kind == "Paragraph"] == ["1", "2"]
    assert "heading-numbered-over-text" not in diagnostic_codes(document)


PAPER = "SCPF/61\nOriginal: English\n4 October 2011\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\nEighth Session\n\n"
PAPER += "REVIEW OF THE STAFF SECURITY MECHANISM\n\n\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
PAPER += (
    "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES\nCOMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS\n\f"
    + "SCPF/61\nPage 1\n\n\nREVIEW OF THE STAFF SECURITY MECHANISM\n\n\n"
)
PROSE = "the Organization reviewed how the mechanism is financed and how its costs are shared among the projects."


def _counted_paper(plain: bool) -> str:
    """Numbered titles in sentence case alone over numbered paragraphs that count on across them (the first
    title and the first paragraph both ``1.``); ``plain``: as pdftotext prints them without -layout, each label
    alone under the line above, its title after a blank line (conventions §9)."""
    sections = [("1", "Purpose", ["1", "2"]), ("2", "Findings of the review", ["3", "4"]), ("3", "Next steps", ["5"])]
    text = PAPER + "Executive summary\n\nThis paper sets out what " + PROSE + "\n\n"
    for number, title, paragraphs in sections:
        text += "" if number == "1" else f"\fSCPF/61\nPage {number}\n\n"
        text += f"{number}.\n\n{title}\n\n" if plain else f"{number}.\t{title}\n\n"
        for paragraph in paragraphs:
            text += f"{paragraph}.\tIn {2000 + int(paragraph)} {PROSE}\n" + ("" if plain else "\n")
    return text


def test_numbered_titles_the_paragraphs_count_passes_over_are_headings():
    for plain in (False, True):
        document = iomparse.parse(_counted_paper(plain))
        numbered = numbered_of(document)
        assert [n for kind, n in numbered if kind == "Paragraph"] == ["1", "2", "3", "4", "5"], plain
        sections = [s for s in iter_blocks(document.body) if isinstance(s, Section)]
        titles = [(s.level, s.num, inline_text(s.heading)) for s in sections]
        assert titles == [
            (1, None, "Executive summary"),  # front matter: beside the numbered sections, not over them
            (1, "1", "Purpose"),
            (1, "2", "Findings of the review"),
            (1, "3", "Next steps"),
        ], plain
        assert diagnostic_codes(document)["heading-numbered-outside-count"] == "info", "weak evidence, said"
        assert not [d for d in document.diagnostics if d.code == "paragraph-number-gap"]


def test_a_short_numbered_paragraph_in_the_count_stays_a_paragraph():
    """``3.  Approved`` is paragraph 3 where the count goes 2, 3, 4: no title outside it."""
    text = PAPER
    for number in range(1, 6):
        text += f"{number}.\tNot applicable\n\n" if number == 3 else f"{number}.\tIn {2000 + number} {PROSE}\n\n"
    document = iomparse.parse(text)
    assert [n for kind, n in numbered_of(document) if kind == "Paragraph"] == ["1", "2", "3", "4", "5"]
    assert "heading-numbered-outside-count" not in diagnostic_codes(document)


def test_a_numbered_list_under_a_paragraph_is_no_run_of_titles():
    """``… It has two aims:`` / ``1.  Shared responsibility`` / ``2.  Cost recovery`` / ``2.  In 2002 …``: the
    count passes over both lines, but they open no section (a list's items, under a colon), so no heading."""
    text = PAPER + f"1.\tIn 2001 {PROSE} It has two aims:\n\n1.\tShared responsibility\n\n2.\tCost recovery\n\n"
    text += "".join(f"{number}.\tIn {2000 + number} {PROSE}\n\n" for number in (2, 3, 4))
    document = iomparse.parse(text)
    assert not [s for s in iter_blocks(document.body) if isinstance(s, Section)]
    assert "heading-numbered-outside-count" not in diagnostic_codes(document)


def test_a_paragraph_counting_on_that_repeats_an_earlier_line_stays_a_paragraph():
    """``4. Review of the programme of activities`` after paragraph 3 repeats a line of a list printed earlier
    without numbers: the paragraphs' count goes on (3, 4), so it is paragraph 4, no agenda item whose number
    was printed apart read again as its annotation's heading."""
    text = (
        "1. The Administration will strengthen the programme.\n\n"
        "2. The Committee will consider the following:\n\n"
        "Review of the programme of activities\n\nReview of the budget\n\n"
        "3. The Administration will strengthen the programme.\n\n"
        "4. Review of the programme of activities\n\n"
        "The Administration will strengthen the programme.\n"
    )
    assert numbered_of(iomparse.parse(text)) == [("Paragraph", n) for n in "1234"]


def test_a_numbered_lead_in_printed_earlier_without_its_number_is_no_agenda_item_repeated():
    """A line ending with a colon printed earlier unnumbered and again with a number, no paragraph counted
    before it: a lead-in, no agenda item whose number was printed apart."""
    text = (
        "The Director General reviewed the programme of activities:\n\n"
        "III. INTRODUCTION\n\n4. The Director General reviewed the programme of activities:\n\n"
        "The Administration will strengthen the programme of activities.\n"
    )
    assert numbered_of(iomparse.parse(text)) == [("Section", "III"), ("Paragraph", "4")]


def test_a_numbered_lead_in_over_items_printed_again_later_is_no_agenda_item_read_again():
    """``4. The Director General reviewed the programme:`` over items, then the same numbered line again (in a
    document reproduced after the body) over text: a paragraph's lead-in, not an agenda item listed and read
    again over its annotation, which opens with an item's title, never with a lead-in (found by the round-trip
    property)."""
    body = (
        "I. INTRODUCTION\n\n3. The Administration will strengthen the programme.\n\n"
        "4. The Director General reviewed the programme of activities:\n\n"
        "(a) to approve the programme of activities; and\n\n(b) to approve the budget.\n\n"
    )
    text = body + "MC/INF/274\n\nCOUNCIL\n\nFIRST SESSION\n\n" + body.split("(a)", maxsplit=1)[0]
    text += "The Administration will strengthen the programme.\n"
    document = iomparse.parse(text)
    assert ("Section", "4") not in numbered_of(document)


def test_unnumbered_headings_opening_a_report_before_its_roman_sections_are_their_siblings_after_them_too():
    """A session's report: unnumbered headings in sentence case (``Introduction``, ``Attendance``) before its
    first roman-numbered section, whose sections are divided by decimal headings (``I.1``); the unnumbered
    headings after the last of them (``Other business``) are its siblings, no sub-section of it."""
    text = (
        "S/73/13\nOriginal: English\n14 December 2118\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
        "Seventy-third Session\n\nREPORT ON THE SEVENTY-THIRD SESSION\n\n"
        "Introduction\n\n1.\tThe Committee held its Seventy-third Session in Geneva on 30 and 31 October 2118.\n\n"
        "Attendance\n\n2.\tThe following Member States were represented at the session, as listed below.\n\n"
        "I.\tFINANCE AND BUDGET\n\n"
        "I.1\tProgramme and Budget for 2119\n\n3.\tThe Administration introduced the budget for the year.\n\n"
        "I.2\tStatus report on outstanding contributions\n\n4.\tThe Committee took note of the report.\n\n"
        "II.\tMANAGEMENT AND OVERSIGHT\n\n"
        "II.1\tReport of the Inspector General\n\n5.\tThe Committee took note of the report of the Office.\n\n"
        "Other business\n\n6.\tNo other business was raised by the members of the Committee.\n\n"
        "Closure of the session\n\n7.\tThe Chairperson declared the session closed on 31 October 2118.\n"
    )
    document = iomparse.parse(text)
    top = [inline_text(section.heading) for section in document.body if isinstance(section, Section)]
    assert top == [
        "Introduction",
        "Attendance",
        "FINANCE AND BUDGET",
        "MANAGEMENT AND OVERSIGHT",
        "Other business",
        "Closure of the session",
    ]


def test_decimal_notes_numbered_from_a_labelled_note_are_its_sub_sections():
    """A financial report's notes: ``Note 2 – Significant accounting policies``, then ``2.1``, ``2.2`` numbered
    from it, then ``Note 3 – …``: the decimal headings are Note 2's sub-sections, not its siblings."""
    text = (
        COVER + "Note 1 – Objectives and activities of the Organization\n\n"
        "The Organization works with its Member States on the orderly and humane management of migration.\n\n"
        "Note 2 – Significant accounting policies\n\n"
        "The statements are prepared on an accrual basis under the applicable international standards.\n\n"
        "2.1     Basis of preparation\n\n"
        "The statements are prepared on the assumption that the Organization is a going concern.\n\n"
        "2.2     Foreign currency translation\n\n"
        "Amounts in other currencies are translated at the United Nations operational rates of exchange.\n\n"
        "Note 3 – Cash and cash equivalents\n\n"
        "Cash is held with banks of good standing in Geneva and in the field, on short notice in most cases.\n"
    )
    document = iomparse.parse(text)
    levels = [(section.level, section.num) for section in iter_blocks(document.body) if isinstance(section, Section)]
    assert levels == [(1, "Note 1"), (1, "Note 2"), (2, "2.1"), (2, "2.2"), (1, "Note 3")]


def test_a_statements_one_numbered_title_over_its_prose_is_a_heading():
    """A statement, its paragraphs unnumbered, whose one numbered line is a title over prose (``1.  Priorities
    for the coming year`` / ``The strategy …``): no paragraph of it is numbered, so the title is a heading,
    and the headings in sentence case around it are read as in any statement."""
    text = (
        "MC/2411\n5 December 2034\n\n125TH SESSION\n\nSTATEMENT BY THE DIRECTOR GENERAL\n\n"
        "Madam Chairperson, Excellencies,\n\n"
        "It is an honour to address the Council at the opening of its session and to report on the year.\n\n"
        "Operations in review\n\n"
        "The year brought more emergencies than any before it, and our teams answered each of them.\n\n"
        "1.    Priorities for the coming year\n\n"
        "The strategy adopted by the Council remains our point of reference for the work ahead of us.\n\n"
        "Thank you.\n"
    )
    document = iomparse.parse(text)
    assert numbered_of(document) == [("Section", "1")]
    assert [inline_text(s.heading) for s in iter_blocks(document.body) if isinstance(s, Section)] == [
        "Operations in review",
        "Priorities for the coming year",
    ]
    assert diagnostic_codes(document)["heading-numbered-over-text"] == "info"
