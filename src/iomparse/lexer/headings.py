"""Pass 5, headings: which short lines are headings, and at what level.

A numbered heading (``IV. …``, ``V.1 …``, ``(1) …``, ``Objective 3: …``) is read by the rule table; an
unnumbered one only by its place: a short line without final punctuation above a numbered paragraph or
another heading. Each document part (the body, each annex) then ranks the heading styles it uses into
three levels.
"""

from __future__ import annotations

import re
from itertools import pairwise

from attrs import evolve

from ..reading_order import FIGURE, REMARK, RESTARTING_LABEL, STATEMENT_LABEL, TABLE_CAPTION, TOTAL
from ..vocabulary import DANGLING_WORDS, OPENING_HEADINGS, alternation, names_its_kind
from .kinds import CONTENTS_PARTS, HEADER_FIELDS, HEADER_OPENERS, PASSED_OVER_KINDS
from .lines import LogicalLine
from .lines import bare as bare_text
from .rules import LETTER_SPACED, is_caps

# Heading styles from the outermost in: a document uses some of them, and the levels are the ranks of the
# styles it uses. An unnumbered heading in capitals ranks with roman sections (``IV. EFFECT OF THE SCALE`` /
# … / ``ACTION REQUESTED OF THE COMMITTEE``, ``FINANCIAL STATEMENTS`` after a report's sections); one in
# sentence case sits under roman sections when there are any, and under one in capitals
# (``OPERATIONAL PART OF THE BUDGET`` / ``Distribution by region``).
_STYLE_RANK = {
    "part": 0,
    "roman": 1,
    "numbered": 1,
    "plain_caps": 1,
    "plain": 1.5,
    "plain_deeper": 1.75,  # unnumbered, marked ## under another marked # in a converter's Markdown
    "numbered_plain": 1.8,  # 1. Objectives and activities, in sentence case: under a heading in capitals, over
    # the decimal headings numbered from it (2. … / 2.1 …)
    "letter": 2,
    "agenda": 2,  # an agenda item's number and title over its annotation, repeated from the agenda's list
    "decimal": 2,
    "paren": 2,
    "label": 2,
    "decimal3": 2.5,
    "paren_letter": 3,
    "paren_roman": 3.5,  # (i) Republic of Turkey under (a) Applications for membership
}
_MAX_LEVEL = 4
_LETTER_LABEL = re.compile(r"\([a-z]\)")


def heading_style(line: LogicalLine) -> str | None:
    """The heading style of a line already classified as a heading, else ``None``."""
    if not line.kind.startswith("HEADING"):
        return None
    return line.groups.get("__style__")


_LONGEST_HEADING = 14  # words
_LONGEST_PROSE_HEADING = 12  # words: a heading over a statement's prose, its only evidence, holds as many at most
_LONGEST_CAPS_HEADING = 30  # words: an agenda item's title in capitals (STATUS REPORT ON OUTSTANDING …
# UNDER ARTICLE 4 OF THE CONSTITUTION: 25)


def heading_shape(line: LogicalLine, longest: int | None = None) -> bool:
    """A short line of text (or a lettered item) starting with a capital and ending without punctuation,
    with words in it (not figures alone); ``longest`` words at most, when given."""
    if line.kind not in ("TEXT", "CAPS", "BOLD", "ITEM"):
        return False
    if line.kind == "ITEM" and not (
        _LETTER_LABEL.fullmatch(line.label or "") or _ROMAN_SUB_ITEM.fullmatch(line.label or "")
    ):
        return False
    if line.rule in ("header-line-in-body", "agenda-column-headings"):  # a citation alone, a column's heading
        return False
    text = bare_text(line.text)
    if TABLE_CAPTION.match(text):
        return False  # Table 5: Operational Part …: a table's caption (with no table read under it, reported)
    return (
        bool(text)
        and (text[0].isupper() or text[0].isdigit())
        and len(text.split()) <= (longest or (_LONGEST_CAPS_HEADING if line.kind == "CAPS" else _LONGEST_HEADING))
        and not text.endswith((".", ",", ";", ":"))
        and not BREAKS_OFF.search(text)  # Ms. ACHTERBERG (Netherlands) said that: a line of text, broken off
        and any(character.isalpha() for character in text)  # 14 22 31 38 45: figures, no heading
        and len(_FIGURE_TOKEN.findall(text)) < 2  # Argentina 12,000 Brazil 15,000: rows of figures, no heading
        and len(_NUMBER_TOKEN.findall(text)) < 3  # Total officials 108 155 …: a table's cells run together
    )


LOCATOR = re.compile(r"(?:Page|Paragraph|Table|Footnote|Line|Annex)s?\s+[\dIVX]", re.IGNORECASE)
"""Where a correction applies (``Page 4, paragraph 12``, ``Paragraph 5, second sentence``): no heading, though
the text it corrects follows it."""
BREAKS_OFF = re.compile(rf"\s(?:{alternation(DANGLING_WORDS)})$")
"""A word no heading ends with: the line is text that goes on (pdfminer breaks justified lines apart)."""
_FIGURE_TOKEN = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\.\d+\b")
_NUMBER_TOKEN = re.compile(r"(?<!\S)\(?\d[\d,.]*\)?(?!\S)")  # a number standing alone among the words


