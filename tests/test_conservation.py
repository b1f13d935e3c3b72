"""Text conservation: every word of the input is in the tree, exactly as many times as in the input.

**Words of the input** (`words_in_text`): the input's whitespace-separated tokens (``str.split``; a leading
byte-order mark is an encoding signature, not text), each normalised by `normalize_token`:

1. *superscript digits* (``⁰``-``⁹``) are footnote markers: each run of them becomes a word of its own,
   ``^`` followed by the ASCII digits (``Nations.¹`` → ``nations`` and ``^1``; ``¹²`` → ``^12``);
2. the rest of the token gives its runs of letters and digits, in lower case, a number without its leading
   zeros (``**IOM's`` → ``iom`` ``s``; ``No.5`` → ``no`` ``5``; ``04`` → ``4``). Punctuation, markup
   (``*``, ``_``, ``#``), leaders, bullets and dashes are not words: the parser reads them as structure
   (a label ``V.1.`` is the section ``V.1``, ``4 NOVEMBER 2004`` the date 2004-11-04), and what is
   conserved is the text, not its typography.

**Words of the tree** (`words_in_tree`): the same normalisation applied to the text the tree holds:

* every block: section headings with their label as written (``I.``, ``A.``, ``V.1``, ``(1)``,
  ``Objective 3:``, ``PART II``), numbered paragraphs and operative clauses with ``12.``, items with their
  label ``(a)``, the inline runs of their content (``Strong``/``Emphasis`` children, the text of
  `DocRef`/`ResolutionRef`/`DateRef`, a `NoteRef` as ``^n``), quotation paragraphs, salutations, figure
  lines, unclassified lines (raw), tables (caption and rows as written; cells are split from the rows, so
  not counted), contents (heading, entry titles and pages); resolutions: their own header facts, the
  heading line (`Resolution.heading`, or rebuilt as ``[DRAFT ]RESOLUTION[ No. n][ (ROMAN)]``), head
  notes, the adoption line (``raw``), title, formula, the operative formula with its colon (``Resolves:``;
  not when it is the first word of a single clause, ``Resolves to approve …``), the clauses;
* the header facts of the document and of each annex, as written where the tree keeps them (``str``
  fields and tuples of them, ``Session.raw``, ``DateRange.raw``, ``str(Symbol)``; the ``and`` / ``to`` joining
  the symbols of a line of symbols is structure) and rebuilt where it
  keeps a parsed value only: ``original_language`` as ``Original: <language>``, a ``date`` as ``4 November
  2004``. Facts derived from another header line are not counted (`DERIVED_META`): ``kind``,
  ``approval`` and ``submission`` (read out of a cover note, which is counted), ``reported_session`` (read
  out of the title) and ``title_note_marker`` (a ``*``), and the organ when it is read out of the cover's
  footer (an ``organ-from-footer`` diagnostic; the footer is counted as furniture);
* each annex's label line (``Annex I``) unless the label was inferred;
* footnotes: ``^<marker>`` and the inline runs of the body;
* page furniture: each `Furniture` text.

A word the input has more often than the tree is *lost*; one the tree has more often is *duplicated* (or
invented). Both are failures. Where the tree keeps only a parsed value and the written form cannot be
rebuilt from it (``4 NOVEMBER 2004``), the test fails too: that is a finding, not something to paper over.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator

import attrs
import pytest
from conftest import SAMPLES, SEEDS, sample_text
from hypothesis import given
from test_totality import sample_documents, seed_documents

import iomparse

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPTS}]+")
_TO_DIGITS = str.maketrans(SUPERSCRIPTS, "0123456789")
_TO_SUPERSCRIPTS = str.maketrans("0123456789", SUPERSCRIPTS)
_NEWLINE = re.compile(r"\r\n|\r|\n")


# -- words of the input -------------------------------------------------------------------------------


_ALPHANUMERIC = re.compile(r"[^\W_]+")


def normalize_token(token: str) -> list[str]:
    """One whitespace-separated token → its words (see the module docstring)."""
    words: list[str] = []
    position = 0
    for match in [*_SUPERSCRIPT_RUN.finditer(token), None]:
        end = match.start() if match else len(token)
        for found in _ALPHANUMERIC.findall(token[position:end]):
            word = found.casefold()
            words.append(word.lstrip("0") or "0" if word.isdigit() else word)
        if match:
            words.append("^" + match.group().translate(_TO_DIGITS))
            position = match.end()
    return words


def words_of(text: str | None) -> list[str]:
    """The normalised words of a piece of text."""
    return [word for token in (text or "").split() for word in normalize_token(token)]


# A line of a cover's symbols (``C/118/L/3 and C/118/L/4``): its ``and`` / ``to`` are structure, like commas.
_SYMBOL_LIST = re.compile(r"(?m)^[*\s]*(?:[A-Z]{1,6}(?:/[\w.]+)+(?:,| and| to| ?[–-])? ?)+[*\s]*$")


def words_in_text(text: str) -> Counter[str]:
    """The multiset of words of a document's text."""
    text = _SYMBOL_LIST.sub(lambda line: re.sub(r"\b(?:and|to)\b", " ", line.group()), text.removeprefix("\ufeff"))
    return Counter(words_of(text))


