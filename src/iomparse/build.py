"""The builder: grammar rules → attrs nodes, while the LALR parser reduces them.

`Builder` is a stateless Lark `Transformer` handed to the parser, so each rule becomes a model object the
moment it is recognized. What needs the whole document (compilations of resolutions, annex labels, footnote
links, the document kind, numbering checks) is done afterwards by `assemble`.
"""

from __future__ import annotations

import re
from typing import Any

from attrs import define, evolve
from lark import Transformer

from . import paths
from .inline import date_ref, parse_inline, resolution_ref
from .lexer import SUPERSCRIPT_TO_DIGIT, Lexed, LineToken, LogicalLine, strip_markup
from .model import (
    Adoption,
    Annex,
    Block,
    Clause,
    Contents,
    ContentsEntry,
    DateRange,
    Diagnostic,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Furniture,
    Inline,
    Item,
    Meta,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    Salutation,
    Section,
    Session,
    Span,
    Strong,
    Submission,
    Table,
    Unclassified,
    inline_text,
    iter_blocks,
)
from .symbols import parse_symbol
from .values import FULL_DATE, int_to_roman, ordinal_to_int, parse_date, parse_date_range, parse_session, roman_to_int


def span(token: LineToken) -> Span:
    """The source span of a line token."""
    return Span(token.info.start, token.info.end)


def _span_over(first: Span | None, last: Span | None) -> Span | None:
    if first is None or last is None:
        return first or last
    return Span(first.start, last.end)


@define
class Header:
    """A header block as the grammar delivers it: its facts and its lines."""

    meta: Meta
    span: Span


@define
class Operative:
    """The operative part of a resolution as the grammar delivers it."""

    formula: str | None
    clauses: tuple[Clause | Unclassified, ...]
    span: Span | None


@define
class Part:
    """A document or annex as the grammar delivers it, before `assemble` links it up."""

    meta: Meta
    body: tuple[Block, ...]
    span: Span | None = None
    label: str | None = None


