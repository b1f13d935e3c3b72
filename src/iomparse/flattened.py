"""Flattened text: a document whose lines are whole pages (or the whole document on one line).

Web viewers' text layers and some converters give a page per line: the cover's fields run together
(``C/106/50/Rev.1 Original: English 19 December 2016 COUNCIL 107th Session REPORT ON …``) and the body's
headings, numbered paragraphs, items and footnotes follow one another on one line (``Introduction 1. The
Council … 2. In 2019 …``). No line break is left to tell them apart, but the conventions still do: a cover
gives its fields in a known order, paragraphs are numbered in sequence, a running header opens each page,
footnote bodies close it. `split_flattened` breaks such lines where a new line would begin, so that the
lexer reads them as it reads any other text. The breaks are found on weaker evidence than line breaks, and
the document says so (a ``flattened-text`` diagnostic).
"""

from __future__ import annotations

import re

from attrs import Factory, define

from .reading_order import TABLE_CAPTION, UNIT_CAPTION
from .source import Line
from .symbols import SYMBOL_CANDIDATE
from .values import DATE_RANGE_FORMS, FULL_DATE, MONTH_PATTERN, ROMAN_PATTERN
from .vocabulary import (
    AUDIENCE_STEMS,
    COVER_FOOTERS,
    MISSION_OPENERS,
    OPERATIVE_VERBS,
    ORGANS,
    PLACES,
    PREAMBLE_OPENERS,
    alternation,
)

_TITLE_LINE = 12  # characters: a cover's line in capitals this long is a title a page may repeat
_SUBTITLE = re.compile(r"\([^()]+\)")  # (as at 31 March 2011): under the title, repeated with it
_MEAN_LENGTH = 250  # characters: a text whose lines are this long on average, with no blank line, is flattened
_LONGEST = 600  # and one of its lines at least is a page's worth


def is_flattened(lines: list[Line]) -> bool:
    """Whether ``lines`` are pages rather than lines: long on average, one of them very long, no blank line
    between them; or, with blank lines between the pages, two lines at least that each open with a running
    header (``MC/INF/305 Page 2``) and two that run several numbered paragraphs together (``… the region. 2. The
    present note … 3. …``: a converter's paragraph is a line of its own); or paragraphs a line under a cover
    run together, a running header inside a line (see `_paged_by_headers`)."""
    texts = [line.text for line in lines]
    while texts and not texts[-1].strip():
        texts.pop()
    filled = [text for text in texts if text.strip()]
    if filled and _paged_by_headers(filled):
        return True
    if not filled or sum(map(len, filled)) / len(filled) < _MEAN_LENGTH or max(map(len, filled)) < _LONGEST:
        return False
    if len(filled) == len(texts):
        return True
    headed = sum(1 for text in filled if (header := _RUNNING_HEADER.match(text.strip())) and header.group(3))
    return headed >= 2 and sum(1 for text in filled if _runs_paragraphs(text)) >= 2


def _paged_by_headers(filled: list[str]) -> bool:
    """Whether a text is a word processor's unwrapped export (a paragraph a line, the cover's fields run
    together on the first): its first line opens with a cover run together (its symbol and ``Original:``
    line, and more: a long line), and the running header of a page break stands inside a line (``… in this
    way. S/23/7 Page 3 whether …``), where pages break in the middle of paragraphs. Its pages are told by
    those headers, not by its lines (see `split_flattened`)."""
    first = filled[0].strip()
    own = _own_symbol(first)
    if own is None or len(first) < _COVER_RUN or _COVER_FIELDS[1].search(first[:_COVER_RUN]) is None:
        return False
    return any(_header_inside(own, text) for text in filled[1:])


def _own_symbol(cover: str) -> str | None:
    """The document's own symbol at the head of a cover run together, after its session line perhaps."""
    session = _COVER_FIELDS[-1].match(cover)
    own = _COVER_FIELDS[0].match(cover, _skip(cover, session.end()) if session else 0)
    return own.group() if own else None


def _header_inside(own: str, text: str) -> re.Match[str] | None:
    """The first running header of the document's own symbol with a page label (``S/23/7 Page 3``,
    ``S/23/7 Annex Page 2``) inside ``text``, after a word of its."""
    return re.search(rf"(?<=\S )(?={re.escape(own)}(?: {_ANNEX_IN_HEADER})? Page [ivxlcdm\d]+(?: |$))", text)


_COVER_RUN = 150  # characters: a cover's fields run together on a line are as many at least


def _runs_paragraphs(text: str) -> bool:
    """Whether a line runs two numbered paragraphs at least into the one it goes on."""
    first = _PARAGRAPHS_RUN.search(text)
    return first is not None and _PARAGRAPHS_RUN.search(text, first.end()) is not None


