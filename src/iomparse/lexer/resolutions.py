"""Pass 2b, resolutions: what a line of a resolution is, from the lines before it.

A resolution's operative part may be a single clause without a number, opening with a verb in the third
person after the preamble (``Approves the report on its 107th Session.``); read on its own such a line is
plain text. Once the flow is arranged, a table right under an operative clause that announces it with a
colon (``2. To fix the contributions of the new Members as follows:``) is the clause's; a table under a
clause that ends otherwise stands after the resolution (one the document refers to).
"""

from __future__ import annotations

import re

from ..vocabulary import OPERATIVE_CLAUSE_VERBS, alternation
from .kinds import PASSED_OVER_KINDS
from .lines import LogicalLine, bare

_OPERATIVE_VERB = re.compile(rf"(?:{alternation(OPERATIVE_CLAUSE_VERBS)})\b")


def mark_tables_set_out(flow: list[LogicalLine]) -> None:
    """Each table right under a resolution's operative clause ending with a colon (footnotes and furniture
    passed over) becomes the clause's: ``CLAUSE_TABLE``. A heading, an annex label or a header block (an annex
    that opens with its own) ends the resolution. A table under a list item, or a second table, stays a table
    of the body."""
    in_resolution = False
    previous: LogicalLine | None = None
    for line in flow:
        if line.kind in PASSED_OVER_KINDS:
            continue
        if line.kind == "RESOLUTION_HEAD":
            in_resolution = True
        elif line.kind.startswith("HEADING") or line.kind == "ANNEX_LABEL" or line.header:
            in_resolution = False
        elif (
            line.kind == "TABLE"
            and in_resolution
            and previous is not None
            and previous.kind in ("PARA", "OPERATIVE_CLAUSE")
            and bare(previous.text).endswith(":")
        ):
            line.decide("CLAUSE_TABLE", "table-set-out-by-clause")
        previous = line


def mark_numbering_resumed(flow: list[LogicalLine]) -> None:
    """A numbered line inside a resolution that a report or a record sets out in full whose number is the next
    of the body's paragraphs before the resolution, not the next of its clauses (``17. … reads as follows:`` /
    the resolution, its clauses ``1.`` … ``4.`` / ``18. The representative of …``): the body's paragraphs go
    on, and the resolution ends (``PARA_RESUMED``). A heading, an annex label or a header block ends the
    resolution too."""
    paragraph: int | None = None  # the number of the body's last numbered paragraph
    clause: int | None = None  # the number of the resolution's last clause; None outside a resolution
    for line in flow:
        if line.kind in PASSED_OVER_KINDS:
            continue
        if line.kind == "RESOLUTION_HEAD":
            clause = 0
        elif line.kind.startswith("HEADING") or line.kind == "ANNEX_LABEL" or line.header:
            clause = None
        elif line.kind == "PARA" and (line.label or "").isdigit():
            number = int(line.label or "")
            if clause is None:
                paragraph = number
            elif paragraph is not None and number == paragraph + 1 and number != clause + 1:
                line.decide("PARA_RESUMED", "paragraph-numbering-resumed")
                paragraph, clause = number, None
            else:
                clause = number


def mark_resolution_parts(logical: list[LogicalLine]) -> None:
    """A line of text right after a resolution's preamble (or its ``The Council,``) that opens with an
    operative verb is its operative clause; a title in capitals that names itself a resolution (``DRAFT
    RESOLUTION ON THE PROGRAMME AND BUDGET FOR 2018``) over ``The Council,`` is the resolution's heading."""
    _titled_heads(logical)
    previous: LogicalLine | None = None
    for line in logical:
        if line.kind in PASSED_OVER_KINDS:
            continue
        if (
            line.kind == "TEXT"
            and previous is not None
            and previous.kind in ("PREAMBLE", "FORMULA")
            and _OPERATIVE_VERB.match(bare(line.text))
        ):
            line.decide("OPERATIVE_CLAUSE", "operative-verb-after-preamble")
        previous = line


def _titled_heads(logical: list[LogicalLine]) -> None:
    """A line in capitals opening ``DRAFT RESOLUTION ON …`` (or ``RESOLUTION CONCERNING …``), heading and title
    in one, right over ``The Council,`` (a head note in brackets between: ``(Submitted by …)``): the
    resolution's heading, its title the line's words (``resolution-heading-titled``)."""
    for at, line in enumerate(logical):
        if line.kind not in ("CAPS", "BOLD") or not (titled := _TITLED_HEAD.match(bare(line.text))):
            continue
        after = [later for later in logical[at + 1 : at + 4] if later.kind not in PASSED_OVER_KINDS]
        while after and after[0].kind in ("TEXT", "BOLD") and _HEAD_NOTE.fullmatch(bare(after[0].text)):
            after.pop(0)
        if after and after[0].kind == "FORMULA":
            line.decide("RESOLUTION_HEAD", "resolution-heading-titled")
            line.label = None
            line.groups = {"draft": titled.group("draft"), "title": bare(line.text)}


_TITLED_HEAD = re.compile(r"(?P<draft>DRAFT )?RESOLUTION (?:ON|CONCERNING|REGARDING|RELATING TO) [A-Z0-9]")
_HEAD_NOTE = re.compile(r"\(.+\)")
