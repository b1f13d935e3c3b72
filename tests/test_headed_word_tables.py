"""Tables of words laid out with spaces under their columns' headings alone, no numbered caption over them
(`iomparse.lexer.tables`), and the rows of such a table whose cells stand in the middle of their rows
(`iomparse.build`).

Each case is worded apart from the corpus, as ``pdftotext -layout`` prints such a table.
"""

from __future__ import annotations

from conftest import table_rows_of, tables_of

import iomparse

COVER = (
    "                                                                          MC/INF/999\n"
    "                                                                   Original: English\n"
    "                                                                     2 March 2031\n\n"
    "                    ONE HUNDRED AND FORTIETH SESSION\n\n"
    "                    LANGUAGE SERVICES IN THE FIELD\n\n"
    "1.   The Organization keeps language services in several of its offices.\n\n"
)

OFFICES = (
    "                         LANGUAGE SERVICES BY OFFICE, 2031\n\n"
    "Office               Seat                 Languages served\n"
    "Western Balkans      Sarajevo             Bosnian, Serbian, Albanian\n"
    "Sahel                Dakar                French, Wolof, Pulaar\n"
    "Andean region        Lima                 Spanish, Quechua\n"
    "Mekong               Phnom Penh           Khmer, Lao, Thai\n\n"
    "2.   The services are reviewed every second year.\n"
)


def test_a_table_of_words_under_its_headings_alone_is_a_table_the_paragraph_after_it_none():
    """No caption numbers it and no figure is in it: headings a gap of three spaces apart, set on their
    columns, under a blank line, and four rows opening on the first heading's column make a table; the
    numbered paragraph after it is a paragraph."""
    document = iomparse.parse(COVER + OFFICES)
    assert table_rows_of(document) == [
        ("Office", "Seat", "Languages served"),
        ("Western Balkans", "Sarajevo", "Bosnian, Serbian, Albanian"),
        ("Sahel", "Dakar", "French, Wolof, Pulaar"),
        ("Andean region", "Lima", "Spanish, Quechua"),
        ("Mekong", "Phnom Penh", "Khmer, Lao, Thai"),
    ]
    assert [b.num for b in document.body if isinstance(b, iomparse.Paragraph)] == ["1", "2"]


def test_names_set_in_columns_under_a_sentence_announcing_them_are_no_table():
    """A list of States set in columns looks like headings over rows; the sentence ending with a colon right
    above says it is a list, and no table is read."""
    names = (
        "2.   The following Member States were represented:\n\n"
        "Albania              Belgium              Chile\n"
        "Denmark              Ecuador              Finland\n"
        "Ghana                Honduras             Iceland\n"
        "Jamaica              Kenya                Latvia\n\n"
        "3.   The session was opened by the Chairperson.\n"
    )
    assert tables_of(iomparse.parse(COVER + names)) == []


def test_a_contents_with_its_page_column_is_no_table_of_words():
    """``CONTENTS`` over ``Page``: a heading in capitals is no column heading, and entries with dot leaders
    are no rows; the contents stay the contents."""
    contents = (
        "CONTENTS                                                          Page\n"
        "Introduction ..................................................     1\n"
        "Language services by office ...................................     2\n"
        "Costs of the services .........................................     3\n"
        "Review .......................................................      4\n\n"
    )
    document = iomparse.parse(COVER.replace("1.   The Organization", "\n" + contents + "1.   The Organization"))
    assert tables_of(document) == []
    (contents,) = [block for block in document.body if isinstance(block, iomparse.model.Contents)]
    assert [entry.title for entry in contents.entries] == [
        "Introduction",
        "Language services by office",
        "Costs of the services",
        "Review",
    ]


def test_cells_set_in_the_middle_of_their_rows_lines_are_their_rows():
    """Rows a blank line apart whose middle cell runs over two lines around the row's label (its first line
    above it): each row holds its whole cell, none of it goes to the headings or the row above."""
    visits = (
        "                         FIELD VISITS OF THE BUREAU, 2031\n\n"
        "Visit              Month              Purpose                                  Days\n\n"
        "                                      Review of the reception centres and\n"
        "First visit        February           of the return desk                          3\n\n"
        "                                      Meeting with the border agency on\n"
        "Second visit       May                data exchange                               2\n\n"
        "                                      Closing of the pilot programme and\n"
        "Third visit        October            hand-over to the Government                 4\n\n"
        "2.   The Bureau reported on each visit.\n"
    )
    assert table_rows_of(iomparse.parse(COVER + visits)) == [
        ("Visit", "Month", "Purpose", "Days"),
        ("First visit", "February", "Review of the reception centres and of the return desk", "3"),
        ("Second visit", "May", "Meeting with the border agency on data exchange", "2"),
        ("Third visit", "October", "Closing of the pilot programme and hand-over to the Government", "4"),
    ]


def test_a_wide_cells_lines_on_a_column_past_the_first_are_no_prose_however_narrow_the_first_column():
    """A PDF read directly sets the columns closer than ``-layout``: the first column is narrow and a line of
    the wide column is more than twice as wide. It is a cell's line (it starts on a heading's column past the
    first), not prose under the table."""
    visits = (
        "                         FIELD VISITS OF THE BUREAU, 2031\n\n"
        "Visit         Month      Purpose                                           Days\n\n"
        "                         Review of the reception centres and of the desks\n"
        "First visit   February                                                        3\n"
        "                         set up at the border for returning migrants\n\n"
        "                         Meeting with the border agency on the exchange of\n"
        "Second visit  May                                                             2\n"
        "                         data under the agreement signed in 2030\n\n"
        "                         Closing of the pilot programme and hand-over of its\n"
        "Third visit   October                                                         4\n"
        "                         premises and equipment to the Government\n\n"
        "2.   The Bureau reported on each visit.\n"
    )
    rows = table_rows_of(iomparse.parse(COVER + visits))
    assert [row[0] for row in rows] == ["Visit", "First visit", "Second visit", "Third visit"]
    assert rows[2][2] == "Meeting with the border agency on the exchange of data under the agreement signed in 2030"


def test_a_table_of_two_columns_a_sentence_announces_is_a_table_not_labelled_lines_or_names():
    """``… elected the following officers:`` over offices and the names of those who hold them, two columns a
    wide gap apart with no headings: a table of two columns. Lines labelled with a colon (``Chairperson:   …``)
    stay a list of lines, and names set in two columns stay names."""
    officers = (
        "2.   The Council elected the following officers by acclamation:\n\n"
        "        Chairperson                       H.E. Ms. R. Okafor-Lindqvist (Nigeria)\n"
        "        First Vice-Chairperson            Mr. T. Vasquez Moreno (Chile)\n"
        "        Second Vice-Chairperson           Ms. H. Nakamura (Japan)\n"
        "        Rapporteur                        Mr. P. Dumitrescu (Romania)\n\n"
        "3.   The Chairperson thanked the Council.\n"
    )
    assert [row[0] for row in table_rows_of(iomparse.parse(COVER + officers))] == [
        "Chairperson",
        "First Vice-Chairperson",
        "Second Vice-Chairperson",
        "Rapporteur",
    ]
    labelled = officers.replace("Chairperson ", "Chairperson:").replace("Rapporteur ", "Rapporteur:")
    assert tables_of(iomparse.parse(COVER + labelled)) == []
    names = (
        "2.   The following Member States were represented:\n\n"
        "        Albania                           Belgium\n"
        "        Chile                             Denmark\n"
        "        Ecuador                           Finland\n\n"
        "3.   The session was opened.\n"
    )
    assert tables_of(iomparse.parse(COVER + names)) == []
