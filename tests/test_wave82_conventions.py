"""Conventions the eighty-second blind wave found read wrong, each written here in a wording of its own: a
record's contents with numbered group entries over lettered ones (-layout), a statement's heading nearly as
long as half a line between two paragraphs with no blank line (plain pdftotext), and a statement's occasion
on the line under the speaker's, no blank line between, a blank line over the salutation."""

from __future__ import annotations

from conftest import headings_of

import iomparse
from iomparse.model import Contents, iter_blocks

_RECORD = """                                                                                   MC/C/SR/612
                                                                                   Original: English
                                                                                   3 January 2032

122ND SESSION

                                  PROVISIONAL
                       SUMMARY RECORD OF THE 612TH MEETING

                                          CONTENTS
                                                                                          Paragraphs
4.      Statement by the Director General . . . . . . . . . . . . . . . . . . . . . . .         1-6
5.      Reports of the Standing Committee on Programmes and Finance
        (a)        Report on the Forty-first Session . . . . . . . . . . . . . . . . . .        7-10
        (b)        Report on the Forty-second Session . . . . . . . . . . . . . . . . . .      11-15
6.      Other matters
        (a)        Admission of new Members . . . . . . . . . . . . . . . . . . . . . . .       16-18
7.      Closure of the session . . . . . . . . . . . . . . . . . . . . . . . . . . . . . .      19-20


4.       STATEMENT BY THE DIRECTOR GENERAL

1.      The Director General reviewed the work of the Organization over the year.
"""


def test_a_records_numbered_group_entries_over_lettered_ones_are_contents_entries_and_each_letter_its_own():
    """-layout: ``5. Reports of the Standing Committee …`` with no leader nor paragraphs, over ``(a) Report on the
    Forty-first Session …… 7-10`` whose label stands where the group's words start: the group is an entry of
    the contents (no paragraph 5), and the lettered line an entry of its own (not the group's words going on)."""
    document = iomparse.parse(_RECORD)
    (contents,) = [block for block in iter_blocks(document.body) if isinstance(block, Contents)]
    titles = [(entry.title, [child.title for child in entry.children]) for entry in contents.entries]
    assert titles == [
        ("4. Statement by the Director General", []),
        (
            "5. Reports of the Standing Committee on Programmes and Finance",
            ["(a) Report on the Forty-first Session", "(b) Report on the Forty-second Session"],
        ),
        ("6. Other matters", ["(a) Admission of new Members"]),
        ("7. Closure of the session", []),
    ]


_STATEMENT = """C/122/31
Original: English
2 December 2032
COUNCIL
122nd Session
STATEMENT ON BEHALF OF THE AFRICAN GROUP
Statement by H.E. Mr Kofi Mensah Addo, Ambassador and Permanent Representative of
Ghana to the United Nations Office and other international organizations at Geneva
General debate, 122nd Session of the Council

Madam Chair, Director General, Excellencies,
The African Group thanks the Director General for her report on the work of the Organization in
the past year, and for the clarity with which it sets out the challenges ahead of all of us here.
We welcome in particular the attention paid to the continent, where most movements stay within it.
Return and lasting reintegration in countries of origin
The Group encourages the Administration to strengthen its support to returning migrants, to local
authorities and to the communities that receive them, so that every return can be lasting and safe.
Thank you.
"""


def test_a_statements_occasion_under_the_speakers_line_is_the_occasion_not_the_speakers_title():
    """Plain pdftotext: ``Statement by H.E. …`` over two lines, then ``General debate, 122nd Session of the
    Council`` with no blank line between, then a blank line and the salutation: the last line is the
    occasion, neither part of the speaker's title nor of the salutation."""
    document = iomparse.parse(_STATEMENT)
    assert document.meta.speaker == (
        "H.E. Mr Kofi Mensah Addo, Ambassador and Permanent Representative of Ghana to the United Nations "
        "Office and other international organizations at Geneva"
    )
    assert document.meta.occasion == "General debate, 122nd Session of the Council"
    assert document.body[0].text == "Madam Chair, Director General, Excellencies,"


def test_a_heading_more_than_half_a_line_long_between_a_sentences_end_and_a_full_line_is_a_heading():
    """Plain pdftotext, no blank lines: ``… stay within it.`` / ``Return and lasting reintegration in countries
    of origin`` (more than half the text's width) / a full line opening with a capital: a heading."""
    document = iomparse.parse(_STATEMENT)
    assert headings_of(document) == ["Return and lasting reintegration in countries of origin"]
