"""Conventions the fortieth blind wave found read wrong, each written here in a wording of its own: a long
table whose label column pdfminer prints after the figures on one page, the text width told without the
contents' leaders, a heading on the page after the cover, a colon over a table's caption, a numbered heading
typed in spaced capitals, a paragraph's number printed under a heading in capitals, and the columns'
headings printed under a caption that ends with its unit."""

from __future__ import annotations

from conftest import block_text, diagnostic_codes, headings_of, table_rows_of, tables_of

import iomparse
from iomparse.model import Item, Paragraph, Section, Table, inline_text, iter_blocks
from iomparse.paths import walk

COVER = "C/118/7\nOriginal: English\n2 May 2023\n\nCOUNCIL\n118th Session\n\nSCALE OF CONTRIBUTIONS FOR 2024\n\n"


def _paragraphs(document: iomparse.Document) -> list[tuple[str | None, str]]:
    return [(block.num, block_text(block)) for _, block in walk(document) if isinstance(block, Paragraph)]


def _states(first: int, count: int) -> list[str]:
    return [f"State {chr(65 + (first + n) // 26)}{chr(97 + (first + n) % 26)}land" for n in range(count)]


def _figures(count: int, start: int) -> list[str]:
    return [f"{(start + 7 * n) % 90 + 10},{n % 10}00" for n in range(count)]


def test_a_page_whose_label_column_pdfminer_printed_last_is_read_with_the_tables_other_pages():
    """pdfminer: page 1 prints the labels, then the headings and the columns; page 2 the headings and the
    columns (one broken where a cell is empty), then ``Country`` and its labels; page 3 the labels first
    again. One table of all the countries, the move said."""
    first, second, third = _states(0, 8), _states(8, 7), _states(15, 6)
    headings = "Contribution\n2023 (CHF)\n\nContribution\n2024 (CHF)\n\n"

    def columns(rows: int, gap: int | None = None) -> str:
        one, two = _figures(rows, 3), _figures(rows, 11)
        if gap is not None:
            two = [*two[:gap], "", *two[gap + 1 :]]
        return "\n".join(one) + "\n\n" + "\n".join(two) + "\n\n"

    text = COVER + (
        "\fC/118/7\nAnnex\nPage 1\n\nANNEX\n\n(Administrative Part, in Swiss francs)\n\nCountry\n\n"
        + "\n".join(first)
        + "\n\n"
        + headings
        + columns(8)
        + "\fC/118/7\nAnnex\nPage 2\n\n"
        + headings
        + columns(7, gap=3)
        + "Country\n\n"
        + "\n".join(second)
        + "\n\n\fC/118/7\nAnnex\nPage 3\n\nCountry\n\n"
        + "\n".join(third)
        + "\n\n"
        + headings
        + columns(6)
    )
    document = iomparse.parse(text)
    labels = [row[0] for table in tables_of(document) for row in table.cells if row and row[0].strip()]
    assert [label for label in labels if label.startswith("State")] == first + second + third
    assert len(tables_of(document)) == 1
    assert "table-labels-after-figures" in diagnostic_codes(document)


def test_labels_after_figures_with_text_after_them_are_no_label_column():
    """The columns, then a short paragraph of text: nothing moves (the labels are printed first)."""
    labels = _states(0, 6)
    text = COVER + (
        "\fC/118/7\nPage 2\n\nCountry\n\n"
        + "\n".join(labels)
        + "\n\n2023\n\n2024\n\n"
        + "\n".join(_figures(6, 1))
        + "\n\n"
        + "\n".join(_figures(6, 5))
        + "\n\nThe Council is invited to take note of the scale.\n"
    )
    document = iomparse.parse(text)
    assert "table-labels-after-figures" not in diagnostic_codes(document)
    assert [row[0] for row in table_rows_of(document) if row[0].startswith("State")] == labels