class Builder(Transformer):
    """One method per grammar rule; each returns model objects (or plain tuples of them)."""

    # -- header ------------------------------------------------------------------------------------

    def header(self, fields: list[LineToken]) -> Header:
        return Header(header_meta(fields), _span_over(span(fields[0]), span(fields[-1])))

    annex_header = header

    # -- body --------------------------------------------------------------------------------------

    def body(self, children: list) -> tuple[Block, ...]:
        content, *sections = children
        return (*content, *sections)

    def content(self, children: list) -> tuple[Block, ...]:
        return tuple(children)

    def section1(self, children: list) -> Section:
        return _section(children, level=1)

    def section2(self, children: list) -> Section:
        return _section(children, level=2)

    def section3(self, children: list) -> Section:
        return _section(children, level=3)

    def paragraph(self, children: list) -> Paragraph:
        head, *parts = children
        return Paragraph(
            head.info.label, parse_inline(head.info.text), nest_items(parts), _span_over(span(head), _last_span(parts))
        )

    def text_block(self, children: list) -> Paragraph:
        head, *items = children
        return Paragraph(
            None, parse_inline(head.info.text), nest_items(items), _span_over(span(head), _last_span(items))
        )

    def quote(self, children: list) -> Quote:
        blocks: list[Block] = []
        pending: list[Block] = []
        for child in children:
            if isinstance(child, LineToken):
                if blocks:
                    blocks[-1] = evolve(blocks[-1], children=nest_items(pending))
                pending = []
                blocks.append(Paragraph(None, parse_inline(child.info.text), (), span(child)))
            else:
                pending.append(child)
        blocks[-1] = evolve(
            blocks[-1], children=nest_items(pending), span=_span_over(blocks[-1].span, _last_span(pending))
        )
        return Quote(tuple(blocks), _span_over(blocks[0].span, blocks[-1].span))

    def item(self, children: list[LineToken]) -> Item:
        (token,) = children
        return Item(token.info.label, parse_inline(token.info.text), (), span(token))

    def closing(self, children: list[LineToken]) -> Paragraph:
        (token,) = children
        return Paragraph(None, parse_inline(token.info.text), (), span(token))

    def salutation(self, children: list[LineToken]) -> Salutation:
        (token,) = children
        return Salutation(strip_markup(token.info.text), span(token))

    def contents(self, children: list[LineToken]) -> Contents:
        head, *lines = children
        entries = [line for line in lines if line.type == "TOC_ENTRY"]
        column = next((strip_markup(line.info.text) for line in lines if line.type == "TOC_COLUMN"), None)
        return Contents(
            strip_markup(head.info.text),
            nest_contents(entries),
            column,
            _span_over(span(head), span(children[-1])),
        )

    def table(self, children: list[LineToken]) -> Table:
        (token,) = children
        rows = tuple(token.info.raw[1:] if token.info.label else token.info.raw)
        return Table(rows, table_cells(rows), token.info.label, span(token))

    def unclassified(self, children: list[LineToken]) -> Unclassified:
        (token,) = children
        return Unclassified(tuple(token.info.raw), span(token))

    def figure(self, children: list[LineToken]) -> Figure:
        return Figure(
            tuple(strip_markup(t.info.text) for t in children), _span_over(span(children[0]), span(children[-1]))
        )

    # -- resolutions -------------------------------------------------------------------------------

    def resolution(self, children: list) -> Resolution:
        head: LineToken = children[0]
        lines = [c for c in children[1:] if isinstance(c, LineToken)]
        adoption = next((c for c in lines if c.type == "ADOPTION"), None)
        formula = next((c for c in lines if c.type == "FORMULA"), None)
        title = " ".join(strip_markup(c.info.text) for c in lines if c.type in ("CAPS", "BOLD"))
        # other lines of the heading, a second adoption line among them, are kept as head notes
        head_notes = tuple(
            strip_markup(c.info.text) for c in lines if c.type == "TEXT" or (c.type == "ADOPTION" and c is not adoption)
        )
        preamble = tuple(c for c in children if isinstance(c, Clause | Unclassified))
        operative = next((c for c in children if isinstance(c, Operative)), Operative(None, (), None))
        roman = head.info.match_group("session")
        last_span = operative.span or _last_span(preamble) or span(lines[-1] if lines else head)
        return Resolution(
            number=int(head.info.label) if head.info.label else None,
            session=Session(roman_to_int(roman) or 0, roman) if roman else None,
            draft=head.info.match_group("draft") is not None,
            adoption=parse_adoption(adoption.info.text) if adoption else None,
            title=title or None,
            formula=strip_markup(formula.info.text) if formula else None,
            preamble=preamble,
            operative_formula=operative.formula,
            operative=operative.clauses,
            head_notes=head_notes,
            span=_span_over(span(head), last_span),
        )

    def operative(self, children: list) -> Operative:
        clauses = tuple(c for c in children if isinstance(c, Clause | Unclassified))
        first = span(children[0]) if isinstance(children[0], LineToken) else clauses[0].span
        formula = (
            strip_markup(children[0].info.text).rstrip(":").strip() if isinstance(children[0], LineToken) else None
        )
        if formula is None and len(clauses) == 1 and isinstance(clauses[0], Clause) and clauses[0].num is None:
            formula = inline_text(clauses[0].content).split(maxsplit=1)[0]  # Resolves to approve …
        return Operative(formula, clauses, _span_over(first, _last_span(clauses) or first))

    def preamble_clause(self, children: list) -> Clause:
        head, *items = children
        return Clause(None, parse_inline(head.info.text), nest_items(items), _span_over(span(head), _last_span(items)))

    def operative_clause(self, children: list) -> Clause:
        head, *items = children
        return Clause(
            head.info.label, parse_inline(head.info.text), nest_items(items), _span_over(span(head), _last_span(items))
        )

    # -- document ----------------------------------------------------------------------------------

    def annex(self, children: list) -> Part:
        if isinstance(children[0], Figure):  # a chart on its own
            return Part(Meta(), (children[0],), children[0].span)
        first = span(children[0]) if isinstance(children[0], LineToken) else None
        label = strip_markup(children[0].info.text) if first else None
        header = next((c for c in children if isinstance(c, Header)), None)
        body = children[-1]
        start = first or (header.span if header else None) or _first_span(body)
        return Part(header.meta if header else Meta(), body, _span_over(start, _last_span(body) or start), label)

    def start(self, children: list) -> tuple[Part, list[Part]]:
        header = children[0] if isinstance(children[0], Header) else None
        rest = children[1:] if header else children
        return Part(header.meta if header else Meta(), rest[0]), list(rest[1:])


