"""A labelled line's content is what follows its label, however the line is spaced and marked up."""

from __future__ import annotations

import pytest
from conftest import diagnostic_codes

from iomparse import model, parse, to_text
from iomparse.paths import walk


def _last_block(line: str):
    doc = parse(f"1. The first paragraph.\n\n{line}\n")
    paragraph = doc.body[0]
    return paragraph.children[-1] if paragraph.children else doc.body[-1]


@pytest.mark.parametrize(
    ("line", "content"),
    [
        ("(a) an item", [model.Text("an item")]),
        ("(a)   an   item", [model.Text("an   item")]),  # spaces as written
        ("- (b)  an item", [model.Text("an item")]),
        ("**(c) a bold item**", [model.Strong([model.Text("a bold item")])]),  # the opening ** kept
        ("• •", [model.Text("•")]),  # a bullet whose text is a bullet: the bullet is not copied in
        ("•  •", [model.Text("•")]),
        ("- -", [model.Text("-")]),
        ("-   -", [model.Text("-")]),
    ],
)
def test_an_item_holds_what_follows_its_label(line, content):
    item = _last_block(line)
    assert isinstance(item, model.Item)
    assert list(item.content) == content


@pytest.mark.parametrize("line", ["2. .", "2.  .", "2.   ."])
def test_a_paragraph_holds_what_follows_its_number(line):
    doc = parse(f"1. The first paragraph.\n\n{line}\n")
    assert doc.body[-1].num == "2"
    assert doc.body[-1].content == (model.Text("."),)


def test_a_bullet_indented_under_the_bullet_above_it_is_its_sub_item_on_its_page():
    """A converter's nested list (``- … by:`` / ``    - …``) nests; bullets printed further right on the next
    page (``-layout`` starts a page's text at another column) stay in the list they go on."""
    nested = parse(
        "1. The Group sets out its priorities:\n\n- more staff in the field;\n- safe pathways, by:\n"
        "    - skills partnerships;\n    - portable benefits;\n- better data.\n"
    )
    items = nested.body[0].children
    assert [len(item.children) for item in items] == [0, 2, 0]
    assert model.inline_text(items[1].children[1].content) == "portable benefits;"
    paged = parse(
        "1.   The priorities are:\n     • more staff in the field;\n     • safe pathways;\n\f"
        "          • skills partnerships;\n          • better data.\n"
    )
    assert [len(item.children) for item in paged.body[0].children] == [0, 0, 0, 0]


AGENDA = (
    "C/97/1\n\nOriginal: English\n\n30 September 2009\n\nCOUNCIL\n\n97th Session\n\nPROVISIONAL AGENDA\n\n"
    "1.    Election of officers\n2.    Closure of the session\n\n\fANNOTATIONS\n\n1.    Election of officers\n\n"
)


def _items_and_texts(text: str) -> tuple[list[str], list[str]]:
    """The text of each item, and of each unnumbered paragraph, of an agenda's annotations."""
    blocks = [block for _, block in walk(parse(AGENDA + text)) if isinstance(block, model.Item | model.Paragraph)]
    found = [(type(block), model.inline_text(block.content)) for block in blocks]
    return [t for kind, t in found if kind is model.Item], [t for kind, t in found if kind is model.Paragraph][2:]


def test_a_paragraph_after_a_blank_line_under_a_bullet_list_of_names_is_no_part_of_the_last_bullet():
    """Bullets naming offices end with no punctuation (``•  Rapporteur``); the sentence after the blank line
    under them is the next paragraph, not the last bullet's text; a bullet wrapped over a full line goes on."""
    items, texts = _items_and_texts(
        "The Council will elect the following officers for the session:\n"
        "        •     Chairperson\n        •     Rapporteur\n\n"
        "Consultations on the candidates are being held within the regional groups.\n"
    )
    assert items == ["Chairperson", "Rapporteur"]
    assert texts[-1].startswith("Consultations on the candidates")
    items, _ = _items_and_texts(
        "The Council will consider:\n"
        "        •     the report of the Standing Committee on Programmes and Finance on its Thirty-second\n\n"
        "Session, held in June.\n"
    )
    assert items[-1].endswith("Thirty-second Session, held in June.")
    items, _ = _items_and_texts(  # pdfminer's blank line inside a bullet broken off on a short line
        "The Council will consider:\n        •     the report of the\n\nStanding Committee on Programmes and Finance.\n"
    )
    assert items[-1] == "the report of the Standing Committee on Programmes and Finance."


