"""Pass 2, joining: physical lines into logical lines, one per paragraph, item, heading or header field.

A line continues the logical line above it when nothing says that a new one begins: `_Joining.joins` holds
that decision, one reason per early return, each with the example it comes from. Hard-wrapped text from
PDFs needs more than converter output does: a numbered line whose number does not follow the last
paragraph's is wrapped text (``… as set out in paragraph`` / ``12. of the report``); a date in capitals or
a line without letters right under a title in capitals is part of the title; a contents entry too long
for one line has its page on its last line; and a short line ending a sentence ends its paragraph when no
blank line says so. A joined line is classified again as a whole (a wrapped preamble clause ends with its
comma only on its last line); a word broken at a line end is mended (`wrap_point`).
"""

from __future__ import annotations

import functools
import itertools
import re

from attrs import define, field

from ..layout import NUMBER_ALONE
from ..reading_order import (
    AGENDA_COLUMNS,
    CAPTION,
    CONTINUED,
    FIGURE,
    MARK,
    NUMBERED_BEFORE,
    STATEMENT_LABEL,
    TABLE_CAPTION,
    UNIT_AT_END,
    UNIT_CAPTION,
    WIDE_GAP,
    ends_on_initial,
)
from ..source import Line
from ..symbols import SYMBOL_CANDIDATE
from ..values import MONTH_PATTERN, session_named_in
from ..vocabulary import BREAKING_WORDS, HEADING_LABELS, alternation, is_salutation
from .headings import BREAKS_OFF, LOCATOR
from .kinds import FURNITURE_KINDS, PASSED_OVER_KINDS, PLAIN_KINDS, STANDALONE_KINDS
from .lines import SUPERSCRIPT_DIGITS, LogicalLine, bare
from .rules import (
    AMENDMENT,
    CLASSIFICATION,
    CLAUSE_START,
    LABEL_WORDS,
    LEADER_ALONE,
    MEETING_IN_CAPITALS,
    TOC_ENTRY,
    Classified,
    classify,
    is_caps,
    make_line,
)
from .tables import add_table_row, mostly_figures, table_rows


def logical_lines(lines: list[Line], words: DocumentWords, *, unwrapped: bool = False) -> list[LogicalLine]:
    """Join the physical lines that continue a logical line (see the module's docstring); with ``unwrapped``
    (see `paragraph_a_line`), no line of text goes on with the next."""
    state = _Joining(lines, words, text_width(lines), unwrapped=unwrapped)
    rows = table_rows(lines)
    for index, line in enumerate(lines):
        if index in rows:
            if line.text.strip():  # a blank line between a table's rows keeps the table open
                add_table_row(state.logical, line, state.last_line is None)
                state.last_line, state.open_bold = line, False
        elif not line.text.strip():
            state.last_line = None
        else:
            state.read(index, line)
    state.finish()
    logical = state.logical
    for position, joined in enumerate(logical):
        if len(joined.raw) > 1 and joined.kind != "TABLE":
            logical[position] = rejoin(joined, words)
    return _annex_entries(logical)


def _annex_entries(logical: list[LogicalLine]) -> list[LogicalLine]:
    """An annex's label among the contents' lines, its title under it ending with a leader (``ANNEX`` /
    ``MEMBER STATES AND OBSERVERS …`` / ``AS AT 31 DECEMBER 1995 . . . . 4``, pdftotext printing the
    contents' labels apart from their titles): the contents' entry for the annex, its label and title one
    entry, and no annex opening before the body."""
    labels = [at for at, line in enumerate(logical) if line.kind == "ANNEX_LABEL"]  # (most texts: none, or one)
    merged = [
        at
        for at in labels
        if 0 < at < len(logical) - 1
        and _among_entries(logical[at - 1])
        and logical[at + 1].kind in ("CAPS", "TEXT", "TOC_ENTRY")
        and _LEADER_AT_END.search(logical[at + 1].text) is not None
    ]
    for at in merged:
        label, title = logical[at], logical[at + 1]
        entry = _LEADER_AT_END.search(title.text)
        assert entry is not None, "a title ending with a leader"
        words = f"{label.text.strip()} {title.text[: entry.start()].strip()}"
        title.raw[:0], title.numbers[:0], title.start = label.raw, label.numbers, label.start
        title.text, title.label, title.groups = words, entry.group("page"), {"text": words}
        title.decide("TOC_ENTRY", "contents-annex-entry")
    return [line for at, line in enumerate(logical) if at not in merged] if merged else logical


def _among_entries(line: LogicalLine) -> bool:
    """Whether a line is one of a contents' lines: its heading, column label or an entry, an entry's title
    with its leader and no page (``II. ACTIVITIES . . . .``), or a page printed apart (``2``)."""
    text = line.text.strip()
    return line.kind in _CONTENTS_KINDS or _LEADER_AT_END.search(text) is not None or text.isdecimal()


_CONTENTS_KINDS = frozenset({"TOC_HEAD", "TOC_COLUMN", "TOC_ENTRY"})
_LEADER_AT_END = re.compile(r"\s*(?:[.…·]\s?){3,}\s*(?P<page>\d{1,3})?\s*$")


