"""Text printed out of its reading order by PDF text extractors, put back page by page.

Extractors that group a page into boxes (pdfminer.six's ``pdf2txt.py``, and poppler's ``pdftotext`` without
``-layout``) print a hanging paragraph number as a box of its own, a table column after column, the page
numbers of a table of contents after all its titles, and the text of a justified line with doubled
spaces. These steps, run by `iomparse.layout.normalize_pdf_text` before its own, lay such text out again as
``pdftotext -layout`` prints it, keeping every line's number so that source spans still hold:

* `line_by_line`: the doubled spaces of a justified line made single; a line holding two lines side by side
  (a running header's symbol and page label, a cover's two columns, a rule glued to a paragraph number)
  made two;
* `paragraph_number_column`: paragraph numbers printed as a column before their paragraphs put before them;
* `late_paragraph_numbers`: a paragraph number printed after the first line of its paragraph
  (``The following Member States were represented:`` / ``3.`` / ``Argentina, …``) put before it;
* `detached_contents_pages`: contents entries whose page numbers were printed apart given their pages;
* `table_columns`: a table printed column after column (its row labels, then a block of figures per
  column, headings and running headers between) laid out in rows, its total row too when a rule set it
  apart (``Total`` before the headings, its figures after the columns);
* `table_cells`: a table printed cell by cell, a line each, row after row, laid out in rows;
* `bullets_apart`: bullets whose glyph an extractor could not name, printed at the page's end, given back
  to their items;
* `typed_footnotes`: the footnotes of typed documents (``1/``), marker and body, given superscript numbers.
"""

from __future__ import annotations

import itertools
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence

from attrs import Factory, define

from .source import Line
from .superscripts import SUPERSCRIPT_DIGITS
from .symbols import SYMBOL_CANDIDATE
from .values import FULL_DATE, MONTH_PATTERN, roman_to_int
from .vocabulary import (
    BREAKING_WORDS,
    CLASSIFICATION_MARKS,
    COVER_FOOTERS,
    DANGLING_WORDS,
    HEADING_LABELS,
    LONG_STATE_NAMES,
    alternation,
    is_salutation,
)

SPACED_MARKER = re.compile(
    r"(?<=[,;:.)”’])(?<!\.\.)(?<!\. \.) (\d{1,2})(?= +[a-z]|[ \t]*$|(?<=[a-z\d)][.”’] \d) +[A-Z](?:[a-z]|[A-Z]+\b)"
    r"|(?<=[a-z\d)][.”’] \d\d) +[A-Z](?:[a-z]|[A-Z]+\b)|(?<=[a-z]: \d) +[A-Z][a-z]|(?<=[a-z]: \d\d) +[A-Z][a-z])"
)
"""A footnote marker that an extractor set off by spaces, after punctuation and before the sentence going on
in lower case (``the Council, 1 the credentials``), at the end of the line (``… of the Constitution. 3``), or
after a sentence's full stop before the next sentence (``… its core structure. 1 Membership …``, ``… a related
organization. 1 IOM today …``), or after a colon before the list it opens (``were represented: 1 Afghanistan,
…``): a marker only if a body with that number is on the page; never after a contents entry's leader (``… . . 2``)."""
_DOUBLED = re.compile(r"(?<=\S)  (?=\S)")
WIDE_GAP = re.compile(r"\S\s{3,}\S")
"""Cells apart on a line (three spaces or more between two words): a row laid out already, not a label."""
_SINGLE = re.compile(r"(?<=\S) (?=\S)")
_PARAGRAPH_NUMBER = re.compile(r"\s*\d{1,3}\.\s*")
_SENTENCE_END = (".", ";", ":", "?", "!", "”", '"')
GLUED_MARKER = re.compile(
    r"(?:(?<=[A-Za-z.,;:)”’\"])(?<!\.\.)(?<!\b[A-Z])(?<!Rev\.)(?<!Corr\.)(?<!Add\.)(?<!Amdt\.)(?<!\b\d\.)(?<!\b\d\d\.)"
    r"(?<!\b[IVXLC]\.)(?<!\b[IVXLC]{2}\.)(?<!\b[IVXLC]{3}\.)"
    r"|(?<=\d,\d{3})(?=\d{1,2}(?:[\s)]|$))|(?<=Rev\.\d\.)|(?<=Corr\.\d\.)|(?<=Add\.\d\.)|(?<=Amdt\.\d\.)"
    r"|(?<=\w/\d\.)|(?<=\w/\d\d\.)|(?<=\w/\d{3}\.)|(?<=\w/\d{4}\.)"
    r"|(?:(?<=\s\d\.\d\d\.)|(?<=\s\d\d\.\d\d\.)|(?<=\s\d{3}\.\d\d\.)|(?<=,\d{3}\.\d\d\.))(?=\d{1,3}[ \t]+[A-Z]))"
    r"(?!(?<=\d,)\d{3}\b)(\d{1,3})(?=[\s,;:)]|$)"
    r"(?:(?<!\d\.\d)(?<!\d\.\d\d)(?<!\d\.\d\d\d)|(?![ \t]+[a-z]))"
)
"""A plain digit glued to the end of a word or after punctuation, at the end of a word: a footnote marker
if a body with that number is on the page (``Nations.1``, ``follows:3``). Not after a contents entry's leader
(``Introduction......1``: a page), nor after a capital alone (``Q2``,
``G7``: a code), nor after a symbol's Rev./Corr./Add./Amdt., nor after a small number or a roman numeral and a
point (2.1 is a decimal, V.1 a section; 2013.2 is a year and marker 2; ``USD 1.00.2 Amounts`` an amount, the
sentence's stop and marker 2, the next sentence after it, where ``2.10.3, 2.10.4`` are sections). In a table's
cell, the digits
after a figure's last group of three (``4,1873``: 4,187 and marker 3), never a group of three itself (``8,915``
is no 8,9 and marker 915); after a symbol's revision and the full
stop that ends the sentence (``MC/2276/Rev.1.3``: marker 3), or after a symbol's last number and that full
stop (``draft resolution C/109/L/5.2``, ``document MC/2019.1``). After a number's point, only where the sentence
ends there: ``USD 541.3 million`` is a decimal, ``CHF 50,347,000.3 Expenditure`` a marker."""


_SYMBOL_AND_PAGE = re.compile(rf"\s*({SYMBOL_CANDIDATE.pattern})\s+(Page\s+[ivxlcdm\d]+)\s*")


_RIGHT_COLUMN = re.compile(  # (a symbol, Original: or a mark five spaces off at least; a date, eight)
    rf"(?P<left>\S.*?)(?:\s{{5,}}(?P<right>{SYMBOL_CANDIDATE.pattern}|Original\s*:\s*\S+"
    rf"|(?-i:{alternation(CLASSIFICATION_MARKS, escape=True)}))|\s{{8,}}(?P<date>{FULL_DATE.pattern}))\s*",
    re.IGNORECASE,
)
_ORIGINAL_BESIDE = re.compile(r"\s+(?P<left>\S.*?)\s{8,}(?P<right>Original\s*:\s*\S+)\s*", re.IGNORECASE)
"""``Original: English`` beside an indented letterhead line (``    IOM     Organisation internationale …``).
`_RIGHT_COLUMN` reads unindented lines only: an indented line's symbol at the right is an agenda's documents
column, no cover's."""
_RULE_AND_NUMBER = re.compile(r"(?P<rule>\s*[-_=]{5,})(?P<number>\d{1,3}\.)\s*")
_COVER_LINES = 12  # the lines of a first page that can hold a cover's two columns


def line_by_line(page: list[Line]) -> list[Line]:
    """What a page's lines hold, one line at a time, in one pass:

    - a line justified by doubled spaces between its words read with single spaces;
    - a running header printed on one line, symbol and page label side by side (``C/110/9 Page 4``), as
      two lines, each of which the lexer knows as furniture;
    - the first lines of a document printed in two columns (``INTERGOVERNMENTAL COMMITTEE      MC/EX/478``:
      the letterhead on the left, symbol, ``Original:``, date or a classification mark (``RESTRICTED``) on the
      right), each column a line, the right one first (the left one may go on below: a letterhead over two
      lines);
    - an underline rule glued to the number of the paragraph under it (``-----------1.``), two lines."""
    result: list[Line] = []
    for index, line in enumerate(page):
        if "  " not in line.text and "Page" not in line.text and "---" not in line.text and "___" not in line.text:
            result.append(line)  # most lines: nothing side by side, no doubled space
            continue
        pieces = _pieces(line.text, first_lines=index < _COVER_LINES and line.page == 1)
        if pieces is not None:
            result += [Line(line.number, piece, line.page) for piece in pieces]
        elif "  " in line.text and _justified(line.text):
            result.append(Line(line.number, _DOUBLED.sub(" ", line.text), line.page))
        else:
            result.append(line)
    return result


def _pieces(text: str, first_lines: bool) -> tuple[str, ...] | None:
    """The lines one physical line holds side by side, if it holds several (see `line_by_line`)."""
    if "Page" in text and (both := _SYMBOL_AND_PAGE.fullmatch(text)):
        return both.group(1, 2)
    if first_lines and "     " in text and (both := _RIGHT_COLUMN.fullmatch(text) or _ORIGINAL_BESIDE.fullmatch(text)):
        return both.groupdict().get("date") or both.group("right"), both.group("left")
    if ("-----" in text or "_____" in text) and (both := _RULE_AND_NUMBER.fullmatch(text)):
        return both.group("rule", "number")
    return None


def _justified(text: str) -> bool:
    """Whether a line's words are spaced by two spaces at least as often as by one (a table's row has single
    spaces inside its cells), with no wider gap."""
    if "  " not in text.strip() or WIDE_GAP.search(text):
        return False
    doubled = len(_DOUBLED.findall(text))
    return doubled >= 2 and doubled >= len(_SINGLE.findall(text))


def late_paragraph_numbers(page: list[Line]) -> list[Line]:
    """A paragraph number alone on its line, printed after the first line of its paragraph, is put before
    that line: right after it (``The following …`` / ``3.`` / ``Argentina, …``, a long first line), or after
    it and a blank line when that line, alone between blank lines, does not end its sentence (``… which
    added`` / blank / ``6.`` / ``an item …``); on a page of rules, a sub-rule's number in parentheses too
    (``… at the request of the Chairperson of`` / blank / ``(1)`` / ``the Council, …``). A statement's
    salutation is no paragraph's first line, nor is a line in capitals, nor one under its own number."""
    result = list(page)
    dropped: set[int] = set()  # the lines between a first line and its number, and the number's
    lengths: list[int] | None = None  # the page's lines' lengths, measured once a number alone is met
    rules: bool | None = None  # whether the page prints rules (``Rule 4``), their sub-rules numbered ``(1)``
    for index in range(1, len(page) - 1):
        if not page[index + 1].text.strip():
            continue
        if not _PARAGRAPH_NUMBER.fullmatch(page[index].text):
            if not _sub_rule_alone(page[index]):
                continue
            rules = any(RESTARTING_LABEL.fullmatch(line.text.strip()) for line in page) if rules is None else rules
            if not rules:
                continue
        lengths = _lengths(page) if lengths is None else lengths
        # the first line of a paragraph is a full line (a heading is short); against the median line, the
        # text's, when the page's notes hold longer lines
        # a number between a line and its sentence's next words (``… was expanded`` / ``9.`` / ``considerably
        # in 2016 …``): the line is a paragraph's first against the text's median line, as notes are longer
        above = page[index - 1].text if page[index - 1].text.strip() or index < 2 else page[index - 2].text
        sentence_goes_on = _goes_on_after(above, page[index + 1].text)
        full = 0.8 * _share(lengths, 0.5 if sentence_goes_on else 0.9)
        first = _first_line_above(page, index, full, goes_on=sentence_goes_on)
        if first is None:
            first = _broken_off_above(page, index, 0.8 * _share(lengths, 0.5))
        if first is None and sentence_goes_on and not _first_line_below(page, index, lengths):
            first = _first_line_in_pieces(page, index, _PIECE_SHARE * _share(lengths, 0.5))
        if first is None or _runs_on(page, first, 0.8 * _share(lengths, 0.5)) or page[first].text.strip().isupper():
            continue  # (a line in capitals is a heading: II. / FINANCIAL REPORT FOR THE YEAR ENDED … 1989 / 4. / …)
        if not sentence_goes_on and is_salutation(page[first].text.replace("**", "").strip()):
            continue  # Mr Chairperson, Excellencies, distinguished delegates, / 1. / My delegation …: the number's
        if _numbered_above(result, first):
            continue  # 18. / Some 90 delegations … meetings.⁶ / 19. / Many speakers …: that line has its number
        if _numbered_above(result, first, _COLUMN_LABEL_ALONE) and not sentence_goes_on:
            continue  # A. / The Agreement concerning … / 9. / The Working Group …: a section's heading (or an
            # item's: ``(a)`` / ``Status of contributions … Budget`` / ``27.`` / ``The Administration …``)
        label = page[index].text.strip()
        result[first] = Line(page[first].number, f"{label} {page[first].text.strip()}", page[first].page)
        result[index] = Line(page[index].number, "", page[index].page)
        dropped.update(row for row in range(first + 1, index + 1) if not result[row].text.strip())  # the
        # number's box parted the paragraph: no blank is left between its first line (its pieces) and the rest
        # (``… the previous year.⁴`` / ``10.`` / ``Assistance was …``)
    return [line for row, line in enumerate(result) if row not in dropped] if dropped else result


def first_line_printed_after(page: list[Line]) -> list[Line]:
    """A paragraph's first line that pdfminer printed after the rest of it (``7.`` / ``request for assistance
    received by the Administration:`` / blank / ``For the governments concerned, … which recur in almost every`` /
    blank / ``(a)``), put back under its number: the number stands right over text in lower case that ends a
    sentence, then comes a line of its own opening with a capital, as long as the text's lines and broken off
    on a word, under which the text does not go on (a list's or a heading's label follows, not a paragraph's
    number, nor text in lower case; a line ending the page may go on overleaf, and stays)."""
    measure: int | None = None
    result = list(page)
    index = 0
    while index < len(result) - 1:
        block = _lower_case_block_under(result, index)
        if block is None:
            index += 1
            continue
        measure = _share(_lengths(page), 0.5) if measure is None else measure
        first = _next_line(result, block - 1)
        if first is None or not _first_line_alone(result, first, measure):
            index += 1
            continue
        result = [*result[: index + 1], result[first], *result[index + 1 : first], *result[first + 1 :]]
        index = first + 1
    return result


def _lower_case_block_under(page: list[Line], index: int) -> int | None:
    """Where the block of text in lower case right under the paragraph number alone at ``index`` ends (its
    last line ending a sentence), if there is one."""
    if not _PARAGRAPH_NUMBER.fullmatch(page[index].text) or not page[index + 1].text.strip()[:1].islower():
        return None
    end = index + 1
    while end < len(page) and page[end].text.strip():
        end += 1
    return end if page[end - 1].text.rstrip().endswith((".", ":", ";")) else None


def _first_line_alone(page: list[Line], at: int, measure: int) -> bool:
    """Whether the line at ``at`` is a paragraph's first line printed as a block of its own: opening with a
    capital, a full line broken off on a word, and no text going on under it."""
    text = page[at].text.strip()
    if not (text[:1].isupper() and text[-1:].isalpha() and len(text) >= _FULL_LINE_SHARE * measure):
        return False
    if at + 1 < len(page) and page[at + 1].text.strip():
        return False
    after = _next_line(page, at)
    if after is None:
        return False  # (at the page's end the text may go on overleaf: a paragraph of its own, perhaps)
    below = page[after].text.strip()
    return not (_PARAGRAPH_NUMBER.fullmatch(below) or below[:1].islower())


_FULL_LINE_SHARE = 0.85  # of the text's median line: a paragraph's first line is a full line


def _numbered_above(page: list[Line], row: int, label: re.Pattern[str] = _PARAGRAPH_NUMBER) -> bool:
    """Whether a paragraph's number alone (or another ``label``: a section's) stands right above line ``row`` (a
    blank line between at most)."""
    above = row - 1
    if above > 0 and not page[above].text.strip():
        above -= 1
    return above >= 0 and label.fullmatch(page[above].text) is not None


SECTION_LABEL_ALONE = re.compile(r"\s*(?:[IVXLC]{1,6}\.(?:\d{1,2})?|[A-H]\.)\s*")
"""A section's label alone on its line (``A.``, ``IV.``, ``III.1``), its heading printed under it."""


def _goes_on_after(above: str, below: str) -> bool:
    """Whether the text under a number alone goes on with the sentence of the line over it: in lower case, or
    with a figure or a document's symbol after a line of prose (not in capitals: a heading) that ends no
    sentence (``… totalled CHF`` / ``4.`` / ``48,700,452. Of …``, ``… for the Year Ended`` / ``22.`` / ``31
    December 2010 and …``, ``… under the symbol`` / ``2.`` / ``MC/2386/Rev.1.``), or with a name after a long
    line ending with a comma (``… attended: Afghanistan, Algeria,`` / ``2.`` / ``Angola, …``)."""
    first = below.strip()[:1]
    above = above.strip()
    prose = bool(above) and not above.isupper() and not above.endswith(_SENTENCE_END)
    broken = prose and _BROKEN_OFF_WORD.search(above) is not None and len(above.split()) >= _BROKEN_LINE_WORDS
    cited = prose and SYMBOL_CANDIDATE.match(below.strip()) is not None  # … under the symbol / 2. / MC/2386/Rev.1.
    listing = (  # … attended: Afghanistan, Algeria, / 2. / Angola, …: a list of names going on (no salutation)
        prose and above.endswith(",") and len(above.split()) >= _BROKEN_LINE_WORDS and not is_salutation(above)
    )
    return first.islower() or (first.isdigit() and prose) or (first.isupper() and (broken or cited or listing))


_BROKEN_OFF_WORD = re.compile(r"(?:\s|^)(?:The|the|a|an|of|and|to|in|for|by|with|from|on|at|or|its|their)$")
"""A word no sentence ends with (``… in 104 countries. The`` / ``14.`` / ``Organization helped …``): the line was
broken off in mid-sentence, whatever the case of the next line's first word (a name's capital)."""
_BROKEN_LINE_WORDS = 8  # words: a line of running text broken off so holds as many at least (no short heading)


def paragraph_number_before_list(page: list[Line]) -> list[Line]:
    """A paragraph's or a section's number alone printed right before a list's label (``4.`` / ``(a)`` / ``the
    Administrative Part …`` / ``(b)`` / …, or a bullet; ``(c)``, the list going on from the page before, no
    paragraph opening with an item), then, after the list, the paragraph's
    text or the heading: plain pdftotext prints the number of what follows a list at the height of the list's
    first label. The number is put before the first block after the list that opens a paragraph or a heading
    (a capital, no list label); a label right under an item's text, no blank line between, is a block of its
    own (``… earlier years, namely:`` / ``(i)``); an agenda's documents printed between the number and the
    label are passed over (``5.`` / ``S/18/1`` / ``(a)``). On a page of rules, a sub-rule's number in
    parentheses too (``(4)`` / ``(a)`` / ``the Programme and Budget …`` / … / ``Documents relating to …``)."""
    blocks = _labels_apart(page, line_blocks(page))
    result = list(page)
    rules: bool | None = None  # whether the page prints rules (``Rule 6``), their sub-rules numbered ``(4)``
    for position, (start, end) in enumerate(blocks[:-1]):
        roman = _ROMAN_LABEL.fullmatch(page[start].text.strip()) is not None
        if end - start != 1:
            continue
        if not (_PARAGRAPH_NUMBER.fullmatch(page[start].text) or roman):
            if not _sub_rule_alone(page[start]):
                continue
            rules = any(RESTARTING_LABEL.fullmatch(line.text.strip()) for line in page) if rules is None else rules
            if not rules:
                continue
        label = position + 1
        while label < len(blocks) - 1 and (
            all(_NOTE_ALONE.fullmatch(page[i].text) for i in range(*blocks[label]))
            or _documents_column(page, blocks[label])
        ):
            label += 1  # 6. / 1 / 2 / •: footnotes' numbers printed in the same column, left where they are;
            # 5. / S/18/1 / (a): an agenda's documents column printed between them
        label_start, label_end = blocks[label]
        if label_end - label_start != 1 or not _LIST_LABEL_ALONE.fullmatch(page[label_start].text.strip()):
            continue
        after = _list_end(page, blocks, label)
        if after == len(blocks) or not (
            _opens(page, start, blocks[after]) or (roman and _heading_in_capitals_atop(page, blocks[after]))
        ):
            continue
        first, text = blocks[after][0], f"{page[start].text.strip()} {page[blocks[after][0]].text.strip()}"
        result[first] = Line(page[first].number, text, page[first].page)
        result[start] = Line(page[start].number, "", page[start].page)
    return result


def _heading_in_capitals_atop(page: list[Line], block: Block) -> bool:
    """Whether a block opens with a heading in capitals alone on its line (``MIGRATION AT THE LOCAL LEVEL`` /
    ``Urban destinations``: a sub-heading under it in the same block)."""
    first = page[block[0]].text.strip()
    return first.isupper() and _HEADING_IN_CAPITALS.fullmatch(first) is not None


_HEADING_IN_CAPITALS = re.compile(r"[A-Z][^.;]{0,150}[^.;:,\s]")  # a colon inside: … LEVEL: TRENDS AND …


def _list_end(page: list[Line], blocks: list[Block], at: int) -> int:
    """The position of the first block after a list printed a label a block from ``blocks[at]`` on: labels
    alone (``(b)``, ``(ii)``), each with the block after it (its text, in any case), items with their label,
    text going on in lower case, and an agenda's documents column (``MC/2097``: an item's documents)."""
    while at < len(blocks):
        first = page[blocks[at][0]].text.strip()
        if _LIST_LABEL_ALONE.fullmatch(first):
            at += 2
        elif _goes_on(page, blocks[at]) or _documents_column(page, blocks[at]):
            at += 1
        else:
            break
    return min(at, len(blocks))


def labels_before_sublist(page: list[Line]) -> list[Line]:
    """The labels of what follows a nested list printed before its first label (plain pdftotext prints them
    at the height of ``(i)``: ``(c)`` / ``VIII.`` / ``(i)`` / ``give priority …`` / ``(ii)`` / ``limit …`` /
    ``encourage Member States …`` / ``OTHER BUSINESS``): each put before the blocks after the nested list, in
    order, a letter on text in lower case (the outer item's), a section's number on a heading."""
    if not any(_SUBLIST_OPENING.fullmatch(line.text) for line in page):
        return page
    blocks = line_blocks(page)
    result = list(page)
    position = 0
    while position < len(blocks):
        run = list(itertools.takewhile(lambda at: _alone(page, blocks[at], _OUTER_LABEL), range(position, len(blocks))))
        at = position + len(run)
        if not run or at >= len(blocks) or not _alone(page, blocks[at], _SUBLIST_OPENING):
            position = at + 1 if run else position + 1
            continue
        while at < len(blocks) and _alone(page, blocks[at], _INNER_LABEL):
            at += 2  # an inner item's label, and its text
        targets = blocks[at : at + len(run)]
        capitals = _item_above_capitalized(page, blocks, position) or _list_goes_on(page, blocks[at - 1])
        if len(targets) == len(run) and all(
            _outer_opens(page, blocks[r], t, capitals=capitals) for r, t in zip(run, targets, strict=True)
        ):
            for label, (first, _) in zip(run, targets, strict=True):
                text = f"{page[blocks[label][0]].text.strip()} {page[first].text.strip()}"
                result[first] = Line(page[first].number, text, page[first].page)
                result[blocks[label][0]] = Line(page[blocks[label][0]].number, "", page[first].page)
        position = at
    return result


_OUTER_LABEL = re.compile(r"\s*(?:\([a-h]\)|[IVX]{1,5}\.)\s*")
_SUBLIST_OPENING = re.compile(r"\s*\(i\)\s*")
_INNER_LABEL = re.compile(r"\s*\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s*")


def _alone(page: list[Line], block: Block, pattern: re.Pattern[str]) -> bool:
    """Whether a block is one line that ``pattern`` matches whole."""
    return block[1] - block[0] == 1 and pattern.fullmatch(page[block[0]].text) is not None


def _item_above_capitalized(page: list[Line], blocks: list[Block], position: int) -> bool:
    """Whether the item right above the block at ``position`` (its letter alone, then its text) opens its
    text with a capital (``(b)`` / ``Guinea-Bissau will pay …``): the list's items open so."""
    if position < 2 or not _alone(page, blocks[position - 2], _OUTER_LABEL):
        return False
    return page[blocks[position - 1][0]].text.strip()[:1].isupper()


def _list_goes_on(page: list[Line], block: Block) -> bool:
    """Whether the nested list's last text ends as an item followed by another does (``…; and``, ``…;``): the
    outer list goes on after it, whatever case its next item opens with (``(c)`` / ``(i)`` / … / ``Statement
    II, …; and`` / ``Schedule 1, which shows …``)."""
    return page[block[1] - 1].text.rstrip().endswith(_ITEM_GOES_ON)


_ITEM_GOES_ON = (";", "; and", "; or")


def _outer_opens(page: list[Line], label: Block, text: Block, *, capitals: bool = False) -> bool:
    """Whether an outer label opens a block after a nested list: a letter, text going on in lower case (or
    in capitals, where the ``capitals`` of the list's items above open so); a section's number, a heading
    alone on its line."""
    first = page[text[0]].text.strip()
    if page[label[0]].text.strip().startswith("("):
        return first[:1].islower() or (capitals and first[:1].isupper())
    return text[1] - text[0] == 1 and bool(_SECTION_HEADING.fullmatch(first))


def numbers_column_after_notes(page: list[Line]) -> list[Line]:
    """`paragraph_number_column` again, after the footnotes' numbers printed in the same margin were put on
    their bodies (``A.`` / ``6.`` / ``1`` / ``2`` / ``Objectives`` / ``In line with …``: the notes' numbers
    had ended the column), for paragraphs' and sections' numbers only (a list's letters were read before)."""
    return paragraph_number_column(page, lists=False)


def paragraph_number_column(page: list[Line], *, lists: bool = True) -> list[Line]:
    """Labels printed as a column before their texts (``I.`` / ``1.`` / ``2.`` / ``II.`` / ``3.``, one a line
    or between blank lines, then the texts, each a block): each label put before the first line of its text,
    when the labels follow one another (each kind in its own sequence: paragraph numbers, section numbers in
    roman numerals or capital letters, lettered items), as many blocks of text follow them (or as many texts
    open in blocks that run them together: see `_texts_run_together`), and each text is what its label
    opens: a paragraph opening with a capital after a number, a heading (one short line) after a section's
    number, an item after a letter."""
    alone = sum(1 for line in page if _COLUMN_LABEL_ALONE.fullmatch(line.text))
    if alone < 2 and alone + sum(1 for line in page if _sub_rule_alone(line)) < 2:
        return page  # most pages: no column of labels to look for
    restarts = any(RESTARTING_LABEL.fullmatch(line.text.strip()) for line in page)  # rules number afresh
    if alone < 2 and not restarts:
        return page  # ((1) / (2) alone: a table's column numbers, unless rules are printed on the page)
    blocks = _labels_apart(page, line_blocks(page))
    if restarts:
        blocks = _rule_headings_apart(page, blocks)
    result = list(page)
    position = 0
    chained: int | None = None  # where the next run's texts start: the block after the last text of the run
    # before it, when the two runs were printed one after the other, their texts after both
    given: set[int] = set()  # the first lines of the texts given labels already: no text takes two
    while position < len(blocks):
        texts: list[tuple[int, Block]] | None = None
        run = _sections_and_paragraphs(page, blocks, position, restarts=restarts)
        if run is not None:
            labels, after = run
            texts = _texts_opened(page, labels, blocks, after, over_headings=False)
            texts = texts if texts is not None and _numbered_apart(page, texts) else None
        if texts is None:
            labels, after = _label_run(page, blocks, position, restarts=restarts)
        resumed, chained = chained, None
        listed = any((_column_label(page[row].text) or ("",))[0] in ("letter", "inner") for row in labels)
        if texts is None and len(labels) >= 2 and lists:
            texts = _numbered_items(page, labels, blocks, after)  # … the following four priorities: / 1. / … / 4. /
            # strengthening …; / consolidating …;: a list numbered inside a paragraph (see `lexer.lists`)
        if texts is None and len(labels) >= 2 and (lists or not listed):
            opened = resumed if resumed is not None else _past_label_runs(page, blocks, after, restarts=restarts)
            texts = (
                _items_above(page, labels, blocks, position, after, given=given)
                or _texts_opened(page, labels, blocks, opened)
                or _texts_opened(page, labels, blocks, opened, over_headings=False)  # 1. / 2. / OPENING OF …: the
                # headings in capitals are what the numbers open (an agenda's items)
                or _texts_opened(page, labels, blocks, opened, inside=False)  # a list's labels printed out of
            )  # order among its titles: passed over one at a time
            if texts is not None and _last_item_inside(page, texts):  # (d) / (e) / … basis; and / extend …:
                texts = _texts_run_together(page, labels, blocks, after) or texts  # the items run together
            if texts is not None and opened > after:
                chained = blocks.index(texts[-1][1]) + 1
        if texts is None and len(labels) >= 2 and (lists or not listed):
            texts = _texts_run_together(page, labels, blocks, after)
        if texts is None:
            position = max(position + 1, after)
            continue
        for row, (first, _) in texts:
            text = f"{page[row].text.strip()} {page[first].text.strip()}"
            result[first] = Line(page[first].number, text, page[first].page)
            result[row] = Line(page[row].number, "", page[row].page)
            given.add(first)
        position = max(position + 1, after)  # (a list printed the same way among the texts passed over: read next)
    return result


def _numbered_items(
    page: list[Line], labels: list[int], blocks: list[Block], after: int
) -> list[tuple[int, Block]] | None:
    """Each of the numbers ``1.``, ``2.`` … printed as a column right under a lead-in (a line ending with a colon,
    a note's marker perhaps after it) with the block it opens, in order from ``blocks[after]``: a list numbered
    inside a paragraph, its items' texts in lower case, a block each (pdfminer); None where the labels or the
    blocks are not so."""
    numbers = [_column_label(page[row].text) for row in labels]
    if numbers != [("number", at) for at in range(1, len(labels) + 1)]:
        return None
    above = previous_line(page, labels[0])
    if above is None or not page[above].text.rstrip().rstrip(_MARKER_DIGITS).endswith(":"):
        return None
    texts = blocks[after : after + len(labels)]
    if len(texts) < len(labels) or not all(page[block[0]].text.lstrip()[:1].islower() for block in texts):
        return None
    return list(zip(labels, texts, strict=True))


_MARKER_DIGITS = f"0123456789{SUPERSCRIPT_DIGITS}"  # a note's marker after a lead-in's colon, raised or not yet


def _last_item_inside(page: list[Line], texts: list[tuple[int, Block]]) -> bool:
    """Whether a lettered item's text, not the last label's, holds the list's last item after its own: a line
    ending with ``; and`` or ``; or`` inside its block, the next in lower case (``(d)`` / ``(e)`` / ``encourage
    … basis; and`` / ``extend the mandate …``: the items run together, the next letter's text not the block after)."""
    for row, (first, end) in texts[:-1]:
        if (_column_label(page[row].text) or ("",))[0] not in ("letter", "inner"):
            continue
        for line in range(first, end - 1):
            if page[line].text.rstrip().endswith(("; and", "; or")) and page[line + 1].text.lstrip()[:1].islower():
                return True
    return False


def _past_label_runs(page: list[Line], blocks: list[Block], after: int, *, restarts: bool) -> int:
    """The position of the first block past the runs of labels that follow the run ending at ``after``, one
    after the other (``C.`` / ``13.`` / ``14.`` / ``A.`` / ``15.`` …: a chapter's letters afresh, its heading
    printed with its label among the texts): the first run's texts start there, the next run's after them."""
    while after < len(blocks):
        labels, past = _label_run(page, blocks, after, restarts=restarts)
        if len(labels) < 2 or past <= after:
            break
        after = past
    return after


