"""Headings in capitals with no number (`iomparse.lexer.headings`): how long one may be, and the level it
takes beside a document's parts.

Each case is worded apart from the corpus.
"""

from __future__ import annotations

import iomparse
from iomparse import paths
from iomparse.model import Section, inline_text

COVER = (
    "MC/2800\nOriginal: English\n1 October 2031\n\nCOUNCIL\n\nHUNDRED AND FORTIETH SESSION\n\n"
    "PROGRAMME AND BUDGET FOR 2032\n\n"
)


def headings(document: iomparse.Document) -> list[tuple[int, str | None, str]]:
    """Each section heading's level, number and text, in reading order."""
    return [
        (block.level, block.num, inline_text(block.heading))
        for _, block in paths.walk(document)
        if isinstance(block, Section)
    ]


def test_a_heading_in_capitals_after_the_parts_is_their_sibling_where_one_came_before_them():
    """``INTRODUCTION`` / ``PART I – …`` / ``PART II – …`` / ``STAFFING LEVELS``: the last heading has the type of
    the first, which no part holds, and heads no heading of the parts' own; it closes the second part (one
    that heads lettered sections stays inside its part: see tests/lines/headings.txt)."""
    text = COVER + (
        "INTRODUCTION\n\n1. The budget is presented in two parts.\n\n"
        "PART I – ADMINISTRATION\n\nA. Budget level\n\n2. The level is unchanged.\n\n"
        "PART II – OPERATIONS\n\nA. Projects\n\n3. Projects grow.\n\n"
        "STAFFING LEVELS\n\n4. The posts are listed in the annex.\n"
    )
    assert headings(iomparse.parse(text)) == [
        (1, None, "INTRODUCTION"),
        (1, "PART I", "ADMINISTRATION"),
        (2, "A", "Budget level"),
        (1, "PART II", "OPERATIONS"),
        (2, "A", "Projects"),
        (1, None, "STAFFING LEVELS"),
    ]


def test_an_agenda_items_title_in_capitals_of_twenty_five_words_is_a_heading():
    """A session report heads a section with its agenda item's title, in capitals over three lines: as long as
    it is, it is the heading over the numbered paragraph under it, not text."""
    title = (
        "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE\n"
        "ADMINISTRATIVE PART OF THE BUDGET AND MEMBER STATES WITH VOTING\n"
        "RIGHTS RESTRICTIONS UNDER ARTICLE 4 OF THE CONSTITUTION\n\n"
    )
    text = (
        "S/33/14\nOriginal: English\n20 November 2031\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "Thirty-third Session\n\nREPORT ON THE THIRTY-THIRD SESSION\n\n"
        "ADOPTION OF THE AGENDA\n\n1. The agenda was adopted.\n\n"
        + title
        + "2. The Administration introduced the report.\n"
    )
    assert [heading for _, _, heading in headings(iomparse.parse(text))] == [
        "ADOPTION OF THE AGENDA",
        " ".join(title.split()),
    ]