@define
class _Joining:
    """What the joining pass knows when it reads the next line (markdown-it-py's ``StateBlock``)."""

    lines: list[Line]
    words: DocumentWords
    width: int  # the usual length of a full line of wrapped text; 0 when the text is not hard-wrapped
    unwrapped: bool = False  # whether each line is a paragraph (lines far longer than a page's: never wrapped)
    logical: list[LogicalLine] = field(factory=list)
    last_line: Line | None = None  # the last non-blank physical line; None after a blank line
    open_bold: bool = False  # whether the last logical line has an unclosed **
    # the number of the last numbered paragraph at the margin and indented (an annotated agenda's notes under
    # an item, numbered 1., 2. afresh); None after an annex's label or cover
    paragraph: dict[bool, int | None] = field(factory=lambda: {False: 0, True: None})
    # the number a count numbered afresh (``1.``) broke off, at the margin and indented: the count it goes on
    # after (an annotated agenda's items, their notes numbered afresh under each at the same margin in plain
    # text: ``7.`` / ``1.`` / ``2.`` / ``8.``)
    broken_off: dict[bool, int | None] = field(factory=lambda: {False: None, True: None})
    column: int = 0  # the widest physical line of the last logical line, when it has two or more: its measure
    numbered: bool = False  # whether a numbered paragraph has been read (the cover is behind)
    listed: dict[tuple[str, str], set[str]] = field(factory=dict)  # a list's items read, their titles by label
    repeated: bool = False  # whether an item listed earlier was read again as its annotation's heading
    # the logical lines of text, each with whether text comes under it, and the titles of those with no text
    # under them or no sentence (a list's lines, its titles printed apart from their numbers), each line and
    # each run of up to four running on (read when first asked, up to ``listing[printed_upto]``)
    listing: list[tuple[LogicalLine, bool]] = field(factory=list)
    printed: set[str] = field(factory=set)
    printed_upto: int = 0

    def read(self, index: int, line: Line) -> None:
        """Classify a physical line, then start a logical line with it or join it to the last one."""
        kind, match, style, rule = self._kind(line, index)
        last = self.logical[-1] if self.logical else None
        if (
            kind == "TEXT"
            and line.text.lstrip()[:1] in _LEADER_DOTS
            and (leader := LEADER_ALONE.fullmatch(line.text.strip()))
        ):
            kind, match = "TOC_ENTRY", leader  # an entry's page alone (…………… 2): its title is the line above
        if kind == "TOC_ENTRY" and last and match and self._wrapped_entry(last, match, line):
            _wrapped_entry(last, line, match)  # a long contents entry wraps; its page is on its last line
            self.last_line = line
            return
        if kind == "TOC_ENTRY" and match is not None and not match.group("text"):
            kind, match = "TEXT", None  # (a page no title goes with stays text)
        if last is not None and last.rule == "heading-label-alone":
            joined = self._takes_caption(last, kind, line, index)
            if not joined and len(last.raw) == 1 and (last.label or "").startswith("PART"):
                last.decide("CAPS", "part-label-uncaptioned")  # PART I over a contents' entry, a running title
                last.text, last.label = last.raw[0].strip(), None
        else:
            joined = last is not None and self.joins(last, kind, line, index)
        if last is not None and joined:
            last.raw.append(line.text)
            last.numbers.append(line.number)
            last.end = line.number
            self.column = max(self.column, len(last.raw[0].rstrip()), len(line.text.rstrip()))
            if last.rule == "heading-numbered" and _speech_goes_on(line.text):
                last.decide("PARA", "speaker-in-capitals")  # 25. The DIRECTOR OF … / MANAGEMENT, introducing …
                self.numbered = True
                numbered_line = Line(last.numbers[0], last.raw[0], line.page)  # (its number's line, its margin)
                self.paragraph[_indented(numbered_line)] = int(last.label or 0) or None
        else:
            self._start((kind, match, style, rule), line)
        self.open_bold ^= line.text.count("**") % 2 == 1
        self.last_line = line

    def _start(self, classified: Classified, line: Line) -> None:
        """Start a logical line with ``line``, and note the paragraph number it gives (and the item the line
        before was, if a list's)."""
        kind, match, style, rule = classified
        previous = self.logical[-1] if self.logical else None
        if previous is not None and previous.kind in _LISTING_KINDS:
            under = kind in _UNDER_A_PARAGRAPH and not _documents_only(line.text)  # text, or a table, under it
            self.listing.append((previous, under))
            if (
                previous.kind in _REPEATED_STYLES
                and not under
                and (
                    len(previous.raw) <= _ITEM_LINES
                    or _title_lines(previous) <= _ITEM_LINES
                    or (_title_lines(previous) <= _TITLE_LINES and _beside_documents(previous))
                )
            ):
                self.listed.setdefault((previous.kind, previous.label or ""), set()).add(_title(previous))
        self.column = 0
        self.logical.append(make_line(kind, match, style, rule, line))
        self.open_bold = False
        self.numbered = self.numbered or kind == "PARA"
        if kind == "PARA" and match is not None and rule != "replacement-paragraph":
            indented = _indented(line)
            number, before = int(match.group("label").split()[0]), self.paragraph[indented]
            if number == 1 and before:
                self.broken_off[indented] = before
            elif self.broken_off[indented] is not None and not _follows(match.group("label"), before):
                self.broken_off[indented] = None  # (the count broken off goes on)
            self.paragraph[indented] = number
            if not indented:
                self.paragraph[True] = None  # the notes under the next item are numbered afresh
        elif kind in _NUMBERING_ANEW:
            self.paragraph = {False: None, True: None}  # an annex, or a document it reproduces (from 21 on)
            self.broken_off = {False: None, True: None}

    def _kind(self, line: Line, index: int) -> Classified:
        """The line's kind from the rule table, revised by the lines around it."""
        kind, match, style, rule = classify(line.text)
        if kind in ("TEXT", "BOLD") and (spaced := self._label_and_caption(line, index)) is not None:
            return "HEADING", spaced, "label", "heading-label-spaced"
        above = self.last_line
        last = self.logical[-1] if self.logical else None
        numbered_before, broken_off = self.paragraph[_indented(line)], self.broken_off[_indented(line)]
        if (
            kind == "PARA"
            and above is not None
            and match
            and not _follows(match.group("label"), numbered_before)
            and not (broken_off is not None and _follows(match.group("label"), broken_off))
        ):
            if _REPLACEMENT.search(above.text.rstrip()):
                rule = "replacement-paragraph"  # Paragraph 46 should read: / 46. …: its own number, out of turn
            else:
                kind, rule = "TEXT", "number-out-of-sequence"  # … as set out in paragraph / 12. of the report
        if kind == "PARA" and above is not None and NUMBER_ALONE.fullmatch(line.text) and self._cites(above):
            kind, rule = "TEXT", "number-ending-citation"  # … is given in Table / 1.: the sentence's end
        if rule in _DECIMAL_RULES and above is not None and self._cites(above):
            kind, rule = "TEXT", "number-ending-citation"  # … are shown in Table / 1.3 The 2016 figures …: the
            # sentence going on (a note's marker after the table's number), no heading
        if kind in _WRAPPED_HEADER_KINDS and self._breaks_off_an_item(above):
            kind, rule = "TEXT", "header-line-in-wrapped-text"  # 3. Oral overview … since the / Twenty-fourth Session
        if above is not None and self._in_wrapped_text(kind, rule, line, above):
            kind, rule = "TEXT", "salutation-in-wrapped-text" if kind == "SALUTATION" else "label-in-wrapped-text"
        if kind == "TEXT" and (note := self._table_note(line, index)) is not None:
            kind, match, rule = note  # * As presented in …, a / Admitted to membership …: a table's note
        if last is not None and last.kind == "CAPS" and _goes_on_title(kind, line.text, above is not None):
            kind, rule = "CAPS", "title-goes-on"
        return kind, match, style, rule

    def _label_and_caption(self, line: Line, index: int) -> re.Match[str] | None:
        """A label and its caption on one line with no dash or colon between (``Note 1    Summary of significant
        accounting policies``): the tab between them kept as spaces (``-layout``), or a single space where
        the line is in bold (a PDF read directly: ``**Note 1 Summary …**``) or a block of its own, blank lines
        around it (pdfminer)."""
        text = line.text.strip()
        bold = text.startswith("**") and text.endswith("**") and len(text) > 4
        text = text[2:-2] if bold else text
        if text[:1] not in _LABEL_INITIALS:
            return None  # most lines: checked cheaply first
        match = _SPACED_LABEL.fullmatch(text)
        if match is None or len(match.group("text").split()) > _CAPTION_WORDS:
            return None
        if len(match.group("gap")) >= _TAB_SPACES or bold:
            return match
        after = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return match if self.last_line is None and not after.strip() else None

    def _breaks_off_an_item(self, above: Line | None) -> bool:
        """Whether the line right above, in the body, ends a numbered or lettered line on a word no title ends
        with (``… developments since the``): a session or date line under it goes on with its words."""
        last = self.logical[-1] if self.logical else None
        return (
            above is not None
            and self.numbered
            and last is not None
            and last.kind in _REPEATED_STYLES
            and BREAKS_OFF.search(bare(above.text).rstrip().lower()) is not None
        )

    def _cites(self, above: Line) -> bool:
        """Whether a full line of wrapped text ends with a word that a number follows as its own (``… given in
        Table``, ``… see paragraph``), so that a number alone with a full stop under it ends the sentence (a
        heading ending with such a word, ``Adoption of the agenda``, is short)."""
        text = bare(above.text).rstrip()
        return self._wraps(above) and not text.isupper() and NUMBERED_BEFORE.search(text) is not None

    def _in_wrapped_text(self, kind: str, rule: str, line: Line, above: Line) -> bool:
        """Whether what a rule read in a line is only wrapped text going on under the line above: a label
        alone (``… as provided in`` / ``Article 5`` / ``of the Constitution``), a list label at the margin
        (``… schemes, and`` / ``(3) to monitor …``), a salutation (``… will elect a`` / ``Chairperson, a
        First Vice-Chairperson, …,``)."""
        last = self.logical[-1] if self.logical else None
        if rule == "heading-label-alone":  # (a heading in capitals above: NOTES TO THE … / Note 1, no text)
            return last is not None and last.kind in PLAIN_KINDS - {"CAPS"} and not ends_sentence(above.text)
        if kind == "SALUTATION":
            return self._wraps(above) and not ends_sentence(above.text)
        return kind in ("ITEM", "BULLET") and _wrapped_label(above.text, line.text, self.width)

    def _asterisk_note(self, text: str) -> re.Match[str] | None:
        """A note marked by asterisks: ``\\*`` in Markdown; ``*`` where a word of the text is marked ``*``."""
        note = _ASTERISK_NOTE.fullmatch(text.strip())
        return note if note and (note.group(1) or self.words.asterisk_notes) else None

    def _table_note(self, line: Line, index: int) -> tuple[str, re.Match[str], str] | None:
        """A note under a table or at a page's foot marked by asterisks or by a letter, as its kind, match and
        rule; None for any other line of text (most: told by their first characters)."""
        head = line.text.lstrip()[:4]
        if "*" in head and (note := self._asterisk_note(line.text)):
            return "FOOTNOTE", note, "asterisk-note"
        if head[:1] in _NOTE_LETTERS and head[1:2] in ("", " ", "/") and (note := self._letter_note(line, index)):
            return "FOOTNOTE", note, "letter-note"
        return None

    def _letter_note(self, line: Line, index: int) -> re.Match[str] | None:
        """A table's note marked by a letter (``a  Figures for 2022 cover …``, or the letter alone, its text on
        the next line): under a table on the same page, a rule, the figures and column headings it left
        unplaced (see `column_blocks`) perhaps between, or under the table's other notes (the next letter,
        the last note's text going on a line or two between). A letter alone over a row of the table (``a`` /
        ``Surplus for the year    220,803``) is the row's marker raised onto a line of its own, and over a
        running header's symbol or column headings it opens no note."""
        note = _LETTER_NOTE.fullmatch(line.text.strip())
        if note is None:
            return None
        if not note.group("text"):
            below, *after = [later.text for later in self.lines[index + 1 : index + 5] if later.text.strip()] or [""]
            if not below.strip()[:1].isupper() or _ends_with_cell(below.rstrip()):
                return None
            if SYMBOL_CANDIDATE.fullmatch(below.strip()) or (
                _left_by_table(below) and after and _left_by_table(after[0])
            ):
                return None  # (a running header's symbol; column headings, one under the other: no note's text)
        rules, texts = 0, 0  # the rules and lines of text between, but the figures and headings a table left
        for above in reversed(self.logical[-_LEFT_UNDER_TABLE:]):
            if above.page != line.page:
                return None
            if above.kind == "TABLE" and not texts:
                return note
            if above.rule == "letter-note":  # under the table's notes: right under them, or under the last one's
                following = chr(ord(above.label or "a") + 1) == note.group("label")  # text going on a line or two
                return note if not texts or (following and texts <= _NOTE_GOES_ON) else None
            if above.kind in PLAIN_KINDS and _left_by_table(above.text):
                continue  # figures the table above left unplaced, their columns' headings (see `column_blocks`)
            rules += above.kind == "RULE"
            texts += above.kind in PLAIN_KINDS
            if rules + texts > _NOTES_UNDER_TABLE or above.kind not in ("RULE", *PLAIN_KINDS):
                return None
        return None

    def _wraps(self, above: Line) -> bool:
        """Whether ``above`` is a full line of hard-wrapped text (the line under it may go on with it)."""
        return self.width > 0 and len(above.text.rstrip()) >= _FULL_LINE * self.width

    def _takes_caption(self, label: LogicalLine, kind: str, line: Line, index: int) -> bool:
        """Whether ``line`` is the caption under a label alone (``Rule 4`` / ``Provisional agenda``): right
        under it, a few words; or a blank line apart, a line of its own (``Note 1`` / blank / ``Summary of
        significant accounting policies`` / blank: pdftotext prints a label and a caption set apart on one
        line as blocks), and the caption's second line where its first breaks off (``CHAPTER III`` / blank /
        ``REPRESENTATION AND`` / ``CREDENTIALS``); the label takes nothing more."""
        if label.page != line.page or kind not in PLAIN_KINDS or not _caption(line.text):
            return False
        if len(label.raw) > 1:  # REPRESENTATION AND / CREDENTIALS: a caption broken off goes on, once
            return len(label.raw) == _LABEL_AND_CAPTION and self.last_line is not None and _goes_on(label.raw[-1])
        after = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        return self.last_line is not None or not after.strip() or _goes_on(line.text)

    def _wrapped_entry(self, last: LogicalLine, match: re.Match[str], line: Line) -> bool:
        """Whether a contents entry line ends the entry that ``last`` opened: right under it, or a blank line
        between (pdfminer's text), when ``last`` is a lettered entry's first line among the entries (``(b) …``,
        ``A. Movement … management`` / ``…………… 2``), or a title in capitals that the line goes on (see
        `_GOES_ON_WORD`) or that breaks off on a word no title ends with."""
        before = self.logical[-2] if len(self.logical) > 1 else None
        if self.last_line is not None:
            if last.kind == "PARA" and (before is None or before.kind != "TOC_ENTRY"):
                return False  # (a numbered entry's first line only among the entries: ``12. Status report …``)
            return _ends_entry(last, match, line)
        if before is None or before.kind != "TOC_ENTRY" or ends_sentence(last.text):
            return False
        text = match.group("text").lstrip()
        if last.kind == "CAPS":  # REPORTS ON … COMMITTEE / blank / AND ON THE WORK OF … ……… 2: a title in
            # capitals going on, its page last; or broken off (STATUS REPORT ON … TO THE / blank / ADMINISTRATIVE …)
            goes_on = _GOES_ON_WORD.match(text) is not None or _ENTRY_BROKEN.search(bare(last.text).lower()) is not None
            return is_caps(text) and goes_on
        return (last.kind == "ITEM" or last.kind.startswith("HEADING")) and not _ENTRY_LABEL.match(text)

    def finish(self) -> None:
        """Once every line is read: an item the annotations repeat last, nothing under it (``15. Closure of the
        session`` ending the text), is a heading as those before it are."""
        last = self.logical[-1] if self.logical else None
        if last is not None and self.repeated and last.kind in _REPEATED_STYLES and self._item_repeated(last):
            last.groups["__style__"] = _REPEATED_STYLES[last.kind]
            last.decide("HEADING", "agenda-item-repeated")

    def joins(self, last: LogicalLine, kind: str, line: Line, index: int) -> bool:
        """Whether ``line``, of ``kind``, continues the logical line ``last``."""
        annotated = (  # text under it, or its first note (numbered afresh), or the annotations begun already
            kind in PLAIN_KINDS or (kind == "PARA" and _FIRST_NOTE.match(line.text) is not None) or self.repeated
        )
        if last.kind in _REPEATED_STYLES and annotated and self._item_repeated(last):
            if self._title_goes_on(last, line):
                return True  # 9. Reports on the … of the Standing / Committee on …: the item's title, wrapped
            style = _REPEATED_STYLES[last.kind]  # II. ANNOTATIONS / 4. Adoption of the agenda / The provisional
            last.decide("HEADING", "agenda-item-repeated")  # agenda …: the item's title over its annotation
            last.groups["__style__"] = style
            self.repeated = True
            return False
        if last.kind in _REPEATED_STYLES and kind in PLAIN_KINDS and self._title_begun(last, line):
            return True  # 10. Report on matters … Sessions of / the Standing Committee …: the item's title,
            # wrapped elsewhere than where the item was, and going on toward it
        above = self.last_line
        if above is None and _heading_broken_off(last, kind, line):
            return True  # III. MEMBER STATES … AND THE / blank / APPLICATION OF ARTICLE 4: pdfminer's blank line
        if above is None and _title_broken_off(last, kind, line):
            return True  # 11. Reports of the Standing Committee on Programmes and / blank / Finance: pdfminer's too
        if above is None or above.page != line.page:
            return False  # a blank line or a page break lies between them
        if above.number == line.number and CLASSIFICATION.fullmatch(above.text.strip()):
            return False  # a mark printed beside a letterhead (RESTRICTED / INTERGOVERNMENTAL COMMITTEE)
        if last.kind == kind == "SYMBOL_LINE" and last.text.rstrip().endswith(","):
            return True  # C/110/L/3, C/110/L/4, / C/110/L/5 and C/110/L/6: one list of symbols
        if kind == "SYMBOL_LINE" and last.kind in (*_REPEATED_STYLES, "TEXT") and _DOCUMENTS_GO_ON.search(last.raw[-1]):
            return True  # (a) Applications for membership …   C/106/2, / C/106/3: an item's documents, wrapped
        if last.kind in STANDALONE_KINDS:
            return False  # 1 December 2021 / Rapporteur: …: a date, a symbol, a rule stand alone
        if line.text.strip() == above.text.strip():
            return False  # a line printed twice (a running title under the title) is no wrapped text
        if above.text.rstrip().rstrip(SUPERSCRIPT_DIGITS).endswith(",") and CLAUSE_START.match(line.text.strip()):
            return False  # Recalling its resolution …,¹ / Noting … / Approves …: each clause is a line of its own
        if above.text.rstrip().endswith(",") and line.text.lstrip()[:1].isupper() and _salutation_so_far(last):
            return False  # Madam Chairperson, Excellencies, … ladies and / gentlemen, / It is an honour …: the
            # salutation ends (plain pdftotext: no blank line under it)
        if self.open_bold:  # inside an open **: the bold span goes on (**IOM STRATEGY: … / … ROLE**)
            return kind in PLAIN_KINDS or last.kind in PLAIN_KINDS
        if kind not in PLAIN_KINDS:
            return False  # a line that a rule reads as something (12. …, (a) …) starts a line of its own
        if last.kind == "CAPS" and CONTINUED.fullmatch(line.text.strip()):
            return True  # APPLICATIONS FOR MEMBERSHIP … STATUS / (continued): the heading goes on from a page before
        if ends_sentence(above.text) and UNIT_CAPTION.fullmatch(line.text.strip()):
            return False  # … in that year. / (in Swiss francs): a table's caption, set right under a note
        if _set_apart(last, kind, above, line) or (
            self._contents_unpaged() and not _entry_goes_on(last.raw[0], last.raw[-1], line.text)
        ):
            return False  # (CONTENTS / General debate (continued) / Other business: entries without pages, an
            # entry a line unless indented under it; … / Closure of the session / The meeting was called to
            # order …: the record's text after them)
        if self._subtitle(last):
            return False  # PROVISIONAL AGENDA / (Annotated) / The Eighth Session …: a title's note in parentheses
        return self._goes_on(last, kind, above, line, index)

    def _item_repeated(self, last: LogicalLine) -> bool:
        """Whether the numbered line ``last`` repeats, number and title, an item of a list read earlier (an
        annotated agenda's annotations, each under its item's number and title; a sub-item only once an item
        has been repeated): its title, its documents column cut off, over one line or more, is the earlier
        item's, and reads as a title (no sentence, no clause ending a list's item, no long lead-in)."""
        if (last.kind == "ITEM" and not self.repeated) or len(last.raw) > _TITLE_LINES:
            return False  # (a sub-item only under an item repeated; a title of a few lines at most)
        title = _title(last)
        words = len(title.split())
        if not _TITLE_WORDS <= words <= _TITLE_MOST_WORDS or title.endswith((".", ";", " and", " or")):
            return False
        lead_in = last.raw[-1].rstrip().endswith(":")
        if lead_in and (words > _LEAD_IN_WORDS or not self.repeated):
            return False  # … approve the following text: a paragraph's lead-in, printed again (the first item
            # read again is no lead-in: annotations open with an item's title; ``3. Budgetary matters:`` after)
        listed = self.listed.get((last.kind, last.label or ""), ())
        if title in listed or any(earlier.startswith(f"{title}: ") for earlier in listed):
            return True  # 7. General debate: the item's title, its theme after a colon left out
        if self.repeated and words >= _SHORTENED_WORDS and any(earlier.startswith(f"{title} ") for earlier in listed):
            return True  # (a) Assessed contributions … in arrears: among the annotations, the title shortened
        if not self.repeated and self._counts_on(last):
            return False  # (before any item was read again: the paragraphs' count going on is no item)
        return self._printed_before(last, title)

    def _counts_on(self, last: LogicalLine) -> bool:
        """Whether the numbered line ``last`` goes on with the count of the numbered paragraphs before it (``3.``
        … ``4.``): a paragraph of its own, whatever line it repeats (a lead-in printed earlier unnumbered)."""
        before = next((line for line in reversed(self.logical) if line.kind == "PARA" and line is not last), None)
        labels = (before.label or "" if before else "", last.label or "")
        return all(label.isdigit() for label in labels) and int(labels[1]) == int(labels[0]) + 1

    def _title_goes_on(self, last: LogicalLine, line: Line) -> bool:
        """Whether ``line`` goes on with the title of the item ``last`` repeats: with it, the two make (the
        start of) the item's title as listed, which ``last`` alone only began."""
        title = _title(last)
        longer = _title_of([last.text, *last.raw[1:], line.text])
        listed = self.listed.get((last.kind, last.label or ""), ())
        return title not in listed and any(earlier == longer or earlier.startswith(f"{longer} ") for earlier in listed)

    def _title_begun(self, last: LogicalLine, line: Line) -> bool:
        """Whether the numbered line ``last`` begins the title of an item of a list read earlier, its number
        the item's, and ``line`` right under it goes on with that title (see `_title_goes_on`): an annotated
        agenda's annotations repeating an item's title wrapped at another word than the list did."""
        if self.last_line is None or len(last.raw) > _TITLE_LINES:
            return False
        title = _title(last)
        listed = self.listed.get((last.kind, last.label or ""), ())
        return (
            len(title.split()) >= _TITLE_WORDS
            and any(earlier.startswith(f"{title} ") for earlier in listed)
            and self._title_goes_on(last, line)
        )

    def _printed_before(self, last: LogicalLine, title: str) -> bool:
        """Whether ``title`` was printed earlier as a line, or a few running on, of a list (lines with no text
        under them, or ending no sentence), its last line short of the measure: an agenda's item whose number
        pdftotext (without ``-layout``) and pdfminer print in a column of numbers apart from the column of
        titles (``1.`` … ``5.`` / ``Opening of the session`` / …), so that no title was read with its number."""
        if self.width and len(last.raw[-1].rstrip()) >= _FULL_LINE * self.width:
            return False  # (its last line a full line of wrapped text: a paragraph going on)
        for earlier, under in self.listing[self.printed_upto :]:
            if under and ends_sentence(earlier.raw[-1]):
                continue  # (a paragraph with text under it: no list's line)
            lines = [_ITEM_LABEL.sub("", line.lstrip(), count=1) for line in (earlier.text, *earlier.raw[1:])]
            self.printed.update(
                _title_of(lines[start:end])
                for start in range(len(lines))
                for end in range(start + 1, min(len(lines), start + _TITLE_LINES) + 1)
            )  # (a title wrapped over up to four lines: each line's run of the next ones, read as one title)
        self.printed_upto = len(self.listing)
        return title in self.printed

    def _subtitle(self, last: LogicalLine) -> bool:
        """Whether ``last`` is a few words in parentheses on a line of their own under a title in capitals
        on the cover (``(Annotated)``, ``(Prepared by the Administration)``): a subtitle, which no text goes on
        from."""
        before = self.logical[-2] if len(self.logical) > 1 else None
        return (
            not self.numbered  # (an annex's title over a table: ``(Number of positions)``, its caption)
            and before is not None
            and before.kind == "CAPS"
            and len(last.raw) == 1
            and _PARENTHESIZED.fullmatch(bare(last.text)) is not None
        )

    def _contents_unpaged(self) -> bool:
        """Whether the logical lines since a contents heading are short lines each (see `contents_unpaged`)."""
        return contents_unpaged(self.logical)

    def _capitals_apart(self, last: LogicalLine, above: Line, line: Line) -> bool:
        """Whether a line in capitals stands apart from the plain line above it: a heading after a sentence's
        end (``… It held six meetings.`` / ``ATTENDANCE``), a cover's title under a short line of its own
        (``109th Session of the IOM Council`` / ``General Debate`` / ``STATEMENT BY …``); a statement's label
        alone under a heading in capitals (``FINANCIAL STATEMENTS`` / ``STATEMENT I`` / ``STATEMENT OF …``); a
        meeting line in capitals under a line not broken off (the title wrapped before it would be)."""
        if last.kind != "CAPS" and ends_sentence(above.text):
            return True
        if last.kind == "CAPS" and STATEMENT_LABEL.fullmatch(bare(line.text)):
            return True
        if last.kind == "CAPS" and MEETING_IN_CAPITALS.fullmatch(bare(line.text)) and not _title_broken(above.text):
            return True  # INTERNATIONAL ORGANIZATION FOR MIGRATION / NINETY-EIGHTH SESSION OF THE COUNCIL
        return last.kind == "TEXT" and not self.numbered and _cover_title_under(above, line, self.width)

    def _goes_on(self, last: LogicalLine, kind: str, above: Line, line: Line, index: int) -> bool:
        """Whether a plain line goes on with the plain line above it: no title, heading or paragraph's end
        lies between them."""
        if last.kind == "CAPS" and kind == "TEXT" and _closes_bracket(last.raw[-1], line.text):
            return True  # … EXECUTIVE COMMITTEE (item 8 of / the agenda): the heading's agenda item, wrapped
        if (last.kind == "CAPS" and kind == "TEXT") or last.rule == "heading-label-spaced":
            return False  # a title in capitals, or a label and its caption, then text: the text is not theirs
        if kind == "CAPS" and self._capitals_apart(last, above, line):
            return False
        if last.kind == "HEADING" and kind == "TEXT" and _caption_done(last, above, line, self.width):
            return False  # Note 1 – Significant accounting policies / The financial statements are …
        if last.kind == "HEADING" and kind == "TEXT" and _capitals_over_text(above, line):
            return False  # II. ANNOTATIONS / The annotations below …: a heading in capitals, then its text
        if last.rule in _DECIMAL_RULES and kind == "TEXT" and _title_over_text(last, above, line, self.width):
            return False  # 2.1  Basis of preparation / The statements are prepared …: a heading, then its text
        if kind == "TEXT" and last.kind in ("TEXT", "SPEAKER") and _occasion_under_speaker(last, line.text):
            return False  # Statement by H.E. … Office at Geneva / General debate, 114th Session of the Council
        before = self.logical[-2] if len(self.logical) > 1 else None  # (after a sentence's end, a heading over
        share = _HEADING_SHARE if before is not None and ends_sentence(before.raw[-1]) else _SHORT_HEADING_SHARE
        # prose may be a little longer: ``… next year.`` / ``Displacement, climate and preparedness`` / text)
        if (
            kind == "TEXT"
            and last.kind == "TEXT"
            and len(last.raw) == 1
            and _heading_over_text(above, line, self.width, share)
        ):
            last.decide("TEXT", "heading-over-text")  # Introductory note / The Thirty-second Session …: a heading
            return False
        if kind == "TEXT" and _heading_over_prose(above, line, self.lines, index, self.width):
            return False  # … next year. / Looking forward / Madam Chairperson, the coming year …: a heading over
            # a full line of prose (the line under it kept apart above)
        if kind == "TEXT" and (self.unwrapped or _ends_paragraph(last.raw, self.width, self.column, line.text)):
            return False  # … were adopted. (short of the margin) / The Council …: no blank line, a new paragraph
        # … between duty stations.² / General debate / 14. …: a heading
        return not (kind == "TEXT" and _heading_between(above, line, self.lines, index))


