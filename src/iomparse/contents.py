"""The nesting of a table of contents: each entry under the nearest entry above it of an outer numbering.

A contents page prints its entries one a line; what nests them is how each is numbered, outermost first:
parts and annexes (``PART II – OPERATIONS``, ``ANNEX – Staffing levels …``: an only annex), chapters
(``III. OPERATIONAL ACTIVITIES``, ``2. …``), sections (``A. Movement management``, ``2.1 Revenue``, ``I.1
Resettlement``, ``Statement I – …``), lettered entries (``(a) Applications for membership``), then roman ones
(``(ii) …``). An entry with no number sits with the chapters: at the top, or, inside a part or annex,
directly under it (``PART I – ADMINISTRATION`` / ``Administrative Part of the Budget``; but one in capitals
holding no entry sits beside the parts where such an entry came before them: ``INTRODUCTION`` / ``PART I – …`` /
``PART II – …`` / ``STAFFING LEVELS``), unless it is not in capitals under a chapter in capitals with no number
(``INTRODUCTION`` / ``Budget reform``) or numbered (``I. OVERVIEW …`` / ``Financial performance``): then it is
the chapter's sub-entry. An entry with no page
among paged entries is a group's (``FINANCIAL STATEMENTS`` / ``Statement I – …``, ``APPENDICES`` /
``Appendix 1 – …``), holding the entries after it up to the next group, numbered chapter, part or
annex (an appendix's under a group naming the appendices). A statement's
or schedule's entry (``Statement I – …``) sits under the chapter or group naming the statements, else with
the chapters (``Introduction`` / ``Statement I – …`` / ``Notes to the financial statements``). A lettered ``(a)``
entry right under an unnumbered one is its sub-entry (``Admission of new Members`` / ``(a) Applications …``).
Inside a part's lettered section, roman chapters are service areas under the letter, and their decimal
sections (``I.1 Resettlement Assistance``) service lines under them.
"""

from __future__ import annotations

import re

from attrs import define, evolve, field

from .lexer.rules import is_caps
from .model import ContentsEntry
from .vocabulary import names_its_kind

_CHAPTER_NUMBER = re.compile(r"(?:[IVXLC]+|\d{1,2})\.\s")  # I. INTRODUCTION, 2. FINANCES: numbered chapters

_NUMBERED_CHAPTER = re.compile(r"(?:I|V|X|[IVXLC]{2,}|\d{1,2})\.\s")  # (C. and D. may be sections' letters)

#: Entry numberings, outermost first: a pattern on the entry's title and its rank.
ENTRY_RANKS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"(?:PART|Part|ANNEX|Annex|APPENDIX|Appendix)\s+(?:[IVXLC]+|\d{1,2}|[A-Z])\b"), 0),
    (re.compile(r"(?:ANNEX|Annex|APPENDIX|Appendix)\s*(?:[–—:-]\s|$)"), 0),  # the only one: ANNEX – Staffing …
    (re.compile(r"(?:[IVXLC]+|\d{1,2})\.\d{1,2}(?:\.\d{1,2})?\.?\s"), 2),
    (_CHAPTER_NUMBER, 1),
    (re.compile(r"[A-H]\.\s"), 2),
    (re.compile(r"[A-Z][a-z]+ (?:[IVX]{1,5}|\d{1,2})\s*[–—:-]\s"), 2),
    (re.compile(r"\([a-z]{1,2}\)\s"), 3),
)
_ROMAN_ITEM = re.compile(r"\(([ivx]{1,4})\)\s")
_LETTER_ITEM = re.compile(r"\(([a-z])\)\s")


@define
class _Node:
    entry: ContentsEntry
    rank: float
    children: list[_Node] = field(factory=list)

    def built(self) -> ContentsEntry:
        if not self.children:
            return self.entry
        return evolve(self.entry, children=tuple(child.built() for child in self.children))


