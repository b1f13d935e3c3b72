"""Tables of contents: entries nested by their numbering, and entries whose page numbers were printed apart."""

from __future__ import annotations

import iomparse
from iomparse.contents import nest_contents
from iomparse.lexer import lex
from iomparse.model import Contents, ContentsEntry


def shape(entries: tuple[ContentsEntry, ...]) -> list:
    return [(entry.title, shape(entry.children)) if entry.children else entry.title for entry in entries]


def nested(*titles: str) -> list:
    return shape(nest_contents([ContentsEntry(title, "1") for title in titles]))


def test_entries_nest_under_the_nearest_entry_of_an_outer_numbering():
    assert nested("INTRODUCTION", "I. CHAPTER", "A. Section", "B. Section", "II. CHAPTER", "III. CHAPTER") == [
        "INTRODUCTION",
        ("I. CHAPTER", ["A. Section", "B. Section"]),
        "II. CHAPTER",
        "III. CHAPTER",
    ]
    assert nested("2. FINANCES", "2.1 Revenue", "2.2 Expenses", "3. STAFF") == [
        ("2. FINANCES", ["2.1 Revenue", "2.2 Expenses"]),
        "3. STAFF",
    ]


def test_unnumbered_entries_sit_with_the_chapters_under_a_part():
    assert nested(
        "Introduction",
        "PART I – ADMINISTRATION",
        "Staff costs",
        "PART II – OPERATIONS",
        "I. Movement",
        "I.1 Resettlement",
        "Operations by region",
    ) == [
        "Introduction",
        ("PART I – ADMINISTRATION", ["Staff costs"]),
        ("PART II – OPERATIONS", [("I. Movement", ["I.1 Resettlement"]), "Operations by region"]),
    ]


def test_an_unnumbered_entry_in_capitals_after_the_parts_sits_beside_them_as_the_one_before_them():
    """``INTRODUCTION`` before the parts is their sibling; so is ``STAFFING LEVELS`` after the last part, an entry
    of the same type. Where no such entry comes before the parts, or where it holds entries of another type, it
    stays inside the part, as the body's headings do."""
    assert nested(
        "INTRODUCTION", "PART I – ADMINISTRATION", "A. Budget level", "PART II – OPERATIONS", "STAFFING LEVELS"
    ) == ["INTRODUCTION", ("PART I – ADMINISTRATION", ["A. Budget level"]), "PART II – OPERATIONS", "STAFFING LEVELS"]
    assert nested("PART I – ADMINISTRATION", "A. Budget level", "PART II – OPERATIONS", "STAFFING LEVELS") == [
        ("PART I – ADMINISTRATION", ["A. Budget level"]),
        ("PART II – OPERATIONS", ["STAFFING LEVELS"]),
    ]
    assert nested("INTRODUCTION", "PART I – ADMINISTRATION", "STAFF AND SERVICES", "A. Headquarters") == [
        "INTRODUCTION",
        ("PART I – ADMINISTRATION", [("STAFF AND SERVICES", ["A. Headquarters"])]),
    ]


def test_an_annex_without_a_number_leaves_the_part_above_it():
    assert nested("PART II – OPERATIONS", "A. Staff security", "ANNEX – Staffing levels", "Annex: Posts") == [
        ("PART II – OPERATIONS", ["A. Staff security"]),
        "ANNEX – Staffing levels",
        "Annex: Posts",
    ]
    assert nested("PART II – OPERATIONS", "Annexed tables") == [("PART II – OPERATIONS", ["Annexed tables"])]


def test_unnumbered_entries_not_in_capitals_go_under_an_unnumbered_chapter_in_capitals():
    assert nested(
        "DIRECTOR GENERAL'S OVERVIEW", "Introduction", "Outlook", "FINANCIAL STATEMENTS", "Statement I – Position"
    ) == [
        ("DIRECTOR GENERAL'S OVERVIEW", ["Introduction", "Outlook"]),
        ("FINANCIAL STATEMENTS", ["Statement I – Position"]),
    ]
    assert nested("I. OVERVIEW OF THE STATEMENTS", "Introduction", "Financial position", "II. STATEMENTS") == [
        ("I. OVERVIEW OF THE STATEMENTS", ["Introduction", "Financial position"]),  # a numbered chapter's too
        "II. STATEMENTS",
    ]
    assert nested("I. Introduction", "Budget reform") == ["I. Introduction", "Budget reform"]  # no capitals: a chapter
    assert nested("III. CONCLUSIONS", "Outlook", "List of acronyms", "Bibliography") == [
        ("III. CONCLUSIONS", ["Outlook"]),
        "List of acronyms",  # the back matter stays at the top
        "Bibliography",
    ]
    front = nested("FOREWORD", "Executive summary", "I. INTRODUCTION", "II. THE BUDGET")  # chapters numbered: the
    assert front == ["FOREWORD", "Executive summary", "I. INTRODUCTION", "II. THE BUDGET"]  # front matter, flat
    assert nested("STATEMENT I – STATEMENT OF POSITION", "Notes to the statement") == [
        "STATEMENT I – STATEMENT OF POSITION",
        "Notes to the statement",
    ]
    assert nested("INTRODUCTION", "A. Purpose", "STATEMENT I – Statement of financial position") == [
        ("INTRODUCTION", ["A. Purpose"]),
        "STATEMENT I – Statement of financial position",
    ]


def test_lettered_and_roman_entries_under_the_entry_above():
    assert nested(
        "Admission of new Members",
        "(a) Membership",
        "(i) Applications",
        "(ii) Decisions",
        "(b) Observers",
        "General debate",
    ) == [
        ("Admission of new Members", [("(a) Membership", ["(i) Applications", "(ii) Decisions"]), "(b) Observers"]),
        "General debate",
    ]
    assert nested("Items", "(h) Eighth", "(i) Ninth") == [("Items", ["(h) Eighth", "(i) Ninth"])]


def contents_of(text: str) -> Contents:
    return next(block for _, block in iomparse.paths.walk(iomparse.parse(text)) if isinstance(block, Contents))


def test_page_numbers_under_their_titles_are_put_back_on_the_title_line():
    """pdftotext without -layout: the page number of each entry after a blank line below it."""
    text = (
        "C/120/7\nOriginal: English\n\nCONTENTS\n\nPage\n\n"
        "Introduction . . . . . . . . . . . . . . . . . . .\n\n1\n\n"
        "Reports on the sessions of the Standing Committee on\nProgrammes and Finance . . . . . . . . . . . .\n\n2\n\n"
        "Closure of the session . . . . . . . . . . . . . .\n\n3\n\nC/120/7\n\f"
        "Introduction\n\n1. The Council met.\n"
    )
    assert [(entry.title, entry.page) for entry in contents_of(text).entries] == [
        ("Introduction", "1"),
        ("Reports on the sessions of the Standing Committee on Programmes and Finance", "2"),
        ("Closure of the session", "3"),
    ]


def test_a_groups_title_without_leader_or_page_takes_none_of_the_pages_printed_apart():
    """pdftotext without -layout, each page under its entry after a blank line: a group's title, no leader and
    no page (``ANNEXES`` over its entries), takes no page, and the pages go to the entries with leaders."""
    text = (
        "MC/2500\nOriginal: English\n\nCONTENTS\n\nPage\n\n"
        "Introduction . . . . . . . . . . . . . . . . . . .\n\n1\n\n"
        "Financial position . . . . . . . . . . . . . . . .\n\n2\n\n"
        "ANNEXES\n\n"
        "Annex I – Staffing by grade . . . . . . . . . . .\n\n4\n\n"
        "Annex II – Offices and missions . . . . . . . . .\n\n6\n\nMC/2500\n\f"
        "Introduction\n\n1. The Council met.\n"
    )
    entries = contents_of(text).entries
    assert shape(entries) == [
        "Introduction",
        "Financial position",
        ("ANNEXES", ["Annex I – Staffing by grade", "Annex II – Offices and missions"]),
    ]
    assert [entry.page for entry in entries] == ["1", "2", None]
    assert [entry.page for entry in entries[2].children] == ["4", "6"]


def test_page_numbers_in_a_column_after_the_titles_are_paired_in_order():
    """pdfminer: the titles, their dot leaders on lines of their own, then the column of page numbers."""
    text = (
        "S/40/3\nOriginal: English\n\nTABLE OF CONTENTS\n\nIntroduction\n\n.................\n\nPage\n2\n\n"
        "Budget summary\nPART I – ADMINISTRATION\n\n.................\n.................\n\n"
        "Staff costs\n\n.................\n\n2\n\n3\n\n3\n\n\f1. The budget is presented.\n"
    )
    assert shape(contents_of(text).entries) == [
        "Introduction",
        "Budget summary",
        ("PART I – ADMINISTRATION", ["Staff costs"]),
    ]
    assert [entry.page for entry in contents_of(text).entries] == ["2", "2", "3"]


def test_a_records_contents_name_the_paragraphs_each_item_covers():
    """A summary record's contents: a ``Paragraphs`` column of ranges (as UN records print them), on the
    entries' lines or, without ``-layout``, in a column after the titles; the titles' column perhaps headed too
    (``Agenda item``)."""
    on_lines = (
        "MC/C/SR/512\nOriginal: English\n\nCONTENTS                         Paragraphs\n\n"
        "Adoption of the agenda . . . . . . . . . . . . .     1-3\n"
        "Admission of observers . . . . . . . . . . . . .     4\n"
        "Election of officers . . . . . . . . . . . . . . .   5 - 12\n\n"
        "ADOPTION OF THE AGENDA\n1.  The agenda was adopted.\n"
    )
    apart = (
        "MC/C/SR/512\nOriginal: English\n\nCONTENTS\n\nParagraphs\n\n"
        "Adoption of the agenda . . . . . . . . . . . . .\nAdmission of observers . . . . . . . . . . . . .\n"
        "Election of officers . . . . . . . . . . . . . . .\n\n1-3\n4\n5 - 12\n\n"
        "ADOPTION OF THE AGENDA\n1.\n\nThe agenda was adopted.\n"
    )
    headed = (  # the entries' column headed too (``Agenda item`` over the titles, ``Paragraphs`` over the ranges)
        "MC/C/SR/512\nOriginal: English\n\n                      CONTENTS\n\n"
        "Agenda item                                      Paragraphs\n\n"
        "Adoption of the agenda . . . . . . . . . . . . .     1-3\n"
        "Admission of observers . . . . . . . . . . . . .     4\n"
        "Election of officers . . . . . . . . . . . . . . .   5 - 12\n\n"
        "ADOPTION OF THE AGENDA\n1.  The agenda was adopted.\n"
    )
    for text in (on_lines, apart, headed):
        contents = contents_of(text)
        assert [(entry.title, entry.page) for entry in contents.entries] == [
            ("Adoption of the agenda", "1-3"),
            ("Admission of observers", "4"),
            ("Election of officers", "5 - 12"),
        ], text


