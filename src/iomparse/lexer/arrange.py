"""Pass 4, arrangement: the text flow, footnote bodies and page furniture told apart, page breaks mended.

No single line shows what a repeated line is: the document's own symbol again (a running header), ``Page
3``, a rule, the title again (a running title), the annex's label again on its later pages. Footnote bodies
are taken out of the flow (the builder links them to their markers), and text that a page break, footnote
bodies or furniture interrupted is joined back to the paragraph or item it continues (a footnote's own line
printed a blank line apart, to its note; a table going on over a page, to its table).
"""

from __future__ import annotations

import itertools
import re

from attrs import define, field

from ..reading_order import CONTINUED, FIGURE, STATEMENT_TITLE, TABLE_CAPTION, YEAR, ends_on_initial
from .headings import BREAKS_OFF, heading_candidates, mark_unpaged_contents
from .joining import AGENDA_ITEM_END, DocumentWords, contents_unpaged, one_span, wrap_point
from .kinds import HEADER_FIELDS, HEADER_OPENERS, OPEN_TEXT_KINDS, PLAIN_KINDS
from .lines import SUPERSCRIPT_DIGITS, LogicalLine, append_lines, bare, strip_markup
from .rules import COVER_NOTE, RECORD_NOTE, classify
from .tables import mostly_figures

_TERMINAL_PUNCTUATION = (".", ";", ":", "?", "!", "”", '"', "’", ",")
_ITEM_TITLE_LINES = 4  # lines: an agenda item's title, which its documents follow
_FULL_STOPS = (".", ";", "!")  # a sentence's end (a question ends an item's title too: no full stop; a colon
# neither: ``Internal governance and oversight:`` / blank / ``S/19/INF/3`` / blank / ``(a) …``, the item's
# own documents before its sub-items)
_NOTE_LINE = 50  # characters: a footnote's line as long as this is full, its text wraps onto the next
_NOTE_WORDS = 3  # words: a footnote's next line holds this many at least (a table's cells fewer)
_NOTE_END = re.compile(r"[A-Za-z][^.;:]*\.")  # a note's last words, ending its sentence: ``March 2021.``
_PAGE_FURNITURE = frozenset({"RULE", "PAGE_LABEL", "CONTINUATION_MARK", "COVER_FOOTER"})
_HEADER_KINDS = HEADER_FIELDS | HEADER_OPENERS
_ANNEX_HEADER_KINDS = {"ANNEX_LABEL", "SYMBOL_LINE", "ORIGINAL", "DATE_LINE", "ORGAN", "SESSION_LINE"}
_HEADER_REACH = 4  # lines kept: an annex's label or symbol stands at most as far above its subtitle
_TITLE_KINDS = PLAIN_KINDS | {"SUBTITLE"}  # a title or its subtitle in parentheses, printed again atop a page


def arrange(
    logical: list[LogicalLine], words: DocumentWords
) -> tuple[list[LogicalLine], list[LogicalLine], list[LogicalLine]]:
    """Split logical lines into the text flow, footnote bodies and page furniture; join continuations (a
    contents' entries printed without pages are known first: they continue nothing)."""
    mark_unpaged_contents(logical)
    _mark_page_numbers_at_foot(logical)
    arrangement = _Arrangement(
        words,
        heading_candidates(logical),
        _over_the_footer(logical),
        _header_blocks_opened(logical),
        _first_page_end(logical),
        _text_resumed_over_page(logical),
    )
    going_on = _notes_going_on(logical)
    running = _running_lines(logical)
    titles_split = _titles_split(logical)
    for index, line in enumerate(logical):
        if index in running:
            line.decide("RUNNING_HEADER", "running-line-repeated")
            arrangement.set_aside(line)
            continue
        if index in titles_split:
            line.decide("RUNNING_TITLE", "title-repeated-split")
            arrangement.furniture.append(line)  # (as a running title: it breaks no text)
            continue
        if index in going_on and arrangement.footnotes:
            note = arrangement.footnotes[-1]  # the last note of the page before, going on
            _join_note(note, line, words)
            note.rule = f"{note.rule}/footnote-continued"
            continue
        arrangement.take(index, line)
    arrangement.close_text()
    return arrangement.flow, arrangement.footnotes, arrangement.furniture


def _text_resumed_over_page(logical: list[LogicalLine]) -> set[int]:
    """The lines of text right after a page's footnote, on its page, where the page's next text line past
    the page break opens in lower case (``… with the same rates, which`` / ``² Before 2013 … the Standing`` /
    ``Committee at its Eleventh Session …`` / overleaf: ``do not depend on …``): the text broken off above the
    notes goes on overleaf, so the line after the note is the note's (pdfminer prints its lines a blank line
    apart)."""
    first_on: dict[int, LogicalLine] = {}  # each page's first line past its furniture
    for line in logical:
        if line.kind not in _OVERLEAF_FURNITURE:
            first_on.setdefault(line.page, line)
    found: set[int] = set()
    for index in range(1, len(logical)):
        line, above = logical[index], logical[index - 1]
        if line.kind != "TEXT" or above.kind != "FOOTNOTE" or above.page != line.page:
            continue
        overleaf = first_on.get(line.page + 1)
        if overleaf is not None and overleaf.kind == "TEXT" and _starts_lower(overleaf.text):
            found.add(index)
    return found


