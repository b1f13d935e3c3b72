"""How the pieces of a PDF page are laid out as text (`iomparse.pdf.lines`), on pages built by hand: no PDF
library is needed. Points run up from the page's foot, as in PDF; a character is half its type size wide."""

from __future__ import annotations

from iomparse.pdf.glyphs import Page, Piece
from iomparse.pdf.lines import document_text


def words(text: str, x: float, baseline: float, size: float = 12, **face: bool) -> list[Piece]:
    """The words of ``text`` from ``x``, a space apart, on one baseline."""
    pieces = []
    for word in text.split():
        width = 0.5 * size * len(word)
        pieces.append(
            Piece(word, x, x + width, baseline, size, face.get("bold", False), face.get("italic", False), True)
        )
        x += width + 0.25 * size
    return pieces


def page(*rows: list[Piece], number: int = 1) -> Page:
    return Page(number, 595, 842, tuple(piece for row in rows for piece in row))


def lines_of(*pages: Page) -> list[str]:
    return document_text(pages).rstrip("\f\n").split("\n")


def test_a_raised_smaller_number_is_a_superscript_marker_glued_to_its_word_and_opens_its_note():
    marker = Piece("1", 195.5, 199, 704.3, 7, False, False, False)
    note_marker = Piece("1", 72, 75.6, 104, 6, False, False, True)
    text = lines_of(
        page(
            words("The Council met twice.", 72, 700),
            [marker],
            words("Held in Geneva and online.", 72, 686),
            [note_marker],
            words("Both meetings were public.", 78, 100, size=10),
        )
    )
    assert text[0] == "The Council met twice.¹"
    assert text[-1].strip() == "¹ Both meetings were public."


def test_a_notes_number_set_level_at_the_foot_is_its_marker_but_a_number_in_a_table_above_is_not():
    raised = Piece("2", 150, 153.6, 704.3, 7, False, False, False)
    text = lines_of(
        page(
            words("Costs rose.", 72, 700),
            [raised],
            words("2 April 2030", 72, 600, size=10),  # a row of a table in smaller type, above the body's end
            words("The figures are final and were audited.", 72, 560),
            words("2 Audited by the External Auditor.", 72, 100, size=10),  # the note, level, at the foot
        )
    )
    assert "2 April 2030" in text
    assert "² Audited by the External Auditor." in [line.strip() for line in text]


def test_bold_and_italic_runs_are_marked_and_a_heading_label_stays_out_of_the_bold():
    text = lines_of(
        page(
            words("II.", 72, 700, bold=True) + words("FINANCES", 120, 700, bold=True),
            words("1.", 72, 672) + words("The", 120, 672) + words("Council", 141, 672, bold=True),
            words("noted the report", 72, 658, italic=True) + words("today.", 174, 658),
        )
    )
    assert text[0] == "II.     **FINANCES**"
    assert text[2].endswith("The **Council**")
    assert text[3] == "*noted the report* today."


def test_a_wider_gap_than_a_lines_is_a_blank_line_and_a_wrapped_line_is_none():
    text = lines_of(
        page(
            words("1. The first paragraph runs on", 72, 700),
            words("over two lines.", 72, 686),
            words("2. The second paragraph.", 72, 662),
        )
    )
    assert text == ["1. The first paragraph runs on", "over two lines.", "", "2. The second paragraph."]


def test_a_table_is_printed_plain_at_its_columns_caption_headings_and_group_labels_included():
    rows = [
        words("Table 2: Offices by region", 100, 700, bold=True),
        words("Budget", 300, 684, bold=True) + words("Revised", 400, 684, bold=True),
        words("Region", 72, 670, bold=True) + words("2030", 300, 670, bold=True) + words("2030", 400, 670, bold=True),
        words("Field offices", 72, 650, bold=True, italic=True),
        words("Africa", 80, 636) + words("1,200", 300, 636) + words("1,350", 400, 636),
        words("Asia", 80, 622) + words("900", 306, 622) + words("950", 406, 622),
    ]
    text = lines_of(page(*rows))
    assert not any("*" in line for line in text)
    assert [line.split()[0] for line in text] == ["Table", "Budget", "Region", "Field", "Africa", "Asia"]
    assert text[4].index("1,200") == text[2].index("2030")


def test_a_typewriters_marker_typed_half_a_line_up_in_the_same_type_is_a_marker():
    marker = Piece("1/", 230, 242, 706, 12, False, False, True)
    text = lines_of(page(words("moved with the help of ICM.", 72, 700), [marker], words("Since 1974", 72, 686)))
    assert text[0] == "moved with the help of ICM. 1/"


