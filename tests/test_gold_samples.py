"""Every fact in the gold files of the twelve synthetic samples, asserted against ``iomparse.parse``.

Each test function covers one family of gold keys and is parametrized over the samples (and, where a key
holds a list of independent facts, over its entries), so a test id such as
``test_resolutions[draft-resolutions-a-res3-operative_formula]`` names the sample and the fact.
`test_every_gold_key_is_mapped` fails when a gold file gains a key that no test asserts.

Text is compared as the gold files say: markup (``**``/``*``) dropped, whitespace collapsed (`plain`).

Gold key → model
----------------
Header (`test_header`):
  ``kind`` → ``doc.meta.kind``; ``not_kind`` ("not a report, …") → ``doc.meta.kind`` is not that kind;
  ``symbol`` → ``str(doc.meta.symbol)`` (``null`` → ``None``); ``symbols`` (a compilation) → the
  ``header.symbol`` of each `Resolution` in ``doc.body``; ``original_language``, ``date`` → ``doc.meta``;
  ``session`` / ``session_special`` → ``doc.meta.session.number`` / ``.special``; ``title`` → ``doc.meta.title``;
  ``subtitle`` → ``doc.meta.subtitle`` (parentheses optional); ``not_title`` → the quoted heading is a
  `Section` heading and neither ``meta.title`` nor ``meta.subtitle``; ``issuing_body`` → ``doc.meta.organ``;
  ``place``, ``rapporteur``, ``speaker`` → ``doc.meta``; ``meeting_dates`` → ``doc.meta.meeting`` (start,
  end, raw); ``reported_session`` → PROPOSED ``doc.meta.reported_session`` (a `Session`: a report's cover names
  the session it was issued under and, in its title, the session it reports on; both are kept).
Cover notes (`test_cover`):
  ``cover_notes`` → ``doc.meta.notes``; ``approved_by_resolution`` → ``doc.meta.approval`` (numbers, date;
  the approving session is only in the note text, so the note must name it); ``title_note_marker`` → the
  marker is not left in ``meta.title`` and is kept in PROPOSED ``doc.meta.title_note_marker``;
  ``cover_note_session`` → ``doc.meta.submission`` with ``organ`` (the gold's body), ``session`` (a `Session`) and
  ``date`` (ISO, a month is ``YYYY-MM``).
Page furniture (`test_furniture`):
  ``running_header_lines_removed`` / ``furniture_removed`` / ``running_title_repeat_not_a_heading`` →
  ``doc.furniture`` (``running_header`` + ``page_label``, ``running_title``, ``rule`` entries) at the line
  the description places them (before the `Contents` span, inside a paragraph's span after a footnote's);
  a removed line is in no block's text and in no header field.
Contents (`test_contents`): ``contents`` → the `Contents` block's entries (title, page as a string); a child
  entry's title starts with its label, e.g. ``"(a) Applications…"``.
Sections (`test_sections`): ``sections`` → top-level `Section` blocks of ``doc.body`` (num, heading, the
  range of numbered paragraphs below them, ``subsections`` as child sections; an unnumbered section has
  num ``None``, a level-2 section's num is its label: ``"A"``, ``"II.1"``, ``"(a)"``); ``numbered_paragraphs``
  → numbered `Paragraph` blocks of the body.
Lists (`test_lists`): ``lists`` → the `Item` children of numbered paragraph N (``labels``, with nested
  ``children`` labels, or ``bullets``: that many unlabelled items); ``inline_enumerations_kept_in`` → the
  paragraph keeps its "(a) … (b) …" inline and has no items; ``list_continues_after_footnotes`` → the items of
  paragraph N, a footnote body lying between the last item before and the first item after;
  ``attendance_list`` → PROPOSED inline run in paragraph N's content with a ``names`` tuple (an attendance
  list kept as a list of names).
Footnotes (`test_footnotes`): ``footnotes`` → ``doc.footnotes`` (a count for statements; else marker, anchor
  via `iomparse.paths` and `gold_path`, text, the holder's `NoteRef`, the body kept out of the text flow).
Continuations (`test_continuations`): ``continuations_joined`` → the text is inside the block at the gold
  path, not at its start, and no block starts with it (``[]`` → no block's span crosses a footnote body or a
  furniture line); ``not_continuation`` → the first block after the footnote body is the new numbered
  paragraph, and the paragraph before does not hold its text.
Resolutions (`test_resolutions`): ``resolutions`` → the `Resolution` blocks in ``doc.body`` in order:
  ``symbol``/``date`` → ``header.symbol``/``header.date``; ``number``, ``draft``, ``title`` → same-named
  fields; ``session`` → ``session.number``; ``session_roman`` → ``session.raw``; ``submitted_by`` → a
  ``head_notes`` line; ``body`` → ``formula`` without its comma; ``preamble_clauses`` / ``operative_clauses``
  → clause counts (operative clauses numbered 1…n unless single); ``*_first_words`` → each clause starts with
  them; ``operative_formula``; ``operative_style`` → the `Resolution.operative_style` property;
  ``operative_text`` → the single clause's text; ``clause_subitems`` → the item labels (nested) of every
  clause that has items; ``adopted_session`` / ``adopted_date`` / ``adopted_meeting`` / ``adoption_line`` →
  ``adoption.session`` / ``.date`` / ``.meeting`` / ``.raw``; ``footnotes`` → footnotes anchored at
  ``res_K/clause_N`` ("operative clause N") or ``res_K/preamble_N`` ("preamble clause N").
Tables (`test_tables`): ``tables`` → `Table` blocks in document order: ``count``; ``first``/``second``:
  ``after_paragraph`` (the nearest numbered paragraph before it is N and the next one N+1),
  ``currency_note`` → ``caption``, ``header`` → ``cells[0]`` (its empty stub cell is ``''``), ``rows`` /
  ``rows_count`` / ``last_row`` → ``cells[1:]``; ``note`` → no table figure leaks into a paragraph.
References (`test_references`): ``document_references`` → non-own `DocRef` symbols in ``doc.references``
  (set equality); ``resolution_references`` → ``ResolutionRef.text`` in ``doc.references`` (set equality; a
  cover note's citations count, as the corpus's gold format says);
  ``resolution_reference_parsed`` → that `ResolutionRef`'s numbers and session, its roman in the text;
  ``un_references`` → PROPOSED ``UNRef`` runs, ``constitution_references`` → PROPOSED ``ConstitutionRef``
  runs, ``sessions_in_text`` → PROPOSED ``SessionRef`` runs (``.text``, ``.session.number``), all in
  ``doc.references``.
Dates (`test_dates_in_text`): ``dates_in_text`` → dates cited in the text: `DateRef` runs in
  ``doc.references`` (start/end ISO, a month is ``YYYY-MM``), and, where the model folds the date into a
  structured value, a ``ResolutionRef.date`` ("Resolution No. … of <date>") or a resolution's
  ``adoption.date`` (the adoption line); each gold date must be found with its raw text, and every `DateRef`
  must be a gold date.
Statements (`test_statement`): ``letterhead`` → ``doc.meta.letterhead``; ``mission`` → its first line;
  ``meeting`` → ``doc.meta.occasion``; ``date_range`` → ``doc.meta.meeting`` (start/end; its raw is the gold
  raw with or without the ``place, `` prefix); ``check_against_delivery`` → "Check against delivery" in
  ``doc.meta.other``; ``salutations`` → `Salutation` blocks in order; ``salutation_repeated_mid_text`` → a
  `Salutation` between those top-level paragraphs (numbered: by num, else by position);
  ``unnumbered_paragraphs`` / ``first_paragraph_starts`` / ``last_paragraph_starts`` → top-level unnumbered
  `Paragraph` blocks after the opening salutation; ``closing`` → the last body block, an unnumbered paragraph.
Inline (`test_strong_phrases`): ``strong_phrases`` → `Strong` runs in the body blocks, in order.

Keys that describe rather than state a fact are not asserted: ``source``, ``about``, ``heading_case``,
``contents_leaders``, ``title_note_marker_form`` and every ``*_note`` key (and ``note`` inside ``lists``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import pytest
from conftest import SAMPLES, block_text, gold, gold_path, plain, runs_of, sample_text

import iomparse
from iomparse import paths
from iomparse.assemble import iter_all_blocks
from iomparse.model import (
    Contents,
    ContentsEntry,
    DateRef,
    DocRef,
    Document,
    Item,
    NoteRef,
    Paragraph,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    Strong,
    Table,
    inline_text,
    iter_blocks,
)

STEMS = [
    "c-era-report-a",
    "c-era-report-b",
    "draft-resolutions-a",
    "draft-resolutions-b",
    "mc-101st-session-a",
    "mc-101st-session-b",
    "scpf-paper-a",
    "scpf-paper-b",
    "delegation-statement-a",
    "delegation-statement-b",
    "adopted-resolution-a",
    "adopted-resolution-b",
]
GOLDS = {stem: gold(stem) for stem in STEMS}
DESCRIPTIVE = {"source", "about", "heading_case", "contents_leaders", "title_note_marker_form"}


@functools.cache
def parsed(stem: str) -> Document:
    return iomparse.parse(sample_text(stem))


def cases(keys: tuple[str, ...], explode: tuple[str, ...] = (), whole: bool = True) -> list:
    """``(stem, key, part, value)`` for every sample that has ``key``: one case for the whole value (``part``
    ``None``), and for keys in ``explode`` one more case per entry of the list or dict (``part`` its index/key)."""
    params = []
    for stem in STEMS:
        for key in keys:
            if key not in GOLDS[stem]:
                continue
            value = GOLDS[stem][key]
            if whole or key not in explode:
                params.append(pytest.param(stem, key, None, value, id=f"{stem}-{key}"))
            if key in explode and isinstance(value, list | dict):
                entries = value.items() if isinstance(value, dict) else enumerate(value, 1)
                for part, entry in entries:
                    params.append(pytest.param(stem, key, part, entry, id=f"{stem}-{key}[{part}]"))
    return params


# -- helpers -----------------------------------------------------------------------------------------------


def numbered(blocks) -> list[Paragraph]:
    return [b for b in iter_blocks(blocks) if isinstance(b, Paragraph) and b.num is not None]


def resolutions(document: Document) -> list[Resolution]:
    return [b for b in document.body if isinstance(b, Resolution)]


def body_text(document: Document) -> list[str]:
    return [block_text(block) for _, block in paths.walk(document)]


def source_line(stem: str, needle: str) -> int:
    """The first source line (1-based) whose plain text holds ``needle``."""
    for number, line in enumerate(sample_text(stem).splitlines(), 1):
        if plain(needle) in plain(line):
            return number
    raise AssertionError(f"{needle!r} is not in samples/{stem}.txt")


def furniture(document: Document, kind: str) -> list:
    return [f for f in document.furniture if f.kind == kind]


def session_in(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\b(\d+)(?:st|nd|rd|th) Session", text)]


def label_tree(items) -> list:
    """Item labels as the gold files write them: a label, or ``{"label", "children"}`` when it has items."""
    tree: list = []
    for item in items:
        children = [c for c in item.children if isinstance(c, Item)]
        tree.append({"label": item.label, "children": label_tree(children)} if children else item.label)
    return tree


def gold_labels(labels) -> list:
    """Gold labels normalized like `label_tree` (a dict without children → its label)."""
    return [
        {"label": entry["label"], "children": gold_labels(entry["children"])}
        if isinstance(entry, dict) and entry.get("children")
        else (entry["label"] if isinstance(entry, dict) else entry)
        for entry in labels
    ]


def check_footnote(document: Document, fact: dict, anchor: str) -> None:
    found = [f for f in document.footnotes if f.marker == str(fact["n"])]
    assert len(found) == 1, f"footnote {fact['n']}: found {[f.marker for f in document.footnotes]}"
    (footnote,) = found
    assert footnote.anchor == anchor
    assert block_text(footnote).startswith(plain(fact["text_starts"]))
    holder = paths.find(document, footnote.anchor)
    assert holder is not None, f"no block at {footnote.anchor}"
    assert footnote.marker in [r.marker for r in runs_of(holder.content, NoteRef)]
    assert not any(plain(fact["text_starts"]) in text for text in body_text(document)), "body out of the flow"


def flow_lines(document: Document) -> set[int]:
    """Source lines taken out of the text flow: footnote bodies and page furniture."""
    lines = {f.line for f in document.furniture}
    for footnote in document.footnotes:
        lines.update(range(footnote.span.start, footnote.span.end + 1))
    return lines


def check_running_header(document: Document, description: str) -> None:
    """``"C/107/24/Rev.1 + Page 2 (inside paragraph 5, after footnote 1)"``."""
    match = re.fullmatch(r"(?P<symbol>\S+) \+ (?P<page>Page \S+) \((?P<where>.+)\)", description)
    assert match, f"description not understood: {description!r}"
    headers = [f for f in furniture(document, "running_header") if f.text == match["symbol"]]
    labels = {f.line: f.text for f in furniture(document, "page_label")}
    pairs = [h.line for h in headers if labels.get(h.line + 1) == match["page"]]
    assert len(pairs) == 1, f"running header + {match['page']}: {document.furniture}"
    (line,) = pairs
    for where in match["where"].split(", "):
        if where == "before CONTENTS":
            (contents,) = [b for b in document.body if isinstance(b, Contents)]
            assert line < contents.span.start
        elif inside := re.fullmatch(r"inside paragraph (\d+)", where):
            paragraph = paths.find(document, f"para_{inside[1]}")
            assert paragraph.span.start < line < paragraph.span.end, f"{where}: span {paragraph.span}"
            assert match["page"] not in block_text(paragraph)
        elif after := re.fullmatch(r"after footnote (\d+)", where):
            (footnote,) = [f for f in document.footnotes if f.marker == after[1]]
            assert footnote.span.end < line
        else:
            raise AssertionError(f"description not understood: {where!r}")
    assert not any(text.endswith(match["symbol"]) for text in body_text(document))


# -- header facts ----------------------------------------------------------------------------------------------


def check_header(document: Document, stem: str, key: str, value) -> None:
    meta = document.meta
    if key == "kind":
        assert meta.kind == value
    elif key == "not_kind":
        kind = re.match(r"not an? (\w+)", value)[1]
        assert meta.kind != kind
    elif key == "symbol":
        assert (str(meta.symbol) if meta.symbol else None) == value
    elif key == "symbols":
        assert [str(r.header.symbol) if r.header else None for r in resolutions(document)] == value
    elif key == "original_language":
        assert meta.original_language == value
    elif key == "date":
        assert meta.date == dt.date.fromisoformat(value)
    elif key == "session":
        assert meta.session is not None and meta.session.number == value
    elif key == "session_special":
        assert meta.session is not None and meta.session.special == value
    elif key == "title":
        assert meta.title is not None and plain(meta.title) == value
    elif key == "subtitle":
        assert meta.subtitle is not None and plain(meta.subtitle).strip("()") == value.strip("()")
    elif key == "not_title":
        heading = re.search(r"'(.+?)(?: \.\.\.)?'", value)[1]
        assert [s for s in iter_blocks(document.body) if isinstance(s, Section) and block_text(s).startswith(heading)]
        assert not plain(meta.title or "").startswith(heading)
        assert not plain(meta.subtitle or "").startswith(heading)
    elif key == "issuing_body":
        assert meta.organ == value
    elif key == "place":
        assert meta.place == value
    elif key == "rapporteur":
        assert meta.rapporteur == value
    elif key == "speaker":
        assert meta.speaker is not None and plain(meta.speaker) == value
    elif key == "meeting_dates":
        assert meta.meeting is not None
        assert (meta.meeting.start.isoformat(), meta.meeting.end.isoformat()) == (value["start"], value["end"])
        assert meta.meeting.raw == value["raw"]
    elif key == "reported_session":
        assert re.search(rf"\b{value}(?:ST|ND|RD|TH) SESSION\b", (meta.title or "").upper()), "the title names it"
        reported = getattr(meta, "reported_session", None)
        assert reported is not None, "Meta has no reported_session (proposed field: the session a report covers)"
        assert reported.number == value
    else:
        raise AssertionError(f"no header check for {key!r}")


HEADER_KEYS = (
    "kind",
    "not_kind",
    "symbol",
    "symbols",
    "original_language",
    "date",
    "session",
    "session_special",
    "title",
    "subtitle",
    "not_title",
    "issuing_body",
    "place",
    "rapporteur",
    "speaker",
    "meeting_dates",
    "reported_session",
)


@pytest.mark.parametrize(("stem", "key", "part", "value"), cases(HEADER_KEYS))
def test_header(stem, key, part, value):
    check_header(parsed(stem), stem, key, value)


# -- cover notes -----------------------------------------------------------------------------------------------

COVER_KEYS = ("cover_notes", "approved_by_resolution", "title_note_marker", "cover_note_session")


@pytest.mark.parametrize(("stem", "key", "part", "value"), cases(COVER_KEYS))
def test_cover(stem, key, part, value):
    meta = parsed(stem).meta
    if key == "cover_notes":
        assert [plain(note) for note in meta.notes] == value
    elif key == "approved_by_resolution":
        assert meta.approval is not None
        assert meta.approval.numbers == (value["number"],)
        assert meta.approval.date == dt.date.fromisoformat(value["date"])
        notes = [note for note in meta.notes if meta.approval.text in note]
        assert len(notes) == 1, "the approval comes from a cover note"
        assert session_in(notes[0]) == [value["session"]], "the note names the approving session"
    elif key == "title_note_marker":
        assert value not in meta.title, "the marker is not part of the title"
        assert meta.notes, "the marker refers to a cover note"
        marker = getattr(meta, "title_note_marker", None)
        assert marker == value, "Meta keeps no title note marker (proposed field: title_note_marker)"
    elif key == "cover_note_session":
        assert any(value["body"] in note for note in meta.notes)
        submission = getattr(meta, "submission", None)
        assert submission is not None, "Meta has no submission (proposed field: the body/session a note names)"
        assert submission.organ == value["body"]
        assert submission.session.number == value["session"]
        assert submission.date == value["date"]


# -- page furniture --------------------------------------------------------------------------------------------

FURNITURE_KEYS = ("running_header_lines_removed", "running_title_repeat_not_a_heading", "furniture_removed")


@pytest.mark.parametrize(
    ("stem", "key", "part", "value"),
    cases(FURNITURE_KEYS, explode=("running_header_lines_removed", "furniture_removed"), whole=False),
)
def test_furniture(stem, key, part, value):
    document = parsed(stem)
    meta = document.meta
    header_fields = [meta.title, meta.subtitle, meta.organ, *meta.notes, *meta.other]
    if key == "running_title_repeat_not_a_heading" or value.startswith("repeated running title"):
        if key == "running_title_repeat_not_a_heading":
            title, where = re.fullmatch(r"(.+) \((.+)\)", value).groups()
        else:
            title, where = meta.title, value
        lines = [f.line for f in furniture(document, "running_title") if f.text == title]
        assert len(lines) == 1, f"running title furniture: {document.furniture}"
        sections = [b for b in iter_blocks(document.body) if isinstance(b, Section)]
        assert title not in [block_text(s) for s in sections], "the repeat is not a heading"
        if where == "plain line after the contents":
            (contents,) = [b for b in document.body if isinstance(b, Contents)]
            assert contents.span.end < lines[0]
        elif where == "plain line after the cover note":
            assert source_line(stem, meta.notes[0]) < lines[0]
        elif section := re.fullmatch(r"repeated running title before section (\S+)", where):
            assert lines[0] < paths.find(document, f"sec_{section[1]}").span.start
        else:
            raise AssertionError(f"description not understood: {where!r}")
    elif value.startswith("underscore rule"):
        between = re.fullmatch(r"underscore rule between the session line and the title", value)
        assert between, f"description not understood: {value!r}"
        low, high = source_line(stem, meta.session.raw), source_line(stem, " ".join(value_words(meta.title)))
        assert [f for f in furniture(document, "rule") if low < f.line < high]
    elif footer := re.fullmatch(r"(.+) \(cover footer\)", value):
        assert footer[1] in [f.text for f in document.furniture], f"furniture: {document.furniture}"
        assert footer[1] not in header_fields, "the footer is not a header fact"
        assert not any(footer[1] in text for text in body_text(document))
    else:
        check_running_header(document, value)


def value_words(text: str | None, count: int = 3) -> list[str]:
    return (text or "").split()[:count]


# -- contents --------------------------------------------------------------------------------------------------


def check_entry(entry: ContentsEntry, fact: dict) -> None:
    title = f"{fact['label']} {fact['title']}" if "label" in fact else fact["title"]
    assert (plain(entry.title), entry.page) == (title, str(fact["page"]))
    children = fact.get("children", [])
    assert len(entry.children) == len(children), [c.title for c in entry.children]
    for child, child_fact in zip(entry.children, children, strict=True):
        check_entry(child, child_fact)


@pytest.mark.parametrize(("stem", "key", "part", "value"), cases(("contents",), explode=("contents",)))
def test_contents(stem, key, part, value):
    contents = [b for b in parsed(stem).body if isinstance(b, Contents)]
    assert len(contents) == 1, "one table of contents"
    entries = contents[0].entries
    if part is None:
        assert [plain(e.title) for e in entries] == [fact["title"] for fact in value]
    else:
        assert len(entries) >= part, f"only {len(entries)} entries"
        check_entry(entries[part - 1], value)


# -- sections and paragraphs -----------------------------------------------------------------------------------


def check_section(section: Section, fact: dict) -> None:
    assert section.num == fact["num"]
    assert block_text(section) == fact["heading"]
    nums = [int(p.num) for p in numbered(section.children)]
    if "paragraphs" in fact:
        first, last = fact["paragraphs"]
        assert nums == list(range(first, last + 1)), f"paragraphs under {fact['heading']!r}"
    subsections = [c for c in section.children if isinstance(c, Section)]
    expected = fact.get("subsections", [])
    assert [(s.num, block_text(s)) for s in subsections] == [(e["num"], e["heading"]) for e in expected]
    for subsection, sub_fact in zip(subsections, expected, strict=True):
        check_section(subsection, sub_fact)


@pytest.mark.parametrize(
    ("stem", "key", "part", "value"), cases(("sections", "numbered_paragraphs"), explode=("sections",))
)
def test_sections(stem, key, part, value):
    document = parsed(stem)
    top = [b for b in document.body if isinstance(b, Section)]
    if key == "numbered_paragraphs":
        nums = [int(p.num) for p in numbered(document.body)]
        assert nums == list(range(1, value + 1))
    elif part is None:
        assert [(s.num, block_text(s)) for s in top] == [(f["num"], f["heading"]) for f in value]
        if not value:
            assert not [b for b in iter_blocks(document.body) if isinstance(b, Section)]
    else:
        assert len(top) >= part, f"only {len(top)} sections"
        check_section(top[part - 1], value)


# -- lists -----------------------------------------------------------------------------------------------------

LIST_KEYS = ("lists", "inline_enumerations_kept_in", "list_continues_after_footnotes", "attendance_list")


def items_of(paragraph: Paragraph) -> list[Item]:
    return [c for c in paragraph.children if isinstance(c, Item)]


@pytest.mark.parametrize(
    ("stem", "key", "part", "value"),
    cases(LIST_KEYS, explode=("lists", "inline_enumerations_kept_in")),
)
def test_lists(stem, key, part, value):
    document = parsed(stem)
    by_num = {p.num: p for p in numbered(document.body)}
    if key == "lists" and part is None:
        listed = {p.num for p in numbered(document.body) if items_of(p)}
        assert listed == set(value), "the paragraphs that hold lists"
    elif key == "lists":
        items = items_of(by_num[part])
        if "labels" in value:
            assert label_tree(items) == gold_labels(value["labels"])
        if "bullets" in value:
            assert [i.label for i in items] == [None] * value["bullets"]
            assert not [c for i in items for c in i.children if isinstance(c, Item)]
    elif key == "inline_enumerations_kept_in" and part is None:
        assert all(not items_of(by_num[str(n)]) for n in value)
    elif key == "inline_enumerations_kept_in":
        paragraph = by_num[str(value)]
        assert not items_of(paragraph), "an inline enumeration is not a list"
        assert re.search(r"\(a\) .+ and \(b\) ", block_text(paragraph))
    elif key == "list_continues_after_footnotes":
        items = items_of(by_num[str(value["paragraph"])])
        assert len(items) == value["bullets_before"] + value["bullets_after"]
        before, after = items[value["bullets_before"] - 1], items[value["bullets_before"]]
        assert [f for f in document.footnotes if before.span.start < f.span.start < after.span.start]
    elif key == "attendance_list":
        paragraph = paths.find(document, gold_path(value["in"]))
        text = block_text(paragraph)
        assert value["first"] in text and value["last"] in text
        lists = [run for run in paragraph.content if hasattr(run, "names")]
        assert len(lists) == 1, "no run holds the attendance list (proposed: an inline run with a `names` tuple)"
        names = list(lists[0].names)
        assert (len(names), names[0], names[-1]) == (value["count"], value["first"], value["last"])
        assert set(value["contains"]) <= set(names)


# -- footnotes -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("stem", "key", "part", "value"), cases(("footnotes",), explode=("footnotes",)))
def test_footnotes(stem, key, part, value):
    document = parsed(stem)
    if isinstance(value, int):
        assert len(document.footnotes) == value
    elif part is None:
        assert [f.marker for f in document.footnotes] == [str(f["n"]) for f in value]
    else:
        check_footnote(document, value, gold_path(value["anchored_in"]))


# -- continuations ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "key", "part", "value"),
    cases(("continuations_joined", "not_continuation"), explode=("continuations_joined",), whole=False)
    + [
        pytest.param(stem, "continuations_joined", None, [], id=f"{stem}-continuations_joined")
        for stem in STEMS
        if GOLDS[stem].get("continuations_joined") == []
    ],
)
def test_continuations(stem, key, part, value):
    document = parsed(stem)
    if key == "continuations_joined" and part is None:
        removed = flow_lines(document)
        for path, block in paths.walk(document):
            if isinstance(block, Paragraph | Item) and block.span:
                crossed = [n for n in removed if block.span.start < n < block.span.end]
                assert not crossed, f"{path} is joined across lines {crossed}"
    elif key == "continuations_joined":
        block = paths.find(document, gold_path(value["into"].replace(" item", ", item")))
        assert block is not None, value["into"]
        start = plain(value["text_starts"])
        assert start in block_text(block)
        assert not block_text(block).startswith(start), "joined after the interrupted text"
        assert not [p for p, b in paths.walk(document) if block_text(b).startswith(start)], "no block starts with it"
    else:
        footnote_n, paragraph_n = re.match(r"the block after footnote (\d+)'s body is paragraph (\d+)", value).groups()
        (footnote,) = [f for f in document.footnotes if f.marker == footnote_n]
        following = [b for _, b in paths.walk(document) if b.span and b.span.start > footnote.span.end]
        assert isinstance(following[0], Paragraph) and following[0].num == paragraph_n
        before = paths.find(document, f"para_{int(paragraph_n) - 1}")
        assert block_text(following[0])[:40] not in block_text(before)


# -- resolutions -----------------------------------------------------------------------------------------------


def resolution_cases() -> list:
    params = []
    for stem in STEMS:
        facts = GOLDS[stem].get("resolutions")
        if facts is None:
            continue
        params.append(pytest.param(stem, 0, "resolutions", facts, id=f"{stem}-resolutions"))
        for index, fact in enumerate(facts, 1):
            params += [
                pytest.param(stem, index, key, value, id=f"{stem}-res{index}-{key}")
                for key, value in fact.items()
                if not key.endswith("_note")
            ]
    return params


def clause_path(index: int, description: str) -> str:
    part, number = re.fullmatch(r"(operative|preamble) clause (\d+)", description).groups()
    return f"res_{index}/{'clause' if part == 'operative' else 'preamble'}_{number}"


@pytest.mark.parametrize(("stem", "index", "key", "value"), resolution_cases())
def test_resolutions(stem, index, key, value):
    document = parsed(stem)
    found = resolutions(document)
    if key == "resolutions":
        assert len(found) == len(value)
        return
    resolution = found[index - 1]
    clauses = list(resolution.operative)
    adoption = resolution.adoption
    if key == "symbol":
        assert resolution.header is not None and str(resolution.header.symbol) == value
    elif key == "date":
        assert resolution.header is not None and resolution.header.date == dt.date.fromisoformat(value)
    elif key in ("number", "draft"):
        assert getattr(resolution, key) == value
    elif key == "session":
        assert (resolution.session.number if resolution.session else None) == value
    elif key == "session_roman":
        assert resolution.session is not None and resolution.session.raw == value
    elif key == "submitted_by":
        submitted = [n for n in resolution.head_notes if n.startswith("Submitted by")]
        assert submitted == ([value] if value else [])
    elif key == "title":
        assert plain(resolution.title or "") == value
    elif key == "body":
        assert (resolution.formula or "").rstrip(",") == value
    elif key == "preamble_clauses":
        assert len(resolution.preamble) == value
    elif key == "preamble_first_words":
        assert len(resolution.preamble) == len(value)
        for clause, first in zip(resolution.preamble, value, strict=True):
            assert block_text(clause).startswith(first + " ")
    elif key == "operative_formula":
        assert resolution.operative_formula == value
    elif key == "operative_style":
        assert resolution.operative_style == value
    elif key == "operative_clauses":
        assert len(clauses) == value
        if resolution.operative_style != "single":
            assert [c.num for c in clauses] == [str(n) for n in range(1, value + 1)]
    elif key == "operative_first_words":
        assert len(clauses) == len(value)
        for clause, first in zip(clauses, value, strict=True):
            assert block_text(clause).startswith(first + " ")
    elif key == "operative_text":
        assert len(clauses) == 1 and block_text(clauses[0]) == value
    elif key == "clause_subitems":
        subitems = {c.num: label_tree(c.children) for c in clauses if c.children}
        assert subitems == {num: gold_labels(labels) for num, labels in value.items()}
    elif key == "adopted_session":
        assert adoption is not None and adoption.session == value
    elif key == "adopted_meeting":
        assert adoption is not None and adoption.meeting == value
    elif key == "adopted_date":
        assert adoption is not None and adoption.date == dt.date.fromisoformat(value)
    elif key == "adoption_line":
        assert adoption is not None and adoption.raw == value
    elif key == "footnotes":
        assert all(f.anchor for f in document.footnotes), "every footnote is anchored"
        mine = [f.marker for f in document.footnotes if f.anchor.startswith(f"res_{index}/")]
        assert mine == [str(f["n"]) for f in value]
        for fact in value:
            check_footnote(document, fact, clause_path(index, fact["anchored_in"]))
    else:
        raise AssertionError(f"no resolution check for {key!r}")


# -- tables ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("stem", "key", "part", "value"), cases(("tables",), explode=("tables",), whole=False))
def test_tables(stem, key, part, value):
    document = parsed(stem)
    walked = list(paths.walk(document))
    tables = [(i, b) for i, (_, b) in enumerate(walked) if isinstance(b, Table)]
    if part == "count":
        assert len(tables) == value
        return
    if part == "note":  # "table rows are not numbered paragraphs and not continuations"
        figures = {c for _, t in tables for row in t.cells[1:] for c in row if re.fullmatch(r"\d{1,3}(,\d{3})+", c)}
        leaked = [text for _, b in walked if not isinstance(b, Table) for text in [block_text(b)]]
        assert not [f for f in figures if any(f in text for text in leaked)]
        return
    ordinal = {"first": 1, "second": 2}[part]
    assert len(tables) >= ordinal, f"only {len(tables)} tables"
    position, table = tables[ordinal - 1]
    cells = [tuple(cell.strip() for cell in row) for row in table.cells]
    before = [b.num for _, b in walked[:position] if isinstance(b, Paragraph) and b.num]
    after = [b.num for _, b in walked[position + 1 :] if isinstance(b, Paragraph) and b.num]
    assert before[-1] == str(value["after_paragraph"])
    assert not after or after[0] == str(value["after_paragraph"] + 1)
    assert table.caption == value["currency_note"]
    assert cells[0] == tuple(value["header"])
    if "rows" in value:
        assert cells[1:] == [tuple(row) for row in value["rows"]]
    if "rows_count" in value:
        assert len(cells) - 1 == value["rows_count"]
    if "last_row" in value:
        assert cells[-1] == tuple(value["last_row"])


# -- references ------------------------------------------------------------------------------------------------

REFERENCE_KEYS = (
    "document_references",
    "resolution_references",
    "resolution_reference_parsed",
    "un_references",
    "constitution_references",
    "sessions_in_text",
)


def refs_of(document: Document, kind) -> list:
    if isinstance(kind, str):  # a proposed reference class, by name
        return [r.ref for r in document.references if type(r.ref).__name__ == kind]
    return [r.ref for r in document.references if isinstance(r.ref, kind)]


@pytest.mark.parametrize(("stem", "key", "part", "value"), cases(REFERENCE_KEYS))
def test_references(stem, key, part, value):
    document = parsed(stem)
    if key == "document_references":
        assert {str(r.symbol) for r in refs_of(document, DocRef) if not r.own} == set(value)
    elif key == "resolution_references":
        assert {r.text for r in refs_of(document, ResolutionRef)} == set(value)
    elif key == "resolution_reference_parsed":
        found = [r for r in refs_of(document, ResolutionRef) if r.numbers == (value["number"],)]
        assert len(found) == 1
        assert found[0].session == value["session"]
        assert f"({value['session_roman']})" in found[0].text
    elif key == "un_references":
        assert [r.text for r in refs_of(document, "UNRef")] == value, "no UN citation (proposed: UNRef)"
    elif key == "constitution_references":
        found = [r.text for r in refs_of(document, "ConstitutionRef")]
        assert found == value, "no Constitution citation (proposed: ConstitutionRef)"
    elif key == "sessions_in_text":
        found = [(r.text, r.session.number) for r in refs_of(document, "SessionRef")]
        assert found == [(f["raw"], f["session"]) for f in value], "no session citation (proposed: SessionRef)"


# -- dates in the text -----------------------------------------------------------------------------------------


def dates_cited(document: Document) -> list[tuple[str, str, str]]:
    """``(start, end, text)`` of every date cited in the text (see the module docstring)."""
    found = [(r.start, r.end, r.text) for r in refs_of(document, DateRef)]
    found += [(r.date.isoformat(), r.date.isoformat(), r.text) for r in refs_of(document, ResolutionRef) if r.date]
    for resolution in resolutions(document):
        if resolution.adoption and resolution.adoption.date:
            day = resolution.adoption.date.isoformat()
            found.append((day, day, resolution.adoption.raw))
    return found


@pytest.mark.parametrize(("stem", "key", "part", "value"), cases(("dates_in_text",), explode=("dates_in_text",)))
def test_dates_in_text(stem, key, part, value):
    document = parsed(stem)
    if part is None:
        expected = {(f.get("start", f.get("iso")), f.get("end", f.get("iso"))) for f in value}
        extra = [r for r in refs_of(document, DateRef) if (r.start, r.end) not in expected]
        assert not extra, "every DateRef is a gold date"
    else:
        start, end = value.get("start", value.get("iso")), value.get("end", value.get("iso"))
        cited = dates_cited(document)
        assert [c for c in cited if c[:2] == (start, end) and value["raw"] in c[2]], f"found {cited}"


# -- statements ------------------------------------------------------------------------------------------------

STATEMENT_KEYS = (
    "letterhead",
    "mission",
    "meeting",
    "date_range",
    "check_against_delivery",
    "salutations",
    "salutation_repeated_mid_text",
    "unnumbered_paragraphs",
    "first_paragraph_starts",
    "last_paragraph_starts",
    "closing",
)


def paragraphs_after_salutation(document: Document) -> list[Paragraph]:
    """Top-level unnumbered paragraphs after the opening salutation (all of them when there is none)."""
    body = list(document.body)
    first = next((i for i, b in enumerate(body) if isinstance(b, Salutation)), -1)
    return [b for b in body[first + 1 :] if isinstance(b, Paragraph) and b.num is None]


@pytest.mark.parametrize(("stem", "key", "part", "value"), cases(STATEMENT_KEYS))
def test_statement(stem, key, part, value):
    document = parsed(stem)
    meta = document.meta
    if key == "letterhead":
        assert [plain(line) for line in meta.letterhead] == value
    elif key == "mission":
        assert meta.letterhead and plain(meta.letterhead[0]) == value
    elif key == "meeting":
        assert meta.occasion is not None and plain(meta.occasion) == value
    elif key == "date_range":
        meeting = meta.meeting
        assert meeting is not None
        assert (meeting.start.isoformat(), meeting.end.isoformat()) == (value["start"], value["end"])
        assert value["raw"] in (meeting.raw, f"{meta.place}, {meeting.raw}")
        assert value["raw"] in sample_text(stem)
    elif key == "check_against_delivery":
        assert ("Check against delivery" in meta.other) == value
    elif key == "salutations":
        assert [plain(b.text) for b in document.body if isinstance(b, Salutation)] == value
    elif key == "salutation_repeated_mid_text":
        low, high = value["between_paragraphs"]
        ordinal, previous, found = 0, None, []
        body = list(document.body)
        for position, block in enumerate(body):
            if isinstance(block, Paragraph):
                ordinal += 1
                previous = int(block.num) if block.num else ordinal
            elif isinstance(block, Salutation) and plain(block.text) == value["text"] and previous == low:
                following = next((b for b in body[position + 1 :] if isinstance(b, Paragraph)), None)
                found.append(following is not None and (int(following.num) if following.num else ordinal + 1))
        assert found == [high], f"a salutation between paragraphs {low} and {high}"
    elif key == "unnumbered_paragraphs":
        assert len(paragraphs_after_salutation(document)) == value
    elif key == "first_paragraph_starts":
        assert block_text(paragraphs_after_salutation(document)[0]).startswith(value)
    elif key == "last_paragraph_starts":
        assert block_text(paragraphs_after_salutation(document)[-1]).startswith(value)
    elif key == "closing":
        last = document.body[-1]
        assert isinstance(last, Paragraph) and last.num is None, f"the last block is {type(last).__name__}"
        assert block_text(last) == value


# -- inline markup ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("stem", "key", "part", "value"), cases(("strong_phrases",)))
def test_strong_phrases(stem, key, part, value):
    document = parsed(stem)
    runs = [run for _, block in paths.walk(document) for run in paths.own_runs(block)]
    assert [plain(inline_text((run,))) for run in runs_of(runs, Strong)] == value


# -- completeness ----------------------------------------------------------------------------------------------

MAPPED = {
    *HEADER_KEYS,
    *COVER_KEYS,
    *FURNITURE_KEYS,
    "contents",
    "sections",
    "numbered_paragraphs",
    *LIST_KEYS,
    "footnotes",
    "continuations_joined",
    "not_continuation",
    "resolutions",
    "tables",
    *REFERENCE_KEYS,
    "dates_in_text",
    *STATEMENT_KEYS,
    "strong_phrases",
}
RESOLUTION_KEYS = {
    "symbol",
    "date",
    "number",
    "draft",
    "session",
    "session_roman",
    "submitted_by",
    "title",
    "body",
    "preamble_clauses",
    "preamble_first_words",
    "operative_formula",
    "operative_style",
    "operative_clauses",
    "operative_first_words",
    "operative_text",
    "clause_subitems",
    "adopted_session",
    "adopted_meeting",
    "adopted_date",
    "adoption_line",
    "footnotes",
}


@pytest.mark.parametrize("stem", STEMS)
def test_every_gold_key_is_mapped(stem):
    facts = GOLDS[stem]
    unmapped = [k for k in facts if k not in MAPPED | DESCRIPTIVE and not k.endswith("_note")]
    for resolution in facts.get("resolutions", []):
        unmapped += [f"resolutions.{k}" for k in resolution if k not in RESOLUTION_KEYS and not k.endswith("_note")]
    unmapped += [f"tables.{k}" for k in facts.get("tables", {}) if k not in ("count", "first", "second", "note")]
    assert not unmapped


@pytest.mark.parametrize("stem", sorted(path.stem for path in SAMPLES.glob("*.txt")))
def test_every_sample_parses_cleanly(stem):
    """Every sample, seeds included: nothing unclassified, no warning, no error, and strict mode agrees."""
    document = iomparse.parse(sample_text(stem))
    assert not [b for b in iter_all_blocks(document) if isinstance(b, iomparse.Unclassified)]
    assert not [d for d in document.diagnostics if d.severity != "info"]
    assert iomparse.parse(sample_text(stem), strict=True) == document