# -- words of the tree --------------------------------------------------------------------------------
# Node types are recognised by class name, so that this module keeps working while the model grows.


def _name(node) -> str:
    return type(node).__name__


def render(runs: Iterable) -> str:
    """The text of inline runs: markup dropped, footnote markers as `` ^n ``."""
    out: list[str] = []
    for run in runs:
        name = _name(run)
        if name == "Text":
            out.append(run.text)
        elif name in ("Strong", "Emphasis"):
            out.append(render(run.children))
        elif name == "NoteRef":  # written as in the input, so that it normalises to ``^n`` alike
            out.append(" " + run.marker.translate(_TO_SUPERSCRIPTS) + " ")
        elif hasattr(run, "text"):  # DocRef, ResolutionRef, DateRef: the text as written
            out.append(run.text)
        else:  # an inline run this test does not know: its string fields
            out.append(" ".join(_strings(run)))
    return "".join(out)


def _strings(node) -> Iterator[str]:
    for field in attrs.fields(type(node)):
        value = getattr(node, field.name)
        if isinstance(value, str):
            yield value


def _date_words(date: dt.date) -> str:
    return f"{date.day} {date:%B} {date.year}"


def value_words(name: str, value) -> list[str]:
    """Words of a header fact or other value: as written where the tree keeps it, else rebuilt."""
    if value is None or isinstance(value, bool | int):
        return []
    if name == "original_language" and isinstance(value, str):
        return ["original", *words_of(value)]
    if name == "rapporteur" and isinstance(value, str):
        return ["rapporteur", *words_of(value)]
    if isinstance(value, str):
        return words_of(value)
    if isinstance(value, tuple):
        return [word for item in value for word in value_words(name, item)]
    if isinstance(value, dt.date):
        return words_of(_date_words(value))
    if _name(value) == "Symbol":
        return words_of(str(value))
    if _name(value) == "Meta":
        return meta_words(value)
    if hasattr(value, "raw"):  # Session, DateRange, Adoption
        return words_of(value.raw)
    if hasattr(value, "text"):  # DocRef, ResolutionRef, DateRef
        return words_of(value.text)
    if attrs.has(type(value)):
        return [word for text in _strings(value) for word in words_of(text)]
    return words_of(str(value))


# Header facts derived from another header line (not written on a line of their own): not counted.
# kind: decided by the parser; approval, submission: read out of a cover note (the note is counted);
# reported_session: read out of the title; title_note_marker: the ``*`` after the title (markup).
DERIVED_META = frozenset({"kind", "approval", "submission", "reported_session", "title_note_marker"})


def meta_words(meta) -> list[str]:
    """The words of a header block. A session read out of the meeting line of a statement (``106th Session of
    the Council, General Debate``) is counted with that line."""
    skip = set(DERIVED_META)
    if meta.session is not None and meta.session.raw == meta.occasion:
        skip.add("session")
    values = {field.name: getattr(meta, field.name) for field in attrs.fields(type(meta)) if field.name not in skip}
    values["other_symbols"] = tuple(_written_symbols(meta))
    return [word for name, value in values.items() for word in value_words(name, value)]


def _written_symbols(meta) -> Iterator:
    """The other symbols printed on a cover's line: of ``C/108/L/5 to C/108/L/7``, the inner C/108/L/6 is
    read out of the range, not written."""
    symbols = [meta.symbol, *meta.other_symbols]
    numbers = [_last_number(symbol) for symbol in symbols]
    for index, symbol in enumerate(symbols[1:], start=1):
        before, after = numbers[index - 1], numbers[index + 1] if index + 1 < len(symbols) else None
        inner = (
            None not in (before, numbers[index], after)
            and before[0] == numbers[index][0] == after[0]
            and before[1] + 1 == numbers[index][1] == after[1] - 1
        )
        if not inner:
            yield symbol