def _closes_bracket(above: str, text: str) -> bool:
    """Whether a short line in lower case, or opening with a document's symbol, closes the bracket the line
    above left open (``… COMMITTEE (item 8 of`` / ``the agenda)``, ``… FINANCE (C/109/7 and`` /
    ``C/109/8)``): the words in brackets after a heading in capitals, wrapped."""
    words = text.strip()
    return (
        above.count("(") > above.count(")")
        and words.endswith(")")
        and (words[:1].islower() or SYMBOL_CANDIDATE.match(words.split()[0].rstrip(",)")) is not None)
        and words.count(")") > words.count("(")
        and len(words.split()) <= _BRACKET_WORDS
    )


_BRACKET_WORDS = 6  # words: the end of a heading's agenda item wrapped onto a line (``the agenda)``) at most


def _title_broken(text: str) -> bool:
    """Whether a line in capitals breaks off a title that a meeting line could go on: on a word no title ends
    with, a hyphen, or a number's word (``DRAFT REPORT ON THE ONE`` / ``HUNDREDTH SESSION OF THE COUNCIL``)."""
    words = bare(text).rstrip()
    return (
        BREAKS_OFF.search(words.lower()) is not None
        or words.endswith("-")
        or _NUMBER_WORD_AT_END.search(words) is not None
    )