def test_more_numbers_than_titles_leave_the_lines_as_they_are():
    from iomparse.reading_order import detached_contents_pages
    from iomparse.source import split_lines

    page = split_lines("CONTENTS\n\nIntroduction\n\n.................\n\n1\n\n2\n")
    assert detached_contents_pages(page) == page
    paired = split_lines("CONTENTS\n\nIntroduction\n\n.................\n\n1\n")
    assert [line.text for line in detached_contents_pages(paired) if line.text] == [
        "CONTENTS",
        "Introduction . . . . . 1",
    ]


def test_a_contents_entry_laid_out_with_spaces_is_no_table_row():
    text = (
        "MC/2400\nOriginal: English\n\n                    CONTENTS\n                                        Page\n"
        "I. INTRODUCTION          ......................          2\n"
        "II. THE ORGANIZATION     ......................          3\n"
        "        A. Membership    ......................          3\n\nI. INTRODUCTION\n\n1. The report opens.\n"
    )
    assert shape(contents_of(text).entries) == ["I. INTRODUCTION", ("II. THE ORGANIZATION", ["A. Membership"])]


def test_section_labels_alone_open_the_next_title_of_a_detached_contents():
    """Plain pdftotext: ``I.`` / ``INTRODUCTION ……`` / ``1``, each on its line, make one entry."""
    text = (
        "C/110/3\nOriginal: English\n\nCONTENTS\nPage\nI.\n\nINTRODUCTION ......................\n\n1\n\n"
        "2.1\n\nRevenue ...........................\n\n1\n\nII.\n\n\fI.\n\nPage 1\n\nINTRODUCTION\n\n1. The report.\n"
    )
    entries = contents_of(text).entries
    assert shape(entries) == [("I. INTRODUCTION", ["2.1 Revenue"])]
    assert [entries[0].page, entries[0].children[0].page] == ["1", "1"]
    heading = next(block for block in iomparse.parse(text).body if isinstance(block, iomparse.Section))
    assert (heading.num, iomparse.model.inline_text(heading.heading)) == ("I", "INTRODUCTION")


def test_section_labels_printed_as_a_column_before_the_titles_open_one_title_each():
    """pdfminer: the labels ``I.`` / ``II.`` / ``III.`` first, then the titles, a lettered entry with its own
    label among them, then the page numbers: each label opens the next title without a label of its own."""
    text = (
        "S/41/5\nOriginal: English\n\nCONTENTS\n\nPage\n\nI.\n\nII.\n\nIII.\n\n"
        "BACKGROUND . . . . . . . . . . . . . . . . .\n\nRISK MANAGEMENT . . . . . . . . . . . . .\n\n"
        "A. Risk register . . . . . . . . . . . . . . . .\n\nNEXT STEPS . . . . . . . . . . . . . . . . .\n\n"
        "1\n\n1\n\n2\n\n3\n\n\f1. The Administration keeps a risk register.\n"
    )
    entries = contents_of(text).entries
    assert shape(entries) == ["I. BACKGROUND", ("II. RISK MANAGEMENT", ["A. Risk register"]), "III. NEXT STEPS"]
    assert [entry.page for entry in entries] == ["1", "1", "3"]


def test_a_lettered_entry_wrapped_under_its_words_is_one_entry():
    """-layout text: a lettered entry's title wraps onto a second line that starts, in capitals, where the
    words start right of the hanging label; the entries after it are still read."""
    text = (
        "CONTENTS\n"
        "                                                                       Page\n"
        "Opening of the session . . . . . . . . . . . . . . . . . . . . . . . .  2\n"
        "Financial questions . . . . . . . . . . . . . . . . . . . . . . . . . .  3\n"
        "     (a) Report of the Audit and Oversight Advisory Committee on its\n"
        "         Work in 2021 . . . . . . . . . . . . . . . . . . . . . . . . .  3\n"
        "     (b) Scale of assessment for 2023 . . . . . . . . . . . . . . . . .  4\n"
        "Closure of the session . . . . . . . . . . . . . . . . . . . . . . . .  5\n\n"
        "Opening of the session\n"
        "1.   The Chairperson opened the session.\n"
    )
    (contents,) = [block for block in iomparse.parse(text).body if isinstance(block, Contents)]
    assert shape(contents.entries) == [
        "Opening of the session",
        (
            "Financial questions",
            [
                "(a) Report of the Audit and Oversight Advisory Committee on its Work in 2021",
                "(b) Scale of assessment for 2023",
            ],
        ),
        "Closure of the session",
    ]


def test_a_lettered_entry_wrapped_a_column_right_of_its_words_is_one_entry():
    """A PDF's text lays words out at their columns, rounded: the second line of a lettered entry can start
    a column right of where the words after its label start."""
    text = (
        "CONTENTS\n"
        "                                                                       Page\n"
        "Budget questions . . . . . . . . . . . . . . . . . . . . . . . . . . .  3\n"
        "    (a) Report on the implementation of the recommendations of\n"
        "         External Auditors . . . . . . . . . . . . . . . . . . . . . .  3\n"
        "    (b) Staff matters . . . . . . . . . . . . . . . . . . . . . . . . .  4\n\n"
        "Budget questions\n"
        "1.   The Committee took up the budget.\n"
    )
    (contents,) = [block for block in iomparse.parse(text).body if isinstance(block, Contents)]
    assert shape(contents.entries) == [
        (
            "Budget questions",
            [
                "(a) Report on the implementation of the recommendations of External Auditors",
                "(b) Staff matters",
            ],
        ),
    ]


def test_a_section_lettered_c_or_d_after_b_or_c_is_no_roman_chapter():
    entries = [
        ContentsEntry(title, page)
        for title, page in (
            ("I. SUMMARY", "1"),
            ("II. OPERATIONS", "2"),
            ("A. Income", "2"),
            ("B. Expenditure", "3"),
            ("C. Reserves", "3"),
            ("D. Outlook", "4"),
            ("C. ANNEXES", "9"),  # (C after II. is no section: the roman hundred, a chapter)
        )
    ]
    assert shape(nest_contents(entries)) == [
        "I. SUMMARY",
        ("II. OPERATIONS", ["A. Income", "B. Expenditure", "C. Reserves", "D. Outlook"]),
        "C. ANNEXES",
    ]


def test_a_lettered_entry_wrapped_over_a_blank_line_is_one_entry():
    """pdfminer's text: a blank line after every line, so a lettered entry's second line stands apart."""
    text = (
        "CONTENTS\n\nPage\n\n"
        "Opening of the session . . . . . . . . . . . . . . . . . . . . . . 2\n\n"
        "Financial questions . . . . . . . . . . . . . . . . . . . . . . . . 3\n\n"
        "(a) Report of the Audit and Oversight Advisory Committee on its\n\n"
        "Work in 2021 . . . . . . . . . . . . . . . . . . . . . . . . . . . 3\n\n"
        "(b) Scale of assessment for 2023 . . . . . . . . . . . . . . . . . 4\n\n"
        "Closure of the session . . . . . . . . . . . . . . . . . . . . . . 5\n\n"
        "Opening of the session\n\n1.\n\nThe Chairperson opened the session.\n"
    )
    (contents,) = [block for block in iomparse.parse(text).body if isinstance(block, Contents)]
    assert shape(contents.entries)[1] == (
        "Financial questions",
        [
            "(a) Report of the Audit and Oversight Advisory Committee on its Work in 2021",
            "(b) Scale of assessment for 2023",
        ],
    )


def test_a_title_wrapped_over_a_blank_line_before_a_column_of_pages_is_one_entry():
    """pdfminer: each line a block, a title's second line a blank line under its first (which breaks off on
    ``OF THE``, or is followed by a line in lower case), then the page numbers in a column."""
    text = (
        "MC/EX/720\nOriginal: English\n\nCONTENTS\n\nPage\n\n"
        "INTRODUCTION ..............................\n\n"
        "REPORT ON THE WORK OF THE\n\nORGANIZATION FOR 2016 ......................\n\n"
        "(a) Support for Member States with economies\n\nin transition ...................\n\n"
        "CLOSURE OF THE SESSION ....................\n\n1\n\n2\n\n3\n\n4\n\n\f1. The Committee met.\n"
    )
    entries = contents_of(text).entries
    assert shape(entries) == [
        "INTRODUCTION",
        (
            "REPORT ON THE WORK OF THE ORGANIZATION FOR 2016",
            ["(a) Support for Member States with economies in transition"],
        ),
        "CLOSURE OF THE SESSION",
    ]
    assert [entry.page for entry in entries] == ["1", "2", "4"] and entries[1].children[0].page == "3"


def test_titles_wrapped_over_a_blank_line_anywhere_when_each_ends_with_its_leader():
    """pdfminer: a title broken off on any word (``… for Haiti and the Dominican`` / ``Republic ……``), where
    the titles read a line each would outnumber the pages; as many pages as lines, the lines stay entries."""
    text = (
        "MC/2540\nOriginal: English\n\nCONTENTS\n\nPage\n\n"
        "Foreword ......................\n\n"
        "Resolution No. 1201 – Emergency assistance for Haiti and the Dominican\n\nRepublic ...............\n\n"
        "Resolution No. 1202 – Appointment of the External\n\nAuditor ..............\n\n"
        "1\n\n2\n\n4\n\n\f1. The Council met.\n"
    )
    entries = contents_of(text).entries
    assert [(entry.title, entry.page) for entry in entries] == [
        ("Foreword", "1"),
        ("Resolution No. 1201 – Emergency assistance for Haiti and the Dominican Republic", "2"),
        ("Resolution No. 1202 – Appointment of the External Auditor", "4"),
    ]
    text = (
        "MC/2540\nOriginal: English\n\nCONTENTS\n\nPage\n\nPART I – ADMINISTRATION\n\n"
        "Staff costs ......\n\nPART II – OPERATIONS\n\nSecurity ......\n\n1\n\n2\n\n3\n\n4\n\n\f1. The Council met.\n"
    )
    parts = contents_of(text).entries
    assert [(part.title, part.page, [(entry.title, entry.page) for entry in part.children]) for part in parts] == [
        ("PART I – ADMINISTRATION", "1", [("Staff costs", "2")]),
        ("PART II – OPERATIONS", "3", [("Security", "4")]),
    ]