def nest_contents(entries: list[ContentsEntry]) -> tuple[ContentsEntry, ...]:
    """``entries``, in their order, nested by their numbering (see the module's docstring)."""
    top: list[_Node] = []
    open_nodes: list[_Node] = []  # the last entry of each depth, outermost first
    chapters = any(_NUMBERED_CHAPTER.match(entry.title) for entry in entries)  # I. INTRODUCTION, 2. …
    paged = any(entry.page for entry in entries)
    group: str | None = None  # the title of the group's entry open (see below)
    beside_parts = _caps_before_parts(entries)
    parted = False  # whether a part's entry came
    for at, entry in enumerate(entries):
        rank = _rank(entry.title, open_nodes, chapters=chapters)
        parted = parted or bool(_PART.match(entry.title))
        if beside_parts and parted and rank == 1 and _unnumbered_caps(entry.title) and _holds_none(entries, at):
            rank = 0  # … / PART II – OPERATIONS / STAFFING LEVELS: the parts' sibling, as INTRODUCTION before them
        if paged and not entry.page and not entry.children and is_caps(entry.title) and rank >= 1:
            rank, group = 1, entry.title  # FINANCIAL STATEMENTS, no page among paged entries: a group's entry,
        elif group and (_CHAPTER_NUMBER.match(entry.title) or (rank < 1 and not names_its_kind(group, entry.title))):
            group = None  # holding the entries after it up to the next group, chapter, part or annex (Statement
        elif group:  # I – …; an annex under ANNEXES)
            rank = max(rank, 2)
        while open_nodes and open_nodes[-1].rank >= rank:
            open_nodes.pop()
        node = _Node(entry, rank)
        (open_nodes[-1].children if open_nodes else top).append(node)
        open_nodes.append(node)
    return tuple(node.built() for node in top)


def _caps_before_parts(entries: list[ContentsEntry]) -> bool:
    """Whether an entry in capitals with no number comes before the first part's (``INTRODUCTION`` / ``PART I –
    …``): the parts' sibling, and so is every such entry after them that holds no other (`_holds_none`)."""
    for entry in entries:
        if _PART.match(entry.title):
            return False
        if _unnumbered_caps(entry.title):
            return True
    return False


def _unnumbered_caps(title: str) -> bool:
    return is_caps(title) and not any(pattern.match(title) for pattern, _ in ENTRY_RANKS)


def _holds_none(entries: list[ContentsEntry], at: int) -> bool:
    """Whether the entries after ``entries[at]`` up to the next part's are all of its type (none it could hold:
    ``PART I – …`` / ``STAFF AND SERVICES`` / ``A. Headquarters`` keeps the part's heading in capitals inside
    it, as the body's headings do)."""
    for entry in entries[at + 1 :]:
        if _PART.match(entry.title):
            return True
        if not _unnumbered_caps(entry.title):
            return False
    return True


def _rank(title: str, open_nodes: list[_Node], *, chapters: bool = False) -> float:
    roman = _ROMAN_ITEM.match(title)
    if roman and any(node.rank == 3 for node in open_nodes):
        last = next(node for node in reversed(open_nodes) if node.rank == 3)
        letter = _LETTER_ITEM.match(last.entry.title)
        follows = letter and len(roman.group(1)) == 1 and ord(roman.group(1)) == ord(letter.group(1)) + 1
        if not follows:
            return 4  # (i) under (a); but (i) right after (h) is the letter i
    if _after_its_letter(title, open_nodes):
        return 2  # C. Discretionary Income after B. Expenditure: the letter C, not the roman hundred
    under = _in_a_parts_lettered_section(title, open_nodes)
    if under is not None:
        return under
    if _STATEMENT_ENTRY.match(title) and not _statements_open(open_nodes, title):
        return 1  # Introduction / Statement I – …: a statement beside the chapters, none naming the statements
    for pattern, rank in ENTRY_RANKS:
        if pattern.match(title):
            return rank
    if _under_a_heading_in_capitals(title, open_nodes, numbered=chapters):
        return 2
    return 1  # no number: beside the chapters


def _in_a_parts_lettered_section(title: str, open_nodes: list[_Node]) -> float | None:
    """The rank of a roman chapter's or its decimal section's entry inside a part's lettered section (``PART
    II – OPERATIONS`` / ``B. Highlights …`` / ``I. Movement, …`` / ``I.1 Resettlement …``: a budget's service
    areas and lines), under the letter and under the numeral it opens with; None elsewhere."""
    if not open_nodes or not _PART.match(open_nodes[0].entry.title):
        return None
    if not any(node.rank == 2 and _SECTION_LETTER.match(node.entry.title) for node in open_nodes):
        return None
    if any(node.rank == 1 and _ROMAN_CHAPTER.match(node.entry.title) for node in open_nodes):
        return None  # the letter is a roman chapter's section: the next roman numeral is the next chapter
    if _ROMAN_CHAPTER.match(title) and not _SECTION_LETTER.match(title):
        return _SERVICE_AREA
    decimal = _SERVICE_LINE.match(title)
    area = next((node for node in reversed(open_nodes) if node.rank == _SERVICE_AREA), None)
    if decimal and area is not None and area.entry.title.startswith(f"{decimal.group(1)}."):
        return _SERVICE_LINE_RANK
    return None