def _first_span(blocks: Any) -> Span | None:
    return blocks[0].span if blocks else None


def _last_span(blocks: Any) -> Span | None:
    return blocks[-1].span if blocks else None


def _section(children: list, level: int) -> Section:
    head, content, *subsections = children
    blocks = (*content, *subsections)
    return Section(
        head.info.label, parse_inline(head.info.text), level, blocks, _span_over(span(head), _last_span(blocks))
    )


# --------------------------------------------------------------------------------------------------
# Helpers with the heuristics the grammar leaves to the builder

_ADOPTION = re.compile(
    r"Adopted by the (?P<body>.+?) at its (?P<ordinal>\S+) (?P<what>meeting|session)\b.*?(?: on (?P<date>.+))?$",
    re.IGNORECASE,
)


def parse_adoption(text: str) -> Adoption:
    """``(Adopted by the Council at its 407th meeting on 29 November 1995)`` → `Adoption`."""
    raw = strip_markup(text)
    match = _ADOPTION.search(raw.strip("()"))
    if not match:
        return Adoption(raw)
    number = ordinal_to_int(match.group("ordinal"))
    is_meeting = match.group("what").lower() == "meeting"
    return Adoption(
        raw=raw,
        body=match.group("body"),
        meeting=number if is_meeting else None,
        session=None if is_meeting else number,
        date=parse_date(match.group("date") or ""),
    )


_APPROVAL = re.compile(r"approved by the .+? (?:at|on) .*?(?P<ref>Resolutions? Nos?\..+)", re.IGNORECASE)
_REPORTED = re.compile(r"REPORT ON THE (?P<session>.+? SESSION)\b", re.IGNORECASE)
_SUBMISSION = re.compile(
    r"submitted to the (?P<organ>.+?) at its (?P<session>.+? Session)(?: (?:in|on) (?P<date>[^.]+))?", re.IGNORECASE
)


def _iso_month_or_date(text: str) -> str | None:
    """``June 2012`` → ``2012-06``; ``4 June 2012`` → ``2012-06-04``; else ``None``."""
    ref = date_ref(text.strip())
    return ref.start if ref is not None and ref.start == ref.end else None


_SPEAKER_LINE = re.compile(r"Statement by\s*:\s*(?P<name>.+)")
_OCCASION_SESSION = re.compile(r"(?P<session>.+?\bsession)\b", re.IGNORECASE)