def heading_candidates(lines: list[LogicalLine]) -> list[bool]:
    """For each line, whether it reads as a heading: a line of heading shape followed by a numbered
    paragraph, a heading, or another candidate (``Admission of …`` above ``(a) Applications …`` above
    ``9. …``; a lettered line only right above a numbered paragraph); in a document whose paragraphs have no
    numbers (a statement), a line of heading shape between a sentence's end (or a salutation: ``Madam
    Chairperson,`` / ``Conclusion``) and a paragraph of prose.
    Footnote bodies, page furniture and an agenda's column headings in between are passed over, and so is a
    statement's salutation repeated over a numbered paragraph. One pass, from the end."""
    flags = [False] * len(lines)
    prose = not any(line.kind == "PARA" for line in lines)  # a statement: paragraphs without numbers
    listed = _contents_titles(lines)  # a heading the contents list may be longer than a heading's shape
    opens_section = False  # whether the next line that counts starts a paragraph or a section
    prose_opens = False  # whether it is a paragraph of prose, in a document without numbered paragraphs
    text_opens = False  # whether it is a paragraph of unnumbered prose, in any document
    goes_on_lower = False  # whether it is text in lower case: a sentence going on, pdfminer's line a block
    paragraph_next = False  # whether the next line that counts is a numbered paragraph
    sub_heading_next = False  # whether it is a heading numbered in roman in parentheses (``(i) …``)
    statement_next = False  # whether it opens a financial statement (see `_statement`)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if _passed_over(line, opens_section):
            continue
        if line.rule == "row-labels-in-a-column":  # a table's row labels: no heading, and nothing they open
            opens_section = prose_opens = paragraph_next = statement_next = False
            continue
        # (a) Status report on … under Article 4 of the Constitution / 10. …: an agenda item's long title,
        # unless it goes on a list ((a) … / (b) … under an agenda's item)
        over_prose = prose_opens and not goes_on_lower and _after_sentence_or_salutation(lines, index)
        if (
            opens_section
            or over_prose
            or (line.kind == "CAPS" and text_opens and _after_text(lines, index))
            or (text_opens and FRONT_MATTER_TITLE.fullmatch(bare_text(line.text)) is not None)  # Summary / prose
            or line.rule == "heading-over-text"
            or (statement_next and _after_sentence(lines, index))  # … approve them. / FINANCIAL STATEMENTS /
        ):  # STATEMENT I: the statements' part heading, where the report's text ends (no table's leftover line)
            long_title = _long_title(lines, index, paragraph_next, listed)
            only_over_prose = over_prose and not opens_section and line.rule != "heading-over-text"
            longest = _LONGEST_CAPS_HEADING if long_title else _LONGEST_PROSE_HEADING if only_over_prose else None
            located = only_over_prose and LOCATOR.match(bare_text(line.text)) is not None  # Page 3, paragraph 11
            flags[index] = heading_shape(line, longest) and not located
        if line.kind == "ITEM" and (not (paragraph_next or sub_heading_next) or _goes_on_list(lines, index)):
            flags[index] = False  # (a) … / (b) … / ADOPTION OF …, or (a) … / (b) … / 1. …: a list, not headings
        opens_section = line.kind == "PARA" or line.kind.startswith("HEADING") or flags[index]
        statement_next = _statement(line)
        paragraph_next = line.kind == "PARA"
        # (a) Applications for membership / (i) Republic of Armenia / 14. …: a lettered heading over its first
        sub_heading_next = (
            flags[index] and line.kind == "ITEM" and _ROMAN_SUB_ITEM.fullmatch(line.label or "") is not None
        )
        # in prose: … Member States. / A world on the move / According to the latest estimates, …
        text_opens = line.kind == "TEXT" and _prose_words(lines, index) >= _PROSE_PARAGRAPH
        goes_on_lower = line.kind == "TEXT" and bare_text(line.text)[:1].islower()  # (a line above is its first)
        prose_opens = prose and (line.kind == "SALUTATION" or text_opens)
    _first_heading_over_prose(lines, flags)
    return flags


def _runs_of_titles(lines: list[LogicalLine], flags: list[bool]) -> None:
    """Lines of text in sentence case flagged one after the other, each the next's heading, nothing between
    them, as many as a list (``Admission of Tuvalu …`` / ``Observership of …`` / … / ``Report on the 106th
    Session …``: a table's column of titles printed apart from its numbers, a list of officers): no
    headings, for sections hold text; they stay text. Headings in capitals, or labelled, are not counted."""
    run: list[int] = []
    for index in [*range(len(lines)), len(lines)]:
        line = lines[index] if index < len(lines) else None
        if line is not None and line.kind in PASSED_OVER_KINDS:
            continue
        if line is not None and flags[index] and line.kind == "TEXT" and not line.label:
            run.append(index)
            continue
        if len(run) >= _TITLES_IN_A_ROW:
            for flagged in run:
                flags[flagged] = False
        run = []


_TITLES_IN_A_ROW = 4  # headings in sentence case one right after another, at least, that are a list's lines


def _prose_words(lines: list[LogicalLine], index: int) -> int:
    """The words of the text opening at ``index``, with the lines that go on with its sentence in lower case
    where pdfminer printed each line a block of its own (``Madam Chairperson, the Director General reminded us
    yesterday that more`` / ``people are now displaced …``): a few lines at most (a table's row labels, each
    opening with a capital, are no sentence going on)."""
    words = 0
    for at, line in enumerate(lines[index : index + _PROSE_LINES]):
        text = bare_text(line.text)
        if line.kind != "TEXT" or (at and not text[:1].islower()):
            break
        words += len(text.split())
        if words >= _PROSE_PARAGRAPH or _ENDS_SENTENCE.search(text):
            break
    return words


_PROSE_LINES = 3  # lines of one sentence, at most, counted for a paragraph of prose printed a line a block


