"""A budget's table by service area printed column by column: its numbered row labels gathered.

A Programme and Budget lays out its Operational Part by service area and service line, each row numbered:
the area's numeral (``I.  Movement, Emergency and Post-crisis Migration Management``), its lines' numbers
(``I.1 Resettlement Assistance``), a subtotal per area (``Subtotal I``) and a total. Without ``-layout`` the
extractors print such a table as boxes, and the labels come apart in ways of their own:

- pdfminer prints each row a box, a blank line between, a title wrapped onto a second line a box of its own
  (``II.1 Migration Health Assessment and Travel Health`` / blank / ``Assistance``), and often each group
  of rows' figures between the groups' labels;
- pdfminer prints a column of numbers apart from the titles (``I.1`` / ``I.2`` / ``I.3`` after
  ``Resettlement Assistance`` / ``Repatriation Assistance`` / …), some numbers on their titles, some not;
- plain pdftotext prints a number alone on its line, its title's lines right under it.

`service_line_tables` puts each title back on its number, the words of a title wrapped back on its line, and
gathers the labels (the totals' among them) as one column where the first of them was printed; the figures
and headings printed among them follow in their order, for the table readers to lay out or keep
(`column_blocks.table_figures_unplaced`: which figure is which row's can seldom be told once the groups'
figures were printed between the labels, and is then left untold). Nothing moves unless every number of
the column finds its title.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from .model import Diagnostic
from .reading_order import CONTINUED, FIGURE, TABLE_CAPTION, UNIT_CAPTION, YEAR, previous_line, title_groups
from .source import Line
from .values import roman_to_int
from .vocabulary import BREAKING_WORDS

_CAPTION = re.compile(
    rf"{TABLE_CAPTION.pattern}|(?:Table|TABLE)\s+\d{{1,2}}(?:\s*{CONTINUED.pattern})?$|{UNIT_CAPTION.pattern}"
)
"""A table's caption, numbered (``Table 2 – Operational Part …``, ``Table 2 (cont'd)``; no sentence citing it,
``Table 2 compares …``), or the unit its figures are in under a title in capitals (``(in US dollars)``)."""
_NUMBERED = re.compile(r"(?P<area>[IVX]{1,5})\.(?P<line>\d{1,2})?(?:\s+(?P<title>\S.*))?")
"""A service area's numeral or a service line's number, its title after it or not: ``III.``, ``III.2``,
``I.  Movement, Emergency …``, ``I.1 Resettlement Assistance``."""
_TOTAL = re.compile(r"(?:(?:Grand|GRAND) )?(?:Sub-?total|SUB-?TOTAL|Total|TOTAL)(?: [IVX]{1,5})?")
"""A total row's label, alone: ``Subtotal II``, ``Sub-total``, ``TOTAL``, ``GRAND TOTAL``."""
_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.")
_LONGEST_TITLE = 70  # characters: a line of a service line's title (a paragraph's lines are longer)
_NOTE_NUMBER = re.compile(r"\d{1,2}")
_REGULAR_SHARE = 0.75  # service lines, at least, followed by their figures of a table printed row after row
_HEADING_WORDS = 3  # words of a column's heading printed among the labels, at most
_LEAST_LABELS = 4  # numbered rows, at least, of a column of them (two service lines of one area among them)


def service_line_tables(page: list[Line], notes: list[Diagnostic] | None = None) -> list[Line]:
    """``page`` with the numbered row labels of each budget table by service area printed column by column
    gathered as one column, each with its title (see the module's docstring); unchanged where there is none,
    or where a number would be left without its title. Where the figures were printed among the labels or
    several to a line, which row each is cannot be told: the table is laid out at once with its labels
    alone, its figures and headings kept after it (``table-figures-unplaced``, a warning); else the labels
    are left to the table readers (``service-line-labels-gathered``, an ``info``)."""
    if sum(1 for line in page if _NUMBERED.fullmatch(line.text.strip())) < _LEAST_LABELS:
        return page  # (most pages)
    at = 0
    while at < len(page):
        if _CAPTION.match(page[at].text.strip()):
            page, at = _gathered(page, at, notes)
        at += 1
    return page