def _texts_run_together(
    page: list[Line], labels: list[int], blocks: list[Block], after: int
) -> list[tuple[int, Block]] | None:
    """Paragraphs' numbers printed as a column over their texts run together in one block, no blank line
    between (``(1)`` / ``(2)`` / ``The Standing Committee … Council.`` / ``At the close …``: a template that
    leaves no space between paragraphs): each text opens with a capital after a line that ends a sentence;
    a list's letters over its items' texts so (``(a)`` / ``(b)`` / ``one third of the Members …;`` / ``the
    Standing Committee …; or``): each opens after a line that ends an item. The blocks from ``blocks[after]``
    on are cut there, and the labels given their texts (see `_texts_opened`) only where every cut up to the
    last text's end opens one: as many texts as labels. None otherwise (a sentence ending at a line's end in a
    paragraph leaves more cuts than numbers), and for labels of both kinds."""
    kinds = {(_column_label(page[row].text) or ("",))[0] for row in labels}
    numbers, letters = bool(kinds & set(_NUMBERS)), bool(kinds & set(_LIST_LETTERS))
    if numbers == letters:
        return None  # (neither, or both: which texts run together cannot be told)
    family = _NUMBERS if numbers else _LIST_LETTERS  # (sections' labels among them open their headings)
    following = next(
        (n for n in range(after, len(blocks)) if (_column_label(page[blocks[n][0]].text) or ("",))[0] in family),
        len(blocks),
    )  # (the next column of such labels: their texts lie past it)
    opens = _opens_after_sentence if family is _NUMBERS else _opens_after_item
    pieces, cuts = _sentences_apart(page, blocks[after:following], opens)
    if not cuts:
        return None
    texts = _texts_opened(page, labels, blocks[:after] + pieces, after)
    if texts is None:
        return None
    end = min(end for _, end in blocks[after:] if end >= texts[-1][1][1])  # (the end of the block it was cut from)
    if family is _LIST_LETTERS:
        items = [first for row, (first, _) in texts if (_column_label(page[row].text) or ("",))[0] in family]
        last = min(end for _, end in blocks[after:] if end > items[-1])
        if any(items[0] < start < last for start, _ in blocks):
            return None  # (a list's items run together in one block, past which no letter goes: a note's body)
    return texts if _every_cut_opened(cuts, [first for _, (first, _) in texts], end) else None


_NUMBERS = ("number", "sub-rule")
_LIST_LETTERS = ("letter", "inner")


def _sentences_apart(
    page: list[Line], blocks: list[Block], opens: Callable[[list[Line], int], bool] | None = None
) -> tuple[list[Block], set[int]]:
    """``blocks`` cut before each line that may open a paragraph run together with the one above it (see
    `_opens_after_sentence`; an item, with `_opens_after_item` for ``opens``), and the lines cut at."""
    opens = opens or _opens_after_sentence
    pieces: list[Block] = []
    cuts: set[int] = set()
    for start, end in blocks:
        piece = start
        for index in range(start + 1, end):
            if opens(page, index):
                pieces.append((piece, index))
                piece = index
                cuts.add(index)
        pieces.append((piece, end))
    return pieces, cuts


def _every_cut_opened(cuts: set[int], firsts: list[int], end: int) -> bool:
    """Whether every cut from the first text's line to ``end`` opens one of the texts (``firsts``): as many
    texts as labels, else which the labels open cannot be told (a sentence ending at a line's end inside a
    paragraph)."""
    opened = set(firsts)
    return all(cut in opened for cut in cuts if firsts[0] < cut < end)


def _opens_after_sentence(page: list[Line], index: int) -> bool:
    """Whether the line at ``index`` may open a paragraph of a block whose paragraphs run together: it opens
    with a capital (no list's label, no label alone) right under a line ending a sentence (``… Council.``,
    ``… as follows:``, perhaps a note's marker after it, ``… Council. 3``)."""
    text = page[index].text.strip()
    return (
        _SENTENCE_ENDED.search(page[index - 1].text) is not None
        and _OPENS_PARAGRAPH.match(text) is not None
        and not text.isupper()  # (a heading in capitals)
        and not _LIST_OPENING.match(text)
        and not _column_label(text)
    )


def _opens_after_item(page: list[Line], index: int) -> bool:
    """Whether the line at ``index`` may open an item of a list whose items run together: it opens with a
    word (no list's label) right under a line ending an item (``…;``, ``…; and``, ``…; or``)."""
    text = page[index].text.strip()
    return (
        _ITEM_ENDED.search(page[index - 1].text) is not None
        and text[:1].isalpha()
        and not _LIST_OPENING.match(text)
        and not _column_label(text)
    )


_ITEM_ENDED = re.compile(r";(?: ?and| ?or)?(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?\s*$")  # …;, …; and, …;3

_SENTENCE_ENDED = re.compile(r"[.:][”’\"]?(?: ?\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?\s*$")


def numbers_after_texts_run_together(page: list[Line]) -> list[Line]:
    """Paragraphs' numbers printed right after the block of text they open, which the number before them
    opens (``1.`` / ``The present document … 2023.`` / ``The Business …`` / ``In preparing …`` / ``2.`` /
    ``3.``: plain pdftotext, where a template leaves no space between paragraphs, prints the column's first
    number before the block and the others after it): each put before a text of the block, in order, where
    the block opens as many texts after its first (see `_opens_after_sentence`) as there are numbers."""
    if sum(1 for line in page if _PARAGRAPH_NUMBER.fullmatch(line.text)) < 2:
        return page  # most pages: no column of numbers
    blocks = _labels_apart(page, line_blocks(page))
    result = list(page)
    for at in range(1, len(blocks) - 1):
        start, end = blocks[at]
        value = _number_opening(page, blocks, at)
        if value is None or _column_label(page[start].text) is not None:
            continue
        run = _numbers_from(page, blocks, at + 1, value + 1)
        if not run or not _nothing_to_open(
            page, blocks, next((n for n, b in enumerate(blocks) if b[0] > run[-1]), None)
        ):
            continue  # (2. / Credentials of … / 3. / Election of officers: each number over what it opens)
        cuts = [index for index in range(start + 1, end) if _opens_after_sentence(page, index)]
        if len(cuts) != len(run):
            continue  # (a sentence ending at a line's end inside a paragraph: which texts they open is unsure)
        for row, cut in zip(run, cuts, strict=True):
            result[cut] = Line(page[cut].number, f"{page[row].text.strip()} {page[cut].text.strip()}", page[cut].page)
            result[row] = Line(page[row].number, "", page[row].page)
    return result


def _nothing_to_open(page: list[Line], blocks: list[Block], at: int | None) -> bool:
    """Whether ``blocks[at]``, right after a run of paragraph numbers, is nothing they could open: a section's
    label alone (``II.``, ``C.``), a heading in capitals, the page's end, perhaps after the page's footnotes
    (a number alone, then its body: ``12.`` / ``3`` / ``Resolution No. 1310 …``; not ``10.`` / ``1`` / ``(a)``,
    the number of what follows a list printed at the height of its first label, a note's number beside it)."""
    while at is not None and at < len(blocks) and _NOTE_ALONE.fullmatch(page[blocks[at][0]].text):
        at += 2  # a footnote's number alone, then its body
        if at - 1 < len(blocks) and _OPENS_PARAGRAPH.match(page[blocks[at - 1][0]].text.strip()) is None:
            return False  # (a list's label, not a note's body, after the number)
    if at is None or at >= len(blocks):
        return True
    first = page[blocks[at][0]].text.strip()
    section = (_column_label(first) or ("",))[0] in ("roman", "section letter")
    return section or _heading_in_capitals(page, blocks[at])


def _number_opening(page: list[Line], blocks: list[Block], at: int) -> int | None:
    """The number of the paragraph that ``blocks[at]`` opens: printed alone as the block before it, or
    before the block's first line (``4. The design phase …``)."""
    before = blocks[at - 1]
    if before[1] - before[0] == 1 and _PARAGRAPH_NUMBER.fullmatch(page[before[0]].text):
        return int(page[before[0]].text.strip().rstrip("."))
    opening = NUMBERED_TEXT.match(page[blocks[at][0]].text)
    return int(opening.group(0).split(".")[0]) if opening else None


def _numbers_from(page: list[Line], blocks: list[Block], at: int, value: int) -> list[int]:
    """The lines of the paragraph numbers alone from ``blocks[at]`` on that count on from ``value``, in one
    block or a block each (no text after them in the block: ``19.`` / ``Research …`` is a number over its
    text)."""
    rows: list[int] = []
    for start, end in blocks[at:]:
        if [page[row].text.strip() for row in range(start, end)] != [f"{value + n}." for n in range(end - start)]:
            return rows
        rows += range(start, end)
        value += end - start
    return rows


def _rule_headings_apart(page: list[Line], blocks: list[Block]) -> list[Block]:
    """The blocks, each cut before a rule's heading or a part's of the rules printed right under text, no
    blank line between (``… so requires.`` / ``Rule 2`` / ``Special sessions``): no label's text runs on
    into the next rule."""
    apart: list[Block] = []
    for start, end in blocks:
        piece = start
        for index in range(start + 1, end):
            text = page[index].text.strip()
            if RESTARTING_LABEL.fullmatch(text) or _PART_HEADING.fullmatch(text):
                apart.append((piece, index))
                piece = index
        apart.append((piece, end))
    return apart


def _sections_and_paragraphs(
    page: list[Line], blocks: list[Block], position: int, *, restarts: bool
) -> tuple[list[int], int] | None:
    """The labels from the block at ``position`` on where numbers of two sequences share the column
    (pdfminer prints the margin's section numbers and paragraph numbers as one column: ``1.`` / ``1.`` /
    ``2.`` / ``3.`` / ``2.`` / ``4.`` for ``1. INTRODUCTION``, paragraphs 1 to 3, ``2. THE … FRAMEWORK``,
    paragraph 4): each number following the last of one of the two, and the position of the block after
    them; None where they are one sequence (read by `_label_run`) or no numbers."""
    if restarts:
        return None  # rules number their paragraphs afresh: a number out of sequence is the next rule's
    rows: list[int] = []
    last: list[int] = []  # the last number of each sequence
    after = position
    for start, end in blocks[position:]:
        numbers = [_PARAGRAPH_NUMBER.fullmatch(page[row].text.strip()) for row in range(start, end)]
        if None in numbers:
            break
        block: list[int] = []
        for row in range(start, end):
            value = int(page[row].text.strip().rstrip("."))
            follows = [at for at, previous in enumerate(last) if value == previous + 1]
            if follows:
                last[follows[0]] = value
            elif len(last) < 2:
                last.append(value)  # a sequence begins (the sections' first on the page)
            else:  # (the run ends before this block, which it does not take in part)
                return (rows, after) if len(rows) > 2 and len(last) == 2 else None
            block.append(row)
        rows += block
        after += 1
    return (rows, after) if len(rows) > 2 and len(last) == 2 else None


def _numbered_apart(page: list[Line], texts: list[tuple[int, Block]]) -> bool:
    """Whether the texts the numbers of two sequences found tell the sequences apart: the numbers opening a
    heading (one line, no sentence, in capitals) follow one another, and so do those opening the rest."""
    headings: list[int] = []
    others: list[int] = []
    for row, (first, end) in texts:
        text = page[first].text.strip()
        heading = end - first == 1 and _SECTION_HEADING.fullmatch(text) is not None and text.isupper()
        (headings if heading else others).append(int(page[row].text.strip().rstrip(".")))
    return bool(headings and others) and all(
        all(b == a + 1 for a, b in itertools.pairwise(sequence)) for sequence in (headings, others)
    )


def _items_above(
    page: list[Line], labels: list[int], blocks: list[Block], position: int, after: int, *, given: set[int]
) -> list[tuple[int, Block]] | None:
    """A list's letters printed after their items' texts (pdfminer: ``working more closely …; and`` /
    ``preparing, by mid-2005, …`` / ``(c)`` / ``(d)`` / ``None of this requires …``): each letter with the
    block of text it opens among as many blocks right above the letters, all opening in lower case, when the
    block after them opens a sentence (no item of theirs) and no label before them took those blocks (``(a)`` /
    ``(b)`` / ``this introduction …;`` / ``the financial statements …:`` / ``(i)`` / ``(ii)`` / ``Statement I …``:
    the inner letters' texts follow them). None otherwise."""
    kinds = {(_column_label(page[row].text) or ("",))[0] for row in labels}
    if not kinds <= {"letter", "inner"} or after >= len(blocks) or position < len(labels):
        return None
    following = page[blocks[after][0]].text.strip()
    if not _OPENS_PARAGRAPH.match(following) or _LIST_OPENING.match(following):
        return None
    above = blocks[position - len(labels) : position]
    if any(not page[start].text.strip()[:1].islower() or start in given for start, _ in above):
        return None
    return list(zip(labels, above, strict=True))


def labels_after_texts(page: list[Line]) -> list[Line]:
    """Labels printed as a column after the texts they open, at the page's foot, no prose after them (pdfminer
    prints the margin's labels after the page's text: ``A.`` / ``1.`` / ``2.`` / ``B.`` / ``3.``): each
    label put before the first line of its text, the texts taken in order from the page's top, a number's a
    paragraph opening with a full line, a section's a heading alone on its line (a table's caption, labels
    and figures between them passed over). Nothing moves unless every label of the run finds its text. A
    page may print several such columns, each after its texts: each is read in turn."""
    floor = -1  # the first line of the last text a column read opened: the next column's texts lie past it
    for _ in range(_COLUMNS_AFTER_TEXTS):
        if sum(1 for line in page if _COLUMN_LABEL_ALONE.fullmatch(line.text) or _sub_rule_alone(line)) < _LATE_LABELS:
            return page
        read, floor = _one_column_after_texts(page, floor)
        if read is page:
            return page
        page = read
    return page


_COLUMNS_AFTER_TEXTS = 8  # columns of labels printed after their texts on one page, read at most (each read
# once the columns before it are: the cost stays linear in the page's length)
_TEXTS_LOOKED_BACK = 200  # blocks above a column of labels where their texts are looked for, at most (more than a
# page holds: a text without pages, read as one, then costs a run of labels no more than a page's blocks)


def _one_column_after_texts(page: list[Line], floor: int) -> tuple[list[Line], int]:
    """The page with the first column of labels printed after its texts past the line ``floor`` read (see
    `labels_after_texts`), and the first line of the last text it opened; the page itself where none is."""
    blocks = _labels_apart(page, line_blocks(page))
    restarts = any(RESTARTING_LABEL.fullmatch(line.text.strip()) for line in page)
    full = _FULL_LINE * max(len(line.text.strip()) for line in page)
    prose = _prose_from(page, blocks, full)
    position = 1
    while position < len(blocks):
        labels, after = _label_run(page, blocks, position, restarts=restarts)
        above = [block for block in blocks[max(0, position - _TEXTS_LOOKED_BACK) : position] if block[0] > floor]
        position = max(position + 1, after)  # a run is read whole, never from its middle
        if len(labels) < _LATE_LABELS or any(_SERVICE_LINE_LABEL.fullmatch(page[row].text.strip()) for row in labels):
            continue  # (a budget's service lines after their texts: a table's row labels, more likely)
        last: tuple[int, int] | None = None  # the last label's text, printed right after the run
        if prose[after]:
            last = _last_opens_after(page, labels, blocks, after)
            if last is None and not _capitals_after(page, blocks[after:]):
                kinds = {(_column_label(page[row].text) or ("",))[0] for row in labels}
                if _numbered_on_after(page, labels, blocks[after:]) or (
                    "number" in kinds and not kinds & {"letter", "inner"} and _texts_before(page, labels, above, full)
                ):
                    pass  # (the next paragraph printed with its number; every text above: the run is their foot)
                elif (last := _lead_in_after(page, labels, blocks, after)) is None:
                    around = _texts_around(page, labels, blocks, above, after=after, full=full)
                    if around is None:
                        continue  # prose after the labels, none of their texts: not the page's foot (a later run
                        # may be)
                    return _labels_put(page, around), max(first for _, first in around)
            if last is not None:
                labels = labels[:-1]
        texts = _texts_above(page, labels, above, full)
        if texts is None and last is None:
            texts = _texts_around(page, labels, blocks, above, after=after, full=full)
        if texts is None:
            continue
        texts = texts + ([last] if last is not None else [])
        return _labels_put(page, texts), max(first for _, first in texts)
    return page, floor


def _labels_put(page: list[Line], texts: list[tuple[int, int]]) -> list[Line]:
    """``page`` with each label (the line of the first of each pair in ``texts``) put before its text's first line
    (the second), its own line left blank."""
    result = list(page)
    for row, first in texts:
        joined = f"{page[row].text.strip()} {page[first].text.strip()}"
        result[first] = Line(page[first].number, joined, page[first].page)
        result[row] = Line(page[row].number, "", page[row].page)
    return result


def row_labels_apart(page: list[Line]) -> list[Line]:
    """A table's numbered row labels printed as a column of their own, then their titles, a block each
    (pdfminer, plain pdftotext: ``I.1`` / ``I.2`` / ``I.3``, blank, ``Resettlement Assistance`` /
    ``Repatriation Assistance`` / …, a budget's service lines): each label put before its title, where its
    title was printed, the title's lines taken in order (a line breaking off on a word no title ends with goes
    on the next), where the labels follow one another and the titles are as many; a title more is the part's,
    whose numeral alone (``I.``) was printed a few lines above, before the table's column headings."""
    if sum(1 for line in page if _SERVICE_LINE_LABEL.fullmatch(line.text.strip())) < _LABELS_APART:
        return page  # (most pages)
    result = list(page)
    for labels, block in itertools.pairwise(line_blocks(page)):
        texts = [page[row].text.strip() for row in range(*labels)]
        if len(texts) < _LABELS_APART or not all(_ROW_NUMBER_LABEL.fullmatch(text) for text in texts):
            continue
        if not any(map(_SERVICE_LINE_LABEL.fullmatch, texts)) or not _labels_follow(texts):
            continue
        titles = _titles_in(page, range(*block))
        rows = list(range(*labels))
        if titles is not None and len(titles) == len(rows) + 1:  # I. / … / I.1 / I.2, blank, the part's title
            part = _part_numeral(page, labels[0], block[1], texts[0])  # and its lines' titles: the part's first
            rows = [part, *rows] if part is not None else rows
        if titles is None or len(titles) != len(rows):
            continue
        for row, title in zip(rows, titles, strict=True):  # each row where its title was printed, in order
            words = " ".join(page[line].text.strip() for line in title)
            result[title[0]] = Line(page[title[0]].number, f"{page[row].text.strip()} {words}", page[title[0]].page)
            for line in [row, *title[1:]]:
                result[line] = Line(page[line].number, "", page[line].page)
    return result


def _part_numeral(page: list[Line], start: int, end: int, first: str) -> int | None:
    """The line of the part's numeral alone (``I.``) of a column of service lines' numbers (``I.1`` …) at
    ``start`` whose titles end at ``end``: a few lines above, printed before the table's column headings, or
    a few below, after the part's figures, with no title of its own after it (``II.`` / ``III.``, ``I.`` /
    ``2008``); None where there is none (its title printed with it: the titles' extra line is a wrap)."""
    numeral = f"{first.split('.', maxsplit=1)[0]}."
    if first.split(".")[1] != "1":
        return None
    above = next((row for row in range(start - 1, max(-1, start - _PART_REACH), -1) if _is(page, row, numeral)), None)
    below = (row for row in range(end, min(len(page), end + 2 * _PART_REACH)) if _is(page, row, numeral))
    row = above if above is not None else next(below, None)
    return row if row is not None and _untitled(page, row) else None


def _is(page: list[Line], row: int, text: str) -> bool:
    return page[row].text.strip() == text


def _untitled(page: list[Line], row: int) -> bool:
    """Whether a numeral alone has no title after it: the next line is another numeral or a column's
    heading with a figure (``2008``), not words of its own (``General Programme Support``)."""
    following = next((page[at].text.strip() for at in range(row + 1, len(page)) if page[at].text.strip()), "")
    return _ROW_NUMBER_LABEL.fullmatch(following) is not None or any(c.isdigit() for c in following)


_PART_REACH = 12  # lines above a column of service lines' numbers in which their part's numeral is looked for


def _labels_follow(labels: list[str]) -> bool:
    """Whether a column of row labels follow one another: one part's numeral, its lines numbered in order
    (``II.`` / ``II.1`` / ``II.2``)."""
    parts = [label.split(".")[0] for label in labels]
    lines = [int(number) for label in labels if (number := label.split(".")[1])]
    return len(set(parts)) == 1 and bool(lines) and lines == list(range(lines[0], lines[0] + len(lines)))


def _titles_in(page: list[Line], rows: range) -> list[list[int]] | None:
    """The titles a block of lines holds, each its lines (one breaking off on a word no title ends with goes
    on the next); None where a line holds a digit, ends a sentence or opens in lower case (no titles)."""
    for row in rows:
        text = page[row].text.strip()
        if any(character.isdigit() for character in text) or text.endswith(".") or not text[:1].isupper():
            return None
    return title_groups(page, rows)


def title_groups(page: list[Line], rows: Sequence[int]) -> list[list[int]] | None:
    """Lines of words as titles, each its lines: a line breaking off on a word no title ends with (``… and``)
    or on a comma or dash goes on the next; None where the last breaks off."""
    titles: list[list[int]] = []
    going_on = False
    for row in rows:
        text = page[row].text.strip()
        if going_on:
            titles[-1].append(row)
        else:
            titles.append([row])
        going_on = text.split()[-1].lower() in BREAKING_WORDS or text.endswith((",", "–", "-"))
    return titles if not going_on else None


_ROW_NUMBER_LABEL = re.compile(r"[IVX]{1,5}\.(?:\d{1,2})?")
"""A budget's service area or line numbered alone on its line: ``II.``, ``II.1``."""
_SERVICE_LINE_LABEL = re.compile(r"[IVX]{1,5}\.\d{1,2}")
_LABELS_APART = 2  # row labels, at least, printed as a column apart from their titles


def list_labels_after_items(page: list[Line]) -> list[Line]:
    """A list's labels printed as a column right after the list (pdfminer: the lead-in ending with a colon,
    the items' lines, then ``(a)`` / ``(b)`` / ``(c)`` alone, one a line): each label put before its item's
    first line. The items are told by their ends (a semicolon, ``; and``, ``; or``, a full stop on the last),
    after the lead-in in the block above the labels or in the block before it; nothing moves unless the
    labels, in sequence from the first, are as many as the items."""
    if not any(_LETTER_LABEL.fullmatch(line.text.strip()) for line in page):
        return page  # (most pages: no label alone)
    blocks = line_blocks(page)
    for position in range(1, len(blocks)):
        labels = _labels_in_sequence(page, range(*blocks[position]))
        if len(labels) < 2:
            continue
        items = _list_above(page, blocks, position)
        if items is None or len(items) != len(labels):
            continue
        result = list(page)
        for label, first in zip(labels, items, strict=True):
            result[first] = Line(
                page[first].number, f"{page[label].text.strip()} {page[first].text.strip()}", page[first].page
            )
            result[label] = Line(page[label].number, "", page[label].page)
        return list_labels_after_items(result)
    return page


def _labels_in_sequence(page: list[Line], rows: range) -> list[int]:
    """The lines at the top of ``rows`` that are list labels alone in sequence from the first (``(a)`` /
    ``(b)``, ``(i)`` / ``(ii)``; a paragraph's number may follow them in their block)."""
    texts = [page[row].text.strip() for row in rows]
    for sequence in (_LETTERS, _ROMANS):
        count = next((n for n, (text, label) in enumerate(zip(texts, sequence, strict=False)) if text != label), None)
        count = min(len(texts), len(sequence)) if count is None else count
        if count:
            return list(rows[:count])
    return []