def _statement(line: LogicalLine) -> bool:
    """Whether a line opens a financial statement, its label first (``STATEMENT I`` / ``STATEMENT OF …``,
    ``Statement I – Statement of financial position …`` over its table): the part it opens has its heading
    above it (``FINANCIAL STATEMENTS``)."""
    if line.kind not in _STATEMENT_KINDS:
        return False
    opening = (line.label if line.kind == "TABLE" else line.text) or ""
    if not any(word in opening[:_LABEL_REACH] for word in _STATEMENT_WORDS):
        return False  # (most lines: told cheaply)
    text = bare_text(opening)
    label = STATEMENT_LABEL.match(text)
    return label is not None and not text[label.end() : label.end() + 1].isalpha()  # (STATEMENT BY …: no label)


_STATEMENT_KINDS = frozenset({"TEXT", "CAPS", "TABLE"})
_STATEMENT_WORDS = ("TATEMENT", "tatement", "CHEDULE", "chedule")
_LABEL_REACH = 14  # characters: a statement's label opens its line, perhaps after markup (**STATEMENT I**)


def _long_title(lines: list[LogicalLine], index: int, paragraph_next: bool, listed: set[str]) -> bool:
    """Whether a heading candidate may be as long as an agenda item's title: a lettered item right above a
    numbered paragraph (``paragraph_next``), or a line the table of contents lists."""
    line = lines[index]
    item = line.kind == "ITEM" and paragraph_next and _previous_kind(lines, index) != "ITEM"
    return item or (bool(listed) and _entry_words(line.text) in listed)


_LEADER = re.compile(r"\s*(?:[.…·]\s?){3,}.*$")


def _contents_titles(lines: list[LogicalLine]) -> set[str]:
    """The words of the titles a table of contents lists (``Reports on the Twenty-sixth and … Finance``)."""
    return {_entry_words(_LEADER.sub("", line.text)) for line in lines if line.kind == "TOC_ENTRY"}


def _passed_over(line: LogicalLine, opens_section: bool) -> bool:
    """Whether a line between a heading and what it heads is passed over: a footnote's body, furniture, an
    agenda's column headings (``… annotations`` / ``Documents`` / ``1. …``), a statement's salutation repeated
    over what opens a section (``CONCLUDING REMARKS`` / ``Mr. Chairman,`` / ``19. …``)."""
    if line.kind in PASSED_OVER_KINDS or line.rule == "agenda-column-headings":
        return True
    return line.kind == "SALUTATION" and opens_section


_FRONT_MATTER = CONTENTS_PARTS | {"TOC_HEAD"}  # a table of contents, before the body's first heading


def _first_heading_over_prose(lines: list[LogicalLine], flags: list[bool]) -> None:
    """The body's first line, in capitals and of heading shape, right above a paragraph of prose, is a
    heading though no numbered paragraph follows it (a cover, its note, perhaps a table of contents, then
    ``EXECUTIVE SUMMARY`` / ``The year 2015 was …``)."""
    body = (
        index
        for index, line in enumerate(lines)
        if not line.header and line.kind not in PASSED_OVER_KINDS and line.kind not in _FRONT_MATTER
    )
    first, second = next(body, None), next(body, None)  # the body's first two lines that count: read no further
    if first is None or second is None or not any(line.header for line in lines[:first]):
        return
    prose = lines[second].kind == "TEXT" and len(lines[second].text.split()) >= _PROSE_PARAGRAPH
    if lines[first].kind == "CAPS" and prose:
        flags[first] = heading_shape(lines[first], None)


def _goes_on_list(lines: list[LogicalLine], index: int) -> bool:
    """Whether the lettered item at ``index`` follows the item lettered just before it (``(a)`` / ``(b)``),
    perhaps with its own sub-items between (``(a)`` / ``(i)`` … ``(iii)`` / ``(b)``), or is the first item
    under a lead-in ending with a colon (``4. Budget matters:`` / ``(a) Revision of the budget``): a list,
    though a numbered paragraph comes next."""
    letter = (lines[index].label or "").strip("()")
    if _ROMAN_SUB_ITEM.fullmatch(lines[index].label or "") and letter not in _ROMAN_BEFORE:
        return _roman_goes_on(lines, index, letter)  # (ii) Republic of Namibia under (i) …: a list's end
    if len(letter) != 1 or not letter.isalpha():
        return False
    for at in range(index - 1, -1, -1):
        line = lines[at]
        if line.kind in PASSED_OVER_KINDS:
            continue
        if letter in "ai" and bare_text(line.text).rstrip().endswith(":"):
            return True  # (the list the lead-in announces, of one item or more)
        if line.kind != "ITEM":
            return False
        if (line.label or "").strip("()") == chr(ord(letter) - 1):
            return True
        if not _ROMAN_SUB_ITEM.fullmatch(line.label or ""):
            return False  # (iii) Republic of Namibia: the sub-item of the item lettered before, passed over
    return False


_ROMAN_SUB_ITEM = re.compile(r"\((?:ii|iii|iv|v|vi|vii|viii|ix|x|i)\)")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_ROMAN_BEFORE = {"i": "h", "v": "u", "x": "w"}  # a label that is a letter too, and the letter before it


def _roman_goes_on(lines: list[LogicalLine], index: int, roman: str) -> bool:
    """Whether the roman item at ``index`` follows the item numbered just before it (``(i)`` / ``(ii)``)."""
    previous = _previous_line(lines, index)
    return (
        previous is not None and previous.kind == "ITEM" and previous.label == f"({_ROMANS[_ROMANS.index(roman) - 1]})"
    )