_PARAGRAPHS_RUN = re.compile(r"(?<=[.;:”\"]) \d{1,3}\. [A-Z]")  # … the region. 2. The present note …: inside a line


def split_flattened(lines: list[Line]) -> list[Line]:
    """Each page line broken into the lines it runs together (see the module's docstring); the pieces keep
    their source line's number. In a text of pages a line, each line that is not blank opens a page, but a
    line opening with the rule over a page's footnotes, which stays on the page before (its foot, on a line
    of its own); in a text of a paragraph a line (see `_paged_by_headers`), a page opens at each running
    header with its page or annex label, even inside a line, and only the first line's head is read as the cover."""
    filled = [line.text for line in lines if line.text.strip()]
    own = _own_symbol(filled[0].strip()) if filled and _paged_by_headers(filled) else None
    reader = _Reader(paged=own is not None)
    result: list[Line] = []
    page = 0
    for line in lines:
        if not line.text.strip():
            continue  # (a blank line between pages: no page, no line)
        if own is not None:  # a paragraph a line: a page opens at each running header, inside a line or atop it
            for part in _at_headers(own, line.text.strip()):
                header = _RUNNING_HEADER.match(part)
                first = not page
                page += first or (header is not None and (header.group(2) or header.group(3)) is not None)
                result += [Line(line.number, piece, page) for piece in reader.page(part, first=first)]
            continue
        if not page or not _NOTES_RULE.match(line.text):
            page += 1
        result += [Line(line.number, piece, page) for piece in reader.page(line.text, first=page == 1)]
    return result


def _at_headers(own: str, text: str) -> list[str]:
    """``text`` cut before each running header of the document's own inside it (see `_header_inside`)."""
    parts: list[str] = []
    while (header := _header_inside(own, text)) is not None:
        parts.append(text[: header.start()].strip())
        text = text[header.start() :]
    return [*parts, text]


_NOTES_RULE = re.compile(r"\s*_{5,}\s+\S")  # __________ 1 See document …: the notes under their rule


# -- the cover: its fields in their order ---------------------------------------------------------------

_SYMBOLS = rf"{SYMBOL_CANDIDATE.pattern}(?:(?:,| and| to) {SYMBOL_CANDIDATE.pattern})*"
_LANGUAGES = "English|French|Spanish|Arabic|Russian|Chinese"
_SESSION = (
    r"(?:\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)|[A-Z][A-Za-z]+(?:-[A-Za-z]+)?)"  # (Twenty-third, TWENTY-THIRD)
    r" (?:\(Special\) |SPECIAL )?(?:Session|SESSION)"
)
#: The fields of a cover, in the order covers give them; each may be missing.
_COVER_FIELDS = (
    re.compile(_SYMBOLS),
    re.compile(rf"Original\s*:\s*(?:{_LANGUAGES})"),
    FULL_DATE,
    re.compile(rf"(?:{alternation(ORGANS[:4])})(?= )"),
    re.compile(_SESSION),
)
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"  # (Tuesday, 28 November, …)
#: Where a line of a cover begins after its title: a place and dates, a rapporteur, a rule, a cover note, a
#: note in parentheses (``(Annotated)``, ``(Prepared by the Administration)``), the trilingual footer.
_COVER_BREAK = re.compile(
    rf" (?=(?:{alternation(PLACES)}) {_WEEKDAY}\d)| (?=Rapporteur\s*:)| (?=_{{3,}})(?<!_)|(?<=_) (?=\S)"
    r"| (?=Held (?:at|in) )| (?=Chairperson\s*:)| (?=(?:TABLE OF )?CONTENTS(?: |$))"  # a record's meeting, chair
    rf"| (?=\* [A-Z])| (?=\((?:Information note|Submitted|Note|Report|Adopted) [^)]*\))"
    rf"|(?:(?<=[A-Z]{{2}})|(?<=[A-Z]{{2}}\*)) (?=\([A-Za-z][a-z]*(?: [A-Za-z0-9]+){{0,6}}\)(?: |$))|(?<=\)) (?=[A-Z])"
    rf"| (?=(?:{alternation(' '.join(map(re.escape, footer)) for footer in COVER_FOOTERS)})$)"
)
_PLACE_AND_DATES = re.compile(rf"({alternation(PLACES)}) ({_WEEKDAY}\d.*\d{{4}})")
_RESOLUTION_LABEL = re.compile(r"DRAFT RESOLUTIONS?(?= [A-Z]{2})")

# -- the body ---------------------------------------------------------------------------------------------