_LETTERS = [f"({letter})" for letter in "abcdefghijklmnop"]
_ROMANS = [f"({roman})" for roman in ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")]
_LIST_ITEM_END = re.compile(r"(?:;\d{0,2}|; and|; or|, and|, or|(?<!\d)\.\d{0,2}|\.)[”\"’]?$")
"""An item's end: a semicolon (``; and``), a full stop, a note's marker after either (``offices;2``), not a
decimal (``1.5``)."""


def list_labels_before_items(page: list[Line]) -> list[Line]:
    """A list's labels printed as a column under its lead-in, before its items (plain pdftotext: ``… the
    following priorities:`` / ``(a)`` / ``(b)`` / ``(c)``, blank, the items' lines): each label put before its
    item's first line. The items are told by their ends (see `_LIST_ITEM_END`); nothing moves unless the
    labels, in sequence from the first, are as many as the items and end the lead-in's block."""
    if sum(1 for line in page if _LETTER_LABEL.fullmatch(line.text.strip())) < _LABELS_APART:
        return page  # (most pages: no labels alone)
    result = list(page)
    for above, block in itertools.pairwise(line_blocks(page)):
        rows = range(*above)
        first = next(
            (row for row in rows if _labels_in_sequence(page, range(row, above[1])) == list(range(row, above[1]))), None
        )
        if first is None or first == rows.start or above[1] - first < _LABELS_APART:
            continue
        if not page[first - 1].text.rstrip().endswith(":"):
            continue  # (the lead-in right above them)
        firsts = _items_in(page, range(*block))
        if firsts is None or len(firsts) != above[1] - first:
            continue
        for label, row in zip(range(first, above[1]), firsts, strict=True):
            result[row] = Line(page[row].number, f"{page[label].text.strip()} {page[row].text.strip()}", page[row].page)
            result[label] = Line(page[label].number, "", page[label].page)
    return result


def _items_in(page: list[Line], rows: range) -> list[int] | None:
    """The first lines of the items the lines ``rows`` hold, split where a line ends an item; None where the
    last line ends none."""
    firsts: list[int] = []
    opening = True
    for row in rows:
        text = page[row].text.strip()
        if opening:
            firsts.append(row)
        opening = _LIST_ITEM_END.search(text) is not None
    return firsts if firsts and opening else None


def _list_above(page: list[Line], blocks: list[Block], position: int) -> list[int] | None:
    """The first lines of the items right above the labels at ``blocks[position]``: the lines after the last
    line ending with a colon in the block above (or, if it holds none, in the block before it, the block
    above being the items), split where a line ends an item; None where the lines end no item last."""
    start, end = blocks[position - 1]
    rows = range(start, end)
    lead = next((row for row in reversed(rows) if page[row].text.rstrip().endswith(":")), None)
    if lead is None:
        if position < 2 or not page[blocks[position - 2][1] - 1].text.rstrip().endswith(":"):
            return None
        lead = start - 1
    return _items_in(page, range(lead + 1, end))


_LATE_LABELS = 3  # labels in a run printed after their texts, at least
_FULL_LINE = 0.6  # of the page's longest line: a paragraph's first line is a full one


def _texts_before(
    page: list[Line], labels: list[int], blocks: list[Block], full: float, *, after: int = -1
) -> list[tuple[int, int]] | None:
    """Each label with the first line of the block it opens among ``blocks`` (the texts above the labels), in
    order from the top (from past the line ``after``, when given), or from after the last paragraph number
    printed before its text (``5.`` / ``Mr. HOLMGREN …`` / … / ``6.`` / ``7.``), passing over the blocks
    none opens (the title printed again atop the page among them); None where a label finds no text."""
    texts: list[tuple[int, int]] = []
    numbered = [
        i for i, (start, end) in enumerate(blocks) if end - start == 1 and _PARAGRAPH_NUMBER.fullmatch(page[start].text)
    ]
    at = numbered[-1] + 2 if numbered else 0  # after the last number printed before its text, and that text
    at = max(at, next((i for i, (start, _) in enumerate(blocks) if start > after), len(blocks)))
    for row in labels:
        while at < len(blocks) and (
            not (_opens_late(page, row, blocks[at], full) or _first_under_rule(page, row, blocks, at))
            or _running_title_over(page, blocks, at)
        ):
            at = _after_table(page, blocks, at) if TABLE_CAPTION.match(page[blocks[at][0]].text.strip()) else at + 1
        if at >= len(blocks):
            return None
        texts.append((row, blocks[at][0]))
        at += 1
    return texts


def _first_under_rule(page: list[Line], label: int, blocks: list[Block], at: int) -> bool:
    """Whether ``blocks[at]`` is the first text under a rule's heading (``Rule 10`` / ``Election of officers``)
    and the label a rule's first paragraph number, ``(1)``: its text, however its first line reads (pdfminer
    may print a justified line's first word after it: ``its last regular session …`` / ``At``)."""
    return (
        at > 0
        and _column_label(page[label].text) == ("sub-rule", 1)
        and _rule_heading(page, blocks[at - 1])
        and not _rule_heading(page, blocks[at])
        and not FURNITURE_LINE.fullmatch(page[blocks[at][0]].text.strip())
    )


def _texts_above(page: list[Line], labels: list[int], above: list[Block], full: float) -> list[tuple[int, int]] | None:
    """Each label of a run printed after its texts with the first line of its text among the blocks ``above``
    it (see `_texts_before`, `_entries_before`, `_texts_before_run_together`); None where one finds none."""
    texts = (
        _texts_before(page, labels, above, full)
        or _entries_before(page, labels, above)
        or _texts_before_run_together(page, labels, above, full)
    )
    if texts is not None and _opens_page(page, texts[0][1]):  # the page's first paragraph may go on from the
        # page before: where the labels find their texts past it too, the one text they leave is that one
        texts = _texts_before(page, labels, above, full, after=texts[0][1]) or texts
    return texts


def _lead_in_after(page: list[Line], labels: list[int], blocks: list[Block], after: int) -> tuple[int, int] | None:
    """The last of a run of paragraph numbers printed after the texts they open, and the first line of the
    block right after the run, where that block is the paragraph it opens, a lead-in to a list (``10.`` /
    ``The main changes compared with 2019 are as follows:`` / ``(a)`` / ``(b)`` …): pdfminer prints the number
    of the paragraph that follows the column's others at its foot, over its own list."""
    if after + 1 >= len(blocks) or (_column_label(page[labels[-1]].text) or ("",))[0] != "number":
        return None
    text, following = blocks[after], page[blocks[after + 1][0]].text.strip()
    if not _opens(page, labels[-1], text) or not page[text[1] - 1].text.rstrip().endswith(":"):
        return None
    if not (_LIST_LABEL_ALONE.fullmatch(following) or _LIST_OPENING.match(following)):
        return None
    return labels[-1], text[0]


def _last_opens_after(page: list[Line], labels: list[int], blocks: list[Block], after: int) -> tuple[int, int] | None:
    """The last of a run of paragraph numbers printed after the texts they open, and the first line of the
    block right after the run, where that block is what it opens and the section's last prose (``11.`` …
    ``16.`` / ``It was so decided.`` / the next heading in capitals: pdfminer prints the number of the
    paragraph that follows the column's others at its foot): the others' texts lie above."""
    if after >= len(blocks) or len(labels) < _LATE_LABELS + 1:
        return None
    row, text = labels[-1], blocks[after]
    if not _opens(page, row, text) or (_column_label(page[row].text) or ("",))[0] != "number":
        return None
    if not _capitals_after(page, blocks[after + 1 :]):
        return None  # (more prose after it, no heading: the run is no column of the texts above)
    return row, text[0]


_TEXTS_AFTER = 3  # texts of a column of numbers printed after it, at most (the column's last numbers')


def _texts_around(
    page: list[Line], labels: list[int], blocks: list[Block], above: list[Block], *, after: int, full: float
) -> list[tuple[int, int]] | None:
    """Each of a run of paragraph numbers with the first line of its text, where the last ones' texts (three at
    most) are the blocks right after the run and end its section (a heading in capitals after them, or nothing:
    ``Adoption of the agenda`` / … / ``Reports of oversight bodies:`` / ``1.`` … ``10.`` / ``Any other business``
    / ``Closure of the session``: pdfminer prints the numbers' column between the titles it printed before it
    and those after it), and the others' texts lie above it (see `_texts_above`); None where they do not."""
    if any((_column_label(page[row].text) or ("",))[0] != "number" for row in labels):
        return None
    for count in range(1, _TEXTS_AFTER + 1):
        if len(labels) - count < _LATE_LABELS or after + count > len(blocks):
            return None
        rows, opened = labels[-count:], blocks[after : after + count]
        opening = all(_opens(page, row, text) for row, text in zip(rows, opened, strict=True))
        if not opening or not _capitals_after(page, blocks[after + count :]):
            continue
        texts = _texts_above(page, labels[:-count], above, full)
        if texts is not None:
            return texts + [(row, text[0]) for row, text in zip(rows, opened, strict=True)]
    return None


def _numbered_on_after(page: list[Line], labels: list[int], blocks: list[Block]) -> bool:
    """Whether the prose right after a run of labels opens with its own number, the one after the run's last
    (``9.`` / ``B.`` / ``10.`` / ``11. Movement, emergency …``: pdfminer printed the column after the texts
    it numbers, and the next paragraph with its number): the run's texts lie above it."""
    numbers = [kind[1] for row in labels if (kind := _column_label(page[row].text)) and kind[0] == "number"]
    first = _first_text(page, blocks)
    if not numbers or first is None:
        return False
    opening = NUMBERED_TEXT.match(page[first[0]].text)
    return opening is not None and int(opening.group(1)) == numbers[-1] + 1


def _first_text(page: list[Line], blocks: list[Block]) -> Block | None:
    """The first of ``blocks`` past the page's notes and furniture, if any."""
    return next(
        (block for block in _past_notes(page, blocks) if not FURNITURE_LINE.fullmatch(page[block[0]].text)), None
    )


def _capitals_after(page: list[Line], blocks: list[Block]) -> bool:
    """Whether the first of ``blocks`` (the page's notes and furniture passed over) is a heading in capitals,
    or there is none: the section a column of numbers printed after its texts ends there (``21.`` / ``22.`` /
    ``OTHER BUSINESS (agenda item 11)`` / ``23. Mr. ALVARADO …``)."""
    first = _first_text(page, blocks)
    if first is None:
        return True
    return REMARK.sub("", " ".join(page[line].text.strip() for line in range(*first))).isupper()


def _texts_before_run_together(
    page: list[Line], labels: list[int], blocks: list[Block], full: float
) -> list[tuple[int, int]] | None:
    """`_texts_before` where the texts run together in blocks, no blank line between (a template that leaves
    no space between paragraphs): the blocks cut where a sentence opens a line (see `_sentences_apart`), the
    labels given their texts only where every cut from the first text to the last one's block is opened."""
    pieces, cuts = _sentences_apart(page, blocks)
    if not cuts:
        return None
    texts = _texts_before(page, labels, pieces, full)
    if texts is None:
        return None
    end = min(end for _, end in blocks if end > texts[-1][1])  # (the end of the block the last text was cut from)
    return texts if _every_cut_opened(cuts, [first for _, first in texts], end) else None


def _entries_before(page: list[Line], labels: list[int], blocks: list[Block]) -> list[tuple[int, int]] | None:
    """Paragraph numbers printed after as many short texts, a block each (an agenda's items: ``Opening of the
    session`` / ``Election of officers`` / … / ``1.`` / ``2.`` / …): each number put before the text its
    place in the run names, counting back from the numbers, or from the item that follows the run's last
    (``10.`` / ``Financial and budgetary matters``, printed with its number; the nearest such) where it is
    above them (passing over the documents column and the sub-items printed with their letters), when every
    one of those blocks opens a text in mixed case; None otherwise, and where sub-items' letters stand apart
    from their titles among the entries (below the agenda's heading in capitals)."""
    kinds = {(_column_label(page[row].text) or ("",))[0] for row in labels}
    if kinds != {"number"}:
        return None
    following = re.compile(rf"\s*{_number(page[labels[-1]].text) + 1}\.(?:\s|$)")
    blocks = blocks[
        : max((n for n, (start, _) in enumerate(blocks) if following.match(page[start].text)), default=len(blocks))
    ]
    texts = [block for block in blocks if not _beside_entries(page, block)][-len(labels) :]
    if len(texts) != len(labels):
        return None
    top = max(
        (n for n, (start, _) in enumerate(blocks[: blocks.index(texts[0])]) if page[start].text.isupper()), default=0
    )
    if any(_LETTER_LABEL.fullmatch(page[start].text.strip()) for start, _ in blocks[top:]):
        return None  # sub-items' letters printed apart from their titles: the titles cannot be counted
    pairs = list(zip(labels, texts, strict=True))
    if any(not _opens(page, row, block) or page[block[0]].text.isupper() for row, block in pairs):
        return None
    return [(row, block[0]) for row, block in pairs]


def _beside_entries(page: list[Line], block: Block) -> bool:
    """Whether a block among an agenda's entries is none of them: furniture, the documents column's heading
    (``Documents``) or its symbols (``MC/2284`` / ``MC/2285,`` / ``MC/2286``), a sub-item with its letter
    (``(a) Applications for membership …``)."""
    first = page[block[0]].text.strip()
    if FURNITURE_LINE.fullmatch(first) or AGENDA_COLUMNS.fullmatch(first) or _LIST_OPENING.match(first):
        return True
    return _symbols_listed(page, block)


_NOTE_BODY = re.compile(r"\s*\d{1,2}\s+[A-Z“\"]")  # 1 The theme selected …: a footnote's number and text


def _past_notes(page: list[Line], blocks: list[Block]) -> Iterator[Block]:
    """The ``blocks`` but the footnotes' (``1 The theme selected …``, at the page's foot, and the blocks going
    on with a note in lower case: pdfminer puts a blank line after a note's first line)."""
    in_note = False
    for start, end in blocks:
        in_note = bool(_NOTE_BODY.match(page[start].text)) or (in_note and page[start].text.lstrip()[:1].islower())
        if not in_note:
            yield start, end


def _prose_from(page: list[Line], blocks: list[Block], full: float) -> list[bool]:
    """For each position in ``blocks`` (and the end), whether a block of prose stands there or after it: one
    holding a full line, the footnotes' passed over (see `_past_notes`; a run of labels before a position
    ends any note, so the blocks from there on are read alike)."""
    kept = set(_past_notes(page, blocks))
    prose = [False] * (len(blocks) + 1)
    for index in range(len(blocks) - 1, -1, -1):
        start, end = blocks[index]
        full_line = blocks[index] in kept and any(len(page[row].text.strip()) >= full for row in range(start, end))
        prose[index] = prose[index + 1] or full_line
    return prose


def _opens_late(page: list[Line], label: int, text: Block, full: float) -> bool:
    """Whether a block is what a label printed after it opens: as `_opens` tells, a paragraph opening with a
    full line (no caption, no table's labels, no heading in capitals: ``STATUS REPORT ON OUTSTANDING …`` / ``PART
    OF THE BUDGET (item 10 of the agenda)``, a summary record's), no furniture."""
    first = page[text[0]].text.strip()
    if FURNITURE_LINE.fullmatch(first) or not _opens(page, label, text):
        return False
    kind = _column_label(page[label].text)
    if kind is None or kind[0] not in ("number", "sub-rule"):
        return True
    if len(first) >= full:
        return not first.isupper()
    goes_on = text[1] - text[0] > 1 and page[text[0] + 1].text.lstrip()[:1].islower()
    return goes_on and not first.endswith(_SENTENCE_END)  # The DIRECTOR GENERAL said that / the …: pdfminer


def _labels_apart(page: list[Line], blocks: list[Block]) -> list[Block]:
    """The blocks, the labels alone on the last lines of a block of text made a block of their own
    (``Sessions).`` / ``5.``: the next paragraph's number printed right under the text before it, no blank
    line between; ``Acting Chairperson`` / ``(1)`` / ``(2)``: a rule's under its heading)."""
    apart: list[Block] = []
    for start, end in blocks:
        labels = end
        while labels > start + 1 and (
            _COLUMN_LABEL_ALONE.fullmatch(page[labels - 1].text) or _sub_rule_alone(page[labels - 1])
        ):
            labels -= 1
        apart += [(start, labels), (labels, end)] if labels < end else [(start, end)]
    return apart


def _texts_opened(
    page: list[Line],
    labels: list[int],
    blocks: list[Block],
    after: int,
    *,
    over_headings: bool = True,
    inside: bool = True,
) -> list[tuple[int, Block]] | None:
    """Each label with the block it opens, in order, from ``blocks[after]`` on: the next block its label can
    open, passing over the blocks no label opens, which go on with the text above them (an item, a bullet, a
    line opening in lower case: a list printed between two paragraphs), unless lettered labels are among
    them; a list's items printed the same way inside it (``(i)`` / ``(ii)`` after ``(b)``'s text, then their
    texts) read first, or printed in order, each label over its text (passed over); an agenda's documents
    column printed between them (``MC/2115`` / ``MC/2118``) passed over, and a table under its caption (see
    `_after_table`); for numbers, a list printed whole among their texts, its labels then its titles (see
    `_list_printed_inside`, unless not ``inside``), passed over; ``None`` when a label meets a block it cannot
    open, or the blocks run out."""
    texts: list[tuple[int, Block]] = []
    at = after
    passing = not any(_LETTER_LABEL.fullmatch(page[row].text.strip()) for row in labels)  # an item's text is
    # in lower case: with lettered labels among them, no block can be told to go on with the text above it
    rules = [row for row in labels if _column_label(page[row].text) in (("number", 1), ("sub-rule", 1))]
    for position, row in enumerate(labels):
        first_of_rule = row in rules
        second = labels[position + 1] if position + 1 < len(labels) else None
        numbered = second is not None and _column_label(page[second].text) in (("number", 2), ("sub-rule", 2))
        while (position or len(rules) > 1) and first_of_rule and at < len(blocks) and _rule_heading(page, blocks[at]):
            at += 1  # 2. / 1. / 2. / (the text of the first) / Rule 9 / Documentation / (the texts of the others);
            # 1. / 2. / 1. / 2. / Rule 3 / …: the numbers of two rules, over the first's heading
            if numbered and (passed := _rule_of_one_text(page, blocks, at)):
                at += passed  # (1) / (2) / (1) / (2) / … / Rule 9 / Records / No verbatim record …: a rule of
                # one paragraph, printed without a number (its list with it), among those whose numbers the
                # column holds
        while at < len(blocks):
            if (
                inside
                and (_column_label(page[row].text) or ("",))[0] == "number"
                and (printed := _list_printed_inside(page, blocks, at))
            ):
                at += printed  # 5. / 6. / … / (a) / Applications by … / 6.'s text: a sub-item of 5., printed whole
            elif _passed_over(page, blocks, at, row, passing=passing, headings=over_headings):
                at += 1
            else:
                break
        while page[row].text.strip() not in _INNER_LABELS and _inner_item(page, blocks, at):
            at += 2  # … Nations: / (i) / where … / (ii) / in all other cases …: a list inside, printed in order
            while at < len(blocks) and _documents_column(page, blocks[at]):
                at += 1  # (i) / Sahel Observatory … / C/109/2 / (ii) / …: an agenda's documents beside them
        if at < len(blocks) and TABLE_CAPTION.match(page[blocks[at][0]].text.strip()):
            at = _after_table(page, blocks, at)
        if at == after and _title_over_heading(page, labels, position, blocks, at):
            at += 1
        inner = _inner_labels(page, blocks, at) if texts and page[row].text.strip() != "(i)" else []
        if inner:
            opened = _texts_opened(page, inner, blocks, at + len(inner), over_headings=over_headings)
            if opened is None:
                return None
            texts += opened
            at = blocks.index(opened[-1][1]) + 1
        if at == len(blocks) or not _opens(page, row, blocks[at]):
            return None
        texts.append((row, blocks[at]))
        at += 1
    return texts


RESTARTING_LABEL = re.compile(r"(?:Rule|RULE|Article|ARTICLE) \d{1,3}(?: bis| ter)?")
"""A rule's or an article's label, under which paragraphs are numbered afresh (``Rule 16``: sub-rules 1, 2 …)."""
_SUB_RULE_LABEL = re.compile(r"\((\d{1,2})\)")  # a rule's paragraph numbered in parentheses: (1), (2) …


def _sub_rule_alone(line: Line) -> bool:
    """Whether a line holds a rule's paragraph number in parentheses alone (``(2)``)."""
    return "(" in line.text and _SUB_RULE_LABEL.fullmatch(line.text.strip()) is not None


def _rule_heading(page: list[Line], block: Block) -> bool:
    """Whether a block is a rule's heading (``Rule 9`` / ``Documentation``: a label alone, then its caption)
    or the heading of the part of the rules it opens (``VIII – OBSERVERS AND PRIVATE MEETINGS``)."""
    first = page[block[0]].text.strip()
    rule = block[1] - block[0] <= 2 and RESTARTING_LABEL.fullmatch(first) is not None
    return rule or (block[1] - block[0] == 1 and _PART_HEADING.fullmatch(first) is not None)


def _rule_of_one_text(page: list[Line], blocks: list[Block], at: int) -> int:
    """How many blocks from ``blocks[at]`` on, under a rule's heading, are the rule's only text: a block of
    text, the next rule's heading (or the heading of the part it opens) right after it on the page, or after
    the text's list (``Subject to these Rules, the Chairperson shall:`` / ``(a)`` … ``(e)`` / ``declare the
    opening …`` …: its letters and its items in lower case, printed apart); none (0) otherwise."""
    if at >= len(blocks) or _rule_heading(page, blocks[at]) or _column_label(page[blocks[at][0]].text) is not None:
        return 0
    end = at + 1
    if page[blocks[at][1] - 1].text.rstrip().endswith(":"):
        while end < len(blocks) and _list_piece(page, blocks[end]):
            end += 1  # (its list: the letters, then the items, printed apart)
    return end - at if end < len(blocks) and _rule_heading(page, blocks[end]) else 0


def _list_piece(page: list[Line], block: Block) -> bool:
    """Whether a block is a list's letter alone (``(c)``) or an item's text opening in lower case."""
    first = page[block[0]].text.strip()
    return _LETTER_LABEL.fullmatch(first) is not None or first[:1].islower()


_PART_HEADING = re.compile(r"(?:(?:CHAPTER|PART) )?[IVXLC]{1,6}\.? [–-] [A-Z][A-Z ,’'-]+")
"""A part's heading in rules of procedure (``VIII – OBSERVERS …``, ``CHAPTER III – PARTICIPATION AND …``)."""


_ITEM_END = (";", "; and", "; or", ";and", ";or")


def _unlabelled_item(page: list[Line], blocks: list[Block], at: int) -> bool:
    """Whether ``blocks[at]`` is an item of a list whose bullets were not printed, a block of its own: it
    ends as an item ends (``…;``, ``…; and``), or the block above it did (the list's last item, ``… Mechanism.``)
    after a list's opening (``… as follows:``)."""
    last = page[blocks[at][1] - 1].text.rstrip()
    if last.endswith(_ITEM_END):
        return True
    above = page[blocks[at - 1][1] - 1].text.rstrip() if at else ""
    return above.endswith(_ITEM_END)


def _documents_column(page: list[Line], block: Block) -> bool:
    """Whether a block holds document symbols only, one a line: an agenda's documents column."""
    return all(SYMBOL_CANDIDATE.fullmatch(page[row].text.strip()) for row in range(*block))


def _symbols_listed(page: list[Line], block: Block) -> bool:
    """Whether a block holds document symbols only, perhaps several a line (``C/106/2,`` / ``C/106/3``,
    ``S/16/14 and S/17/13``): an agenda's documents column, as an item's entry there lists them."""
    return all(
        page[row].text.strip()[:1].isalpha()
        and all(
            SYMBOL_CANDIDATE.fullmatch(symbol) for symbol in _SYMBOLS_LISTED.split(page[row].text.strip()) if symbol
        )
        for row in range(*block)
    )


_SYMBOLS_LISTED = re.compile(r"\s*(?:,|\band\b)\s*")


def _passed_over(
    page: list[Line], blocks: list[Block], at: int, row: int, *, passing: bool, headings: bool = True
) -> bool:
    """Whether the label on line ``row`` passes over ``blocks[at]`` on the way to its text: an agenda's
    documents column, a table's figures, footnotes' numbers; a heading in capitals, for a paragraph's number;
    where blocks may go on with the text above them (``passing``), one it does not open that does so, or
    that is an item of a list whose bullets were not printed."""
    if _documents_column(page, blocks[at]) or _running_title_over(page, blocks, at) or _figures_only(page, blocks[at]):
        return True
    if all(_NOTE_ALONE.fullmatch(page[line].text) for line in range(*blocks[at])):
        return True  # (1) / (2) / 3 / At its …: a footnote's number printed in the same column, left where it is
    if headings and _heading_in_capitals(page, blocks[at]) and (_column_label(page[row].text) or ("",))[0] == "number":
        return True  # 1. / 2. / EXECUTIVE SUMMARY / Total expenses …: a paragraph's number opens no heading
    if _heading_in_capitals(page, blocks[at]) and _HEADING_LABEL.match(page[blocks[at][0]].text.strip()):
        return True  # C. / 13. / 14. / A. / … / III.  ASSESSED CONTRIBUTIONS …: a heading printed with its label
    if not passing or _opens(page, row, blocks[at]):
        return False
    return _goes_on(page, blocks[at]) or _unlabelled_item(page, blocks, at)


def _figures_only(page: list[Line], block: Block) -> bool:
    """Whether a block holds figures only (``12,614`` / ``102,129``: a table's cells printed after the labels,
    pdfminer's boxes), which no label opens; no note's number alone (``2``), nor a year, among them."""
    words = [word for row in range(*block) for word in page[row].text.split()]
    return all(map(FIGURE.fullmatch, words)) and all(map(_AMOUNT.search, words))


_AMOUNT = re.compile(r"\d,\d{3}|\d\d\.\d|\d\.\d\d")  # 12,614 / 25.4 / 0.75: an amount, no note's number,
# year or section's number (2.1)


def _heading_in_capitals(page: list[Line], block: Block) -> bool:
    """Whether a block is a heading in capitals, on a line or two, perhaps after its section's label
    (``EXECUTIVE SUMMARY``, ``I.  INTRODUCTION``, the title printed again atop the page; a remark in
    parentheses apart: ``PART II – OPERATIONS (in US dollars)``): no sentence."""
    if block[1] - block[0] > 2:
        return False
    text = _HEADING_LABEL.sub("", " ".join(page[row].text.strip() for row in range(*block)))
    return REMARK.sub("", text).isupper() and _SECTION_HEADING.fullmatch(text) is not None


_HEADING_LABEL = re.compile(r"^(?:[IVXL]{1,6}\.\d{1,2}|(?:[IVXL]{1,6}|[A-H]|\d{1,2})\.)\s+")
REMARK = re.compile(r"\([^()]*\)")
"""A remark in parentheses, apart from a heading's words: ``PART II – OPERATIONS (in US dollars)``,
``GENERAL DEBATE (continued)``."""


def _after_table(page: list[Line], blocks: list[Block], caption: int) -> int:
    """The position of the first block after the table captioned by ``blocks[caption]`` (``Table 2: Staff by
    region`` / ``Region`` / ``Officials`` / ``Africa`` … / ``118`` …): the next block opening with a full
    line of text, a sentence's capital first (a paragraph the labels printed as a column may open); the
    blocks' end where none does."""
    full = _FULL_LINE * max(len(line.text.strip()) for line in page)
    return next(
        (
            at
            for at in range(caption + 1, len(blocks))
            if len(page[blocks[at][0]].text.strip()) >= full
            and _OPENS_PARAGRAPH.match(page[blocks[at][0]].text.strip())
        ),
        len(blocks),
    )


def _running_title_over(page: list[Line], blocks: list[Block], at: int) -> bool:
    """Whether ``blocks[at]`` is the document's title printed again atop its first page, in capitals over
    two lines or more, over the first heading (``REPORT OF THE WORKING GROUP …`` / ``FOR THE PERIOD …`` /
    ``INTRODUCTION``): no label opens it."""
    start, end = blocks[at]
    if end - start < _TITLE_LINES or at + 1 == len(blocks):
        return False
    following = page[blocks[at + 1][0]].text.strip()
    return all(page[row].text.strip().isupper() for row in range(start, end)) and following.isupper()


_TITLE_LINES = 2


def _title_over_heading(page: list[Line], labels: list[int], position: int, blocks: list[Block], at: int) -> bool:
    """Whether ``blocks[at]``, the first block after a column of labels, is the title printed again atop the
    page, on one line, where the label is a section's with a paragraph's number after it (``A.`` / ``1.`` / …
    / ``FINANCIAL REPORT FOR THE YEAR …`` / ``INTRODUCTION`` / ``The present report …``): the section's
    heading is the line in capitals right above its first paragraph, not the one over it."""
    kind = _column_label(page[labels[position]].text)
    after = _column_label(page[labels[position + 1]].text) if position + 1 < len(labels) else None
    if kind is None or kind[0] not in ("section letter", "roman") or after is None or after[0] != "number":
        return False
    if at + 2 >= len(blocks) or any(block[1] - block[0] != 1 for block in blocks[at : at + 2]):
        return False
    title, heading = (page[block[0]].text.strip() for block in blocks[at : at + 2])
    return title.isupper() and heading.isupper() and not page[blocks[at + 2][0]].text.strip().isupper()


def _inner_labels(page: list[Line], blocks: list[Block], at: int) -> list[int]:
    """The labels of an inner list printed as a column from ``blocks[at]`` on (``(i)`` / ``(ii)``, each a
    block), in their sequence; none unless two at least."""
    rows: list[int] = []
    for start, end in blocks[at : at + len(_INNER_LABELS)]:
        if end - start != 1 or page[start].text.strip() != _INNER_LABELS[len(rows)]:
            break
        rows.append(start)
    return rows if len(rows) >= 2 else []


_INNER_LABELS = ("(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)", "(viii)")


def _list_printed_inside(page: list[Line], blocks: list[Block], at: int) -> int:
    """The number of blocks a list printed inside the texts of a column of numbers takes from ``blocks[at]``
    on: its labels alone (``(a)``, ``(i)`` / ``(ii)`` / ``(iii)``, each a block), then as many blocks of text,
    each an item's (pdfminer prints an agenda's sub-items so, among its items' titles, their numbers printed
    as a column above); 0 when there is none. The list's labels are read next, with their texts."""
    labels = 0
    while at + labels < len(blocks) and _label_alone(page, blocks[at + labels]):
        labels += 1
    texts = blocks[at + labels : at + 2 * labels]
    if not labels or len(texts) < labels:
        return 0
    items = all(_item_title(page, block) for block in texts)
    return 2 * labels if items else 0


def _item_title(page: list[Line], block: Block) -> bool:
    """Whether a block is a sub-item's text in a list: a line or a few, no label alone (a paragraph of an
    agenda's annotations, printed after a label that pdfminer moved, is longer)."""
    first = page[block[0]].text.strip()
    return (
        _OPENS_ITEM.match(first) is not None
        and not _label_alone(page, block)
        and block[1] - block[0] <= _ITEM_TITLE_LINES
    )


_ITEM_TITLE_LINES = 3  # lines: a sub-item's title wraps over as many at most


def _label_alone(page: list[Line], block: Block) -> bool:
    """Whether a block is a list's label alone, lettered or in small roman numerals (``(b)``, ``(ii)``)."""
    return block[1] - block[0] == 1 and (_column_label(page[block[0]].text) or ("",))[0] in ("letter", "inner")


def _inner_item(page: list[Line], blocks: list[Block], at: int) -> bool:
    """Whether ``blocks[at]`` is an inner list's label alone (``(ii)``) over the block of its text."""
    if at + 1 >= len(blocks) or blocks[at][1] - blocks[at][0] != 1:
        return False
    text = page[blocks[at + 1][0]].text.strip()
    label = page[blocks[at][0]].text.strip() in _INNER_LABELS
    return label and bool(_OPENS_ITEM.match(text)) and not _LIST_LABEL_ALONE.fullmatch(text)


def _goes_on(page: list[Line], block: Block) -> bool:
    """Whether a block goes on with the text above it: it opens in lower case, or with a list's label, its
    text after it or in the next block (``(a)`` / ``took note of …``: an item printed as pdftotext prints a
    hanging label)."""
    first = page[block[0]].text.strip()
    return (
        first[:1].islower() or _LIST_OPENING.match(first) is not None or _LIST_LABEL_ALONE.fullmatch(first) is not None
    )


def _column_label(text: str) -> tuple[str, int] | None:
    """The kind of a label alone on its line and its place in its sequence: a paragraph number (``12.``), a
    section number in roman numerals (``IV.``) or a capital letter (``B.``), a budget's service line
    (``I.2``), a lettered item (``(c)``), a rule's paragraph numbered in parentheses (``(2)``)."""
    text = text.strip()
    if _PARAGRAPH_NUMBER.fullmatch(text):
        return "number", int(text.rstrip("."))
    if (sub_rule := _SUB_RULE_LABEL.fullmatch(text)) is not None:
        return "sub-rule", int(sub_rule.group(1))
    if _LETTER_LABEL.fullmatch(text):
        return "letter", ord(text[1])
    if text in _INNER_LABELS:  # (ii), (iii): an inner list's ((i) reads as a letter)
        return "inner", _INNER_LABELS.index(text) + 1
    if _SECTION_LETTER.fullmatch(text):
        return "section letter", ord(text[0])
    line = _SERVICE_LINE_LABEL.fullmatch(text)
    if line is not None and (area := roman_to_int(line.group(1))):
        return "service line", area * 100 + int(line.group(2))
    value = roman_to_int(text.rstrip(".")) if _ROMAN_LABEL.fullmatch(text) else None
    return ("roman", value) if value else None


_SERVICE_LINE_LABEL = re.compile(r"([IVXL]{1,6})\.(\d{1,2})")
"""A budget's service line's number alone (``I.1``, ``II.3``): its service area's numeral and its own."""


def _label_run(page: list[Line], blocks: list[Block], position: int, *, restarts: bool) -> tuple[list[int], int]:
    """The lines of labels following one another from the block at ``position`` on, each alone on its line,
    in one block or in blocks of their own, each kind in its sequence (paragraph numbers starting afresh at
    ``1.`` where ``restarts``: a page of rules, each rule numbering its own; a service line at each area's
    first, ``II.1`` after ``I.3``; section letters under each chapter, ``A.`` after ``III.``); and the position
    of the block after them."""
    rows: list[int] = []
    last: dict[str, int] = {}  # the value of the last label of each kind
    after = position
    for start, end in blocks[position:]:
        labels = [_column_label(page[row].text) for row in range(start, end)]
        if None in labels:
            break
        seen = dict(last)
        if not restarts and any(label[0] == "sub-rule" for label in labels):  # type: ignore[index]
            break  # ((1) alone off a page of rules: a table's column number)
        for kind, value in labels:  # type: ignore[misc]  # no None left
            afresh = (restarts and kind in ("number", "sub-rule") and value == 1) or (
                kind == "service line" and value % 100 == 1
            )
            if kind in seen and value != seen[kind] + 1 and not afresh:  # (II.1 after I.3: the next area's first)
                break
            seen[kind] = value
            if kind == "roman":
                seen.pop("section letter", None)  # III. / A.: a chapter's sections lettered afresh
        else:
            rows += range(start, end)
            last = seen
            after += 1
            continue
        break
    return rows, after


def _opens(page: list[Line], label: int, text: Block) -> bool:
    """Whether the block ``text`` is what the label on line ``label`` opens (see `paragraph_number_column`)."""
    kind = _column_label(page[label].text)
    first = page[text[0]].text.strip()
    if kind is None or _COLUMN_LABEL_ALONE.fullmatch(first) or _SUB_RULE_LABEL.fullmatch(first):
        return False  # (another label alone: nothing a label opens)
    if TABLE_CAPTION.match(first) or RESTARTING_LABEL.fullmatch(first) or _PART_HEADING.fullmatch(first):
        return False  # (a table's caption; a rule's heading, ``Rule 2``, or a part's: the next rule's)
    if kind[0] in ("number", "sub-rule"):  # (not a list's label alone: ``(a)``, a list printed so inside it)
        return (
            bool(_OPENS_PARAGRAPH.match(first))
            and not _LIST_OPENING.match(first)
            and not _LIST_LABEL_ALONE.fullmatch(first)
        )
    if kind[0] in ("letter", "inner"):  # (an item's text, not the next item's label alone: (a) / (b) / …)
        return bool(_OPENS_ITEM.match(first)) and not _LIST_LABEL_ALONE.fullmatch(first)
    if text[1] - text[0] == 2:  # a heading in capitals over two lines (``OVERVIEW OF … AND`` / ``MIGRATION …``),
        joined = f"{first} {page[text[0] + 1].text.strip()}"  # or a lettered one in sentence case (``Report on
        capitals = joined.isupper() or kind[0] == "section letter"  # the … Committee on`` / ``Programmes …``),
        capitals = capitals or _TITLE_CASE.fullmatch(joined) is not None  # or one in title case (``Movement,
        return capitals and _LONG_HEADING.fullmatch(joined) is not None  # Emergency and …`` / ``Management``)
    return text[1] - text[0] == 1 and bool(_SECTION_HEADING.fullmatch(first) or _CONTENTS_ENTRY.fullmatch(first))


_LIST_OPENING = re.compile(r"\((?:[a-z]{1,2}|[ivx]{1,5})\)\s|[•▪●◦-]\s|\(cid:\d+\)")  # (d) …, • …, (cid:127)
_BULLET_ALONE = r"[•▪●◦–-]|\(cid:\d+\)"
_LIST_LABEL_ALONE = re.compile(rf"\((?:[a-z]{{1,2}}|[ivx]{{1,5}})\)|{_BULLET_ALONE}")
_LETTER_LABEL = re.compile(r"\([a-z]\)")
_SECTION_LETTER = re.compile(r"[A-H]\.")
_ROMAN_LABEL = re.compile(r"[IVXL]{1,6}\.")
_COLUMN_LABEL_ALONE = re.compile(r"\s*(?:\d{1,3}\.|\([a-z]\)|[A-H]\.|[IVXL]{1,6}\.(?:\d{1,2})?)\s*")
_OPENS_ITEM = re.compile(r"[^\W\d_]|[“\"‘(]|\d[\d,]*\s+[a-z]")
"""An item's text: a word, a quotation, a bracket, or a number counting what follows (``23 country offices …``)."""
_SECTION_HEADING = re.compile(r"[A-Z][^.;:]{0,100}[^.;:,\s]")  # a heading's words: no sentence
_LONG_HEADING = re.compile(r"[A-Z][^.;:]{0,200}[^.;:,\s]")  # over two lines
_TITLE_CASE = re.compile(r"(?:(?:[A-Z][\w’'-]*|[a-z]{1,3}|with|from|into)[,)]?(?: |$))+")
"""Words in title case, short ones (``and``, ``of``, ``the``) apart: a heading's (``Movement, Emergency and
Post-crisis Migration Management``), not a sentence's."""
_CONTENTS_ENTRY = re.compile(r"[A-Z][^.;:]{0,100}?\s*(?:\.\s?){4,}\s*(?:\d{1,3}|[ivx]{1,4})")  # … BUDGET ...... 1


def note_number_column(page: list[Line]) -> list[Line]:
    """Footnote numbers printed as a column under the rule above the notes (``__________`` / ``1`` / ``2``,
    perhaps a blank line after each, then the bodies, one block): each number put before its body, when as
    many bodies start in the block (a line opening with a capital after a line that ends a sentence)."""
    rule = next(
        (i for i, line in enumerate(page) if ("___" in line.text or "---" in line.text) and _RULE.fullmatch(line.text)),
        None,
    )
    if rule is None:
        return _note_numbers_apart(page)
    filled = [i for i in range(rule + 1, len(page)) if page[i].text.strip()]  # (pdfminer: a blank line after each)
    numbers = filled[: next((n for n, i in enumerate(filled) if not _NOTE_ALONE.fullmatch(page[i].text)), len(filled))]
    values = [_number(page[i].text) for i in numbers]
    if len(numbers) < 2 or values != list(range(values[0], values[0] + len(values))):
        return _note_numbers_apart(page)
    first = next((i for i in range(numbers[-1] + 1, len(page)) if page[i].text.strip()), None)
    if first is None:
        return page
    end = next((i for i in range(first, len(page)) if not page[i].text.strip()), len(page))
    starts = _starts_of_bodies(page, first, end)
    if len(starts) != len(numbers):
        return _note_numbers_apart(page)
    result = list(page)
    for number, start in zip(numbers, starts, strict=True):
        result[start] = Line(
            page[start].number, f"{page[number].text.strip()} {page[start].text.strip()}", page[start].page
        )
        result[number] = Line(page[number].number, "", page[number].page)
    return result


def note_letters_apart(page: list[Line]) -> list[Line]:
    """A table's notes whose letters pdftotext printed as a column of their own under its labels (``TOTAL`` /
    ``a`` / ``b``), their texts last on the page (``Admitted to membership …`` / ``Application for …``): each
    letter put before its text, when the letters follow one another from ``a``, one a line, and the page's
    last block opens as many sentences (the rows they mark, ``Lesotho a``, may be on the pages before)."""
    letters = [i for i, line in enumerate(page) if _LETTER_ALONE.fullmatch(line.text)]
    run = [i for i in letters if i - letters[0] == ord(page[i].text.strip()) - ord("a")]
    if len(run) < 2 or page[run[0]].text.strip() != "a":
        return page
    block = _last_block(page)
    if block is None or block.start <= run[-1]:
        return page
    between = range(run[-1] + 1, block.stop)  # (a paragraph's number between: the block is its text, no notes)
    if any(_PARAGRAPH_NUMBER.fullmatch(page[i].text) or NUMBERED_TEXT.match(page[i].text) for i in between):
        return page
    starts = _starts_of_bodies(page, block.start, block.stop)
    if len(starts) != len(run):
        return page
    labels = [page[i].text.strip() for i in run]
    return _numbered(page, run, labels, starts)


_LETTER_ALONE = re.compile(r"\s*[a-h]\s*")
NUMBERED_TEXT = re.compile(r"\s*(\d{1,3})\.\s+[A-Z]")  # 2. The Committee …: a paragraph, no table's note


def _note_numbers_apart(page: list[Line]) -> list[Line]:
    """At the foot of a page with no rule above its notes, footnote numbers alone on their lines printed
    apart from their bodies: all before them (``1`` / ``2`` / ``The arrangements …`` / ``The list …``), some
    after them (``1`` / ``Document …`` / ``The report …`` / ``3`` / ``See …`` / ``2``), or up the page beside
    a label (``priorities:`` / ``3`` / ``(a)``). The bodies are the page's last block (see `_body_starts`);
    the numbers are those alone on a line that are glued to the page's text as markers (``represented:2``),
    each once (see `_note_values`). When there are as many bodies as numbers, and the numbers follow one
    another, each body is given its number, in order. Notes printed number then body are left to
    `iomparse.layout`, and so is a page whose bodies cannot be told apart."""
    alone = _numbers_alone(page)
    block = _last_block(page) if alone is not None else None
    if block is None or alone is None:
        return page
    if len(alone) > 1 and _each_over_its_body(page, sorted(alone.values())):
        return page  # (``3`` / ``The Agreement …`` / ``4`` / ``Consultations …``: each number over its body)
    star = _star_atop(page, min(alone.values()))
    starts = _note_starts(page, block, alone, star)
    if not starts:
        return page
    if sorted(alone) == list(range(min(alone), min(alone) + len(alone))):
        starts = _likeliest_starts(page, starts, len(alone) + (star is not None))
        if len(starts) < len(alone) + (star is not None):
            starts = _bodies_above(page, block, alone) + starts
        if len(starts) < len(alone) + (star is not None):
            starts = _block_each(page, block, alone, len(alone) + (star is not None)) or starts
    glued = {int(m.group(1)) for line in page for p in (GLUED_MARKER, SPACED_MARKER) for m in p.finditer(line.text)}
    glued |= _markers_alone(page, alone) | _markers_after_figures(page, alone)
    values = _note_values(set(alone), glued & set(alone), len(starts) - (star is not None))
    if values is None:
        return page  # bodies not told apart
    numbers = [alone[value] for value in values]
    if any(value not in glued and alone[value] >= block.start for value in values):
        return page  # a number after the bodies that no marker names: a page number, perhaps
    if starts == [_next_line(page, i) for i in numbers]:
        return page  # each number right above its body: nothing printed apart
    labels = [str(value) for value in values]
    if star is not None:  # the cover note's * atop the numbers: the first body is its note
        numbers, labels = [star, *numbers], ["*", *labels]
    return _numbered(page, numbers, labels, starts)


def _each_over_its_body(page: list[Line], numbers: list[int]) -> bool:
    """Whether each footnote number alone (on the lines ``numbers``, in order) stands right over its body,
    the notes one after another to the page's end: after each number a line of text opening a sentence, in
    the notes' smaller type (longer than most lines of the text above), then only lines going on with it (a
    box of its own opening in lower case, or after a line ending no sentence: pdfminer parting a long line)
    until the next number, or the page's furniture."""
    ends = [*numbers[1:], len(page)]
    text_measure = _share(_lengths(page[: numbers[0]]), 0.9)  # the text's lines above: the notes' are longer
    for number, end in zip(numbers, ends, strict=True):
        below = _next_line(page, number)
        if below is None or below >= end:
            return False
        text = page[below].text.strip()
        if len(text) <= text_measure or not _OPENS_PARAGRAPH.match(text) or _NOTE_ALONE.fullmatch(text):
            return False
        previous = ""
        for start, stop in line_blocks(page[below:end]):
            opening = page[below + start].text.strip()
            goes_on = opening[:1].islower() or not previous.rstrip().endswith((".", ":", ";"))
            if start and not goes_on and not FURNITURE_LINE.fullmatch(opening):
                return False  # (a second text opening a sentence: the bodies are not told by the numbers)
            previous = page[below + stop - 1].text
    return True


def _bodies_above(page: list[Line], block: range, alone: dict[int, int]) -> list[int]:
    """The first lines of the notes printed as blocks of their own above the page's last block, under the
    numbers (pdfminer: ``1`` / ``2`` / ``Document MC/2278 is …`` / blank / ``Under Article 4 …``): blocks in
    the notes' smaller type, longer lines than any of the page's text above the numbers (a paragraph's number
    put before its line not counted), each opening with a capital."""
    top = max(alone.values())
    measure = max((len(_LABEL_OPENING.sub("", line.text.strip())) for line in page[: min(alone.values())]), default=0)
    found: list[int] = []
    for start, end in reversed([b for b in line_blocks(page) if top < b[0] < block.start]):
        if not _OPENS_PARAGRAPH.match(page[start].text.lstrip()):
            break
        if max(len(page[i].text.strip()) for i in range(start, end)) <= measure:
            break
        found.insert(0, start)
    return found


def _block_each(page: list[Line], block: range, alone: dict[int, int], count: int) -> list[int]:
    """The first lines of the notes printed a block each under the numbers, the page's last block the last
    (pdfminer: ``1`` / ``2`` / ``3`` / ``The Chairperson … were elected …`` / blank / ``The list of participants
    …`` / blank / ``Expenditure under …``), when there are as many such blocks as numbers, each opening a
    sentence; none otherwise."""
    top = max(alone.values())
    starts = [start for start, _ in line_blocks(page) if top < start <= block.start]
    if len(starts) != count or not all(_OPENS_PARAGRAPH.match(page[start].text.lstrip()) for start in starts):
        return []
    return starts


_LABEL_OPENING = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,4}\)|[A-H]\.|[IVXL]{1,6}\.)\s+")
"""A label put before its text's line (``18. Fifty-eight …``): no part of the line's measure."""