def _previous_line(lines: list[LogicalLine], index: int) -> LogicalLine | None:
    """The line before ``index`` that counts (footnote bodies and furniture passed over)."""
    return next((lines[i] for i in range(index - 1, -1, -1) if lines[i].kind not in PASSED_OVER_KINDS), None)


def _previous_kind(lines: list[LogicalLine], index: int) -> str | None:
    """The kind of the line before ``index`` that counts (footnote bodies and furniture passed over)."""
    previous = _previous_line(lines, index)
    return previous.kind if previous is not None else None


def _after_sentence_or_salutation(lines: list[LogicalLine], index: int) -> bool:
    return _after_sentence(lines, index) or (index > 0 and lines[index - 1].kind == "SALUTATION")


def _after_text(lines: list[LogicalLine], index: int) -> bool:
    """Whether a line follows a finished sentence or a numbered paragraph or item (a list's last: ``13.
    Closure of the session`` / ``ANNOTATIONS`` / ``The Nineteenth Session …``)."""
    previous = _previous_line(lines, index)
    return _after_sentence(lines, index) or (previous is not None and previous.kind in ("PARA", "ITEM", "BULLET"))


def _after_sentence(lines: list[LogicalLine], index: int) -> bool:
    """Whether the line before ``index`` that counts ends a sentence: furniture and footnotes passed over (``…
    as we continue to grow.`` / a note / ``MC/2331`` / ``Page 2`` / ``The Year in Review``, a page's first line)."""
    previous = _previous_line(lines, index)
    return previous is not None and bool(_ENDS_SENTENCE.search(bare_text(previous.text)))


_ENDS_SENTENCE = re.compile(r"[.!?:][”\"’)]?$")
_PROSE_PARAGRAPH = 12  # words: a paragraph of prose after a heading, not a short line


def mark_unpaged_contents(flow: list[LogicalLine]) -> None:
    """The entries of a table of contents printed without page numbers (a summary record's ``CONTENTS:``
    then ``General debate (continued)`` / ``Programme and Budget for 1995``): the short lines after its
    heading, when the line after them repeats the first of them (the body's first heading, ``GENERAL DEBATE
    (continued)``). Without that repetition they stay what they are. A group's entry printed without a page
    among paged entries is one too (see `_group_entries`)."""
    _group_entries(flow)
    for index, line in enumerate(flow):
        if line.kind != "TOC_HEAD":
            continue
        start = index + 1 + (index + 1 < len(flow) and flow[index + 1].kind == "TOC_COLUMN")
        if start >= len(flow) or not _entry_shape(flow[start]):
            continue
        first = _entry_words(flow[start].text)
        end = start + 1
        while end < len(flow) and _entry_shape(flow[end]) and _entry_words(flow[end].text) != first:
            end += 1
        if end - start < 2 or not _repeated_below(flow, end, first):
            continue
        for entry in flow[start:end]:
            text = bare_text(entry.text) if entry.kind != "ITEM" else f"{entry.label} {bare_text(entry.text)}"
            entry.decide("TOC_ENTRY", "contents-entry-unpaged")
            entry.label, entry.groups = None, {"text": text}  # (a lettered entry keeps its letter)


def _group_entries(flow: list[LogicalLine]) -> None:
    """A line in capitals between a table of contents' entries, no page beside it (``FINANCIAL STATEMENTS`` /
    ``Statement I – Assets … 2``, ``SCHEDULE`` / ``Schedule 1 – … 3``), is the entry of a group of them: the
    contents go on past it."""
    in_contents = False
    for index, line in enumerate(flow):
        if line.kind in ("TOC_HEAD", "TOC_ENTRY", "TOC_COLUMN"):
            in_contents = True
            continue
        if not in_contents or line.kind in PASSED_OVER_KINDS:
            continue
        following = next((after for after in flow[index + 1 :] if after.kind not in PASSED_OVER_KINDS), None)
        if (
            line.kind == "CAPS"
            and following is not None
            and following.kind == "TOC_ENTRY"
            and heading_shape(line, _LONGEST_GROUP)
        ):
            line.decide("TOC_ENTRY", "contents-group-entry")
            line.label, line.groups = None, {"text": bare_text(line.text)}
            continue
        if _numbered_group(line, following):  # 10. Financial matters / (a) Status report … 12-16
            line.decide("TOC_ENTRY", "contents-group-entry")
            line.label, line.groups = None, {"text": " ".join(bare_text(" ".join(line.raw)).split())}
            continue
        in_contents = False


def _numbered_group(line: LogicalLine, following: LogicalLine | None) -> bool:
    """Whether a numbered line among a table of contents' entries, no page beside it, is the entry of a group
    of lettered ones under it (a record's ``10. Financial matters`` / ``(a) Status report … 12-16``): one line,
    a heading's shape, the entry under it lettered."""
    return (
        line.kind == "PARA"
        and len(line.raw) == 1
        and following is not None
        and following.kind == "TOC_ENTRY"
        and _LETTERED_ENTRY.match(bare_text(following.raw[0]).lstrip()) is not None
        and heading_shape(evolve(line, kind="TEXT"), _LONGEST_NUMBERED_GROUP)
    )


_LONGEST_NUMBERED_GROUP = 15  # words: a numbered group's entry (an agenda item's title) holds as many at most
_LETTERED_ENTRY = re.compile(r"\([a-z]\)\s")  # (a) Status report …: an entry under a group's
_LONGEST_GROUP = 8  # words: a group's entry among a table of contents' entries holds as many at most