_SALUTATION = re.compile(r"(?:Mr\.?|Madam|Madame|Ms\.?) (?:Chair(?:person|man|woman)?|President)\s*,")
"""A statement's salutation opening (``Mr. Chair,``, ``Madam President,``): after the header, and again later."""
_OPENING_ADDRESS = re.compile(
    rf"{_SALUTATION.pattern}|(?:Your )?Excellenc(?:y|ies)\s*,|Distinguished (?:delegates|participants|guests)\s*,"
    r"|Ladies and gentlemen\s*,|Dear (?:colleagues|friends)\s*,"
)
"""How a statement's salutation opens, after its header (``Excellencies, distinguished delegates, …,``)."""

_LABELLED_BODY = re.compile(r" (?=(?:[IVXLC]{1,6}|\d{1,3})\. [A-Z])")
_ANNEX_LABEL = re.compile(r"(?:Annex|ANNEX|Appendix|APPENDIX)(?: [IVX]{1,5}| \d{1,2}| [A-H])?(?= |$)")
#: A title in capitals: words in capitals and figures, up to the first word that is not (``… 2001 Host``).
_CAPS_TITLE = re.compile(r"(?:[A-Z0-9][A-Z0-9,:;’'()–-]*(?: |$)){2,}(?=[A-Z][a-z]|$)")
_ANNEX_IN_HEADER = r"(?:Annex|ANNEX)(?: [IVX]{1,5}| \d{1,2})?"  # SCPF/34 Annex Page 1: the annex's pages
_RUNNING_HEADER = re.compile(rf"({_SYMBOLS})(?: ({_ANNEX_IN_HEADER}))?(?: (Page [ivxlcdm\d]+))?(?= |$)")
_CONTENTS = re.compile(r"(?:TABLE OF )?CONTENTS(?: Page)?(?= )")
#: A candidate for the start of a line in the body, each kind in a named group.
_BREAK = re.compile(
    r"(?<!\S)(?:"
    r"(?P<para>\d{1,3}(?: bis| ter)?)\.\s\s?(?=[A-Z“\"(])"
    rf"|(?P<roman>(?=[IVXLC]){ROMAN_PATTERN})(?:\.\s|\s[–-]\s)(?=[A-Z]{{2}})"
    r"|(?P<letter>[A-H])\.\s(?=[A-Z][a-z])"
    rf"|(?P<decimal>(?=[IVXLC\d])(?:{ROMAN_PATTERN}|\d{{1,2}})\.\d{{1,2}})\s(?=[A-Z])"
    r"|Rule (?P<rule>\d{1,3})\s(?=[A-Z])"
    r"|(?P<item>\((?:[a-z]|[ivx]{1,4})\))\s\s?(?=\S)"
    r"|(?P<bullet>[•▪●])\s"
    r"|(?P<separator>_{5,})(?=\s)"
    r"|(?P<star>\*{1,3})\s(?=[A-Z])"
    rf"|(?P<salutation>{_SALUTATION.pattern})"
    r"|(?P<note>\d{1,2})\s(?=[A-Z])"
    rf"|(?P<preamble>(?:{alternation(PREAMBLE_OPENERS)})\b)"
    r"|(?P<body>The (?:Council|Executive Committee|Standing Committee),)"
    rf"|(?P<operative>(?:{alternation(OPERATIVE_VERBS)})\s*:)"
    r"|(?P<entry>(?:(?<=\.\s\d\s)|(?<=\.\s\d\d\s)|(?<=\.\s\d\d\d\s)|(?<=\.\s[ivx]\s)|(?<=\.\s[ivx]{2}\s))(?=\S))"
    r")"
)
_CAPS_HEADING = re.compile(
    r"(?:[IVXLC]{1,6}|[A-H])\. (?:[A-Z0-9][A-Z0-9,:;’'()–-]*(?: |$))+(?=[A-Z][a-z])"
)  # II. DISCUSSIONS
_SUBHEADING = re.compile(r"[A-Z][a-z][^.;:!?]{0,80}")  # … and the words of a heading under it, in sentence case
_MARKER_AT_END = re.compile(r"(?<=[.;:,])\d{1,2}$|(?<=[^.][.;:,]) (?<![.…] [.;:,] )\d{1,2}$")
"""A footnote marker ending what comes before a break: glued (``… projects;3``) or set apart (``… growth. 2``),
never a contents entry's page after its leader, dotted or spaced (``Attendance ........ 1``, ``… . . . 1``)."""
_CAPITALS_END = re.compile(r"\b[A-Z]{2,}[A-Z’',]* [A-Z]{2,}[A-Z’']*$")  # … NEW MEMBERS AND OBSERVERS: a heading's end
_NAME_BEFORE = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Messrs)\.|\b[A-Z]\.)$")  # before a name's initial
_GLUED_MARKER = re.compile(
    r"(?:[^\W\d]|[.,;:)])(\d{1,2})(?=[\s,;:.]|$)"  # represented:1 Afghanistan; … America.5 ending a page
    r"|(?<=[^.][.;:])(?<![.…] [.;:]) (\d{1,2})(?= (?:\d{1,3}|[A-H]|[IVXLC]{1,6})\. [A-Z])"
    # (… each meeting. 2 7. In accordance …, … zero nominal growth. 2 B. Mandate …: a marker set apart before a
    # paragraph's or a section's label; not a contents entry's page after its leader, dotted or spaced:
    # … ATTENDANCE ........ 1 V. ADOPTION …, … INTRODUCTION . . . . 1 II. …)
)
_ENTRY_END = re.compile(r"\.{3,}\s*(?:\d{1,3}|[ivx]{1,4})$")
_HEADING_TAIL = re.compile(
    r"(?:(?<=[.;:] )|(?<=[.;:]\d )|(?<=[.;:]\d\d ))(?:\([a-z]\) )?[A-Z][^.;:!?,]{0,80}$"
)  # after a marker too; a lettered sub-heading's label before it: (b) Applications for …
_SENTENCE_OPENER = re.compile(
    r"(?<=[a-z]) (?=(?:The|A|An|At|In|If|Any|All|Each|No|Nothing|These|This|Such|Every|During|Where|When|Whenever"
    r"|Unless|Except|Save|Subject to|Notwithstanding|Without|Upon|On|Before|After|Following|It|Its)\s)"
    r"|(?<=[a-z]) (?=[A-Z][a-z]+ (?:shall|may|must|will)\b)"
)