_NUMBER_WORD_AT_END = re.compile(
    r"\b(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|HUNDRED|AND|TWENTY|THIRTY|FORTY|FIFTY|SIXTY|SEVENTY"
    r"|EIGHTY|NINETY)$"
)


_CAPTION_DASH = re.compile(r"\S\s[–—-]\s\S")  # Note 1 – Significant …: a label and its caption a dash apart


def _title(joined: LogicalLine) -> str:
    """A numbered line's words, over all its lines, each cut at a gap of several spaces (an agenda item's
    title, its documents column cut off), its note's marker dropped (``General debate 1``, ``… debate¹``), in
    lower case."""
    return _title_of([joined.text, *joined.raw[1:]])


_SYMBOL_BESIDE = re.compile(rf"(?<=[a-z]) (?=[A-Z]+/[A-Z/]*\d)(?:{SYMBOL_CANDIDATE.pattern})$")
"""A document's symbol a space after a title's last word at its line's end (``… of the Organization MC/2403`` /
``for the year 2013``: pdfminer sets the documents column's first symbol beside the title's first line)."""


def _symbol_beside_dropped(cell: str) -> str:
    """``cell`` without a document's symbol set a space after its last word (see `_SYMBOL_BESIDE`)."""
    return _SYMBOL_BESIDE.sub("", cell) if "/" in cell else cell  # (most cells hold no symbol: told cheaply)


def _title_of(lines: list[str]) -> str:
    """The title that ``lines`` print (see `_title`), a line of the documents column alone passed over, each
    line's markup apart (``*Application by … for representation*`` / ``*by an observer*``: one title)."""
    cells = [_symbol_beside_dropped(bare(_title_cell(line))) for line in lines]
    words = " ".join(" ".join(cell for cell in cells if not _documents_only(cell)).split())  # (each cell bare)
    head, _, last = words.rpartition(" ")
    if last.isdecimal() and len(last) <= _MARKER_DIGITS and head[-1:].islower():
        words = head  # General debate 1: a raised marker printed apart
    return words.rstrip(SUPERSCRIPT_DIGITS).rstrip(":").casefold()


_MARKER_DIGITS = 2  # a note's marker has as many digits at most


def _documents_only(text: str) -> bool:
    """Whether a line holds an agenda item's documents only (``S/16/14,``), printed apart from its title."""
    text = text.strip()
    return len(text) <= _SYMBOL_LENGTH and "/" in text and SYMBOL_CANDIDATE.fullmatch(text.rstrip(",")) is not None


_SYMBOL_LENGTH = 30  # characters: a symbol with its comma is no longer (``MC/2257/Amdt.1,``)


def _beside_documents(joined: LogicalLine) -> bool:
    """Whether a numbered line's first line ends with the documents column (``… Twenty-sixth and   S/26/15``):
    an agenda's item, its title narrowed by the column, which may wrap twice or more."""
    cells = _CELL_GAP.split(joined.raw[0].strip())
    return len(cells) > 1 and _documents_only(cells[-1].split(",")[0])


def _title_lines(joined: LogicalLine) -> int:
    """How many of a numbered line's lines print its title: not its label alone (``9.``, pdftotext prints it
    apart), nor its documents alone (``S/16/14,`` / ``S/17/13``); more than an item's title holds (see
    ``_ITEM_RAW_LINES``) not counted."""
    if len(joined.raw) > _ITEM_RAW_LINES:
        return len(joined.raw)
    return sum(
        1
        for raw in joined.raw
        if not _LABEL_ALONE.fullmatch(raw) and not _documents_only(_CELL_GAP.split(raw.strip(), maxsplit=1)[0])
    )


_LABEL_ALONE = re.compile(r"\s*(?:\d{1,2}\.|\((?:[a-z]|[ivx]{1,4})\))\s*")
_DOCUMENTS_GO_ON = re.compile(rf"(?:^\s*|\s{{3,}})(?:{SYMBOL_CANDIDATE.pattern},\s*)+$")
"""An agenda item's line ending with its documents column, a symbol or several and a comma: more symbols
under it."""


_TITLE_WORDS = 2  # words at least: an item's title repeated (a word or none repeats by chance)
_TITLE_MOST_WORDS = 30  # words at most: an item's title, however long
_TITLE_LINES = 4  # lines at most: an item's title, however wrapped (a paragraph's lines are not all looked at)
_FULL_LINE = 0.8  # of the measure: a line of wrapped text as long runs on to the next
_UNWRAPPED = 250  # characters: a line this long was never wrapped (a page's line holds fewer than 150)


def _speech_goes_on(text: str) -> bool:
    """Whether a line under a numbered line in capitals goes on in running words (``MANAGEMENT, introducing the
    report, said that …``): not in capitals, not a note in brackets (``(continued)``, ``(C/110/4)``), three
    words in lower case at least."""
    stripped = text.strip()
    return not stripped.startswith("(") and not is_caps(stripped) and len(_LOWER_WORD.findall(stripped)) >= 3


_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_CELL_GAP = re.compile(r"\s{3,}")
_SYMBOL_CLOSE = re.compile(rf"\s\s(?={SYMBOL_CANDIDATE.pattern}(?:,?\s*{SYMBOL_CANDIDATE.pattern})*,?\s*$)")


def _title_cell(line: str) -> str:
    """The title a line of an agenda's list prints, its documents cut off: after a wide gap, or after two
    spaces before the symbols that end the line (a PDF's documents column set close to a long title: ``… of
    Social  C/112/8``; ``… health and  HIV/AIDS in …`` keeps its words)."""
    cell = _CELL_GAP.split(line.strip(), maxsplit=1)[0]
    close = _SYMBOL_CLOSE.search(cell) if "  " in cell else None
    return cell[: close.start()] if close else cell


_SHORTENED_WORDS = 4  # words at least: an item's title the annotations repeat shortened, its end left out
_LEAD_IN_WORDS = 8  # words: an item's title ending with a colon (``Budgetary matters:``) has a few at most
_UNDER_A_PARAGRAPH = frozenset({"TEXT", "BOLD", "TABLE"})


_ITEM_LINES = 2  # lines: a list's item, its title wrapped at most once
_ITEM_RAW_LINES = 6  # lines: and with its label and its documents printed apart, at most
_REPEATED_STYLES = {"PARA": "agenda", "ITEM": "paren_letter"}
"""The lines an annotated agenda repeats as headings over its annotations (an item ``4.``, a sub-item
``(a)``), and the heading styles they take."""
_ITEM_LABEL = re.compile(r"\A(?:\d{1,2}\.|\((?:[a-z]|[ivx]{1,4})\))\s+")  # 5. / (a) / (ii), a title after it
_LISTING_KINDS = frozenset({"PARA", "ITEM", "TEXT"})
"""The lines a list's titles printed apart from their numbers are read as (``5. Opening of the session`` /
``Credentials of …``, the fifth number on the first title's line, out of turn: text)."""


def _cover_title_under(above: Line, line: Line, width: int) -> bool:
    """Whether a line in capitals opening with a word stands under a line of text short of the width of
    wrapped text that breaks off on no word: a header's field of its own, which the title does not go on."""
    text = above.text.strip()
    return (
        width > 0
        and line.text.lstrip()[:1].isalpha()
        and len(text) < _SHORT_OF_WIDTH * width
        and not BREAKS_OFF.search(text)
    )


_SHORT_OF_WIDTH = 0.6


def _capitals_over_text(above: Line, line: Line) -> bool:
    """Whether a heading's line in capitals stands over a line in small letters opening with a capital: the
    text under the heading, not the rest of its caption (which goes on in capitals)."""
    letters = "".join(char for char in above.text if char.isalpha())
    text = line.text.strip()
    return len(letters) >= _CAPITALS and letters.isupper() and text[:1].isupper() and not text.isupper()


_CAPITALS = 3  # letters: a heading's caption in capitals holds as many at least


def _caption_done(last: LogicalLine, above: Line, line: Line, width: int) -> bool:
    """Whether a heading's label and caption set a dash apart (``Note 1 – Significant accounting policies``)
    end on their line, the next line opening with a capital (a sentence, not the caption's end): short of the
    text's width; or a little less short, ending on a word a caption ends with (``Item 6 – Report of the
    Standing Committee on Programmes and Finance`` / ``The Standing Committee, established …``) or on a
    question (``… what role for IOM?``); or on the caption's second line, short, its first broken off on a word
    no caption ends with (``Item 3 – Status report on … Administrative Part of`` / ``the Budget`` / ``As at
    …``)."""
    if width <= 0 or not line.text.lstrip()[:1].isupper() or _CAPTION_DASH.search(last.raw[0]) is None:
        return False
    length = len(above.text.strip())
    if len(last.raw) == 2:
        return _goes_on(last.raw[0]) and length < _SHORT_CAPTION * width
    if len(last.raw) != 1:
        return False
    ended = above.text.rstrip().endswith("?") or not _goes_on(above.text)
    return length < _SHORT_CAPTION * width or (ended and length < _ENDED_CAPTION * width)


_SHORT_CAPTION = 0.75  # of the text's width: a caption's line this short ends it
_ENDED_CAPTION = 0.85  # of the text's width: a caption's line this short ends it when no word breaks it off