def _entry_shape(line: LogicalLine) -> bool:
    """Whether a line after a contents heading is shaped like an entry printed without a page: a heading's
    shape, or one ending with a colon, sub-entries under it (``Applications for membership …
    (continued):`` / ``(a)  Application of …``)."""
    if heading_shape(line, _LONGEST_ENTRY):
        return True
    text = line.text.rstrip()
    return text.endswith(":") and heading_shape(evolve(line, text=text[:-1]), _LONGEST_ENTRY)


_LONGEST_ENTRY = 30  # words: an entry of such contents (an agenda item's title wrapped over two lines)


def _entry_words(text: str) -> str:
    """A contents entry's or a heading's words, remarks in parentheses apart (``GENERAL DEBATE (item 7 of the
    agenda) (continued)`` reads as ``general debate``)."""
    return " ".join(REMARK.sub(" ", bare_text(text).rstrip(":")).lower().split())


def _repeated_below(flow: list[LogicalLine], end: int, first: str) -> bool:
    """Whether the line at ``end``, or the one after a sentence there (``The meeting was called to order at
    3.10 p.m.``), repeats the first entry: the body's first heading (a rule under the contents passed over)."""
    following = [at for at in range(end, min(end + _REPEAT_REACH, len(flow))) if flow[at].kind != "RULE"]
    for at in following[:2]:
        if _entry_words(flow[at].text) == first:
            return True
        if not (flow[at].kind == "TEXT" and _after_sentence(flow, at + 1)):
            return False
    return False


_REPEAT_REACH = 4  # lines: the body's first heading after the contents, a rule and a sentence between


_LETTER_OPENING = re.compile(r"([A-H])\.\s+(?=[A-Z])")
"""A section's letter opening a heading read by its shape (``B. Status report …``)."""


def mark_headings(flow: list[LogicalLine]) -> None:
    """Turn heading candidates into headings and give every heading its level within its part (a contents'
    entries printed without pages known again, now that no furniture stands between them and the body's
    first heading)."""
    mark_unpaged_contents(flow)
    _label_columns_read_as_text(flow)
    candidates = heading_candidates(flow)
    _runs_of_titles(flow, candidates)  # (here, not where lines are arranged: each stays a line of its own)
    after_label = False  # whether the line is the first that counts after an annex label: the annex's title
    last_letter = ""  # the label of the last heading lettered in parentheses: (h) then (i) is a letter
    under_caption = False  # whether the lines since a table's numbered caption are all of heading shape
    table: LogicalLine | None = None  # the table right above the line, if any
    for index, line in enumerate(flow):
        if line.kind in PASSED_OVER_KINDS:
            continue
        above, table = table, line if line.kind == "TABLE" else None
        if candidates[index] and above is not None and _first_column_heading(above, line.text):
            line.decide("TEXT", "table-heading-after")  # (Member State / 10. Of the total assessed …)
            continue
        if line.kind == "HEADING" and LETTER_SPACED.fullmatch(line.text):
            line.text = _unspaced(line.text)  # I.  I N T R O D U C T I O N: a numbered heading typed spaced
        title = after_label and line.kind in ("CAPS", "BOLD")
        after_label = line.kind == "ANNEX_LABEL"
        caption = line.kind in ("TEXT", "CAPS") and TABLE_CAPTION.match(bare_text(line.text)) is not None
        under_caption = caption or (under_caption and candidates[index])
        if line.header or after_label or title or (under_caption and not caption):
            continue  # a header block's title, an annex's, a table's column headings under its caption: no heading
        if candidates[index]:
            if LETTER_SPACED.fullmatch(line.text):
                line.text = _unspaced(line.text)  # I N T R O D U C T I O N: a typist's spaced capitals
            style = (
                _paren_style(line.label or "", last_letter)
                if line.kind == "ITEM"
                else "plain_caps"
                if _in_capitals(line.text)
                else "plain"
            )
            line.decide("HEADING", "heading-by-shape")
            lettered = _LETTER_OPENING.match(line.text) if style == "plain" else None
            if style == "paren_letter":
                last_letter = (line.label or "").strip("()")
            elif style != "paren_roman":
                line.label = None
            if lettered is not None:  # B. Status report on … and Article 4 of / the Constitution: a lettered
                line.label, line.text, style = lettered.group(1), line.text[lettered.end() :], "letter"  # heading
                # too long for the lettered headings' rule, wrapped onto a second line
            line.groups = {**line.groups, "__style__": style}
    _column_headings_after_tables(flow)
    _sub_rules(flow)
    _levels(flow)


def _column_headings_after_tables(flow: list[LogicalLine]) -> None:
    """Short lines read as headings by their shape right under a table (``Area of expenditure``, ``Grade`` /
    ``Total``: the first of a few words), not in capitals, in a document whose every other heading is numbered
    or lettered (three at least): the table's column headings, which plain pdftotext prints after its figures,
    kept as lines of text. Where any is not so, none is: a section's heading unnumbered after a table stands
    among unnumbered ones (``INTRODUCTION`` / … / ``Budget reform``) or reads as one (``NOTES TO THE FINANCIAL
    STATEMENTS``, ``Exchange rate and budget assumptions``)."""
    numbered, after_tables = 0, []
    above: LogicalLine | None = None  # the last line that counts
    for line in flow:
        if line.kind in PASSED_OVER_KINDS:
            continue
        if line.kind == "HEADING" and line.label:
            numbered += 1
        elif line.kind == "HEADING":
            first = above is not None and above.kind != "HEADING"  # (right under the table, not under its heading)
            short = len(line.text.split()) <= _COLUMN_HEADING_WORDS or not first
            if not (line.rule == "heading-by-shape" and above is not None and _table_or_its_headings(above)):
                return  # an unnumbered heading elsewhere: the document's headings are not all numbered
            if is_caps(line.text) or not short:
                return  # (NOTES TO THE FINANCIAL STATEMENTS, Exchange rate and budget assumptions: a section's)
            after_tables.append(line)
        above = line
    if numbered >= _NUMBERED_HEADINGS:
        for line in after_tables:
            line.decide("TEXT", "table-heading-after")