@define
class _Reader:
    """What the reading of the pages so far knows: the last paragraph, rule and footnote numbers, and the
    footnote markers met on the page so far (a page may run over several lines: its notes on a line of their
    own, their markers on the lines before)."""

    paragraph: int = 0
    rule: int = 0
    note: int = 0
    extract: bool = False  # whether an annex reproducing another document opens: its numbering may start anywhere
    paged: bool = False  # whether lines are paragraphs, pages told by running headers with their page labels
    titles: tuple[str, ...] = ()  # the cover's lines in capitals: a page opening with one repeats the title
    markers: set[str] = Factory(set)  # the markers met on the page's earlier lines

    def page(self, text: str, *, first: bool) -> list[str]:
        """The lines one page runs together."""
        text = text.strip()
        head: list[str] = []
        if not first:
            header = _RUNNING_HEADER.match(text)
            if self.paged and header is not None and header.group(2) is None and header.group(3) is None:
                header = None  # S/24/11 sets out …: a paragraph opening with a symbol, no page's header
            if header and _COVER_FIELDS[1].match(text, _skip(text, header.end())):  # another document's cover
                head, text = _cover(text)
                self.paragraph = self.note = 0  # another document: its own numbering and footnotes
                self.markers = set()
            elif header:  # a page under its running header: its own markers (it may run on over lines with none)
                self.markers = set()
                head = [part for part in header.groups() if part]
                text = text[header.end() :].lstrip()
                annex, text = self._annex_opening(text)
                head += annex
        elif _opens_cover(text):  # the first page opens with the document's symbol (its session's): its cover
            head, text = _cover(text)
            self.titles = tuple(
                line for line in head if len(line) >= _TITLE_LINE and (line.isupper() or _SUBTITLE.fullmatch(line))
            )
        elif _STATEMENT_OPENING.match(text) or _AGAINST_DELIVERY.search(text[:_COVER_LINE]):
            head, text = _statement_header(text)  # a delegation's letterhead or a statement's title: its header
        while not first and (title := next((t for t in self.titles if text.startswith(f"{t} ")), None)):
            head.append(title)  # SCPF/34 Page 1 REPORT OF THE … INTRODUCTION 1. …: the title printed again
            text = text[len(title) :].lstrip()
        contents = _CONTENTS.match(text)
        if contents:
            head.append(contents.group())
            text = text[contents.end() :].lstrip()
        return head + self._body(text)

    def _annex_opening(self, text: str) -> tuple[list[str], str]:
        """An annex opening a page under its running header: its label (printed twice when the running header
        carries it too), then the cover of the document it reproduces, or its title in capitals."""
        labels: list[str] = []
        while label := _ANNEX_LABEL.match(text):
            labels.append(label.group())
            text = text[label.end() :].lstrip()
        if not labels:
            return [], text
        self.paragraph = self.note = 0  # an annex numbers its paragraphs afresh
        if _COVER_FIELDS[0].match(text):
            body = _LABELLED_BODY.search(text)  # … (Extract) V. CONCLUSIONS 21. …: where the text reproduced starts
            cover, rest = _cover(text[: body.start()] if body else text)
            self.extract = True
            return labels + cover, (text[body.start() :].lstrip() if body else "") + (" " + rest if rest else "")
        title = None if _RESOLUTION_LABEL.match(text) or text.startswith("RESOLUTION") else _CAPS_TITLE.match(text)
        if title:
            return [*labels, title.group().strip()], text[title.end() :].lstrip()
        return labels, text

    def _body(self, text: str) -> list[str]:
        starts = [0]
        markers: dict[str, int] = dict.fromkeys(self.markers, -1)  # each marker's first place on the page's line
        for marker in _GLUED_MARKER.finditer(text):  # (where its digits stand: no note's number there)
            group = marker.lastindex or 1
            markers.setdefault(marker.group(group), marker.start(group))
        self.markers |= set(markers)
        for match in _BREAK.finditer(text):
            if match.start() == 0:  # the page opens with it: counted, no break needed
                self._starts_line(match, text, markers)
            elif self._starts_line(match, text, markers):
                starts.append(match.start())
                if match.lastgroup == "body":
                    starts.append(match.end() + 1)
        pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
        pieces = [part for piece in pieces for part in _rule_apart(piece)]
        last = len(pieces) - 1
        return [
            line
            for n, piece in enumerate(pieces)
            if piece
            for part in _salutation_apart(piece)
            for table_part in _table_apart(part)
            for line in ([table_part] if _laid_out(table_part) else _heading_split(table_part, n < last))
        ]

    def _starts_line(self, match: re.Match[str], text: str, markers: dict[str, int]) -> bool:
        """Whether a candidate break is one: numbers in sequence, labels where a list or clause opens."""
        kind, value = match.lastgroup, match.group(match.lastgroup or 0)
        before = text[max(0, match.start() - 60) : match.start()].rstrip()  # what ends right before it
        before = _MARKER_AT_END.sub("", before)  # … projects;3 (e) …: a footnote's marker after the item's end
        if kind == "para":
            return self._paragraph_starts(value)
        if kind == "rule":
            if int(value) != self.rule + 1:
                return False
            self.rule, self.paragraph = int(value), 0
            return True
        if kind == "note":  # the next footnote's number, its marker glued to a word before it on the page
            if int(value) != self.note + 1 or markers.get(value, len(text)) >= match.start():
                return False
            self.note = int(value)
            return True
        if _ENTRY_END.search(before):
            return True  # … of officers ........ 2 / Adoption of the agenda: the next contents entry
        if kind == "letter" and _NAME_BEFORE.search(before):
            return False  # Mr. H. Lindqvist, Ms. A. Okonkwo: an initial, no section's letter
        if kind in ("roman", "decimal", "letter"):  # … at sea. II. RETURN / … TODAY II.1 Scale / … EXAMINED A. Funding
            words = before.split()
            return not words or before.endswith((".", ";", ":", ")")) or words[-1].isupper()
        if kind == "item":  # … approved: (a) …; or a sub-heading under a heading in capitals (… OBSERVERS (a) …)
            return (
                before.endswith((":", ";", "; or", "; and", ", or", ", and"))
                or _CAPITALS_END.search(before) is not None
            )
        if kind == "star":  # __________ * The drafts …: a note marked by asterisks, under the rule over the notes
            return before.endswith("___")
        if kind == "salutation":  # … of the Bureau. Mr. Chair, …: the speaker turns to the chair again
            return before.endswith((".", "!", "?"))
        if kind in ("preamble", "operative"):  # …,1 Having heard …: a clause after a clause
            return bool(re.search(r",\d{0,2}$", before))
        if kind == "body":  # The Council,: a resolution, its clauses numbered from 1
            self.paragraph = 0
        return kind in ("bullet", "body", "separator")

    def _paragraph_starts(self, label: str) -> bool:
        """Whether a paragraph's number starts a line: the next number, or ``14 bis`` after paragraph 14
        (numbering starts afresh only in a new rule, resolution, cover, or a document an annex reproduces)."""
        number = int(label.split(maxsplit=1)[0])
        if " " in label:  # 14 bis.: a paragraph inserted after paragraph 14
            return number == self.paragraph
        if number != self.paragraph + 1 and not (self.extract and self.paragraph == 0):
            return False
        self.paragraph, self.extract = number, False
        return True