def _set_apart(last: LogicalLine, kind: str, above: Line, line: Line) -> bool:
    """Whether ``line`` stands apart from the line above although no blank line separates them: the word that makes
    a cover a corrigendum, which joins neither the title above nor the text below (``PROGRAMME AND BUDGET FOR 2012``
    / ``Corrigendum`` / ``Following …``), a meeting's chair named in a record's header (``Chairperson: Mr. …``), or
    a caption that no wrapped text runs into: a unit alone on its line (``… for the year ended 31 December 2002`` /
    ``(in US dollars)``), a numbered caption under a heading (``A. Budget by region`` / ``Table 4 – …``), a caption
    numbered or ending with its unit under a finished sentence (``… of the Council.`` / ``Table 2: Operational Part
    …``, ``… given below.`` / ``Contributions received in 2012 (in Swiss francs)``)."""
    if AMENDMENT.fullmatch(bare(line.text)) or AMENDMENT.fullmatch(bare(above.text)):
        return True
    if AGENDA_COLUMNS.fullmatch(bare(line.text)) or AGENDA_COLUMNS.fullmatch(bare(above.text)):
        return True  # … and annotations / Documents / 1.: the documents column's heading, a line of its own
    if _CHAIR_LINE.match(bare(line.text)):
        return True  # Held at … / on Tuesday, 30 November 2010, at 3.10 p.m. / Chairperson: …: a field of its own
    if UNIT_CAPTION.fullmatch(bare(line.text)) and not TABLE_CAPTION.match(bare(above.text).strip()):
        return True  # … for the year ended 31 December 2002 / (in US dollars): a caption (Table 1: … / (in …): one)
    if last.kind == "HEADING" and TABLE_CAPTION.match(bare(line.text)):
        return True  # A. Budget by region / Table 4 – Operational Part …: the caption is no heading's end
    text = bare(line.text)
    captioned = TABLE_CAPTION.match(text) is not None or (UNIT_AT_END.search(text) is not None and "." not in text)
    return kind == "TEXT" and captioned and ends_sentence(above.text)


_PARENTHESIZED = re.compile(r"\((?:[A-Z][\w’'-]*)(?: [\w’'-]+){0,7}\)")  # (Annotated), (Prepared by the …)
_CHAIR_LINE = re.compile(r"(?:Acting )?Chair(?:person|man|woman)?\s*:")
"""The chair of a meeting, named in a summary record's header (``Chairperson: Mr. D.K. Mwansa (Zambia)``)."""
_LETTER_NOTE = re.compile(r"(?P<label>[a-h])/?(?:\s+|$)(?P<text>(?:[A-Z(“\"].*)?)")
"""A note to a table marked by a letter (``a``, typed ``a/``), with its text or alone on its line (the text
under it)."""
_NOTE_LETTERS = frozenset("abcdefgh")
_NOTES_UNDER_TABLE = 6  # logical lines: a table's notes, the rule above them, stand right under it
_NOTE_GOES_ON = 2  # lines of text: a table's note going on under its first, before the next letter's
_LEFT_UNDER_TABLE = 400  # logical lines: figures and headings a table left unplaced, at most, between them


def _left_by_table(text: str) -> bool:
    """A line a table read column by column may leave unplaced after it (see `column_blocks`): figures, or
    a column's heading (a few words, no stop: ``2006 scale``, ``%``, ``Assessed contribution 2007``)."""
    return (
        mostly_figures(text)
        or FIGURE.fullmatch(text.strip()) is not None
        or _COLUMN_HEADING.fullmatch(text) is not None
    )


_COLUMN_HEADING = re.compile(r"\s*(?:\S+ ){0,3}[^\s.:;,]+\s*")
_ASTERISK_NOTE = re.compile(r"(\\)?(?P<label>\*{1,3})\s+(?P<text>[A-Z(“\"].*)")
"""A note marked by asterisks (``* As presented in …``, ``** Includes …``), under a table or at a page's foot."""


_CONTENTS_REACH = 30  # logical lines: a record's contents printed without pages lists fewer entries
_SPACED_LABEL = re.compile(rf"(?P<label>(?:{LABEL_WORDS}) \d{{1,3}})(?P<gap>\s+)(?P<text>[A-Z][^.;:]*[^.;:\s])")
"""A label and its caption on one line, apart: ``Note 1    Summary of significant accounting policies``."""
_LABEL_INITIALS = frozenset(word[0] for word in HEADING_LABELS)
_CAPTION_WORDS = 10  # words: a label's caption
_TAB_SPACES = 3  # spaces: a tab between a label and its caption, as -layout keeps it
_INDENT = 4  # spaces: a line starting so far right of the margin is indented


_LEADER_DOTS = ".…·"  # what a contents entry's leader is made of
_LABEL_AND_CAPTION = 2  # lines: a label alone, and its caption's first line
_CAPTION_GOES_ON = re.compile(rf"(?i)\s(?:{alternation(BREAKING_WORDS)})$")  # … AND, … OF THE: broken off


def _title_over_text(last: LogicalLine, above: Line, line: Line, width: int) -> bool:
    """Whether a numbered heading's one line ends it, the text under it opening with a capital: short of the
    text's width, broken off on no word a title does not end with."""
    return (
        len(last.raw) == 1
        and width > 0
        and line.text.lstrip()[:1].isupper()
        and len(above.text.strip()) < _SHORT_HEADING_LINE * width
        and not _goes_on(above.text)
    )


_SHORT_HEADING_LINE = 0.5  # of the text's width: a decimal heading's line this short ends it
_DECIMAL_RULES = frozenset({"heading-decimal", "heading-decimal3"})


def _goes_on(text: str) -> bool:
    """Whether a caption's line breaks off on a word no caption ends with (``REPRESENTATION AND``)."""
    return _CAPTION_GOES_ON.search(bare(text)) is not None


def contents_unpaged(lines: list[LogicalLine]) -> bool:
    """Whether the last of ``lines`` since a contents heading are short lines each (a summary record's
    ``CONTENTS`` / ``General debate (continued)`` / ``Programme and Budget for 1994``: entries printed without
    page numbers, a line each, the next a blank line below), or an entry wrapped onto indented lines
    (``Report of the Working Group … Administrative`` / ``    Part of the Budget``)."""
    for joined in reversed(lines[-_CONTENTS_REACH:]):  # a few entries: the walk back stays short
        if joined.kind in ("TOC_HEAD", "TOC_COLUMN"):
            return True
        if joined.kind not in ("TEXT", "CAPS", "ITEM") or not _entry_unpaged(joined):
            return False  # (an item: a lettered entry under the one above, ``(a)  Application of …``)
    return False


def _entry_unpaged(joined: LogicalLine) -> bool:
    """Whether a logical line is a contents entry printed without a page: a line of a title's words (``Report
    on the Seventeenth Session of the Standing Committee on Programmes and Finance``), or one wrapped onto
    indented lines (``Report of the Working Group … Administrative`` / ``    Part of the Budget``) or lines
    opening in lower case (see `_entry_goes_on`)."""
    wrapped = zip(joined.raw, joined.raw[1:], strict=False)
    if len(joined.raw) > _ENTRY_LINES or not all(_entry_goes_on(joined.raw[0], above, raw) for above, raw in wrapped):
        return False  # (a paragraph of many lines: no entry, and not joined again at each of its lines)
    text = bare(" ".join(raw.strip() for raw in joined.raw))
    opening = bare(joined.text) if joined.kind == "ITEM" else text  # (an item's letter apart: ``(a)  Application …``)
    return opening[:1].isupper() and not ends_sentence(text.rstrip(":")) and len(text.split()) <= _ENTRY_WORDS


def _entry_goes_on(first: str, above: str, text: str) -> bool:
    """Whether a line under a contents entry printed without a page goes on with it (``above``, its last line
    so far): indented under its first line, opening in lower case (``Status report on … to the administrative
    part of the`` / ``budget``), or ending with the agenda item that ends each entry, where the line above
    does not (``Reports on the … Standing Committee on`` / ``Programmes and Finance (agenda item 9)``)."""
    if _indent(text) > _indent(first) or text.lstrip()[:1].islower():
        return True
    return _ITEM_AT_END.search(text) is not None and _ITEM_AT_END.search(above) is None


_ITEM_AT_END = re.compile(r"\((?:[Aa]genda )?[Ii]tems? \d+[^()]*\)(?:\s*\(continued\))?\s*$")
"""The agenda item a summary record's contents entry ends with: ``(agenda item 9)``, ``(item 12 of the agenda)``."""


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


_ENTRY_WORDS = 30  # words: a contents entry printed without a page holds as many at most
_ENTRY_LINES = 3  # lines: and wraps over as many at most, its second and third indented under its first


def _caption(text: str) -> bool:
    """Whether a line can be the caption under a label (``Rule 4`` / ``Provisional agenda``): a few words
    starting with a capital, no sentence."""
    return bool(_SHORT_TITLE.fullmatch(bare(text))) and len(text.split()) <= 10


def _indented(line: Line) -> bool:
    """Whether a line starts a tab or more right of the margin (in text laid out at its columns)."""
    return len(line.text) - len(line.text.lstrip(" ")) >= _INDENT


def _follows(label: str, last: int | None) -> bool:
    """Whether paragraph ``label`` can follow paragraph ``last``: the next one, a first one, or one inserted
    after it (``9 bis`` after ``9``); any, as the first of an annex."""
    if last is None:
        return True
    number, *inserted = label.split()
    return int(number) in ((last,) if inserted else (last + 1, 1))


_WRAPPED_HEADER_KINDS = frozenset({"SESSION_LINE", "DATE_LINE"})
"""Header lines that a numbered line's wrapped words can read as (``Twenty-fourth Session``, ``30 June 2019``)."""
_FIRST_NOTE = re.compile(r"\s*1\.\s")
"""The first of an annotation's notes, numbered afresh under the item's number and title."""
_NUMBERING_ANEW = frozenset({"ANNEX_LABEL", "ORIGINAL"})
_REPLACEMENT = re.compile(
    r"(?:(?:should|shall) read|read as follows|reading(?: as follows)?|to read|(?:with|by) the following"
    r"|^\s*Read|^\s*Insert\b.*)\s*:$"
)
"""A corrigendum's line announcing the text that replaces a paragraph, or one it inserts: ``Paragraph 24 should
read:``, ``Replace the existing text with the following:``, ``Insert the following new paragraph:``, ``Insert a
new paragraph 9 bis, reading:``."""


def _goes_on_title(kind: str, text: str, no_blank_above: bool) -> bool:
    """Whether a line under a title in capitals is more of the title: a date in capitals (``FINANCIAL REPORT
    FOR THE YEAR ENDED`` / ``31 DECEMBER 2017``), or, right under it, a line without letters (``… 2020 AND``
    / ``2021``) or ending with the agenda item the heading is (``… COMMITTEE`` / ``(agenda item 7)``)."""
    if kind == "DATE_LINE":
        return is_caps(text)
    if kind == "TEXT" and no_blank_above and AGENDA_ITEM_END.fullmatch(bare(text)):
        return True  # a summary record's heading: … OF THE EXECUTIVE COMMITTEE / (agenda item 7)
    return kind == "TEXT" and no_blank_above and not _LETTER.search(text)


AGENDA_ITEM_END = re.compile(
    r"(?:[^a-z]*\s)?\((?:[Aa]genda )?[Ii]tems? \d+(?:\s?\(?[a-z]\)?)?(?:(?:,| and| to) \d+(?:\s?\(?[a-z]\)?)?)*"
    r"(?: of the agenda)?\)(?:\s*\(continued\))?(?:\s*\([A-Z]{1,6}/[^()]*\))?"
)
"""The end of a heading in capitals naming its agenda item, on the heading's last line: ``(agenda item 7)``,
``ADMINISTRATIVE PART OF THE BUDGET (agenda item 9)``, ``PROGRAMMES AND FINANCE (item 10 of the agenda)``,
perhaps its documents after it (``… (item 5 of the agenda) (MC/1768, MC/L/790)``); typed, with a capital (``(Item 2
of the agenda)``)."""