_NUMBERED_HEADINGS = 3  # numbered headings in a document, at least, for its unnumbered ones under tables to be
# read as the tables' column headings


def _table_or_its_headings(line: LogicalLine) -> bool:
    """Whether ``line`` is a table, a line of its figures read as text (`_FIGURES_SHARE`), or a heading by shape
    right under one (a table's column headings printed after it one a line: ``Grade`` / ``Panama …`` /
    ``Total``)."""
    if line.kind == "TABLE" or (line.kind == "HEADING" and line.rule == "heading-by-shape" and not line.label):
        return True
    words = bare_text(line.text).split()
    figures = sum(1 for word in words if FIGURE.fullmatch(word) or word in "-–—")
    return line.kind == "TEXT" and figures >= _FIGURES_SHARE * len(words) > 0  # (a total's label among them)


_FIGURES_SHARE = 0.8  # of a line of text's words, figures at least: a table's figures read as text


def _first_column_heading(table: LogicalLine, text: str) -> bool:
    """Whether a short line right under a table is its first column's heading, which plain pdftotext prints
    after the table's figures (``Category`` under ``Table 2: Staff by category and location``): a few words,
    not in capitals, that its caption or its first row names (a section's heading after a table names
    neither: ``Budget reform`` under ``Table 1: Overall budget levels``)."""
    words = text.split()
    if not 0 < len(words) <= _COLUMN_HEADING_WORDS or text.rstrip()[-1:] in ".:;" or is_caps(text):
        return False
    named = " ".join([table.label or "", *table.raw[:2]]).casefold()
    return re.search(rf"\b{re.escape(' '.join(words).casefold())}", named) is not None


_COLUMN_HEADING_WORDS = 3  # words at most: a table's first column heading (``Region of departure``)


def _sub_rules(flow: list[LogicalLine]) -> None:
    """Sub-rules numbered in parentheses right under a rule's or an article's heading (``Rule 16`` /
    ``Speeches`` / ``(1) No representative may …`` / ``(2) …``): numbered paragraphs whose numbers restart under
    each such heading, not a list, which no line of text introduces. Each is read as a paragraph numbered as
    printed without its parentheses (``sub-rule-number``); lettered items between them stay the sub-rule's,
    and a sub-rule short enough for a heading numbered so (``(4) The provisional agenda shall include:``) is
    one all the same."""
    expected = 0  # the number the next sub-rule would have; 0 outside a rule
    for line in flow:
        if line.kind in PASSED_OVER_KINDS:
            continue
        run_goes_on = bool(expected) and line.rule == "heading-paren" and line.label == f"({expected})"
        if line.kind.startswith("HEADING") and not run_goes_on:
            expected = 1 if RESTARTING_LABEL.fullmatch(line.label or "") else 0
        elif expected and line.kind in ("ITEM", "HEADING") and line.label == f"({expected})":
            line.decide("PARA", "sub-rule-number")
            line.label = str(expected)
            expected += 1
        elif not (expected > 1 and line.kind == "ITEM"):
            expected = 0


def _paren_style(label: str, last_letter: str) -> str:
    """A heading labelled in parentheses: lettered (``(a)``), or numbered in roman under a lettered one
    (``(ii)``; ``(i)``, ``(v)``, ``(x)`` unless the last lettered heading was the letter before them)."""
    roman = label.strip("()")
    if not _ROMAN_SUB_ITEM.fullmatch(label) or (roman in _ROMAN_BEFORE and last_letter == _ROMAN_BEFORE[roman]):
        return "paren_letter"
    return "paren_roman"


def _levels(flow: list[LogicalLine]) -> None:
    """Every heading's level within its part: the rank of its style among the styles the part uses."""
    for part in _parts(flow):
        styled = [(line, name) for line in part if (name := heading_style(line))]
        names = _by_markdown_depth([name for _, name in styled], [line for line, _ in styled])
        rank = _part_ranks(names)
        if _decimals_under_labels(styled):
            rank["decimal"], rank["decimal3"] = rank["label"] + 0.5, rank["label"] + 0.75  # Note 2 – … / 2.1 …
        first_part = names.index("part") if "part" in names else 0  # (no part: none before it)
        # INTRODUCTION / … / PART I – ADMINISTRATION: a heading in capitals before the first part is the parts'
        # sibling, which no part holds (one inside a part keeps its own rank: PART I – … / STAFF AND SERVICES /
        # A. Headquarters), and so is one of its style after the parts that heads no heading of theirs (… /
        # PART II – … / B. Discretionary Income / STAFFING LEVELS / 16. …)
        siblings = "plain_caps" in names[:first_part]
        line_ranks = [
            rank["part"]
            if name == "plain_caps" and (at < first_part or (siblings and _heads_none(names, at)))
            else rank[name]
            for at, name in enumerate(names)
        ]
        _statements_at_top(styled, names, line_ranks, rank)
        _front_matter_at_top(styled, names, line_ranks)
        ranks = sorted(set(line_ranks))
        for (line, _), line_rank in zip(styled, line_ranks, strict=True):
            line.kind = f"HEADING_{min(ranks.index(line_rank) + 1, _MAX_LEVEL)}"