def _skip(text: str, position: int) -> int:
    return len(text) - len(text[position:].lstrip())


def _opens_cover(text: str) -> bool:
    """Whether a page opens with a cover: its symbol, or its session line over its symbol (the 1990s)."""
    return _own_symbol(text) is not None


def _cover(text: str) -> tuple[list[str], str]:
    """A cover's fields, each a line, then its title and what follows it, up to where its body begins. The
    session line may come first, over the symbol (the covers of the 1990s: ``EIGHTY-NINTH SESSION MC/EX/579
    Original: English …``)."""
    lines: list[str] = []
    position = _skip(text, 0)
    session = _COVER_FIELDS[-1].match(text, position)
    if session and _COVER_FIELDS[0].match(text, _skip(text, session.end())):
        lines.append(session.group())
        position = _skip(text, session.end())
    for field in _COVER_FIELDS:
        match = field.match(text, position)
        if match:  # Original: English5 November 2002: the date glued to the language is read all the same
            lines.append(match.group())
            position = _skip(text, match.end())
    meeting = next((match for form in DATE_RANGE_FORMS if (match := form.match(text, position))), None)
    if meeting and lines and _COVER_FIELDS[-1].fullmatch(lines[-1]):  # FIFTH SESSION 28-29 October 2009: its dates
        lines.append(meeting.group())
        position = _skip(text, meeting.end())
    rest = text[position:]
    body = re.search(r" (?=The (?:Council|Executive Committee|Standing Committee),)", rest)
    cover, after = (rest[: body.start()], rest[body.start() :]) if body else (rest, "")
    label = _RESOLUTION_LABEL.match(cover)
    if label:
        lines.append(label.group())
        cover = cover[label.end() :].lstrip()
    for piece in _COVER_BREAK.split(cover):
        if _CONTENTS.match(piece.strip() + " "):  # CONTENTS 10. General debate 11. …: a record's items, a line each
            lines += [entry.strip() for entry in _ENTRY_BREAK.split(piece) if entry.strip()]
            continue
        place = _PLACE_AND_DATES.fullmatch(piece.strip())
        lines += place.groups() if place else [piece.strip()] if piece.strip() else []
    return lines, after.strip()