def _last_number(symbol):
    """A symbol's series and last number (``C/108/L/6`` → ``("C/108/L", 6)``), or None."""
    written = str(symbol) if symbol is not None else ""
    series, _, number = written.rpartition("/")
    return (series, int(number)) if number.isdigit() else None


def document_meta_words(document) -> list[str]:
    """The words of the document's header: for a compilation of resolutions, whose header is its first
    resolution's (counted with it), only those that header lacks (its symbol and date printed apart from it,
    read as the document's); a resolution document's title is its resolution's (counted there)."""
    meta = document.meta
    first = document.body[0] if document.body else None
    if _name(first) == "Resolution":
        if getattr(first, "header", None) is not None:
            return list((Counter(meta_words(meta)) - Counter(meta_words(first.header))).elements())
        if meta.title is not None and meta.title == first.title:
            meta = attrs.evolve(meta, title=None)
    return meta_words(meta)


_LABEL_WORD = re.compile(r"[A-Z][a-z]+ \d{1,2}")  # "Objective 3", written "Objective 3:"
_DECIMAL = re.compile(r"[IVXLC\d]+\.\d+")  # "V.1", written without a full stop
_PAREN = re.compile(r"\(\w+\)")  # "(1)", "(a)"


def heading_label(num: str | None) -> list[str]:
    """A heading's label as written before the heading text."""
    if num is None:
        return []
    if _LABEL_WORD.fullmatch(num):
        word, number = num.split()
        return [word, f"{number}:"]
    if _DECIMAL.fullmatch(num) or _PAREN.fullmatch(num) or " " in num:
        return words_of(num)  # "V.1", "(1)", "PART II"
    return [f"{num}."]  # "I.", "A."


def number_label(num: str | None) -> list[str]:
    """A paragraph or clause number as written: ``12.``."""
    if num is None:
        return []
    return [f"{num}."] if num.isdigit() else words_of(num)


def resolution_line(resolution) -> list[str]:
    """The heading line: `Resolution.heading` where the model has it, else rebuilt the same way."""
    if isinstance(getattr(type(resolution), "heading", None), property):
        return words_of(resolution.heading)
    line = ("DRAFT " if resolution.draft else "") + "RESOLUTION"
    if resolution.number is not None:
        line += f" No. {resolution.number}"
    if resolution.session is not None:
        line += f" ({resolution.session.raw})"
    return words_of(line)


def contents_words(entries: Iterable) -> Iterator[str]:
    for entry in entries:
        yield from words_of(entry.title)
        yield from words_of(entry.page)
        yield from contents_words(entry.children)


def block_words(block) -> list[str]:
    """The words a block holds itself, its children excluded."""
    name = _name(block)
    if name == "Section":
        return words_of(" ".join(heading_label(block.num))) + words_of(render(block.heading))
    if name in ("Paragraph", "Clause"):
        return words_of(" ".join(number_label(block.num))) + words_of(render(block.content))
    if name == "Item":
        return words_of(block.label) + words_of(render(block.content))
    if name == "Quote":
        return []
    if name == "Resolution":
        return [
            *value_words("header", getattr(block, "header", None)),
            *resolution_line(block),
            *value_words("head_notes", getattr(block, "head_notes", ())),
            *value_words("adoption", block.adoption),
            *value_words("title", block.title),
            *value_words("formula", block.formula),
        ]
    if name == "Salutation":
        return words_of(block.text)
    if name == "Contents":
        return [*words_of(block.heading), *words_of(block.column), *contents_words(block.entries)]
    if name == "Table":  # the rows as written; the cells are split from them
        return [*words_of(block.caption), *(word for row in block.rows for word in words_of(row))]
    if name in ("Figure", "Unclassified"):
        return [word for line in block.lines for word in words_of(line)]
    # a block this test does not know
    runs = getattr(block, "content", None) or getattr(block, "heading", None) or ()
    return words_of(render(runs)) + [word for text in _strings(block) for word in words_of(text)]