def _heads_none(names: list[str], at: int) -> bool:
    """Whether the heading at ``at`` is followed by no heading of another style before the next part's (none
    it could hold)."""
    after = names[at + 1 :]
    upto = after.index("part") if "part" in after else len(after)
    return all(name == names[at] for name in after[:upto])


def _decimals_under_labels(styled: list[tuple[LogicalLine, str]]) -> bool:
    """Whether every decimal heading of a part is numbered from the labelled heading above it (``Note 2 –
    Significant accounting policies`` / ``2.1 Basis of preparation``, a financial report's notes), one at
    least: the labelled heading's sub-sections, not its siblings."""
    number: str | None = None  # the number of the last labelled heading (``Note 2``: 2)
    found = False
    for line, name in styled:
        if name == "label":
            number = (line.label or "").rsplit(" ", 1)[-1]
        elif name == "decimal":
            if number is None or (line.label or "").split(".", 1)[0] != number:
                return False
            found = True
    return found


def _statements_at_top(
    styled: list[tuple[LogicalLine, str]], names: list[str], line_ranks: list[float], rank: dict[str, float]
) -> None:
    """A financial statement's heading (``STATEMENT I – ASSETS, LIABILITIES …``, ``Schedule 1 – …``) ranks with
    the outermost headings it follows (those ranked as headings in capitals are, or above: ``INTRODUCTION`` / … /
    ``STATEMENT I – …`` / … / ``NOTES TO THE FINANCIAL STATEMENTS`` / ``SCHEDULE 1 – …``), unless the last of
    them names their kind (``FINANCIAL STATEMENTS`` over ``Statement I – …``, ``SCHEDULES`` over ``Schedule 1 –
    …``: `names_its_kind`), which holds them."""
    holder: str | None = None  # the last heading ranked as the capitals are, above the line
    for at, ((line, _), name) in enumerate(zip(styled, names, strict=True)):
        if name == "label" and holder is not None and STATEMENT_LABEL.match(line.label or ""):
            if not names_its_kind(holder, line.label or ""):
                line_ranks[at] = rank["plain_caps"]
        elif line_ranks[at] <= rank["plain_caps"]:
            holder = line.text


def _front_matter_at_top(styled: list[tuple[LogicalLine, str]], names: list[str], line_ranks: list[float]) -> None:
    """An unnumbered heading of front matter or an introduction (`FRONT_MATTER_TITLE`: ``Executive summary``,
    ``Summary``, ``Foreword``, ``Introduction`` …) before the part's first numbered section ranks with its
    outermost numbered sections, not under them: front matter is not numbered (conventions §9), and no section
    holds it. Where a part's label comes first (``INTRODUCTION`` / ``PART I – ADMINISTRATION`` / ``A. …``), the
    numbered sections are the parts' and the heading keeps its rank."""
    numbered = [at for at, name in enumerate(names) if name in _SECTION_STYLES]
    if not numbered or "part" in names[: numbered[0]]:
        return
    top = min(line_ranks[at] for at in numbered)
    for at in range(numbered[0]):
        if names[at] in ("plain", "plain_caps") and FRONT_MATTER_TITLE.fullmatch(bare_text(styled[at][0].text)):
            line_ranks[at] = top if names[at] == "plain" else min(line_ranks[at], top)  # (in capitals: never lower)


_SECTION_STYLES = frozenset({"roman", "numbered", "numbered_plain"})
FRONT_MATTER_TITLE = re.compile(alternation(OPENING_HEADINGS), re.IGNORECASE)
"""The headings of front matter and an introduction, which documents print unnumbered before their numbered
sections."""

_NUMBERED_RULES = frozenset({"heading-roman", "heading-decimal", "heading-decimal3"})


def _label_columns_read_as_text(flow: list[LogicalLine]) -> None:
    """Numbered headings one after the other with no text between, two numbered alike among them right after
    each other (``I. Movement …`` / ``I.1 Resettlement Assistance`` / ``I.2 Repatriation Assistance`` / …):
    a table's row labels printed as a column (its figures elsewhere), not sections with nothing in them. Read
    as text, each said to be (``row-labels-in-a-column``)."""
    run: list[LogicalLine] = []
    totals: list[LogicalLine] = []  # the total rows' labels among them
    for line in [*flow, None]:
        if line is not None and (line.kind in PASSED_OVER_KINDS or _cells_between(line)):
            if run and _total_label(line):
                totals.append(line)
            continue  # (rows' figures and a subtotal's label printed between the labels: pdfminer's boxes)
        if line is not None and line.kind == "HEADING" and line.rule in _NUMBERED_RULES:
            run.append(line)
            continue
        if len(run) >= _LABEL_RUN and _siblings_in_a_row(run):
            for label in run:
                label.text = " ".join(raw.strip() for raw in label.raw)  # I.1 Resettlement Assistance, label and all
                label.label = None
                label.decide("TEXT", "row-labels-in-a-column")
            for total in totals:
                total.decide("TEXT", "row-labels-in-a-column")
        run, totals = [], []


_LABEL_RUN = 4  # numbered headings with nothing between them: a table's row labels