def header_meta(fields: list[LineToken]) -> Meta:
    """The facts of a header block.

    Each kind of line fills its field once; a second line of the same kind (a second date, say) is kept in
    ``other`` as written, so no header line is ever lost. The first line in capitals is the title, the next
    the subtitle. Bold lines are a statement's letterhead, the last of them its speaker when no
    ``Statement by:`` line names one.
    """
    values: dict[str, Any] = {}
    other: list[str] = []
    notes: list[str] = []
    bold: list[str] = []

    def put(name: str, value: Any, text: str) -> None:
        if value is None or name in values:
            other.append(text)
        else:
            values[name] = value

    for token in fields:
        text = strip_markup(token.info.text)
        kind = token.type
        if kind == "SYMBOL_LINE":
            put("symbol", parse_symbol(text.rstrip("*")), text)
        elif kind == "ORIGINAL" and "original_language" in values:
            other.append(text)  # a second Original line, kept whole
        elif kind == "ORIGINAL":
            values["original_language"] = token.info.match_group("text")
            rest = strip_markup(token.info.match_group("date") or "")
            shared = parse_date(rest) if FULL_DATE.fullmatch(rest) else None
            if shared and "date" not in values:
                values["date"] = shared
            elif rest:  # Original: English 14 May 2012 with a date already read, or with something else
                other.append(rest)
        elif kind == "DATE_LINE":
            put("date", parse_date(text), text)
        elif kind == "SESSION_LINE":
            put("session", parse_session(text), text)
        elif kind == "ORGAN":
            put("organ", text, text)
        elif kind == "CAPS" and "title" not in values:
            values["title"] = text.rstrip("*").rstrip()
            raw = token.info.text.strip()
            marks = len(raw) - len(raw.rstrip("*")) - (len(raw) - len(raw.lstrip("*")))
            if marks > 0:  # COUNCIL*** (bold closing, then the note marker) or COUNCIL*
                values["title_note_marker"] = "*" * marks
            reported = _REPORTED.search(text)
            if reported:
                values["reported_session"] = parse_session(reported.group("session"))
        elif kind in {"CAPS", "SUBTITLE"}:
            put("subtitle", text, text)
        elif kind == "SPEAKER":
            named = _SPEAKER_LINE.fullmatch(text)
            put("speaker", named.group("name") if named else text, text)
            if named and values.get("speaker") == named.group("name"):
                values["speaker_label"] = text[: named.start("name")].strip()
        elif kind == "OCCASION":
            put("occasion", text, text)
            session = _OCCASION_SESSION.match(text)
            parsed = parse_session(session.group("session")) if session else None
            if parsed and "session" not in values:  # read out of the meeting line: its raw text is that line
                values["session"] = evolve(parsed, raw=text)
        elif kind == "PLACE":
            put("place", text, text)
        elif kind == "MEETING_DATES":  # Geneva, 24th – 27th November 2015: the place stays in the raw text
            dates = text if parse_date_range(text) is not None else text.partition(", ")[2]
            found = parse_date_range(dates)
            put("meeting", DateRange(found.start, found.end, text) if found else None, text)
        elif kind == "RAPPORTEUR":
            put("rapporteur", token.info.match_group("text"), text)
        elif kind == "NOTE":
            note = text.removeprefix("*").strip()
            notes.append(note)
            approval = _APPROVAL.search(note)
            if approval and "approval" not in values:
                values["approval"] = resolution_ref(approval.group("ref").rstrip("."))
            submission = _SUBMISSION.search(note)
            if submission and "submission" not in values:
                values["submission"] = Submission(
                    submission.group("organ"),
                    parse_session(submission.group("session")),
                    _iso_month_or_date(submission.group("date") or ""),
                )
        elif kind in ("BOLD", "LETTERHEAD"):  # a span over several lines is a letterhead of several lines
            bold += [strip_markup(line) for line in token.info.raw] if len(token.info.raw) > 1 else [text]
        else:  # HEADER_TEXT
            other.append(text)
    if bold and "speaker" not in values:
        values["speaker"] = bold.pop()
    return Meta(**values, letterhead=tuple(bold), notes=tuple(notes), other=tuple(other))


_CELL = re.compile(r"\S+(?: \S+)*")  # cells are separated by two spaces or more