def _likeliest_starts(page: list[Line], starts: list[int], count: int) -> list[int]:
    """Of more lines that may start a note than there are notes, the first and those after the shortest
    lines (a note's last line stops short; a sentence ending on a full line goes on in the same note), when
    these are clearly shorter than the lines before the others; else all of them (the notes not told apart)."""
    if len(starts) <= count or count < 1:
        return starts
    first, *rest = starts
    ranked = sorted(rest, key=lambda i: len(page[i - 1].text.strip()))
    chosen, passed = ranked[: count - 1], ranked[count - 1 :]
    if chosen and max(len(page[i - 1].text.strip()) for i in chosen) >= _SHORTER * len(
        page[passed[0] - 1].text.strip()
    ):
        return starts
    return sorted([first, *chosen])


_FIRST_NOTE_LINES = 2  # a short first note atop the notes' block holds as many lines at most
_SHORTER = 0.85  # of the shortest line before a start passed over: those before the starts kept are shorter


def _note_starts(page: list[Line], block: range, alone: dict[int, int], star: int | None) -> list[int]:
    """Where the bodies start that the numbers ``alone`` (and the cover note's ``star``) go to: in the
    smaller type the text runs into (see `_bodies_in_smaller_type`), else as `_body_starts` finds them; none
    for a page's one number alone after no label nor its own marker (a page number, a figure), unless it
    stands beside a list's first label, its marker set off in the text (see `_marked_beside_label`)."""
    starts = _bodies_in_smaller_type(page, block, alone)
    lone = starts is None and len(alone) == 1 and star is None
    if lone and not _marker_above(page, alone) and not _marked_beside_label(page, alone):
        return []
    return _body_starts(page, block, alone) if starts is None else starts


def _marked_beside_label(page: list[Line], alone: dict[int, int]) -> bool:
    """Whether the one number alone stands between a line opening a list (``… would give priority to:``) and
    the list's first label (``(a)``), its marker set off in the page's text (``were represented: 1
    Afghanistan``): pdftotext prints a raised marker's line up the page, beside the label."""
    (number, index), *_ = alone.items()
    above, below = previous_line(page, index), _next_line(page, index)
    return (
        above is not None
        and below is not None
        and page[above].text.rstrip().endswith(":")
        and _LETTER_LABEL.fullmatch(page[below].text.strip()) is not None
        and any(int(m.group(1)) == number for line in page for m in SPACED_MARKER.finditer(line.text))
    )


def _marker_above(page: list[Line], alone: dict[int, int]) -> bool:
    """Whether the one number alone repeats the marker that ends the line of text above it (``… endorsed by
    the Council: 1`` / ``1``): the note's number, printed in the margin's column."""
    (number, index), *_ = alone.items()
    above = previous_line(page, index)
    return (
        above is not None
        and page[above].text.rstrip().endswith(f" {number}")
        and bool(SPACED_MARKER.search(page[above].text))
    )


def _numbered(page: list[Line], numbers: list[int], labels: list[str], starts: list[int]) -> list[Line]:
    """The page, the lines ``numbers`` blanked and each body starting at ``starts`` given its label."""
    result = [Line(line.number, "", line.page) if index in numbers else line for index, line in enumerate(page)]
    for label, start in zip(labels, starts, strict=True):
        result[start] = Line(page[start].number, f"{label} {page[start].text.strip()}", page[start].page)
    return result


_NOTES_WIDER = 1.1  # a line of the notes' smaller type past one of the text's longer than those above it
# holds a tenth more than they do


def _bodies_in_smaller_type(page: list[Line], block: range, alone: dict[int, int]) -> list[int] | None:
    """Where the footnote bodies start whose numbers were printed apart after a label alone (``7.`` / ``1`` /
    ``The proposed scale …``, ``17.`` / ``5`` / ``6`` / ``Coherence is needed …``: the margin column the
    paragraph numbers share): from the first line of the page's last block longer than any line of the
    page's text above it (the notes' smaller type holds more words a line), if that line opens a sentence,
    else from a line a tenth longer still that opens one (the text's last paragraph, in the same block, may
    hold a line a little longer than those above it), each line after it opening with a capital after a line
    that ends a sentence; the one note missing may be a line or two right above them, after the text's last
    sentence. ``None`` where the numbers follow no label or no line is longer; no start where no longer line
    opens a sentence."""
    above = previous_line(page, min(alone.values()))
    if above is None or not _COLUMN_LABEL_ALONE.fullmatch(page[above].text):
        return None
    measure = max((len(page[i].text.strip()) for i in range(block.start)), default=0)
    first = next((i for i in block if len(page[i].text.strip()) > measure), None)
    if first is None:
        return None
    if not _OPENS_PARAGRAPH.match(page[first].text.lstrip()):
        first = next(  # (a line of the text's last paragraph a few characters longer than those above it)
            (
                i
                for i in range(first + 1, block.stop)
                if len(page[i].text.strip()) > _NOTES_WIDER * measure
                and _OPENS_PARAGRAPH.match(page[i].text.lstrip())
                and page[i - 1].text.rstrip().endswith(".")
            ),
            None,
        )
        if first is None:
            return []
    starts = [first] + [
        i
        for i in range(first + 1, block.stop)
        if page[i - 1].text.rstrip().endswith(".") and page[i].text.lstrip()[:1].isupper()
    ]
    longer = _share(_lengths(page[: block.start]), 0.9)  # than most of the text's lines: the notes' type
    opening = next(
        (
            i
            for i in range(first - 1, block.start - 1, -1)
            if _OPENS_PARAGRAPH.match(page[i].text.lstrip()) and len(page[i].text.strip()) > longer
        ),
        None,
    )
    short = first - _FIRST_NOTE_LINES <= block.start < first and len(starts) + 1 == len(alone)  # the first note
    # short, a line or two atop the others
    if opening is None and short and _OPENS_PARAGRAPH.match(page[block.start].text.lstrip()):
        opening = block.start  # the block, the one note missing: it opens the block
    elif opening is None and len(starts) + 1 == len(alone):
        opening = next(  # the one note missing, a line or two right above the others, after the text's last
            (  # sentence (``… by the Administration.`` / ``The Strategy … MC/INF/287.`` / ``The Standing …``)
                i
                for i in range(first - 1, max(block.start, first - _FIRST_NOTE_LINES - 1), -1)
                if _OPENS_PARAGRAPH.match(page[i].text.lstrip()) and page[i - 1].text.rstrip().endswith(".")
            ),
            None,
        )
    if len(starts) < len(alone) and opening is not None and page[first - 1].text.rstrip().endswith("."):
        starts = [opening, *starts]  # the first note's lines longer than most of the text's, not than all
    return starts


def _star_atop(page: list[Line], first: int) -> int | None:
    """The line of a ``*`` alone right above the first of a page's footnote numbers printed apart (blank
    lines between): the mark of the cover note, printed first among the notes."""
    above = previous_line(page, first)
    return above if above is not None and page[above].text.strip() == "*" else None


def _numbers_alone(page: list[Line]) -> dict[int, int] | None:
    """The numbers alone on their lines of a page, each with its line, each once (``None`` for none); where
    some are repeated (a marker printed alone, the page's number at its foot), those of the one run of
    numbers following one another a blank line apart (``1`` / ``2``: the notes' numbers printed as a
    column), else none (a table's); that run alone too where a table's figures stand above it (see
    `_run_below_figures`)."""
    lines = [i for i, line in enumerate(page) if _NOTE_ALONE.fullmatch(line.text)]
    alone = {_number(page[i].text): i for i in lines}
    if not alone:
        return None
    runs = [run for run in _runs_apart(page, lines) if len(run) >= 2 and _follow_one_another(page, run)]
    if len(alone) == len(lines):
        return _run_below_figures(page, alone, runs[0]) if len(runs) == 1 else alone
    if len(runs) != 1:
        return None  # (none, or several: which is the notes' cannot be told)
    return {_number(page[i].text): i for i in runs[0]}


def _run_below_figures(page: list[Line], alone: dict[int, int], run: list[int]) -> dict[int, int]:
    """The numbers alone of a page: only those of the ``run`` counting on by one (``4`` / ``5``, the notes'),
    where the others stand above it and are no neighbours of its numbers (a table's small figures, ``24`` /
    ``31``), or are notes' numbers each printed right over its body (``1`` / ``Report of the External Auditor
    …`` / ``2`` / ``3`` / ``4`` / bodies: that note is read as printed); else all."""
    values = [_number(page[i].text) for i in run]
    others = {value: at for value, at in alone.items() if at not in run}
    if not others or any(
        at > run[0] or (values[0] - 1 <= value <= values[-1] + 1 and not _over_its_body(page, at, run[0]))
        for value, at in others.items()
    ):
        return alone
    return {value: at for value, at in alone.items() if at in run}


def _over_its_body(page: list[Line], at: int, end: int) -> bool:
    """Whether the number alone on line ``at`` stands right over a note's body of its own, above ``end``: the
    next line of text opens a sentence a full note's line long, and a blank line ends it before ``end``."""
    below = _next_line(page, at)
    if below is None or below >= end:
        return False
    text = page[below].text.strip()
    closed = any(not page[i].text.strip() for i in range(below + 1, end))
    return closed and len(text) >= _NOTE_LINE and _OPENS_PARAGRAPH.match(text) is not None


_NOTE_LINE = 60  # characters at least of a note's first line set in the notes' smaller type, a full line


def _follow_one_another(page: list[Line], run: list[int]) -> bool:
    """Whether the numbers alone on the lines ``run`` count on by one (``1`` / ``2``: notes' numbers; a table's
    column of small figures, ``4`` / ``9`` / ``6``, does not)."""
    values = [_number(page[i].text) for i in run]
    return values == list(range(values[0], values[0] + len(values)))


def note_numbers_unplaced(page: list[Line]) -> list[int]:
    """The lines of a run of footnote numbers alone still apart from their bodies once the page is read (``2``
    / ``3`` / ``4`` over notes whose starts cannot be told apart: a note may end on a full line), each number
    a marker in the page's text: what the reader could not place, to be said."""
    lines = [i for i, line in enumerate(page) if _NOTE_ALONE.fullmatch(line.text)]
    runs = [run for run in _runs_apart(page, lines) if len(run) >= 2]
    if not runs:
        return []  # (most pages: the markers are not looked for)
    glued = {int(m.group(1)) for line in page for p in (GLUED_MARKER, SPACED_MARKER) for m in p.finditer(line.text)}
    for run in runs:
        values = [_number(page[i].text) for i in run]
        if values == list(range(values[0], values[0] + len(values))) and set(values) <= glued:
            return run
    return []


def _markers_alone(page: list[Line], alone: dict[int, int]) -> set[int]:
    """The notes' numbers printed alone on a line of their own besides the column of them: their markers,
    set apart from the text they follow (``… and observers.`` / ``1``)."""
    column = set(alone.values())
    return {
        _number(line.text)
        for i, line in enumerate(page)
        if i not in column and _NOTE_ALONE.fullmatch(line.text) and _number(line.text) in alone
    }


_FIGURE_THEN_MARKER = re.compile(r"\d\.(\d{1,2})$")
_FIGURE_REACH = 5  # characters at a line's end that hold a figure's last digit, its full stop and a marker
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")  # a word of prose
_FIGURE_SET_APART = re.compile(r"(?<! ) {3,}[\d.,]+$")  # a figure set apart at a line's end: a table's cell
_ENDS_WITH_FIGURE = re.compile(r"(?:\d[.,]\d+|(?<! ) {2,}[\d–-]+)\s*$")  # a table's row (no ``Rule 16`` heading)


def marker_after_figure(page: list[Line], index: int) -> int | None:
    """The number of a note's marker glued to a sentence of prose ending in a figure at the end of line
    ``index``, the next line of text opening with a capital (``… endorsing States to 48.5`` / ``Next steps``), if
    any: a decimal would go on with a unit or the sentence's lower-case words. Only a number a body on the
    page has is one (the caller's to check), and even so the reading is weak (``… in section 4.1`` /
    ``Member States …`` is a section's number): the caller says so."""
    text = page[index].text.rstrip()
    match = _FIGURE_THEN_MARKER.search(text, len(text) - _FIGURE_REACH) if text[-1:].isdigit() else None
    if match is None or not _LOWER_WORD.search(text, 0, match.start()) or _FIGURE_SET_APART.search(text):
        return None  # (``16.2`` / ``Scholarships …``, ``Health      16.2``: a table's cells, no sentence's end)
    below = _next_line(page, index)
    if below is None or not page[below].text.lstrip()[:1].isupper() or _ENDS_WITH_FIGURE.search(page[below].text):
        return None  # (… in the revised budget 712.4 / million: a decimal; the next row of a table)
    return int(match.group(1))


def marker_after_cited_number(page: list[Line], index: int) -> re.Match[str] | None:
    """A note's marker glued after the full stop of a number a word cites, ending its sentence, the next
    opening with a capital on line ``index`` (``… are shown in Table`` / ``1.3 The 2016 figures …``: Table 1 and
    note 3; ``… see Annex 2.4 The …``), if any: its group 1 is the marker. Only a number a body on the page
    has is one (the caller's to check), and the reading is weak (``section 4.1 Member States …``)."""
    text = page[index].text
    for match in _CITED_NUMBER_THEN_MARKER.finditer(text):
        before = text[: match.start()].rstrip() or (page[index - 1].text.rstrip() if index else "")
        if NUMBERED_BEFORE.search(before):
            return match
    return None


_CITED_NUMBER_THEN_MARKER = re.compile(r"(?:^|(?<=\s))\d{1,3}\.(\d{1,2}) (?=[A-Z])")


def _markers_after_figures(page: list[Line], alone: dict[int, int]) -> set[int]:
    """The notes' numbers glued to sentences ending in a figure above the column of them (see
    `marker_after_figure`)."""
    found = {marker_after_figure(page, index) for index in range(min(alone.values()))}
    cited = (marker_after_cited_number(page, index) for index in range(min(alone.values())))
    found |= {int(match.group(1)) for match in cited if match is not None}
    return {number for number in found if number in alone}