def test_a_sentence_ending_short_of_the_text_but_not_of_the_contents_leaders_goes_on():
    """``-layout``: contents entries with leaders far wider than the text, a table with a change column
    (``+6.6``): the text's own width tells that ``… a year earlier.³`` is a full line, the next its own."""
    leaders = "." * 115
    contents = "".join(
        f"{label}.   {title} {leaders} {page}\n"
        for label, title, page in (
            ("I", "MOVEMENTS", 1),
            ("II", "HEALTH ASSESSMENTS", 1),
            ("III", "RETURN AND REINTEGRATION", 2),
            ("IV", "STAFF", 2),
            ("V", "FINANCES", 3),
            ("VI", "PARTNERSHIPS", 3),
            ("VII", "OUTLOOK", 4),
            ("VIII", "ACTION REQUESTED", 4),
        )
    )
    body = (
        "The Organization moved 240,000 persons in 2022, a fifth of them under resettlement programmes\n"
        "agreed with the receiving States, and the rest under return, labour mobility and family reunion\n"
        "programmes funded by voluntary contributions from a growing number of donors and partners.\n"
    )
    rows = "".join(
        f"{name:<70}{a:>16}{b:>16}{c:>12}\n"
        for name, a, b, c in (
            ("Resettlement", "44.1", "47.0", "+6.6"),
            ("Return and reintegration", "31.2", "34.0", "+9.0"),
            ("Labour mobility", "12.5", "13.1", "+4.8"),
            ("Family reunion", "8.3", "8.1", "-2.4"),
            ("Total", "96.1", "102.2", "+6.3"),
        )
    )
    text = (
        COVER
        + "                CONTENTS\n\n"
        + contents
        + (
            "\fC/118/7\nPage 1\n\nI.     MOVEMENTS\n\n1.     " + body + "\n"
            "2.     Health assessments were carried out for 9,400 persons, 12 per cent more than a year earlier.³\n"
            "They were followed by referrals to national services where needed.\n\n" + rows + "\n3.     " + body
        )
    )
    document = iomparse.parse(text)
    second = next(text for num, text in _paragraphs(document) if num == "2")
    assert second.startswith("Health assessments were carried out") and second.endswith("where needed.")
    assert not any(num is None and text.startswith("They were followed") for num, text in _paragraphs(document))


def test_a_heading_in_capitals_atop_the_page_after_the_cover_s_footer_opens_the_body():
    """The cover ends with its trilingual footer; the next page repeats the title, then ``FOREWORD`` over
    the text: a heading, not a header line."""
    text = (
        "SCPF/88\nOriginal: English\n1 March 2013\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
        "Twelfth Session\n\nGUIDELINES FOR THE ESTABLISHMENT OF WORKING GROUPS\n\n\n"
        "STANDING COMMITTEE ON PROGRAMMES AND FINANCE\nCOMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES\n"
        "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS\n"
        "\fGUIDELINES FOR THE ESTABLISHMENT OF WORKING GROUPS\n\n\nFOREWORD\n\n"
        "The Standing Committee has set up working groups on several occasions since its creation, each with its\n"
        "own terms of reference and working methods, and the present guidelines draw on that experience.\n\n"
        "They are submitted for the Standing Committee's consideration.\n"
    )
    document = iomparse.parse(text)
    assert headings_of(document)[:1] == ["FOREWORD"]
    assert document.meta.title == "GUIDELINES FOR THE ESTABLISHMENT OF WORKING GROUPS"
    assert "FOREWORD" not in document.meta.other