def test_a_groups_heading_without_a_page_is_no_title_broken_off_over_the_entry_under_it():
    """pdfminer: a part's heading with no page of its own over entries each ending with its leader, the
    pages in a column: the heading does not take the first entry's words (nor its page)."""
    text = (
        "MC/2540\nOriginal: English\n\nCONTENTS\n\nINTRODUCTION ..........\n\nPART I – ADMINISTRATION\n\n"
        "Staff and services covered by assessed contributions ..........\n\nOffice costs ..........\n\n"
        "1\n\n2\n\n3\n\n\f1. The Council met.\n"
    )
    assert "PART I – ADMINISTRATION Staff" not in iomparse.to_text(iomparse.parse(text))


def test_lettered_labels_apart_open_the_next_title_with_its_page_under_it():
    """Plain pdftotext: ``(a)`` on a line of its own, its title after a blank line, the page under it."""
    text = (
        "MC/C/SR/530\nOriginal: English\n\nCONTENTS\nPage\n"
        "Budget questions ..........................\n\n3\n\n"
        "(a)\n\nScale of assessment for 2016 .............\n\n3\n\n"
        "(b)\n\nStatus of contributions ..................\n\n4\n\n"
        "Closure of the meeting ...................\n\n5\n\n\f1. The Chairperson opened the meeting.\n"
    )
    assert shape(contents_of(text).entries) == [
        ("Budget questions", ["(a) Scale of assessment for 2016", "(b) Status of contributions"]),
        "Closure of the meeting",
    ]


def test_section_numbers_printed_as_a_column_before_contents_entries_go_before_them():
    """pdfminer: the roman numbers of two entries come out as a column (``I.`` / ``II.``), then the entries
    with their leaders and page numbers: each number goes before its entry."""
    text = (
        "MC/2300\nOriginal: English\n4 May 2010\n\nNINETY-NINTH SESSION\n\nFINANCIAL REPORT FOR THE YEAR 2009\n\n"
        "CONTENTS\n\nPage\n\nINTRODUCTION .............................................. 1\n\nI.\n\nII.\n\n"
        "ADMINISTRATIVE PART OF THE BUDGET .................... 1\n\n"
        "OPERATIONAL PART OF THE BUDGET ...................... 3\n\n"
        "\fMC/2300\nPage 1\n\nINTRODUCTION\n\n1.   The report is presented to the Member States.\n"
    )
    (contents,) = [b for b in iomparse.parse(text).body if isinstance(b, iomparse.model.Contents)]
    assert [(e.title, e.page) for e in contents.entries] == [
        ("INTRODUCTION", "1"),
        ("I. ADMINISTRATIVE PART OF THE BUDGET", "1"),
        ("II. OPERATIONAL PART OF THE BUDGET", "3"),
    ]


def test_contents_page_numbers_printed_apart_are_looked_for_above_the_bodys_first_paragraph():
    """pdftotext without -layout: each title, its leader and its page number apart, on the page the body
    begins on; a footnote's number alone further down the body is no page number of the contents, and a
    leader left over after the last number is no text of the body."""
    text = (
        "MC/2380\nOriginal: English\n3 May 2013\n\nREPORT OF THE DIRECTOR GENERAL\n\nCONTENTS\nPage\n"
        "I. INTRODUCTION\n\n..........................\n\n2\n\n"
        "II. THE YEAR IN REVIEW\n\n..........................\n\n3\n\n"
        "..........................\n\nI.\n\nINTRODUCTION\n\n"
        "1.\nThe report covers the year 2012 and should be read with the financial report.1\n\n"
        "1\nThe Financial Report for the year ended 31 December 2012 (MC/2379).\n"
    )
    document = iomparse.parse(text)
    (contents,) = [b for b in document.body if isinstance(b, Contents)]
    assert [(e.title, e.page) for e in contents.entries] == [("I. INTRODUCTION", "2"), ("II. THE YEAR IN REVIEW", "3")]
    assert [type(b).__name__ for b in document.body] == ["Contents", "Section"]  # I. INTRODUCTION, its text


def test_a_records_contents_without_pages_lists_its_items_over_the_opening_of_the_meeting():
    """A summary record's contents printed without pages, a line each and no blank line between, then the
    opening of the meeting, then the first item's heading with its agenda item and documents."""
    text = (
        "MC/C/SR/401\nOriginal: English\n12 December 1995\n\nCONTENTS\n"
        "     Election of officers\n     Adoption of the agenda\n     Closure of the session\n\n\n"
        "The meeting was called to order at 10.15 a.m.\n\n"
        "              ELECTION OF OFFICERS (item 2 of the agenda) (MC/1801)\n"
        "1.       The Council elected its Chairman by acclamation.\n"
    )
    contents = contents_of(text)
    assert [entry.title for entry in contents.entries] == [
        "Election of officers",
        "Adoption of the agenda",
        "Closure of the session",
    ]


def test_a_records_contents_without_pages_keeps_long_entries_and_one_wrapped_onto_an_indented_line():
    """Such contents (``-layout``) with items' long titles, one a line of its own, one wrapped onto an indented
    line, and the record's first sentence right under the last entry, no blank line between: an entry a line
    but for the indented one, and the sentence the record's."""
    text = (
        "MC/C/SR/433\nOriginal: English\n2 December 2001\n\nCONTENTS\n"
        "General debate (continued)\n"
        "Report on the Thirtieth Session of the Standing Committee on Programmes and Finance\n"
        "Report of the Working Group on Budget Reform and on the financing of the Administrative\n"
        "    Part of the Budget\n"
        "Closure of the session\n"
        "The meeting was called to order at 10.20 a.m.\n\nGENERAL DEBATE (continued)\n"
        "1.       The representative of Chile welcomed the report.\n"
    )
    assert [entry.title for entry in contents_of(text).entries] == [
        "General debate (continued)",
        "Report on the Thirtieth Session of the Standing Committee on Programmes and Finance",
        "Report of the Working Group on Budget Reform and on the financing of the Administrative Part of the Budget",
        "Closure of the session",
    ]


def test_a_records_contents_without_pages_joins_an_entry_wrapped_at_the_margin_before_its_agenda_item():
    """Entries that each end with their agenda item, two wrapped onto a second line at the first's margin
    (``-layout``, a blank line between entries), then the record's first sentence after a page break: the
    wrapped lines end their entries, and the sentence opens the record, no entry's last words."""
    text = (
        "C/205/SR/3\nOriginal: English\n4 December 2114\n\n205TH SESSION\n\n"
        "PROVISIONAL SUMMARY RECORD OF THE THIRD MEETING\n\n"
        "                                   CONTENTS\n\n"
        "      Reports on the fourteenth and fifteenth sessions of the Standing Committee on\n"
        "      Programmes and Finance (agenda item 9)\n\n"
        "      Programme and Budget for 2115 (agenda item 10)\n\n"
        "      Status report on outstanding contributions to the Administrative Part of the Budget\n"
        "      (agenda item 12)\n\n\n"
        "\f                                                            C/205/SR/3\n"
        "                                                                Page 1\n\n"
        "        The meeting was called to order at 10.15 a.m.\n\n"
        "REPORTS ON THE FOURTEENTH AND FIFTEENTH SESSIONS OF THE STANDING\n"
        "COMMITTEE ON PROGRAMMES AND FINANCE (agenda item 9)\n\n"
        "1.       The CHAIRPERSON invited the Council to take up the reports.\n"
    )
    assert [entry.title for entry in contents_of(text).entries] == [
        "Reports on the fourteenth and fifteenth sessions of the Standing Committee on Programmes and Finance "
        "(agenda item 9)",
        "Programme and Budget for 2115 (agenda item 10)",
        "Status report on outstanding contributions to the Administrative Part of the Budget (agenda item 12)",
    ]


def test_a_records_heading_whose_agenda_item_wraps_in_lower_case_repeats_the_first_entry():
    """A 1990s record: its contents' entries end ``(item N of the agenda)``, one wrapped at the margin, and the
    body's first heading in capitals wraps inside that reference (``… COMMITTEE (item 8 of`` / ``the
    agenda)``): one heading, which repeats the first entry, so the short lines are the contents' entries; the
    corrections note over the cover's footer is the cover's note."""
    text = (
        "MC/C/SR/512\nOriginal: English\n16 December 2096\n\nONE HUNDRED AND SEVENTY-SECOND SESSION\n\n"
        "   SUMMARY RECORD OF THE FIVE HUNDRED AND TWELFTH MEETING\n\n"
        "                                 CONTENTS\n\n"
        "Report on the Ninetieth Session of the Executive Committee (item 8 of the agenda)\n\n"
        "Programme and Budget for 2097, including the scale of assessment for the\n"
        "Administrative Part of the Budget (item 9 of the agenda)\n\n"
        "Other business (item 12 of the agenda)\n\n\n"
        "Participants wishing to correct this record are asked to send their corrections in writing, in one of the "
        "working\nlanguages of the Organization, to the Meetings Secretariat within two weeks of the date of this "
        "document.\n\n\n"
        "COUNCIL                                          CONSEIL                                          CONSEJO\n"
        "\f                                                                                         MC/C/SR/512\n"
        "                                                                                               Page 2\n\n"
        "The meeting was called to order at 3.10 p.m.\n\n"
        "REPORT ON THE NINETIETH SESSION OF THE EXECUTIVE COMMITTEE (item 8 of\n"
        "the agenda)\n\n"
        "1.      The CHAIRMAN invited the Council to consider the report of the Executive Committee.\n"
    )
    document = iomparse.parse(text)
    assert [entry.title for entry in contents_of(text).entries] == [
        "Report on the Ninetieth Session of the Executive Committee (item 8 of the agenda)",
        "Programme and Budget for 2097, including the scale of assessment for the Administrative Part of the "
        "Budget (item 9 of the agenda)",
        "Other business (item 12 of the agenda)",
    ]
    headings = [b for b in document.body if isinstance(b, iomparse.Section)]
    assert [iomparse.model.inline_text(h.heading) for h in headings] == [
        "REPORT ON THE NINETIETH SESSION OF THE EXECUTIVE COMMITTEE (item 8 of the agenda)"
    ]
    (note,) = document.meta.notes
    assert note.startswith("Participants wishing to correct this record")