def _runs_apart(page: list[Line], lines: list[int]) -> list[list[int]]:
    """The ``lines`` in runs, each line of a run after the one before with blank lines only between."""
    runs: list[list[int]] = []
    for i in lines:
        if runs and all(not page[j].text.strip() for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _body_starts(page: list[Line], block: range, alone: dict[int, int]) -> list[int]:
    """Where the footnote bodies of a page's last block start: its first line, a line right after a number
    alone, and a line opening with a capital after a line that ends a sentence."""
    texts = [i for i in block if page[i].text.strip() and i not in alone.values()]
    after_number = {_next_line(page, i) for i in alone.values()}
    return sorted(
        {texts[0]}
        | {i for i in texts if i in after_number}
        | {i for i in texts[1:] if page[i - 1].text.rstrip().endswith(".") and page[i].text.lstrip()[:1].isupper()}
    )


def _note_values(alone: set[int], glued: set[int], bodies: int) -> range | None:
    """The numbers of a page's ``bodies`` footnotes: numbers alone on their lines that follow one another,
    among them every one glued to the text as a marker (a marker after ``Rev.1.`` is not told from a
    figure: its number alone completes the run). A page's one note needs its number alone on the page, and
    glued as a marker."""
    if len(glued) < 2 and not (bodies == 1 and glued == alone):
        return None
    for first in range(max(glued) - bodies + 1, min(glued) + 1):
        run = range(first, first + bodies)
        if set(run) <= alone:
            return run
    return None


_FOOTER_WORDS = frozenset(word for footer in COVER_FOOTERS for word in footer)


def footer_word(text: str) -> bool:
    """Whether a line is one of the words of a cover's trilingual footer, printed a line each."""
    return text.strip() in _FOOTER_WORDS


_NUMBERED_BODY = re.compile(r"\d{1,2} [A-Z]")


def _trailing_passed(page: list[Line], end: int) -> int:
    """Where a page's text ends above ``end``: blank lines, numbers alone, a cover's footer and bullets alone
    (pdfminer prints a page's bullets apart, at its end: ``(cid:127)`` / ``(cid:127)``) passed over."""
    while end > 0 and (
        not page[end - 1].text.strip()
        or _NOTE_ALONE.fullmatch(page[end - 1].text)
        or footer_word(page[end - 1].text)
        or _GLYPH_ALONE.fullmatch(page[end - 1].text)
    ):
        end -= 1
    return end


def _block_start(page: list[Line], end: int) -> int:
    """The first line of the block of text that ends at ``end`` (its lines up to a blank line)."""
    start = end
    while start > 0 and page[start - 1].text.strip():
        start -= 1
    return start


def _last_block(page: list[Line]) -> range | None:
    """The lines of a page's last block of text, numbers alone in it or after it (passed over at its end, and
    so is a cover's footer under it, and a last block that is a note printed with its number), if it follows
    the page's last label (``12.``, ``(c)``, ``IV.``): where footnote bodies are printed."""
    end = _trailing_passed(page, len(page))
    last = _block_start(page, end)
    if last < end and page[last].text.strip()[:1].islower():  # a numbered body's end in a block of its own
        above = _trailing_passed(page, last)  # (pdfminer: ``4 Council Resolution … concerns`` / blank / ``the
        first = _block_start(page, above)  # contribution of IOM …``)
        if first < above and _NUMBERED_BODY.match(page[first].text.strip()):
            end, last = above, first
    if last < end and _NUMBERED_BODY.match(page[last].text.strip()):
        end = _trailing_passed(page, last)  # 2 Observer status …: a body printed with its number, passed over
    start = end
    while start > 0 and page[start - 1].text.strip():
        text = page[start - 1].text.strip()
        wrapped = (
            start == end
            and start >= 2
            and _PARAGRAPH_NUMBER.fullmatch(text)
            and not page[start - 2].text.rstrip().endswith(".")
        )
        if (OPENS_BLOCK.match(text) and not wrapped) or FURNITURE_LINE.fullmatch(text):
            return None  # the block is a paragraph's, an item's, or a running header (… paragraphs 236 to / 241.
        start -= 1  # is a note's last line: a number wrapped onto it)
    return range(start, end) if start < end else None


def _next_line(page: list[Line], index: int) -> int | None:
    return next((i for i in range(index + 1, len(page)) if page[i].text.strip()), None)


def previous_line(page: list[Line], index: int) -> int | None:
    """The index of the last line of text above line ``index`` (blank lines passed over), if any."""
    return next((i for i in range(index - 1, -1, -1) if page[i].text.strip()), None)


OPENS_BLOCK = re.compile(r"(?:\d{1,3}\.|[IVXLC]{1,6}\.|[A-H]\.|\([a-z]{1,4}\)|[•–▪●◦])(?:\s|$)")
"""A line opening a block with its label: a paragraph's or a section's number, a list's letter or bullet."""


def _starts_of_bodies(page: list[Line], first: int, end: int) -> list[int]:
    """The lines that open a footnote body from ``first`` to ``end``: the first, and each line opening with a
    capital after a line that ends a sentence."""
    return [first] + [
        index
        for index in range(first + 1, end)
        if page[index - 1].text.rstrip().endswith(".") and page[index].text.lstrip()[:1].isupper()
    ]


_NOTE_ALONE = re.compile(r"\s*\d{1,2}\s*")


def _number(text: str) -> int:
    """The number a line alone holds (whatever spaces, of any kind, surround it)."""
    return int("".join(character for character in text if character.isdecimal()))


_OPENS_PARAGRAPH = re.compile(r"[A-Z“\"‘(]")


_BROKEN_OFF = re.compile(rf"(?:[\d,]|\s(?:{alternation(DANGLING_WORDS)}))$")
"""The end of a line that breaks a sentence off: a figure, a comma, a word no sentence ends on."""


def _first_line_in_pieces(page: list[Line], index: int, longest: float) -> int | None:
    """The first line of the paragraph a late number at ``index`` belongs to, where pdfminer parted that line
    in boxes printed a block each: its opening words alone (``The African Group would support`` / ``6.`` /
    ``the draft Programme …``), perhaps a second piece in lower case right over the number (``The
    Administration replied that`` / ``the questions of … were being`` / ``18.`` / ``examined in …``). The
    first piece opens with a capital after a sentence's end or a heading, is a part of a line (no longer than
    ``longest``, a share of the text's median line: a heading may be as long) or breaks its sentence off (``…
    MC/1881, which``), and no piece ends its sentence: the caller has seen the text under the number go on."""
    row, pieces = index - 1, 0
    while row >= 0 and pieces < _FIRST_LINE_PIECES:
        text = page[row].text.strip()
        if not text:
            row -= 1
            continue
        if (row > 0 and page[row - 1].text.strip()) or text.endswith(_SENTENCE_END):
            return None  # (a piece is a block of its own, its sentence unfinished)
        pieces += 1
        if text[:1].isupper():
            if len(text) > longest and not _broken_off(text):
                return None  # (most of a line, ending on a word a sentence may end on: a heading)
            above = previous_line(page, row)
            if above is not None and (_labels_heading(page[above].text) or not _ends_text(page[above].text.strip())):
                return None  # (``B.`` / ``Request for observer status``, ``(a)`` / ``Application …``: a heading)
            return row
        if not text[:1].islower():
            return None
        row -= 1
    return None


def _labels_heading(text: str) -> bool:
    """Whether ``text`` is a label alone (a section's, a paragraph's, an item's), the line under it its
    heading or its text."""
    return _COLUMN_LABEL_ALONE.fullmatch(text) is not None


def _first_line_below(page: list[Line], index: int, lengths: list[int]) -> bool:
    """Whether the first line of the paragraph numbered at ``index`` was printed after the rest of it (see
    `first_line_printed_after`): not to be sought above the number."""
    block = _lower_case_block_under(page, index)
    first = _next_line(page, block - 1) if block is not None else None
    return first is not None and _first_line_alone(page, first, _share(lengths, 0.5))


_PIECE_SHARE = 0.7  # of the text's median line: a first line's opening piece holds as much at most
_FIRST_LINE_PIECES = 2  # blocks, at most, that pdfminer parts a paragraph's first line in, before its number


def _ends_text(text: str) -> bool:
    """Whether ``text``, the line above a paragraph's first, ends what comes before the paragraph: a sentence,
    a note's marker after it (``… in 2008.³``), or a heading (in capitals, or short and breaking off on no
    word a sentence goes on from: ``Scale of assessment for 2010``)."""
    text = _NOTE_AFTER_STOP.sub("", text)
    if text.endswith((*_SENTENCE_END, ")")) or text.isupper():
        return True
    return len(text) <= _HEADING_WIDTH and not text.endswith(",") and not _BROKEN_OFF_WORD.search(text)


_HEADING_WIDTH = 60  # characters: a heading in sentence case holds as many at most (a line of text more)


def _broken_off_above(page: list[Line], index: int, full: float) -> int | None:
    """The first line of the paragraph a late number at ``index`` belongs to, when the page's notes, in
    smaller type and longer lines, make its full lines seem short: a line as long as the page's median
    line of text, right above the number, that breaks its sentence off (``… against USD 712.4`` / ``3.``
    / ``million in …``; a heading ends on no such word)."""
    above = index - 1
    if not page[above].text.strip() and above > 0:
        above -= 1
    if above < 0 or (above > 0 and page[above - 1].text.strip()):
        return None  # the line opens no block
    text = page[above].text.strip()
    return above if len(text) >= full and _broken_off(text) else None


def _first_line_above(page: list[Line], index: int, full: float, *, goes_on: bool = False) -> int | None:
    """The first line of the paragraph a late number at ``index`` belongs to, if there is one: a full line;
    above a blank line, one that does not end its sentence (a semicolon does not, where the text after the
    number ``goes_on`` in lower case)."""
    above = index - 1
    if page[above].text.strip():  # right above: a full line opening its block
        opens_block = above == 0 or not page[above - 1].text.strip()
        return above if opens_block and len(page[above].text.strip()) >= full else None
    above -= 1  # above a blank line: a full line alone between blank lines, its sentence unfinished
    if above < 0 or not page[above].text.strip() or (above > 0 and page[above - 1].text.strip()):
        return None
    text = page[above].text.strip()
    unfinished = not text.endswith(_SENTENCE_END) or (goes_on and text.endswith((";", ":"))) or ends_on_initial(text)
    return above if len(text) >= full and unfinished else None


_INITIAL_AT_END = re.compile(r"\b(?:Mrs?|Ms|Dr|H\.E|(?P<number>Nos?))\.(?:\s[A-Z]\.){0,2}$")
"""A line ending on a name's initial or a title (``… H.E. Mr. M. Ferreira Lima (Portugal) as Chairman, H.E.
Mr. K.``, ``… Mr. J.``), or on a number's abbreviation in running text (``… by the Council in Resolution No.``,
its number on the next line): its full stop ends no sentence (``… set out in Annex I.`` does). Searched in a
line's last characters (`ends_on_initial`)."""


def ends_on_initial(text: str) -> bool:
    """Whether ``text`` ends on a name's initial or a title's full stop (see `_INITIAL_AT_END`)."""
    found = _INITIAL_AT_END.search(text, max(0, len(text) - _INITIAL_REACH)) if text.endswith(".") else None
    if found is None or found.group("number") is None:
        return found is not None
    return len(text.strip()) >= _RUNNING_TEXT or text.lstrip()[:1].islower()  # (… the Council / in Resolution No.)


_INITIAL_REACH = 16  # characters: `` H.E. Mr. K.`` and the space before it
_RUNNING_TEXT = 40  # characters: a line ending on ``No.`` is running text so long, or going on in lower case
# (``Resolution No.`` alone is a table's column heading)


def _runs_on(page: list[Line], row: int, full: float) -> bool:
    """Whether the line ``row`` goes on from the text above it, a blank line between (pdfminer parts a
    paragraph's lines in boxes): the last line above is a full line of prose broken off (``… remains high, and
    that several`` / ``Member States have lost …``), where a heading, as long perhaps, breaks off nothing, a
    clause ends with a comma and a table's row is laid out in cells."""
    last = next((page[above].text.strip() for above in range(row - 1, -1, -1) if page[above].text.strip()), "")
    last = _NOTE_AFTER_STOP.sub("", last)  # … in seven African States.4: the sentence ends
    return len(last) >= full and _broken_off(last) and not last.endswith(",") and not WIDE_GAP.search(last)


_NOTE_AFTER_STOP = re.compile(r"(?<=[.;:,)”’\"])(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$")


def _broken_off(text: str) -> bool:
    """Whether a line of prose breaks its sentence off: a word no sentence ends on, a figure, or a comma
    earlier in it and no stop at its end (``… examined, without``)."""
    return bool(_BROKEN_OFF.search(text)) or ("," in text and not text.endswith(_SENTENCE_END))


def _lengths(page: list[Line]) -> list[int]:
    """The lengths of a page's lines of more than 40 characters, in order."""
    return sorted(length for line in page if (length := len(line.text.strip())) > 40)


def _share(lengths: list[int], share: float) -> int:
    """The length that ``share`` of the lengths (in order) stay under; none where fewer than three."""
    return lengths[int(len(lengths) * share)] if len(lengths) >= 3 else 10**6


# --------------------------------------------------------------------------------------------------
# Tables printed column after column

CAPTION = re.compile(r"\((?=[^()]*[^\W\d_])[^()]{2,60}\)")
"""A table's caption, in parentheses: ``(in Swiss francs)``; a word in it (``(27,000)`` is an amount)."""
UNIT_CAPTION = re.compile(r"\((?:in|In) [^()]{2,50}\)")
"""The unit a table's figures are in, as its caption gives it: ``(in thousands of US dollars)``."""
EXPRESSED_IN = re.compile(r"\((?:expressed|Expressed) in [^()]{2,50}\)")
"""A table's unit, as financial statements give it: ``(expressed in US dollars)``."""
UNIT_AT_END = re.compile(f"{UNIT_CAPTION.pattern}$")
"""A caption ending with its table's unit, however long: ``… as at 30 April 2011 (in Swiss francs)``."""
AGENDA_COLUMNS = re.compile(
    r"(?P<text>(?:Agenda items?|Items?)\s+(?:Documents?|Symbols?)|Agenda items?|(?-i:Documents))", re.IGNORECASE
)
"""An annotated agenda's column headings, on a line of their own: ``Agenda item   Documents``, ``Documents``."""
CONTINUED = re.compile(r"\((?:cont['’]?d|continued)\)", re.IGNORECASE)
"""A caption or heading marked as going on from the page before: ``(cont'd)``, ``(cont’d)``, ``(continued)``."""
STATEMENT_LABEL = re.compile(r"(?:STATEMENT|Statement|SCHEDULE|Schedule)\s+(?:[IVXL]{1,6}|\d{1,2}|[A-H])")
"""A financial statement's label alone, over its title: ``STATEMENT II``, ``Schedule 3``, ``Statement A``."""
STATEMENT_TITLE = re.compile(
    rf"(?:{STATEMENT_LABEL.pattern}\s*[:.–—-]|(?:STATEMENT|Statement|SCHEDULE|Schedule) [–—-])\s*\S"
)
"""A financial statement's label and title on one line: ``Statement I – Statement of financial position …``,
``Schedule 1 – Member States with …``, ``Schedule – Voluntary contributions by donor`` (the only one)."""
TABLE_CAPTION = re.compile(r"(?:Table|TABLE|Figure|FIGURE|Chart|CHART)\s+[A-Z]?[\d.]*\d[a-z]?\s*[:.–—-]\s*\S")
"""A numbered caption: ``Table 1: …``, ``Table A.1 – …``, ``Figure 2. …``."""
PIPE_ROW = re.compile(r"\s*\|.*\|\s*")
"""A table's row laid out as Markdown cells: ``| Total | 1,204 | 36.5 |``."""
FIGURE = re.compile(r"\(?[-+]?[\d.,]*\d%?\)?\*?|[-–—]")
"""A figure alone on its line: ``46,887,500``, ``(242,000)``, ``0.0400``, ``12%``, a change ``+6.6``, a dash
for nothing."""
MARK = re.compile(r"[Xx✓✔√●]")
"""A matrix's cell (``X``, ``✓``): where its row and its column meet, as a table of figures holds an amount."""
YEAR = re.compile(r"(?:19|20)\d\d(?: \([a-z]+\))?")
"""A year, which can be a row label or a column heading though it reads as a figure: ``1996 (estimate)``."""
FURNITURE_LINE = re.compile(r"(?:[A-Z]{1,6}(?:/[\w.]+)+(?<!\d\.)|Page [ivxlcdm\d]+|Annex(?: [IVX]+)?)")
"""A line of a page's furniture: a running header's symbol (not one ending a sentence, ``C/108/4.``), a page
label, an annex's label."""
_SHORT = 40  # characters: a column heading or a running header line
_HEADING_LINES = 2  # lines: a column's heading printed under its table's caption, in one block with it


def table_columns(page: list[Line]) -> list[Line]:
    """A table printed column after column (its row labels, then for each column a block of as many figures,
    with column headings and running headers between them) laid out in rows, as ``-layout`` prints it."""
    if sum(1 for line in page if FIGURE.fullmatch(line.text.strip())) < 6:
        return page  # two columns of three figures at least
    blocks = line_blocks(page)
    result: list[Line] = []
    done = 0  # the lines before this index are in the result
    width = 0  # the columns of the table laid out last, if it ends where ``done`` is
    position = 0
    while position < len(blocks):
        going_on = width > 0 and position > 0 and blocks[position - 1][0] >= done  # (the labels right after)
        table = _column_table(page, blocks, position, going_on=going_on)
        if table is not None and going_on and len(table[0]) == 2 and not _goes_on_with(page, table, done, width):
            table = None  # (two rows going on a table: its columns, nothing but group labels between)
        if table is None:
            position += 1
            continue
        labels, columns, asides = table
        start = table_start(table)
        if start < done:
            position += 1
            continue
        total = _total_apart(page, blocks, table)
        if total is not None:
            asides = [block for block in asides if block != total[0] and block not in total[1]]
        elif _pieces_unheaded(page, columns, asides):
            position += 1  # pieces of columns whose rows the labels' blocks tell (`iomparse.column_blocks`)
            continue
        laid_out = _laid_out(page, blocks, done, (labels, columns, asides), total)
        if width == len(columns) and _group_labels_only(page, done, start):
            laid_out = _going_on(result, laid_out)  # Liabilities / …: the table's next group of rows
        result += laid_out
        last = max(total[0], total[1][-1]) if total is not None else columns[-1]  # (its label last, perhaps)
        done, width = max(last[1], labels[-1] + 1), len(columns)
        position = next((at for at, block in enumerate(blocks) if block[0] >= done), len(blocks))
    return result + page[done:] if done else page


def _goes_on_with(page: list[Line], table: ColumnTable, done: int, width: int) -> bool:
    """Whether ``table`` goes on the table of ``width`` columns laid out up to line ``done``: as many columns,
    nothing but a group's labels between them."""
    return len(table[1]) == width and _group_labels_only(page, done, table_start(table))


def _pieces_unheaded(page: list[Line], columns: list[Block], asides: list[Block]) -> bool:
    """Whether a table's columns are pieces of longer ones taking turns (see `uneven_figures_between`) that no
    heading apiece names as columns (``Staff and office costs`` / ``Programme costs`` / ``Total costs``; the
    ``Total`` row's label printed among them is none)."""
    headings = [
        block
        for block in asides
        if not (_figures(page, block) or _is_furniture(page, block) or _total_label(page, block))
    ]
    if any(block[0] < columns[0][0] and _amounts(page, block) for block in asides):
        return True  # amounts printed before the first column: pieces of columns, their rows untold
    return len(headings) != len(columns) and uneven_figures_between(page, columns, asides)


def uneven_figures_between(page: list[Line], columns: list[Block], asides: list[Block]) -> bool:
    """Whether blocks of amounts stand after a table's columns, not as many after each (a total's figure
    printed under each column is one after each; a year heads a column; after the last, none will do too):
    the columns are then pieces of longer ones, taking turns with other pieces, and the labels before them
    need not be theirs."""
    if len(columns) < 2:
        return False
    after = [
        sum(1 for block in asides if column[1] <= block[0] < following[0] and _amounts(page, block))
        for column, following in zip(columns, [*columns[1:], (len(page), len(page))], strict=True)
    ]
    return len(set(after[:-1])) > 1 or after[-1] not in (0, after[0])


def _amounts(page: list[Line], block: Block) -> bool:
    """Whether a block holds figures only, no year among them (``2014*``: a year and its note's mark)."""
    return _figures(page, block) and not any(YEAR.fullmatch(page[row].text.strip(" *")) for row in range(*block))


def table_start(table: ColumnTable) -> int:
    """The first line a table printed column after column takes: its first label's, or, where its labels
    were printed after its columns, its first heading's or figure's."""
    labels, columns, asides = table
    return min(labels[0], columns[0][0], *(block[0] for block in asides))


def _group_labels_only(page: list[Line], done: int, start: int) -> bool:
    """Whether the lines between a table laid out and the next one's first line (``done`` to ``start``) are
    blank, or the labels of a group of rows (``Non-current assets``, ``LIABILITIES`` / ``Current
    liabilities``: two at most), which pdftotext prints atop the group's labels, apart from the rows whose
    figures follow."""
    texts = [text for row in range(done, start) if (text := page[row].text.strip())]
    return len(texts) <= GROUP_LABELS and all(_group_label(text) for text in texts)


GROUP_LABELS = 2
"""Labels of groups of rows with no figures of their own, one over the other, at most: a part's (``ASSETS``) and a
group's (``Current assets``), over a row or printed between two groups' columns or among labels printed apart."""


def _group_label(text: str) -> bool:
    """A group of rows' label: a row label of a few words, no caption, no heading's number, no furniture."""
    return (
        row_label(text, _SHORT_LABEL)
        and not CAPTION.fullmatch(text)
        and not NUMBER_ALONE.match(text)
        and not FURNITURE_LINE.fullmatch(text)
        and not TABLE_CAPTION.match(text)
        and not STATEMENT_TITLE.match(text)
        and not STATEMENT_LABEL.fullmatch(text)
    )


_SHORT_LABEL = 40  # characters: a group of rows' label


def _going_on(result: list[Line], rows: list[Line]) -> list[Line]:
    """The rows of a table printed column by column right after another of as many columns (each group of
    rows, ``Assets`` then ``Liabilities``, printed as labels then columns), laid out as its next rows: the
    blank lines between the two dropped, from the end of ``result`` and among the lines of ``rows`` before
    its first row (a group's label kept, as a row without figures)."""
    while result and not result[-1].text.strip():
        result.pop()
    first = next((at for at, line in enumerate(rows) if WIDE_GAP.search(line.text)), 0)
    return [line for line in rows[:first] if line.text.strip()] + rows[first:]


Block = tuple[int, int]


def _laid_out(
    page: list[Line], blocks: list[Block], done: int, table: ColumnTable, total: Total | None = None
) -> list[Line]:
    """The lines from ``done`` to a table's last column, the table laid out in rows: the lines above it,
    its rows under their headings (its total row last, when printed apart), then what lay among its columns
    (running headers), numbered where the table ends."""
    labels, columns, asides = table
    kept = [block for block in asides if _is_furniture(page, block) or _number_alone(page, block)]
    captions = [block for block in asides if block not in kept and _unit_caption(page, block)]
    headings = [block for block in asides if block not in kept and block not in captions]
    start = table_start(table)
    above, stub = _headings_above(page, blocks, start, done, len(columns) - len(headings))
    heads = with_units(page, [list(range(*block)) for block in above + headings], len(columns))
    moved = {row for block in above for row in range(*block)} | ({stub} if stub is not None else set())
    before = [page[row] for row in range(done, start) if row not in moved]
    if captions and len(heads) == len(columns):  # Member States / labels / (in Swiss francs) / Scale % / …:
        before = _caption_put_above(before, [page[block[0]] for block in captions])  # the caption, over them
    if len(heads) != len(columns):  # the headings cannot be told apart: kept as lines of their own
        kept, heads = asides, []
    stub_line = page[stub] if stub is not None else _stub(before) if heads else None
    if stub_line is not None and stub is None:  # Table 1: … / Member State: the label column's heading
        before.remove(stub_line)
    stub_text = stub_line.text.strip() if stub_line else ""
    top = page.index(stub_line) if stub_line is not None else None  # the headings' row on the stub's line, or
    if top is None and heads and above:  # on the first heading's printed above the labels (under the caption)
        top = above[0][0]
    rows_labels, figures = _with_total(list(labels), [list(range(*column)) for column in columns], total)
    rows = laid_out_rows(page, rows_labels, figures, heads, stub_text, top=top)
    return before + rows + _set_after(page, kept, page[columns[-1][1] - 1].number)


def _unit_caption(page: list[Line], block: Block) -> bool:
    """Whether a block printed among a table's column headings is its caption alone, the unit of its figures
    (``(in Swiss francs)``): pdfminer prints it after the row labels, where the table's frame has it."""
    return block[1] - block[0] == 1 and UNIT_CAPTION.fullmatch(page[block[0]].text.strip()) is not None


def _caption_put_above(before: list[Line], captions: list[Line]) -> list[Line]:
    """The lines above a table with its caption printed among its headings put back over it: above the
    heading of its labels' column when that is the last line (``Member States``), else last."""
    written = [at for at, line in enumerate(before) if line.text.strip()]
    last = written[-1] if written else len(before)
    at = last if written and _stub([*before[:last], *captions, before[last]]) is before[last] else len(before)
    return [*before[:at], *captions, *before[at:]]


def _number_alone(page: list[Line], block: Block) -> bool:
    """Whether a block is the number of a paragraph or a section alone (``6.``, ``IV.``), printed in the
    margin beside a table: the number of the text after it, no column's heading."""
    return block[1] - block[0] == 1 and NUMBER_ALONE.fullmatch(page[block[0]].text.strip()) is not None


NUMBERED_WORDS = (
    rf"{MONTH_PATTERN}|{alternation(HEADING_LABELS)}|Table|Annex|Appendix|Item|Items|Part|Page|Phase|Room|"
    r"Level|Grade|Step|Schedule|Statement|Objective|Resolution|Session"
)
"""Words a number follows as their own (``Table 2``, ``Phase 2``, ``item 3``, a date's day), not a note's marker."""
COUNTED_WORDS = (
    r"(?:Footnote|Paragraph|Article|Rule|Table|Annex|Page|Chapter|Section|Figure|Chart|Graph|Box|Map|Goal|Target"
    r"|Indicator|Pillar|Principle|Outcome|Output|Component|Category|Group|Region|Protocol|Volume|Option|Scenario"
    r"|Agenda|Covid)(?:s|es)?"
)
"""Words a number follows as their own in running text, singular or plural (``Footnotes 12``, ``Figure 3``,
``Goal 8``, ``Agenda 21``): no footnote's marker after them."""
NUMBERED_BEFORE = re.compile(rf"\b(?:{NUMBERED_WORDS}|{COUNTED_WORDS})$", re.IGNORECASE)  # Page 3, item 7


NUMBER_ALONE = re.compile(r"\d{1,3}\.|[IVXLC]{1,6}\.|[A-H]\.")
"""A paragraph's number or a section's alone on its line: ``6.``, ``IV.``, ``B.``."""


def _captions(page: list[Line], row: int) -> bool:
    """Whether line ``row`` is a numbered caption (``Table 2: …``)."""
    return TABLE_CAPTION.match(page[row].text.strip()) is not None


def _caption_over(page: list[Line], row: int) -> bool:
    """Whether line ``row`` is a caption that column headings may follow in its block: numbered (``Table 2:
    …``), or ending with its unit (``Operational Part of the Budget (in US dollars)`` / ``1989`` /
    ``(actual)``)."""
    return _captions(page, row) or UNIT_AT_END.search(page[row].text.strip()) is not None


def _unit_line(page: list[Line], row: int) -> bool:
    """A caption's second line, in parentheses: ``(in US dollars)`` (under a heading, ``(actual)`` is its)."""
    return CAPTION.fullmatch(page[row].text.strip()) is not None


def _total_label(page: list[Line], block: Block) -> bool:
    """Whether a block is a total row's label alone (``Total``)."""
    return block[1] - block[0] == 1 and TOTAL.fullmatch(page[block[0]].text.strip()) is not None


def _one_figure(page: list[Line], block: Block) -> bool:
    """Whether a block is one figure alone (a cell of a row printed apart)."""
    return block[1] - block[0] == 1 and _figures(page, block)


def _with_total(labels: list[int], figures: list[list[int]], total: Total | None) -> tuple[list[int], list[list[int]]]:
    """The labels and each column's figures, the total row printed apart under the others (``Total`` / … /
    ``596,310,000`` / ``617,980,000`` / ``100.0``)."""
    if total is None:
        return labels, figures
    return [*labels, total[0][0]], [[*column, cell[0]] for column, cell in zip(figures, total[1], strict=True)]


Total = tuple[Block, list[Block]]
"""A table's total row printed apart: its label's block and a block of one figure for each column."""
TOTAL = re.compile(r"(?:Grand |Sub-?)?(?:Total|TOTAL)\b.*")
"""A total row's label: ``Total``, ``Total (USD)``, ``TOTAL EXPENSES``, ``Sub-Total, Operational Part``."""
ANY_TOTAL = re.compile(rf"{TOTAL.pattern}|Sub-?total\b.*")
"""A total's label, a subtotal's written in one word among them (``Subtotal II``): a table's labels printed
apart are told by it (see `_apart_labels`)."""


def _total_apart(page: list[Line], blocks: list[Block], table: ColumnTable) -> Total | None:
    """The total row of a table printed column after column whose rule above it set it apart: its label
    between the other labels and the columns (``Total``, before the columns' headings), its figures a block
    each, after the last column (``596,310,000`` / ``617,980,000`` / ``100.0``) or each after its column; the
    columns' headings, the other short blocks, one a column or none. Or the label and its figures a block
    each after the last column, the label first or last."""
    _, columns, asides = table
    after = [blocks.index(column) + 1 for column in columns]
    below = blocks[after[-1] : after[-1] + 1 + len(columns)]  # Total / its figures, after the columns
    if len(below) == 1 + len(columns) and _total_label(page, below[0]) and all(_one_figure(page, b) for b in below[1:]):
        return below[0], below[1:]
    if (
        len(below) == 1 + len(columns)
        and _total_label(page, below[-1])
        and all(_one_figure(page, b) for b in below[:-1])
    ):
        return below[-1], below[:-1]  # its figures, then its label: ``2,233`` / ``2,349`` / ``+5.2`` / ``Total``
    before = [block for block in asides if block[0] < columns[0][0]]
    if not before or not _total_label(page, before[0]):
        return None
    each = [blocks[index] for index in after if index < len(blocks)]  # a figure under each column
    last = blocks[after[-1] : after[-1] + len(columns)]  # the figures after the last column
    for cells in (each, last):
        if len(cells) != len(columns) or not all(_one_figure(page, block) for block in cells):
            continue
        headings = [block for block in asides if block not in (before[0], *cells) and not _is_furniture(page, block)]
        if len(headings) in (0, len(columns)):
            return before[0], cells
    return None


def _set_after(page: list[Line], blocks: list[Block], landing: int) -> list[Line]:
    """The lines of ``blocks`` (running headers, headings that head no column), numbered ``landing`` where a
    table ends, a blank line after each block."""
    lines: list[Line] = []
    for block in blocks:
        lines += [Line(landing, page[row].text, page[row].page) for row in range(*block)]
        lines.append(Line(landing, "", page[block[0]].page))
    return lines


UNIT = re.compile(r"%|\(%\)|\(per cent\)|CHF|USD|US\$|\((?:CHF|USD|US\$)\)")
"""A column's unit printed under its heading: ``%``, ``(per cent)``, ``CHF``, ``(CHF)``."""


def with_units(page: list[Line], headings: list[list[int]], columns: int) -> list[list[int]]:
    """The headings (each its lines) of a table's ``columns`` columns, each with the unit printed under it
    (``Proposed IOM`` / ``scale 2023`` / … / ``%`` / ``%`` / ``%``: a unit a column, printed after all the
    headings); the headings as they are where there are no such units."""
    if len(headings) <= columns or any(UNIT.fullmatch(page[row].text.strip()) for row in headings[columns - 1]):
        return headings
    units = [row for heading in headings[columns:] for row in heading]  # a block each, or one block of them all
    if len(units) != columns or not all(UNIT.fullmatch(page[row].text.strip()) for row in units):
        return headings
    return [[*heading, unit] for heading, unit in zip(headings[:columns], units, strict=True)]


def _stub(before: list[Line]) -> Line | None:
    """The heading of a table's label column (``Member State``): a short line right under its caption, or
    under the sentence that announces the table (``… admitted at the present session as follows:``)."""
    lines = [line for line in before if line.text.strip()]
    stub = lines[-1].text.strip() if lines else ""
    if (
        len(lines) < 2
        or len(stub) > 30
        or stub.endswith((".", ":"))
        or CAPTION.fullmatch(stub)
        or TABLE_CAPTION.match(stub)
    ):
        return None  # (a unit under the announcing sentence, (in Swiss francs), is the table's caption)
    caption = lines[-2].text.strip()
    captioned = TABLE_CAPTION.match(caption) or CAPTION.fullmatch(caption) or ENDS_WITH_UNIT.search(caption)
    return lines[-1] if captioned or caption.endswith(":") else None


ENDS_WITH_UNIT = re.compile(r"\s\([a-z][^()]{1,40}\)$")
"""A caption ending with its unit in parentheses: ``Proposed scale of assessment for 2023 (percentages)``."""


def _headings_above(
    page: list[Line], blocks: list[Block], top: int, done: int, missing: int
) -> tuple[list[Block], int | None]:
    """The headings of a table's first ``missing`` columns when they were printed above the table's first
    line ``top`` (its row labels: ``2015`` / ``(per cent)``): the last short blocks above it, running
    headers among them passed over; and the line of a one-line block right above those, the heading of the
    labels' column (``Member State``)."""
    if missing <= 0:
        return [], None
    found: list[Block] = []
    for block in reversed([block for block in blocks if done <= block[0] and block[1] <= top][-6:]):
        caption = next((row for row in range(block[1] - 1, block[0] - 1, -1) if _caption_over(page, row)), None)
        under = range(caption + 1, block[1]) if caption is not None else range(0)
        if under and _aside(page, (under[0], under[-1] + 1)) and not _unit_line(page, under[0]):
            found.insert(0, (under[0], block[1]))  # … / Table 2: … / 2012: the first heading, under the caption
        if not _aside(page, block) or caption is not None:
            break  # the text above the table, or its caption
        if not _is_furniture(page, block):
            found.insert(0, block)
    if len(found) < missing:
        return [], None
    stub = found[-missing - 1] if len(found) > missing else None
    return found[-missing:], stub[0] if stub is not None and stub[1] - stub[0] == 1 else None


def line_blocks(page: list[Line]) -> list[Block]:
    """The runs of non-blank lines of a page, as index ranges."""
    blocks: list[Block] = []
    for index, line in enumerate(page):
        if not line.text.strip():
            continue
        if blocks and blocks[-1][1] == index:
            blocks[-1] = (blocks[-1][0], index + 1)
        else:
            blocks.append((index, index + 1))
    return blocks


ColumnTable = tuple[Sequence[int], list[Block], list[Block]]
"""A table's row labels (line indexes), its columns of figures and the short blocks among them."""


def _column_table(
    page: list[Line], blocks: list[Block], position: int, *, going_on: bool = False
) -> ColumnTable | None:
    """The table whose first column of figures is the block at ``position``, if there is one: its row labels
    (the last lines of a block before it, or blocks of labels in groups; short asides between), its columns
    (two at least, all as high) and the short blocks among them (headings, running headers). Columns of two
    figures make a table under a numbered caption, or where they go on the table read right above them
    (``going_on``: pdftotext breaks a table's blocks at its sub-total rows)."""
    first = blocks[position]
    height = first[1] - first[0]
    if height < 2 or not _figures(page, first) or _year_over_figures(page, first):
        return None  # (a year atop amounts heads its column: `column_blocks` reads such columns)
    if height == 2 and not going_on and not _numbered_caption_over(page, blocks, position):
        return None  # (two figures a block: a piece of a longer table, unless a table's caption opens it)
    if years_in_turn([page[row].text.strip() for row in range(*first)]):  # 2005 / … / 2009, then the columns: the
        # years label the rows
        columns, between = _columns_from(page, blocks, position + 1) if position + 1 < len(blocks) else ([], [])
        if len(columns) >= 2 and columns[0][1] - columns[0][0] == height:
            return range(*first), columns, between
    back = position - 1
    while back >= max(0, position - 6) and _aside(page, blocks[back]) and blocks[back][1] - blocks[back][0] < height:
        back -= 1  # a few headings or running header lines at most lie between labels and figures
    if back < 0:
        return None
    columns, between = _columns_from(page, blocks, position)
    grouped = blocks[back][1] - blocks[back][0] < height
    found = _grouped_labels(page, blocks, back, position) if grouped else _block_labels(page, blocks, back, height)
    if found is None:  # figures first, their labels after the last column (pdftotext's order, a rule above Total)
        labels_after = _labels_after(page, blocks, columns, back)
        return (labels_after, columns, blocks[back + 1 : position] + between) if labels_after else None
    back, labels = found
    if not grouped and _total_figures_after(page, blocks, blocks[back], labels, columns):
        return None  # the rows are the first labels, the total's figures apart: `column_blocks` reads them
    if not grouped and _taller_column_after(page, blocks, blocks[back], labels, columns):
        return None  # some rows have no figure in these columns, which cannot be told: `column_blocks` says so
    asides = blocks[back + 1 : position] + between
    if grouped and any(_figures(page, block) for block in asides):
        return None  # labels in groups, figures in pieces: which rows the columns hold is `column_blocks`' to tell
    return (labels, columns, asides) if len(columns) >= 2 else None


def _total_figures_after(
    page: list[Line], blocks: list[Block], block: Block, labels: Sequence[int], columns: list[Block]
) -> bool:
    """Whether the labels read as the last lines of their block end with a total whose figures were printed
    after the columns, a figure a block (``Staff salaries …`` / … / ``Total``, then ``41,380,000`` … a column,
    then ``52,219,000`` / ``52,219,000`` / ``–``): the columns hold the first labels' figures, not the last's."""
    if labels[0] == block[0] or not TOTAL.fullmatch(page[labels[-1]].text.strip()):
        return False
    after = [blocks.index(column) + 1 for column in columns]
    each = [blocks[at] for at in after if at < len(blocks)]  # a figure under each column (pdfminer)
    last = blocks[after[-1] : after[-1] + len(columns)]  # the figures after the last column (pdftotext)
    return any(
        len(cells) == len(columns)
        and all(end - start == 1 and FIGURE.fullmatch(page[start].text.strip()) for start, end in cells)
        for cells in (each, last)
    )


def _taller_column_after(
    page: list[Line], blocks: list[Block], block: Block, labels: Sequence[int], columns: list[Block]
) -> bool:
    """Whether the next column of figures, its heading passed over, is as high as the whole block of labels
    where the columns before it are shorter (``Democratic Republic of the Congo`` … ``TOTAL``, then years
    agreed, 4, instalments, 4, arrears covered, 5): every label is then a row, and the short columns lack a
    figure in rows that cannot be told (a total has no year; a first row may have none)."""
    if labels[0] == block[0]:
        return False
    full = block[1] - block[0]
    for start, end in blocks[blocks.index(columns[-1]) + 1 :]:
        if _figures(page, (start, end)):
            return end - start == full  # the next column, its heading passed over
        if not _aside(page, (start, end)) or end - start >= full:
            return False
    return False


def _columns_from(page: list[Line], blocks: list[Block], position: int) -> tuple[list[Block], list[Block]]:
    """The columns of figures from the block at ``position`` on, each as high as the first, and the short
    blocks between them (headings, running headers)."""
    first = blocks[position]
    height = first[1] - first[0]
    columns, asides = [first], []
    for block in blocks[position + 1 :]:
        if block[1] - block[0] == height and _figures(page, block):
            columns.append(block)
        elif _aside(page, block) and block[1] - block[0] < height:
            asides.append(block)
        else:
            break
    return columns, [block for block in asides if block[0] < columns[-1][0]]


def _labels_after(page: list[Line], blocks: list[Block], columns: list[Block], back: int) -> range | None:
    """The row labels printed right after a table's last column, as many as each column's figures, where its
    headings stand above its first column under a caption (the block at ``back``): ``Increase`` /
    ``287,412,300`` / … / ``Staff and office costs`` / ``Programme costs`` / ``Total``."""
    after = blocks.index(columns[-1]) + 1
    height = columns[0][1] - columns[0][0]
    if len(columns) < 2 or after == len(blocks) or blocks[after][1] - blocks[after][0] != height:
        return None
    labels = range(*blocks[after])
    if not all(row_label(page[row].text.strip()) for row in labels) or not _caption_atop(page, blocks[back]):
        return None
    return labels


def years_in_turn(texts: list[str]) -> bool:
    """Whether lines are years one after the other (``2005`` / ``2006`` / … / ``2009``, or back from the
    latest): a table's row labels, as its ``Year`` heading says, no column of amounts."""
    if not all(_YEAR_ALONE.fullmatch(text) for text in texts):
        return False
    steps = {int(b) - int(a) for a, b in itertools.pairwise(texts)}
    return steps in ({1}, {-1})


_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def _numbered_caption_over(page: list[Line], blocks: list[Block], position: int) -> bool:
    """Whether a numbered caption (``Table 1: …``) stands a few blocks over the figures at ``position``, the
    column headings and the row labels between (a table of two rows: ``Part I – Administration`` / ``Part II –
    Operations``, then its columns, two figures each)."""
    return any(
        TABLE_CAPTION.match(page[row].text.strip())
        for start, end in blocks[max(0, position - _CAPTION_BLOCKS) : position]
        for row in range(start, end)
    )


_CAPTION_BLOCKS = 6  # blocks from a table's caption to its first column: headings and labels between


def _caption_atop(page: list[Line], block: Block) -> bool:
    """Whether a table's caption ends ``block``, or stands among its last lines with the first column's
    heading under it (the paragraph above and the caption printed as one block: ``… as summarized below:`` /
    ``Operational Part of the Budget for 2017 (in US dollars)`` / ``Programme and Budget for 2017``)."""
    rows = range(block[1] - 1, max(block[0], block[1] - _HEADING_LINES - 1) - 1, -1)
    return any(_caption_line(page, row) for row in rows)


def _block_labels(page: list[Line], blocks: list[Block], back: int, height: int) -> tuple[int, range] | None:
    """The row labels of a table whose columns are ``height`` figures high: the last lines of the block at
    ``back``, with its position."""
    block = blocks[back]
    labels = range(block[1] - height, block[1])
    if _more_labels(page, block[0], labels) or not all(row_label(page[row].text.strip()) for row in labels):
        return None
    return back, labels


def _grouped_labels(page: list[Line], blocks: list[Block], back: int, position: int) -> tuple[int, list[int]] | None:
    """The row labels of a table printed in groups, with the position of their last block: the closest to
    the figures at ``position`` that add up, the last group perhaps taken for a heading (``VI.1 …`` / ``VI.2
    …``, as short as one) while looking back from the figures to ``back``."""
    height = blocks[position][1] - blocks[position][0]
    for last in range(position - 1, back - 1, -1):
        labels = _labels_in_groups(page, blocks, last, height)
        if labels is not None:
            return last, labels
    return None


def _labels_in_groups(page: list[Line], blocks: list[Block], last: int, height: int) -> list[int] | None:
    """The row labels of a table whose rows stand in groups (``I. Migration Health`` / ``I.1 …`` / ``I.2
    …`` / ``II. …``): blocks of labels ending with ``blocks[last]`` whose lines add up to ``height``, the
    figures of each column, exactly; the block above them the table's caption, the page's furniture, the
    labels' heading in a box of its own under the caption, or none (the table going on from the page
    before)."""
    rows: list[int] = []
    first = last
    while first >= 0 and len(rows) < height and not _opens_table(page, blocks[first]):
        rows[:0] = range(*blocks[first])
        first -= 1
    opened = first < 0 or _opens_table(page, blocks[first]) or _stub_box(page, blocks, first)
    if len(rows) != height or not opened:
        return None
    return rows if all(_group_row_label(page[row].text.strip()) for row in rows) else None


def _stub_box(page: list[Line], blocks: list[Block], at: int) -> bool:
    """Whether ``blocks[at]`` is the heading of a table's labels printed a box of its own right under the
    caption (pdfminer: ``Table 1 – …`` / ``Member State`` / ``Albania`` / …): one short line, no sentence."""
    text = page[blocks[at][0]].text.strip()
    one_line = blocks[at][1] - blocks[at][0] == 1 and len(text) <= _STUB_LENGTH and not text.endswith((".", ":"))
    one_line = one_line and _SERVICE_LINE.fullmatch(text) is None  # (``II. Labour Mobility``: a group's row)
    return one_line and at > 0 and _opens_table(page, blocks[at - 1]) and not _is_furniture(page, blocks[at - 1])


_STUB_LENGTH = 30  # characters: the heading of a table's label column, at most


_SERVICE_LINE = re.compile(r"[IVX]{1,5}\.(?:\d{1,2}\.?)?\s.{,80}")
"""A row label numbered in its group (``II.1 Migration Health Assessments and Travel Health Assistance``),
longer than most."""


def _group_row_label(text: str) -> bool:
    return row_label(text) or (_SERVICE_LINE.fullmatch(text) is not None and not text.endswith("."))


def _opens_table(page: list[Line], block: Block) -> bool:
    """Whether a block can stand right above a table's labels: its caption (``Table 4: … (in US dollars)``,
    ``(in Swiss francs)``) or the page's furniture (``MC/2362`` / ``Page 5``)."""
    if _caption_line(page, block[1] - 1) or _is_furniture(page, block):
        return True
    return any(_captions(page, row) for row in range(*block))


def _caption_line(page: list[Line], row: int) -> bool:
    """Whether line ``row`` is a table's caption: numbered (``Table 4: …``), in parentheses (``(in Swiss
    francs)``), or ending with its unit (``… for 2017 (in US dollars)``)."""
    text = page[row].text.strip()
    return _captions(page, row) or CAPTION.fullmatch(text) is not None or ENDS_WITH_UNIT.search(text) is not None


def _year_over_figures(page: list[Line], block: Block) -> bool:
    """Whether a block of figures opens with a year over amounts (``2009`` / ``58,412`` / …): its heading."""
    texts = [page[row].text.strip() for row in range(*block)]
    return YEAR.fullmatch(texts[0]) is not None and not all(YEAR.fullmatch(text) for text in texts[1:])


def _more_labels(page: list[Line], top: int, labels: range) -> bool:
    """Whether two labels or more stand above ``labels`` in their block (a caption ends them): the figures
    are then those of some of the rows only (``Assets`` / … / ``Liabilities`` / …: a group's label has
    none), and which rows cannot be told; one is the heading of the label column (``Member State``)."""
    above = 0
    for row in range(labels[0] - 1, top - 1, -1):
        text = page[row].text.strip()
        if not row_label(text) or TABLE_CAPTION.match(text) or CAPTION.fullmatch(text):
            break
        above += 1
    return above >= 2


def _figures(page: list[Line], block: Block) -> bool:
    return all(FIGURE.fullmatch(page[row].text.strip()) for row in range(*block))


def row_label(text: str, longest: int = 72) -> bool:
    """A row label of its own: ``longest`` characters at most (a line of a table's label column; a statement's
    labels run long: ``Assessed contributions receivable from Member States (Administrative Part)``, a
    budget's numbered service lines longer still), no sentence, no figure, and not the end of a wrapped label
    (``of assessed amount)`` under ``Outstanding (per cent``: which figure goes with which label cannot then be
    told); a part of the row above is one (``of which overdue``), and so is the one Member State whose name the
    United Nations writes in lower case (``the former Yugoslav Republic of Macedonia``). A table's row an
    earlier step laid out (``| Income | … |``) is none."""
    longest += _NUMBERED_LONGER if _NUMBERED_ROW.match(text) else 0  # (a service line's label, numbered: III.2 …)
    return (
        0 < len(text) <= longest
        and not text.endswith(".")
        and not text.startswith("|")
        and not FIGURE.fullmatch(text)
        and (not text[0].islower() or text.startswith(("of which ", "the former ")))
        and text.count("(") == text.count(")")
    )


def _aside(page: list[Line], block: Block) -> bool:
    """A short block between a table's labels and columns: a column heading or a running header."""
    return block[1] - block[0] <= 3 and all(len(page[row].text.strip()) <= _SHORT for row in range(*block))


def _is_furniture(page: list[Line], block: Block) -> bool:
    return all(FURNITURE_LINE.fullmatch(page[row].text.strip()) for row in range(*block))


def laid_out_rows(
    page: list[Line],
    labels: list[int],
    columns: list[list[int]],
    headings: list[list[int]],
    stub: str,
    *,
    top: int | None = None,
) -> list[Line]:
    """A table's rows as ``-layout`` prints them, each on its label's line: the label, then its figure in each
    column (``columns``: the line of each figure, column by column); a row of column headings (each the
    lines of one heading) under the stub's words first, when there are headings, on the line ``top`` (the
    first the table takes) when given, else on the first label's."""
    figures = [[page[row].text.strip() if row != NO_CELL else "" for row in column] for column in columns]
    titles = [" ".join(page[row].text.strip() for row in block) for block in headings]
    texts = [page[row].text.strip() if row != NO_CELL else "" for row in labels]
    width = max(len(stub), *map(len, texts)) + 4
    widths = [max(map(len, cells)) for cells in figures]
    if titles:
        widths = [max(w, len(t)) for w, t in zip(widths, titles, strict=True)]

    def row(label: str, cells: list[str]) -> str:
        return label.ljust(width) + "    ".join(cell.rjust(w) for cell, w in zip(cells, widths, strict=True))

    first = page[labels[0]]
    head = page[top] if top is not None else first
    rows = [Line(head.number, "", head.page)]
    if titles:
        rows.append(Line(head.number, row(stub, titles), head.page))
    number = head.number  # each row on its label's line (an unlabelled row on its first figure's), in order
    for offset, text in enumerate(texts):
        at = labels[offset] if labels[offset] != NO_CELL else next(c[offset] for c in columns if c[offset] != NO_CELL)
        number = max(number, page[at].number)
        rows.append(Line(number, row(text, [cells[offset] for cells in figures]), first.page))
    return [*rows, Line(page[columns[-1][-1]].number, "", first.page)]


def wrapped_row_labels(page: list[Line]) -> list[Line]:
    """A table's row label wrapped over two lines, its second line opening in lower case (``Case management
    and continuity of essential`` / ``services``), or a State's long name over three (``United Kingdom of
    Great`` / ``Britain and Northern`` / ``Ireland``), made one line, where labels or figures stand on both
    sides of it and figures below or, the label column printed after the figures, above: without ``-layout``
    each line of a table is a cell, and a label's second line would read as a row with no figures. The
    second line goes (its text kept on the first). A column's heading over two lines (``Revised`` /
    ``estimates``) is joined the same way."""
    if sum(1 for line in page if FIGURE.fullmatch(line.text.strip())) < 4:
        return page
    filled = [index for index, line in enumerate(page) if line.text.strip()]
    joined: dict[int, int] = {}  # a wrapped line's index → the index of the label it ends
    for position in range(2, len(filled) - 1):
        if filled[position] in joined:
            continue
        label = filled[position - 1]
        while label in joined:  # (Ireland / a: the end of a name made one already)
            label = joined[label]
        if position + 2 < len(filled) and _state_over_three_lines(page, filled, position):
            joined[filled[position]] = joined[filled[position + 1]] = label
        elif _wraps(page, filled, position):
            joined[filled[position]] = label
    if not joined:
        return page
    texts = {label: page[label].text.rstrip() for label in joined.values()}
    for wrapped, label in sorted(joined.items()):  # (in order: a name over three lines takes two)
        texts[label] = f"{texts[label]} {page[wrapped].text.strip()}"
    return [
        Line(line.number, texts.get(index, line.text), line.page)
        for index, line in enumerate(page)
        if index not in joined
    ]


def _wraps(page: list[Line], filled: list[int], position: int) -> bool:
    """Whether the line ``filled[position]`` ends the label on the line above it (see `wrapped_row_labels`):
    a blank line between at most (pdfminer prints each line of a cell as a box), in lower case, the end of a
    name cut on a word no label ends on, closing a bracket the first left open, or ending a State's long name
    (`LONG_STATE_NAMES`), the two a label (its brackets closed on the second line, perhaps),
    labels or figures on both sides and figures below, or above the labels printed after them."""
    above, wrapped = filled[position - 1], filled[position]
    first, end = page[above].text.strip(), page[wrapped].text.strip()
    cut = (
        _label_end(end)
        or (_LABEL_CUT.search(first) and (_name_end(end) or _numbered_label_goes_on(first, end)))
        or (wrapped - above == 1 and brackets_closed(first, end))  # (a box apart: see `column_blocks`)
        or (
            wrapped - above == 1 and " ".join(f"{first} {end}".replace("’", "'").split()).casefold() in LONG_STATE_NAMES
        )
    )
    if wrapped - above > 2 or not cut:
        return False
    before, after = page[filled[position - 2]].text.strip(), page[filled[position + 1]].text.strip()
    return (
        (row_label(first) or (first.count("(") > first.count(")") and row_label(f"{first} {end}")))
        and _in_table(before, after)
        and (_figures_follow(page, filled[position + 1 :]) or _figures_before(page, filled[: position - 1]))
    )


_LABEL_CUT = re.compile(rf"\s(?:{alternation(BREAKING_WORDS)})$")
"""A label's first line cut on a word no label ends on: ``Democratic Republic of the`` (``Congo`` under it)."""


def _numbered_label_goes_on(first: str, end: str) -> bool:
    """Whether a numbered row label cut on a word no label ends on goes on on the next line, which has no number
    of its own (``III.2 Return and Reintegration of Qualified Nationals and`` / ``Mobilization of Diaspora
    Expertise``): a row of a numbered table opens with its number."""
    return _NUMBERED_ROW.match(first) is not None and _NUMBERED_ROW.match(end) is None


_NUMBERED_ROW = re.compile(r"[IVX]{1,5}\.(?:\d{1,2})?\s")
"""A row label's number, a budget's service area's or service line's: ``III.2 Return …``, ``IV. Regulating …``."""
_NUMBERED_LONGER = 30  # characters a numbered row label may run longer than others (its wrapped lines joined)


def _name_end(text: str) -> bool:
    """The second line of a name wrapped after a word no label ends on: a word or two in capitals, no figure
    (``Congo``, ``Grenadines``)."""
    words = text.split()
    return 0 < len(words) <= 2 and all(word[:1].isupper() and word.isalpha() for word in words)


def brackets_closed(first: str, end: str) -> bool:
    """Whether a label's first line leaves a bracket open that the short line under it closes, ending with it
    or with a note's marker after it (``Venezuela (Bolivarian`` / ``Republic of)``): no label ends with a
    bracket open."""
    return (
        first.count("(") > first.count(")")
        and _CLOSING.search(end) is not None
        and end.count(")") > end.count("(")
        and len(end) <= _SHORT
    )


_CLOSING = re.compile(r"\)(?: ?[a-h*]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?$")
"""A label's end closing its bracket, perhaps with a note's marker after it (``Republic of) b``)."""


def _bracketed_piece(text: str) -> bool:
    """A piece of a label wrapped inside its brackets (``Venezuela (Bolivarian`` / ``Republic of)``)."""
    return text.count("(") != text.count(")") and len(text) <= _SHORT and not text.endswith((".", ";", ":"))


def _figures_follow(page: list[Line], below: list[int]) -> bool:
    """Whether figures follow the lines ``below`` a wrapped label: right after it, or after the labels under
    it and the columns' headings, a few short lines each, three columns' at most (labels printed as a
    column: a chart's words are not)."""
    texts = (page[index].text.strip() for index in below)
    heading = 0
    for text in texts:
        if FIGURE.fullmatch(text):
            return True
        if heading == 0 and (row_label(text) or _label_end(text) or _bracketed_piece(text)):
            continue
        heading += 1
        if heading > _HEADINGS_OVER * _LABEL_HEIGHT or len(text) > _SHORT:
            return False
    return False


def _state_over_three_lines(page: list[Line], filled: list[int], position: int) -> bool:
    """Whether the lines ``filled[position - 1]`` to ``filled[position + 1]`` are a State's long name wrapped
    over three lines of a label column (``United Kingdom of Great`` / ``Britain and Northern`` /
    ``Ireland``), a blank line between each at most, figures below the labels or above them."""
    rows = filled[position - 1 : position + 2]
    if rows[-1] - rows[0] > 4:
        return False
    name = " ".join(" ".join(page[row].text.strip() for row in rows).replace("’", "'").split()).casefold()
    return name in LONG_STATE_NAMES and (
        _figures_follow(page, filled[position + 2 :]) or _figures_before(page, filled[: position - 1])
    )


def _figures_before(page: list[Line], above: list[int]) -> bool:
    """Whether the labels right above a wrapped label (its first line's) follow the figures of their table:
    the label column printed after the columns (pdfminer's order on some pages), its heading atop
    (``Member State``)."""
    for index in reversed(above):
        text = page[index].text.strip()
        if FIGURE.fullmatch(text):
            return True
        if not (row_label(text) or _label_end(text) or _bracketed_piece(text)):
            return False
    return False


_HEADINGS_OVER = 3  # columns' headings pdfminer prints between a table's labels and its first figures, at most


def _label_end(text: str) -> bool:
    """The second line of a wrapped row label: a few words opening in lower case, no sentence."""
    return 0 < len(text) <= _SHORT and text[0].islower() and not text.endswith((".", ";", ":")) and "(cid:" not in text


def _in_table(before: str, after: str) -> bool:
    """Whether the lines around a wrapped label are a table's: a label on each side (the labels printed as a
    column), or a figure on each (each row's label then its figures), the caption not right above."""
    if TABLE_CAPTION.match(before) or CAPTION.fullmatch(before):
        return False  # a column heading over two lines right under the caption
    figures = [_row_cell(text) for text in (before, after)]  # (a date a column gives each row among them)
    if figures[0] != figures[1]:
        return False  # a figure on one side only: the headings over the columns (``2022`` / … / ``%``)
    return all(figures) or all(row_label(text) for text in (before, after))


# --------------------------------------------------------------------------------------------------
# Tables printed cell by cell

_LABEL_HEIGHT = 3  # lines: a column heading or a row label wraps over three lines at most


def table_cells(
    page: list[Line], apart: list[tuple[Line, int, int]] | None = None, after: list[Line] | None = None
) -> list[Line]:
    """A table printed cell by cell, each on a line of its own (``pdftotext`` without ``-layout``): row after
    row, the label then its figures (``Total`` / ``34`` / ``4,896,368`` / ``100.0``), the rows perhaps
    followed by the table's further columns, each its heading then a figure per row; the column headings
    above the first row. Laid out in rows, as ``-layout`` prints them.

    pdftotext prints some labels apart from their rows (a total's, a group's, one in other type: ``Total
    assets`` / ``LIABILITIES`` after the rows below them), their figures left where the rows stand, after the
    row above's. Such figures are rows of their own, given in order the labels printed apart next (see
    `_apart_labels`); each table with such rows is told in ``apart``, when given: its first line, the rows
    given labels, the rows left without. The lines among the table's that it does not take (a label no row
    took, a notes column's reference printed apart) follow it. A line right after a table that reads like one
    of its labels is told in ``after``, when given (see `_label_left_after`)."""
    if sum(1 for line in page if FIGURE.fullmatch(line.text.strip())) < 4:
        return page  # a table has four figures at least
    cells = [index for index, line in enumerate(page) if line.text.strip()]
    result: list[Line] = []
    done = 0
    position = 0
    while position < len(cells):
        table = _cell_table(page, cells, position)
        if table is None:
            position += 1
            continue
        found, _, _, stub, first = table
        if first < done:  # (headings above it that a table before took)
            position += 1
            continue
        result += [page[i] for i in range(done, first) if stub is None or i != stub]
        above = page[first - 2].text.strip() if first - 1 > done else ""
        if above and _captions(page, first - 1) and not _caption_line(page, first - 2):
            result[-1:] = [Line(page[first - 1].number, "", page[first].page), page[first - 1]]  # a numbered
            # caption (``Table 1. …``) set off from the line above it, a paragraph's: no line of the paragraph
        rows, left, end = _cell_table_laid_out(page, table)
        result += (rows[1:] if result and not result[-1].text.strip() else rows) + left  # (one blank line above)
        done = end + 1
        position = cells.index(end) + 1
        if apart is not None and found.given + found.unlabelled:
            apart.append((page[found.labels[0]], found.given, found.unlabelled))
        if after is not None and (label := _label_left_after(page, end)) is not None:
            after.append(page[label])
    return result + page[done:] if done else page


def _label_left_after(page: list[Line], end: int) -> int | None:
    """The line right after a table read a cell a line (its last line ``end``) that reads like one of the
    table's labels, with a numbered paragraph right after it: a few words, no figure, not in capitals
    (``Net surplus for the year``, ``Field locations``, ``Year of assessment``): a row's label printed after its
    figures, a group's, the labels' heading, left out of the table (the rows above may then hold their
    neighbours' figures), or a heading; which cannot be told, so it is said. None where no such line is."""
    label = _next_line(page, end)
    below = _next_line(page, label) if label is not None else None
    if label is None or below is None:
        return None
    if not (_PARAGRAPH_NUMBER.fullmatch(page[below].text) or NUMBERED_TEXT.match(page[below].text)):
        return None
    text = page[label].text.strip()
    if not row_label(text) or any(c.isdigit() for c in text) or text.isupper() or len(text.split()) > _LABEL_WORDS:
        return None
    return label


_LABEL_WORDS = 8  # words of a table's label left after it, at most


def group_labels_apart(page: list[Line]) -> list[Line]:
    """A table laid out in rows whose groups' labels pdftotext printed after it, in capitals, a line each
    (``ASSETS`` / ``LIABILITIES`` / ``RESERVES AND FUND BALANCES``, set in bold, which it prints apart), each
    put back over its group: the rows from the table's first labelled row under its headings, or from the row
    after the previous group's total, down to the total that names the group (``Total assets``, ``Total
    liabilities``). Only where every such label names a total of the table, in the order of its totals, and
    the labels end the page or come before its furniture (a heading in capitals over the text after a table
    stays)."""
    result = list(page)
    index = 0
    while index < len(result):
        end = index
        while end < len(result) and WIDE_GAP.search(result[end].text) and FIGURE_AT_END.search(result[end].text):
            end += 1
        if end - index < _GROUPED_ROWS:
            index = end + 1
            continue
        after = end
        labels: list[int] = []
        while after < len(result) and (not (text := result[after].text.strip()) or _group_in_capitals(text)):
            if text:
                labels.append(after)
            after += 1
        ending = after == len(result) or FURNITURE_LINE.fullmatch(result[after].text.strip()) is not None
        placed = _groups_placed(result, range(index, end), labels) if labels and ending else None
        if placed is None:
            index = end + 1
            continue
        moved = [result[row] for row in range(index, end)]
        for at, label in sorted(placed, key=lambda pair: -pair[0]):
            moved.insert(at - index, result[label])
        kept = [line for line in result[end:after] if not line.text.strip()][:1]  # a blank line after it
        result[index:after] = moved + kept
        index += len(moved) + len(kept)
    return result


def _group_in_capitals(text: str) -> bool:
    """A group's label in capitals, no figure (``RESERVES AND FUND BALANCES``)."""
    return _in_capitals(text) and not any(character.isdigit() for character in text)


def _group_a_total_names(label: str) -> str:
    """The group a total's label closes, in lower case (``Total assets``: ``assets``); none (``""``) for a
    total of the whole table (``TOTAL``)."""
    return _TOTAL_WORDS.sub("", label).lower() if _TOTAL_WORDS.match(label) else ""


def _groups_placed(page: list[Line], rows: range, labels: list[int]) -> list[tuple[int, int]] | None:
    """Where each group label goes among a table's ``rows`` (the row it goes over, and the label's line):
    the group whose total names it (``Total assets`` for ``ASSETS``) begins at the table's first labelled row
    (not its headings', ``US dollars   2030   2029``) or after the previous group's total, subtotals within
    it (``Total current assets``); None unless every label names a total, in their order."""
    totals = [row for row in rows if TOTAL.match(page[row].text.strip())]
    named = {_group_a_total_names(page[row].text.split("  ")[0].strip()): row for row in totals}
    named.pop("", None)  # (TOTAL alone names no group)
    first = next((row for row in rows if page[row].text[:1].strip() and not _years_row(page[row].text)), None)
    if first is None:
        return None
    placed: list[tuple[int, int]] = []
    last = -1  # the total of the group placed last
    for label in labels:
        total = named.get(page[label].text.strip().lower(), -1)
        if total <= last or total < first:
            return None
        placed.append((last + 1 if last >= 0 else first, label))
        last = total
    return placed


def _years_row(text: str) -> bool:
    """Whether a laid-out line is a table's row of headings: its cells after the first all years."""
    cells = re.split(r"\s{3,}", text.strip())
    return len(cells) > 1 and all(YEAR.fullmatch(cell) for cell in cells[1:])


_GROUPED_ROWS = 3  # rows, at least, of a table whose groups' labels were printed after it
_TOTAL_WORDS = re.compile(r"^(?:Total|TOTAL)\s+")
FIGURE_AT_END = re.compile(r"(?:\d|-|–|\))\s*$")
"""A laid-out row's end: a figure, a dash for nothing or a bracket closing a negative amount."""


def _cell_table_laid_out(page: list[Line], table: CellTable) -> tuple[list[Line], list[Line], int]:
    """A table read cell by cell laid out in rows; the lines among its own that it does not take, in order
    (a label no row took, a notes column's reference printed apart); and the last line it takes."""
    found, columns, headings, stub, first = table
    stub_text = page[stub].text.strip() if stub is not None else ""
    labels = found.labels
    unit = labels[0] if labels and _unit_over_years(page, labels[0], [column[0] for column in columns]) else None
    if unit is not None:  # (expressed in US dollars) / 2006 / 2005: the unit and the years over the columns,
        labels = [NO_CELL, *labels[1:]]  # no row: the table's caption over its row of headings
    rows = laid_out_rows(page, labels, columns, headings, stub_text, top=first)
    if unit is not None:
        rows[1:1] = [page[unit], Line(page[unit].number, "", page[unit].page)]
    used = _taken(found.labels, columns) | {row for head in headings for row in head}
    used |= {stub} if stub is not None else set()
    end = max(used)
    return rows, [page[i] for i in range(first, end) if i not in used and page[i].text.strip()], end


def _unit_over_years(page: list[Line], label: int, cells: list[int]) -> bool:
    """Whether a first row read cell by cell is the table's unit and its columns' years (``(expressed in US
    dollars)`` / ``2006`` / ``2005``), pdftotext printing the unit where the label column's heading stands."""
    text = page[label].text.strip() if label != NO_CELL else ""
    unit = UNIT_CAPTION.fullmatch(text) or EXPRESSED_IN.fullmatch(text)
    return bool(unit) and all(cell != NO_CELL and YEAR.fullmatch(page[cell].text.strip()) for cell in cells)


def _taken(labels: list[int], columns: list[list[int]]) -> set[int]:
    """The lines a table's rows take: their labels' and their figures'."""
    return {row for row in (*labels, *(row for column in columns for row in column)) if row != NO_CELL}


CellTable = tuple["_CellRows", list[list[int]], list[list[int]], int | None, int]
"""A table read cell by cell: its rows, its columns of figures, its column headings, its stub's line (the
heading of the labels' column) and the first line it takes (its first heading, or its first label)."""


def _cell_table(page: list[Line], cells: list[int], position: int) -> CellTable | None:
    """The table whose first row label is the line ``cells[position]``, if rows of a label and as many figures
    each (two rows of two figures, or three rows, at least) start there."""
    found, columns = _cell_rows(page, cells, position)
    labels = found.labels
    filled = sum(1 for row in range(len(labels)) if any(column[row] != NO_CELL for column in columns))
    if filled < 2 or (filled == 2 and len(columns) < 2) or (filled < len(labels) and len(columns) < 2):
        return None  # (groups' labels over rows of one figure: no table the text tells)
    at = cells.index(max(_taken(labels, columns))) + 1  # (the rows kept: those after a cut are not)
    more, later = _later_columns(page, cells, at, len(labels)) if len(columns) == 1 else ([], [])
    groups = _groups_atop(page, cells, position)
    above, stub = _cell_heads(page, groups[0], len(columns)) if groups else ([], None)
    if above:  # ASSETS / Current assets atop the first row, under the columns' headings: groups' rows
        found.labels[:0] = groups
        columns = [[NO_CELL] * len(groups) + column for column in columns]
        more = [[NO_CELL] * len(groups) + column for column in more]
    else:
        above, stub = _cell_heads(page, cells[position], len(columns))
    if not above:  # the headings cannot be told apart: they stay lines of their own
        return found, columns + more, [], None, cells[position]
    return found, columns + more, above + later, stub, min(above[0][0], stub if stub is not None else above[0][0])


def _groups_atop(page: list[Line], cells: list[int], position: int) -> list[int]:
    """The lines right above the first row label ``cells[position]``, in its block, that label groups of
    rows (a statement's part and its group: ``ASSETS`` / ``Current assets``), two at most."""
    groups: list[int] = []
    at = position - 1
    while at >= 0 and len(groups) < GROUP_LABELS and cells[at] == (groups[0] if groups else cells[position]) - 1:
        text = page[cells[at]].text.strip()
        if not _row_label(text) or YEAR.fullmatch(text) or _caption_line(page, cells[at]):
            break
        groups.insert(0, cells[at])
        at -= 1
    return groups


@define
class _CellRows:
    """Rows printed cell by cell: their labels' lines (`NO_CELL` for a row whose label was not found), and how
    many rows were given a label printed apart."""

    labels: list[int]
    given: int = 0

    @property
    def unlabelled(self) -> int:
        """How many rows were left without their label, printed apart and not found."""
        return self.labels.count(NO_CELL)


def _cell_rows(page: list[Line], cells: list[int], position: int) -> tuple[_CellRows, list[list[int]]]:
    """Rows printed cell by cell from ``cells[position]`` on, and their figures column by column (`NO_CELL`
    where a row has none: a group's label, ``ASSETS`` / ``Current assets`` over the rows it heads; a row with
    no reference in the notes column). Figures after a row's, as many as a row holds, are rows whose labels
    were printed apart: the labels with no figures met next are theirs (see `_apart_labels`)."""
    reading = _CellReading()
    at = position
    period = _years_labelling(page, cells, position)
    while at < len(cells) and (_row_label(text := page[cells[at]].text.strip()) or (period and YEAR.fullmatch(text))):
        most = GROUP_LABELS + _ROWS_APART + len(reading.pending) + 1  # labels one after another, at most
        run, strays, end = _labels_then_figures(page, cells, at, strays=bool(reading.pending), most=most)
        end = min(end, run + period) if period else end
        if run - at - len(strays) > most:
            break
        two_read = len(list(itertools.islice(filter(None, reading.rows), 2))) == 2
        ahead = _labels_ahead(page, cells, end) if two_read else 0  # (rows read already: their widths tell rows
        # apart, not columns printed one after another)
        shares = _row_figures(page, cells[run:end], reading.widths, reading.amounts, labels=run - at - 1, ahead=ahead)
        bare = [cell for cell in cells[at : run - 1 if shares else run] if cell not in strays]  # (at the end, all)
        after = len(shares[1]) if shares else 0
        taken = _apart_labels(page, bare, len(reading.pending), closing=shares is None, after=after)
        if shares is None:
            reading.give(taken)
            break
        own, apart = shares
        if not apart and reading.noted and _note_after_amounts(page, own):
            own = own[:-1]  # (a row above's reference, printed apart: it follows the table)
        total = _total_label_after(page, cells, end) if apart else False
        if not reading.add(
            page, [label for label in bare if label not in taken], cells[run - 1], own, apart, total=total
        ):
            break
        reading.give(taken)
        at = end
    rows, labels = _with_notes_column(page, reading.rows, reading.labels)
    width = max(map(len, rows), default=0)
    if not width:
        return _CellRows([]), []
    columns = [[row[column] if row else NO_CELL for row in rows] for column in range(width)]
    return _CellRows(labels, reading.given), columns


def _years_labelling(page: list[Line], cells: list[int], position: int) -> int:
    """How many figures each row holds where the rows from the label ``cells[position]`` on are labelled by
    years, which read as figures (``2013 and earlier`` / four figures / ``2014`` / four figures / ``2015`` …;
    or the years first, the latest on top: ``2016`` / three figures / ``2015`` / three figures / ``2014`` … /
    ``2012 and earlier``): the figures after the first label hold years at every few cells, one a row, each
    the year after (or before) the one before. None (0) where they do not (two years at least after a label,
    three years in all when a year opens the rows)."""
    first = page[cells[position]].text.strip()
    opening = YEAR.fullmatch(first) is not None
    if not (opening or _row_label(first)):
        return 0  # (a year opening the run heads a column printed after the labels: ``2015`` / its figures,
        # unless years go on at every few cells: see below)
    texts: list[str] = [first] if opening else []
    for cell in cells[position + 1 : position + 1 + _YEARS_READ]:
        if not _cell_figure(text := page[cell].text.strip()):
            break
        texts.append(text)
    years = [at for at, text in enumerate(texts) if YEAR.fullmatch(text)]
    if len(years) < 2 + opening or years[opening] == 0:
        return 0
    width = years[opening] - years[0] - 1 if opening else years[0]
    start = 0 if opening else width
    following = [int(texts[at][:4]) for at in years]
    spaced = years == list(range(start, start + (width + 1) * len(years), width + 1))
    steps = {b - a for a, b in itertools.pairwise(following)}
    if opening and not _row_after(page, cells, position + len(texts), width):
        return 0  # (Up to / ``2015`` / its figures / ``2016`` / … / Total / outstanding: years heading columns
        # printed one after the other, a figure a row)
    return width if width and spaced and steps in ({1}, {-1}) else 0


def _row_after(page: list[Line], cells: list[int], at: int, width: int) -> bool:
    """Whether a row of ``width`` figures under a label of one line starts at ``cells[at]`` (``2012 and
    earlier`` / three figures, after rows labelled by years)."""
    texts = [page[cell].text.strip() for cell in cells[at : at + width + 2]]
    return (
        len(texts) > width
        and _row_label(texts[0])
        and all(_cell_figure(text) for text in texts[1 : width + 1])
        and not (len(texts) > width + 1 and _cell_figure(texts[width + 1]))
    )


_YEARS_READ = 60  # cells read after a table's first row label to tell whether years label its rows


def _labels_then_figures(
    page: list[Line], cells: list[int], at: int, *, strays: bool, most: int
) -> tuple[int, list[int], int]:
    """From the row label ``cells[at]`` on, where the labels one after another end (all but the last have no
    figures; one more than ``most`` at most, where the search stops), and where the figures after them end
    (positions in ``cells``); with ``strays``, a notes column's reference alone among the labels is passed
    over (not counted among them), and returned (its row's label printed apart with others: ``Other
    revenue`` / ``17`` / ``Total revenue``)."""
    run = at + 1
    passed: list[int] = []
    while run < len(cells) and run - at - len(passed) <= most:
        text = page[cells[run]].text.strip()
        apart = strays and NOTE_REFERENCE.fullmatch(text) and run + 1 < len(cells)
        if apart and _row_label(page[cells[run + 1]].text.strip()):
            passed.append(cells[run])
            run += 1
            continue
        if not _row_label(text) or _row_cell(text):
            break
        run += 1
    end = run
    while end < len(cells) and _row_cell(page[cells[end]].text.strip()):
        end += 1
    if not any(_cell_figure(page[cell].text.strip()) for cell in cells[run:end]):
        end = run  # (dates with no figure: the words of columns' headings, ``Outstanding at`` / ``1 May 2019``)
    return run, passed, end


def _labels_ahead(page: list[Line], cells: list[int], end: int) -> int:
    """How many rows' labels with no figures stand from ``cells[end]`` on, up to the next figure: the labels
    printed one after another that rows left without theirs would take (parts' labels in capitals, a notes
    column's references and a label's end wrapped in lower case among them not counted); none where a part's
    label comes first (``LIABILITIES`` / ``Current liabilities`` / …: its group's label, which takes no row, cannot
    be told from the rows')."""
    count = 0
    for cell in cells[end:]:
        text = page[cell].text.strip()
        if NOTE_REFERENCE.fullmatch(text) or text[:1].islower():
            continue  # (a reference, or a label's end wrapped onto a line of its own: ``activities``)
        if _row_cell(text) or not _row_label(text):
            break
        if _part_label(text):
            if not count:
                return 0  # (a part's label first, its groups' under it: which rows the labels take is untold)
            continue
        count += 1
    return count


def _total_label_after(page: list[Line], cells: list[int], end: int) -> bool:
    """Whether the line ``cells[end]``, right after a row's figures, is a total's label with no figures after
    it (``Total`` / ``12.`` …): the label of the table's last row, printed after the row's figures."""
    if end >= len(cells) or TOTAL.fullmatch(page[cells[end]].text.strip()) is None:
        return False
    return end + 1 == len(cells) or not _row_cell(page[cells[end + 1]].text.strip())


def _note_after_amounts(page: list[Line], figures: list[int]) -> bool:
    """Whether a row's figures end with a notes column's reference after its amounts (``61,907`` / ``54,630``
    / ``18``): the reference of a row above, printed apart."""
    texts = [page[row].text.strip() for row in figures]
    return len(texts) > 2 and NOTE_REFERENCE.fullmatch(texts[-1]) is not None and not NOTE_REFERENCE.fullmatch(texts[0])


@define
class _CellReading:
    """Rows read cell by cell so far: their labels' lines and their figures' lines, the rows whose labels
    were printed apart and not met yet (their places in ``labels``, `NO_CELL` there), how many figures the
    rows hold (the first row's, then each other once) and how many amounts at the fewest, and how many rows
    were given labels printed apart."""

    labels: list[int] = Factory(list)
    rows: list[list[int]] = Factory(list)
    pending: list[int] = Factory(list)
    widths: list[int] = Factory(list)
    amounts: int = 0  # the fewest amounts a row holds, a notes column's reference not counted
    noted: bool = False  # whether rows open with a notes column's reference
    given: int = 0

    def give(self, labels: list[int]) -> None:
        """The labels printed apart ``labels`` given in order to the rows waiting for theirs."""
        for label in labels:
            self.labels[self.pending.pop(0)] = label
        self.given += len(labels)

    def add(
        self, page: list[Line], bare: list[int], label: int, own: list[int], apart: list[list[int]], *, total: bool
    ) -> bool:
        """The row ``label`` with its figures ``own``, after the labels with no figures ``bare``: the last as
        many as the rows ``apart`` after it are theirs (labels printed one after another, then their rows'
        figures), the others groups' over it (two at most, under two rows at least); rows ``apart`` left
        over wait for their labels, the last one at least where a ``total``'s label follows the figures (the
        total row's, its label printed after them: ``Regional offices and the Manila and Panama`` /
        ``Administrative Centres`` / six figures / ``Total``). False where the labels with no figures are too
        many to be groups'."""
        named = bare[len(bare) - min(len(bare), len(apart) - total) :]
        groups = bare[: len(bare) - len(named)]
        if groups and (len(self.rows) < 2 or len(groups) > GROUP_LABELS):
            return False  # (labels with no figures under fewer rows: headings, or columns' headings)
        self.labels += [*groups, *named, label]
        self.rows += [[] for _ in groups] + _by_totals(page, [own, *apart[: len(named)]])
        self.widths += [len(own)] if len(own) not in self.widths else []
        texts = [page[row].text.strip() for row in own]
        noted = len(texts) > 2 and NOTE_REFERENCE.fullmatch(texts[0]) and _SEPARATED.search(texts[1])
        self.amounts = min(self.amounts or len(own), len(own) - bool(noted))
        self.noted = self.noted or bool(noted)
        for figures in apart[len(named) :]:
            self.pending.append(len(self.labels))
            self.labels.append(NO_CELL)
            self.rows.append(figures)
        return True


def _row_figures(
    page: list[Line], figures: list[int], widths: list[int], narrowest: int, *, labels: int = 0, ahead: int = 0
) -> tuple[list[int], list[list[int]]] | None:
    """A row's figures (``figures``, after its label) and those after them that are rows of their own, whose
    labels pdftotext printed apart, each as many amounts as the rows above hold at the fewest (``narrowest``,
    two at least: ``Intangible assets`` / ``8`` / ``4,381`` / ``3,960`` / ``100,337`` / ``108,907``), the rows'
    widths ``widths`` (the first row's first, then the others'). None where there are no figures, or they
    fit no width of the rows above (one more or less than the first's: a notes column's reference, a cell
    left empty). One more is a row apart where the figures open with no reference and a row as wide as one
    above and rows of the fewest amounts make them up (``Total non-current assets`` / ``314,963`` /
    ``286,349`` / ``2,696,043`` / ``2,425,459``, under rows of two amounts, some with a reference first). Rows
    apart are three at most, or as many as the ``labels`` with no figures printed one after another before
    the figures (``Congo`` / ``Costa Rica`` / … / ``Ecuador``, then five rows' figures and one more); six
    where each row holds four amounts or more, so many figures falling in whole rows only by their design; or
    as many as the rows' labels printed next (``ahead``), which will take them (``TOTAL ASSETS`` and four
    rows' figures, then ``LIABILITIES`` / ``Current liabilities`` / ``Accounts payable …`` / …)."""
    if not figures:
        return None
    more = len(figures) - widths[0] if widths else 0
    if more in (0, -1) or (more == 1 and narrowest < 2):
        return figures, []
    if narrowest < 2:
        return None  # (rows of one figure: figures after them tell no rows apart)
    if more == 1:
        referenced = NOTE_REFERENCE.fullmatch(page[figures[0]].text.strip()) is not None
        return (None if referenced else _rows_apart(figures, [*widths, narrowest], narrowest, 1)) or (figures, [])
    most = _ROWS_APART_WIDE if narrowest >= _WIDE_ROW else _ROWS_APART
    return _rows_apart(figures, [*widths, narrowest], narrowest, max(most + labels, ahead))


def _rows_apart(
    figures: list[int], widths: list[int], narrowest: int, most: int
) -> tuple[list[int], list[list[int]]] | None:
    """``figures`` as a row as wide as one of ``widths`` followed by rows of ``narrowest`` figures, ``most`` at
    most; None where none makes them up."""
    for own in sorted(set(widths), reverse=True):
        extra = len(figures) - own
        if 0 < extra <= most * narrowest and extra % narrowest == 0:
            return figures[:own], [figures[at : at + narrowest] for at in range(own, len(figures), narrowest)]
    return None


def _by_totals(page: list[Line], rows: list[list[int]]) -> list[list[int]]:
    """The figures of rows whose labels were printed one after another, then their figures: row after row
    as a rule, but pdfminer prints a few rows' cells column after column (``8,920,000`` / ``11,150,000`` /
    ``83,710,000`` / ``69,530,000`` …: the first row's first figure, the second's, the first's second): so
    read the rows of a run that do not add up row after row (each row's last figure the sum of the others,
    or the difference of the two before it) across, where they add up that way only."""
    width = len(rows[0]) if rows else 0
    if len(rows) < 2 or width < 3 or any(len(row) != width for row in rows):
        return rows
    result: list[list[int]] = []
    at = 0
    while at < len(rows):
        end = at
        while end < len(rows) and not _totals_hold(page, [rows[end]]):
            end += 1  # (the rows from ``at`` that do not add up as printed)
        across = next(
            (_across(rows[at:stop]) for stop in range(at + 2, end + 1) if _totals_hold(page, _across(rows[at:stop]))),
            None,
        )
        if across is None:
            result.append(rows[at])
            at += 1
        else:
            result += across
            at += len(across)
    return result


def _across(rows: list[list[int]]) -> list[list[int]]:
    """Rows' figures read across: the first of each row the first row's, the second of each the second's …"""
    cells = [cell for row in rows for cell in row]
    return [cells[start :: len(rows)] for start in range(len(rows))]


def _totals_hold(page: list[Line], rows: list[list[int]]) -> bool:
    """Whether each row's last figure is the sum of its others, or the difference of the two before it."""
    for row in rows:
        texts = [page[cell].text.strip() for cell in row]
        values = [amount_value(text) for text in texts]
        if any(value is None for value in values):
            return False
        *others, last = [value or 0 for value in values]
        decimals = max(len(text.rpartition(".")[2]) if "." in text else 0 for text in texts)
        rounding = 0.5 * len(row) * 10.0**-decimals  # (each figure rounded apart: half a unit at most)
        if abs(sum(others) - last) > rounding and abs(others[-1] - others[-2] - last) > rounding:
            return False
    return True


def amount_value(text: str) -> float | None:
    """An amount's value (``(42,000)``: -42000; a dash: 0), None for any other text."""
    if text in ("-", "–", "—"):
        return 0.0
    negative = text.startswith("(") and text.endswith(")")
    digits = text.strip("()").replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return -value if negative else value


_SEPARATED = re.compile(r"\d[,.]\d")
"""An amount with a thousands separator or decimals (``1,268,944``, ``0.4892``): no notes column's reference."""
_ROWS_APART = 3  # rows whose labels were printed apart, one after another, at most
_ROWS_APART_WIDE = 6  # as many, where each row holds four amounts or more: so many figures fall in whole rows only
_WIDE_ROW = 4  # amounts a row holds, at least, for `_ROWS_APART_WIDE`


def _apart_labels(page: list[Line], bare: list[int], count: int, *, closing: bool, after: int = 0) -> list[int]:
    """Which of the labels with no figures ``bare`` (lines, in order) are those of the ``count`` rows before
    them whose labels were printed apart: the totals' when as many (``Total assets`` among ``ASSETS`` / ``Total
    assets`` / ``LIABILITIES``), or all but the groups' labels that the totals name when as many, or all but
    the parts' labels in capitals (``EXPENDITURE``, which heads the rows after it) when as many; else the
    first ones (the rest head the rows after), past a part's label in capitals atop them (and its group's)
    where the labels are as many as those rows, the ``after`` rows whose figures follow the labels and the
    groups (``LIABILITIES`` /
    ``Current liabilities`` / three labels / ``Loans`` / ``Total current liabilities``, then two rows'
    figures); or the last ones where the table ends there (a stub's heading printed apart first), up to its
    total where there are more labels than rows. None when no row waits for its label."""
    if not count or not bare:
        return []
    totals = [label for label in bare if ANY_TOTAL.fullmatch(page[label].text.strip())]
    if len(totals) == min(count, len(bare)):
        return totals
    named = {_group_a_total_names(page[label].text.strip()) for label in totals} - {""}  # (TOTAL alone: none)
    rows = [label for label in bare if label in totals or not _group_named(page[label].text.strip(), named)]
    if len(rows) == count:
        return rows  # REVENUE / Total revenue / EXPENSES / Total expenses / SURPLUS …: a group a total names
        # heads no row with figures (see `group_labels_apart`)
    rows = [label for label in rows if not _part_label(page[label].text.strip())]
    if len(rows) == count:
        return rows  # Other income / Total income / EXPENDITURE / Staff costs …: a part's label in capitals heads
        # the rows after it, none of those printed apart
    if closing:
        bare = [label for label in bare if not _heads_text_after(page, label)]
        last = bare.index(totals[-1]) + 1 if totals and totals[-1] in bare else len(bare)
        if count <= last < len(bare) and len(bare) > count:  # more labels than rows: the total's the last row's,
            bare = bare[:last]  # what follows it none (a note's marker, the headings of the page after)
        return bare[-count:]
    groups = len(bare) - count - after
    atop = 0 < groups <= GROUP_LABELS and _part_label(page[bare[0]].text.strip())
    return bare[groups : groups + count] if atop else bare[:count]


def _heads_text_after(page: list[Line], label: int) -> bool:
    """Whether a label in capitals at a table's end stands right over a numbered paragraph or heading (``NOTES
    TO THE FINANCIAL STATEMENTS`` / ``1.``): the heading of the text after the table, no row's label."""
    below = _next_line(page, label)
    return (
        below is not None
        and _group_in_capitals(page[label].text.strip())
        and not TOTAL.fullmatch(page[label].text.strip())  # (``TOTAL`` / ``4.``: the last row's, over the text)
        and (
            NUMBER_ALONE.fullmatch(page[below].text.strip()) is not None
            or NUMBERED_TEXT.match(page[below].text) is not None
        )
    )


def _part_label(text: str) -> bool:
    """Whether a label with no figures is a part's, in capitals (``EXPENDITURE``, ``LIABILITIES``), no total."""
    return _group_in_capitals(text) and not TOTAL.fullmatch(text)


def _group_named(text: str, named: set[str]) -> bool:
    """Whether a label is a group's that one of the totals ``named`` closes (``REVENUE``, or ``Expenses`` in
    bold, printed apart with the totals: ``Total revenue`` / ``Expenses`` / ``Total expenses``)."""
    return text.lower() in named


NO_CELL = -1
"""A cell a row does not have, among a table's columns of lines."""
NOTE_REFERENCE = re.compile(r"\d{1,2}(?:,\s?\d{1,2})*")
"""A reference to a financial statement's note, or to several, in its notes column: ``3``, ``7, 8``."""


def _cell_figure(text: str) -> bool:
    return FIGURE.fullmatch(text) is not None or NOTE_REFERENCE.fullmatch(text) is not None


def _row_cell(text: str) -> bool:
    """Whether a line after a row's label is one of its cells: a figure, a notes column's reference, or a
    date or period a column gives each row (``14 March 2016``, ``2016–2020``: a payment plan's; in the
    columns' headings, such a date is words of a heading, ``Outstanding at`` / ``1 January 2019``)."""
    return _cell_figure(text) or FULL_DATE.fullmatch(text) is not None or _PERIOD.fullmatch(text) is not None


_PERIOD = re.compile(r"(?:19|20)\d\d[–-](?:19|20)\d\d")


def _with_notes_column(page: list[Line], rows: list[list[int]], labels: list[int]) -> tuple[list[list[int]], list[int]]:
    """The rows as wide as the widest, a notes column's empty cell put first where a row has no reference
    (the widest rows each open with one: ``Cash and cash equivalents`` / ``3`` / ``412,865`` / ``377,402``);
    where the rows' widths differ otherwise, the rows up to the first that differs (and their labels). The
    last rows, groups' labels with no row under them, are left out."""
    widths = {len(row) for row in rows if row}
    if len(widths) > 1:
        wide = max(widths)
        noted = all(NOTE_REFERENCE.fullmatch(page[row[0]].text.strip()) for row in rows if len(row) == wide)
        if noted:
            rows = [[NO_CELL] * (wide - len(row)) + row if row else row for row in rows]
        else:
            first = len(next(row for row in rows if row))
            cut = next(i for i, row in enumerate(rows) if row and len(row) != first)
            rows, labels = rows[:cut], labels[:cut]
    while rows and not rows[-1]:
        rows, labels = rows[:-1], labels[:-1]
    return rows, labels


def _row_label(text: str) -> bool:
    return (
        row_label(text)
        and any(character.isalpha() for character in text)
        and not _LEADER.search(text)
        and not text.startswith("|")  # (a row laid out already)
    )


def _later_columns(page: list[Line], cells: list[int], at: int, height: int) -> tuple[list[list[int]], list[list[int]]]:
    """The columns printed after rows of one figure each: a heading (a short line or two) then ``height``
    figures, each; with their headings."""
    columns: list[list[int]] = []
    headings: list[list[int]] = []
    while at < len(cells):
        heading: list[int] = []
        while at < len(cells) and len(heading) < _LABEL_HEIGHT and _row_label(page[cells[at]].text.strip()):
            heading.append(cells[at])
            at += 1
        figures = cells[at : at + height]
        if not heading or len(figures) < height or not all(FIGURE.fullmatch(page[i].text.strip()) for i in figures):
            break
        columns.append(figures)
        headings.append(heading)
        at += height
    return columns, headings


def _cell_heads(page: list[Line], first: int, count: int) -> tuple[list[list[int]], int | None]:
    """The headings of a table's first ``count`` columns, printed between its caption and its first row label
    (``first``), each a block of a few short lines (``Number of`` / ``Member States``); and the heading of
    its labels' column (``Source``) when one more block stands first. Nothing unless the blocks are as many.

    A short line that reads like a caption's unit may be a heading's own (``Expenditure`` / ``(USD
    thousand)``, ``2017 (estimate)``): the headings are first sought past it, and only if they are not as
    many there does it end them, as a caption's would (``(in US dollars)`` over ``2012`` / ``2013``)."""
    for units in (True, False):
        top = _cell_heads_top(page, first, count, units=units)
        blocks = [list(range(start + top, end + top)) for start, end in line_blocks(page[top:first])]
        if len(blocks) not in (count, count + 1) or not all(map(lambda block: _cell_heading(page, block), blocks)):
            continue
        if units and any(_caption_line(page, block[0]) and not YEAR_LED.match(page[block[0]].text) for block in blocks):
            continue  # a unit opening a block is the caption's (``(in US dollars)`` / ``2012``), no heading's
        if len(blocks) == count:
            return blocks, None
        return blocks[1:], blocks[0][0] if len(blocks[0]) == 1 else None
    return [], None


YEAR_LED = re.compile(r"\s*(?:19|20)\d\d(?:\s|$)")
"""A column heading opening with its year, its unit or state after it: ``2017 (estimate)``, ``2010 (est.)``."""


def _cell_heads_top(page: list[Line], first: int, count: int, *, units: bool) -> int:
    """The first line of the headings above a table's first row label (``first``, ``count`` columns): past
    short lines, up to a caption, a sentence's end, a section's heading or a running header. With ``units``,
    a caption-like line short enough for a heading is passed (see `_cell_heads`)."""
    top = first
    while top > max(0, first - 4 * (count + 1) * _LABEL_HEIGHT):
        text = page[top - 1].text.strip()
        heading = units and len(text) <= _SHORT and not _captions(page, top - 1)
        if (_caption_line(page, top - 1) and " " in text and not heading) or text.endswith(_SENTENCE_END):
            break  # (a word in brackets is a heading's unit: ``Increase/`` / ``(decrease)``)
        if len(text) > _SHORT:
            break  # a line longer than a heading's: the caption's, ``… for 2014: CHF 40,412,000``
        if FURNITURE_LINE.fullmatch(text):
            break  # the running header atop a table going on from the page before
        if OPENS_BLOCK.match(text) or (sum(map(str.isalpha, text)) > 3 and text.isupper()):
            break  # II. CONTRIBUTIONS: a section's heading above the table, none of its column headings
        top -= 1
    return top


def _cell_heading(page: list[Line], block: list[int]) -> bool:
    texts = [page[row].text.strip() for row in block]
    return len(texts) <= _LABEL_HEIGHT and all(len(text) <= _SHORT for text in texts)


# --------------------------------------------------------------------------------------------------
# Contents whose page numbers sit apart from their titles

_CONTENTS_HEAD = re.compile(
    rf"(?:TABLE OF )?CONTENTS(?: {CONTINUED.pattern})?:?(?:\s+(?:Paragraphs\s+)?Page|\s+Paragraphs)?",
    re.IGNORECASE,
)
_LEADER = re.compile(r"(?:\s?[.…·]){3,}\s*$")
_LEADER_ONLY = re.compile(r"(?:\s?[.…·]){3,}\s*")
_PAGES = r"\d{1,3}(?:\s?[-–]\s?\d{1,3})?|[ivx]{1,5}"  # a page, or the paragraphs a record's entry covers: 20-22
_PAGE_NUMBER = re.compile(_PAGES)
_FULL_ENTRY = re.compile(rf".*\S(?:\s?[.…·]){{3,}}\s*(?:{_PAGES})(?:\s+(?:{_PAGES}))?")  # (paragraphs, page)
_PAGED_ENTRY = re.compile(rf".*\S(?:\s?[.…·]){{3,}}\s*(?:{_PAGES})\s+(?:{_PAGES})")  # … 1-4   1: both columns
_SECTION_LABEL = re.compile(r"(?:(?:[IVXLC]{1,6}|[A-H]|\d{1,2}(?:\.\d{1,2}){0,2})\.?|\([a-z]{1,3}\))")
_COLUMN_LABEL = re.compile(r"(?:(?:Paragraphs|Resolution No\.)\s+)?Page|Paragraphs")
"""A contents' column heading: its pages', its paragraphs' (and pages')."""
_LABELS_COLUMN = "Resolution No."  # a compilation's contents' column of resolutions' numbers, headed
_LABELLED_TITLE = re.compile(rf"{_SECTION_LABEL.pattern}\s")  # A. Assessed contributions ……: its own label
_RUNNING_HEADER = re.compile(r"[A-Z]{1,6}(?:/[\w.]+)+|Page [ivxlcdm\d]+")  # MC/2384 / Page 2 among the entries
_RESOLUTION_ENTRY_LABEL = re.compile(
    r"(?:Resolution )?No\. (?P<number>\d{1,4})(?: \([IVXLC]{1,8}\))?|(?P<bare>\d{1,4}) \([IVXLC]{1,8}\)"
)
"""A resolution's number alone on a line of a compilation's contents (its title and page printed apart):
``Resolution No. 1138 (XCII)``, ``No. 1220``, ``977 (LXXVI)`` under a ``Resolution No.`` column."""
_KEPT_AMONG_ENTRIES = re.compile(f"{_COLUMN_LABEL.pattern}|{_RUNNING_HEADER.pattern}")  # Page, a running header


def _entry_after(page: list[Line], index: int) -> bool:
    """Whether a contents entry follows the number alone at ``index``: its title's line, with a leader, or
    wrapped over a line that ends no sentence before the line with the leader (``12.`` / ``Status report …
    of the`` / ``Budget . . . . .``)."""
    at = _line_after(page, index)
    if at is None:
        return False
    first = page[at].text
    if _LEADER.search(first):
        return True
    return not first.rstrip().endswith(_SENTENCE_END) and _LEADER.search(_text_after(page, at)) is not None


def _text_after(page: list[Line], index: int) -> str:
    """The text of the first line after ``index`` with any, past the paragraph numbers alone of a column."""
    at = _line_after(page, index)
    return page[at].text if at is not None else ""


def _line_after(page: list[Line], index: int) -> int | None:
    """The first line after ``index`` with text, past the paragraph numbers alone of a column."""
    return next(
        (
            at
            for at in range(index + 1, len(page))
            if page[at].text.strip() and not _PARAGRAPH_NUMBER.fullmatch(page[at].text)
        ),
        None,
    )


def leaders_before_titles(page: list[Line]) -> list[Line]:
    """A contents entry whose leader and page pdfminer printed on the line before its title (``II. TECHNICAL
    COOPERATION …… 2`` / ``……… 2`` / ``A. Capacity-building in migration management``): the title given its
    leader and page, when the line before the leader is an entry with its own page and the title, right
    under the leader, has none and is a heading's line (no sentence)."""
    if not any(_LEADER_PAGE_ALONE.fullmatch(line.text) for line in page):
        return page  # most pages
    result = list(page)
    for index in range(1, len(page) - 1):
        leader, title = page[index], page[index + 1].text.strip()
        if not _LEADER_PAGE_ALONE.fullmatch(leader.text):
            continue
        above = next((result[i].text for i in range(index - 1, -1, -1) if result[i].text.strip()), "")
        if (
            _FULL_ENTRY.fullmatch(above.strip())
            and title
            and not _LEADER.search(title)
            and not _FULL_ENTRY.fullmatch(title)
            and len(title) <= _TITLE_LINE
            and not title.endswith(_SENTENCE_END)
        ):
            below = page[index + 1]
            result[index + 1] = Line(below.number, f"{below.text.rstrip()} {leader.text.strip()}", below.page)
            result[index] = Line(leader.number, "", leader.page)
    return result


_LEADER_PAGE_ALONE = re.compile(rf"\s*(?:\s?[.…·]){{5,}}\s*(?:{_PAGES})\s*")
_TITLE_LINE = 90  # characters: a contents entry's title on one line, at most


def pages_beside_paragraphs(page: list[Line]) -> list[Line]:
    """A report's contents with a ``Paragraphs`` column beside the ``Page`` one (``I. OPENING … ……… 1-4   1``),
    whose pages were printed apart: each under its entry (pdftotext: ``… ……… 1-4`` / ``1``; an entry with no
    paragraphs keeps the page on its line), or all in a column after the last entry (pdfminer: ``1`` / ``1`` /
    ``2`` …, as many as the entries). Each page is put back at its entry's end, where the two columns' labels
    head the contents."""
    head = _contents_head(page)
    if head is None or not _two_columns_headed(page, head):
        return page
    entries = [i for i in range(head + 1, len(page)) if _FULL_ENTRY.fullmatch(page[i].text.strip())]
    if not entries or any(_PAGED_ENTRY.fullmatch(page[i].text.strip()) for i in entries):
        return page
    under = [next((j for j in range(i + 1, len(page)) if page[j].text.strip()), len(page)) for i in entries]
    paged = [
        (i, j)
        for i, j in zip(entries, under, strict=True)
        if j < len(page) and _PAGE_ALONE.fullmatch(page[j].text.strip())
    ]
    if len(paged) >= _PAGED_ENTRIES:  # (an entry whose page is on its line, an annex's, keeps it)
        entries, pages = [i for i, _ in paged], [j for _, j in paged]
    else:  # the pages in a column after the entries that lack theirs (an annex's after it keeps its own)
        column = next((j for j in range(entries[0], len(page)) if _PAGE_ALONE.fullmatch(page[j].text.strip())), None)
        filled = (j for j in range(column or len(page), len(page)) if page[j].text.strip())
        pages = list(itertools.takewhile(lambda j: _PAGE_ALONE.fullmatch(page[j].text.strip()) is not None, filled))
        entries = [i for i in entries if column is not None and i < column]
        if len(pages) != len(entries):
            return page
    result = list(page)
    for entry, number in zip(entries, pages, strict=True):
        line = page[entry]
        result[entry] = Line(line.number, f"{line.text.rstrip()}   {page[number].text.strip()}", line.page)
        result[number] = Line(page[number].number, "", page[number].page)
    return result


def _two_columns_headed(page: list[Line], head: int) -> bool:
    """Whether the contents headed at ``head`` label a ``Paragraphs`` and a ``Page`` column (on the heading's
    line or the next few, one line or two, a running header perhaps between)."""
    lines = [line.text.strip() for line in page[head : head + _COLUMN_LABEL_LINES]]
    labels = " ".join(text for text in lines if _COLUMN_LABELS.search(text) and not FURNITURE_LINE.fullmatch(text))
    return _TWO_COLUMNS.search(labels) is not None


_COLUMN_LABEL_LINES = 8  # the contents' heading and its columns' labels (blank lines, a running header between)
_COLUMN_LABELS = re.compile(r"\b(?:Paragraphs|Page)$")  # CONTENTS Paragraphs Page, Paragraphs, Page: no Page 2
_PAGED_ENTRIES = 2  # entries each with its page printed under it, at least, to read the pages so
_PAGE_ALONE = re.compile(r"\d{1,3}|[ivx]{1,5}")
_TWO_COLUMNS = re.compile(r"\bParagraphs\s+Page\b")


def detached_contents_pages(page: list[Line]) -> list[Line]:
    """A table of contents whose page numbers were printed apart from their titles (each under its title
    after a blank line, or all in a column after the titles, their dot leaders on lines of their own), its
    entries put back on one line each (``Attendance . . . 1``), when there are as many numbers as titles
    (where there are more titles, a line without a leader is taken for a title's first line, whatever comes
    between it and the next line, which has one); the numbers looked for above the body's first numbered
    paragraph or running text (a note's number alone is none; an entry's number over its title, ``10.`` /
    ``Programme and Budget …… ``, or a column of them over the titles, no paragraph's). A compilation's
    resolution numbers printed apart (``Resolution No. 1138 (XCII)``, ``No. 1220``), as many as the titles,
    open them: each the title under it, or where one is printed out of its place (after the others), in the
    resolutions' order."""
    head = _contents_head(page)
    first = head
    while head is not None:
        paragraph = next(
            (
                i
                for i in range(head + 1, len(page))
                if _PARAGRAPH_NUMBER.fullmatch(page[i].text) and not _entry_after(page, i)
            ),
            len(page),
        )
        body = min(paragraph, _prose_after(page, head))
        numbers = [i for i in range(head + 1, body) if _PAGE_NUMBER.fullmatch(page[i].text.strip())]
        if not numbers and head == first:  # (none under the heading before two long lines: where these are
            # entries with their pages, ``INTRODUCTION . . . . 1``, the pages printed apart are past them)
            body = min(paragraph, _prose_after(page, head, entries=True))
            numbers = [i for i in range(head + 1, body) if _PAGE_NUMBER.fullmatch(page[i].text.strip())]
        resolutions = [i for i in range(head + 1, body) if _RESOLUTION_ENTRY_LABEL.fullmatch(page[i].text.strip())]
        if not numbers:
            return _labels_on_entries(page, resolutions) if resolutions else page
        rejoined = _entries_rejoined(page, head, body, numbers, resolutions) if resolutions else None
        rejoined = rejoined or _entries_rejoined(page, head, body, numbers, []) or page
        head = _entries_go_on(rejoined, page[body].number if body < len(page) else None)
        page = rejoined
    return page


def _labels_on_entries(page: list[Line], labels: list[int]) -> list[Line]:
    """A compilation's contents whose resolutions' numbers plain pdftotext prints each on a line of its own,
    over an entry whole with its page (``No. 1124 (XC)`` / ``Admission of … ……… 2``): each number put
    at the start of the entry under it, where every number stands over one."""
    entries = [_next_line(page, at) for at in labels]
    if not all(at is not None and _FULL_ENTRY.fullmatch(page[at].text.strip()) for at in entries):
        return page
    result = list(page)
    for label, entry in zip(labels, entries, strict=True):
        assert entry is not None
        text = f"{page[label].text.strip()} {page[entry].text.strip()}"
        result[entry] = Line(page[entry].number, text, page[entry].page)
        result[label] = Line(page[label].number, "", page[label].page)
    return result


def _entries_go_on(page: list[Line], number: int | None) -> int | None:
    """Where the contents go on past the line numbered ``number``, which ended a run of their detached pages
    (see `detached_contents_pages`): the last of the whole entries from there on (``Introduction ……… 1`` /
    ``Financial highlights ……… 1``), when more pages printed apart follow them (``FINANCIAL STATEMENTS ………``
    / ``3``); None where running text begins there."""
    at = next((i for i, line in enumerate(page) if line.number == number), None)
    if at is None or not _FULL_ENTRY.fullmatch(page[at].text.strip()):
        return None
    last = at
    for index in range(at, len(page)):
        text = page[index].text.strip()
        if _FULL_ENTRY.fullmatch(text):
            last = index
        elif text:
            break
    return last if last + 1 < len(page) else None


def _entries_rejoined(
    page: list[Line], head: int, body: int, numbers: list[int], resolutions: list[int]
) -> list[Line] | None:
    """The contents of `detached_contents_pages` with their pages put back, the ``resolutions``' numbers
    printed apart opening the titles (as many as the titles, else None); None where the pages do not pair."""
    original = page
    page = [Line(line.number, "", line.page) if i in resolutions else line for i, line in enumerate(page)]
    end = numbers[-1] + 1
    column = next((i for i in range(head + 1, end) if page[i].text.strip() == _LABELS_COLUMN), None)
    pages_column = next((i for i in range(head + 1, end) if _COLUMN_LABEL.fullmatch(page[i].text.strip())), None)
    if column is not None and pages_column is not None and column < pages_column:  # Resolution No. / … / Page:
        page[pages_column] = Line(page[pages_column].number, f"{_LABELS_COLUMN} Page", page[pages_column].page)
        page[column] = Line(page[column].number, "", page[column].page)  # the columns' headings, one line
    titles = _contents_titles(page, head + 1, end)
    apart = _labels_misplaced(page, titles)  # the labels left to `detached_contents_labels`, by their kinds
    if apart:
        titles = _contents_titles(page, head + 1, end, pairing=False)
    open_titles = _without_pages(page, titles)
    if len(open_titles) > len(numbers):  # … of the Republic of Cape / blank / Verde as a Member …… : each
        titles = _contents_titles(page, head + 1, end, pairing=not apart, wrapped=True)  # title's leader ends it
        open_titles = _without_pages(page, titles)
    led = [title for title in open_titles if any(_LEADER.search(page[i].text) for i in title)]
    if len(open_titles) > len(numbers) == len(led) and _groups_or_after(page, open_titles, led):
        open_titles = led  # FINANCIAL STATEMENTS / Statement I – … ……: a group's title, no leader, no page,
        # over the entries it groups (or a cover's note after them)
    if not open_titles or len(open_titles) != len(numbers) or (resolutions and len(resolutions) != len(titles)):
        return None
    opening = iter(_resolution_labels(original, resolutions, titles)) if resolutions else None
    result = page[: head + 1]
    result += [page[i] for i in range(head + 1, end) if _KEPT_AMONG_ENTRIES.fullmatch(page[i].text.strip())]
    pages = iter(numbers)
    waiting = {title[0] for title in open_titles}
    labels = deque(i for i in range(head + 1, end) if apart and _LABEL_APART.fullmatch(page[i].text.strip()))
    for title in titles:
        while labels and labels[0] < title[0]:
            result.append(page[labels.popleft()])  # where it was printed among the titles
        first = page[min(title)]  # (a numeral put on its title from further down keeps the title's line)
        text = " ".join(_LEADER.sub("", page[i].text).strip() for i in title)
        if title[0] in waiting:
            text = f"{text} {'. ' * 5}{page[next(pages)].text.strip()}"
        elif len(title) == 1:
            text = first.text.strip()
        if opening is not None:
            text = f"{next(opening)} {text}"
        result.append(Line(first.number, text, first.page))
    result += [page[i] for i in labels]
    result += [page[i] for i in range(head + 1, end) if _RULE.fullmatch(page[i].text)]  # a rule under the entries
    return [*result, Line(page[end - 1].number, "", page[end - 1].page), *_leaders_dropped(page, end, body)]


def _groups_or_after(page: list[Line], titles: list[list[int]], led: list[list[int]]) -> bool:
    """Whether each of a contents' ``titles`` without a leader (those not ``led``) is the label of the entry
    with a leader right under it (``I.`` / ``INTRODUCTION ……``, ``ANNEX`` / ``MEMBERS …… ``), a group's title
    in capitals over an entry with a leader that is not (``FINANCIAL STATEMENTS`` / ``Statement I – ……``), or
    follows the last entry with a leader (a cover's note, its footer); not a column of labels printed apart
    (``III.`` / ``IV.`` after the entries) nor a title's first line (``ANNEX …`` / ``AS AT 31 DECEMBER ……``)."""
    last = titles.index(led[-1]) if led else -1
    for at, title in enumerate(titles):
        if title in led:
            continue
        text = page[title[0]].text.strip()
        label = _LABEL_APART.fullmatch(text) is not None or text in _ANNEXES
        if at > last:
            if label:
                return False
            continue
        following = titles[at + 1]
        group = _in_capitals(text) and not _in_capitals(page[following[0]].text)
        if following not in led or not (label or group):
            return False
    return True


def _resolution_labels(page: list[Line], resolutions: list[int], titles: list[list[int]]) -> list[str]:
    """The resolutions' numbers printed apart among a compilation's contents, one a title: in the order
    printed where each stands right above its title (after the title before it), else in the resolutions'
    order (plain pdftotext prints one after the others)."""
    texts = [page[i].text.strip() for i in resolutions]
    placed = all(
        label < title[0] and (at == 0 or label > titles[at - 1][-1])
        for at, (label, title) in enumerate(zip(resolutions, titles, strict=True))
    )
    return texts if placed else sorted(texts, key=_resolution_number)


def _resolution_number(label: str) -> int:
    """The number of a resolution's label in a compilation's contents (see `_RESOLUTION_ENTRY_LABEL`)."""
    found = _RESOLUTION_ENTRY_LABEL.fullmatch(label)
    return int(found.group("number") or found.group("bare")) if found else 0


def _without_pages(page: list[Line], titles: list[list[int]]) -> list[list[int]]:
    """The titles whose page is not on their last line (``… ……… 4``): those the pages printed apart go to."""
    return [title for title in titles if not _FULL_ENTRY.fullmatch(page[title[-1]].text.strip())]


def detached_contents_labels(page: list[Line]) -> list[Line]:
    """A table of contents whose section labels were printed apart from their titles, each alone on its line
    (plain pdftotext and pdfminer print the label column apart: ``I.`` / ``II.`` / ``III.`` before or after the
    titles, ``A.`` / ``B.`` above or under theirs), its labels put back before their titles: the roman ones on
    the titles in capitals that have none (not an annex's), in order, from the first; the lettered ones on the
    titles under each title in capitals, in order, when there are as many of them. The pages stay on the
    titles' lines (pages printed apart too are `detached_contents_pages`'s)."""
    head = _contents_head(page)
    if head is None:
        return page
    body = next((i for i in range(head + 1, len(page)) if _PARAGRAPH_NUMBER.fullmatch(page[i].text)), len(page))
    lines = _past_last_entry([i for i in range(head + 1, body) if page[i].text.strip()], page)
    if any(_PAGE_NUMBER.fullmatch(page[i].text.strip()) for i in lines):
        return page
    labels = [i for i in lines if _LABEL_APART.fullmatch(page[i].text.strip())]
    titles = _entry_titles(page, lines)
    if len(labels) < _LABELS_APART or not titles:
        return page
    opened = _roman_labels_opened(page, labels, titles) | _letters_opened(page, labels, titles)
    if not opened:
        return page
    placed = set(opened.values())  # (a label that opens no title stays where it is)
    result = [Line(line.number, "", line.page) if index in placed else line for index, line in enumerate(page)]
    for first, label in opened.items():
        result[first] = Line(
            page[first].number, f"{page[label].text.strip()} {page[first].text.strip()}", page[first].page
        )
    return result


def _past_last_entry(lines: list[int], page: list[Line]) -> list[int]:
    """The contents' ``lines``, up to the last entry with its leader and page, and the labels right after it
    that the entries still lack (a column of them printed after the titles, or its end): the text after is
    the body's (``V. QUESTIONS FOR DISCUSSION …… 4`` / ``MIGRANT REMITTANCES …``, the running title / ``I.`` /
    ``INTRODUCTION``: that label is its heading's)."""
    entries = [at for at, index in enumerate(lines) if _FULL_ENTRY.fullmatch(page[index].text.strip())]
    if not entries:
        return lines
    end = entries[-1] + 1
    unlabelled = sum(not _LABELLED_TITLE.match(page[lines[at]].text.strip()) for at in entries)
    lacking = unlabelled - sum(bool(_LABEL_APART.fullmatch(page[index].text.strip())) for index in lines[:end])
    while lacking > 0 and end < len(lines) and _LABEL_APART.fullmatch(page[lines[end]].text.strip()):
        end, lacking = end + 1, lacking - 1
    return lines[:end]


_LABEL_APART = re.compile(r"[IVX]{1,5}\.|[A-H]\.")
_ANNEXES = ("ANNEX", "APPENDIX")  # titles in capitals that no chapter's label opens
_ANNEX_TITLES = (*_ANNEXES, "Annex", "Appendix")  # titles that no letter opens either
_LABELS_APART = 2  # on a contents page, at least: one label alone is a title's, broken off


def _entry_titles(page: list[Line], lines: list[int]) -> list[int]:
    """The first line of each contents entry among ``lines``: a line with no label, after a line ending an
    entry (its leader and page) or a label, or the contents' first."""
    titles: list[int] = []
    opening = True
    for index in lines:
        text = page[index].text.strip()
        if _LABEL_APART.fullmatch(text) or _KEPT_AMONG_ENTRIES.fullmatch(text):
            continue
        if opening and not _LABELLED_TITLE.match(text):
            titles.append(index)
        opening = bool(_FULL_ENTRY.fullmatch(text))
    return titles


def _in_capitals(text: str) -> bool:
    """Whether a contents title is in capitals (a chapter's, or an annex's)."""
    return _LEADER.sub("", text).strip().isupper()


def _roman_labels_opened(page: list[Line], labels: list[int], titles: list[int]) -> dict[int, int]:
    """The roman labels apart, each with the first line of the title in capitals it opens: by their values
    where they number every such title from I; else in order from the first after them (the first of all
    where they follow the titles)."""
    romans = [i for i in labels if page[i].text.strip()[0] in "IVX"]
    if not romans:
        return {}
    capitals = [i for i in titles if _in_capitals(page[i].text) and not page[i].text.lstrip().startswith(_ANNEXES)]
    values = {i: roman_to_int(page[i].text.strip().rstrip(".")) or 0 for i in romans}
    if len(romans) == len(capitals) and sorted(values.values()) == list(range(1, len(romans) + 1)):  # (I, II, III,
        by_value = sorted(romans, key=values.__getitem__)  # VIII, IX … IV, V …: some printed by their titles, the
        return dict(zip(capitals, by_value, strict=True))  # rest in a column after them)
    if any(i > romans[0] for i in capitals):  # the column before the titles: those above it have no label
        capitals = [i for i in capitals if i > romans[0]]
    if len(romans) < _LABELS_APART or len(romans) > len(capitals):
        return {}
    return dict(zip(capitals, romans, strict=False))


def _letters_opened(page: list[Line], labels: list[int], titles: list[int]) -> dict[int, int]:
    """The lettered labels apart, each with the first line of the title it opens: under each title in
    capitals, the titles not in capitals and the letters between it and the next, paired in order when there
    are as many."""
    letters = [i for i in labels if page[i].text.strip()[0] not in "IVX"]
    titles = [i for i in titles if not page[i].text.lstrip().startswith(_ANNEX_TITLES)]  # (an annex's: no letter)
    groups = [i for i in titles if _in_capitals(page[i].text)] + [titles[-1] + 1 if titles else len(page)]
    opened: dict[int, int] = {}
    for start, end in itertools.pairwise(groups):
        under = [i for i in titles if start < i < end]
        own = [i for i in letters if start < i < end]
        if own and len(own) == len(under):
            opened.update(zip(under, own, strict=True))
    return opened | _letters_last(page, letters, titles, groups, opened)


def _letters_last(
    page: list[Line], letters: list[int], titles: list[int], groups: list[int], opened: dict[int, int]
) -> dict[int, int]:
    """The lettered labels printed in a column after every title (pdftotext: ``IV.`` / ``V.`` / ``C.`` /
    ``Annex …``), each with the title it opens: those under a title in capitals with no letter yet, in order,
    when there are as many and each letter is its title's place under the title in capitals (``C.``, the
    third)."""
    last = [i for i in letters if titles and i > titles[-1]]
    placed = set(opened) | set(opened.values())
    above = {i: previous_line(page, i) for i in titles}
    missing = [
        i
        for i in titles
        if i not in placed and not _in_capitals(page[i].text) and groups[0] < i and above[i] not in letters
    ]  # (a letter right above its title goes on it as it stands)
    if not last or len(last) != len(missing):
        return {}
    for title, letter in zip(missing, last, strict=True):
        head = max(g for g in groups if g < title)
        place = sum(1 for i in titles if head < i <= title)
        if ord(page[letter].text.strip()[0]) - ord("A") + 1 != place:
            return {}
    return dict(zip(missing, last, strict=True))


def _prose_after(page: list[Line], head: int, *, entries: bool = False) -> int:
    """Where running text begins after a contents heading: the first of two lines of text in a row, both
    long and with no leader at their end (a wrapped title's first line is followed by its leader), nor, where
    ``entries``, before a page (``INTRODUCTION . . . . 1``), or the page's end."""
    texts = [i for i in range(head + 1, len(page)) if page[i].text.strip()]
    for line, after in itertools.pairwise(texts):
        if all(len(page[i].text.strip()) >= _PROSE_LINE and not _led(page[i].text, entries) for i in (line, after)):
            return line
    return len(page)


def _led(text: str, entries: bool) -> bool:
    """Whether a contents line has a leader at its end (its page printed apart), or, where ``entries``, before
    its page too."""
    return _LEADER.search(text) is not None or (entries and _FULL_ENTRY.fullmatch(text.strip()) is not None)


_PROSE_LINE = 50  # characters: a line of running text, as long as a wrapped title's first line at least


def _leaders_dropped(page: list[Line], start: int, end: int) -> list[Line]:
    """The page's lines from ``start`` on, a leader alone before ``end`` blanked: printed apart from its
    contents entry, after the last page number, it is no text of the body."""
    return [
        Line(line.number, "", line.page) if index < end and _LEADER.fullmatch(line.text.strip()) else line
        for index, line in enumerate(page[start:], start)
    ]


def _contents_head(page: list[Line]) -> int | None:
    """The index of a page's contents heading, if it has one."""
    return next(
        (
            i
            for i, line in enumerate(page)
            if ("ONTENTS" in line.text or "ontents" in line.text) and _CONTENTS_HEAD.fullmatch(line.text.strip())
        ),
        None,
    )


def _contents_titles(
    page: list[Line], start: int, end: int, *, pairing: bool = True, wrapped: bool = False
) -> list[list[int]]:
    """The titles of contents entries between ``start`` and ``end``, each as the indexes of its lines: a line
    without a leader followed right after by one with it is one wrapped title (or a blank line between, where
    ``wrapped``: every title ends with its leader, and so does a line without one right under it, in the same
    type, its leader on a line of its own after it); a leader alone ends the title above it; page numbers,
    column labels and rules are no titles; section labels alone open the titles after them, in order, unless not
    ``pairing`` (then a chapter's or a section's, ``IV.`` / ``B.``, opens none)."""
    titles: list[list[int]] = []
    joining = False  # whether the next line goes on the last title
    labels: deque[int] = deque()  # section labels alone on their lines (I. / INTRODUCTION ……, or I. / II. /
    # then the titles, as pdfminer prints them): each opens the next title that has no label of its own
    for index in range(start, end):
        text = page[index].text.strip()
        if not text:
            joining = False
            continue
        across = (
            bool(titles) and not joining and _goes_on_across_blank(page[titles[-1][-1]].text.strip(), text, wrapped)
        )
        joining = joining or across  # … ON THE WORK OF THE / blank / ORGANIZATION FOR THE YEAR 2010 ……: pdfminer
        if (
            _PAGE_NUMBER.fullmatch(text)
            or _COLUMN_LABEL.fullmatch(text)
            or _LEADER_ONLY.fullmatch(text)
            or _RUNNING_HEADER.fullmatch(text)
            or _RULE.fullmatch(text)
        ):
            joining = False
            continue
        if _SECTION_LABEL.fullmatch(text):
            labels.extend([index] if pairing or not _LABEL_APART.fullmatch(text) else [])
            continue
        leader = bool(_LEADER.search(text))
        under = joining and wrapped and not across and _leader_alone_after(page, index, end)
        under = under and _one_title(page[titles[-1][-1]].text.strip(), text)
        if joining and (
            (leader and not _OWN_LABEL.match(text)) or across or (under and not _LABELLED_TITLE.match(text))
        ):
            titles[-1].append(index)  # (wrapped: ``… OF THE EXECUTIVE`` / ``COMMITTEE`` / blank / ``……``)
        elif labels and not _LABELLED_TITLE.match(text):
            titles.append([labels.popleft(), index])
        else:
            titles.append([index])
        joining = not leader and not _FULL_ENTRY.fullmatch(text)
    if labels:  # labels after the last title open none: they stay where they are
        titles.extend([label] for label in labels)
    return _numeral_out_of_order_placed(page, titles) if pairing else titles


_OWN_LABEL = re.compile(r"(?:Statement|Schedule|Table|Annex|Appendix)\s+(?:[IVX]{1,5}|\d{1,2})\s*[–-]\s")
"""A contents line opening with an entry's own label (``Statement I – …``, ``Schedule 1 – …``): an entry of its
own, never a title's second line (``FINANCIAL STATEMENTS`` / ``Statement I – … ……``: a group and its entry)."""


def _leader_alone_after(page: list[Line], index: int, end: int) -> bool:
    """Whether the next line of text after ``index`` (before ``end``) is a leader alone (``……``)."""
    after = next((i for i in range(index + 1, end) if page[i].text.strip()), None)
    return after is not None and _LEADER_ONLY.fullmatch(page[after].text.strip()) is not None


def _numeral_out_of_order_placed(page: list[Line], titles: list[list[int]]) -> list[list[int]]:
    """The contents' titles, a chapter's numeral alone printed out of its order (``IV.`` / ``V.`` / ``III.``
    before ``FINANCIAL STATEMENTS``, a group's heading) moved to the one title in capitals without a label
    between the titles its neighbours open (``II.`` … ``CONTRIBUTIONS AND RECEIVABLES`` … ``IV.``), where
    there is exactly one."""
    numbered = {
        value: at
        for at, title in enumerate(titles)
        if len(title) > 1
        and _LABEL_APART.fullmatch(text := page[title[0]].text.strip())
        and text[0] in "IVX"
        and (value := roman_to_int(text.rstrip(".")))
    }
    order = sorted(numbered.items(), key=lambda item: item[1])
    late = (pair for (before, _), pair in itertools.pairwise(order) if pair[0] < before)
    value, at = next((pair for pair in late if {pair[0] - 1, pair[0] + 1} <= numbered.keys()), (0, 0))
    if not value:
        return titles
    free = [
        n
        for n in range(numbered[value - 1] + 1, numbered[value + 1])
        if _in_capitals(page[titles[n][0]].text) and not _LABEL_APART.fullmatch(page[titles[n][0]].text.strip())
    ]
    if len(free) != 1:
        return titles
    titles = [list(title) for title in titles]
    titles[free[0]] = [titles[at].pop(0), *titles[free[0]]]
    return titles


def _labels_misplaced(page: list[Line], titles: list[list[int]]) -> bool:
    """Whether section labels alone, paired with the titles after them in order, give a roman numeral to a
    title in lower case or a letter to one in capitals: pdfminer printed the chapters' labels as a column
    and the sections' late (``Objectives ……`` / ``A.``), so their kinds must pair them. Labels of one kind
    only pair in order, whatever the titles' case, unless chapters' numerals would leave a chapter's title in
    capitals after them without one (see `_numerals_on_sections`)."""
    labelled = [(page[title[0]].text.strip(), title) for title in titles if len(title) > 1]
    labelled = [(label, title) for label, title in labelled if _LABEL_APART.fullmatch(label)]
    if len({label[0] in "IVX" for label, _ in labelled}) < 2:
        return _numerals_on_sections(page, titles, labelled)
    return any((label[0] in "IVX") != _in_capitals(page[title[1]].text) for label, title in labelled)


def _numerals_on_sections(page: list[Line], titles: list[list[int]], labelled: list[tuple[str, list[int]]]) -> bool:
    """Whether chapters' numerals alone, paired in order, give one to a title in lower case while a title in
    capitals after it has none (``III.`` / ``IV.`` / ``V.`` / ``ADMINISTRATIVE PART …`` / ``Assessed
    contributions …`` / ``OPERATIONAL PART …``): a column of them over the chapters, not over each title."""
    lower = [title for label, title in labelled if label[0] in "IVX" and not _in_capitals(page[title[1]].text)]
    if not lower:
        return False
    after = titles[titles.index(lower[0]) + 1 :]
    return any(
        _in_capitals(page[title[0]].text) and not _LABEL_APART.fullmatch(page[title[0]].text.strip()) for title in after
    )


def _goes_on_across_blank(above: str, text: str, wrapped: bool) -> bool:
    """Whether a contents line under a blank line goes on with the title above it: the title has no leader yet
    and breaks off on a word no title ends with (``… OF THE``, ``… contributions to the`` / ``Administrative
    Part of the Budget``, its leader on a line of its own), or the line goes on with the leader in lower case
    (``in transition (1035 Facility) ……``), or in any case where each title ends with its leader (``wrapped``:
    ``… Republic of Cape`` / ``Verde as a Member of the Organization ……``) and the two lines can be one title
    (see `_one_title`)."""
    if _LEADER.search(above) or _PAGE_NUMBER.fullmatch(above) or _FULL_ENTRY.fullmatch(above):
        return False  # (``INTRODUCTION …… 1``: an entry whole with its page goes on with no line under it)
    if _TITLE_BREAKS_OFF.search(above) is not None:  # … contributions to the / Administrative Part …: its leader
        return True  # on the line after, or on the next line of its own
    if _LEADER.search(text) is None:
        return False
    return text[0].islower() or (wrapped and _one_title(above, text))


def _one_title(above: str, text: str) -> bool:
    """Whether two lines of a contents page can be one title broken off: in the same type (both in capitals or
    neither), the first no part's or annex's heading (``PART I – ADMINISTRATION`` / ``Staff costs ……``: a
    group and its entry)."""
    return _in_capitals(above) == _in_capitals(text) and not _GROUP_HEADING.match(above)


_GROUP_HEADING = re.compile(r"(?:PART|Part|ANNEX|Annex|APPENDIX|Appendix)\b")


_TITLE_BREAKS_OFF = re.compile(r"(?i)\b(?:the|of|on|and|for|to|in|with|by|at|from|an?)$")


# --------------------------------------------------------------------------------------------------
# Bullets printed apart from their items

_GLYPH_ALONE = re.compile(r"\s*(?:\(cid:\d{1,4}\)|[•▪●])\s*")  # a bullet alone, its glyph named or not
_ENDS_ITEM = re.compile(r"(?:;|; and|; or|, and|, or)[⁰¹²³⁴⁵⁶⁷⁸⁹\d]{0,2}(?: and| or)?$")
_OPENS_LIST = re.compile(r":[⁰¹²³⁴⁵⁶⁷⁸⁹\d]{0,2}$")


_GLYPH_OPENING = re.compile(r"^\s*\(cid:\d+\)\s+(?=\S)")
"""A glyph the extractor could not name opening a line of text: an item's bullet."""


def bullets_apart(page: list[Line]) -> list[Line]:
    """Bullets whose glyph the extractor could not name (pdfminer's ``(cid:127)``): read as bullets where they
    open a line of text, and where printed apart from their items, each alone on a line (at the page's end,
    as pdfminer prints them), given back to the items of the
    page, in order, when there are as many items (lines opening in lower case after a line that introduces
    a list, ``… cover:``, or in any case after one that ends an item, ``…;``, ``…; and``; the page's first
    line of text in lower case only when the items need it: it may go on with the text of the page before)."""
    page = [
        Line(line.number, _GLYPH_OPENING.sub("• ", line.text, count=1), line.page) if "(cid:" in line.text else line
        for line in page
    ]  # (cid:127) many capacity-building …: the glyph before an item's text, on its line, is its bullet
    glyphs = [index for index, line in enumerate(page) if "(cid:" in line.text and _GLYPH_ALONE.fullmatch(line.text)]
    glyphs = sorted({*glyphs, *_bullet_runs(page)})
    if not glyphs:
        return page
    items = _item_starts(page)
    if len(items) != len(glyphs):
        items = _lines_beside_run(page, glyphs) or items
    if len(items) == len(glyphs) + 1 and items and _opens_page(page, items[0]):
        items = items[1:]  # the page's first line goes on with the text of the page before
    if len(items) > len(glyphs):
        items = _list_after_opener(page, items, len(glyphs))
    if len(items) != len(glyphs):
        return page
    result = [Line(line.number, "", line.page) if index in glyphs else line for index, line in enumerate(page)]
    for index in items:
        result[index] = Line(page[index].number, f"• {page[index].text.strip()}", page[index].page)
    return result


def _bullet_runs(page: list[Line]) -> list[int]:
    """The bullets alone on their lines printed as a run, only blank lines between them (``•`` / ``•`` / ``•``
    then the items' texts: pdfminer prints a list's bullets as a column of their own). A bullet alone over its
    item's text is the lexer's to read."""
    alone = [index for index, line in enumerate(page) if _BULLET_ALONE_LINE.fullmatch(line.text)]
    runs: set[int] = set()
    for above, below in itertools.pairwise(alone):
        if all(not page[i].text.strip() for i in range(above + 1, below)):
            runs |= {above, below}
    return sorted(runs)


_BULLET_ALONE_LINE = re.compile(r"\s*[•▪●]\s*")
_NAME_WIDTH = 70  # characters: a line of a list of names (``First Vice-Chairperson``), no wrapped item's


def _lines_beside_run(page: list[Line], glyphs: list[int]) -> list[int]:
    """The lines of the one block printed under a run of bullets that a line ending with a colon opens, or of
    as many blocks of a line each (pdfminer), when there is a line for each bullet and each is short, opens
    with a capital and ends no sentence (``… will elect the following officers:`` / ``•`` ×4 / ``Chairperson``
    … ``Rapporteur``): a list of names, an item a line, none opening in lower case after a semicolon for
    `_item_starts` to find."""
    first, last = glyphs[0], glyphs[-1]
    if any(page[i].text.strip() and i not in glyphs for i in range(first, last)):
        return []  # not one run
    above = previous_line(page, first)
    if above is None or not _OPENS_LIST.search(page[above].text.strip()):
        return []
    start = next((i for i in range(last + 1, len(page)) if page[i].text.strip()), len(page))
    block = list(itertools.takewhile(lambda i: page[i].text.strip(), range(start, len(page))))
    if len(block) == 1:  # (a line a block: the names a blank line apart, as many as the bullets, then a blank)
        block = [i for i in range(start, min(len(page), start + 2 * len(glyphs))) if page[i].text.strip()]
        ends = start + 2 * len(glyphs) - 1
        if block != list(range(start, ends, 2)) or (ends < len(page) and page[ends].text.strip()):
            return []
    if len(block) != len(glyphs):
        return []
    texts = [page[i].text.strip() for i in block]
    names = all(len(text) <= _NAME_WIDTH and text[:1].isupper() for text in texts)
    return block if names and not any(text.endswith((".", ":")) for text in texts[:-1]) else []


def _list_after_opener(page: list[Line], items: list[int], count: int) -> list[int]:
    """Of more item openings than bullets, the ``count`` that follow the one line of the page introducing a
    list (``… were as follows:``), when only one run of them can: the others are lines of other text."""
    runs = [
        items[start : start + count]
        for start in range(len(items) - count + 1)
        if (above := _text_above(page, items[start])) is not None and _OPENS_LIST.search(page[above].text.strip())
    ]
    return runs[0] if len(runs) == 1 else items


def _text_above(page: list[Line], index: int) -> int | None:
    """The line of text above line ``index``, bullets alone passed over."""
    above = previous_line(page, index)
    while above is not None and _GLYPH_ALONE.fullmatch(page[above].text):
        above = previous_line(page, above)
    return above


def _opens_page(page: list[Line], index: int) -> bool:
    """Whether line ``index`` is the first line of text of the page (running headers passed over, a short title
    over the page's label among them)."""
    return all(
        not line.text.strip()
        or FURNITURE_LINE.fullmatch(line.text.strip())
        or _GLYPH_ALONE.fullmatch(line.text)
        or _over_page_label(page, at)
        for at, line in enumerate(page[:index])
    )


def _block_ends(page: list[Line], index: int) -> str:
    """The last line of text of the block that line ``index`` is in, from that line on."""
    end = next((i for i in range(index, len(page)) if not page[i].text.strip()), len(page))
    return page[end - 1].text.strip()


def _item_starts(page: list[Line]) -> list[int]:
    """The lines of a page that open a list item printed without its bullet (see `bullets_apart`)."""
    starts: list[int] = []
    previous = before = ""  # the last line of text above, and the one above it
    for index, line in enumerate(page):
        text = line.text.strip()
        if not text or _GLYPH_ALONE.fullmatch(text) or FURNITURE_LINE.fullmatch(text) or _over_page_label(page, index):
            continue
        if text in ("and", "or"):  # the last word of the item above, on a line of its own: no item
            previous, before = text, previous
            continue
        after_item = _ENDS_ITEM.search(previous) is not None or (previous in ("and", "or") and before.endswith(";"))
        # … 2010; / Discretionary Income …: a name opens it (``… instalments;`` / ``and``: its last word apart)
        question = text[:1].isupper() and _block_ends(page, index).endswith("?")  # questions open with a capital
        opens = (
            (text[:1].islower() and (not previous or _OPENS_LIST.search(previous) or after_item))
            or (after_item and text[:1].isupper() and not text.endswith(":"))
            or (_OPENS_LIST.search(previous) and text[:1].isupper() and not text.endswith(":") and not text.isupper())
            or (not previous and text[:1].isupper() and _ENDS_ITEM.search(_block_ends(page, index)) is not None)
            or (question and (previous.endswith("?") or _OPENS_LIST.search(previous) is not None))
        )  # (a name after the lead-in's colon: ``… their commitments:`` / ``Chad, under a plan …;``; the page's
        # first text, a name whose block ends as an item does: the list going on from the page before)
        if opens:
            starts.append(index)
        previous, before = text, previous
    return starts


def _over_page_label(page: list[Line], index: int) -> bool:
    """Whether line ``index`` stands right over the page's label (``Recognizing the skills of migrants`` /
    ``Page 3``): a running header, the document's short title where it has no symbol."""
    below = _next_line(page, index)
    return below is not None and below == index + 1 and _PAGE_LABEL_LINE.fullmatch(page[below].text) is not None


_PAGE_LABEL_LINE = re.compile(r"\s*Page [ivxlcdm\d]+\s*")


# --------------------------------------------------------------------------------------------------
# Footnotes of typed documents: 1/

_TYPED_BODY = re.compile(r"\s*(\d{1,2})/(?:\s+(\S.*?))?\s*")
_TYPED_BODY_START = re.compile(r"\s*\d{1,2}/(?:\s|$)")
_TYPED_MARKER = re.compile(r"(?:(?<=[^\s/\d]) ?|(?<=\d) )(\d{1,2})/(?=[\s,.;:)]|$)")
"""A typed footnote's marker: after a word or a stop, a space between or none (``Session 1/``, ``below.2/``),
or after a figure a space apart (``Financial Year 1978 1/,``), never a figure's last digit (``12/``)."""
_RULE = re.compile(r"\s*[_-]{8,}\s*")
TO_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NOTE_AREA = 40  # lines: a footnote body sits this close under the rule above the notes


def typed_footnotes(lines: list[Line]) -> list[Line]:
    """Footnotes of typed documents (``… Session 1/ in …``; under a rule, ``1/  See document …``): marker
    and body given the superscript number that the other conventions use, when both are found, the marker
    above its body."""
    if not any(_TYPED_BODY_START.match(line.text) for line in lines if "/" in line.text):
        return lines  # no typed footnote: most documents
    bodies: dict[str, int] = {}
    rule = -_NOTE_AREA - 1
    for index, line in enumerate(lines):
        if ("---" in line.text or "___" in line.text) and _RULE.fullmatch(line.text):
            rule = index
        body = _TYPED_BODY.fullmatch(line.text) if "/" in line.text else None
        if body and index - rule <= _NOTE_AREA and body.group(1) not in bodies:
            bodies[body.group(1)] = index
    if not bodies:
        return lines
    result = list(lines)
    marked: set[str] = set()
    body_lines = set(bodies.values())
    for index, line in enumerate(lines):
        if index in body_lines or "/" not in line.text:
            continue

        def superscript(marker: re.Match[str], index: int = index) -> str:
            number = marker.group(1)
            if bodies.get(number, -1) > index and number not in marked:
                marked.add(number)
                return number.translate(TO_SUPERSCRIPT)
            return marker.group()

        result[index] = Line(line.number, _TYPED_MARKER.sub(superscript, line.text), line.page)
    for number in marked:
        _typed_body(result, bodies[number], number)
    return result


def _typed_body(lines: list[Line], index: int, number: str) -> None:
    """The body of typed footnote ``number`` at ``index`` opened by its superscript number; a number alone
    on its line takes the text of the next line."""
    body = _TYPED_BODY.fullmatch(lines[index].text)
    assert body is not None, "a typed footnote's body was found at this index"
    text = body.group(2)
    if text is None:
        following = next((i for i in range(index + 1, len(lines)) if lines[i].text.strip()), None)
        if following is None:
            return
        text = lines[following].text.strip()
        lines[following] = Line(lines[following].number, "", lines[following].page)
    lines[index] = Line(lines[index].number, f"{number.translate(TO_SUPERSCRIPT)} {text}", lines[index].page)