def test_a_chapter_cited_at_the_start_of_a_wrapped_line_opens_no_heading():
    """``(see`` / ``Chapter III); and``: a reference in an item's wrapped text, not a chapter's heading (a
    heading's text opens with no closing bracket or comma), so the sections after it keep their level."""
    text = (
        "5.     The scale has been calculated in three steps:\n\n"
        "       (a)   the rates of all States have been added together;\n"
        "       (b)   each State below the minimum has been assessed at the minimum rate (see\n"
        "             Chapter III); and\n"
        "       (c)   the balance has been distributed among the other Member States.\n\n"
        "III.   MINIMUM RATE\n\n"
        "6.     The minimum rate is unchanged.\n"
    )
    document = parse(text)
    assert [(type(block).__name__, block.num) for block in document.body] == [("Paragraph", "5"), ("Section", "III")]
    assert "(see Chapter III); and" in model.inline_text(document.body[0].children[1].content)


def test_an_operative_formula_in_italics_its_colon_outside_them_opens_the_operative_part():
    """``*Resolves*:`` (a PDF's italics, the colon set upright): the operative formula, ``Resolves``."""
    text = (
        "RESOLUTION No. 1500 (CXX)\n\n(Adopted by the Council at its 600th meeting on 1 December 2030)\n\n"
        "ADMISSION OF THE REPUBLIC OF PALAU AS A MEMBER\n\nThe Council,\n\n"
        "Having received the application of the Republic of Palau for membership,\n\n*Resolves*:\n\n"
        "1.     To admit the Republic of Palau as a Member of the Organization;\n\n"
        "2.     To fix its contribution at 0.035 per cent.\n"
    )
    (resolution,) = [block for block in parse(text).body if isinstance(block, model.Resolution)]
    assert resolution.operative_formula == "Resolves"
    assert [clause.num for clause in resolution.operative] == ["1", "2"]


def test_a_resolutions_heading_with_nothing_under_it_is_a_warning():
    """``Resolution No. 1501 (CXX)`` alone on its line (a contents' entry, a citation) read as a heading: the
    resolution has no title and no clause, and the document says so rather than keep it silently."""
    text = (
        "MC/2600\nOriginal: English\n1 December 2030\n\nRESOLUTIONS ADOPTED BY THE COUNCIL\n\n"
        "Resolution No. 1501 (CXX)\n\n"
        "RESOLUTION No. 1500 (CXX)\n(Adopted by the Council at its 600th meeting on 1 December 2030)\n"
        "ADMISSION OF PALAU\nThe Council,\nHaving received the application of Palau,\nResolves:\n"
        "1. To admit Palau.\n"
    )
    document = parse(text)
    empty = [d for d in document.diagnostics if d.code == "resolution-empty"]
    assert [(d.severity, d.line) for d in empty] == [("warning", 7)]


def test_drafts_headed_by_their_place_in_roman_numerals_are_each_a_resolution():
    """``DRAFT RESOLUTION I`` / ``DRAFT RESOLUTION II``: drafts under one cover, each headed by its place among
    them (no number of its own), each a resolution with its title and head note."""
    text = (
        "MC/L/900\nOriginal: English\n20 November 1999\n\nDRAFT RESOLUTIONS\n\n"
        "1.   The drafts below are submitted to the Council.\n\n"
        "DRAFT RESOLUTION I\n\nADMISSION OF THE KINGDOM OF NEPAL AS A MEMBER\n(Submitted by the Bureau)\n\n"
        "The Council,\n\nHaving received the application of the Kingdom of Nepal,\n\nResolves:\n\n"
        "1.   To admit the Kingdom of Nepal as a Member.\n\n"
        "DRAFT RESOLUTION II\n\nGRANTING OF OBSERVER STATUS\n(Submitted by the Bureau)\n\n"
        "The Council,\n\nHaving received the requests for observer status,\n\nResolves:\n\n"
        "1.   To grant observer status to the applicants;\n\n2.   To invite them to its sessions.\n"
    )
    document = parse(text)
    resolutions = [block for block in document.body if isinstance(block, model.Resolution)]
    assert [r.place for r in resolutions] == ["I", "II"]
    assert [(r.heading, r.draft, r.number, r.title, r.head_notes) for r in resolutions] == [
        (
            "DRAFT RESOLUTION I",
            True,
            None,
            "ADMISSION OF THE KINGDOM OF NEPAL AS A MEMBER",
            ("(Submitted by the Bureau)",),
        ),
        ("DRAFT RESOLUTION II", True, None, "GRANTING OF OBSERVER STATUS", ("(Submitted by the Bureau)",)),
    ]
    assert [len(r.operative) for r in resolutions] == [1, 2]
    assert not [d for d in document.diagnostics if d.code == "unclassified"]