_ENTRY_BREAK = re.compile(r" (?=\d{1,3}\. [A-Z])")  # before each numbered entry of a cover's contents


_STATEMENT_OPENING = re.compile(rf"(?:{alternation(MISSION_OPENERS, escape=True)}|STATEMENT\b|Statement by\b)")
#: Where a line of a statement's header begins: its title, its meeting, agenda item, speaker, date, the
#: ``Check against delivery`` mark.
_STATEMENT_BREAK = re.compile(
    r" (?=STATEMENT (?:BY|OF)\b)| (?=\d{1,3}(?:st|nd|rd|th) (?:\(?Special\)? )?Session\b)| (?=Agenda item \d)"
    rf"| (?=Statement by\b)| (?={FULL_DATE.pattern})| (?=Check against delivery)"
)
_AGAINST_DELIVERY = re.compile(r"\bCheck against delivery\b")  # the mark closing a statement's header
_ORGAN_FIRST = re.compile(rf"(?:{alternation(o for o in ORGANS if '.' not in o)})(?= [A-Z])")  # INTERNATIONAL
# DIALOGUE ON MIGRATION OPENING REMARKS …: the organ's own line (a name of its own, no pattern)
_DATE_FIRST = re.compile(  # 13 September 2012 The Deputy Director General: the speaker's own line, or the place's
    rf"{FULL_DATE.pattern}(?= (?:The|H\.E\.|His|Her|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Ambassador|Minister) |"
    rf" (?:{alternation(PLACES)})\b)"
)
_ADDRESS = re.compile(rf"(?i)(?:{alternation(AUDIENCE_STEMS)}|(?:deputy )?directors? general)")
_COVER_LINE = 400  # characters: a statement's header alone on a line is no longer
_ADDRESS_WORDS = 5  # words: a form of address in a salutation (``Deputy Directors General``)


def _statement_header(text: str) -> tuple[list[str], str]:
    """A statement's header run together before its salutation (``Permanent Mission of … STATEMENT OF …
    113th Session of the Council … Statement by: … 30 November 2022 Check against delivery Mr. Chair,
    Excellencies, …``), each field a line; then the statement's text from its salutation (or from the
    ``Check against delivery`` mark that closes the header, where no ``Mr. Chair,`` comes before it). Unchanged
    when neither ends the header nor the line is a header alone."""
    salutation = _SALUTATION.search(text)
    delivery = _AGAINST_DELIVERY.search(text, 0, _COVER_LINE) if salutation is None else None
    if delivery is not None:  # … Check against delivery Excellencies, distinguished delegates, …: its end
        address = _OPENING_ADDRESS.match(text, _skip(text, delivery.end()))
        end = address.start() if address is not None else delivery.end()
    elif salutation is None and len(text) > _COVER_LINE:
        return [], text
    else:
        end = salutation.start() if salutation is not None else len(text)  # else the header alone on its line
    lines = [part for piece in _STATEMENT_BREAK.split(text[:end]) for part in _header_fields(piece.strip()) if part]
    return [part for line in lines for part in (line, "")], text[end:]  # a blank line after each: its own


def _header_fields(piece: str) -> list[str]:
    """A piece of a statement's header, its organ's name first (the Dialogue's) and what follows a date (the
    speaker's words, or a place's) each a line of their own."""
    for field in (_ORGAN_FIRST, _DATE_FIRST):
        found = field.match(piece)
        if found:
            return [found.group(), *_header_fields(piece[found.end() :].strip())]
    return [piece]