def _ends_entry(first: LogicalLine, match: re.Match[str], line: Line) -> bool:
    """Whether a contents entry line (``… of the Budget ……… 5``) ends the entry opened by the line above it:
    plain text; an item's, a numbered or a lettered heading's text going on in lower case (``(c) Status report …
    Administrative Part``, ``C. Regulating … in`` / ``persons in …``) or under its text, where its label hangs
    (-layout); a labelled heading in capitals going on in capitals, no label of its own (``III.`` / ``OPERATIONAL
    PART … PROJECT-RELATED`` / ``OVERHEAD INCOME ……… 2``); a title in capitals going on in capitals, not an
    entry under a group heading."""
    text = match.group("text").lstrip()
    if first.kind in ("TEXT", "BOLD"):
        return True
    if first.kind in ("ITEM", "PARA") or first.kind.startswith("HEADING"):  # (a) …, C. …, 12. …: a labelled
        # entry's first line
        dated = _DATE_GOING_ON.match(text) is not None  # … for the year ended 31 December / 2004 ……… 5
        capitals = is_caps(first.text) and is_caps(text) and _title_end(first.raw[-1], text)
        broken = _ENTRY_GOES_ON.search(bare(first.raw[-1]).rstrip().lower()) is not None  # … contributions to the /
        broken = broken and not _ENTRY_LABEL.match(text)  # (… PART OF THE BUDGET – ANNEX A / A. Staff …: its own)
        under = _under_item_text(first.raw[0], line.text) and not _ENTRY_LABEL.match(text)  # ((a) … under ``10.
        # Financial matters``: an entry of its own, its label where the group's words start)
        return text[:1].islower() or dated or capitals or broken or under
    return first.kind == "CAPS" and is_caps(text)


def _title_end(above: str, text: str) -> bool:
    """Whether an entry's text in capitals is the end of the title in capitals above it, broken off: the line
    above ends on a word no title ends on (``… OF THE ADMINISTRATIVE AND``), or a few words (``OVERHEAD
    INCOME``, ``STATES``) under a long line; no label of its own (a group's heading over its entries,
    ``PART I – ADMINISTRATION`` / ``STAFF AND SERVICES …``, is no broken title)."""
    if _ENTRY_LABEL.match(text):
        return False
    if _ENTRY_GOES_ON.search(bare(above).lower()):
        return True
    words = _LEADER_TAIL.sub("", text).split()
    return len(bare(above)) >= _BROKEN_TITLE and len(words) <= _TITLE_END_WORDS


def _heading_broken_off(last: LogicalLine, kind: str, line: Line) -> bool:
    """Whether a line in capitals (of ``kind`` CAPS), one blank line under a numbered heading in capitals broken
    off on a word no heading ends on (``III. MEMBER STATES IN ARREARS … AND THE`` / blank / ``APPLICATION OF
    ARTICLE 4``), is the heading's end."""
    return (
        last.kind == "HEADING"
        and kind == "CAPS"
        and last.page == line.page
        and line.number - last.end == _ONE_BLANK_LINE
        and is_caps(last.raw[-1])
        and _BREAKS_OFF_IN_CAPITALS.search(bare(last.raw[-1]).rstrip()) is not None
    )


def _title_broken_off(last: LogicalLine, kind: str, line: Line) -> bool:
    """Whether a few words with no final punctuation, one blank line under a numbered line of one line broken
    off on a word nothing ends on (``11. Reports of the Standing Committee on Programmes and`` / blank /
    ``Finance``: an agenda item's title), are its end: no line breaks off so over a heading or a new text."""
    words = bare(line.text).strip()
    return (
        last.kind in ("PARA", "ITEM")
        and kind == "TEXT"
        and len(last.raw) == 1
        and last.page == line.page
        and line.number - last.end == _ONE_BLANK_LINE
        and BREAKS_OFF.search(bare(last.raw[-1]).rstrip().lower()) is not None
        and len(words.split()) <= _TITLE_END_WORDS
        and not words.endswith((".", ";", ":", ","))
    )


def _salutation_so_far(last: LogicalLine) -> bool:
    """Whether the plain logical line ``last``, as joined so far, is a statement's salutation (its addressees,
    over a line or a few, ending with a comma; no note in brackets: ``(Submitted by the delegations of …,``)."""
    if last.kind not in PLAIN_KINDS or len(last.raw) > _SALUTATION_LINES:
        return False  # (a paragraph's lines ending with commas: not joined again at each)
    text = " ".join(bare(raw).strip() for raw in last.raw)
    return text[:1].isupper() and is_salutation(text)


_SALUTATION_LINES = 3  # lines: a salutation wraps over as many at most


_ONE_BLANK_LINE = 2  # lines from one line to the next, a blank line between
_BREAKS_OFF_IN_CAPITALS = re.compile(rf"\s(?:{alternation(word.upper() for word in BREAKING_WORDS)})$")


_LEADER_TAIL = re.compile(r"\s*(?:\.\s?){3,}.*$")
_BROKEN_TITLE = 40  # characters: a title's line broken off at the measure, at least
_TITLE_END_WORDS = 3  # words: the end of a broken title on the entry's line, at most


_DATE_GOING_ON = re.compile(
    rf"(?:(?:ended|ending|as at|as of) )?(?:(?:\d{{1,2}} )?{MONTH_PATTERN} )?(?:19|20)\d\d\b", re.IGNORECASE
)
"""A date or a year opening a contents entry's last line, perhaps after the words that lead to it, in capitals
or not: the end of a title broken off before it (``Statement II – … for the year ended 31 December`` /
``2004``, ``… from Member States as at`` / ``31 December 2004``, ``… as at 31`` / ``December 2022``, ``… FOR THE
YEAR`` / ``ENDED 31 DECEMBER 2015``)."""


_GOES_ON_WORD = re.compile(r"(?i)(?:and|of|to|with|by|from)\s")
"""A word no contents entry opens with: the line goes on with the title above it (``AND ON THE WORK OF …``)."""


_ENTRY_BROKEN = re.compile(rf"\s(?:{alternation(BREAKING_WORDS)})$")  # … CONTRIBUTIONS TO THE: an entry broken off
_ENTRY_GOES_ON = re.compile(rf"\s(?:{alternation((*BREAKING_WORDS, 'in', 'on', 'at', 'into'))})$")
"""A contents entry's line that no entry ends on (``… to Projects in`` / ``Developing Member States ……``, ``… OF
THE STANDING COMMITTEE ON`` / ``PROGRAMMES …``), in lower case; not ``a`` (``… – ANNEX A``) nor ``as`` or ``is``."""
_ENTRY_LABEL = re.compile(r"\(\w{1,4}\)\s|(?:\d{1,2}|[IVXLC]{1,6}|[A-H])\.\s")  # (b) …, 2. …: an entry of its own


_ENTRY_LABEL_SPACED = re.compile(r"\s*(?:\(\w{1,4}\)|[A-H]\.|[IVXLC]{1,6}\.|\d{1,2}\.)\s+")  # (a) …, C.    …


def _under_item_text(item: str, text: str) -> bool:
    """Whether ``text`` starts where the words of the labelled line ``item`` start, right of its label
    (``   (a) Status report …`` / ``       Administrative Part …``, ``C.      Regulating migration …`` /
    ``        persons in countries …``)."""
    label = _ENTRY_LABEL_SPACED.match(item)  # (a column either way: text laid out at its columns rounds)
    return label is not None and abs(len(text) - len(text.lstrip()) - label.end()) <= 1


def _wrapped_entry(first: LogicalLine, line: Line, match: re.Match[str]) -> None:
    """Make ``first``, the first line of a wrapped contents entry, the whole entry ending on ``line``."""
    text = " ".join([*(raw.strip() for raw in first.raw), match.group("text")])
    paragraphs = match.groupdict().get("paragraphs")  # (1-4 beside the page: 1; none where a leader is alone)
    column = f"{paragraphs} " if paragraphs else ""
    whole = TOC_ENTRY.fullmatch(f"{text}... {column}{match.group('label')}")
    assert whole is not None, "an entry's title and page make an entry"
    first.decide("TOC_ENTRY", "contents-entry-wrapped")
    first.label, first.groups = whole.group("label"), whole.groupdict()
    first.text = f"{text}... {column}{match.group('label')}"
    first.raw.append(line.text)
    first.numbers.append(line.number)
    first.end = line.number


def _wrapped_label(above: str, text: str, width: int) -> bool:
    """Whether a line starting with a label such as ``(3)`` or a dash is wrapped running text: it starts at
    the margin right under a full line (wrapped text, ``width`` > 0) that neither introduces a list nor ends
    an item."""
    return (
        width > 0
        and len(above.rstrip()) >= 0.8 * width
        and not text[:1].isspace()
        and not bare(above).endswith((":", ";", "."))
        and text.lstrip("*").startswith(("(", "- ", "– "))  # (**(3) to monitor …** in a bold passage)
    )


def one_span(left: str, right: str) -> tuple[str, str]:
    """Two lines' text where a span of bold, italics or both closes at the end of the first and opens again
    at the start of the second (``**110th Session**`` / ``**General Debate**``, as a PDF's lines are marked):
    without those marks, so that the joined text has one span."""
    closed = _SPAN_CLOSED.search(left)
    if closed is None:
        return left, right
    marks = closed.group(1)
    if not right.startswith(marks) or right[len(marks) :][:1] in ("*", " ", ""):
        return left, right
    if marks == "*" and not _ITALIC_SPAN.search(left):
        return left, right  # TITLE* / *Italic …: a word's note marker, then italics
    return left[: closed.start(1)], right[len(marks) :]


def rejoin(line: LogicalLine, words: DocumentWords) -> LogicalLine:
    """A logical line made of several physical lines: its text joined, and classified again if it was text (a
    title in capitals ending with its agenda item's remark in small letters stays in capitals)."""
    pieces = [line.text] if line.text else []
    for raw in line.raw[1:]:
        if not pieces:  # a label alone, its text on the next line (Rule 4 / Provisional agenda)
            pieces.append(raw.strip())
            continue
        pieces[-1], right = one_span(pieces[-1], raw.strip())
        pieces[-1], separator = wrap_point(pieces[-1], right, words)
        pieces += [separator, right]
    text = "".join(pieces)
    line.text = text
    if line.kind in PLAIN_KINDS:
        kind, match, style, rule = classify(text)
        if kind == "TEXT" and line.kind == "CAPS" and AGENDA_ITEM_END.fullmatch(bare(line.raw[-1])):
            return line  # … OF THE PALAU AS A / MEMBER (item 4 of the agenda): in capitals, its remark apart
        if kind not in PLAIN_KINDS and match is not None:
            joined = make_line(kind, match, style, rule, Line(line.start, text, line.page))
            joined.end, joined.raw, joined.numbers = line.end, line.raw, line.numbers
            return joined
        line.decide(kind, rule)
    return line


_SPAN_CLOSED = re.compile(r"[^*\s](\*{1,3})$")  # a bold, italic or bold italic span closing a line
_ITALIC_SPAN = re.compile(r"(?:^|\s)\*[^*\s](?:[^*]*[^*\s])?\*$")
_HYPHENATED = re.compile(r"([A-Za-z]+)-$")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[A-Za-z]+")