def _formula_in_single_clause(resolution) -> bool:
    """``Resolves to approve …``: the formula is the first word of a single unnumbered clause, not a line."""
    clauses = resolution.operative
    return (
        len(clauses) == 1
        and getattr(clauses[0], "num", "") is None
        and render(clauses[0].content).lstrip().startswith(resolution.operative_formula)
    )


def blocks_words(blocks: Iterable) -> Iterator[str]:
    for block in blocks:
        yield from block_words(block)
        if _name(block) == "Resolution":
            yield from blocks_words(block.preamble)
            if block.operative_formula is not None and not _formula_in_single_clause(block):
                yield from words_of(block.operative_formula + ":")
            yield from blocks_words(block.operative)
        else:
            yield from blocks_words(getattr(block, "children", ()))


def words_in_tree(document: iomparse.Document) -> Counter[str]:
    """The multiset of words a parsed document holds (see the module docstring)."""
    words: list[str] = [*document_meta_words(document), *blocks_words(document.body)]
    for annex in document.annexes:
        if annex.label is not None and not annex.label_inferred:
            words += words_of(annex.label)
        words += meta_words(annex.meta)
        words += blocks_words(annex.body)
    for footnote in document.footnotes:
        words += [*normalize_token(footnote.marker.translate(_TO_SUPERSCRIPTS)), *words_of(render(footnote.content))]
    for furniture in document.furniture:
        words += words_of(furniture.text)
    counted = Counter(words)
    if any(d.code == "organ-from-footer" for d in document.diagnostics):  # read out of the footer: counted there
        counted.subtract(words_of(document.meta.organ))
    return +counted


# -- the check ----------------------------------------------------------------------------------------


def _where(text: str, words: Iterable[str]) -> str:
    """Line numbers of the input where each word occurs, for the failure message."""
    lines = _NEWLINE.split(text.removeprefix("\ufeff"))
    notes = []
    for word in sorted(words)[:15]:
        at = [str(n) for n, line in enumerate(lines, 1) if word in words_of(line)][:5]
        notes.append(f"{word!r} (line {', '.join(at) or '?'})")
    return "; ".join(notes)


def assert_conserved(text: str) -> None:
    document = iomparse.parse(text)
    expected = words_in_text(text)
    found = words_in_tree(document)
    lost = expected - found
    extra = found - expected
    message = []
    if lost:
        message.append(f"words lost ({sum(lost.values())}): {dict(lost.most_common(15))}; at {_where(text, lost)}")
    if extra:
        message.append(f"words duplicated or invented ({sum(extra.values())}): {dict(extra.most_common(15))}")
    assert not lost and not extra, "\n".join(message)


# -- the tests ----------------------------------------------------------------------------------------


def test_normalisation_examples():
    assert normalize_token("**purposes") == ["purposes"]
    assert normalize_token("Nations.¹") == ["nations", "^1"]
    assert normalize_token("¹²") == ["^12"]
    assert normalize_token("a¹b") == ["a", "^1", "b"]
    assert normalize_token("COUNCIL***") == ["council"]
    assert normalize_token("_____") == []
    assert normalize_token("No.5") == ["no", "5"]
    assert normalize_token("04") == ["4"]
    assert words_of("- (a) to make arrangements;") == ["a", "to", "make", "arrangements"]
    assert words_of("refugees – be they") == ["refugees", "be", "they"]
    assert words_of("Introduction.....1 and . . . 2 … etc…") == ["introduction", "1", "and", "2", "etc"]
    assert words_in_text("\ufeffMC/INF/274\r\nOriginal: English") == Counter(
        ["mc", "inf", "274", "original", "english"]
    )


@pytest.mark.parametrize("stem", sorted(SEEDS.values()))
def test_seed_conserved(stem):
    assert_conserved(sample_text(stem))


OTHER_SAMPLES = sorted(path.stem for path in SAMPLES.glob("*.txt") if path.stem not in SEEDS.values())


@pytest.mark.parametrize("stem", OTHER_SAMPLES)
def test_sample_conserved(stem):
    assert_conserved(sample_text(stem))


@given(text=seed_documents())
def test_conserved_in_shuffled_seed_fragments(text):
    assert_conserved(text)


_REPORT_COVER = (
    "\n\nCOUNCIL\n\n107th Session\n\n**REPORT ON THE 107TH SESSION OF THE COUNCIL***\n\nGeneva\n\n"
    "Tuesday, 29 November, to Friday, 2 December 2016\n\nRapporteur: Ms H. Lindqvist (Sweden)\n\n__________\n\n"
    "* This report was approved by the Council at its 108th Session through Resolution No. 1357 of 29 November 2017."
    "\n\nC/107/24/Rev.1\nPage i\n\nCONTENTS\n\nPage\n\nIntroduction" + "." * 109
)