def _rule_apart(piece: str) -> list[str]:
    """A piece opening with the rule over a page's notes and going on with text, not a note's number
    (``__________ was circulated …``: a note the page before began, going on): the rule, then the text."""
    rule = _RULE_THEN_TEXT.match(piece)
    return [rule.group(1), piece[rule.end() :]] if rule else [piece]


_RULE_THEN_TEXT = re.compile(r"(_{5,})\s+(?=[a-z(])")


def _salutation_apart(piece: str) -> list[str]:
    """A piece opening with a salutation (``Mr. Chair, Excellencies, distinguished delegates, At the outset
    …``): the salutation, its forms of address a comma apart, then the text."""
    salutation = _OPENING_ADDRESS.match(piece)
    if salutation is None:
        return [piece]
    end = salutation.end()
    for address in piece[end:].split(",")[:-1]:
        if len(address.split()) > _ADDRESS_WORDS or not _ADDRESS.search(address):
            break
        end += len(address) + 1  # … Excellencies, distinguished delegates,: the audience, a comma each
    return [part for part in (piece[:end].strip(), piece[end:].strip()) if part]


def _heading_split(piece: str, broken: bool) -> list[str]:
    """A piece that ends a sentence and then gives a few words (``… their duties. Attendance``): the words
    are a heading before the next piece; so are the words in sentence case after a labelled heading in
    capitals (``II. DISCUSSIONS OF THE WORKING GROUP Growth of operations``), a blank line apart. A rule's
    label and caption run into its text (``Rule 3 Special sessions A special session …``): the caption ends
    where a sentence begins. ``broken``: whether a break ends the piece (not the end of the page)."""
    if piece.startswith("Rule "):
        label = re.match(r"Rule \d{1,3}", piece)
        assert label is not None
        rest = piece[label.end() :].strip()
        opener = _SENTENCE_OPENER.search(rest)
        if opener and len(rest[: opener.start()].split()) <= 8 and "," not in rest[: opener.start()]:
            return [label.group(), rest[: opener.start()], rest[opener.end() :]]
        return [label.group(), rest] if len(rest.split()) <= 8 else [piece]
    labelled = _CAPS_HEADING.match(piece)
    if labelled and labelled.end() < len(piece) and _SUBHEADING.fullmatch(piece[labelled.end() :]):
        return [labelled.group().strip(), "", piece[labelled.end() :]]  # II. DISCUSSIONS … / (blank) / Growth …
    tail = _HEADING_TAIL.search(piece) if broken else None
    if tail and tail.group().isupper() and piece[: tail.start()].isupper():
        tail = None  # IX. INTERNATIONAL DIALOGUE ON MIGRATION: PARTNERSHIPS …: a heading's title after its colon
    if tail and len(tail.group().split()) <= 12 and tail.start() > 0:
        return [piece[: tail.start()].rstrip(), tail.group()]
    return [piece]


# -- tables run together ------------------------------------------------------------------------------------

_FIGURE_WORD = re.compile(r"\(?-?\d[\d,.]*\)?%?|[-–—]")
"""A figure of a table's cell run into the text (``52,110``, ``(1,238)``, ``12.5%``, a dash for nothing)."""
_CELL_GAP = "    "  # between a row's cells, as -layout sets them apart (two spaces read as justified text)
_FEWEST_ROWS = 3  # a table run together holds this many rows at least (its headings' row perhaps the first)
_LABEL_WORDS = 8  # words: a row's label is no longer
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_CAPTION_START = re.compile(r"(?<!\S)" + TABLE_CAPTION.pattern)  # Table 1: …, where it starts in the text


def _table_apart(piece: str) -> list[str]:
    """A piece holding a table run together (``… (in US dollars) Function 2014 actual 2015 estimate 2016
    projection Headquarters oversight functions 4,215,000 4,480,000 4,760,000 Regional offices …``): the text
    before it, its caption, its headings and each row a line, cells four spaces apart (as ``-layout`` prints
    a table); then the text after it. The rows are the longest run of three or more labels each followed by
    as many figures, two at least; the piece unchanged where there is none."""
    words = piece.split()
    groups = _label_groups(words)
    run = _longest_run(groups)
    if run is None:
        return [piece]
    first, last = run
    label_start = _row_label_start(words, groups[first])
    before = " ".join(words[:label_start])
    rows = [[" ".join(words[label_start : groups[first][1]]), *words[groups[first][1] : groups[first][2]]]]
    rows += [[" ".join(words[a:b]), *words[b:c]] for a, b, c in groups[first + 1 : last + 1]]
    after = " ".join(words[groups[last][2] :])
    return [
        *_caption_and_headings(before, len(rows[0]) - 1),
        *(_CELL_GAP.join(row) for row in rows),
        *([after] if after else []),
    ]