def test_drafts_each_under_a_header_block_whose_symbol_the_cover_lists_stacked_are_each_a_resolution():
    """A cover listing the drafts' symbols a line each (``MC/L/700`` / ``MC/L/701``), then each draft under a
    header block of its own, its symbol one of the cover's: the symbol opens the draft's header block, no
    running header repeating the document's own (the drafts after the first were read as annexes, and the
    document as one resolution)."""
    header = "MC/L/{}\nOriginal: English\n20 November 1996\n\nSEVENTY-SECOND SESSION\n\n"
    text = (
        "MC/L/700\nMC/L/701\nOriginal: English\n20 November 1996\n\nSEVENTY-SECOND SESSION\n\n"
        "DRAFT RESOLUTIONS SUBMITTED TO THE COUNCIL\n\n"
        + header.format(700)
        + "DRAFT RESOLUTION\n\nPROGRAMME AND BUDGET FOR 1997\n\nThe Council,\n\n"
        "Having examined the Programme and Budget for 1997,\n\nResolves:\n\n1.   To approve it.\n\n"
        + header.format(701)
        + "DRAFT RESOLUTION\n\nADMISSION OF YEMEN\n\nThe Council,\n\n"
        "Having received the application of Yemen,\n\nDecides:\n\n1.   To admit Yemen;\n\n"
        "2.   To welcome its representatives.\n"
    )
    document = parse(text)
    resolutions = [block for block in document.body if isinstance(block, model.Resolution)]
    assert document.meta.kind == "draft_resolutions"
    assert not document.annexes
    assert [(r.title, len(r.operative), str(r.header.symbol) if r.header else None) for r in resolutions] == [
        ("PROGRAMME AND BUDGET FOR 1997", 1, "MC/L/700"),
        ("ADMISSION OF YEMEN", 2, "MC/L/701"),
    ]


def test_an_operative_clause_keeps_the_table_it_sets_out_and_the_clauses_after_it_stay_the_resolutions():
    """``2. To fix the contributions … as follows:`` over a table of Member States, then clause 3: the table
    is the clause's, as a numbered paragraph keeps its table, and clause 3 is still an operative clause."""
    text = (
        "MC/2300\nOriginal: English\n1 December 2009\n\n"
        "RESOLUTION No. 1190 (XCVIII)\n(Adopted by the Council at its 490th meeting on 30 November 2009)\n\n"
        "PROGRAMME AND BUDGET FOR 2010\n\nThe Council,\n\nHaving considered the Programme and Budget for 2010,\n\n"
        "Resolves:\n\n1.   To approve the Programme and Budget for 2010;\n\n"
        "2.   To fix the contributions of the new Members as follows:\n\n"
        "      Member State          Percentage      Swiss francs\n"
        "      Republic of Palau          0.035            12,985\n"
        "      Tuvalu                     0.035            12,985\n"
        "      Total                      0.070            25,970\n\n"
        "3.   To request the Director General to report on its implementation.\n"
    )
    document = parse(text)
    (resolution,) = [block for block in document.body if isinstance(block, model.Resolution)]
    assert [clause.num for clause in resolution.operative] == ["1", "2", "3"]
    (table,) = resolution.operative[1].children
    assert isinstance(table, model.Table)
    assert [row[0] for row in table.cells] == ["Member State", "Republic of Palau", "Tuvalu", "Total"]
    assert not [d for d in document.diagnostics if d.code == "unclassified"]
    (again,) = [block for block in parse(to_text(document)).body if isinstance(block, model.Resolution)]
    assert [(clause.num, [type(child).__name__ for child in clause.children]) for clause in again.operative] == [
        ("1", []),
        ("2", ["Table"]),
        ("3", []),
    ]


def test_a_drafts_title_in_capitals_ending_with_a_comma_on_membership_is_its_title_not_a_salutation():
    """``APPLICATIONS FOR MEMBERSHIP IN THE ORGANIZATION BY PALAU,`` / ``TUVALU AND NAURU`` under a draft's
    heading: ``MEMBERSHIP`` names no audience (``Members of the Council,`` would), so the lines are its title."""
    text = (
        "DRAFT RESOLUTION II\n\nAPPLICATIONS FOR MEMBERSHIP IN THE ORGANIZATION BY PALAU,\nTUVALU AND NAURU\n\n"
        "The Council,\n\nHaving received the applications,\n\nResolves:\n\n1.   To admit the three States.\n"
    )
    (resolution,) = [block for block in parse(text).body if isinstance(block, model.Resolution)]
    assert resolution.title == "APPLICATIONS FOR MEMBERSHIP IN THE ORGANIZATION BY PALAU, TUVALU AND NAURU"