def _gathered(page: list[Line], caption: int, notes: list[Diagnostic] | None) -> tuple[list[Line], int]:
    """``page`` with the column of numbered labels under the caption at ``caption`` gathered or laid out, and
    the index of the last line of what changed (the caption's own where nothing did)."""
    run = _run(page, caption + 1)
    if run is None:
        return page, caption
    first, end, kinds = run
    titles = _titles(page, kinds)
    if titles is None:
        return page, caption
    if _row_after_row(page, kinds):
        return page, caption  # each row's figures printed under its label: `reading_order.table_cells` reads them
    untold = _figures_untold(page, first, end, kinds)
    if not untold and not any(titles.values()):
        return page, caption  # each label with its title, the figures after them: the table readers' to read
    labels: list[Line] = []
    taken: set[int] = set()
    for row, kind in sorted(kinds.items()):
        if kind not in ("label", "titled", "total"):
            continue
        words = [page[row].text.strip(), *(page[at].text.strip() for at in titles.get(row, []))]
        labels.append(Line(page[row].number, " ".join(" ".join(words).split()), page[row].page))
        taken |= {row, *titles.get(row, [])}
    where = page[first]
    if not untold:
        rest = [page[at] for at in range(first, end) if at not in taken]
        gathered = [*labels, Line(where.number, "", where.page), *_squeezed(rest)]
        from .lexer.decisions import DECISIONS  # (the lexer's package reads pages through this module)

        why = f"{DECISIONS['service-line-labels-gathered'].why} (page {where.page})"
        _note(notes, "info", "service-line-labels-gathered", where, why)
        return [*page[:first], *gathered, *page[end:]], first + len(gathered) - 1
    rest = [page[at] for at in range(caption + 1, end) if at not in taken]
    rows = [Line(line.number, f"| {line.text} |", line.page) for line in labels]
    figures = sum(1 for line in [*rest, *page[end:]] if _figures(line.text.strip()))
    why = (
        f"a budget's table by service area printed column by column (page {where.page}): {len(labels)} rows, "
        f"their figures printed among their labels or several to a line, whose row cannot be told from the text: "
        f"{figures} figure(s) on the page kept as lines after the table"
    )
    _note(notes, "warning", "table-figures-unplaced", where, why)
    blank = Line(where.number, "", where.page)
    laid_out = [*rows, blank, *_squeezed(rest)]  # (right under the caption, as ``-layout`` prints it)
    return [*page[: caption + 1], *laid_out, *page[end:]], caption + len(laid_out)


def _run(page: list[Line], start: int) -> tuple[int, int, dict[int, str]] | None:
    """The column of numbered labels after a caption: its first line, the line after its last label, and the
    kind of each line between (``label`` a number alone, ``titled`` one with its title, ``total``, ``text``
    a line of words, ``other`` figures or a column's heading); None where fewer numbers follow one another."""
    kinds: dict[int, str] = {}
    first: int | None = None
    last = start
    previous: tuple[int, int] | None = None
    for at in range(start, len(page)):
        text = page[at].text.strip()
        if not text:
            continue
        numbered = _NUMBERED.fullmatch(text)
        if numbered is not None and not _in_order(previous, numbered):
            break
        if numbered is not None:
            previous = (_roman(numbered["area"]), int(numbered["line"] or 0))
            title = numbered["title"]
            if title is not None and not _title_like(title):
                break  # a row laid out with its figures (-layout), a numbered paragraph: no column of labels
            kinds[at] = "titled" if title else "label"
            first = at if first is None else first
            last = at + 1
        elif first is not None and _TOTAL.fullmatch(text) and not _heading_total(page, kinds, at):
            kinds[at] = "total"
            last = at + 1
            if not text.lower().startswith("sub"):
                break  # the table's total: its last row
        elif _PARAGRAPH_NUMBER.fullmatch(text):
            break
        elif text[:1].islower() and _under_title(page, kinds, at) and len(text) <= _LONGEST_TITLE:
            kinds[at] = "text"  # a title's words wrapped, in lower case (``and Host Communities``)
        elif _figures(text) or not text[:1].isupper() or len(text) < 3:
            kinds[at] = "other"  # figures, a heading's words carried over (``office costs``)
        elif _title_like(text):
            kinds[at] = "text"
        elif first is None and len(text) <= _LONGEST_TITLE:
            kinds[at] = "other"  # the columns' headings above the labels
        else:
            break  # a paragraph, a note, the running header: the table's column ends above it
    for at, kind in list(kinds.items()):  # a column's heading, its words carried over: ``Staff and`` / ``office
        if kind == "other" and page[at].text.strip()[:1].islower():  # costs``, ``Total`` / ``costs``
            above = at - 1
            while kinds.get(above) in ("text", "total"):
                kinds[above] = "other"
                above -= 1
    last = max((row + 1 for row, kind in kinds.items() if kind != "other"), default=last)
    numbered_rows = [row for row, kind in kinds.items() if kind in ("label", "titled")]
    if first is None or len(numbered_rows) < _LEAST_LABELS or not _siblings(page, numbered_rows):
        return None
    return first, last, {row: kind for row, kind in kinds.items() if first <= row < last}