_OVERLEAF_FURNITURE = _PAGE_FURNITURE | {"RUNNING_HEADER", "SYMBOL_LINE"}  # a page's own symbol atop it


def _header_blocks_opened(logical: list[LogicalLine]) -> set[int]:
    """The symbol lines right over an ``Original:`` line: each opens a header block of its own (a draft's,
    under a cover that lists the symbols of all the drafts), where a running header stands over ``Page 2``."""
    return {
        index
        for index, (line, below) in enumerate(itertools.pairwise(logical))
        if line.kind == "SYMBOL_LINE" and below.kind == "ORIGINAL"
    }


def _running_lines(logical: list[LogicalLine]) -> set[int]:
    """The lines of text printed right over (or under) a page's label, the same on two pages at least: a
    running header that is no symbol (``International Dialogue on Migration`` / ``Page 2``, a paper without
    one), which would otherwise go on with the text of the page before."""
    beside: dict[str, list[int]] = {}
    for at, line in enumerate(logical):
        if line.kind != "PAGE_LABEL":
            continue
        for near in (at - 1, at + 1):
            if 0 <= near < len(logical) and _next_to(logical[near], line):
                beside.setdefault(bare(logical[near].text).strip(), []).append(near)
    return {at for text, lines in beside.items() if len(lines) >= _RUNNING_PAGES and text for at in lines}


def _titles_split(logical: list[LogicalLine]) -> set[int]:
    """The lines that print a header's title again over two lines a blank line or two apart (``REPORT ON THE
    SEVENTEENTH SESSION OF THE`` / blank / ``STANDING COMMITTEE …``, the converter's running title atop the
    body): neither half is the title, both together are."""
    titles = {bare(line.text).rstrip("*").strip() for line in logical if line.header and line.kind == "CAPS"}
    split: set[int] = set()
    if not titles:
        return split
    for at, (first, second) in enumerate(itertools.pairwise(logical)):
        if first.header or first.kind != "CAPS" or second.kind != "CAPS":
            continue
        joined = f"{bare(first.text).strip()} {bare(second.text).strip()}".rstrip("*")
        if joined in titles and second.start - first.end <= _TITLE_SPLIT_GAP:
            split |= {at, at + 1}
    return split


_TITLE_SPLIT_GAP = 3  # lines from a running title's first half to its second: two blank lines between at most


def _next_to(line: LogicalLine, label: LogicalLine) -> bool:
    """Whether a one-line text stands on the line right above or under a page's label, on its page."""
    return (
        line.kind in PLAIN_KINDS
        and len(line.raw) == 1
        and line.page == label.page
        and (line.end + 1 == label.start or label.end + 1 == line.start)
    )


_RUNNING_PAGES = 2  # pages at least: a line printed by each of them beside the page's label is a running header


def _over_the_footer(logical: list[LogicalLine]) -> set[int]:
    """The lines of text right over the cover's trilingual footer, on its page."""
    return {
        at - 1
        for at, line in enumerate(logical)
        if line.kind == "COVER_FOOTER"
        and at > 0
        and logical[at - 1].kind == "TEXT"
        and logical[at - 1].page == line.page
    }


def _first_page_end(logical: list[LogicalLine]) -> int | None:
    """The first page's last logical line, when a page follows it."""
    last = max((at for at, line in enumerate(logical) if line.page == 1), default=None)
    return last if last is not None and last + 1 < len(logical) else None


_PAGE_NUMBER = re.compile(r"[-–]?\s*(\d{1,3})\s*[-–]?")


def _notes_going_on(logical: list[LogicalLine]) -> set[int]:
    """The lines of text at a page's foot that go on with the last footnote of the page before, which breaks
    off in mid-sentence (``… The methodology was presented to Member`` / next page, under its text: ``States
    at the Eighteenth Session … (document S/18/12).`` / ``5 Expenditure figures …``): see `_goes_on_note`."""
    going_on: set[int] = set()
    last_note: LogicalLine | None = None
    ending = ""  # the last words of the last note, with the lines of text that go on with it on its page
    for index, line in enumerate(logical):
        if line.kind == "FOOTNOTE":
            last_note, ending = line, line.text
        elif last_note is not None and line.page == last_note.page and logical[index - 1].page == line.page:
            if line.kind == "TEXT" and logical[index - 1].kind in ("FOOTNOTE", "TEXT"):
                ending = line.text  # (its own next line: joined with it later, see `_continues_note`)
        elif last_note is not None and last_note.page == line.page - 1 and _goes_on_note(logical, index, ending):
            going_on.add(index)
            last_note = None  # (once)
    return going_on