_PART = re.compile(r"(?:PART|Part)\s+(?:[IVXLC]+|\d{1,2}|[A-Z])\b")
_ROMAN_CHAPTER = re.compile(r"[IVXLC]+\.\s")
_SERVICE_LINE = re.compile(r"([IVXLC]+)\.\d{1,2}\s")
_SERVICE_AREA = 2.5  # a roman chapter's entry under a part's lettered section
_SERVICE_LINE_RANK = 2.7  # its decimal section's, under it


_ROMAN_OR_LETTER = re.compile(r"([CD])\.\s")  # a chapter's roman number, or a section's letter
_SECTION_LETTER = re.compile(r"([A-H])\.\s")


def _after_its_letter(title: str, open_nodes: list[_Node]) -> bool:
    """Whether an entry numbered ``C.`` or ``D.`` follows the section lettered just before it (``B.``)."""
    label = _ROMAN_OR_LETTER.match(title)
    if label is None or not open_nodes or open_nodes[-1].rank != 2:
        return False
    before = _SECTION_LETTER.match(open_nodes[-1].entry.title)
    return before is not None and ord(before.group(1)) == ord(label.group(1)) - 1


_STATEMENT_ENTRY = re.compile(r"(?:STATEMENT|Statement|SCHEDULE|Schedule) (?:[IVX]{1,5}|\d{1,2})\s*[–—:-]\s")


def _statements_open(open_nodes: list[_Node], title: str) -> bool:
    """Whether the chapter or group open above holds a statement's or schedule's entry ``title``: it names
    their kind (``III. FINANCIAL STATEMENTS``, ``SCHEDULES``: `names_its_kind`), or the statements' notes
    (``IV. NOTES TO THE FINANCIAL STATEMENTS`` / ``Schedule 1 – …``, the contents indenting the schedule
    under the notes, where the body's headings show no such nesting)."""
    chapter = next((node for node in reversed(open_nodes) if node.rank <= 1), None)
    if chapter is None:
        return False
    return names_its_kind(chapter.entry.title, title) or "STATEMENTS" in chapter.entry.title.upper()


_BACK_MATTER = re.compile(
    r"(?i)(?:list of )?(?:acronyms|abbreviations|bibliography|references|glossary|index|sources)\b"
)
"""A back matter's entry (``List of acronyms``, ``Bibliography``): no chapter's sub-entry."""

_WORD_NUMBERED = re.compile(r"[A-Z][A-Za-z]+ (?:[IVX]{1,5}|\d{1,2})\s*[–—:-]\s")  # STATEMENT I – Statement of …


def _under_a_heading_in_capitals(title: str, open_nodes: list[_Node], *, numbered: bool) -> bool:
    """Whether an unnumbered entry not in capitals goes under the chapter open above it in capitals: an
    unnumbered one (``DIRECTOR GENERAL'S OVERVIEW`` / ``Introduction`` / ``Outlook``, ``INTRODUCTION`` /
    ``Budget reform``), where the chapters have no numbers, or a numbered one (``I. OVERVIEW OF THE FINANCIAL
    STATEMENTS`` / ``Introduction`` / ``Financial performance``): the type tells the levels apart where no number
    does (where chapters are ``numbered``, one in capitals unnumbered is front matter: ``FOREWORD`` /
    ``Executive summary`` / ``I. INTRODUCTION``)."""
    chapter = next((node for node in reversed(open_nodes) if node.rank == 1), None)
    if chapter is None or is_caps(title) or not is_caps(_CHAPTER_NUMBER.sub("", chapter.entry.title, count=1)):
        return False
    if _BACK_MATTER.match(title):
        return False  # III. CONCLUSIONS / List of acronyms / Bibliography: the document's back matter
    if _WORD_NUMBERED.match(title) or _WORD_NUMBERED.match(chapter.entry.title):
        return False  # STATEMENT I – … / Notes …: a statement, numbered by its word
    if _CHAPTER_NUMBER.match(chapter.entry.title):
        return True
    return not numbered and not any(pattern.match(chapter.entry.title) for pattern, _ in ENTRY_RANKS)
