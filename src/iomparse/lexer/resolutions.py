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


def mark_resolution_parts(logical: list[LogicalLine]) -> None:
    """A line of text right after a resolution's preamble (or its ``The Council,``) that opens with an
    operative verb is its operative clause."""
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