def table_cells(rows: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A best-effort split of a table's rows into cells, on runs of two spaces or more. A row whose first
    cell starts right of the first column (a header row over the figures) gets an empty first cell."""
    spans = [[(m.start(), m.end(), m.group()) for m in _CELL.finditer(row)] for row in rows]
    starts = [cells[0][0] for cells in spans if cells]
    if not starts:
        return tuple(() for _ in rows)
    left = min(starts)
    first_column_end = max(cells[0][1] for cells in spans if cells and cells[0][0] == left)
    return tuple(
        tuple(([""] if cells and cells[0][0] >= first_column_end else []) + [text for _, _, text in cells])
        for cells in spans
    )


_CONTENTS_LABEL = re.compile(r"\((?P<label>[a-z]{1,2}|[ivxlc]+)\)\s+(?P<title>.+)")


def nest_contents(lines: list[LineToken]) -> tuple[ContentsEntry, ...]:
    """Entries of a table of contents, with ``(a)`` entries under the entry before them and ``(i)`` entries
    under those (a roman ``(i)`` being told from the letter by the same rule as list items)."""
    top: list[ContentsEntry] = []
    for line in lines:
        title = strip_markup(line.info.match_group("text") or "")
        page = line.info.label
        labelled = _CONTENTS_LABEL.fullmatch(title)
        entry = ContentsEntry(title, page)
        if not labelled or not top:
            top.append(entry)
            continue
        label = f"({labelled.group('label')})"
        parent = top[-1]
        is_roman = _ROMAN_LABEL.fullmatch(label) and parent.children and not _follows_letter(parent, label)
        if is_roman and parent.children:
            inner = parent.children[-1]
            parent = evolve(parent, children=(*parent.children[:-1], evolve(inner, children=(*inner.children, entry))))
        else:
            parent = evolve(parent, children=(*parent.children, entry))
        top[-1] = parent
    return tuple(top)


def _follows_letter(parent: ContentsEntry, label: str) -> bool:
    """Whether ``label`` is the next letter after the last lettered child of ``parent`` (``(h)`` → ``(i)``)."""
    last = _CONTENTS_LABEL.fullmatch(parent.children[-1].title)
    return bool(last and len(last.group("label")) == 1 and ord(label[1]) == ord(last.group("label")) + 1)


_LETTER = re.compile(r"\(([a-z])\)")
_ROMAN_LABEL = re.compile(r"\(([ivxlc]+)\)")


def nest_items(items: list) -> tuple:
    """Put roman-numbered items ``(i)``, ``(ii)`` under the lettered item before them.

    ``(i)`` right after ``(h)`` is the letter i; ``(i)`` after any other letter opens a roman run.
    Other children (quotes, unclassified blocks) stay where they are. Each parent is rebuilt once, with all
    its roman children, so a long run costs linear time.
    """
    result: list = []
    nested: dict[int, list[Item]] = {}  # index in result of a lettered item → the roman items under it
    parent_index: int | None = None
    previous_letter: str | None = None
    in_roman_run = False
    for item in items:
        if not isinstance(item, Item) or item.label is None:
            result.append(item)
            parent_index, in_roman_run = None, False
            continue
        roman = _ROMAN_LABEL.fullmatch(item.label)
        letter = _LETTER.fullmatch(item.label)
        is_next_letter = bool(letter and previous_letter and ord(letter.group(1)) == ord(previous_letter) + 1)
        if roman and parent_index is not None and (in_roman_run or item.label == "(i)") and not is_next_letter:
            nested.setdefault(parent_index, []).append(item)
            in_roman_run = True
            continue
        result.append(item)
        in_roman_run = False
        if letter:
            previous_letter = letter.group(1)
            parent_index = len(result) - 1
        else:
            parent_index = None
    for index, children in nested.items():
        parent = result[index]
        result[index] = evolve(
            parent, children=(*parent.children, *children), span=_span_over(parent.span, children[-1].span)
        )
    return tuple(result)


# --------------------------------------------------------------------------------------------------
# Assembly: the document-wide pass


def assemble(main: Part, annex_parts: list[Part], aside: Lexed, diagnostics: list[Diagnostic]) -> Document:
    """Build the `Document`: gather compiled resolutions, label annexes, link footnotes, decide the kind."""
    main, annex_parts = _gather_compilation(main, annex_parts)
    main = evolve(main, body=tuple(_with_session(block, main.meta) for block in main.body))
    annexes = tuple(_annexes(annex_parts, diagnostics))
    body = main.body
    meta = evolve(main.meta, kind=_kind(main.meta, body))
    if meta.kind == "resolution" and meta.title is None:
        meta = evolve(meta, title=body[0].title)
    annexes = tuple(evolve(a, meta=evolve(a.meta, kind=_kind(a.meta, a.body))) for a in annexes)
    document = Document(meta=meta, body=body, annexes=annexes, pages=aside.pages)
    footnotes = _link_footnotes(document, aside.footnotes, aside.markers, diagnostics)
    furniture = tuple(Furniture(line.kind.lower(), strip_markup(line.text), line.start) for line in aside.furniture)
    _check_numbering(document, diagnostics)
    return evolve(
        document,
        footnotes=footnotes,
        furniture=furniture,
        diagnostics=tuple(sorted(diagnostics, key=lambda d: (d.line or 0, d.code))),
    )


def iter_all_blocks(document: Document):
    """Every block of the document and its annexes."""
    yield from iter_blocks(document.body)
    for annex in document.annexes:
        yield from iter_blocks(annex.body)


def _annexes(parts: list[Part], diagnostics: list[Diagnostic]):
    number = 0
    for part in parts:
        number += 1
        label = part.label
        inferred = label is None
        if label is not None:
            roman = label.split()[-1] if len(label.split()) > 1 else None
            number = roman_to_int(roman) or number if roman else number
        else:
            label = f"Annex {int_to_roman(number)}"
            line = part.span.start if part.span else None
            diagnostics.append(
                Diagnostic(
                    "info",
                    "annex-label-inferred",
                    f"no label line before this annex; labelled {label} by position",
                    line,
                )
            )
        yield Annex(label, inferred, part.meta, part.body, part.span)


def _gather_compilation(main: Part, parts: list[Part]) -> tuple[Part, list[Part]]:
    """A document of resolutions, each under its own header block, is a compilation, not a document with
    annexes: its resolutions are gathered into the body, each keeping its header facts."""
    if not _only_resolution(main.body):
        return main, parts
    compiled = [main]
    while len(compiled) <= len(parts) and parts[len(compiled) - 1].label is None:
        candidate = parts[len(compiled) - 1]
        if not (_only_resolution(candidate.body) and candidate.meta.symbol is not None):
            break
        compiled.append(candidate)
    if len(compiled) == 1:
        return main, parts
    body = tuple(evolve(part.body[0], header=part.meta) for part in compiled)
    return Part(evolve(main.meta, kind="draft_resolutions"), body, main.span, main.label), parts[len(compiled) - 1 :]


def _with_session(block: Block, meta: Meta) -> Block:
    """A resolution without a roman session in its number takes the session of its header block (its own,
    in a compilation, else the document's); a sole resolution gives the document its title."""
    if not isinstance(block, Resolution):
        return block
    header = block.header or meta
    if block.session is None and header.session is not None:
        block = evolve(block, session=header.session)
    return block


def _only_resolution(body: tuple[Block, ...]) -> bool:
    return len(body) == 1 and isinstance(body[0], Resolution)


_REPORT_TITLE = re.compile(r"(?:DRAFT )?REPORT ON THE .*SESSION", re.IGNORECASE)
_SCPF = "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"


def _kind(meta: Meta, body: tuple[Block, ...]) -> str:
    """What kind of document a header and body make (see `Meta`)."""
    if meta.kind != "document":
        return meta.kind
    if meta.speaker or meta.letterhead or any(isinstance(b, Salutation) for b in body):
        return "statement"
    if _only_resolution(body):
        return "resolution"
    if meta.title and _REPORT_TITLE.match(meta.title):
        return "report"
    if meta.symbol and meta.symbol.series.endswith("INF"):
        return "information_note"
    if (meta.organ or "").upper() == _SCPF or (meta.symbol and meta.symbol.series in ("S", "SCPF")):
        return "scpf_document"
    return "document"


def _note_markers(runs: tuple[Inline, ...]) -> list[str]:
    found: list[str] = []
    for run in runs:
        if isinstance(run, NoteRef):
            found.append(run.marker)
        elif isinstance(run, Strong | Emphasis):
            found.extend(_note_markers(run.children))
    return found


def _link_footnotes(
    document: Document, bodies: list[LogicalLine], markers: bool, diagnostics: list[Diagnostic]
) -> tuple[Footnote, ...]:
    """Footnote bodies matched to the markers in the blocks, by number; the tree is walked only when the
    text has markers at all."""
    anchors: dict[str, str] = {}
    for path, block in paths.walk(document) if markers else ():
        runs = paths.own_runs(block)
        for marker in _note_markers(runs):
            if marker in anchors:
                diagnostics.append(
                    Diagnostic(
                        "warning",
                        "footnote-marker-repeated",
                        f"footnote marker {marker} appears more than once",
                        block.span.start if block.span else None,
                    )
                )
            else:
                anchors[marker] = path
    footnotes: list[Footnote] = []
    for body in bodies:
        marker = (body.label or "").translate(SUPERSCRIPT_TO_DIGIT)
        anchor = anchors.pop(marker, None)
        if anchor is None:
            diagnostics.append(
                Diagnostic(
                    "warning", "footnote-without-marker", f"footnote {marker} has no marker in the text", body.start
                )
            )
        footnotes.append(Footnote(marker, parse_inline(body.text), anchor, Span(body.start, body.end)))
    for marker, path in anchors.items():
        diagnostics.append(
            Diagnostic(
                "warning", "marker-without-footnote", f"footnote marker {marker} in {path} has no footnote body", None
            )
        )
    return tuple(footnotes)


def _check_numbering(document: Document, diagnostics: list[Diagnostic]) -> None:
    for blocks in (document.body, *(a.body for a in document.annexes)):
        expected = 1
        for block in iter_blocks(blocks):
            if isinstance(block, Paragraph) and block.num is not None:
                number = int(block.num)
                if number != expected:
                    diagnostics.append(
                        Diagnostic(
                            "warning",
                            "paragraph-number-gap",
                            f"paragraph {number} follows paragraph {expected - 1}",
                            block.span.start if block.span else None,
                        )
                    )
                expected = number + 1