@pytest.mark.parametrize(
    "tail",
    [
        "1\n\n\n\n\n\n1\n\n\nC/110/RES/1370\n1",
        "1\n\n\n\n\n\n\n\n\nC/110/RES/1370\n\n**Original: English\n2\n\n\nC/110/RES/1370\n\n**Original: English\n2",
    ],
    ids=["page-after-leader-no-marker", "annex-lines-out-of-order"],
)
def test_conserved_in_fragments_hypothesis_found(tail):
    """Two shuffles of sample fragments Hypothesis found: a contents entry's page after its leader, a note's
    number below (``Introduction……1`` / ``1`` / ``C/110/RES/1370``), was made the note's marker; and an annex
    whose last block's lines stand above its first's gave a span running backwards."""
    assert_conserved(_REPORT_COVER + tail)


@given(text=sample_documents())
def test_conserved_in_shuffled_sample_fragments(text):
    assert_conserved(text)


# Small inputs, one per way of losing or duplicating text found by the tests above (shrunk by hand from
# Hypothesis and sample failures), so that each is reported by name.
SMALL_CASES = {
    "paragraph number repeated in content": "1. 1",
    "heading number repeated in content": "I. I",
    "parenthesised heading number repeated in content": "(1) 1",
    "form feed inside a line": "1. Budget\fproposals.",
    "second adoption line": (
        "RESOLUTION\n\n(Adopted by the Council at its 1st meeting)\n\n(Adopted by the Council at its 2nd meeting)"
    ),
    "two symbols in a header": "MC/2378\nC/110/L/2",
    "symbol and date apart from a compilation's first header": (
        "NINETY-FOURTH SESSION\n\nRESOLUTION No. 1157 (XCIV)\n\nC/110/RES/1370\n\nOriginal: English\n"
        "27 November 2019\n\nNINETY-FOURTH SESSION\n\nRESOLUTION No. 1157 (XCIV)\n\nC/110/RES/1370\n\n"
        "Original: English\n27 November 2019"
    ),
    "two dates in a header": "20 November 2019\n25 November 2019",
    "two Original lines": "Original: English\nOriginal: English",
    "two bold lines in a header": "**The General**\n\n**The Director General**",
    "date in capitals": "4 NOVEMBER 2004",
    "date with a leading zero": "04 November 2004",
    "Original in capitals": "ORIGINAL: ENGLISH",
    "text after the language on an Original line": "10 December 2018\nOriginal: English 14",
    "decimal heading with a full stop": "V.1. Resources\n\n1. Text.",
    "labelled heading with a spaced colon": "Objective 3 : Partnerships\n\n1. Text.",
    "part heading with a colon": "PART II: Programmes\n\n1. Text.",
    "operative formula with a spaced colon": "RESOLUTION No. 5\n\nThe Council,\n\nResolves :\n\n1. Approves.",
    "resolution heading in lower case": "Resolution No. 5\n\nThe Council,",
    "resolution number without a space": "RESOLUTION No.5\n\nThe Council,",
    "Statement by line in bold": "**Statement by: Representative**",
    "Statement by line after a letterhead": "**Geneva**\n\nStatement by: Mr X",
    "Rapporteur line": "Rapporteur: (Sweden)\nC/107/24/Rev.1",
    "place and dates on one line": "**Geneva**\n\nGeneva, 24th – 27th November 2015",
    "session inside the occasion line": "**110th Session Council**",
    "contents column heading": "CONTENTS\nPage",
    "text line right after a contents entry": "CONTENTS\nIntroduction ........ 1\nAdoption of the agenda",
    "statement-by line in capitals": "STATEMENT BY THE DIRECTOR GENERAL",
    "header of the first draft of a compilation": "C/109/L/3\nRESOLUTION**\nC/109/L/4\nRESOLUTION**",
    "resolution title in the document title": "RESOLUTION No. 923 (LXXI)\n\nFUTURE ACTIVITIES OF IOM\n\nThe Council,",
}


@pytest.mark.parametrize("text", list(SMALL_CASES.values()), ids=list(SMALL_CASES))
def test_conserved_small_case(text):
    assert_conserved(text)