def _heading_total(page: list[Line], kinds: dict[int, str], at: int) -> bool:
    """Whether a total's label at ``at`` heads a column: its words carried over under it, in lower case
    (``Total`` / ``costs``), or printed after other columns' headings (``Programme`` / ``costs`` / ``Total``)."""
    if at + 1 < len(page) and page[at + 1].text.strip()[:1].islower():
        return True
    above = previous_line(page, at)
    return above is not None and kinds.get(above) == "other" and not _figures(page[above].text.strip())


def _under_title(page: list[Line], kinds: dict[int, str], at: int) -> bool:
    """Whether the line of text above ``at`` is a numbered label with its title."""
    above = previous_line(page, at)
    return above is not None and kinds.get(above) == "titled"


def _in_order(previous: tuple[int, int] | None, numbered: re.Match[str]) -> bool:
    """Whether a number follows the one before it in the column: the same area's next line, or a later
    area."""
    if previous is None:
        return True
    area, line = _roman(numbered["area"]), int(numbered["line"] or 0)
    return (area == previous[0] and line > previous[1]) or area > previous[0]


def _roman(numeral: str) -> int:
    return roman_to_int(numeral) or 0


def _siblings(page: list[Line], rows: list[int]) -> bool:
    """Whether two service lines of one area are among the numbered rows (``I.1`` and ``I.2``)."""
    areas = [m["area"] for row in rows if (m := _NUMBERED.fullmatch(page[row].text.strip())) and m["line"]]
    return len(areas) > len(set(areas))


def _title_like(text: str) -> bool:
    """A title's line: words opening in capitals, no figure, no sentence's end."""
    return (
        len(text) <= _LONGEST_TITLE
        and text[:1].isupper()
        and not any(FIGURE.fullmatch(word) for word in text.split())
        and not text.endswith((".", ":", ";"))
        and "  " not in text
    )


def _titles(page: list[Line], kinds: dict[int, str]) -> dict[int, list[int]] | None:
    """Each numbered label's title lines printed apart from it, and each titled label's wrapped words: the
    lines of words right under a number alone (plain pdftotext); then, area by area, the titles printed
    apart paired in order with the numbers alone, as many; then the lines of words left, each going on the
    label printed before it. None where a number alone is left without a title, or words with no label
    above them."""
    rows = sorted(kinds)
    found: dict[int, list[int]] = {}
    used: set[int] = set()
    for index, row in enumerate(rows):  # a number alone, its title's lines under it (no column of numbers)
        if kinds[row] != "label" or (index and kinds[rows[index - 1]] == "label"):
            continue
        top = next((at for at in range(row + 1, len(page)) if page[at].text.strip()), len(page))
        under = list(itertools.takewhile(lambda at: kinds.get(at) == "text", range(top, len(page))))
        if under:
            found[row] = under
            used |= set(under)
    for area in {_area(page, row) for row in rows if kinds[row] in ("label", "titled")}:
        alone = [
            row for row in rows if kinds[row] == "label" and row not in found and _area_of(page, rows, row) == area
        ]
        texts = [row for row in rows if kinds[row] == "text" and row not in used and _area_of(page, rows, row) == area]
        apart = title_groups(page, texts)
        if alone and (apart is None or len(apart) != len(alone)):  # the columns' headings printed among them
            apart = title_groups(page, [row for row in texts if not _heads_a_column(page, kinds, row)])
        if alone and apart is not None and len(apart) == len(alone):
            for label, title in zip(alone, apart, strict=True):
                found[label] = title
                used |= set(title)
    for index, row in enumerate(rows):  # words left: a title's wrapped onto a line of its own
        if kinds[row] != "text" or row in used:
            continue
        if _heads_a_column(page, kinds, row) or not _wrapped_onto(page, kinds, row):
            kinds[row] = "other"  # (kept with the figures)
            continue
        above = next((at for at in reversed(rows[:index]) if kinds[at] in ("label", "titled", "total")), None)
        if above is None or kinds[above] == "total":
            return None
        found.setdefault(above, []).append(row)
    if any(kinds[row] == "label" and not found.get(row) for row in rows):
        return None
    return found