def wrap_point(left: str, right: str, words: DocumentWords) -> tuple[str, str]:
    """How a line broken after ``left`` joins ``right``: ``left`` (its final hyphen dropped when the hyphen
    only broke a word) and the separator to put between them.

    A word broken at a hyphen (``informa-`` / ``tion``) is joined without it when the whole word is used
    elsewhere in the document; otherwise the hyphen is kept, for it joins a compound (``long-`` / ``term``),
    as it always does before a capital (``Vice-`` / ``Chairperson``).
    Only the end of ``left`` is looked at, so that joining many lines costs linear time.
    """
    hyphenated = _HYPHENATED.search(left[-64:])
    if hyphenated and right[:1].islower():
        first = _WORD.match(right)
        if first and (hyphenated.group(1) + first.group()).lower() in words:
            return left[:-1], ""
        return left, ""
    if hyphenated and right[:1].isupper():  # Vice- / Chairperson, Asian- / African: a compound
        return left, ""
    return left, " "


class DocumentWords:
    """The words of a document, in lower case: the vocabulary `wrap_point` checks a broken word against.
    Collected on first use only: most documents have no word broken at a line end."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = frozenset(word.lower() for word in _WORD.findall(self._text))
        return word in self._words

    @functools.cached_property
    def asterisk_notes(self) -> bool:
        """Whether a line opening with ``*`` can be a note: an asterisk marks a word or figure in the text
        (``Revised*``, ``COUNCIL *``) outside its bold and italic spans, and the text is no converter's
        Markdown (``* …`` may there open a list item): it has no such span, or it has pages (a PDF's text,
        its faces marked, prints its bullets as bullets)."""
        if "\f" in self._text:
            return _ASTERISK_MARKER.search(_EMPHASIS_SPAN.sub(" ", self._text)) is not None
        return _EMPHASIS_SPAN.search(self._text) is None and _ASTERISK_MARKER.search(self._text) is not None


_EMPHASIS_SPAN = re.compile(r"(?<![\w*])\*{1,2}[^*\s][^*\n]*?(?<=\S)\*{1,2}(?![\w*])")  # **bold**, *italic*
_ASTERISK_MARKER = re.compile(r"[\w)] ?\*{1,3}(?![\w*])")


_ENDS_WITH_CELL = re.compile(rf"\S\s{{2,}}(?:\(?[-+]?[\d.,]*\d%?\)?|[-–—]|{MARK.pattern})$")
"""A table's row: its last cell a figure set apart (``Total    56,200,000    57,400,000``, a change ``+6.6``), or
a matrix's mark (``Staff security management      ✓      ✓``)."""


def _ends_with_cell(text: str) -> bool:
    """Whether a line is a table's row, its last cell a figure (a line of text seldom ends with a digit: the
    pattern is tried only then)."""
    return text[-1] in _CELL_ENDS and _ENDS_WITH_CELL.search(text) is not None


_CELL_ENDS = frozenset("0123456789)%-–—Xx✓✔√●")
_LEADER = "....."  # dots leading a contents entry to its page


def paragraph_a_line(lines: list[Line]) -> bool:
    """Whether a text gives a paragraph a line, none wrapped and no blank line between (a web page's): most of its
    lines of text, five at least, are far longer than any page's line, and such lines run on into the next; not
    a flattened page's pieces (each on its page's line number, read by `iomparse.flattened`)."""
    texts = [len(line.text.rstrip()) for line in lines if len(line.text.strip()) > _TEXT_LINE]
    long = sum(1 for length in texts if length > _UNWRAPPED)
    pieces = len({line.number for line in lines}) < len(lines)
    if pieces or long < _UNWRAPPED_LINES or 2 * long < len(texts):
        return False
    run_on = sum(1 for above, below in itertools.pairwise(lines) if len(above.text) > _UNWRAPPED and below.text.strip())
    return run_on >= _UNWRAPPED_LINES - 1  # (a converter's paragraphs a blank line apart: nothing to tell)


_TEXT_LINE = 40  # characters: a line of text, no label or heading, holds more
_UNWRAPPED_LINES = 5  # lines far longer than a page's, at least, in a text whose paragraphs are a line each


def text_width(lines: list[Line]) -> int:
    """The usual length of a full line of wrapped text: the 90th percentile of the lengths of long lines, a
    table's rows (a figure at the end, spaced apart) and a contents' entries (leaders to the page) left out."""
    lengths = sorted(
        len(text)
        for line in lines
        if len((text := line.text.rstrip()).lstrip()) > 40 and not _ends_with_cell(text) and _LEADER not in text
    )
    if len(lengths) < 5:
        return 0
    return lengths[int(len(lengths) * 0.9)]


def ends_sentence(text: str) -> bool:
    """Whether a line ends with a full stop, a colon or a semicolon: a line in capitals after it is a heading
    (``… It held six meetings.`` / ``ATTENDANCE``), not the text going on."""
    return bare(text).rstrip(SUPERSCRIPT_DIGITS).endswith((".", ":", ";", ".”", '."'))


_SHORT_TITLE = re.compile(r"[A-Z](?:\S*\s+){0,15}\S*[^\s.;:,?!”\"’]")
_SHORT_HEADING_SHARE = 0.4  # of the text's width: a heading in sentence case over its text is this short at most
_HEADING_SHARE = 0.6  # … or this short after a sentence's end (``… next year.`` / ``Displacement, climate and …``,
# ``Regular pathways and the protection of migrants``)
_NUMBERED = re.compile(r"\s*\d{1,3}\.\s")


def _heading_between(above: Line, line: Line, lines: list[Line], index: int) -> bool:
    """Whether a line between a finished sentence and a numbered paragraph is a heading (it opens with a
    capital, ends with no punctuation, closing quote or footnote marker, and has at most 16 words), although
    no blank line sets it apart (plain pdftotext: ``… between duty stations.²`` / ``General debate`` /
    ``14.``)."""
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        below is not None
        and below.page == line.page
        and _NUMBERED.match(below.text) is not None
        and _SHORT_TITLE.fullmatch(line.text.strip()) is not None
        and bare(line.text) == line.text.strip()  # no markup, no footnote marker at its end
        and ends_sentence(above.text)
    )


def _occasion_under_speaker(last: LogicalLine, text: str) -> bool:
    """Whether ``text``, a line right under a speaker's line (``Statement by H.E. …``), names the session the
    statement was made at, opening with a capital (``General debate, 114th Session of the Council``): the
    occasion, a header line of its own, not the speaker's title going on (which the line above would break off:
    ``… Representative of Peru to the`` / ``114th Session …``)."""
    if not _SPEAKER_OPENING.match(bare(last.raw[0])) or BREAKS_OFF.search(bare(last.raw[-1])):
        return False
    if bare(last.raw[-1]).endswith(",") or _ADDRESSED.search(text):
        return False  # Statement by H.E. Ms …, / Ambassador …, to the 110th Session …: the title goes on
    return text.lstrip()[:1].isupper() and session_named_in(bare(text)) is not None


_ADDRESSED = re.compile(r"\b(?:to|at|before|for) the\b", re.IGNORECASE)  # … to the 110th Session: the speaker's line


_SPEAKER_OPENING = re.compile(r"(?:Statement|Address|Remarks|Delivered) by\b")


def _heading_over_prose(above: Line, line: Line, lines: list[Line], index: int, width: int) -> bool:
    """Whether a line after a finished sentence is a heading over a full line of prose (see
    `_heading_over_text`), although no blank line sets it apart from either (plain pdftotext: ``… to the
    Dialogue next year.`` / ``Displacement, climate and preparedness`` / ``Madam Chairperson, the Director
    General reminded us …``): no paragraph's last line lacks its final punctuation."""
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        below is not None
        and below.page == line.page
        and ends_sentence(above.text)
        and _heading_over_text(line, below, width, _HEADING_SHARE)
    )


def _heading_over_text(above: Line, line: Line, width: int, share: float) -> bool:
    """Whether a short line of a few words (shorter than its ``share`` of the text's width), with no end,
    stands over a full line of text opening with a capital: a heading, for no paragraph opens with a short
    line (not a corrigendum's locator, ``Paragraph 5, second sentence``, over the text it corrects)."""
    text = above.text.strip()
    return (
        width > 0
        and len(text) < share * width
        and _SHORT_TITLE.fullmatch(text) is not None
        and LOCATOR.match(text) is None  # Paragraph 5, second sentence / The Council …: a corrigendum's place
        and not BREAKS_OFF.search(text)  # Meetings of / Decisions taken …: a line broken off
        and bare(above.text) == text
        and line.text.strip()[:1].isupper()
        and len(line.text.strip()) >= 0.8 * width
        and WIDE_GAP.search(line.text.strip()) is None  # (a table's row: ``Third meeting     19 April 2016 …``)
    )


def _ends_paragraph(raw: list[str], width: int, column: int, below: str) -> bool:
    """Whether the last of the lines ``raw`` ends its paragraph although no blank line follows: a line ending
    with a colon over a caption in parentheses; wrapped text (``width`` > 0) whose line ends a sentence well
    short of the margin, or (see `_next_word_fitted`) short
    enough that the next line's first word would have fitted on it. The margin is the paragraph's own when it
    has two lines or more (``column``): an item or a quotation is narrower than the page, and plain pdftotext
    does not indent it."""
    stripped = raw[-1].rstrip().rstrip(SUPERSCRIPT_DIGITS)  # … the table below.³: the marker after the stop
    if stripped.endswith(":") and CAPTION.fullmatch(below.strip()):
        return True  # … at the following rates: / (Swiss francs per US dollar): the caption of the table it announces
    if width <= 100 // 2 or not stripped.endswith((".", ".”", '."', ":")) or ends_on_initial(stripped):
        return False  # (… H.E. Mr. K. / Jones, … in Resolution No. / 1310 of …: no sentence's end)
    if stripped.endswith(":") and _TITLE_END.fullmatch(below.strip()):
        return False  # … in the United Nations system: / progress report: a title's end after its colon
    measure = min(width, column) if column else width
    return len(stripped) < 0.8 * measure or _next_word_fitted(raw, stripped, measure, below)


_TITLE_END = re.compile(r"[a-z][\w’'-]*(?: [\w’'-]+){0,3}")
"""A few words in lower case, no punctuation: a title's end wrapped after the colon that parts it, not a list's
item (``… within the following limits:`` / ``two thirds of the Members;``)."""


def _next_word_fitted(raw: list[str], last: str, measure: int, below: str) -> bool:
    """Whether the last of a paragraph's lines ``raw`` (``last``, its marker dropped), ending a sentence, is
    short enough that the next
    line's first word, opening a sentence, would have fitted on it, so that the line was not wrapped there
    (plain pdftotext keeps no blank line between paragraphs): shorter than the paragraph's shortest full line
    (justified text), or well within the ``measure`` (ragged text). Only where the text is set as plain
    pdftotext sets it, a space between words and no indent: in a ``-layout`` text the spaces stand for
    widths, and a full line counts as few characters as a short one."""
    full = [line.rstrip() for line in raw[:-1]]
    first = below.split(maxsplit=1)[0] if below.strip() else ""
    if len(full) < _FULL_LINES or not first[:1].isupper() or raw[-1].rstrip().endswith(":"):
        return False
    if any(line[:1].isspace() or "  " in line for line in [*full, raw[-1].rstrip(), below.rstrip()]):
        return False
    room = max(min(len(line) for line in full), _FITS * measure)
    return len(last) + 1 + len(first) < room


_FULL_LINES = 2  # of a paragraph, at least, before its lines tell how long a full line is
_FITS = 0.92  # of a line's measure: a word that fits within it would have been set on the line (the type is
# proportional, and justified lines print their widened spaces as one: a full line may count fewer characters)