def test_a_records_heading_whose_documents_in_brackets_wrap_keeps_the_last_symbol():
    """A record's heading in capitals over three lines, its documents in brackets wrapped before the last
    symbol (``… FINANCE (C/109/7 and`` / ``C/109/8)``): the symbol closing the bracket is the heading's, no
    heading of its own."""
    text = (
        "C/109/SR/4\nOriginal: English\n14 December 2018\n\nCOUNCIL\n109th Session\n\n"
        "SUMMARY RECORD OF THE FOURTH MEETING\n\n"
        "The meeting was called to order at 3.15 p.m.\n\n"
        "REPORT ON THE TWENTY-SECOND AND TWENTY-THIRD SESSIONS OF THE\n"
        "STANDING COMMITTEE ON PROGRAMMES AND FINANCE (C/109/7 and\nC/109/8)\n\n"
        "1.   The CHAIRPERSON invited the Chairperson of the Standing Committee to introduce the reports.\n"
    )
    document = iomparse.parse(text)
    headings = [iomparse.model.inline_text(b.heading) for b in document.body if isinstance(b, iomparse.Section)]
    assert headings == [
        "REPORT ON THE TWENTY-SECOND AND TWENTY-THIRD SESSIONS OF THE STANDING COMMITTEE ON PROGRAMMES AND"
        " FINANCE (C/109/7 and C/109/8)"
    ]


def test_a_records_contents_without_pages_in_capitals_keeps_an_entry_wrapped_over_three_lines():
    """Such contents in capitals, one entry wrapped onto two indented lines (``-layout``)."""
    text = (
        "MC/C/SR/470\nOriginal: English\n9 December 2004\n\n              CONTENTS\n"
        "       GENERAL DEBATE (continued)\n"
        "       STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE\n"
        "          ADMINISTRATIVE PART OF THE BUDGET AND ON MEMBER\n"
        "          STATES IN ARREARS\n"
        "       OTHER BUSINESS\n\n\n"
        "       The meeting was called to order at 3.10 p.m.\n\nGENERAL DEBATE (continued)\n"
        "1.       The representative of Peru welcomed the report.\n"
    )
    assert [entry.title for entry in contents_of(text).entries] == [
        "GENERAL DEBATE (continued)",
        "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET AND ON MEMBER STATES "
        "IN ARREARS",
        "OTHER BUSINESS",
    ]


def test_a_heading_longer_than_a_headings_shape_is_one_when_the_contents_list_it():
    text = (
        "CONTENTS\n"
        "                                                                       Page\n"
        "Opening of the session . . . . . . . . . . . . . . . . . . . . . . . .  1\n"
        "Reports of the Standing Committee on Programmes and Finance on its Forty-first and\n"
        "Forty-second Sessions . . . . . . . . . . . . . . . . . . . . . . . . . 2\n\n"
        "Opening of the session\n\n"
        "1.   The Chairperson opened the session.\n\n"
        "Reports of the Standing Committee on Programmes and Finance on its Forty-first and\n"
        "Forty-second Sessions\n\n"
        "2.   The Council took note of the reports.\n"
    )
    headings = [s for _, s in iomparse.paths.walk(iomparse.parse(text)) if isinstance(s, iomparse.Section)]
    assert len(headings) == 2
    assert iomparse.model.inline_text(headings[1].heading).endswith("Forty-first and Forty-second Sessions")


def test_a_legal_texts_chapters_are_labelled_headings_over_its_rules():
    text = (
        "SCPF/99\n\nOriginal: English\n1 March 2040\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "RULES OF PROCEDURE\n\nCHAPTER I – SCOPE\n\nRule 1\nApplication\n\n1.  These Rules apply.\n\n"
        "CHAPTER II – SESSIONS\n\nRule 2\nSessions\n\n1.  The Committee meets twice a year.\n"
    )
    headings = [s for _, s in iomparse.paths.walk(iomparse.parse(text)) if isinstance(s, iomparse.Section)]
    assert [(s.num, iomparse.model.inline_text(s.heading)) for s in headings][::2] == [
        ("CHAPTER I", "SCOPE"),
        ("CHAPTER II", "SESSIONS"),
    ]


def test_a_column_of_roman_labels_before_titles_with_their_pages_opens_the_titles_in_capitals():
    """Plain pdftotext: ``I.`` / ``II.`` / ``III.`` printed before the titles, which keep their pages, each
    lettered label alone above its title: the roman ones open the titles in capitals after them, an annex's
    excepted (the title in capitals above the column has none), the letters the titles under each."""
    text = (
        "MC/2211\nOriginal: English\n\nCONTENTS\nPage\nFOREWORD .................................. 1\n"
        "I.\n\nII.\n\nIII.\n\nOPERATIONS IN THE FIELD ........................... 1\nA.\n\n"
        "Resettlement and return ............................ 1\n\nB.\n\nEmergencies ...................... 2\n\n"
        "STAFF AND OFFICES ................................ 3\nREGIONAL CONSULTATIONS ........................ 4\n"
        "A.\n\nAfrica ........................................... 4\n\n"
        "ANNEX LIST OF OFFICES ............................ 5\n\n\f1. The year was a busy one.\n"
    )
    document = iomparse.parse(text)
    assert shape(contents_of(text).entries) == [
        "FOREWORD",
        ("I. OPERATIONS IN THE FIELD", ["A. Resettlement and return", "B. Emergencies"]),
        "II. STAFF AND OFFICES",
        ("III. REGIONAL CONSULTATIONS", ["A. Africa"]),
        "ANNEX LIST OF OFFICES",
    ]
    assert [entry.page for entry in contents_of(text).entries] == ["1", "1", "3", "4", "5"]
    assert any(d.code == "contents-labels-rejoined" and d.severity == "info" for d in document.diagnostics)


def test_roman_labels_printed_after_the_titles_and_letters_under_theirs_open_them_in_order():
    """pdfminer: each lettered label printed under its title, the roman column after all the titles: the
    romans open the titles in capitals from the first, the letters the titles under each, in order."""
    text = (
        "MC/1990\nOriginal: English\n\nCONTENTS\n\nPage\n\n"
        "INTRODUCTION ................................. 1\n\nADMINISTRATIVE PROGRAMME ...................... 1\n"
        "Assessed contributions ........................ 1\nA.\nExpenditure ............................ 2\nB.\n\n"
        "AUDIT ........................................ 3\n\nI.\n\nII.\n\nIII.\n\n\f1. The report is submitted.\n"
    )
    assert shape(contents_of(text).entries) == [
        "I. INTRODUCTION",
        ("II. ADMINISTRATIVE PROGRAMME", ["A. Assessed contributions", "B. Expenditure"]),
        "III. AUDIT",
    ]


def test_a_section_lettered_entry_wrapped_under_its_words_in_a_layout_text_is_one_entry():
    """``-layout``: a lettered entry's first line (``C.      Regulating …``, no leader yet) and its second, set
    under its words, with the leader and page: one entry, and the entries after it stay entries."""
    text = (
        "MC/2301\nOriginal: English\n\n                 CONTENTS\n\n                                   Page\n\n"
        "I.       PROGRAMMES ......................................... 1\n\n"
        "         A.      Movements ......................................... 1\n"
        "         B.      Return of qualified nationals and their reintegration in the\n"
        "                 countries of origin ........................... 2\n"
        "         C.      Migration health ......................................... 3\n"
        "II.      FINANCE ......................................... 4\n\n\f1. The year was a busy one.\n"
    )
    assert shape(contents_of(text).entries) == [
        (
            "I. PROGRAMMES",
            [
                "A. Movements",
                "B. Return of qualified nationals and their reintegration in the countries of origin",
                "C. Migration health",
            ],
        ),
        "II. FINANCE",
    ]


def test_a_leader_and_page_alone_under_a_blank_line_end_the_lettered_title_above():
    """pdfminer: ``A. Movements and emergencies`` / blank / ``…………… 2``: one entry, on page 2."""
    text = (
        "MC/2301\nOriginal: English\n\nCONTENTS\n\nPage\n\nI. PROGRAMMES ......................... 1\n\n"
        "A. Movements and emergencies in the regions of the world\n\n.............. 2\n\n"
        "B. Migration health ................................ 3\n\n\f1. The year was a busy one.\n"
    )
    entries = contents_of(text).entries
    assert shape(entries) == [
        ("I. PROGRAMMES", ["A. Movements and emergencies in the regions of the world", "B. Migration health"])
    ]
    assert [child.page for child in entries[0].children] == ["2", "3"]


def test_a_chapters_label_alone_over_its_caption_holds_the_rules_under_it():
    """A typed text of rules: ``CHAPTER III`` alone, its caption under it broken over two lines
    (``REPRESENTATION AND`` / ``CREDENTIALS``), then ``Rule 7`` / ``Delegations``: the chapter is one heading,
    at the level of a chapter with its caption on its line, and the rules sit under it."""
    text = (
        "MC/1170\n\nOriginal: English\n\n3 June 1977\n\nCOUNCIL\n\nFIFTIETH SESSION\n\nRULES OF PROCEDURE\n\n"
        "                    CHAPTER II\n\n                 REPRESENTATION AND\n                    CREDENTIALS\n\n"
        "                      Rule 5\n                    Delegations\n\n"
        "1.   Each member shall be represented by one representative.\n\n"
        "                      Rule 6\n                    Credentials\n\n"
        "     The credentials shall be submitted to the Director.\n\n"
        "                    CHAPTER III – OFFICERS\n\n                      Rule 7\n                     Election\n\n"
        "     The Council shall elect a Chairman.\n"
    )
    document = iomparse.parse(text)
    chapters = [block for block in document.body if isinstance(block, iomparse.Section)]
    assert [(c.num, iomparse.model.inline_text(c.heading)) for c in chapters] == [
        ("CHAPTER II", "REPRESENTATION AND CREDENTIALS"),
        ("CHAPTER III", "OFFICERS"),
    ]
    rules = [[s.num for s in c.children if isinstance(s, iomparse.Section)] for c in chapters]
    assert rules == [["Rule 5", "Rule 6"], ["Rule 7"]]


