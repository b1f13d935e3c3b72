"""Pass 8, inner lists: a list numbered ``1.``, ``2.`` … inside a numbered paragraph.

The paragraphs of a document are numbered consecutively across its main text (conventions §9), so numbers
that start again at 1 right under a paragraph that introduces a list (``17. The Working Group recommends
… the following recommendations:`` / ``1. That the …`` / … / ``5. That the …``), the next paragraph going
on with the paragraph's number after them (``18. …``), are the list's: items of that paragraph, not
paragraphs; so too where the run ends the body's numbering (the last paragraph's list: ``17. … the following
questions:`` / ``1.`` … ``4.``, no paragraph after). The reading rests on the numbering alone, so each item it
decides says so.
"""

from __future__ import annotations

import itertools

from .lines import SUPERSCRIPT_DIGITS, LogicalLine, strip_markup

_MARKERS = f"{SUPERSCRIPT_DIGITS} "  # a note's marker after the colon (``… the source of funding:⁵``)
_BETWEEN = frozenset(("ITEM", "BULLET", "TABLE"))
"""What may stand between a list's numbered items (their own sub-items, a table one of them sets out)."""


def mark_inner_lists(flow: list[LogicalLine]) -> None:
    """Each run of paragraphs numbered from 1 right under a paragraph that ends with a colon, the paragraph
    after the run numbered on from it (or none after it), made items of that paragraph (labels ``1.`` …)."""
    index = 0
    while index < len(flow):
        run = _inner_run(flow, index)
        for at in run:
            flow[at].label = f"{flow[at].label}."
            flow[at].decide("ITEM", "list-numbered-inside")
        index = run[-1] + 1 if run else index + 1


def _inner_run(flow: list[LogicalLine], index: int) -> list[int]:
    """Where the paragraphs numbered from 1 after the paragraph at ``index`` stand, where that paragraph opens
    a list and the next paragraph after them goes on with its number (or none comes after); none otherwise."""
    line = flow[index]
    if line.kind != "PARA" or not _number(line) or not strip_markup(line.text).rstrip(_MARKERS).endswith(":"):
        return []
    outer = _number(line)
    run: list[int] = []
    for at in range(index + 1, len(flow)):
        after = flow[at]
        if after.kind in _BETWEEN and run:
            continue  # (items before the first: the colon opened them, ``6. … matters:`` / ``(a) …`` / ``1. …``)
        if after.kind != "PARA" or not _number(after):
            # (a heading, text, a resolution: no list inside the paragraph, unless the run ends the numbering)
            return run if _listed(run, outer) and _last_numbered(flow, at) else []
        if _number(after) == len(run) + 1:
            run.append(at)
            continue
        return run if _listed(run, outer) and _number(after) == outer + 1 else []
    return run if _listed(run, outer) else []  # (the list ends the document: ``17. … questions:`` / ``1.`` …)


def _listed(run: list[int], outer: int) -> bool:
    """Whether a run of paragraphs numbered from 1 under paragraph ``outer`` may be its list: two at least,
    fewer than the paragraphs before it (``3. … as follows:`` / ``1.`` … ``4.`` counts paragraphs anew)."""
    return len(run) >= _ITEMS and outer > len(run)


def _last_numbered(flow: list[LogicalLine], at: int) -> bool:
    """Whether no numbered paragraph comes after line ``at`` before an annex: the run above ends the
    numbering of the body (the list is the last paragraph's: ``17. … the following questions:`` / ``1.`` …
    ``4.``, then the closing text or the notes)."""
    for line in itertools.islice(flow, at, None):
        if line.kind == "ANNEX_LABEL":
            return True
        if line.kind == "PARA" and _number(line):
            return False
    return True


def _number(line: LogicalLine) -> int:
    """A paragraph's number (0 for none, or a number with ``bis``: an inserted paragraph's)."""
    label = line.label or ""
    return int(label) if label.isdigit() else 0


_ITEMS = 2  # items, at least, of a list numbered inside a paragraph