def _heads_a_column(page: list[Line], kinds: dict[int, str], row: int) -> bool:
    """Whether a line of words among the labels is a column's heading: a word or three under a year, a figure
    or another heading's line (``2008`` / ``Budget*``, ``Change`` after a column's figures)."""
    above = previous_line(page, row)
    return above is not None and kinds.get(above) == "other" and len(page[row].text.split()) <= _HEADING_WORDS


def _wrapped_onto(page: list[Line], kinds: dict[int, str], row: int) -> bool:
    """Whether a line of words left over is a title's wrapped onto a line of its own: a label stands under
    it (a line of the same title's words between perhaps), or the line above broke off on a word no title
    ends with, or it is the one line between a title and figures; not the columns' headings printed after the
    last label (``Staff costs`` / ``Project costs``)."""
    above = previous_line(page, row)
    if above is not None and page[above].text.split()[-1].lower() in BREAKING_WORDS:
        return True
    under = next((at for at in range(row + 1, len(page)) if page[at].text.strip() and kinds.get(at) != "text"), None)
    if under is not None and kinds.get(under) in ("label", "titled", "total"):
        return True
    words = [at for at in range(above + 1 if above is not None else row, under or len(page)) if kinds.get(at) == "text"]
    return above is not None and kinds.get(above) == "titled" and words == [row]  # (a title's last words, its
    # figures under them)


def _area(page: list[Line], row: int) -> str:
    match = _NUMBERED.fullmatch(page[row].text.strip())
    return match["area"] if match else ""


def _area_of(page: list[Line], rows: list[int], row: int) -> str:
    """The area of the numbered label at ``row`` or, for any other line, of the last one above it."""
    above = [at for at in rows if at <= row and _NUMBERED.fullmatch(page[at].text.strip())]
    return _area(page, above[-1]) if above else ""


def _figures(text: str) -> bool:
    """A line of figures only (``98,615,000 130,035,000``)."""
    return bool(text) and all(FIGURE.fullmatch(word) for word in text.split())


def _row_after_row(page: list[Line], kinds: dict[int, str]) -> bool:
    """Whether the table is printed row after row, a cell a line: its service lines' labels each followed by
    their figures, as many for most of them (two columns or more; a note's number is none), where some rows'
    figures may have strayed (a subtotal's after the last line of its area, a line's under the next label)."""
    runs: list[int] = []
    counting: int | None = None
    after = itertools.takewhile(
        lambda at: not page[at].text.strip() or _figures(page[at].text.strip()), range(max(kinds) + 1, len(page))
    )
    for row in [*sorted(kinds), *after]:
        if kinds.get(row) in ("label", "titled", "total"):
            numbered = _NUMBERED.fullmatch(page[row].text.strip())
            if counting is not None:
                runs.append(counting)
            counting = 0 if numbered is not None and numbered["line"] else None
        elif counting is not None and _figures(text := page[row].text.strip()):
            counting += sum(1 for word in text.split() if not _NOTE_NUMBER.fullmatch(word))
    if counting is not None:
        runs.append(counting)
    if not runs or not runs[0]:
        return False
    cells = Counter(run for run in runs if run).most_common(1)[0][0]
    regular = sum(1 for run in runs if run and run % cells == 0)
    return cells >= 2 and regular >= _REGULAR_SHARE * len(runs)


def _figures_untold(page: list[Line], first: int, end: int, kinds: dict[int, str]) -> bool:
    """Whether figures stand between the labels from ``first`` to ``end`` (a group's printed after its
    labels), or a line of the figures holds several (pdfminer's box of a row's cells): which row each is can
    then not be told."""
    between = [page[at].text.strip() for at in range(first, end) if kinds.get(at) == "other"]
    if any(_figures(text) and not YEAR.fullmatch(text) for text in between):  # (a year heads a column)
        return True
    after = itertools.takewhile(lambda line: not line.text.strip() or _figures(line.text.strip()), page[end:])
    return any(len(line.text.split()) > 1 for line in after)


def _note(notes: list[Diagnostic] | None, severity: str, code: str, where: Line, why: str) -> None:
    if notes is not None:
        notes.append(Diagnostic(severity, code, why, where.number))


def _squeezed(lines: list[Line]) -> list[Line]:
    """``lines`` with no two blank lines in a row, and none first."""
    kept: list[Line] = []
    for line in lines:
        if line.text.strip() or (kept and kept[-1].text.strip()):
            kept.append(line)
    return kept