def test_a_title_broken_off_over_a_blank_line_its_leader_apart_and_pages_in_a_column_is_one_entry():
    """pdfminer: ``Status report on … contributions to the`` / blank / ``Administrative Part of the Budget`` /
    blank / its leader alone, the pages in a column after all the entries: one entry, its page in order."""
    text = (
        "MC/C/SR/431\nOriginal: English\n\nCONTENTS\n\nPage\n\nProgramme and Budget for 2002 (continued)\n\n"
        "..............................\n\n1\n\nStatus report on outstanding contributions to the\n\n"
        "Administrative Part of the Budget\n\n..............................\n\nOther business\n\n"
        "..............................\n\n3\n\n4\n\n\f1. The meeting was called to order at 3.15 p.m.\n"
    )
    entries = contents_of(text).entries
    assert [(entry.title, entry.page) for entry in entries] == [
        ("Programme and Budget for 2002 (continued)", "1"),
        ("Status report on outstanding contributions to the Administrative Part of the Budget", "3"),
        ("Other business", "4"),
    ]


def test_a_title_wrapped_right_under_its_first_line_its_leader_alone_after_a_blank_is_one_entry():
    """pdfminer: roman labels as a column, a title in capitals over two lines with no blank between
    (``… AND THE SEVENTH MEETING OF THE`` / ``WORKING GROUP``), its leader alone after a blank line, the pages
    in a column after all the entries: one entry, as many titles as pages. Two lines each with a leader of its
    own (a group's heading, then its first entry) stay two entries."""
    text = (
        "MC/2312\nOriginal: English\n\nCONTENTS\n\nPage\n\nI.\n\nII.\n\nIII.\n\n"
        "OPENING REMARKS\n\n.............................\n\n"
        "CONCLUSIONS OF THE SIXTH AND THE SEVENTH MEETING OF THE\nWORKING GROUP\n\n"
        "...................................\n\nFOLLOW-UP\n\n.............................\n\n"
        "1\n\n3\n\n6\n\n\f1. The Chair opened the meeting.\n"
    )
    entries = contents_of(text).entries
    assert [(entry.title, entry.page) for entry in entries] == [
        ("I. OPENING REMARKS", "1"),
        ("II. CONCLUSIONS OF THE SIXTH AND THE SEVENTH MEETING OF THE WORKING GROUP", "3"),
        ("III. FOLLOW-UP", "6"),
    ]
    text = (
        "MC/2312\nOriginal: English\n\nCONTENTS\n\nPage\n\nForeword\n\n.....................\n\n"
        "Summary of resources\nPART A – STAFF (in Swiss francs)\n\n.....................\n"
        "..............\n\n1\n\n2\n\n3\n\n\f1. The Director General submits the budget.\n"
    )
    entries = contents_of(text).entries
    assert [(entry.title, entry.page) for entry in entries] == [
        ("Foreword", "1"),
        ("Summary of resources", "2"),
        ("PART A – STAFF (in Swiss francs)", "3"),
    ]


def test_pages_printed_apart_are_looked_for_past_long_entries_printed_with_their_pages():
    """pdfminer: the chapters' entries long and whole with their pages (``INTRODUCTION . . . . 1``), then
    decimal sections' labels apart, titles with leaders and no page, a chapter's title wrapped, and their
    pages in a column after them: two long entries in a row are no running text, so the pages apart are
    found after them and paired in order."""
    leader = " ." * 30
    text = (
        "MC/2450\nOriginal: English\n\nTABLE OF CONTENTS\n\nPage\n\nI.\n\nII.\n\n"
        f"PURPOSE AND SCOPE OF THIS DOCUMENT{leader}  1\n\nRESOURCES REQUIRED IN THE COMING YEAR{leader}  2\n\n"
        f"3.1\n\n3.2\n\nCore structure{leader}\n\nProjects{leader}\n\nIII.\n\n"
        f"STAFFING AND OFFICES BY REGION AND\nCOUNTRY{leader}\n\n2\n\n3\n\n5\n\n"
        "\f1. The Director General submits the budget.\n"
    )
    entries = contents_of(text).entries
    assert shape(entries) == [
        "I. PURPOSE AND SCOPE OF THIS DOCUMENT",
        ("II. RESOURCES REQUIRED IN THE COMING YEAR", ["3.1 Core structure", "3.2 Projects"]),
        "III. STAFFING AND OFFICES BY REGION AND COUNTRY",
    ]
    pages = [entry.page for entry in entries] + [child.page for child in entries[1].children]
    assert pages == ["1", "2", "5", "2", "3"]


def test_an_entry_whole_with_its_page_goes_on_with_no_title_under_it_when_titles_are_read_wrapped():
    """Plain pdftotext: entries whole with their pages (``PURPOSE …… 1``) among entries whose pages it prints
    a line apart, a group's heading with none; where the titles are read wrapped over blank lines, an entry
    with its page ends there: the chapter under it is an entry of its own, with its own label."""
    leader = " ." * 30
    text = (
        "MC/2450\nOriginal: English\n\nTABLE OF CONTENTS\nPage\n\nI.\n\n"
        f"PURPOSE OF THE DOCUMENT{leader} 1\n\nII.\n\nFINANCIAL SITUATION IN THE CURRENT YEAR{leader}\n\n1\n\n"
        f"Liquidity{leader}\n\n2\n\nReserves{leader} 2\n\nSUMMARY TABLES\n"
        f"Table 1 – Income by source{leader} 3\nTable 2 – Expenditure by region{leader}\n\n4\n\n"
        "\f1. The Director General submits the report.\n"
    )
    entries = contents_of(text).entries
    assert [(entry.title, entry.page) for entry in entries][:2] == [
        ("I. PURPOSE OF THE DOCUMENT", "1"),
        ("II. FINANCIAL SITUATION IN THE CURRENT YEAR", "1"),
    ]
    assert [(entry.title, entry.page) for entry in entries[1].children] == [("Liquidity", "2"), ("Reserves", "2")]


def test_a_column_of_chapters_numerals_opens_the_titles_in_capitals_not_the_sections_between_them():
    """Plain pdftotext: the chapters' numerals printed as a column (``II.`` / ``III.`` / ``IV.``) over the
    chapters' titles in capitals and their sections' titles in lower case, the pages a line apart: each
    numeral opens a chapter, in order; a section between takes none. Numerals over titles all in lower
    case still pair in order (`test_roman_labels_alone_pair_in_order_with_titles_in_lower_case`)."""
    leader = " ." * 30
    text = (
        "MC/2450\nOriginal: English\n\nCONTENTS\nPage\n\nI.\n\n"
        f"OVERVIEW{leader} 1\n\nII.\n\nIII.\n\nIV.\n\n"
        f"REVENUE{leader}\n\n1\n\nVoluntary contributions{leader}\n\n2\n\n"
        f"EXPENDITURE{leader}\n\n2\n\nField offices{leader}\n\n3\n\nHeadquarters{leader}\n\n3\n\n"
        f"OUTLOOK FOR THE NEXT YEAR{leader}\n\n4\n\n"
        "\f1. The Director General submits the report.\n"
    )
    assert shape(contents_of(text).entries) == [
        "I. OVERVIEW",
        ("II. REVENUE", ["Voluntary contributions"]),
        ("III. EXPENDITURE", ["Field offices", "Headquarters"]),
        "IV. OUTLOOK FOR THE NEXT YEAR",
    ]


def test_a_chapters_numeral_printed_out_of_its_order_opens_the_one_chapter_its_neighbours_leave():
    """Plain pdftotext: ``I.`` and ``II.`` over their titles, ``IV.`` over its own, then ``III.`` printed late,
    over a group's heading in capitals (``ANNEXES``), the pages a line apart: III opens the one chapter in
    capitals without a numeral between II's and IV's; the group's heading and the entries under it, each
    opening with its own label (``Annex I – …``), stay apart."""
    leader = " ." * 30
    text = (
        "MC/2450\nOriginal: English\n\nCONTENTS\nPage\n\nI.\n\n"
        f"SUMMARY{leader}\n\n1\n\nII.\n\nINCOME{leader}\n\n1\n\nAssessed income{leader}\n\n2\n\n"
        f"ARREARS AND PAYMENT PLANS{leader}\n\n2\n\nIV.\n\nCONCLUSION{leader}\n\n3\n\nIII.\n\n"
        f"ANNEXES\nAnnex I – Contributions received by Member State{leader}\n\n4\n\n"
        f"Annex II – Payment plans in force at 31 March{leader}\n\n5\n\n"
        "\f1. The Director General submits the report.\n"
    )
    entries = contents_of(text).entries
    assert shape(entries) == [
        "I. SUMMARY",
        ("II. INCOME", ["Assessed income"]),
        "III. ARREARS AND PAYMENT PLANS",
        "IV. CONCLUSION",
        (
            "ANNEXES",
            ["Annex I – Contributions received by Member State", "Annex II – Payment plans in force at 31 March"],
        ),
    ]
    assert [entry.page for entry in entries] == ["1", "1", "2", "3", None]


def test_contents_pages_under_their_titles_are_looked_for_above_the_running_text_that_follows():
    """Plain pdftotext: each entry's page under it after a blank line, the body then opening with unnumbered
    prose whose page carries a note's number alone: the pages pair with the titles, the note's number is none
    of them, and the entries are no footnotes."""
    text = (
        "MC/2062\nOriginal: English\n10 December 2001\n\nCONTENTS\nPage\n"
        "Introductory note . . . . . . . . . . . . . . . . . . . . . . . .\n\n1\n\n"
        "Resolution No. 1051 (LXXXII) – Admission of the Republic of Cape\n"
        "Verde as a Member of the Organization . . . . . . . . . . . . . .\n\n1\n\n"
        "Resolution No. 1052 (LXXXII) – Programme and Budget for 2002 . . . . . .\n\n2\n\n"
        "INTRODUCTORY NOTE\n"
        "At its Eighty-second Session, held in Geneva from 27 to 29 November 2001, the Council\n"
        "adopted the resolutions reproduced in this document, in the order of their numbers.1\n\n1\n\n"
        "The proceedings of the session are recorded in the report on the session.\n"
    )
    entries = contents_of(text).entries
    assert [(entry.title, entry.page) for entry in entries] == [
        ("Introductory note", "1"),
        ("Resolution No. 1051 (LXXXII) – Admission of the Republic of Cape Verde as a Member of the Organization", "1"),
        ("Resolution No. 1052 (LXXXII) – Programme and Budget for 2002", "2"),
    ]
    assert [note.marker for note in iomparse.parse(text).footnotes] == ["1"]