def _goes_on_note(logical: list[LogicalLine], index: int, ending: str) -> bool:
    """Whether the line at ``index``, on the page after a note that ends on ``ending`` in mid-sentence, goes
    on with it: one line of text ending the sentence right above the page's first footnote; the page's last
    line where the note broke off on a word no sentence ends on (``… to the``), no number under it; or, under
    the rule over the notes, the page's last line and in lower case (``__________`` / ``was circulated …``)."""
    line, above = logical[index], logical[index - 1]
    if line.kind != "TEXT" or bare(ending).rstrip(SUPERSCRIPT_DIGITS).endswith(_TERMINAL_PUNCTUATION):
        return False
    after = next((logical[i] for i in range(index + 1, len(logical)) if logical[i].kind not in _PAGE_FURNITURE), None)
    if after is not None and after.kind == "FOOTNOTE" and after.page == line.page:
        return len(line.raw) == 1 and bare(line.text).endswith((".", ".)", ";"))
    at_foot = after is None or after.page > line.page
    if at_foot and BREAKS_OFF.search(bare(ending).rstrip()) and not _number_under(logical, index):
        return True  # (… present an assessment of the mechanism to the / overleaf, at its foot: ``Sub-Committee …``)
    return at_foot and above.kind == "RULE" and above.page == line.page and line.text[:1].islower()


def _number_under(logical: list[LogicalLine], index: int) -> bool:
    """Whether a number alone stands right under the line ``index``, on its page: the line is the body of the
    note it numbers, printed over its number (pdfminer), not the end of a note overleaf."""
    below = logical[index + 1] if index + 1 < len(logical) else None
    return below is not None and below.page == logical[index].page and bare(below.text).strip().isdigit()


def _mark_page_numbers_at_foot(logical: list[LogicalLine]) -> None:
    """A number alone (``2``, ``- 2 -``) on the last line of a page, under a line of words, and no greater than
    the page's place in the text, is the page's number printed in its footer (a word processor's page field),
    not text: were it kept, it would open the next page's first paragraph."""
    for index, line in enumerate(logical[1:], start=1):
        found = _PAGE_NUMBER.fullmatch(bare(line.text))
        if (
            found is not None
            and line.kind in PLAIN_KINDS | {"PARA"}
            and len(line.raw) == 1
            and (index + 1 == len(logical) or logical[index + 1].page > line.page)
            and logical[index - 1].page == line.page
            and any(c.isalpha() for c in logical[index - 1].text)  # (not the last of a column of figures)
            and 0 < int(found.group(1)) <= line.page
        ):
            line.decide("PAGE_LABEL", "page-number-at-foot")


