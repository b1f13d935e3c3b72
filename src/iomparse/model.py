"""The document tree: frozen, slotted attrs classes compared by value.

Every node is immutable and holds its children in tuples, so trees can be hashed, compared and shared.
Block nodes keep the source line span they were read from (1-based, inclusive); inline nodes do not.

The tree has three layers:

* inline runs (`Text`, `Strong`, `Emphasis`, `NoteRef`, `DocRef`, `ResolutionRef`, `DateRef`) inside
* blocks (`Section`, `Paragraph`, `Item`, `Quote`, `Resolution`, `Clause`, `Salutation`, `Contents`,
  `Table`, `Figure`, `Unclassified`) inside
* a `Document` with its `Meta` (header facts), `Annex`es, `Footnote`s, page `Furniture` and `Diagnostic`s.

Inline runs are kept in one normal form, so that equal text always gives equal runs: adjacent `Text` runs
are merged and empty ones dropped (the `runs` converter does it on construction).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from attrs import field, frozen

if TYPE_CHECKING:
    from .citations import Cited


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Converter used on every child sequence: accept any iterable, store a tuple."""
    return tuple(value)


def _rows(rows: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    """Converter of rows of cells: any iterables, stored as tuples."""
    return tuple(tuple(row) for row in rows)


def _ordered(instance: Span, _attribute: object, end: int) -> None:
    if not 1 <= instance.start <= end:
        raise ValueError(f"a span runs from line 1 on, start <= end: got {instance.start}..{end}")


@frozen
class Span:
    """Source lines a node was read from: 1-based, `start <= end`, both inclusive."""

    start: int
    end: int = field(validator=_ordered)


# --------------------------------------------------------------------------------------------------
# Values


def _check_parts(parts: tuple[str, ...], minimum: int = 0) -> None:
    if len(parts) < minimum or any(not part or "/" in part or part != part.strip() for part in parts):
        raise ValueError(f"symbol parts must be non-empty and hold no '/' or outer spaces: {parts!r}")


@frozen
class Symbol:
    """A document symbol such as ``MC/INF/274``, ``C/106/54/Rev.1`` or ``MICEM/9/2002``.

    ``parts`` are the slash-separated elements of the base symbol, ``suffixes`` the stacked
    ``Rev.n`` / ``Corr.n`` / ``Add.n`` elements after it.
    """

    parts: tuple[str, ...] = field(converter=_tuple, validator=lambda _i, _a, v: _check_parts(v, minimum=1))
    suffixes: tuple[str, ...] = field(default=(), converter=_tuple, validator=lambda _i, _a, v: _check_parts(v))

    def __str__(self) -> str:
        return "/".join(self.parts + self.suffixes)

    @property
    def series(self) -> str:
        """The series, e.g. ``MC/INF``, ``C/L``, ``C/RES``, ``C/Sp/L``, ``SCPF``, ``MICEM``."""
        return "/".join(p for p in self.parts if not p[0].isdigit())

    @property
    def number(self) -> str:
        """The running number within the series (``MICEM/9/2002`` → ``9``)."""
        digits = [p for p in self.parts if p[0].isdigit()]
        if self.parts[0] in ("C", "S") and len(digits) > 1:
            return digits[-1]
        return digits[0] if digits else ""

    @property
    def session(self) -> int | None:
        """The session number built into C-era and SCPF ``S/`` symbols, else ``None``."""
        if self.parts[0] in ("C", "S") and len(self.parts) > 2 and self.parts[1].isdigit():
            return int(self.parts[1])
        return None


@frozen
class Session:
    """A session of a governing body: its number, the text it was read from, and whether it was special."""

    number: int
    raw: str
    special: bool = False


@frozen
class DateRange:
    """A span of days such as meeting dates; ``start == end`` for a single day."""

    start: dt.date
    end: dt.date
    raw: str


@frozen
class Submission:
    """What a cover note says a document is submitted to: ``This document is submitted to the Executive
    Committee at its Hundred and ninth Session in June 2012`` → the organ, its session, the date (ISO;
    ``YYYY-MM`` for a month)."""

    organ: str
    session: Session | None = None
    date: str | None = None


@frozen
class Adoption:
    """An adoption line: ``(Adopted by the Council at its 407th meeting on 29 November 1995)``."""

    raw: str
    body: str | None = None
    meeting: int | None = None
    session: int | None = None
    date: dt.date | None = None


# --------------------------------------------------------------------------------------------------
# Inline runs


def runs(value: object) -> tuple[Inline, ...]:
    """Converter for inline content: a tuple with adjacent `Text` runs merged and empty ones dropped."""
    if type(value) is tuple and len(value) == 1 and (type(value[0]) is not Text or value[0].text):
        return value  # one run, already as it should be: most blocks
    merged: list[Inline] = []
    for run in value:  # type: ignore[attr-defined]
        if isinstance(run, Text):
            if not run.text:
                continue
            if merged and isinstance(merged[-1], Text):
                merged[-1] = Text(merged[-1].text + run.text)
                continue
        merged.append(run)
    return tuple(merged)


@frozen
class Text:
    """Plain text."""

    text: str


@frozen
class Strong:
    """Bold text (``**…**`` in converter output)."""

    children: tuple[Inline, ...] = field(converter=runs)


@frozen
class Emphasis:
    """Italic text (``*…*`` in converter output)."""

    children: tuple[Inline, ...] = field(converter=runs)


@frozen
class NoteRef:
    """A footnote marker; ``marker`` is the footnote's number as text (``"3"``, ``"12"``) or ``"*"``."""

    marker: str


@frozen
class DocRef:
    """A document symbol cited in running text. ``own`` is true when it is the document's own symbol."""

    symbol: Symbol
    text: str
    own: bool = False


@frozen
class ResolutionRef:
    """A resolution citation such as ``Resolution No. 923 (LXXI)`` or ``Resolution No. 1289 of 25 November 2014``.

    ``numbers`` has several entries for ``Resolutions Nos. 1310 and 1311``.
    """

    numbers: tuple[int, ...] = field(converter=_tuple)
    text: str
    session: int | None = None
    date: dt.date | None = None


@frozen
class DateRef:
    """A date or a range of dates in running text, as ISO 8601 strings: ``4 November 2004`` → start and end
    ``2004-11-04``; ``2-4 December 2002`` → ``2002-12-02`` to ``2002-12-04``; ``November 1995`` → ``1995-11``."""

    start: str
    end: str
    text: str


@frozen
class SessionRef:
    """A session of a governing body named in running text: ``Eighty-Fourth Session of the Council``,
    ``109th Session`` (``text`` is the words that name it)."""

    session: Session
    text: str


@frozen
class ConstitutionRef:
    """An article of the IOM Constitution cited in running text: ``Article 4 of the Constitution``."""

    article: str
    text: str


@frozen
class UNRef:
    """A United Nations document cited in running text: ``resolution 73/195``, ``A/RES/71/280``."""

    text: str


@frozen
class NameList:
    """A list of names in running text, kept as names: the Member States represented at a session
    (``Afghanistan, Albania, … and Zimbabwe``); ``text`` is the list as written."""

    names: tuple[str, ...] = field(converter=_tuple)
    text: str


Inline: TypeAlias = (
    Text
    | Strong
    | Emphasis
    | NoteRef
    | DocRef
    | ResolutionRef
    | DateRef
    | SessionRef
    | ConstitutionRef
    | UNRef
    | NameList
)


# --------------------------------------------------------------------------------------------------
# Blocks


@frozen
class Item:
    """A list item: ``(a) …`` (``label="(a)"``) or a bullet (``label=None``), with nested items."""

    label: str | None
    content: tuple[Inline, ...] = field(converter=runs)
    children: tuple[Item, ...] = field(default=(), converter=_tuple)
    span: Span | None = None


@frozen
class Paragraph:
    """A paragraph: numbered (``num="12"``) or not, with what belongs to it: list items, quotations, tables
    (and lines the parser could not place between them)."""

    num: str | None
    content: tuple[Inline, ...] = field(converter=runs)
    children: tuple[Item | Quote | Table | Unclassified, ...] = field(default=(), converter=_tuple)
    span: Span | None = None


@frozen
class Quote:
    """Quoted text set off from a paragraph: a mission statement, a quoted list."""

    children: tuple[Paragraph | Item | Table | Unclassified, ...] = field(converter=_tuple)
    span: Span | None = None


@frozen
class Section:
    """A headed section. ``num`` is the heading's own label (``"I"``, ``"V.1"``, ``"(1)"``, ``"Objective 3"``)."""

    num: str | None
    heading: tuple[Inline, ...] = field(converter=runs)
    level: int
    children: tuple[Block, ...] = field(default=(), converter=_tuple)
    span: Span | None = None


@frozen
class Clause:
    """A preamble or operative clause of a resolution, with its list items and the tables it sets out
    (``To fix the contributions … as follows:`` over a table of Member States)."""

    num: str | None
    content: tuple[Inline, ...] = field(converter=runs)
    children: tuple[Item | Table, ...] = field(default=(), converter=_tuple)
    span: Span | None = None


@frozen
class Resolution:
    """A resolution (adopted or draft): number, session, adoption line, title, preamble and operative part.

    ``header`` holds the facts of the resolution's own header block when it has one (each draft of a
    compilation does); ``head_notes`` the other lines between its heading and its title (``Submitted by the
    Chairperson``). ``operative_formula`` is the verb that opens the operative part, ``Resolves`` or
    ``Decides``: on a line of its own (``Resolves:``) or as the first word of a single clause without a
    number (``Resolves to approve …``, kept whole as the clause); ``None`` when numbered clauses stand
    alone (``1. Approves …``).
    """

    number: int | None
    session: Session | None
    draft: bool
    adoption: Adoption | None
    title: str | None
    formula: str | None
    preamble: tuple[Clause | Unclassified, ...] = field(converter=_tuple)
    operative_formula: str | None
    operative: tuple[Clause | Unclassified, ...] = field(converter=_tuple)
    header: Meta | None = None
    head_notes: tuple[str, ...] = field(default=(), converter=_tuple)
    span: Span | None = None
    place: str | None = None  # a draft's place among those under one cover: DRAFT RESOLUTION II → "II"

    @property
    def heading(self) -> str:
        """The heading line as printed: ``RESOLUTION No. 923 (LXXI)``, ``DRAFT RESOLUTION``, ``DRAFT
        RESOLUTION II``. The session is shown when it is a roman numeral, as in the heading it came from."""
        head = "DRAFT RESOLUTION" if self.draft else "RESOLUTION"
        if self.place is not None:
            head += f" {self.place}"
        if self.number is not None:
            head += f" No. {self.number}"
            if self.session and self.session.raw and set(self.session.raw) <= set("IVXLC"):
                head += f" ({self.session.raw})"
        return head

    @property
    def operative_style(self) -> str | None:
        """``infinitive`` (``1. To approve …``), ``verb_initial`` (``1. Approves …``), ``single``, or ``None``."""
        clauses = [c for c in self.operative if isinstance(c, Clause)]
        if not clauses:
            return None
        if len(clauses) == 1 and clauses[0].num is None:
            return "single"
        first = inline_text(clauses[0].content).lstrip()
        return "infinitive" if first.startswith("To ") else "verb_initial"


@frozen
class Salutation:
    """A salutation line of a statement: ``Distinguished delegates, ladies and gentlemen,``."""

    text: str
    span: Span | None = None


@frozen
class ContentsEntry:
    """An entry of a table of contents: its title, the page it names, and the entries nested under it;
    ``paragraphs``, the paragraphs it covers where a ``Paragraphs`` column stands beside the ``Page`` one
    (``1-4``, a report's: the pages' column is then ``page``)."""

    title: str
    page: str | None
    children: tuple[ContentsEntry, ...] = field(default=(), converter=_tuple)
    paragraphs: str | None = None


@frozen
class Contents:
    """A table of contents (``CONTENTS`` / ``TABLE OF CONTENTS``), kept apart from headings and paragraphs."""

    heading: str
    entries: tuple[ContentsEntry, ...] = field(converter=_tuple)
    column: str | None = None  # the column label, "Page"
    span: Span | None = None


@frozen
class Table:
    """A table laid out with spaces: its rows as written (``rows``) and a best-effort split into cells.

    ``caption`` is a line such as ``(in Swiss francs)`` set right above it.
    """

    rows: tuple[str, ...] = field(converter=_tuple)
    cells: tuple[tuple[str, ...], ...] = field(converter=_rows)
    caption: str | None = None
    span: Span | None = None


@frozen
class Figure:
    """What survives of a chart or picture: its text fragments, one per line."""

    lines: tuple[str, ...] = field(converter=_tuple)
    span: Span | None = None


@frozen
class Unclassified:
    """Text the parser could not place, kept verbatim with its source lines (and reported as a diagnostic)."""

    lines: tuple[str, ...] = field(converter=_tuple)
    span: Span | None = None


Block: TypeAlias = (
    Section | Paragraph | Item | Quote | Resolution | Clause | Salutation | Contents | Table | Figure | Unclassified
)

# --------------------------------------------------------------------------------------------------
# Document


@frozen
class Meta:
    """Facts from a header block.

    ``kind`` is one of `iomparse.document_kinds.KINDS` (``statement``, ``resolution``, ``draft_resolutions``,
    ``resolutions``, ``agenda``, ``corrigendum``, ``report``, ``summary_record``, ``rules_of_procedure``,
    ``programme_and_budget``, ``scale_of_assessment``, ``information_note``, ``scpf_document``, ``document``),
    from the evidence `iomparse.document_kinds.KIND_RULES` weighs. ``organ`` is the issuing body as printed
    (``COUNCIL``, ``STANDING COMMITTEE ON PROGRAMMES AND FINANCE``); ``meeting`` the dates of the session a
    report covers (or of the meeting a statement was made at); ``notes`` the cover notes as written (``This
    document is submitted to …``), ``approval`` the resolution an approval note names and ``submission`` the
    body and session a
    submission note names. ``title_note_marker`` is the ``*`` that ties the title to a cover note;
    ``reported_session`` the session a report's title names (``REPORT ON THE 107TH SESSION …``), which
    differs from ``session``, the session the document was issued under. A statement has its
    ``letterhead`` (a mission's name and address) and ``occasion`` (``106th Session of the Council, General
    Debate``); ``speaker_label`` is the label written before the speaker's name (``Statement by:``), if any.
    ``other_symbols`` are the further symbols a cover gives the same document (``C/118/L/3 and C/118/L/4``:
    ``symbol`` is the first). ``other`` holds every other header line, as written (``Check against
    delivery``, a second date).
    """

    kind: str = "document"
    symbol: Symbol | None = None
    other_symbols: tuple[Symbol, ...] = field(default=(), converter=_tuple)
    original_language: str | None = None
    date: dt.date | None = None
    session: Session | None = None
    organ: str | None = None
    title: str | None = None
    title_note_marker: str | None = None
    reported_session: Session | None = None
    subtitle: str | None = None
    speaker: str | None = None
    speaker_label: str | None = None
    letterhead: tuple[str, ...] = field(default=(), converter=_tuple)
    occasion: str | None = None
    place: str | None = None
    meeting: DateRange | None = None
    rapporteur: str | None = None
    notes: tuple[str, ...] = field(default=(), converter=_tuple)
    approval: ResolutionRef | None = None
    submission: Submission | None = None
    other: tuple[str, ...] = field(default=(), converter=_tuple)


@frozen(repr=False)
class Annex:
    """An annex: a child document with its own header facts and body. ``label_inferred`` is true when the
    label line (``Annex II``) was missing and the label was given by position."""

    label: str | None
    label_inferred: bool
    meta: Meta
    body: tuple[Block, ...] = field(converter=_tuple)
    span: Span | None = None

    def __repr__(self) -> str:
        """Short, whatever the annex's size: ``<Annex 'Annex II': 3 blocks>``."""
        return f"<Annex {self.label!r}: {_counted(len(self.body), 'block')}>"


@frozen
class Footnote:
    """A footnote body. ``anchor`` is the path of the block holding its marker (see `iomparse.paths`),
    or ``None`` when no marker was found."""

    marker: str
    content: tuple[Inline, ...] = field(converter=runs)
    anchor: str | None
    span: Span | None = None


@frozen
class Furniture:
    """A line of page furniture removed from the text flow (running header, page label, repeated title)."""

    kind: str
    text: str
    line: int


@frozen
class Diagnostic:
    """Something unusual met while parsing: ``severity`` is ``error``, ``warning`` or ``info``."""

    severity: str
    code: str
    message: str
    line: int | None = None


@frozen
class Source:
    """Where a document was read from, and by what: a pipeline re-reads a file when any of these changes.

    ``name`` is the file as given (``None`` for a text passed to `iomparse.parse` without ``source=``);
    ``size`` and ``sha256`` (hex) are those of the input bytes (a PDF's, a text file's, a ``str``'s UTF-8);
    ``iomparse`` is the version that read it and ``rules`` a hash (hex) of its grammar files and of the code
    and rule tables that read them (`iomparse.provenance.rules_hash`).
    """

    name: str | None
    size: int
    sha256: str
    iomparse: str
    rules: str


@frozen(repr=False)
class Document:
    """A parsed council document; ``source`` says what it was read from (`Source`), ``page_starts`` where its
    pages start (`page_of`)."""

    meta: Meta
    body: tuple[Block, ...] = field(converter=_tuple)
    annexes: tuple[Annex, ...] = field(default=(), converter=_tuple)
    footnotes: tuple[Footnote, ...] = field(default=(), converter=_tuple)
    furniture: tuple[Furniture, ...] = field(default=(), converter=_tuple)
    diagnostics: tuple[Diagnostic, ...] = field(default=(), converter=_tuple)
    pages: int = 1
    page_starts: tuple[int, ...] = field(default=(), converter=_tuple)
    source: Source | None = None

    def page_of(self, line: int) -> int:
        """The page the source line ``line`` is on, 1-based, by ``page_starts`` (the source line each page after
        the first starts at, where the text marks its pages: form feeds, as PDF readers and ``pdftotext``
        write them)."""
        return bisect_right(self.page_starts, line) + 1

    @property
    def id(self) -> str:
        """The document's identity, to join on: its symbol and the language it is written in
        (``MC/INF/274@en``; the symbol alone where the language cannot be told), the three language versions
        of one symbol thus told apart; without a symbol, ``sha256:`` and the first 16 hex digits of the
        input's hash (of its canonical text when it has no `Source`)."""
        if self.meta.symbol is not None:
            language = self.language
            return f"{self.meta.symbol}@{language}" if language else str(self.meta.symbol)
        if self.source is not None:
            return f"sha256:{self.source.sha256[:16]}"
        from hashlib import sha256

        from .codecs.text import to_text  # the codecs read this model: imported on use

        return f"sha256:{sha256(to_text(self).encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"

    @property
    def language(self) -> str | None:
        """The language the document's text is written in, ``en``, ``fr`` or ``es`` (`iomparse.language`), or
        ``None`` when its words do not tell."""
        from .language import SAMPLE, language_of
        from .paths import blocks  # paths walks this model: imported on use

        texts, length = [], 0
        for placed in blocks(self):  # (the first blocks are sample enough: the rest is not read)
            texts.append(text_of(placed.block))
            length += len(texts[-1]) + 1
            if length >= SAMPLE:
                break
        return language_of("\n".join(texts))

    @property
    def frbr_iri(self) -> str:
        """The Akoma Ntoso FRBR expression IRI `iomparse.to_akn` gives the document
        (``/akn/un/doc/note/iom/2004-11-04/MC-INF-274/eng@``)."""
        from .codecs.akn import frbr_iri  # (imports lxml)

        return frbr_iri(self)

    @property
    def references(self) -> tuple[Reference, ...]:
        """Every citation in the text (documents, resolutions, dates, sessions, articles of the Constitution,
        UN resolutions), with the path of its block (``cover_note_1`` for a cover note's)."""
        from .paths import references  # paths walks this model: imported on use

        return references(self)

    def __repr__(self) -> str:
        """Short, whatever the document's size (`pretty` outlines it; ``attrs.asdict`` gives every field):
        ``<Document MC/INF/274: information_note, 1 page, 8 blocks, 3 annexes, 8 footnotes, 8 diagnostics>``."""
        symbol = str(self.meta.symbol) if self.meta.symbol else "without symbol"
        counts = [(self.pages, "page"), (len(self.body), "block"), (len(self.annexes), "annex")]
        counts += [(len(self.footnotes), "footnote"), (len(self.diagnostics), "diagnostic")]
        return f"<Document {symbol}: {self.meta.kind}, {', '.join(_counted(n, what) for n, what in counts)}>"

    def pretty(self, width: int = 100) -> str:
        """An outline of the document, a line a block (indented by depth: its id and the start of its text)
        and a line a footnote, each cut to ``width`` characters."""
        from .paths import blocks, footnote_paths  # paths walks this model: imported on use

        lines = [repr(self)]
        for placed in blocks(self):
            text = " ".join(text_of(placed.block).split())
            lines.append(f"{'  ' * placed.depth}{placed.path}  {text}")
        lines += [f"{path}  {' '.join(text_of(note).split())}" for path, note in footnote_paths(self)]
        cut = [line if len(line) <= width else line[: width - 1] + "…" for line in lines[1:]]
        return "\n".join([lines[0], *cut])

    def citations(self) -> tuple[Cited, ...]:
        """Every citation the document makes, with the id of the unit making it, its target's key and its
        offsets in that unit's text: titles, cover notes, blocks, resolutions' titles, tables' rows and
        footnotes (`iomparse.citations.cited`)."""
        from .citations import cited  # citations walks this model: imported on use

        return cited(self)

    @property
    def assurance(self) -> Assurance:
        """How sure the reading is, from the diagnostics (see `Assurance`)."""
        return Assurance.of(self.diagnostics)


@frozen
class Assurance:
    """How sure a reading is. ``inferred`` counts the decisions taken on weak evidence (``info`` diagnostics,
    by code: a heading by its shape, a kind by default …); ``warnings`` counts what went wrong or may have
    (warnings and errors, by code), among them ``unclassified`` text the grammar could not place. ``level`` is
    ``unsure`` when there is any warning or the kind of document was not found, ``inferred`` when some
    decisions were weak, else ``sure``."""

    level: str
    inferred: dict[str, int]
    warnings: dict[str, int]

    @property
    def unclassified(self) -> int:
        """How many lines or blocks were kept as unclassified text."""
        return self.warnings.get("unclassified", 0)

    @classmethod
    def of(cls, diagnostics: tuple[Diagnostic, ...]) -> Assurance:
        """The assurance that ``diagnostics`` give."""
        inferred: dict[str, int] = {}
        warnings: dict[str, int] = {}
        for diagnostic in diagnostics:
            counts = inferred if diagnostic.severity == "info" else warnings
            counts[diagnostic.code] = counts.get(diagnostic.code, 0) + 1
        unsure = warnings or "kind-inferred" in inferred
        return cls("unsure" if unsure else "inferred" if inferred else "sure", inferred, warnings)

    def __str__(self) -> str:
        """One line: ``unsure: 2 warnings (unclassified 2); 5 inferred (chart 3, kind-inferred 2)``."""

        def counted(counts: dict[str, int], what: str) -> str:
            detail = ", ".join(f"{code} {count}" for code, count in sorted(counts.items()))
            total = sum(counts.values())
            return f"{total} {what}{'' if total == 1 or what == 'inferred' else 's'}" + (
                f" ({detail})" if detail else ""
            )

        return f"{self.level}: {counted(self.warnings, 'warning')}; {counted(self.inferred, 'inferred')}"


Citation: TypeAlias = DocRef | ResolutionRef | DateRef | SessionRef | ConstitutionRef | UNRef


@frozen
class Reference:
    """A citation found in the text and the path of its block (``para_2``; ``footnote_3`` for footnote 3)."""

    path: str
    ref: Citation


def _counted(number: int, what: str) -> str:
    """``1 page``, ``3 pages``, ``2 annexes``."""
    return f"{number} {what}" if number == 1 else f"{number} {what}{'es' if what.endswith('x') else 's'}"


def inline_text(runs: tuple[Inline, ...]) -> str:
    """The plain text of inline runs, markup and footnote markers dropped."""
    return "".join(_inline_text(run) for run in runs)


def _inline_text(run: Inline) -> str:
    if isinstance(run, Text):
        return run.text
    if isinstance(run, Strong | Emphasis):
        return inline_text(run.children)
    if isinstance(run, DocRef | ResolutionRef | DateRef | SessionRef | ConstitutionRef | UNRef | NameList):
        return run.text
    return ""


def text_of(node: Block | Footnote) -> str:
    """The plain text ``node`` holds itself, markup and footnote markers dropped; its children hold theirs.

    A paragraph's, item's, clause's or footnote's content; a section's heading; a resolution's title; a
    salutation's text; a table's caption and rows as written, a line each; a contents' heading and its
    entries in order, a line each (``title<TAB>page``); the lines of a figure or of text the parser could
    not place. A quote holds no text of its own (``""``).
    """
    if isinstance(node, Section):
        return inline_text(node.heading)
    if isinstance(node, Paragraph | Item | Clause | Footnote):
        return inline_text(node.content)
    if isinstance(node, Table):
        return "\n".join(([node.caption] if node.caption else []) + list(node.rows))
    if isinstance(node, Contents):
        return "\n".join([node.heading, *_entry_lines(node.entries)])
    if isinstance(node, Figure | Unclassified):
        return "\n".join(node.lines)
    if isinstance(node, Resolution):
        return node.title or ""
    if isinstance(node, Salutation):
        return node.text
    return ""


def _entry_lines(entries: tuple[ContentsEntry, ...]) -> Iterator[str]:
    for entry in entries:
        yield f"{entry.title}\t{entry.page}" if entry.page else entry.title
        yield from _entry_lines(entry.children)


def iter_blocks(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """Every block in ``blocks`` and below, depth first, in document order."""
    for block in blocks:
        yield block
        if isinstance(block, Resolution):
            yield from iter_blocks(block.preamble)
            yield from iter_blocks(block.operative)
        elif isinstance(block, Section | Paragraph | Item | Quote | Clause):
            yield from iter_blocks(block.children)