def test_a_sentence_ending_with_a_colon_over_a_caption_in_parentheses_ends_its_paragraph():
    """Plain pdftotext: ``… at the following rates:`` / ``(euros per US dollar)`` / the table's labels."""
    text = COVER + (
        "\fC/118/7\nPage 3\n\nNote 5 – Currencies\n\n"
        "14.\n\nBalances held in euros were converted into US dollars at the following rates:\n"
        "(euros per US dollar)\n\nAverage for the year\nAt year end\n\n2022\n0.95\n0.94\n\n2021\n0.85\n0.88\n\n"
        "15.\n\nNo other currency was material to the statements.\n"
    )
    document = iomparse.parse(text)
    captions = [table.caption for table in tables_of(document)]
    assert captions == ["(euros per US dollar)"]
    assert ("14", "Balances held in euros were converted into US dollars at the following rates:") in _paragraphs(
        document
    )


def test_a_numbered_heading_typed_in_spaced_capitals_reads_closed_up():
    """A typed paper: ``II.  B A C K G R O U N D`` underlined, then its paragraphs."""
    text = (
        "MC/1402\n\nOriginal: English\n3 October 1981\n\nCOUNCIL\nFORTY-THIRD SESSION\n\n"
        "REPORT ON THE SETTLEMENT PROGRAMME\n\n"
        "I.   G E N E R A L\n     _____________\n\n1.    The Council is informed of the progress made.\n\n"
        "II.  F I N A N C I A L   A S P E C T S\n     _________________________\n\n"
        "2.    The programme is financed by the participating Governments.\n"
    )
    document = iomparse.parse(text)
    assert [
        (section.num, inline_text(section.heading)) for _, section in walk(document) if isinstance(section, Section)
    ] == [("I", "GENERAL"), ("II", "FINANCIAL ASPECTS")]


def test_a_paragraph_number_under_a_heading_in_capitals_stays_with_its_own_text():
    """Plain pdftotext of a typed page: ``III.`` / blank / ``ACCOUNTS FOR THE YEAR ENDED 31 DECEMBER 1988`` /
    blank / ``5.`` / the paragraph: the number is no late number of the heading, long as it is."""
    text = (
        "MC/EX/399\nOriginal: ENGLISH\n2 May 1989\n\nEXECUTIVE COMMITTEE\nSEVENTY-FOURTH SESSION\n\n"
        "REPORT ON THE ACCOUNTS\n\n"
        "\fMC/EX/399\nPage 2\n\n"
        "4.\nThe Sub-Committee noted the report of the\nExternal Auditors and thanked them for a\n"
        "thorough examination of the accounts.\n"
        "III.\n\nACCOUNTS FOR THE YEAR ENDED 31 DECEMBER 1988\n\n"
        "5.\nThe accounts for the year were closed under\nthe regulations then in force, and the\n"
        "surplus was carried forward to the next year\nas approved by the Council.\n"
    )
    document = iomparse.parse(text)
    sections = [
        (section.num, inline_text(section.heading)) for _, section in walk(document) if isinstance(section, Section)
    ]
    assert ("III", "ACCOUNTS FOR THE YEAR ENDED 31 DECEMBER 1988") in sections
    assert [num for num, _ in _paragraphs(document)] == ["4", "5"]


def test_column_headings_under_a_caption_ending_with_its_unit_head_the_columns():
    """Plain pdftotext: the caption, the first column's heading in its block, the second's, the labels, the
    columns: laid out with both headings."""
    text = COVER + (
        "\fC/118/7\nPage 2\n\nAdministrative expenditure by category (in Swiss francs)\n2022\n(actual)\n\n"
        "2023\n(approved)\n\nStaff costs\nOffice costs\nTravel\nTotal\n\n"
        "30,100,000\n4,200,000\n900,000\n35,200,000\n\n31,000,000\n4,300,000\n1,000,000\n36,300,000\n\n"
        "6.\nThe increase reflects statutory staff cost adjustments.\n"
    )
    document = iomparse.parse(text)
    table = next(block for block in iter_blocks(document.body) if isinstance(block, Table))
    assert table.caption == "Administrative expenditure by category (in Swiss francs)"
    assert [row[0] for row in table.cells[-4:]] == ["Staff costs", "Office costs", "Travel", "Total"]
    assert any("2022 (actual)" in cell for row in table.cells for cell in row)
    assert any("2023 (approved)" in cell for row in table.cells for cell in row)