@define
class _Arrangement:
    """The arrangement as it is read, line by line: one method per outcome for a line."""

    words: DocumentWords
    headings: list[bool]  # for each logical line, whether it reads as a heading
    over_footer: set[int]  # the logical lines right over the cover's footer
    header_openers: set[int]  # the symbol lines that open a header block of their own
    first_page_end: int | None  # the first page's last logical line, a page after it
    resumed_over_page: set[int]  # the lines of text after a page's notes whose text above goes on overleaf
    flow: list[LogicalLine] = field(factory=list)
    footnotes: list[LogicalLine] = field(factory=list)
    furniture: list[LogicalLine] = field(factory=list)
    own_symbols: set[str] = field(factory=set)  # the symbol lines of the document's first header block
    annex: str | None = None  # the label of the annex being read
    titles: set[str] = field(factory=set)  # titles seen in header blocks: a later copy of one is a running title
    in_header: bool = True  # no body line seen since the start or the last annex boundary
    body_seen: bool = False  # whether a line of the document's body has been kept
    open_text: LogicalLine | None = None  # the last line of running text, which a continuation may join
    pieces: list[str] = field(factory=list)  # the open text in pieces, joined once closed (linear in its length)
    open_page: int = 1  # the page that text ended on
    broken: bool = False  # whether a page break (footnotes, furniture) came after the open text
    open_heading: bool = False  # whether the open text reads as a heading (it takes no continuation)
    repeated: int | None = None  # where a table's headings repeated after a page break begin in the flow
    last_note: LogicalLine | None = None  # the footnote body taken last, if the line before was one

    def take(self, index: int, line: LogicalLine) -> None:
        """Put one logical line where it belongs."""
        text = bare(line.text)
        note, self.last_note = self.last_note, None
        if line.kind == "FOOTNOTE":
            self._set_aside(line, self.footnotes)
            self.last_note = line
        elif line.kind == "TEXT" and note is not None and self._continues_note(note, line, self.headings[index], index):
            _join_note(note, line, self.words)
            self.last_note = note
        elif self._is_furniture(line, text, opens_header=index in self.header_openers):
            self._set_aside(line, self.furniture)
        elif self._running_title(line, text):
            self.furniture.append(line)  # a running title does not break the text: it sits at a page's top
        elif line.kind in PLAIN_KINDS and (title_lines := self._title_atop(line)):
            self._title_apart(line, title_lines)
        elif self._under_underlined_heading(line, text):
            self._join_heading(line)
        elif line.kind == "TEXT" and self._cover_note_at_foot(
            line, text, index in self.over_footer, at_first_end=index == self.first_page_end
        ):
            line.decide("NOTE", "cover-note-at-foot")
            self.flow.insert(self._header_end(), line)  # a header's line, printed where a footnote would be
        elif (line.kind == "TEXT" or (line.kind == "BOLD" and _starts_lower(line.text))) and self._continues(
            index, line
        ):  # (a bold passage broken by a page: **… through its** / (page break) / **own staff, …**)
            self._join(line)
        elif line.kind == "TABLE" and self._table_continued(line):
            pass  # the table of an earlier page goes on (see `_table_continued`)
        elif line.kind == "TEXT" and self._cover_note_after_contents(line, text):
            line.decide("NOTE", "cover-note-after-contents")
            self.flow.insert(self._contents_start(), line)  # a header's line: before the contents
        else:
            self.repeated = self._repeats_headings(line, text)
            self._keep(line, text)
            self.open_heading = self.headings[index]

    def _under_underlined_heading(self, line: LogicalLine, text: str) -> bool:
        """Whether the line goes on a typed heading in capitals underlined line by line (``REVISION OF THE
        BUDGET …`` / ``-----`` / ``FOR 1979`` / ``-----``), or gives its agenda item (``(Item 5 of the
        agenda)``), right under the underline (no blank line between)."""
        heading = self.flow[-1] if self.flow else None
        underline = self.furniture[-1] if self.furniture else None
        if heading is None or underline is None or heading.kind != "CAPS" or underline.kind != "RULE":
            return False
        if not (heading.end + 1 == underline.start and underline.end + 1 == line.start):
            return False
        rule = underline.text.strip()
        if rule.strip("-_") or abs(len(rule) - len(bare(heading.raw[-1]).strip())) > _UNDERLINE_SLACK:
            return False  # (a rule as long as the line above it: its underline, no rule over notes)
        return (line.kind == "CAPS" and text.isupper()) or (
            line.kind == "TEXT" and AGENDA_ITEM_END.fullmatch(text) is not None
        )

    def _join_heading(self, line: LogicalLine) -> None:
        """The line made part of the heading in capitals the flow ends with."""
        heading = self.flow[-1]
        heading.text = f"{heading.text} {line.text.strip()}"
        heading.raw.extend(line.raw)
        heading.numbers.extend(line.numbers)
        heading.end = line.end
        heading.decide("CAPS", "heading-underlined-goes-on")
        self.broken = False

    def _table_continued(self, line: LogicalLine) -> bool:
        """Whether a table goes on with one before it, and if so, put it there: right after it over a page break,
        its headings repeated (or none); under headings repeated as lines of text; or under its caption repeated
        with ``(continued)``, though a line the page break left stands between."""
        if self.flow and self.flow[-1].kind == "TABLE" and self._table_goes_on(line):
            append_lines(self.flow[-1], line)
            self.broken = False
            return True
        if self._goes_on_past_figures(line):
            self.close_text()
            append_lines(self.flow[-2], line)  # the figures it left stay after it
            self.repeated, self.open_text, self.broken = None, None, False
            return True
        if self.repeated is not None:
            self.close_text()
            table, *headings = self.flow[self.repeated - 1 :]
            del self.flow[self.repeated :]
            for more in [*headings, line]:  # the headings repeated over the table on its next page, as text
                append_lines(table, more)
            self.repeated, self.open_text = None, None
            return True
        going_on = self._caption_going_on(line)
        if going_on is None:
            return False
        self.close_text()
        table, caption = going_on  # PROPOSED SCALE … (continued) / Scale … %: the table's next page, though
        if caption is not line:  # a line the break left (a note's body not read as one) stands between
            self.flow.remove(caption)
            append_lines(table, caption)
        append_lines(table, line)
        self.repeated, self.open_text = None, None
        return True

    def close_text(self) -> None:
        """Give the open text its joined pieces; text joined across a blank line or a page break that reads as
        a resolution's preambular clause once whole (``Having received … in document`` / blank / ``C/107/29,¹``,
        pdfminer's text) is one."""
        if self.open_text is not None:
            self.open_text.text = "".join(self.pieces)
            if self.open_text.kind == "TEXT" and len(self.pieces) > 1:
                kind, match, _, rule = classify(self.open_text.text)
                if kind == "PREAMBLE" and match is not None:
                    self.open_text.decide(kind, rule)
                    self.open_text.groups = match.groupdict()

    def _table_goes_on(self, line: LogicalLine) -> bool:
        """Whether a table right after a table goes on with it: a page break (footnotes, furniture) came
        between, or it opens the next page under the same column headings (pdfminer prints no furniture
        between them when the running header comes at the page's end)."""
        above = self.flow[-1]
        labelled = line.label and (TABLE_CAPTION.match(line.label) or STATEMENT_TITLE.match(line.label))
        if labelled and not CONTINUED.search(line.label or "") and line.label != above.label:
            return False  # Table 1. Posts …, Statement II – …: a table of its own, though it opens the next page
            # (not its caption again)
        if self.broken:
            return True
        if line.page == above.page:
            return False
        headings = _heading_words(line)
        return len(headings) >= 3 and _heading_words(above)[-len(headings) :] == headings

    def _goes_on_past_figures(self, line: LogicalLine) -> bool:
        """Whether a table opening a later page goes on with the table before the figures right above it,
        which that table left unplaced (see `column_blocks`): under the same column headings (three words at
        least), no other line between."""
        if len(self.flow) < 2 or self.flow[-2].kind != "TABLE" or line.page <= self.flow[-2].page:
            return False
        left = self.flow[-1]
        text = "".join(self.pieces) if left is self.open_text else left.text
        if left.kind not in PLAIN_KINDS or not mostly_figures(text):
            return False
        headings = _heading_words(line)
        return len(headings) >= 3 and _heading_words(self.flow[-2])[-len(headings) :] == headings

    def _caption_going_on(self, line: LogicalLine) -> tuple[LogicalLine, LogicalLine] | None:
        """The table a table goes on with, and the line that says so: the table's caption repeated with
        ``(continued)`` as its own caption or on the line above it (its column headings perhaps run into it),
        over a table of an earlier page whose caption it repeats, a few lines back."""
        above = self.flow[-1] if self.flow else None
        if line.label and CONTINUED.search(line.label):
            caption, text = line, line.label
        elif above is not None and above.kind in PLAIN_KINDS and above.page == line.page:
            caption, text = above, bare("".join(self.pieces) if above is self.open_text else above.text)
        else:
            return None
        marked = CONTINUED.search(text)
        words = text[: marked.start()].split() if marked else []
        if not words:
            return None
        for at in range(len(self.flow) - 1, max(-1, len(self.flow) - 1 - _CAPTION_REACH), -1):
            earlier = self.flow[at]
            if earlier.kind == "TABLE":
                captions = [earlier.label or "", *(above.text for above in self.flow[max(0, at - 2) : at])]
                same = any(bare(text).split()[: len(words)] == words for text in captions)
                return (earlier, caption) if same and earlier.page < line.page else None
        return None

    def _continues_note(self, note: LogicalLine, line: LogicalLine, heading: bool, index: int) -> bool:
        """Whether a line of text right after a footnote's body goes on with it: words on the same page after a
        body left open on a full line (``… approved by the Council through`` / blank / ``Resolution No. …``:
        pdfminer prints a note's lines a blank line apart), where the text above the note ended its sentence or
        its last line stopped short (else the line is that text's, going on after the note). A text broken off
        on a short line (``… the report¹ of`` / note / ``Member States …``) is not told from a note going on:
        the note takes the line."""
        if note.page == line.page and not note.text.strip():
            return True  # a / blank / Admitted to membership …: a note's letter printed alone, its text under it
        if note.page != line.page or heading:
            return False
        if len(line.text.split()) < _NOTE_WORDS and not _NOTE_END.fullmatch(line.text.strip()):
            return False  # (a table's cells, fewer words; but ``March 2021.``, a sentence's last words, ends it)
        text_open = (
            self.open_text is not None
            and _ends_open(self.pieces[-1])
            and len(self.open_text.raw[-1].strip()) >= _NOTE_LINE  # (a short last line ends its text:
            and index not in self.resumed_over_page  # 13. Closure of the session / C/106/10, an agenda's item
        )  # and its documents; … which / ² … / … 101st Session. / overleaf: do not depend …: the text goes on there)
        if text_open and bare(self.pieces[-1]).rstrip().endswith(("; and", "; or")):
            text_open = False  # (i) … regional offices; and / ⁷ … the Eighteenth / Session …: the list's next item
            # comes next, its label first, not words going on
        elif text_open and _breaks_off(note.raw[-1]) and not _breaks_off(self.pieces[-1]):
            text_open = False  # … arrangements and / blank / therefore differ …: the note broke off on a word no
            # sentence ends on, the text on a word that may end one (… the Joint United Nations / overleaf)
        note_open = _ends_open(note.text) or bare(note.text).rstrip().endswith(",")  # (… for Safe, / Orderly …)
        return len(note.raw[-1].strip()) >= _NOTE_LINE and note_open and not text_open

    def _is_furniture(self, line: LogicalLine, text: str, *, opens_header: bool = False) -> bool:
        """Whether the line is page furniture: a rule, a page label, the cover footer, the annex's label on a
        later page, or the document's own symbol repeated (the symbols of the first header block, or the
        first symbol line, are the document's own), unless it opens a header block of its own (``MC/L/1102``
        / ``Original: English``: a draft's, its symbol among those of the cover above)."""
        if line.kind in _PAGE_FURNITURE:
            return True
        if line.kind in _CONTENTS_REPEATED and self._contents_go_on(line, text):  # CONTENTS (cont'd) / Page
            line.decide("RUNNING_TITLE", "contents-continued")
            return True
        if line.kind == "ANNEX_LABEL" and self.annex is not None and text.casefold() == self.annex.casefold():
            line.decide("RUNNING_ANNEX_LABEL", "annex-label-repeated")
            return True
        if line.kind != "SYMBOL_LINE":
            return False
        if text in self.own_symbols and not (opens_header and self.body_seen):
            if self.flow:
                line.decide("RUNNING_HEADER", "own-symbol-repeated")
            return bool(self.flow)
        if not self.own_symbols or not self.body_seen:  # the first symbol line, and those of the same header
            self.own_symbols.add(text)  # block (a note sheet's symbol and its cover's)
        return False

    def _contents_go_on(self, line: LogicalLine, text: str) -> bool:
        """Whether the line repeats the contents' heading or column label on the next page, under entries."""
        if not self.flow or self.flow[-1].kind != "TOC_ENTRY":
            return False
        return line.kind == "TOC_COLUMN" or (line.kind == "TOC_HEAD" and CONTINUED.search(text) is not None)

    def _cover_note_after_contents(self, line: LogicalLine, text: str) -> bool:
        """Whether a line of text right after the contents, on the cover they are printed on, is the cover's
        note (``This document is submitted to …``): the cover puts its note at the page's foot, under the
        contents."""
        if not COVER_NOTE.match(text) or not self.flow:
            return False
        entry = next((kept for kept in reversed(self.flow[-2:]) if kept.kind == "TOC_ENTRY"), None)
        return entry is not None and entry.page == line.page  # (a contents' label and rule printed apart between)

    def _running_title(self, line: LogicalLine, text: str) -> bool:
        """Whether the line is a title printed again atop a page (the document's, its subtitle), or the
        heading over an agenda's documents column (``Documents``), which breaks no text; if so, say so."""
        if line.rule == "agenda-column-headings":
            line.decide("RUNNING_TITLE", line.rule)
            return True
        if line.rule == "part-label-uncaptioned" and any(kept.label == text for kept in self.flow):
            line.decide("RUNNING_TITLE", "part-label-repeated")  # PART I atop the part's next page
            return True
        if line.kind in _TITLE_KINDS and text.rstrip("*") in self.titles and not self._in_annex_header(line, text):
            line.decide("RUNNING_TITLE", "title-repeated")
            return True
        return False

    def _in_annex_header(self, line: LogicalLine, text: str) -> bool:
        """Whether the lines kept last are the header block of an annex or a document within (its label,
        symbol, date, organ or session line, then its title perhaps): a title or subtitle in it is that
        block's own, though the cover's is the same, not a running title."""
        for kept in reversed(self.flow[-_HEADER_REACH:]):  # (its title, its place between, perhaps)
            if kept.text.strip("*") == text.strip("*"):
                return False  # **IOM STRATEGY …** / IOM STRATEGY …: the title printed again right under it
            if kept.kind in _ANNEX_HEADER_KINDS:
                return kept.page == line.page  # (the cover's, a page above: the title printed again atop a page)
            if kept.kind not in _HEADER_KINDS:
                return False
        return False

    def _cover_note_at_foot(self, line: LogicalLine, text: str, over_footer: bool, *, at_first_end: bool) -> bool:
        """Whether a line of text under a rule at the first page's foot, or right over the cover's footer,
        the body begun above it, is the cover's note (``This document supersedes …``, ``Corrections to this
        provisional record …``, no marker: a cover puts its note where a footnote would be); a record's note
        on corrections is one as the first page's last line with no rule typed above it (the rule drawn)."""
        if line.page != 1 or not self.body_seen or not COVER_NOTE.match(text):
            return False
        if self._cover_note_after_contents(line, text):
            return False  # (under the contents on the cover: see there)
        if at_first_end and RECORD_NOTE.match(text):
            return True  # This record is subject to correction …, the first page's last line, its rule drawn
        if over_footer:  # … / Corrections to this provisional record … / COUNCIL CONSEIL CONSEJO, unless
            above = self.pieces[-1] if self.open_text is not None else self.flow[-1].text if self.flow else ""
            return not bare(above).rstrip().endswith(":")  # the text above introduces it (… the following:)
        if not self.furniture:
            return False
        rule = self.furniture[-1]
        return rule.kind == "RULE" and rule.page == line.page and (not self.flow or self.flow[-1].end < rule.start)

    def _header_end(self) -> int:
        """Where in the flow the first header block ends."""
        return next((i for i, kept in enumerate(self.flow) if kept.kind not in _HEADER_KINDS), len(self.flow))

    def _contents_start(self) -> int:
        """Where in the flow the contents that end it begin (their heading, or their first entry)."""
        start = max(i for i, kept in enumerate(self.flow) if kept.kind == "TOC_ENTRY")
        while start > 0 and self.flow[start - 1].kind in _CONTENTS_KINDS:
            start -= 1
        return start

    def _repeats_headings(self, line: LogicalLine, text: str) -> int | None:
        """Where in the flow the column headings begin that a table printed on a page before this line, broken
        off by the page's end, repeats at the top of the next (``Member States`` / ``United Nations scale`` /
        ``%``): short lines of text, none a sentence, right after the break. None where this line is none."""
        if line.kind not in PLAIN_KINDS or len(text) > _HEADINGS_LINE or text.endswith((".", ";", ":")):
            return None
        if _NEXT_TABLE.match(text) and not CONTINUED.search(text):
            return None  # STATEMENT II / STATEMENT OF ASSETS …: the title of a table of its own
        if self.repeated is not None:
            return self.repeated
        return len(self.flow) if self.broken and self.flow and self.flow[-1].kind == "TABLE" else None

    def set_aside(self, line: LogicalLine) -> None:
        """Put a line of page furniture aside: the text is broken there."""
        self._set_aside(line, self.furniture)

    def _set_aside(self, line: LogicalLine, where: list[LogicalLine]) -> None:
        where.append(line)
        self.broken = True

    def _continues(self, index: int, line: LogicalLine) -> bool:
        """Whether a text line continues the open paragraph, item or quote: it goes on in lower case, or the
        open text is unfinished and the line is no heading, or it comes after a page break (see
        `_continues_over_page`)."""
        if self.open_text is None or (self.open_heading and not _starts_lower(line.text)):
            return False
        if (self.broken or line.page != self.open_page) and _captions_next_page(line):
            return False  # … 129,562,167 / (page break) / Table 3 (cont’d): unfinished text left by a table
        if _starts_lower(line.text):
            return True
        if self._documents_of_item(line):
            return True  # (a) Implementing the global compact …: what role for IOM? / blank / C/109/INF/1
        if self.open_text is self.flow[-1] and contents_unpaged(self.flow):
            return False  # CONTENTS / Agenda item 8: General debate / Agenda item 9: …: entries without pages
        if self._item_ended(line):
            return False  # •  Rapporteur / blank / Consultations on the slate …: a paragraph after the list
        if _ends_open(self.pieces[-1]) and not self.headings[index]:
            return True
        if self.headings[index] and not _ends_open(self.pieces[-1]):
            return False  # … Rev.1. / (page break) / Admission of new Members / 12. …: a heading opens the page
        return _continues_over_page(self.open_text, line, self.broken or line.page != self.open_page)

    def _documents_of_item(self, line: LogicalLine) -> bool:
        """Whether a line of document symbols alone, on the page of the open numbered or lettered line, is
        that agenda item's documents column: the item a title of a few lines, ended by no full stop (a question
        or a quotation ends it: ``… what role for IOM?``, ``General debate: “…”¹``), the symbols a blank line
        under it, as plain pdftotext prints them."""
        item = self.open_text
        return (
            item is not None
            and item.kind in ("PARA", "ITEM")
            and len(item.raw) <= _ITEM_TITLE_LINES
            and line.page == self.open_page
            and not self.broken
            and line.start > item.end + 1
            and not bare(item.raw[-1]).rstrip().rstrip(SUPERSCRIPT_DIGITS).rstrip('”"’)').endswith(_FULL_STOPS)
            and classify(line.text)[0] == "SYMBOL_LINE"
        )

    def _item_ended(self, line: LogicalLine) -> bool:
        """Whether a line opening with a capital after a blank line, on the item's page, follows a list's item
        whose last line stopped short (a name, a title: items often end with no punctuation): the item
        ended there."""
        item = self.open_text
        return (
            item is not None
            and item.kind == "BULLET"
            and line.text.lstrip()[:1].isupper()
            and line.page == self.open_page
            and not self.broken
            and line.start > item.end + 1
            and len(item.raw[-1].strip()) < _NOTE_LINE
            and not _breaks_off(item.raw[-1])
            and any(map(str.isalpha, item.raw[-1]))  # (a bullet alone: its text follows, pdfminer)
        )

    def _join(self, line: LogicalLine) -> None:
        assert self.open_text is not None
        self.pieces[-1], text = one_span(self.pieces[-1], line.text)
        self.pieces[-1], separator = wrap_point(self.pieces[-1], text, self.words)
        self.pieces += [separator, text]
        self.open_text.end = line.end
        self.open_text.raw.extend(line.raw)
        self.open_text.numbers.extend(line.numbers)
        self.open_page, self.broken = line.page, False

    def _title_atop(self, line: LogicalLine) -> int:
        """How many of a line's physical lines repeat a title of a header block, where a few words in capitals
        follow them with no blank line between (pdftotext prints the running title and the heading under it
        as one block: ``REPORT ON THE 101ST SESSION OF THE COUNCIL`` / ``INTRODUCTION``); 0 for none."""
        if not self.titles or len(line.raw) < 2:
            return 0
        words: list[str] = []
        for count, raw in enumerate(line.raw[:-1], start=1):
            words.append(bare(raw).strip())
            if " ".join(words).rstrip("*") in self.titles:
                rest = " ".join(bare(more).strip() for more in line.raw[count:])
                return count if rest.isupper() and len(rest) <= _HEADING_UNDER_TITLE else 0
        return 0

    def _title_apart(self, line: LogicalLine, count: int) -> None:
        """The running title that opens ``line`` (its first ``count`` physical lines) set aside, and the
        heading under it kept."""
        title = LogicalLine(
            "CAPS",
            " ".join(raw.strip() for raw in line.raw[:count]),
            line.numbers[0],
            line.numbers[count - 1],
            line.page,
            raw=line.raw[:count],
            numbers=line.numbers[:count],
        )
        title.decide("RUNNING_TITLE", "title-repeated")
        self.furniture.append(title)
        rest = LogicalLine(
            line.kind,
            " ".join(raw.strip() for raw in line.raw[count:]),
            line.numbers[count],
            line.end,
            line.page,
            raw=line.raw[count:],
            numbers=line.numbers[count:],
            rule=line.rule,
        )
        self._keep(rest, bare(rest.text))
        self.open_heading = True  # (the headings' pass reads it as one)

    def _keep(self, line: LogicalLine, text: str) -> None:
        """The line is part of the text flow: note the annex and header block it opens, and the titles."""
        if line.kind == "ANNEX_LABEL":
            self.annex = text
        if line.kind == "ANNEX_LABEL" or (line.kind in HEADER_OPENERS and not self.in_header):
            self.in_header = True  # an annex begins, with a header block of its own
        elif line.kind not in HEADER_FIELDS:
            self.in_header = False
            self.body_seen = True
        if self.in_header and line.kind in ("CAPS", "SUBTITLE"):
            self.titles.add(text.rstrip("*"))
        self.close_text()
        self.open_text = line if line.kind in OPEN_TEXT_KINDS else None
        self.pieces = [line.text]
        self.open_page, self.broken = line.page, False
        self.flow.append(line)