def test_labels_and_pages_printed_apart_open_titles_by_their_kinds_not_in_order():
    """pdfminer: the chapters' roman labels as a column before the titles, each section's letter printed
    after its title, the pages in a column after all: paired in order, the labels would give ``IV.`` to a
    section's title and ``A.`` to a chapter's; the pages go on the titles in order, the romans on the titles
    in capitals, the letters on the titles under each."""
    text = (
        "MC/2290\nOriginal: English\n\nCONTENTS\n\nPage\n\nI.\n\nII.\n\nIII.\n\n"
        "FOREWORD ...............................\n\nHUMAN RESOURCES ........................\n"
        "Recruitment .............................\nA.\nTraining ..............................\nB.\n\n"
        "PREMISES AND SECURITY ..................\nField offices ..........................\nA.\n\n"
        "ANNEX – STAFF BY GRADE ..................\n\n1\n\n1\n\n2\n\n3\n\n4\n\n5\n\n6\n\n"
        "\f1. The Administration reports on its management.\n"
    )
    assert shape(contents_of(text).entries) == [
        "I. FOREWORD",
        ("II. HUMAN RESOURCES", ["A. Recruitment", "B. Training"]),
        ("III. PREMISES AND SECURITY", ["A. Field offices"]),
        "ANNEX – STAFF BY GRADE",
    ]
    assert [entry.page for entry in contents_of(text).entries] == ["1", "1", "4", "6"]


def test_section_labels_apart_that_open_no_contents_title_stay_in_the_text():
    """Letters apart that cannot be paired with the titles under their chapter (three for two) open none;
    they are kept, not dropped with the labels that were paired."""
    text = (
        "MC/2291\nOriginal: English\n\nCONTENTS\n\nPage\n\nI.\n\nII.\n\n"
        "FOREWORD ...................................... 1\n\nFINANCE ...................................... 2\n"
        "Budget ...................................... 2\nA.\nAudit ................................ 3\nB.\nC.\n\n"
        "\f1. The report is submitted.\n"
    )
    contents = iomparse.to_text(iomparse.parse(text)).split("The report is submitted")[0]
    assert "I. FOREWORD" in contents and "II. FINANCE" in contents
    assert all(label in contents for label in ("A.", "B.", "C."))


def test_roman_labels_alone_pair_in_order_with_titles_in_lower_case():
    """Only chapters' numerals printed apart, the titles in sentence case, the pages in a column: labels of
    one kind pair with the titles in order, whatever their case."""
    text = (
        "MC/2292\nOriginal: English\n\nCONTENTS\n\nPage\n\nI.\n\nII.\n\nIII.\n\n"
        "Introduction ...............................\n\nFinancial overview ...............................\n\n"
        "Outlook for the year ...............................\n\n1\n\n3\n\n5\n\n\f1. The report is submitted.\n"
    )
    assert shape(contents_of(text).entries) == [
        "I. Introduction",
        "II. Financial overview",
        "III. Outlook for the year",
    ]


def test_a_statements_entry_broken_off_before_its_date_ends_on_the_dates_line():
    """A contents entry labelled as a statement is (``Statement II – …``), its title broken off before the date
    it ends with (``… for the year ended 31 December`` / ``2003 . . . 5``, ``… as at`` / ``31 December 2003``):
    one entry each, its page on the date's line."""
    text = (
        "MC/2140\nOriginal: English\n\nCONTENTS\n\nPage\n\n"
        "FINANCIAL STATEMENTS . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 4\n"
        "      Statement II – Statement of income and expenditure for the year ended 31 December\n"
        "      2003 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 5\n"
        "      Schedule 1 – Assessed contributions outstanding from Member States as at\n"
        "      31 December 2003 . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 6\n\f"
        "I. INTRODUCTION\n\n1. The Council met.\n"
    )
    entries = contents_of(text).entries
    flat = [(e.title, e.page) for top in entries for e in (top, *top.children)]
    assert flat == [
        ("FINANCIAL STATEMENTS", "4"),
        ("Statement II – Statement of income and expenditure for the year ended 31 December 2003", "5"),
        ("Schedule 1 – Assessed contributions outstanding from Member States as at 31 December 2003", "6"),
    ]


def test_service_areas_and_lines_nest_under_a_parts_lettered_section():
    """A budget's contents: inside a part, a lettered section holds the service areas (roman) and each area
    its service lines (decimal, opening with its numeral); the next part or annex closes them all."""
    assert nested(
        "PART II – OPERATIONAL ACTIVITIES (in US dollars)",
        "A. Overview by region",
        "B. Main service areas",
        "I. Migration Health",
        "I.1 Health Assessments",
        "I.2 Health Promotion",
        "II. Labour Mobility",
        "II.1 Labour Migration",
        "ANNEX – Notes on the estimates",
    ) == [
        (
            "PART II – OPERATIONAL ACTIVITIES (in US dollars)",
            [
                "A. Overview by region",
                (
                    "B. Main service areas",
                    [
                        ("I. Migration Health", ["I.1 Health Assessments", "I.2 Health Promotion"]),
                        ("II. Labour Mobility", ["II.1 Labour Migration"]),
                    ],
                ),
            ],
        ),
        "ANNEX – Notes on the estimates",
    ]


def test_roman_chapters_outside_parts_stay_chapters_after_a_lettered_entry():
    """Without parts, a roman chapter after a lettered section is the next chapter, as before."""
    assert nested("I. INTRODUCTION", "A. Background", "II. FINANCES", "II.1 Revenue") == [
        ("I. INTRODUCTION", ["A. Background"]),
        ("II. FINANCES", ["II.1 Revenue"]),
    ]


def test_inside_a_part_roman_chapters_over_their_letters_stay_chapters():
    """Inside a part whose chapters are roman and hold lettered sections (``I.`` / ``A.`` / ``B.`` / ``II.``),
    the next roman numeral is the next chapter, not a service area under the letter; arabic chapters keep
    their decimal sections (``1.`` / ``1.1``)."""
    assert nested(
        "PART II – OPERATIONAL PART",
        "I. Movement",
        "A. Resettlement",
        "B. Repatriation",
        "II. Migration health",
        "A. Health assessments",
        "III. Labour",
    ) == [
        (
            "PART II – OPERATIONAL PART",
            [
                ("I. Movement", ["A. Resettlement", "B. Repatriation"]),
                ("II. Migration health", ["A. Health assessments"]),
                "III. Labour",
            ],
        )
    ]
    assert nested("PART I – ADMINISTRATION", "A. Staff costs", "1. Salaries", "1.1 Base salaries", "2. Benefits") == [
        ("PART I – ADMINISTRATION", ["A. Staff costs", ("1. Salaries", ["1.1 Base salaries"]), "2. Benefits"])
    ]


def test_an_annex_label_printed_apart_among_the_contents_is_the_annexs_entry_not_an_annex():
    """pdftotext without -layout prints the contents' labels apart from their titles, the annex's too
    (``ANNEX`` / blank / ``MEMBERS OF THE ORGANIZATION`` / ``AT THE END OF THE YEAR . . . .``): the label and
    the title ending with a leader are the contents' entry for the annex; the body after the contents stays
    the body, no annex opened before it."""
    leader = " ." * 50
    text = (
        "MC/1900\nOriginal: English\n2 May 1997\n\nCOUNCIL\n\nSEVENTY-FOURTH SESSION\n\n"
        "ANNUAL REPORT FOR 1996\n\nCONTENTS\n\nPage\n\nI.\n\nINTRODUCTION" + leader + "\n\n1\n\nII.\n\n"
        "ACTIVITIES"
        + leader
        + "\n\n2\n\nANNEX\n\nMEMBERS OF THE ORGANIZATION\nAT THE END OF THE YEAR"
        + leader
        + "\n\n3\n\nMC/1900\nPage 1\n\nI.\n\nINTRODUCTION\n\n"
        "1. The present report covers the year 1996 and the work of the Organization in that year.\n\n"
        "II.\n\nACTIVITIES\n\n2. The Organization assisted more migrants than in any year before.\n"
    )
    document = iomparse.parse(text)
    assert document.annexes == ()
    assert [block.num for block in document.body if isinstance(block, iomparse.Section)] == ["I", "II"]
    entries = [line for line in lex(text).tokens if line.type == "TOC_ENTRY"]
    assert [(line.info.rule, line.info.text) for line in entries] == [
        ("contents-entry", "I. INTRODUCTION . . . . . 1"),  # (their labels and pages put back: each an entry)
        ("contents-entry", "II. ACTIVITIES . . . . . 2"),
        ("contents-annex-entry", "ANNEX MEMBERS OF THE ORGANIZATION AT THE END OF THE YEAR"),
    ]


def test_contents_whose_labels_column_is_headed_beside_the_pages_keeps_its_entries():
    """``Resolution No.        Page`` over a compilation's entries (``976 (LXXVI)   Admission … . . . 2``): the
    columns' headings, not text that ends the contents."""
    text = (
        "MC/1968\nOriginal: English\n10 December 1998\n\nSEVENTY-SIXTH SESSION\n\n"
        "RESOLUTIONS ADOPTED BY THE COUNCIL\n\n"
        "                                  CONTENTS\n\n"
        "Resolution No.                                                          Page\n\n"
        "976 (LXXVI)      Admission of the Republic of Guinea as a Member . . . . . . .     2\n\n"
        "977 (LXXVI)      Programme and Budget for 1999 . . . . . . . . . . . . . . . .     3\n\n"
    )
    document = iomparse.parse(text)
    (contents,) = [block for block in document.body if isinstance(block, iomparse.model.Contents)]
    assert contents.column == "Resolution No. Page"
    assert [(entry.title, entry.page) for entry in contents.entries] == [
        ("976 (LXXVI) Admission of the Republic of Guinea as a Member", "2"),
        ("977 (LXXVI) Programme and Budget for 1999", "3"),
    ]