def test_a_table_in_an_annex_that_opens_with_its_own_header_after_a_resolution_stays_its_paragraphs():
    """A resolution, then an annex opening with a header block of its own and a paragraph ending with a colon
    over a table: the resolution ends at the annex's header, and the table is the paragraph's."""
    text = (
        "MC/2300\nOriginal: English\n1 December 2009\n\n"
        "RESOLUTION No. 1190 (XCVIII)\n(Adopted by the Council at its 490th meeting on 30 November 2009)\n\n"
        "PROGRAMME AND BUDGET FOR 2010\n\nThe Council,\n\nHaving considered the Programme and Budget for 2010,\n\n"
        "Resolves:\n\n1.   To approve the Programme and Budget for 2010.\n\n\f"
        "MC/2290\nOriginal: English\n2 October 2009\n\nNINETY-EIGHTH SESSION\n\n"
        "CONTRIBUTIONS OF NEW MEMBERS\n\n1.   The Council admitted two States.\n\n"
        "2.   The contributions of the new Members are as follows:\n\n"
        "      Member State          Percentage      Swiss francs\n"
        "      Republic of Palau          0.035            12,985\n"
        "      Tuvalu                     0.035            12,985\n\n"
        "3.   The scale will be revised.\n"
    )
    document = parse(text)
    (annex,) = document.annexes
    paragraphs = [block for block in annex.body if isinstance(block, model.Paragraph)]
    assert [(p.num, [type(child).__name__ for child in p.children]) for p in paragraphs] == [
        ("1", []),
        ("2", ["Table"]),
        ("3", []),
    ]
    assert not [d for d in document.diagnostics if d.code == "unclassified"]


def test_a_records_paragraph_opening_with_its_speakers_title_in_capitals_over_two_lines_is_no_heading():
    """``25.  The DIRECTOR OF THE DEPARTMENT OF FINANCIAL AND ADMINISTRATIVE`` / ``MANAGEMENT, introducing
    …, said that …``: the first line in capitals, the paragraph going on in lower case: a paragraph."""
    text = (
        "24.    The representative of CHILE said that her delegation supported the budget.\n\n"
        "25.    The DIRECTOR OF THE DEPARTMENT OF FINANCIAL AND ADMINISTRATIVE\n"
        "MANAGEMENT, introducing the status report, said that contributions outstanding had fallen.\n\n"
        "26.    The COUNCIL took note of the report.\n"
    )
    document = parse(text)
    assert [(type(b).__name__, b.num) for b in document.body] == [
        ("Paragraph", "24"),
        ("Paragraph", "25"),
        ("Paragraph", "26"),
    ]


def test_a_numbered_heading_in_capitals_over_a_note_in_brackets_stays_a_heading_and_records_number_on():
    """``2. PROGRAMME AND BUDGET FOR 2020`` / ``(C/110/4/Rev.1)``: a note in brackets under a numbered heading
    is no speech going on, and the heading stays one; with no blank line between a record's paragraphs, the one
    opening with its speaker's title in capitals keeps the numbering going (25, 26, 27)."""
    document = parse(
        "1. INTRODUCTION\n\n1. The Council met.\n\n"
        "2. PROGRAMME AND BUDGET FOR 2020\n(C/110/4/Rev.1)\n\n2. It approved.\n"
    )
    assert [type(block).__name__ for block in document.body][:2] == ["Section", "Section"]
    text = (
        "24.    The representative of CHILE said that her delegation supported the budget.\n"
        "25.    The DIRECTOR OF THE DEPARTMENT OF FINANCIAL AND ADMINISTRATIVE\n"
        "MANAGEMENT, introducing the status report, said that contributions outstanding had fallen.\n"
        "26.    The COUNCIL took note of the report.\n"
        "27.    The CHAIRPERSON closed the meeting.\n"
    )
    assert [(type(b).__name__, b.num) for b in parse(text).body] == [
        ("Paragraph", "24"),
        ("Paragraph", "25"),
        ("Paragraph", "26"),
        ("Paragraph", "27"),
    ]