def _items(document: iomparse.Document) -> list[tuple[str | None, str]]:
    return [(item.label, block_text(item)) for _, item in walk(document) if isinstance(item, Item)]


def test_a_lists_labels_printed_as_a_column_after_its_items_go_before_them():
    """pdfminer: the lead-in ending with a colon, three items (the second over two lines), then ``(a)`` /
    ``(b)`` / ``(c)`` alone and the next paragraph's number."""
    text = COVER + (
        "\fC/118/7\nPage 2\n\n4.\n\nThe Committee considered three options for the reserve:\n\n"
        "keeping it at its present level;\nraising it by a tenth over two years, as several delegations\n"
        "proposed; or\nwinding it down by 2026.\n\n(a)\n(b)\n(c)\n5.\n"
        "It asked the Administration to cost each option before its next session, in time for the\n"
        "Programme and Budget for 2025 to reflect the choice made.\n"
    )
    document = iomparse.parse(text)
    assert _items(document) == [
        ("(a)", "keeping it at its present level;"),
        ("(b)", "raising it by a tenth over two years, as several delegations proposed; or"),
        ("(c)", "winding it down by 2026."),
    ]
    assert "list-labels-after-items" in diagnostic_codes(document)


def test_labels_after_lines_that_end_no_item_move_nothing():
    """Three labels after two items: nothing moves (which item lacks its label cannot be told)."""
    text = COVER + (
        "\fC/118/7\nPage 2\n\n4.\n\nThe Committee considered two options for the reserve:\n\n"
        "keeping it at its present level; or\nwinding it down by 2026.\n\n(a)\n(b)\n(c)\n"
    )
    assert "list-labels-after-items" not in diagnostic_codes(iomparse.parse(text))


def test_a_paragraph_whose_number_pdfminer_printed_under_its_first_line_is_one_paragraph():
    """pdfminer: ``… the previous year.²`` / blank / ``7.`` / ``Most of them …``: the number goes before
    the first line, and the rest of the paragraph stays with it though it opens a sentence."""
    text = COVER + (
        "\fC/118/7\nPage 2\n\n6.\nThe Organization opened four new offices in the course of the year.\n\n"
        "The Organization helped 4,100 stranded migrants to return home, a third more than in the previous year.²\n\n"
        "7.\nMost of them were returned from North Africa by air, in cooperation with the authorities of the\n"
        "countries of origin and of transit.\n"
    )
    paragraphs = _paragraphs(iomparse.parse(text))
    assert paragraphs[-1][0] == "7"
    assert paragraphs[-1][1].startswith("The Organization helped 4,100 stranded migrants")
    assert paragraphs[-1][1].endswith("countries of origin and of transit.")