_UNDERLINE_SLACK = 4  # characters: a typed underline is as long as the line it underlines, give or take
_HEADING_UNDER_TITLE = 80  # characters: a heading in capitals printed right under a running title

_CONTENTS_REPEATED = frozenset({"TOC_HEAD", "TOC_COLUMN"})
_CONTENTS_KINDS = frozenset({"TOC_HEAD", "TOC_COLUMN", "TOC_ENTRY"})
_HEADINGS_LINE = 120  # characters: a table's column headings run together on one line
_CAPTION_REACH = 6  # logical lines: how far back a caption repeated with "(continued)" looks for its table
_NEXT_TABLE = re.compile(r"(?i:table|statement|schedule)\s+(?:[IVX]{1,5}|[A-Z]?\d{1,2}(?:\.\d{1,2})?)\b")
"""A table's own label opening a line (``STATEMENT II``, ``Table 3``): the title of the next table, never a
column heading repeated over a table going on."""


def _heading_words(table: LogicalLine) -> list[str]:
    """The words of a table's lines above its first row of figures (its caption, its column headings)."""
    words: list[str] = []
    for raw in table.raw:
        cells = [cell for cell in re.split(r"\s*\|\s*|\s{2,}", raw.strip()) if cell and not set(cell) <= set("-: ")]
        if len(cells) > 1 and FIGURE.fullmatch(cells[-1]) and not YEAR.fullmatch(cells[-1]):
            break
        words += " ".join(cells).split()
    return words