def test_drafts_each_headed_by_a_title_that_names_it_a_resolution_are_read_as_resolutions():
    """Drafts under one cover whose headings are their titles (``DRAFT RESOLUTION ON THE …``, no line of their
    own saying ``DRAFT RESOLUTION``), a head note in brackets under one, each over ``The Council,``: each is
    a draft resolution titled by that line, with its preamble and operative clauses."""
    text = (
        "C/208/L/9\nOriginal: English\n22 November 2117\n\nCOUNCIL\n208th Session\n\n"
        "DRAFT RESOLUTIONS FOR CONSIDERATION BY THE COUNCIL\n\n"
        "DRAFT RESOLUTION ON THE REPORT ON THE\n207TH SESSION OF THE COUNCIL\n\n"
        "The Council,\n\n"
        "Having received the draft report on its 207th Session (C/207/L/22),\n\n"
        "1.     Approves the report on its 207th Session;\n\n"
        "2.     Requests the Director General to reissue the report as approved.\n\n"
        "DRAFT RESOLUTION ON THE PROGRAMME AND BUDGET FOR 2118\n"
        "(Submitted by the Chairperson of the Standing Committee on Programmes and Finance)\n\n"
        "The Council,\n\n"
        "Having considered the Programme and Budget for 2118 (C/208/6),\n\n"
        "Noting the recommendation of the Standing Committee,\n\n"
        "1.     Approves the Programme and Budget for 2118.\n"
    )
    resolutions = [block for _, block in walk(parse(text)) if isinstance(block, model.Resolution)]
    assert [(r.draft, r.title, len(r.preamble), len(r.operative)) for r in resolutions] == [
        (True, "DRAFT RESOLUTION ON THE REPORT ON THE 207TH SESSION OF THE COUNCIL", 1, 2),
        (True, "DRAFT RESOLUTION ON THE PROGRAMME AND BUDGET FOR 2118", 2, 1),
    ]
    assert resolutions[1].head_notes == (
        "(Submitted by the Chairperson of the Standing Committee on Programmes and Finance)",
    )


_RECOMMENDATIONS = (
    "SCPF/47\nOriginal: English\n11 October 2010\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
    "Seventh Session\n\nREPORT OF THE WORKING GROUP ON BUDGET REFORM\n\n"
    "V.          RECOMMENDATIONS\n\n"
    "17.    The Working Group recommends that the Standing Committee endorse the following\n"
    "recommendations:\n\n"
    "            1.    That the Administrative Part of the Budget be adjusted over the years 2011 and\n"
    "                  2012 to absorb the core positions currently funded from Discretionary Income;\n\n"
    "            2.    That the Administration present a target level for the Discretionary Income\n"
    "                  reserve; and\n\n"
    "            3.    That the mandate of the Working Group be extended until the end of 2011.\n\n"
    "18.    The Working Group wishes to underline that these recommendations form a package.\n"
)


def test_a_list_numbered_from_one_inside_a_paragraph_is_its_items_the_next_paragraph_going_on():
    """Paragraphs are numbered on through a document; numbers that start again at 1 right under a paragraph
    ending with a colon, the next paragraph going on with its number (17, then 1–3, then 18), are its list:
    items labelled ``1.``, ``2.``, ``3.`` (a reading by the numbering, said so), and the canonical text reads
    back the same."""
    document = parse(_RECOMMENDATIONS)
    assert [block.num for block in document.body[0].children if isinstance(block, model.Paragraph)] == ["17", "18"]
    (paragraph, _) = document.body[0].children
    assert [item.label for item in paragraph.children] == ["1.", "2.", "3."]
    assert model.inline_text(paragraph.children[2].content).startswith("That the mandate")
    assert diagnostic_codes(document)["list-numbered-inside"] == "info"
    again = parse(to_text(document))
    assert [item.label for item in again.body[0].children[0].children] == ["1.", "2.", "3."]


def test_numbers_starting_again_where_the_paragraph_after_does_not_go_on_stay_paragraphs():
    """Without the paragraph after going on with the number (an annotated agenda's annotations numbered
    afresh under each item: ``6. … matters:`` / ``1. …`` / ``2. …`` / ``7. …`` has 7 after 6, but the run
    is under items the colon opened), or with no colon before them, the numbers stay paragraphs."""
    no_colon = _RECOMMENDATIONS.replace("following\nrecommendations:", "following\nrecommendations.")
    assert [b.num for b in parse(no_colon).body[0].children] == ["17", "1", "2", "3", "18"]
    items_first = _RECOMMENDATIONS.replace(
        "recommendations:\n\n", "recommendations:\n\n            (a)   on the budget;\n\n"
    )
    assert [b.num for b in parse(items_first).body[0].children] == ["17", "1", "2", "3", "18"]
    not_going_on = _RECOMMENDATIONS.replace("18.    The Working", "20.    The Working")
    assert [b.num for b in parse(not_going_on).body[0].children] == ["17", "1", "2", "3", "20"]