def test_a_table_row_opening_with_a_day_at_the_page_foot_is_no_footnote():
    raised = Piece("1", 453, 456.6, 704.3, 7, False, False, False)
    text = lines_of(
        page(
            words("Meetings of the working group were held in Geneva and online.", 72, 700),
            [raised],
            words("The dates of its meetings and the items it took up follow.", 72, 686),
            words("Date", 80, 600, size=10) + words("Items", 200, 600, size=10) + words("Documents", 400, 600, size=10),
            words("1 March 2030", 80, 586, size=10)
            + words("Scenarios", 200, 586, size=10)
            + words("CRP 2", 400, 586, size=10),
            words("1 The first meeting was informal.", 72, 100, size=9),
        )
    )
    assert any(line.strip().startswith("1 March 2030") for line in text)
    assert text[-1].strip() == "¹ The first meeting was informal."


def test_a_page_of_glyphs_without_unicode_meaning_is_reported():
    from iomparse.pdf import pages_lost

    garbled = page(words("\ue001\ue002\ue003 \ue004\ue005 reads wrong", 72, 700), number=2)
    fine = page(words("This page reads well and has a few words on it.", 72, 700))
    (warning,) = pages_lost([fine, garbled, 3])[:1]
    assert warning.code == "pdf-text-unmapped" and warning.message.startswith("page 2: 5 of ")
    assert [d.code for d in pages_lost([fine, garbled, 3])] == ["pdf-text-unmapped", "pdf-page-unreadable"]


def test_a_notes_number_raised_in_its_own_type_and_hung_left_of_its_text_opens_the_note():
    """A typesetter that raises a note's number without making it smaller, hung left of the note's first
    line: the note's marker (a number raised in the same type over a line's start, not left of it, is not)."""
    marker = Piece("1", 195.5, 199, 704.3, 7, False, False, False)
    hung = Piece("1", 72, 75, 106.7, 6, False, False, True)
    inside = Piece("4", 150, 153, 154.7, 10, False, False, True)
    text = lines_of(
        page(
            words("The Council met twice.", 72, 700),
            [marker],
            words("Held in Geneva and online.", 72, 686),
            [inside],
            words("Rows and more rows of text.", 72, 152),
            [hung],
            words("Both meetings were public.", 86, 104, size=6),
        )
    )
    assert " ".join(text[-1].split()) == "¹ Both meetings were public."
    assert not any("⁴" in line for line in text)
    assert not any(line.startswith("⁴") or "¹ Rows" in line for line in text)


def test_a_row_number_centred_on_a_cell_of_two_lines_in_the_bodys_type_is_no_marker():
    """A table's row number set a little above the cell's second line, left of it, in the body's own type
    (a typesetter centring cells of two lines): no footnote marker (a note's number hangs over smaller type)."""
    number = Piece("1", 72, 78, 694, 12, False, False, True)
    text = lines_of(
        page(
            words("Projects in the field this year were many.", 72, 720),
            words("Border management in", 100, 700),
            [number],
            words("three border regions", 100, 688),
        )
    )
    assert not any("¹" in line for line in text)


def test_a_tables_note_letters_raised_in_nearly_the_rows_type_are_markers_on_the_row():
    """``a,b`` raised half a line over a row's label, in type barely smaller than the row's: the notes' letters
    of the cell, printed on its line, not a line of their own between two rows."""
    letters = Piece("a,b", 111, 122, 575, 7.5, False, False, False)
    text = lines_of(
        page(
            words("Haiti", 48, 585, size=8) + words("0.0032", 300, 585, size=8),
            [*words("Holy See", 48, 571, size=8), letters, *words("0.0011", 300, 571, size=8)],
            words("Honduras", 48, 557, size=8) + words("0.0087", 300, 557, size=8),
        )
    )
    assert [line.split()[0] for line in text if line.strip()] == ["Haiti", "Holy", "Honduras"]
    assert "a,b" in next(line for line in text if line.startswith("Holy See"))


def test_figures_of_narrow_columns_are_set_apart_though_less_than_a_type_size_apart():
    """A table of long amounts in small type leaves less than a type size between its columns (``98,400,000``
    and ``241,600,000`` 9.6 points apart in 8.5-point type, four words' spaces): the figures are cells apart,
    printed two spaces apart at least, as ``-layout`` prints them; words as far apart in a line stay a space
    apart (a loose justified line)."""
    size = 8.5
    row = [
        *words("Field operations", 72, 600, size),
        Piece("98,400,000", 224.5, 262.6, 600, size, False, False, True),
        Piece("241,600,000", 272.2, 314.5, 600, size, False, False, True),
    ]
    prose = words("The total", 72, 580, size)
    prose += words("amount", prose[-1].x1 + 9.6, 580, size)
    text = lines_of(page(row, prose))
    assert "98,400,000  " in text[0] and text[0].rstrip().endswith("241,600,000")
    assert "  " not in text[-1].strip()