def _join_note(note: LogicalLine, line: LogicalLine, words: DocumentWords) -> None:
    left, separator = wrap_point(note.text, line.text, words) if note.text else ("", "")  # (its marker alone)
    note.text = f"{left}{separator}{line.text}"
    note.end = line.end
    note.raw.extend(line.raw)
    note.numbers.extend(line.numbers)


def _captions_next_page(line: LogicalLine) -> bool:
    """Whether a line opening a page is a table's caption (``Table 1: …``, ``… (continued)``)."""
    text = bare(line.text)
    return TABLE_CAPTION.match(text) is not None or CONTINUED.search(text) is not None


def _continues_over_page(open_text: LogicalLine, line: LogicalLine, broken: bool) -> bool:
    """Text after a page break continues the open list item, or, in a PDF's text, the open paragraph when it
    starts at the margin (a quotation is indented), even after a full stop."""
    if not broken or _captions_next_page(line):  # Table 1: …, … (continued): a caption, opening no
        return False  # paragraph's next page
    if open_text.kind in ("ITEM", "BULLET"):
        return True
    if _ended_short(open_text.raw):
        return False  # … tens of thousands of families. (short of the margin) / next page: a new paragraph
    return line.page != open_text.page and not line.raw[0].startswith("  ")


def _ended_short(raw: list[str]) -> bool:
    """Whether hard-wrapped text ends its paragraph: its last line ends a sentence well short of its measure."""
    if len(raw) < 2:
        return False
    last = raw[-1].rstrip().rstrip(SUPERSCRIPT_DIGITS)
    return last.endswith((".", ".”", '."')) and len(last) < 0.8 * max(len(line.rstrip()) for line in raw)


def _ends_open(text: str) -> bool:
    """Whether text ends with no sentence's end: no final punctuation, or the full stop of a name's initial or
    a title (``… H.E. Mr. K.``)."""
    end = strip_markup(text).rstrip(SUPERSCRIPT_DIGITS).rstrip()  # (… four years ago. ², its marker set apart)
    return not end.endswith(_TERMINAL_PUNCTUATION) or ends_on_initial(end)


def _starts_lower(text: str) -> bool:
    stripped = strip_markup(text)
    return bool(stripped) and (stripped[0].islower() or stripped[0] in "(–-")


def _breaks_off(raw: str) -> bool:
    """Whether a physical line stops on a word no text ends on (``… the report of``) or a comma."""
    last = bare(raw).rstrip()
    return last.endswith(",") or (BREAKS_OFF.search(last) is not None and not last.endswith(("; and", "; or")))