def test_a_list_numbered_inside_a_paragraph_whose_colon_bears_a_notes_marker_is_its_items():
    """The paragraph's colon may carry a note's marker (``… the source of funding:⁵``): it opens the list
    all the same."""
    text = _RECOMMENDATIONS.replace("recommendations:\n", "recommendations:5\n") + (
        "\n\n5 The recommendations were adopted by consensus.\n"
    )
    document = parse(text)
    (paragraph, _) = document.body[0].children
    assert [item.label for item in paragraph.children] == ["1.", "2.", "3."]


def test_a_list_numbered_inside_a_paragraph_whose_numbers_pdfminer_printed_as_a_column_is_its_items():
    """pdfminer prints the numbers of a list inside a paragraph as a column, a box each, then the items' texts
    in lower case, a box each (``… four priorities in 2020:`` / ``1.`` / … / ``3.`` / ``strengthening …;`` /
    …): each number goes before its text, and the list is the paragraph's (the next paragraph goes on with
    its number)."""
    text = (
        "C/110/6\nOriginal: English\n14 October 2019\n\nCOUNCIL\n110th Session\n\nPROGRAMME AND BUDGET FOR 2020\n\n"
        "10. Within the resources available, the Director General proposes that the Organization\n"
        "concentrate on the following three priorities in 2020:\n\n1.\n\n2.\n\n3.\n\n"
        "strengthening the regional offices, so that they can give technical guidance and\n"
        "oversight to country offices;\n\n"
        "consolidating the risk management and internal oversight functions; and\n\n"
        "improving the collection and analysis of migration data.\n\n"
        "11. None of these priorities requires new posts at Headquarters.\n"
    )
    document = parse(text)
    assert [block.num for block in document.body] == ["10", "11"]
    items = document.body[0].children
    assert [item.label for item in items] == ["1.", "2.", "3."]
    assert model.inline_text(items[1].content).startswith("consolidating the risk management")


_QUESTIONS = (
    "MC/INF/260\nOriginal: English\n2 October 2031\n\nEIGHTY-NINTH SESSION\n\nLABOUR MOBILITY AND SKILLS\n\n"
    "III.        ISSUES FOR THE DIALOGUE\n\n"
    "11.    The workshop recorded a broad measure of agreement on the value of bilateral labour arrangements.\n\n"
    "12.    Delegations may wish to consider the following points in the debate:\n\n"
    "            1.    How can countries of origin and destination recognize each other's qualifications?\n\n"
    "            2.    Which costs of recruitment should employers rather than workers bear?\n\n"
    "            3.    What part could regional consultative processes play in monitoring agreements?\n"
)


def test_a_list_numbered_from_one_under_the_last_paragraph_is_its_items():
    """The list that ends the body (``12. … the following points in the debate:`` / ``1.`` … ``3.``, no
    paragraph after it) is the last paragraph's, as one the next paragraph's number closes is: paragraphs
    do not count afresh from 1 under a paragraph announcing them."""
    document = parse(_QUESTIONS)
    numbered = [block for block in document.body[0].children if isinstance(block, model.Paragraph)]
    assert [block.num for block in numbered] == ["11", "12"]
    assert [item.label for item in numbered[1].children] == ["1.", "2.", "3."]
    assert diagnostic_codes(document)["list-numbered-inside"] == "info"


def test_paragraphs_numbered_afresh_after_the_last_under_a_colon_stay_paragraphs_where_more_follow():
    """A run from 1 under a paragraph ending with a colon, a section after it whose paragraphs are numbered
    on from the run (``IV.`` / ``4.``), is the document's numbering begun again, not a list."""
    text = _QUESTIONS + "\nIV.         CONCLUSION\n\n4.    The Administration will report on the workshop's outcome.\n"
    document = parse(text)
    numbered = [block.num for block in document.body[0].children if isinstance(block, model.Paragraph)]
    assert numbered == ["11", "12", "1", "2", "3"]
    assert "list-numbered-inside" not in diagnostic_codes(document)