def numbered_titles_over_text(logical: list[LogicalLine], width: int, words: DocumentWords) -> None:
    """Numbered headings in sentence case (``1.  Objectives and activities`` / ``The Organization was
    established …``): a numbered line that is a title alone (a few words, no final punctuation, not broken off),
    over unnumbered prose opening with a capital (a blank line between, or the title's line well short of the
    text's width), is a heading, not the opening of a paragraph, where two lines of the document at least are
    so printed and decimal headings are numbered from one of them (``2.  Summary of significant accounting
    policies`` / … / ``2.1  Basis of accounting``: the notes to financial statements); a numbered title right
    over its first decimal heading is one too. An annotated agenda prints its items so too: there they stay
    items (a document whose header calls it an agenda). Weak evidence: each such line is reported.

    A numbered title alone over numbered paragraphs whose count runs on across it is a heading too (``3.  An
    internal review …`` / ``2.  Scope and principles`` / ``4.  The framework applies …``; ``1.  Introduction``
    / ``1.  Accountability …``): paragraphs are numbered on through the headings (conventions §9), so a line
    the count passes over is none of them, where two titles at least are so printed.

    In a document of prose whose every numbered line is such a title (a statement with ``1.  Institutional
    priorities for 2012`` over its text), each is a heading however few: no paragraph of it is numbered."""
    _titles_glued_under(logical)
    outside = _outside_the_count(logical)
    found = [
        index
        for index, line in enumerate(logical)
        if index in outside
        or _numbered_title(line, logical[index + 1 : index + 2], width)
        or _over_its_decimal(line, logical, index)
    ]
    labels = {logical[index].label for index in found}
    every = bool(found) and all(index in found for index, line in enumerate(logical) if line.kind == "PARA")
    if len(labels) < _NUMBERED_TITLES and not every:
        return
    if len(outside) < _NUMBERED_TITLES and not every and not any(_decimal_under(logical, index) for index in found):
        return
    if any("AGENDA" in line.text.upper() for line in logical[:_HEADER_REACH]):
        return  # PROVISIONAL AGENDA / 1. Opening of the session / The session …: items, their annotations
    for index in reversed(found):
        line = logical[index]
        if len(line.raw) > 1:  # the title's line, then its text with no blank line between: two lines
            logical.insert(index + 1, _text_under(line, words))
            line.raw, line.numbers, line.end = line.raw[:1], line.numbers[:1], line.numbers[0]
            title = _TITLE_LINE.fullmatch(line.raw[0].strip())
            line.text = title.group("text") if title else line.text
        elif line.kind == "TEXT" and (title := _TITLE_LINE.fullmatch(line.text.strip())):
            line.text = title.group("text")  # (a numbered line out of the count, kept as text with its label)
        line.decide("HEADING", "heading-numbered-outside-count" if index in outside else "heading-numbered-over-text")
        line.groups = {**line.groups, "__style__": "numbered_plain"}


def _outside_the_count(logical: list[LogicalLine]) -> set[int]:
    """The numbered titles alone (one line, a title's shape) that the paragraphs' count passes over: the next
    numbered paragraph is numbered one more than the one before the title (the first: 1). The joiner kept those
    it saw break the count as text with their label (``number-out-of-sequence``)."""
    numbered = [index for index, line in enumerate(logical) if _numbered(line)]
    found: set[int] = set()
    for before, index, after in zip([None, *numbered[:-1]], numbered, [*numbered[1:], None], strict=False):
        line = logical[index]
        title = _TITLE_LINE.fullmatch(line.text.strip()) if line.kind == "TEXT" else None
        if after is None or len(line.raw) != 1 or not _title_shape(bare(title.group("text") if title else line.text)):
            continue
        previous = 0 if before is None else _number(logical[before].label)
        if previous is None or _number(logical[after].label) != previous + 1:
            continue
        if _opens_section(logical, index, after) and _after_a_block(logical, index):
            found.add(index)
    return found


def _opens_section(logical: list[LogicalLine], index: int, after: int) -> bool:
    """Whether the numbered title at ``index`` is right over the paragraph that continues the count (``after``)
    or over a heading (``2.1  Scope``): a section's opening, not one of a list's items (``1.  Shared
    responsibility`` / ``2.  Cost recovery`` under ``… two aims:``)."""
    below = next((at for at in range(index + 1, len(logical)) if logical[at].kind not in _ASIDE_KINDS), None)
    return below == after or (below is not None and logical[below].kind.startswith("HEADING"))


def _after_a_block(logical: list[LogicalLine], index: int) -> bool:
    """Whether what stands above the line at ``index`` is whole: a sentence's end, a heading, a table, or
    nothing (the body's start); not a list's opening (``… two aims:``) nor a list's item."""
    above = next((logical[at] for at in range(index - 1, -1, -1) if logical[at].kind not in _ASIDE_KINDS), None)
    if above is None or above.kind.startswith("HEADING") or above.kind in ("TABLE", "CAPS", "ANNEX_LABEL"):
        return True
    return ends_sentence(above.raw[-1] if above.raw else above.text) and not above.text.rstrip().endswith(":")


_ASIDE_KINDS = PASSED_OVER_KINDS | FURNITURE_KINDS  # (footnote bodies, running headers between)


def _numbered(line: LogicalLine) -> bool:
    """A numbered paragraph's line, or a numbered line the joiner found out of the paragraphs' count."""
    return (line.kind == "PARA" and line.rule == "numbered-paragraph") or line.rule == "number-out-of-sequence"


def _titles_glued_under(logical: list[LogicalLine]) -> None:
    """A numbered title that pdftotext printed right under the paragraph before it, its label alone (``… of the
    Organization.`` / ``4.`` / blank / ``Monitoring and reporting``), and that the paragraph took for its last
    line once label and title were joined, is split off, a numbered line of its own (then read by
    `_outside_the_count`), where the next paragraph is numbered one more than the one that took it."""
    for index in range(len(logical) - 2, -1, -1):
        line = logical[index]
        if line.kind != "PARA" or line.rule != "numbered-paragraph" or len(line.raw) < 2:
            continue
        title = _TITLE_LINE.fullmatch(line.raw[-1].strip())
        if title is None or not _title_shape(bare(title.group("text"))) or not ends_sentence(line.raw[-2]):
            continue
        after = next((logical[at] for at in range(index + 1, len(logical)) if logical[at].kind == "PARA"), None)
        number = _number(line.label)
        if after is None or number is None or _number(after.label) != number + 1:
            continue
        glued = line.raw[-1].strip()
        apart = LogicalLine(
            "TEXT", glued, line.numbers[-1], line.end, line.page, label=glued.split(".", 1)[0], raw=line.raw[-1:]
        )
        apart.numbers, apart.rule = line.numbers[-1:], "number-out-of-sequence"
        line.raw, line.numbers = line.raw[:-1], line.numbers[:-1]
        line.end, line.text = line.numbers[-1], line.text.removesuffix(glued).rstrip()
        logical.insert(index + 1, apart)


def _number(label: str | None) -> int | None:
    return int(label) if label and label.isdigit() else None


_NUMBERED_TITLES = 2  # numbered titles over prose, at least, in a document that prints its headings so
_HEADER_REACH = 12  # logical lines: a document's header (its title among them) lies within as many
_TITLE_WORDS_MOST = 10  # words: a numbered title over prose holds as many at most
_SHORT_TITLE_LINE = 0.5  # of the text's width: a numbered title's line right over its text this short at most
_TITLE_LINE = re.compile(r"\d{1,2}\.\s+(?P<text>\S.*)")
_NUMBER_IN_TITLE = re.compile(r"(?<!\S)\(?(?!(?:19|20)\d\d\b)\d[\d,.]*\)?(?!\S)")
"""A number standing alone, a year apart (``Contributions for 2005``): no title's word."""
_PROSE_WORDS = 12  # words: the paragraph of prose under a numbered title holds as many at least


def _numbered_title(line: LogicalLine, below: list[LogicalLine], width: int) -> bool:
    """Whether a numbered line is a title alone over a paragraph of prose (see `numbered_titles_over_text`):
    a blank line under it, or its text's first line, opening with a capital, right under its short line."""
    if line.kind != "PARA" or line.rule != "numbered-paragraph":
        return False
    if len(line.raw) > 1:  # (the cheap tests first: every numbered paragraph passes here)
        if (
            width <= 0
            or len(line.raw[0].strip()) >= _SHORT_TITLE_LINE * width
            or not line.raw[1].lstrip()[:1].isupper()
        ):
            return False
        title = _TITLE_LINE.fullmatch(line.raw[0].strip())
        return title is not None and _title_shape(bare(title.group("text")))
    if not below:
        return False
    prose = below[0]
    if prose.kind != "TEXT" or prose.page != line.page or prose.start <= line.end + 1:  # (a blank line between)
        return False
    opening = bare(prose.text)
    return opening[:1].isupper() and len(opening.split()) >= _PROSE_WORDS and _title_shape(bare(line.text))


def _over_its_decimal(line: LogicalLine, logical: list[LogicalLine], index: int) -> bool:
    """Whether a numbered line is a title alone right over the first decimal heading numbered from it (``2.
    Accounting principles`` / ``2.1  Recognition of income``)."""
    if line.kind != "PARA" or line.rule != "numbered-paragraph" or len(line.raw) != 1 or index + 1 >= len(logical):
        return False
    below = logical[index + 1]
    return (
        below.kind == "HEADING" and (below.label or "").startswith(f"{line.label}.") and _title_shape(bare(line.text))
    )


def _title_shape(text: str) -> bool:
    """A title in sentence case: a few words opening with a capital, no final punctuation, not broken off."""
    if not text[:1].isupper() or text.count(" ") >= _TITLE_WORDS_MOST or text.endswith((".", ",", ";", ":", "?", "!")):
        return False
    return not (is_caps(text) or BREAKS_OFF.search(text) or _NUMBER_IN_TITLE.search(text))


def _text_under(line: LogicalLine, words: DocumentWords) -> LogicalLine:
    """The text printed right under a numbered title's line, which the title's line took for its own."""
    text = LogicalLine(
        "TEXT", line.raw[1].strip(), line.numbers[1], line.end, line.page, raw=line.raw[1:], numbers=line.numbers[1:]
    )
    text.rule = "text"
    return rejoin(text, words) if len(text.raw) > 1 else text


def _decimal_under(logical: list[LogicalLine], index: int) -> bool:
    """Whether a decimal heading numbered from the numbered line at ``index`` (``2.`` / ``2.1``) follows it,
    before the next numbered line."""
    number = logical[index].label
    for line in logical[index + 1 :]:
        if line.kind == "PARA":
            return False
        if line.kind == "HEADING" and (line.label or "").startswith(f"{number}."):
            return True
    return False


def statement_titles(logical: list[LogicalLine]) -> None:
    """A financial statement's label alone over its title in capitals (``STATEMENT I`` / ``STATEMENT OF INCOME
    AND EXPENDITURE`` / ``FOR THE YEAR ENDED 31 DECEMBER 2008``), which the join made one line in capitals, is
    the statement's heading, as ``STATEMENT I – …`` on one line is: its label, then its title."""
    for line in logical:
        if line.kind != "CAPS" or len(line.raw) < 2:
            continue
        label = bare(line.raw[0]).strip()
        if not STATEMENT_LABEL.fullmatch(label):
            continue
        line.decide("HEADING", "heading-label-over-title")
        title = " ".join(bare(raw).strip() for raw in line.raw[1:])
        line.label, line.text = label, title
        line.groups = {**line.groups, "label": label, "text": title, "__style__": "label"}