def test_a_records_contents_without_pages_and_with_agenda_item_labels_keep_an_entry_a_line():
    """A typed record's contents list its items without pages (``Agenda item 8:  General debate``), a blank
    line between: no entry is run into the next as one paragraph, and the body's first heading repeating
    the first entry tells they are contents."""
    text = (
        "                                                     MC/C/SR/386\n"
        "                                                     Original: ENGLISH\n\n"
        "                               CONTENTS\n\n"
        "Agenda item 8:     General debate (continued)\n\n"
        "Agenda item 9:     Report on the Eighty-fourth Session of the\n"
        "                   Executive Committee\n\n"
        "Closure of the session\n\n\n"
        "______________________________________________________________________\n\n"
        "Corrections to this record should be submitted in writing within two weeks.\n\n"
        "          COUNCIL              CONSEIL              CONSEJO\n\f"
        "                                                           MC/C/SR/386\n"
        "                                - 2 -\n\n"
        "              AGENDA ITEM 8:  GENERAL DEBATE (continued)\n\n"
        "1.    Mr. KOWALCZYK (Poland) said that the changes in the region had brought migration\n"
        "questions to the forefront of his Government's concerns.\n"
    )
    (contents,) = [block for block in iomparse.parse(text).body if isinstance(block, Contents)]
    assert [entry.title for entry in contents.entries] == [
        "Agenda item 8: General debate (continued)",
        "Agenda item 9: Report on the Eighty-fourth Session of the Executive Committee",
        "Closure of the session",
    ]


def test_a_records_contents_without_pages_keep_their_lettered_entries_and_an_entry_ending_with_a_colon():
    """``Applications … (continued):`` / ``(a)  Application of …`` / ``(b)  … for`` / ``representation …``:
    the entries of a record's contents printed without pages, the lettered ones under the one above, none
    run into the next; the body's first heading repeats the first, ``(continued)`` on a line of its own."""
    text = (
        "                                                     MC/C/SR/320\n"
        "                                                     Original: ENGLISH\n\n"
        "                               CONTENTS\n\n"
        "Applications for membership and for observer status (continued):\n\n"
        "    (a)  Application of the Republic of Uganda for membership\n\n"
        "    (b)  Application of the Lutheran World Federation for\n"
        "         representation by an observer\n\n"
        "General debate (continued)\n\n"
        "Other business\n\n\n"
        "The meeting was called to order at 10.20 a.m.\n\f"
        "                                                           MC/C/SR/320\n"
        "                                                           Page 2\n\n\n"
        "         APPLICATIONS FOR MEMBERSHIP AND FOR OBSERVER STATUS\n"
        "                             (continued)\n\n"
        "1.   The CHAIRMAN recalled that the Council had before it two applications.\n"
    )
    document = iomparse.parse(text)
    (contents,) = [block for block in document.body if isinstance(block, Contents)]
    (first, *others) = contents.entries
    assert first.title == "Applications for membership and for observer status (continued):"
    assert [entry.title for entry in first.children] == [
        "(a) Application of the Republic of Uganda for membership",
        "(b) Application of the Lutheran World Federation for representation by an observer",
    ]
    assert [entry.title for entry in others] == ["General debate (continued)", "Other business"]
    headings = [iomparse.model.inline_text(s.heading) for s in document.body if isinstance(s, iomparse.Section)]
    assert headings == ["APPLICATIONS FOR MEMBERSHIP AND FOR OBSERVER STATUS (continued)"]


def test_a_statements_entry_broken_inside_its_date_is_one_entry():
    text = (
        "CONTENTS\n\n                                                              Page\n\n"
        "II.   FINANCIAL STATEMENTS .......................................................    2\n\n"
        "      Statement I – Statement of financial position as at 31\n"
        "      December 2022 ..................................................................    3\n\n"
        "      Statement II – Statement of financial performance for the year\n"
        "      ended 31 December 2022 ..........................................................    4\n"
    )
    (contents,) = [block for block in iomparse.parse(text).body if isinstance(block, Contents)]
    (statements,) = contents.entries
    assert [(entry.title, entry.page) for entry in statements.children] == [
        ("Statement I – Statement of financial position as at 31 December 2022", "3"),
        ("Statement II – Statement of financial performance for the year ended 31 December 2022", "4"),
    ]


RECORD_COVER = (
    "MC/C/SR/470\nOriginal: English\n9 December 2005\nNINETIETH SESSION\n\n"
    "PROVISIONAL SUMMARY RECORD OF THE FOUR HUNDRED AND SEVENTIETH MEETING\n\n"
    "Held at the Palais des Nations, Geneva,\non Wednesday, 30 November 2005, at 10.05 a.m.\n\nCONTENTS\n"
)
RECORD_BODY = (
    "MC/C/SR/470\nPage 2\n\nThe meeting was called to order at 10.05 a.m.\n\n"
    "GENERAL DEBATE (agenda item 8)\n\n1.\nMr. RAHMAN (Bangladesh) said that his country supported the report.\n"
)


def test_a_records_entries_keep_their_agenda_items_numbers_whatever_prints_them_apart():
    """A record's contents list agenda items by number; pdftotext prints the number over the title and the
    page under it, pdfminer all the numbers, then the titles, then the pages: the numbers open their
    entries, none is the body's first paragraph, and every entry finds its page."""
    plain = (
        RECORD_COVER + "Page\n8.\n\nGeneral debate (continued) ............................................\n\n2\n\n"
        "9.\n\nInternational Dialogue on Migration .................................\n\n4\n\n\f" + RECORD_BODY
    )
    pdfminer = (
        RECORD_COVER + "\n8.\n\n9.\n\nGeneral debate (continued) ............................................\n\n"
        "International Dialogue on Migration .................................\n\nPage\n\n2\n\n4\n\n\f" + RECORD_BODY
    )
    for text in (plain, pdfminer):
        assert [(entry.title, entry.page) for entry in contents_of(text).entries] == [
            ("8. General debate (continued)", "2"),
            ("9. International Dialogue on Migration", "4"),
        ]


def test_a_records_paragraph_ranges_printed_under_their_titles_find_them_past_a_rule():
    """The paragraphs an entry covers (``1–9``) printed under its title after a blank line, a typed rule under
    the last title before its range: each range goes to its title, the rule is no title."""
    text = (
        RECORD_COVER + "Paragraphs\n\nGeneral debate (continued) .......................................\n\n1–9\n\n"
        "Programme and Budget for 2006 ....................................\n"
        "______________________________________________________________\n\n10–14\n\n" + RECORD_BODY
    )
    assert [(entry.title, entry.page) for entry in contents_of(text).entries] == [
        ("General debate (continued)", "1–9"),
        ("Programme and Budget for 2006", "10–14"),
    ]


def test_a_groups_line_in_capitals_with_no_page_among_the_entries_is_an_entry_holding_the_next():
    """``ANNEXED TABLES`` between entries, no page beside it: the entry of a group, the entries after it
    nested under it, the contents going on past it (not ended by it)."""
    text = (
        "MC/2302\nOriginal: ENGLISH\n12 May 2010\n\nCONTENTS\n\n"
        "I.    INTRODUCTION .............................................. 1\n\n"
        "II.   THE YEAR IN FIGURES ....................................... 1\n\n"
        "ANNEXED TABLES\n\n"
        "      Table A – Income by source .................................. 3\n\n"
        "      Table B – Expenditure by region ............................. 4\n\n"
        "APPENDICES\n\n"
        "      Appendix 1 – Member States in arrears ....................... 5\n\n"
        "I.    INTRODUCTION\n\n1.    The Director General presents the accounts of the year to the Committee.\n"
    )
    contents = contents_of(text)
    assert shape(contents.entries) == [
        "I. INTRODUCTION",
        "II. THE YEAR IN FIGURES",
        ("ANNEXED TABLES", ["Table A – Income by source", "Table B – Expenditure by region"]),
        ("APPENDICES", ["Appendix 1 – Member States in arrears"]),
    ]
    assert [entry.page for entry in contents.entries] == ["1", "1", None, None]


def test_a_statements_entry_sits_under_a_chapter_naming_the_statements_else_beside_the_chapters():
    assert nested("Introduction", "Statement I – Position", "Statement II – Income", "Notes to the statements") == [
        "Introduction",
        "Statement I – Position",
        "Statement II – Income",
        "Notes to the statements",
    ]
    assert nested("II. OVERVIEW", "III. FINANCIAL STATEMENTS", "Statement I – Position", "Schedule 1 – Arrears") == [
        "II. OVERVIEW",
        ("III. FINANCIAL STATEMENTS", ["Statement I – Position", "Schedule 1 – Arrears"]),
    ]


def test_a_group_holds_neither_a_part_nor_an_annex_it_does_not_name():
    def paged(*entries: tuple[str, str | None]) -> list:
        return shape(nest_contents([ContentsEntry(title, page) for title, page in entries]))

    assert paged(
        ("DIRECTOR GENERAL'S OVERVIEW", "1"),
        ("FINANCIAL STATEMENTS", None),
        ("Statement I – Position", "5"),
        ("ANNEX I – Contributions outstanding", "20"),
        ("PART II – SUPPLEMENTARY INFORMATION", "25"),
    ) == [
        "DIRECTOR GENERAL'S OVERVIEW",
        ("FINANCIAL STATEMENTS", ["Statement I – Position"]),
        "ANNEX I – Contributions outstanding",
        "PART II – SUPPLEMENTARY INFORMATION",
    ]
    assert paged(("I. INTRODUCTION", "1"), ("ANNEXES", None), ("Annex I – Scale", "4"), ("Annex II – Staff", "5")) == [
        "I. INTRODUCTION",
        ("ANNEXES", ["Annex I – Scale", "Annex II – Staff"]),
    ]
    assert paged(("PART I – ADMINISTRATION", None), ("I. STAFF", "2"), ("II. OFFICES", "3")) == [
        ("PART I – ADMINISTRATION", ["I. STAFF", "II. OFFICES"])
    ], "an unpaged part keeps its rank"