def test_a_text_of_a_paragraph_a_line_is_paged_by_its_running_headers():
    """A word processor's unwrapped export: the cover's fields run together on the first line, a paragraph a
    line, ``S/25/9 Page 2`` inside a paragraph where the page breaks, the page's notes on lines of their own
    at its foot. The cover's fields, the paragraphs whole and the notes are read."""
    text = (
        "S/25/9 Original: English 2 October 2019 STANDING COMMITTEE ON PROGRAMMES AND FINANCE Twenty-fifth "
        "Session REPORT OF THE CHAIRPERSON OF THE WORKING GROUP ON PRIVATE SECTOR PARTNERSHIPS\n\n"
        "I. INTRODUCTION\n\n"
        "1. The Working Group was reconvened by the Standing Committee at its Twenty-fourth Session to review the"
        " due diligence applied to private sector partners and to report at the present session.1\n\n"
        "2. It met four times between February and July 2019, under the chairmanship of the Permanent"
        " Representative of Ghana, and heard presentations by three partner companies.\n\n"
        "1 See document S/24/11, paragraphs 14 to 18.\n\n"
        "S/25/9 Page 2 II. DISCUSSIONS 3. Delegations welcomed the revised procedure, noting that the number of"
        " partnerships reviewed had doubled since 2016, and asked how often the criteria would be updated in the"
        " light of S/25/9 Page 3 experience and of the practice of other organizations.2\n\n"
        "2 The criteria are those adopted in 2016 and set out in document C/107/6.\n\n"
        "S/25/9 Page 4 4. The Working Group recommends that the Standing Committee take note of the report.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.symbol is not None and str(document.meta.symbol) == "S/25/9"
    assert document.meta.session is not None and document.meta.session.number == 25
    assert document.meta.title == "REPORT OF THE CHAIRPERSON OF THE WORKING GROUP ON PRIVATE SECTOR PARTNERSHIPS"
    paragraphs = dict(_paragraphs(document))
    assert sorted(paragraphs, key=lambda num: int(num or 0)) == ["1", "2", "3", "4"]
    assert paragraphs["3"].endswith("in the light of experience and of the practice of other organizations.")
    assert [(note.marker, block_text(note)[:12]) for note in document.footnotes] == [
        ("1", "See document"),
        ("2", "The criteria"),
    ]


def test_lines_of_whole_pages_with_no_running_header_inside_them_keep_a_page_a_line():
    """The older flattened form, a page a line: nothing is read as paged by running headers (none stands
    inside a line)."""
    text = (
        "S/25/9 Original: English 2 October 2019 STANDING COMMITTEE ON PROGRAMMES AND FINANCE Twenty-fifth "
        "Session REPORT OF THE CHAIRPERSON OF THE WORKING GROUP ON PRIVATE SECTOR PARTNERSHIPS\n"
        "S/25/9 Page 1 I. INTRODUCTION 1. The Working Group met four times in 2019. " + "It reviewed. " * 60 + "\n"
    )
    document = iomparse.parse(text)
    assert [num for num, _ in _paragraphs(document)] == ["1"]
    assert document.meta.session is not None and document.meta.session.number == 25


def test_a_labels_end_hanging_under_its_row_in_layout_text_is_the_labels():
    """``-layout``: ``Lao People's Democratic   0.002 …`` / ``   Republic`` / ``Latvia …``: the indented line
    ends the label above (the next row back at the margin), though it opens with a capital."""
    rows = (
        "Kyrgyzstan                              0.002        0.0022         0.0022            923\n"
        "Lao People's Democratic                 0.002        0.0022         0.0022            923\n"
        "   Republic\n"
        "Latvia                                  0.047        0.0514         0.0514         21,572\n"
        "Lebanon                                 0.042        0.0460         0.0459         19,264\n"
    )
    text = COVER + "\fC/118/7\nAnnex\nPage 1\n\n(in per cent and Swiss francs)\n\n" + rows
    labels = [row[0] for row in table_rows_of(iomparse.parse(text))]
    assert "Lao People's Democratic Republic" in labels
    assert "Republic" not in labels


def test_a_group_label_over_rows_indented_like_it_stays_a_row():
    """A label alone indented under a row, the rows under it indented alike: a group's label, no end of the
    row above."""
    rows = (
        "Staff costs                              1,200,000      1,250,000\n"
        "   Other costs\n"
        "   Travel                                  120,000        130,000\n"
        "   Communications                           80,000         85,000\n"
        "Total                                    1,400,000      1,465,000\n"
    )
    text = COVER + "\fC/118/7\nPage 2\n\n(in Swiss francs)\n\n" + rows
    labels = [row[0] for row in table_rows_of(iomparse.parse(text))]
    assert "Other costs" in labels
    assert "Staff costs" in labels


def test_a_total_printed_figures_first_then_its_label_ends_the_table_and_a_change_column_reads():
    """Plain pdftotext: the labels, a column each (a change column signed, ``+6.6``), then the total's
    figures a block each and ``Total`` last: one row ``Total  2,233  2,349  +5.2``."""
    text = COVER + (
        "\fC/118/7\nPage 2\n\nTable 1: Active projects by region, 2022 and 2023\n\nRegion\n\n2022\n\n2023\n\n"
        "Change (%)\n\nAfrica\nAsia\nEurope\nAmericas\n\n512\n618\n431\n290\n\n546\n605\n452\n301\n\n"
        "+6.6\n-2.1\n+4.9\n+3.8\n\n1,851\n\n1,904\n\n+2.9\n\nTotal\n\n"
        "9.\nThe Organization also opened two new offices in the course of the year, both in Africa.\n"
    )
    rows = table_rows_of(iomparse.parse(text))
    assert ("Total", "1,851", "1,904", "+2.9") in rows
    assert ("Africa", "512", "546", "+6.6") in rows
    assert [row for row in rows if row[0] == "Total"] == [("Total", "1,851", "1,904", "+2.9")]


def test_a_heading_in_capitals_over_unnumbered_prose_after_the_last_numbered_item_is_a_heading():
    """An annotated agenda: ``13. Closure of the session`` / ``ANNOTATIONS`` / an introductory paragraph / the
    items' headings: ANNOTATIONS heads them."""
    text = (
        "S/31/1\nOriginal: English\n1 October 2022\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
        "Thirty-first Session\n\nPROVISIONAL AGENDA\n\n"
        "1.   Adoption of the agenda\n\n2.   Election of officers\n\n3.   Closure of the session\n\n"
        "                    ANNOTATIONS\n\n"
        "The Thirty-first Session of the Standing Committee will be held in Geneva on 1 and 2 November 2022, in"
        " a hybrid format, as agreed by the Member States at the session before.\n\n"
        "Item 1 – Adoption of the agenda\n\nThe Committee will be invited to adopt the agenda set out above.\n"
    )
    assert headings_of(iomparse.parse(text))[:1] == ["ANNOTATIONS"]


def test_what_follows_a_tables_columns_is_no_label_column_when_its_labels_came_first():
    """A table printed labels first, then its columns, then a short heading and a list of names to the
    page's end: the names stay after the table (it printed its own labels before its columns)."""
    states = ["Albania", "Angola", "Armenia", "Austria", "Belgium", "Benin"]
    names = ["Holy See", "Sovereign Order of Malta", "Bhutan", "China", "Cuba", "Indonesia", "Qatar"]
    text = COVER + (
        "\fC/118/7\nPage 2\n\nCountry\n"
        + "\n".join(states)
        + "\n\n2023\n\n2024\n\n"
        + "\n".join(f"{n},100" for n in range(10, 16))
        + "\n\n"
        + "\n".join(f"{n},200" for n in range(20, 26))
        + "\n\nObservers\n\n"
        + "\n".join(names)
        + "\n"
    )
    document = iomparse.parse(text)
    assert "table-labels-after-figures" not in diagnostic_codes(document)
    assert ("Albania", "10,100", "20,200") in table_rows_of(document)


def test_a_row_under_a_short_label_indented_is_no_end_of_that_label():
    """``-layout``: ``Cash  12,345  10,000`` / ``   Restricted`` (a sub-row, its cells empty): two rows."""
    rows = (
        "Cash                                12,345        10,000\n"
        "   Restricted\n"
        "Receivables and prepaid expenses     5,000         4,000\n"
        "Inventories                          1,000           900\n"
        "Total                               18,345        14,900\n"
    )
    labels = [
        row[0] for row in table_rows_of(iomparse.parse(COVER + "\fC/118/7\nPage 2\n\n(in US dollars)\n\n" + rows))
    ]
    assert "Cash" in labels
    assert "Restricted" in labels


def test_a_decimal_ends_no_item_when_labels_follow_a_list():
    """``raising the reserve to CHF 1.5`` / ``million over two years;``: one item over two lines, so three
    labels after two items move nothing."""
    text = COVER + (
        "\fC/118/7\nPage 2\n\n4.\n\nThe Committee considered the options:\n\n"
        "raising the reserve to CHF 1.5\nmillion over two years;\nwinding it down by 2026.\n\n(a)\n(b)\n(c)\n"
    )
    assert "list-labels-after-items" not in diagnostic_codes(iomparse.parse(text))


def test_a_paragraph_opening_with_a_symbol_in_a_paragraph_a_line_text_is_no_cover_nor_header():
    """In a paragraph-a-line export, ``S/24/11 sets out …`` opens a line: no running header, no cover (its
    words stay in the text, the title stays the cover's)."""
    text = (
        "S/25/9 Original: English 2 October 2019 STANDING COMMITTEE ON PROGRAMMES AND FINANCE Twenty-fifth "
        "Session REPORT OF THE CHAIRPERSON OF THE WORKING GROUP ON PRIVATE SECTOR PARTNERSHIPS\n\n"
        "1. The Working Group was reconvened by the Standing Committee at its Twenty-fourth Session.\n\n"
        "S/24/11 sets out the criteria adopted in 2016, which the Working Group reviewed in detail.\n\n"
        "2. It met four times in 2019, under the S/25/9 Page 2 chairmanship of Ghana.\n"
    )
    document = iomparse.parse(text)
    texts = [text for _, text in _paragraphs(document)]
    assert any("S/24/11 sets out the criteria" in text for text in texts)  # (run on: no break tells it apart)
    assert document.meta.title == "REPORT OF THE CHAIRPERSON OF THE WORKING GROUP ON PRIVATE SECTOR PARTNERSHIPS"


def test_a_service_areas_label_hanging_under_its_row_above_the_next_group_stays_in_one_table():
    """``-layout``: a numbered service area's label wrapped onto an indented line, the next group's row at
    the margin and the sub-rows further in: one table, each label whole."""
    rows = (
        "Service area                                              Staff          Programme\n"
        "I. Movement and Post-crisis Migration                    42,470,000     218,095,000\n"
        "   Management\n"
        "    I.1 Resettlement Assistance                          12,480,000      71,320,000\n"
        "    I.2 Migration Health Assistance for Crisis-affected    1,480,000       5,390,000\n"
        "       Populations\n"
        "II. Migration and Development                             5,235,000      27,610,000\n"
        "    II.1 Return of Qualified Nationals                    1,120,000       3,045,000\n"
        "GRAND TOTAL                                              48,825,000     248,740,000\n"
    )
    text = COVER + "\fC/118/7\nPage 3\n\nTable 2: Operational Part of the Budget (in US dollars)\n" + rows
    document = iomparse.parse(text)
    labels = [row[0] for row in table_rows_of(document)]
    assert len(tables_of(document)) == 1
    assert "I. Movement and Post-crisis Migration Management" in labels
    assert "I.2 Migration Health Assistance for Crisis-affected Populations" in labels
    assert "II. Migration and Development" in labels


def test_a_statements_date_with_its_weekday_under_the_speaker_is_its_date():
    """A statement's header: ``STATEMENT BY NORWAY`` / the speaker / ``Wednesday, 29 November 2023``, then the
    salutation: the date is the statement's."""
    text = (
        "PERMANENT MISSION OF NORWAY\n\n114th Session of the Council\nGeneral Debate\n\nSTATEMENT BY NORWAY\n"
        "Delivered by Mr Ola Nordmann, Ambassador\nWednesday, 29 November 2023\n\n\n"
        "Mr. Chair, Director General, Excellencies,\n\n"
        "Norway aligns itself with the statement made on behalf of the group of States and adds a few words in"
        " its national capacity on the Organization's funding and on the global compact.\n"
    )
    assert iomparse.parse(text).meta.date is not None
    assert str(iomparse.parse(text).meta.date) == "2023-11-29"