def _cells_between(line: LogicalLine) -> bool:
    """A line of text among a table's row labels that holds figures only (``9,874,600 47,320,400``), or a
    total row's label (``Subtotal``): a table's cells, no text between sections."""
    if line.kind != "TEXT":
        return False
    words = line.text.split()
    return _total_label(line) or (bool(words) and all(map(FIGURE.fullmatch, words)))


def _total_label(line: LogicalLine) -> bool:
    """A line of text that is a total row's label (``Subtotal``, ``Total Migration Health``), no sentence
    (``Total resources for this service line …``)."""
    text = bare_text(line.text)
    labelled = TOTAL.fullmatch(text) is not None or text.startswith(("Subtotal", "Sub-total"))
    return line.kind == "TEXT" and labelled and not text.endswith(".")


def _siblings_in_a_row(run: list[LogicalLine]) -> bool:
    """Whether two headings of a run are numbered alike right after each other (``I.1`` / ``I.2``)."""
    return any(
        a.rule == b.rule == "heading-decimal" and (a.label or "").split(".")[0] == (b.label or "").split(".")[0]
        for a, b in pairwise(run)
    )


def _unspaced(text: str) -> str:
    """A heading typed in spaced capitals as it reads: ``G E N E R A L   D E B A T E`` → ``GENERAL DEBATE``."""
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", text))


def _by_markdown_depth(names: list[str], headings: list[LogicalLine]) -> list[str]:
    """The headings' styles, an unnumbered heading marked deeper in a converter's Markdown than another of the
    part's (``# Programme and budget matters`` / ``## Financial report …``) styled to rank under it: the
    converter wrote the levels the document printed. Where all are marked alike (``## SUMMARY`` beside ``##
    1. INTRODUCTION``) the marks tell nothing."""
    depths = [_markdown_depth(line) if name in _UNNUMBERED else 0 for name, line in zip(names, headings, strict=True)]
    marked = {depth for depth in depths if depth}
    if len(marked) < 2:
        return names
    return ["plain_deeper" if depth > min(marked) else name for name, depth in zip(names, depths, strict=True)]


_UNNUMBERED = frozenset({"plain", "plain_caps"})


def _markdown_depth(line: LogicalLine) -> int:
    """How many ``#`` open a heading's line in a converter's Markdown (0 for none)."""
    opening = line.raw[0].lstrip() if line.raw else ""
    return len(opening) - len(opening.lstrip("#")) if opening.startswith("#") else 0


def _part_ranks(styles: list[str]) -> dict[str, float]:
    """The rank of each heading style in a part: `_STYLE_RANK`, except that unnumbered headings in capitals
    rank with those in sentence case when one in sentence case comes first (a statement's headings, one of
    them in capitals: ``A year of growth`` / … / ``MIGRATION AND DEVELOPMENT`` / ``Partnerships``), and roman
    numerals rank under letters when a letter comes first under a part (see `_UNDER_LETTERS`)."""
    rank = dict(_STYLE_RANK)
    if "plain" in styles and "plain_caps" in styles and styles.index("plain") < styles.index("plain_caps"):
        rank["plain_caps"] = rank["plain"]
    if _letters_over_romans(styles):
        rank["roman"], rank["decimal"] = _UNDER_LETTERS  # a budget's service areas under a lettered section
    if _plain_over_numbered(styles):
        rank["plain"] = rank["roman"]  # Introduction / Attendance / I. FINANCE / I.1 … / II.3 … / Other business
    return rank


def _plain_over_numbered(styles: list[str]) -> bool:
    """Whether unnumbered headings in sentence case open the part before its first numbered section (``I.``,
    ``1.``), its sections divided by decimal headings (``I.1``): the unnumbered ones are the numbered
    sections' siblings, those after them too (a report's introductory and closing headings), as no numbered
    section holds its part's first headings and none is divided by unnumbered ones."""
    first = next((at for at, style in enumerate(styles) if style in ("roman", "numbered")), None)
    return first is not None and "plain" in styles[:first] and "decimal" in styles[first:]


def _letters_over_romans(styles: list[str]) -> bool:
    """Whether a document in parts has lettered and roman headings under one part at least, and under each
    part holding both, a lettered heading before the first roman one."""
    parts: list[list[str]] = []
    for style in styles:
        if style == "part":
            parts.append([])
        elif parts:
            parts[-1].append(style)
    both = [part for part in parts if "letter" in part and "roman" in part]
    return bool(both) and all(part.index("letter") < part.index("roman") for part in both)


_UNDER_LETTERS = (2.2, 2.4)
"""The ranks of roman and decimal headings in a document in parts whose first lettered heading, under a
part, comes before its first roman one (``PART II – OPERATIONS`` / ``B. Highlights …`` / ``I. Movement, …`` /
``I.1 Resettlement …``): under the letters, the decimals under the roman numerals they open with."""


def _in_capitals(text: str) -> bool:
    """Whether a heading is in capitals, a remark in parentheses apart (``GENERAL DEBATE (continued)``)."""
    return is_caps(REMARK.sub("", text))


def _parts(flow: list[LogicalLine]) -> list[list[LogicalLine]]:
    """The flow cut where an annex starts: at an annex label, or at a header line after body lines."""
    parts: list[list[LogicalLine]] = [[]]
    body_seen = False
    for line in flow:
        starts_part = line.kind == "ANNEX_LABEL" or (line.kind in HEADER_OPENERS and body_seen)
        if starts_part and parts[-1]:
            parts.append([])
            body_seen = False
        parts[-1].append(line)
        body_seen = body_seen or (line.kind not in HEADER_FIELDS and line.kind != "ANNEX_LABEL")
    return parts