def test_schedules_under_a_heading_naming_them():
    assert nested("I. INTRODUCTION", "SUPPLEMENTARY SCHEDULES", "Schedule 1 – Arrears", "Schedule 2 – Loans") == [
        "I. INTRODUCTION",
        ("SUPPLEMENTARY SCHEDULES", ["Schedule 1 – Arrears", "Schedule 2 – Loans"]),
    ]


def test_pages_printed_apart_are_not_paired_past_labels_printed_apart_without_leaders():
    """pdfminer prints a contents' roman labels in a column of their own (``I.`` … ``V.``) and only some pages
    apart: labels without leaders are entries' labels, not groups' titles, so the titles with leaders are not
    paired with the pages on the strength of their count alone (their order is not the text's)."""
    leader = " ." * 40
    text = (
        "MC/1871\nOriginal: English\n10 May 1996\n\nCOUNCIL\n\nSEVENTY-SECOND SESSION\n\nANNUAL REPORT\n\n"
        "CONTENTS\n\nPage\n\nI.\n\nII.\n\nIII.\n\nINTRODUCTION" + leader + "\n\nACTIVITIES" + leader + "\n\n"
        "A. Movements" + leader + "\n\n1\n\n1\n\n2\n\nMC/1871\nPage 1\n\nI.\n\nINTRODUCTION\n\n"
        "1. The present report covers the year 1995.\n"
    )
    entries = [line for line in lex(text).tokens if line.type == "TOC_ENTRY"]
    assert [line.info.text for line in entries if line.info.text.startswith("III.")] == []


def test_an_entry_in_capitals_wrapped_before_ended_and_its_date_is_one_entry():
    """``-layout`` contents: a statement's title in capitals wrapped before ``ENDED 31 DECEMBER 2015``, its page
    on that line: one entry, its label and title whole, no heading read out of its first line."""
    text = (
        "C/207/3\nOriginal: English\n25 May 2046\n\nCOUNCIL\n207th Session\n\nFINANCIAL REPORT\n\n"
        "                                   CONTENTS\n\n"
        "                                                                                  Page\n\n"
        "INTRODUCTION BY THE DIRECTOR GENERAL .............................................   1\n\n"
        "STATEMENT II – STATEMENT OF FINANCIAL PERFORMANCE FOR THE YEAR\n"
        "   ENDED 31 DECEMBER 2045 .......................................................   3\n\n"
        "NOTES TO THE FINANCIAL STATEMENTS ................................................   4\n\n"
        "\fC/207/3\nPage 1\n\nINTRODUCTION BY THE DIRECTOR GENERAL\n\n"
        "1.      The Director General has the honour to submit the financial report for the year.\n"
    )
    assert [entry.title for entry in contents_of(text).entries] == [
        "INTRODUCTION BY THE DIRECTOR GENERAL",
        "STATEMENT II – STATEMENT OF FINANCIAL PERFORMANCE FOR THE YEAR ENDED 31 DECEMBER 2045",
        "NOTES TO THE FINANCIAL STATEMENTS",
    ]


def test_a_numbered_entry_wrapped_before_its_leaders_and_page_is_one_entry():
    """A summary record's contents lists agenda items by their numbers; an item's title too long for one line
    wraps before its leaders and page (``12.  Status report … of the`` / ``Budget . . . .  4``): one entry,
    not a paragraph 12 among the entries."""
    text = (
        "MC/C/SR/398\nOriginal: English\n28 November 1994\n\n\nSIXTY-EIGHTH SESSION\n\n"
        "          PROVISIONAL SUMMARY RECORD OF THE THREE HUNDRED AND NINETY-EIGHTH MEETING\n\n"
        "                                    CONTENTS\n\n"
        "                                                                           Page\n"
        "9.        General debate (concluded) . . . . . . . . . . . . . . . . . . . .      2\n"
        "12.       Status report on outstanding contributions to the Administrative Part of the\n"
        "          Budget . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .     4\n"
        "16.       Other business . . . . . . . . . . . . . . . . . . . . . . . . . . . .      5\n\n\n"
        "              GENERAL DEBATE (MC/1779) (concluded)\n\n"
        "1.      Mr. KARLSSON (Sweden) said that his delegation had studied the report with interest.\n"
    )
    document = iomparse.parse(text)
    (contents,) = [block for block in document.body if isinstance(block, Contents)]
    assert [(entry.title, entry.page) for entry in contents.entries] == [
        ("9. General debate (concluded)", "2"),
        ("12. Status report on outstanding contributions to the Administrative Part of the Budget", "4"),
        ("16. Other business", "5"),
    ]
    assert [b.num for _, b in iomparse.paths.walk(document) if isinstance(b, iomparse.model.Paragraph)] == ["1"]


def test_a_compilations_resolution_numbers_each_over_its_whole_entry_open_the_entries():
    """Plain pdftotext prints a compilation's contents' column of resolutions' numbers a line above each entry,
    the entry whole with its page (``No. 1124 (XC)`` / ``Admission of … ……… 2``): each number opens its
    entry's title."""
    text = (
        "MC/2193\nOriginal: English\n7 December 2005\n\nNINETIETH SESSION\n\n"
        "RESOLUTIONS ADOPTED BY THE COUNCIL\nAT ITS NINETIETH SESSION\n\nCONTENTS\nPage\n\n"
        "No. 1124 (XC)\n\nAdmission of the Togolese Republic as a Member of the Organization ... 2\n\n"
        "No. 1125 (XC)\n\nRepresentation of the Arab Maghreb Union by an observer ............ 2\n\n"
        "COUNCIL\n\nCONSEIL\n\nCONSEJO\n\fMC/2193\nPage 2\n\nRESOLUTION No. 1124 (XC)\n\n"
        "(Adopted by the Council at its 461st meeting on 29 November 2005)\n\n"
        "ADMISSION OF THE TOGOLESE REPUBLIC AS A MEMBER OF THE ORGANIZATION\n\nThe Council,\n\n"
        "Having received the application of the Togolese Republic,\n\nResolves:\n\n1. To admit it.\n"
    )
    document = iomparse.parse(text)
    (contents,) = [block for block in document.body if isinstance(block, Contents)]
    assert [(entry.title, entry.page) for entry in contents.entries] == [
        ("No. 1124 (XC) Admission of the Togolese Republic as a Member of the Organization", "2"),
        ("No. 1125 (XC) Representation of the Arab Maghreb Union by an observer", "2"),
    ]


def test_numbered_entries_printed_apart_from_their_pages_one_wrapped_before_its_leader_are_all_entries():
    """Plain pdftotext prints a summary record's contents an item's number, its title and its page apart
    (``12.`` / ``Status report … of the`` / ``Budget . . . .`` / ``4``): a title wrapped before its leader
    is an entry too, and so are the entries after it, no paragraphs of the body."""
    text = (
        "MC/C/SR/398\nOriginal: English\n28 November 1994\n\nSIXTY-EIGHTH SESSION\n\n"
        "PROVISIONAL SUMMARY RECORD OF THE\nTHREE HUNDRED AND NINETY-EIGHTH MEETING\n\nCONTENTS\nPage\n"
        "9.\n\nGeneral debate (concluded) . . . . . . . . . . . . . . . . . . . . . . . .\n\n2\n\n"
        "12.\n\nStatus report on outstanding contributions to the Administrative Part of the\n"
        "Budget . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .\n\n4\n\n"
        "16.\n\nOther business . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .\n\n5\n\n"
        "COUNCIL\n\nCONSEIL\n\nCONSEJO\n\fMC/C/SR/398\nPage 2\n\nGENERAL DEBATE (MC/1779) (concluded)\n"
        "1.\nMr. KARLSSON (Sweden) said that his delegation had studied the report with interest.\n"
    )
    document = iomparse.parse(text)
    (contents,) = [block for block in document.body if isinstance(block, Contents)]
    assert [(entry.title[:14], entry.page) for entry in contents.entries] == [
        ("9. General deb", "2"),
        ("12. Status rep", "4"),
        ("16. Other busi", "5"),
    ]
    assert [b.num for _, b in iomparse.paths.walk(document) if isinstance(b, iomparse.model.Paragraph)] == ["1"]


def test_a_bodys_first_label_after_the_contents_is_its_headings_not_an_entrys():
    """Plain pdftotext: the contents' labels printed apart (``I.`` / ``INTRODUCTION …… 1`` / ``II.`` / …), the
    last entry, then the running title and the body's ``I.`` / ``INTRODUCTION``: the contents end at their
    last entry, so that label opens the body's first heading and no running title."""
    text = (
        "MC/INF/270\nOriginal: English\n3 October 2033\n\nNINETIETH SESSION\n\nHEALTH AND MIGRATION\n\n"
        "\fMC/INF/270\nPage 1\n\nCONTENTS\nPage\nI.\n\nINTRODUCTION ............................................ 1\n\n"
        "II.\n\nTRENDS IN MIGRANT HEALTH .................................... 1\n"
        "III.\n\nPOLICY OPTIONS ............................................ 2\n"
        "HEALTH AND MIGRATION\n\nI.\n\nINTRODUCTION\n\n"
        "1.\nThe Council asked the Administration to report on the health of migrants at its next session.\n\n"
        "II.\n\nTRENDS IN MIGRANT HEALTH\n\n"
        "2.\nMigrants face barriers to care in many countries, whatever their status on arrival.\n\n"
        "III.\n\nPOLICY OPTIONS\n\n"
        "3.\nGovernments may wish to extend primary care to all migrants regardless of their status.\n"
    )
    document = iomparse.parse(text)
    sections = [block for block in document.body if isinstance(block, iomparse.Section)]
    assert [(s.num, iomparse.model.inline_text(s.heading)) for s in sections] == [
        ("I", "INTRODUCTION"),
        ("II", "TRENDS IN MIGRANT HEALTH"),
        ("III", "POLICY OPTIONS"),
    ]
    (contents,) = [block for block in document.body if isinstance(block, Contents)]
    assert [entry.title for entry in contents.entries] == [
        "I. INTRODUCTION",
        "II. TRENDS IN MIGRANT HEALTH",
        "III. POLICY OPTIONS",
    ]