def _laid_out(line: str) -> bool:
    """Whether a line is a table's, as `_table_apart` laid it out (a row, its caption, the blank line above
    it): no heading is split off it."""
    return not line or _CELL_GAP in line or _CAPTION_START.match(line) is not None


def _label_groups(words: list[str]) -> list[tuple[int, int, int]]:
    """The words in groups of words that are no figures then figures: each its start, where its figures
    start, and its end."""
    groups: list[tuple[int, int, int]] = []
    at = 0
    while at < len(words):
        start = at
        while at < len(words) and (not _FIGURE_WORD.fullmatch(words[at]) or (at > start and _in_label(words, at))):
            at += 1
        figures = at
        while at < len(words) and _FIGURE_WORD.fullmatch(words[at]):
            at += 1
        groups.append((start, figures, at))
    return groups


def _in_label(words: list[str], at: int) -> bool:
    """Whether the figure ``words[at]`` is a word of a row's label: a day before its month, or a year after
    its month or a preposition (``Received as at 31 October 2017``, ``Outstanding for 2016 and prior
    years``)."""
    word, before = words[at], words[at - 1]
    after = words[at + 1] if at + 1 < len(words) else ""
    if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31 and _MONTH_WORD.fullmatch(after):
        return True
    return _YEAR_WORD.fullmatch(word) is not None and (
        _MONTH_WORD.fullmatch(before) is not None or before in _LABEL_PREPOSITIONS
    )


_MONTH_WORD = re.compile(MONTH_PATTERN)
_LABEL_PREPOSITIONS = frozenset(("for", "in", "of", "at", "since", "to", "and", "from", "by", "until", "before"))


def _longest_run(groups: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """The first and last group of the longest run of groups with as many figures each, two at least, their
    labels a few words (the first's may hold the headings' words before it)."""
    best: tuple[int, int] | None = None
    first = 0
    for index in range(1, len(groups) + 1):
        width = groups[first][2] - groups[first][1]
        same = index < len(groups) and groups[index][2] - groups[index][1] == width
        if same and groups[index][1] - groups[index][0] <= _LABEL_WORDS and groups[index][1] > groups[index][0]:
            continue
        if width >= 2 and index - first >= _FEWEST_ROWS and (best is None or index - first > best[1] - best[0] + 1):
            best = (first, index - 1)
        first = index
    return best


def _row_label_start(words: list[str], group: tuple[int, int, int]) -> int:
    """Where the first row's label starts in its group, after the columns' headings or the text before it:
    after the last year and the word that ends its heading (``… 2015 estimate 2016 projection Headquarters
    oversight functions``, ``… 2010 2011 Total Bolivia (Plurinational State of)``), else at the last word
    opening with a capital after one that does not, within a label's length of the figures."""
    start, figures, _ = group
    years = [at for at in range(start, figures) if _YEAR_WORD.fullmatch(words[at])]
    if years and years[-1] + 2 < figures:
        return years[-1] + 2
    label = max(start, figures - _LABEL_WORDS)
    for at in range(figures - 1, label, -1):
        if _capital(words[at]) and not _capital(words[at - 1]):
            return at
    return label if label > start or not _capital(words[start]) else start


def _capital(word: str) -> bool:
    """Whether a word opens with a capital, a parenthesis before it perhaps (``(Plurinational``)."""
    return word.lstrip('(“"')[:1].isupper()


def _caption_and_headings(before: str, columns: int) -> list[str]:
    """The text before a table run together: the text, the caption (``Table 1: … (in US dollars)``), and the
    columns' headings as a row, a cell from each year on (``Function  2014 actual  2015 estimate …``) when
    they hold a year a column."""
    caption = next(reversed(list(_CAPTION_START.finditer(before))), None)  # the last: the table's own
    text, rest = (before[: caption.start()].strip(), before[caption.start() :]) if caption else ("", before)
    unit = UNIT_CAPTION.search(rest)
    head, headings = (rest[: unit.end()], rest[unit.end() :].strip()) if unit else ("", rest.strip())
    years = [m.start() for m in _YEAR_WORD.finditer(headings) if m.start() == 0 or headings[m.start() - 1] == " "]
    if len(years) == columns and years[0] > 0:
        cells = [headings[: years[0]].strip()] + [
            headings[a:b].strip() for a, b in zip(years, [*years[1:], None], strict=True)
        ]
        headings = _CELL_GAP.join(cells)
    lines = [text] if text else []
    if head:
        lines += [""] * bool(text) + [head.strip()]  # a blank line between the text and the caption
    return lines + [headings] * bool(headings)
