"""The line classifier: physical lines → typed logical lines, one Lark token each.

`lex` runs short passes over the lines, in this order:

1. **normalize** (`iomparse.layout`): pdftotext's plain-digit footnote markers and lone labels brought to
   the converter's conventions;
2. **classify and join** (`_logical_lines`): every physical line gets a kind from the ordered rule table
   `RULES` (first match wins); a line that does not start a block continues the logical line above it, so
   titles broken over two lines, Markdown hard breaks and hard-wrapped paragraphs become one line; tables
   laid out with spaces are gathered;
3. **charts and headers** (`_mark_figure`, `_mark_headers`): trailing chart fragments, and what each line of
   a header block is (organ, place, meeting dates, cover notes, speaker …);
4. **arrange** (`_arrange`): the contextual decisions no single line can make: which lines are page
   furniture (the document's own symbol repeated as a running header, ``Page 3``, a title repeated as a
   running title), which are footnote bodies (taken out of the flow), which text continues a paragraph
   interrupted by a page break;
5. **headings** (`_mark_headings`): short lines above numbered paragraphs become headings, and heading
   styles are ranked into three levels per document part.

What leaves this module is a `Lexed`: the tokens for the grammar, plus the footnote bodies and furniture
taken out of the flow, so nothing read is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from attrs import define, field
from lark import Token

from .layout import CAPTION, normalize_pdf_text
from .source import Line, split_lines
from .symbols import SYMBOL_CANDIDATE, parse_symbol
from .values import FULL_DATE, ROMAN_PATTERN, parse_date_range, parse_session

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_TO_DIGIT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# Participles and adjectives that open a preambular clause of a resolution (conventions §15).
PREAMBLE_OPENERS = (
    "Acknowledging|Affirming|Appreciating|Aware|Bearing in mind|Believing|Commending|Concerned|Conscious|"
    "Considering|Convinced|Deeply|Determined|Emphasizing|Encouraged|Expressing|Further|Guided|Having|"
    "Highlighting|Mindful|Noting|Reaffirming|Recalling|Recognizing|Referring|Reiterating|Stressing|"
    "Taking|Underlining|Underscoring|Welcoming"
)

_PREAMBLE_START = re.compile(rf"(?:{PREAMBLE_OPENERS})\b")

# Words that name the audience in a salutation (conventions §19).
_AUDIENCE = r"delegat|excellenc|ladies|gentlemen|chair|president|colleagues|friends|members|distinguished"


@define
class LogicalLine:
    """A classified logical line: ``kind`` is the grammar terminal it becomes, ``label`` the number or
    marker it opens with (``"12"``, ``"(a)"``, ``"V.1"``), ``text`` the rest, markup kept."""

    kind: str
    text: str
    start: int
    end: int
    page: int
    label: str | None = None
    raw: list[str] = field(factory=list)
    groups: dict[str, str | None] = field(factory=dict)
    header: bool = False  # whether the line belongs to a header block
    numbers: list[int] = field(factory=list)  # the line number of each line in ``raw``
    rule: str = ""  # the name of the decision that gave the line its kind (see `DECISIONS`)

    def decide(self, kind: str, rule: str) -> None:
        """Give the line ``kind``, recording the decision ``rule`` (a key of `DECISIONS`) that chose it."""
        self.kind, self.rule = kind, rule

    def match_group(self, name: str) -> str | None:
        """A named group of the rule that classified the line (``None`` when absent)."""
        return self.groups.get(name)

    def token(self) -> LineToken:
        # type, value, start_pos, line, column, end_line: positional arguments, the cheapest to pass
        token = LineToken(self.kind, self.text, None, self.start, 1, self.end)
        token.info = self
        return token


class LineToken(Token):
    """A Lark token that carries its `LogicalLine`."""

    __slots__ = ("info",)
    info: LogicalLine


@define
class Lexed:
    """The lexer's output: tokens for the grammar and what was taken out of the text flow."""

    tokens: list[LineToken]
    footnotes: list[LogicalLine]
    furniture: list[LogicalLine]
    pages: int
    own_symbol: str | None = None  # the first symbol line: the document's own
    markers: bool = True  # whether the text has footnote markers (superscript digits) at all


_MARKER_TAIL = SUPERSCRIPT_DIGITS + " "


@lru_cache(maxsize=8192)
def strip_markup(text: str) -> str:
    """Text without edge bold/italic asterisks, underscores or heading hashes, spaces collapsed."""
    return " ".join(text.strip().strip("*_#").strip().split())


# --------------------------------------------------------------------------------------------------
# Pass 1: the rule table


@define
class Rule:
    """One line kind: a regex on the line's text with its edge markup stripped, and an optional check."""

    kind: str
    name: str  # the rule's name, recorded on the lines it classifies (see `DECISIONS`)
    pattern: re.Pattern[str]
    check: Callable[[re.Match[str]], bool] | None = None
    style: str | None = None  # for headings: the numbering style (see _STYLE_RANK)
    longest: int | None = None  # lines longer than this are never of this kind (a header line is short)
    first: str | None = None  # the characters a line of this kind can start with (None: any)


def _short_without_full_stop(match: re.Match[str], words: int = 14) -> bool:
    text = strip_markup(match.group("text"))
    return len(text.split()) <= words and not text.endswith((".", ";", ","))


_LOWER = re.compile(r"[^\W\d_A-Z]")  # a lower-case (or caseless) letter
_UPPER = re.compile(r"[A-Z]")


def _is_caps(text: str) -> bool:
    """Whether a line is in capitals: four letters in five at least are capitals (``IOM'S``, ``1995-2000``).
    A title or heading is short: a line of more than 400 characters is running text."""
    if len(text) > 400:
        return False
    lower = len(_LOWER.findall(text))
    upper = len(_UPPER.findall(text)) if lower <= len(text) // 4 else 0
    return upper >= 2 and upper >= 4 * lower


_SUPERSCRIPT_RUN = f"[{SUPERSCRIPT_DIGITS}]+"
_TOC_ENTRY = re.compile(r"(?P<text>\S.*?)\s*(?:[.…·]\s?){3,}\s*(?P<label>[ivxlcdm]+|\d+)")
_PAGE_AT_END = re.compile(r"(?<![A-Za-z\d])(?:[ivxlcdm]+|\d+)$")
_SUPERSCRIPT_SEARCH = re.compile(f"[{SUPERSCRIPT_DIGITS}]")
_RULE_LINE = re.compile(r"[_\-–—=]{5,}")  # an underscore rule above footnotes or cover notes

_DIGITS = "0123456789"
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_BULLETS = "-•–▪●◦"

RULES: tuple[Rule, ...] = (
    Rule(
        "FOOTNOTE",
        "footnote-body",
        re.compile(rf"(?P<label>{_SUPERSCRIPT_RUN})\s*(?P<text>\S.*)"),
        first=SUPERSCRIPT_DIGITS,
    ),
    Rule(
        "ORIGINAL",
        "original-language",
        re.compile(r"Original\s*:\s*(?P<text>[A-Za-z]+)(?:\s+(?P<date>.+))?", re.IGNORECASE),
        longest=120,
        first="Oo",
    ),
    Rule(
        "DATE_LINE",
        "date",
        re.compile(f"(?P<text>{FULL_DATE.pattern})", re.IGNORECASE),
        longest=40,
        first=_DIGITS,
    ),
    Rule(
        "SESSION_LINE",
        "session",
        re.compile(r"(?P<text>.{3,60}?\s+session)", re.IGNORECASE),
        check=lambda m: parse_session(m.group("text")) is not None,
        longest=80,
    ),
    Rule(
        "ANNEX_LABEL",
        "annex-label",
        re.compile(r"(?P<text>(?:Annex|ANNEX|Appendix|APPENDIX)(?: [IVXLC]+| \d+| [A-Z])?)"),
        longest=20,
        first="A",
    ),
    Rule(
        "PAGE_LABEL", "page-label", re.compile(r"(?P<text>Page [ivxlcdm\d]+(?:/[ivxlcdm\d]+)?)"), longest=20, first="P"
    ),
    Rule("COVER_FOOTER", "cover-footer", re.compile(r"(?P<text>COUNCIL\s+CONSEIL\s+CONSEJO)"), longest=40, first="C"),
    Rule("RAPPORTEUR", "rapporteur", re.compile(r"Rapporteur\s*:\s*(?P<text>.+)"), longest=160, first="R"),
    Rule("SPEAKER", "statement-by", re.compile(r"Statement by\s*:\s*(?P<text>.+)"), longest=200, first="S"),
    Rule(
        "DATE_RANGE",
        "date-range",
        re.compile(r"(?:(?P<place>[A-Z][a-zé]+(?: [A-Z][a-zé]+)?),\s+)?(?P<text>.*\d{4})"),
        check=lambda m: parse_date_range(m.group("text")) is not None,
        longest=120,
    ),
    Rule(
        "TOC_HEAD",
        "contents-heading",
        re.compile(r"(?P<text>(?:TABLE OF )?CONTENTS(?: \(cont'?d\))?)", re.IGNORECASE),
        longest=30,
        first="TtCc",
    ),
    Rule("TOC_COLUMN", "contents-column", re.compile(r"(?P<text>(?:Paragraphs\s+)?Page)"), longest=20, first="P"),
    Rule("TOC_ENTRY", "contents-entry", _TOC_ENTRY),
    Rule(
        "RESOLUTION_HEAD",
        "resolution-heading",
        re.compile(
            r"(?P<draft>DRAFT )?RESOLUTION(?: No\.? ?(?P<label>\d+)(?: \((?P<session>[IVXLC]+)\))?)?", re.IGNORECASE
        ),
        longest=60,
        first="DdRr",
    ),
    Rule("ADOPTION", "adoption-line", re.compile(r"\((?P<text>Adopted by the .+)\)"), longest=200, first="("),
    Rule(
        "FORMULA",
        "enacting-formula",
        re.compile(r"(?P<text>The [A-Z][A-Za-z ]{2,60},)"),
        check=lambda m: len(m.group("text").split()) <= 6,
        longest=70,
        first="T",
    ),
    Rule(
        "OPERATIVE_FORMULA",
        "operative-formula",
        re.compile(r"(?P<text>(?:Resolves|Decides))\s*:"),
        longest=20,
        first="RD",
    ),
    Rule(
        "OPERATIVE_CLAUSE",
        "single-operative-clause",
        re.compile(r"(?P<text>(?:Resolves|Decides) (?:to|that) .+)"),
        first="RD",
    ),
    Rule("PREAMBLE", "preamble-clause", re.compile(rf"(?P<text>(?:{PREAMBLE_OPENERS})\b.*,)"), first=_CAPITALS),
    Rule(
        "SALUTATION",
        "salutation",
        re.compile(r"(?P<text>[A-Z](?:[^.;:]|(?<=M[rs])\.|(?<=Mrs)\.|(?<=Dr)\.){2,120},)"),
        check=lambda m: (
            re.search(_AUDIENCE, m.group("text"), re.IGNORECASE) is not None and len(m.group("text").split()) <= 16
        ),
        longest=160,
        first=_CAPITALS,
    ),
    Rule("CLOSING", "closing", re.compile(r"(?P<text>(?:I )?[Tt]hank you\b[^.!]{0,60}[.!])"), longest=80, first="ITt"),
    Rule(
        "HEADING",
        "heading-part",
        re.compile(r"(?P<label>PART (?:[IVX]+|\d+|[A-Z]))\s*[–—:.-]?\s*(?P<text>\S.*)", re.IGNORECASE),
        check=_short_without_full_stop,
        style="part",
        longest=250,
        first="Pp",
    ),
    Rule(
        "HEADING",
        "heading-decimal",
        re.compile(rf"(?P<label>(?:{ROMAN_PATTERN}|\d{{1,2}})\.\d{{1,2}})\.?\s+(?P<text>\S.*)"),
        check=_short_without_full_stop,
        style="decimal",
        longest=250,
        first=_DIGITS + "IVXLC",
    ),
    Rule(
        "HEADING",
        "heading-roman",
        re.compile(rf"(?P<label>(?=[IVXLC]){ROMAN_PATTERN})\.\s+(?P<text>\S.*)"),
        # C., D., L. and M. are the letters after B., C., K., L.: no document has a 50th or 100th part
        check=lambda m: m.group("label") not in ("C", "D", "L", "M") and _short_without_full_stop(m),
        style="roman",
        longest=250,
        first="IVXLC",
    ),
    Rule(
        "HEADING",
        "heading-letter",
        re.compile(r"(?P<label>[A-H])\.\s+(?P<text>[A-Z]\S*(?: \S+)*)"),
        check=_short_without_full_stop,
        style="letter",
        longest=250,
        first="ABCDEFGH",
    ),
    Rule(
        "HEADING",
        "heading-paren",
        re.compile(r"(?P<label>\(\d{1,2}\))\s+(?P<text>\S.*)"),
        check=lambda m: _short_without_full_stop(m, words=8),
        style="paren",
        longest=250,
        first="(",
    ),
    Rule(
        "HEADING",
        "heading-label",
        re.compile(r"(?P<label>[A-Z][a-z]+ \d{1,2})\s*:\s*(?P<text>\S.*)"),
        check=lambda m: not m.group("text").rstrip("*").endswith("."),
        style="label",
        longest=250,
        first=_CAPITALS,
    ),
    Rule("PARA", "numbered-paragraph", re.compile(r"(?P<label>\d{1,3})\.\s+(?P<text>\S.*)"), first=_DIGITS),
    Rule(
        "ITEM",
        "labelled-item",
        re.compile(r"(?:[-•–▪●◦]\s+)?(?P<label>\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\))\s+(?P<text>\S.*)"),
        first="(" + _BULLETS,
    ),
    Rule("BULLET", "bullet", re.compile(r"[-•–▪●◦]\s+(?P<text>\S.*)"), first=_BULLETS),
)

# Kinds after which a following plain line starts a new logical line rather than continuing this one.
_STANDALONE = frozenset(
    {
        "TABLE",
        "TOC_ENTRY",
        "RAPPORTEUR",
        "DATE_RANGE",
        "RULE",
        "ORIGINAL",
        "DATE_LINE",
        "SESSION_LINE",
        "ANNEX_LABEL",
        "PAGE_LABEL",
        "COVER_FOOTER",
        "SYMBOL_LINE",
        "RESOLUTION_HEAD",
        "ADOPTION",
        "FORMULA",
        "OPERATIVE_FORMULA",
        "SALUTATION",
    }
)
# Kinds of line that hold running text, into which a continuation is joined.
_OPEN_TEXT = frozenset({"PARA", "ITEM", "BULLET", "TEXT", "PREAMBLE"})
_TERMINAL_PUNCTUATION = (".", ";", ":", "?", "!", "”", '"', "’", ",")
# Kinds of line that open a header block after a body: an annex that lost its label line begins there.
_HEADER_OPENERS = frozenset({"SYMBOL_LINE", "SESSION_LINE", "ORIGINAL", "ORGAN"})
# Kinds of line that belong to a header block.
_HEADER_KINDS = frozenset(
    {
        "SYMBOL_LINE",
        "ORIGINAL",
        "DATE_LINE",
        "SESSION_LINE",
        "CAPS",
        "BOLD",
        "ORGAN",
        "PLACE",
        "MEETING_DATES",
        "RAPPORTEUR",
        "NOTE",
        "SUBTITLE",
        "SPEAKER",
        "OCCASION",
        "LETTERHEAD",
        "HEADER_TEXT",
    }
)


def _toc_entry(bare: str) -> re.Match[str] | None:
    """A contents entry: text, a leader of three dots or more (``.`` or ``…``), a page number.

    Checked from the end with string operations, so that a long run of dots costs linear time."""
    if not bare[-1:].isdigit() and bare[-1:] not in "ivxlcdm":  # most lines end otherwise: decided at once
        return None
    page = _PAGE_AT_END.search(bare[-12:])
    if page is None:
        return None
    rest = bare[: len(bare) - len(page.group())]
    title = rest.rstrip(" .…·")
    if not title or sum(c in ".…·" for c in rest[len(title) :]) < 3:
        return None
    return _TOC_ENTRY.fullmatch(f"{title}... {page.group()}")


# The rule table as tuples, its contents entry rule checked from the end (see `_toc_entry`), and for each
# first character the rules a line opening with it can match, in table order.
_RULE_TABLE = tuple(
    (
        rule.kind,
        _toc_entry if rule.pattern is _TOC_ENTRY else rule.pattern.fullmatch,
        rule.check,
        rule.style,
        rule.longest if rule.longest is not None else 10**9,
        rule.name,
        rule.first,
    )
    for rule in RULES
)
_RULES_FOR_ANY_INITIAL = tuple(rule[:6] for rule in _RULE_TABLE if rule[6] is None)
_RULES_BY_INITIAL = {
    initial: tuple(rule[:6] for rule in _RULE_TABLE if rule[6] is None or initial in rule[6])
    for initial in set().union(*(rule.first for rule in RULES if rule.first is not None))
}

Classified = tuple[str, re.Match[str] | None, str | None, str]


def classify(text: str) -> Classified:
    """The kind of one line (see `RULES`), the rule's match, heading style and name.

    ``TEXT``, ``CAPS`` or ``BOLD`` when no rule matches.
    """
    if _RULE_LINE.fullmatch(text.strip()):
        return "RULE", None, None, "rule-line"
    bare = _bare(text)
    if SYMBOL_CANDIDATE.fullmatch(bare) and parse_symbol(bare) is not None:
        return "SYMBOL_LINE", None, None, "symbol"
    length = len(bare)
    for kind, fullmatch, check, style, longest, name in _RULES_BY_INITIAL.get(bare[:1], _RULES_FOR_ANY_INITIAL):
        if length > longest:
            continue
        match = fullmatch(bare)
        if match and (check is None or check(match)):
            return kind, match, style, name
    if _is_caps(bare):
        return "CAPS", None, None, "capitals"
    stripped = text.strip()
    if stripped.startswith("**") and stripped.endswith("**"):
        return "BOLD", None, None, "bold-line"
    return "TEXT", None, None, "text"


# --------------------------------------------------------------------------------------------------
# Pass 2: logical lines


def _logical_lines(lines: list[Line], words: DocumentWords) -> list[LogicalLine]:
    """Join the physical lines that continue a logical line.

    A line continues the one above it (with no blank line between, on the same page) when it is plain text,
    capitals or bold and the line above is not a standalone kind, or when it sits inside an open ``**``.
    Hard-wrapped text from PDFs needs more rules: a numbered line whose number does not follow the last
    paragraph's is wrapped text (``… as set out in paragraph`` / ``12. of the report``); a date in capitals or
    a line without letters right under a title in capitals is part of the title; a contents entry too long
    for one line has its page on its last line; and a short line ending a sentence ends its paragraph when no
    blank line says so. A joined line is classified again as a whole (a wrapped preamble clause ends with its
    comma only on its last line).
    """
    logical: list[LogicalLine] = []
    last_line: Line | None = None  # the last non-blank physical line
    open_bold = False  # whether the last logical line has an unclosed **
    paragraph = 0  # the number of the last numbered paragraph
    table_rows = _table_rows(lines)
    width = _text_width(lines)
    column = 0  # the widest physical line of the last logical line, when it has two or more: its measure
    for index, line in enumerate(lines):
        if not line.text.strip():
            last_line = None
            continue
        if index in table_rows:
            _add_table_row(logical, line, last_line is None)
            last_line, open_bold = line, False
            continue
        kind, match, style, rule = classify(line.text)
        last = logical[-1] if logical else None
        if kind == "PARA" and last_line is not None and int(match.group("label")) not in (paragraph + 1, 1):
            kind, rule = "TEXT", "number-out-of-sequence"  # a wrapped line that starts with a number and a full stop
        if kind in ("ITEM", "BULLET") and last_line is not None and _wrapped_label(last_line.text, line.text, width):
            kind, rule = "TEXT", "label-in-wrapped-text"  # … schemes, and / (3) to monitor … : inside a sentence
        if kind == "TOC_ENTRY" and last is not None and last_line is not None and _continues_entry(last, match):
            _wrapped_entry(last, line, match)  # a long contents entry wraps; its page is on its last line
            last_line = line
            continue
        if (
            last is not None
            and last.kind == "CAPS"
            and (
                (kind == "DATE_LINE" and _is_caps(line.text))  # FINANCIAL REPORT FOR THE YEAR ENDED / 31 DECEMBER 2017
                or (kind == "TEXT" and last_line is not None and not _LETTER.search(line.text))  # … 2020 AND / 2021
            )
        ):
            kind, rule = "CAPS", "title-goes-on"
        continues = (
            last_line is not None
            and last is not None
            and last_line.page == line.page
            and last.kind not in _STANDALONE
            and (kind in ("TEXT", "CAPS", "BOLD") or (open_bold and last.kind in ("CAPS", "BOLD", "TEXT")))
            and not (last.kind == "CAPS" and kind == "TEXT" and not open_bold)
            and not (kind == "TEXT" and not open_bold and _ends_paragraph(last_line.text, width, column))
            and not (kind == "CAPS" and not open_bold and last.kind != "CAPS" and _ends_sentence(last_line.text))
            and not (kind == "TEXT" and not open_bold and _heading_between(last_line, line, lines, index))
            and not (last_line.text.rstrip().endswith(",") and _PREAMBLE_START.match(line.text.strip()))
            and line.text.strip() != last_line.text.strip()  # a line printed twice is no wrapped text
        )
        if continues:
            last.raw.append(line.text)
            last.numbers.append(line.number)
            last.end = line.number
            column = max(column, len(last.raw[0].rstrip()), len(line.text.rstrip()))
        else:
            column = 0
            logical.append(_make(kind, match, style, rule, line))
            open_bold = False
            if kind == "PARA":
                paragraph = int(match.group("label"))
        open_bold ^= line.text.count("**") % 2 == 1
        last_line = line
    for position, line in enumerate(logical):
        if len(line.raw) > 1 and line.kind != "TABLE":
            logical[position] = _rejoin(line, words)
    return logical


def _continues_entry(first: LogicalLine, match: re.Match[str]) -> bool:
    """Whether a contents entry line (``… of the Budget ……… 5``) ends the entry opened by the line above it:
    plain text; an item's text going on in lower case (``(c) Status report … Administrative Part``); a
    title in capitals going on in capitals, not an entry under a group heading."""
    text = match.group("text").lstrip()
    if first.kind in ("TEXT", "BOLD"):
        return True
    if first.kind == "ITEM":
        return text[:1].islower()
    return first.kind == "CAPS" and _is_caps(text)


def _wrapped_entry(first: LogicalLine, line: Line, match: re.Match[str]) -> None:
    """Make ``first``, the first line of a wrapped contents entry, the whole entry ending on ``line``."""
    text = " ".join([*(raw.strip() for raw in first.raw), match.group("text")])
    whole = _TOC_ENTRY.fullmatch(f"{text}... {match.group('label')}")
    first.decide("TOC_ENTRY", "contents-entry-wrapped")
    first.label, first.groups = whole.group("label"), whole.groupdict()
    first.text = f"{text}... {match.group('label')}"
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
        and not _bare(above).endswith((":", ";", "."))
        and text.startswith(("(", "- ", "– "))
    )


def _rejoin(line: LogicalLine, words: DocumentWords) -> LogicalLine:
    """A logical line made of several physical lines: its text joined, and classified again if it was text."""
    pieces = [line.text]
    for raw in line.raw[1:]:
        right = raw.strip()
        if _BOLD_CLOSED.search(pieces[-1]) and _BOLD_REOPENED.match(right):  # **110th Session** / **General Debate**
            pieces[-1], right = pieces[-1][:-2], right[2:]  # one bold span, as a PDF's text has it
        pieces[-1], separator = _wrap_point(pieces[-1], right, words)
        pieces += [separator, right]
    text = "".join(pieces)
    line.text = text
    if line.kind in ("CAPS", "BOLD", "TEXT"):
        kind, match, style, rule = classify(text)
        if kind not in ("CAPS", "BOLD", "TEXT") and match is not None:
            joined = _make(kind, match, style, rule, Line(line.start, text, line.page))
            joined.end, joined.raw, joined.numbers = line.end, line.raw, line.numbers
            return joined
        line.decide(kind, rule)
    return line


_BOLD_CLOSED = re.compile(r"[^*\s]\*\*$")
_BOLD_REOPENED = re.compile(r"\*\*[^*\s]")
_HYPHENATED = re.compile(r"([A-Za-z]+)-$")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[A-Za-z]+")


def _wrap_point(left: str, right: str, words: DocumentWords) -> tuple[str, str]:
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
    """The words of a document, in lower case: the vocabulary `_wrap_point` checks a broken word against.
    Collected on first use only: most documents have no word broken at a line end."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: DocumentWords | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = frozenset(word.lower() for word in _WORD.findall(self._text))
        return word in self._words


def _text_width(lines: list[Line]) -> int:
    """The usual length of a full line of wrapped text: the 90th percentile of the lengths of long lines."""
    lengths = sorted(len(line.text.rstrip()) for line in lines if len(line.text.strip()) > 40)
    if len(lengths) < 5:
        return 0
    return lengths[int(len(lengths) * 0.9)]


def _ends_sentence(text: str) -> bool:
    """Whether a line ends with a full stop, a colon or a semicolon: a line in capitals after it is a heading
    (``… It held six meetings.`` / ``ATTENDANCE``), not the text going on."""
    return _bare(text).endswith((".", ":", ";", ".”", '."'))


_SHORT_TITLE = re.compile(r"[A-Z](?:\S*\s+){0,15}\S*[^\s.;:,?!”\"’]")
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
        and _bare(line.text) == line.text.strip()  # no markup, no footnote marker at its end
        and _ends_sentence(above.text)
    )


def _ends_paragraph(text: str, width: int, column: int) -> bool:
    """Whether a line ends its paragraph although no blank line follows: wrapped text (``width`` > 0) whose
    line stops well short of the margin after a full stop. The margin is the paragraph's own when it has two
    lines or more (``column``): an item or a quotation is narrower than the page, and plain pdftotext does
    not indent it."""
    stripped = text.rstrip()
    measure = min(width, column) if column else width
    return width > 100 // 2 and len(stripped) < 0.8 * measure and stripped.endswith((".", ".”", '."', ":"))


_COLUMN_GAP = re.compile(r"\S\s{2,}(?=\S)")


def _table_rows(lines: list[Line]) -> set[int]:
    """Indexes of lines laid out in columns: runs of two or more lines with gaps of several spaces between
    their cells, at least two of them with two gaps or more, and figures among the cells (conventions §22)."""
    rows: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, Line(0, "", 0)]):
        gaps = len(_COLUMN_GAP.findall(line.text.strip())) if "  " in line.text.strip() else 0
        if gaps and any(c.isdigit() for c in line.text):
            run.append(index)
            continue
        if len(run) >= 2 and sum(len(_COLUMN_GAP.findall(lines[i].text.strip())) >= 2 for i in run) >= 2:
            rows.update(run)
        run = []
    return rows


def _add_table_row(logical: list[LogicalLine], line: Line, previous_blank: bool) -> None:
    """A table row joins the table above it; a new table takes the parenthesised caption right above it."""
    last = logical[-1] if logical else None
    if last is not None and last.kind == "TABLE" and not previous_blank:
        last.raw.append(line.text)
        last.numbers.append(line.number)
        last.end = line.number
        last.text = f"{last.text}\n{line.text}"
        return
    table = LogicalLine(
        "TABLE", line.text, line.number, line.number, line.page, None, [line.text], numbers=[line.number], rule="table"
    )
    if last is not None and last.kind == "TEXT" and CAPTION.fullmatch(last.text.strip()):
        logical.pop()
        table.label = last.text.strip()
        table.start = last.start
        table.raw, table.numbers = [*last.raw, *table.raw], [*last.numbers, *table.numbers]
    logical.append(table)


def _make(kind: str, match: re.Match[str] | None, style: str | None, rule: str, line: Line) -> LogicalLine:
    text = line.text.strip()
    groups = match.groupdict() if match is not None else {}
    label = groups.get("label")
    if match is not None and kind in ("PARA", "ITEM", "BULLET", "HEADING", "FOOTNOTE"):
        text = _after_label(text, match)  # keep the content's own markup: cut the label off the line as written
    if style:
        groups["__style__"] = style
    return LogicalLine(
        kind, text, line.number, line.number, line.page, label, [line.text], groups, numbers=[line.number], rule=rule
    )


def _after_label(text: str, match: re.Match[str]) -> str:
    """The content of a labelled line as written (its markup kept): what follows the label."""
    if text.startswith(match.string):  # the rule read the line as written, only trailing markup cut off
        return text[match.start("text") :]
    # The rule read the line with its edge markup cut off and its spaces collapsed (see `strip_markup`): find
    # where the words it read before the content (the label, a bullet) end in the line as written.
    markup = len(text) - len(text.lstrip().lstrip("*_#").lstrip())
    opening = r"\s+".join(map(re.escape, match.string[: match.start("text")].split()))
    found = re.compile(opening).match(text, markup)
    if found is None:
        return match.group("text")
    rest = text[found.end() :].lstrip()
    # an opening ** before the label belongs to the content
    if text[:markup].lstrip().startswith("**") and not rest.startswith("**"):
        rest = "**" + rest
    return rest


# --------------------------------------------------------------------------------------------------
# Pass 3: context


def _ends_open(text: str) -> bool:
    return not strip_markup(text).rstrip(SUPERSCRIPT_DIGITS).endswith(_TERMINAL_PUNCTUATION)


def _starts_lower(text: str) -> bool:
    bare = strip_markup(text)
    return bool(bare) and (bare[0].islower() or bare[0] in "(–-")


def _is_fragment(line: LogicalLine) -> bool:
    bare = strip_markup(line.text)
    return line.kind in ("TEXT", "CAPS", "BOLD") and len(bare.split()) <= 6 and not bare.endswith((".", ";", ","))


def lex(text: str) -> Lexed:
    """Classify ``text`` into the tokens the document grammar reads."""
    lines = normalize_pdf_text(split_lines(text))
    words = DocumentWords(text)
    logical = _logical_lines(lines, words)
    _mark_figure(logical)
    _mark_headers(logical)
    flow, footnotes, furniture = _arrange(logical, words)
    _mark_headings(flow)
    tokens = [line.token() for line in flow]
    pages = max((line.page for line in lines if line.text.strip()), default=1)  # a final \f opens no page
    own = next((_bare(line.text) for line in flow if line.kind == "SYMBOL_LINE"), None)
    markers = any(_SUPERSCRIPT_SEARCH.search(line.text) for line in flow)
    return Lexed(tokens, footnotes, furniture, pages=pages, own_symbol=own, markers=markers)


def _arrange(
    logical: list[LogicalLine], words: DocumentWords
) -> tuple[list[LogicalLine], list[LogicalLine], list[LogicalLine]]:
    """Split logical lines into the text flow, footnote bodies and page furniture; join continuations.

    Furniture: the document's own symbol repeated as a running header, ``Page 3``, rules, a title repeated
    as a running title, an annex label repeated on the annex's later pages.
    """
    flow: list[LogicalLine] = []
    footnotes: list[LogicalLine] = []
    furniture: list[LogicalLine] = []
    own_symbol: str | None = None
    annex: str | None = None  # the label of the annex being read
    titles: set[str] = set()  # titles seen in header blocks: a later copy of one is a running title
    in_header = True  # no body line seen since the start or the last annex boundary
    open_text: LogicalLine | None = None  # the last line of running text, which a continuation may join
    pieces: list[str] = []  # the open text as pieces, joined once it is closed (linear in the text's length)
    open_page = 1  # the page that text ended on
    broken = False  # whether a page break (footnotes, furniture) came after the open text
    headings = heading_candidates(logical)
    for index, line in enumerate(logical):
        kind = line.kind
        bare = _bare(line.text)
        if kind == "FOOTNOTE":
            footnotes.append(line)
            broken = True
            continue
        if kind in ("RULE", "PAGE_LABEL", "COVER_FOOTER") or (kind == "ANNEX_LABEL" and bare == annex):
            if kind == "ANNEX_LABEL":
                line.decide("RUNNING_ANNEX_LABEL", "annex-label-repeated")
            furniture.append(line)
            broken = True
            continue
        if kind == "SYMBOL_LINE":
            if own_symbol is None:
                own_symbol = bare
            elif bare == own_symbol and flow:
                line.decide("RUNNING_HEADER", "own-symbol-repeated")
                furniture.append(line)
                broken = True
                continue
        if kind in ("TEXT", "CAPS", "BOLD") and bare.rstrip("*") in titles:
            line.decide("RUNNING_TITLE", "title-repeated")
            furniture.append(line)
            continue
        if (
            kind == "TEXT"
            and open_text is not None
            and (
                _continues(pieces[-1], line, headings[index])
                or _continues_over_page(open_text, line, broken or line.page != open_page)
            )
        ):
            pieces[-1], separator = _wrap_point(pieces[-1], line.text, words)
            pieces += [separator, line.text]
            open_text.end = line.end
            open_text.raw.extend(line.raw)
            open_text.numbers.extend(line.numbers)
            open_page, broken = line.page, False
            continue
        if kind == "ANNEX_LABEL":
            annex = bare
        if kind == "ANNEX_LABEL" or (kind in _HEADER_OPENERS and not in_header):
            in_header = True  # an annex begins, with a header block of its own
        elif kind not in _HEADER_KINDS:
            in_header = False
        if in_header and kind == "CAPS":
            titles.add(bare.rstrip("*"))
        if open_text is not None:
            open_text.text = "".join(pieces)
        open_text = line if kind in _OPEN_TEXT else None
        pieces = [line.text]
        open_page, broken = line.page, False
        flow.append(line)
    if open_text is not None:
        open_text.text = "".join(pieces)
    return flow, footnotes, furniture


def _continues_over_page(open_text: LogicalLine, line: LogicalLine, broken: bool) -> bool:
    """Text after a page break continues the open list item, or, in a PDF's text, the open paragraph when it
    starts at the margin (a quotation is indented), even after a full stop."""
    if not broken:
        return False
    if open_text.kind in ("ITEM", "BULLET"):
        return True
    return line.page != open_text.page and not line.raw[0].startswith("  ")


@lru_cache(maxsize=8192)
def _bare(text: str) -> str:
    """A line's text for comparisons: markup stripped, trailing footnote markers dropped. (Cached: the passes
    of the lexer ask it of the same lines again and again.)"""
    return strip_markup(text).rstrip(_MARKER_TAIL)


def _continues(tail: str, line: LogicalLine, heading_like: bool) -> bool:
    """Whether a text line continues the open paragraph, item or quote (interrupted by a page break), whose
    text ends with ``tail``."""
    if _starts_lower(line.text):
        return True
    return _ends_open(tail) and not heading_like


def _mark_figure(logical: list[LogicalLine]) -> None:
    """Two or more short fragments ending the document, after running text, are what is left of a chart."""
    start = len(logical)
    while start > 0 and _is_fragment(logical[start - 1]):
        start -= 1
    if len(logical) - start < 2 or not any(line.kind in _OPEN_TEXT for line in logical[:start]):
        return
    logical[start:] = [  # a chart's text: each printed line a fragment
        LogicalLine("FIGURE_LINE", raw.strip(), number, number, line.page, raw=[raw], numbers=[number], rule="chart")
        for line in logical[start:]
        for raw, number in zip(line.raw, line.numbers, strict=True)
    ]


# --------------------------------------------------------------------------------------------------
# Header blocks: what the lines of a cover page are

_ORGANS = re.compile(
    r"(?:THE )?(?:COUNCIL|EXECUTIVE COMMITTEE|STANDING COMMITTEE ON PROGRAMMES AND FINANCE|"
    r"SUB-?COMMITTEE ON BUDGET AND FINANCE|INTERNATIONAL DIALOGUE ON MIGRATION|"
    r"INFORMAL CONSULTATIONS OF THE .+)",
    re.IGNORECASE,
)
_PLACE = re.compile(r"[A-Z][a-zé]+(?: [A-Z][a-zé]+)?")
_OCCASION = re.compile(r"(?P<session>.{3,40}?\bsession)\b.+", re.IGNORECASE)
# Lines that end a header block: the body has begun.
_BODY_KINDS = frozenset(
    {
        "PARA",
        "HEADING",
        "ITEM",
        "BULLET",
        "SALUTATION",
        "RESOLUTION_HEAD",
        "FORMULA",
        "PREAMBLE",
        "OPERATIVE_FORMULA",
        "TOC_HEAD",
        "FIGURE_LINE",
        "FOOTNOTE",
        "ANNEX_LABEL",
    }
)
_STRONG_HEADER_KINDS = frozenset({"SYMBOL_LINE", "ORIGINAL", "DATE_LINE", "SESSION_LINE", "CAPS", "BOLD"})
# Before a salutation, the lines of a statement's header need no bold to be read as one: a speaker or the
# meeting's dates say so too.
_STATEMENT_HEADER_KINDS = _STRONG_HEADER_KINDS | {"SPEAKER", "DATE_RANGE"}
_CHECK_AGAINST_DELIVERY = re.compile(r"(?i)check against delivery")


def _mark_headers(logical: list[LogicalLine]) -> None:
    """Name the lines of each header block: the issuing organ, place, meeting dates, rapporteur, cover
    notes (after a rule, or starting with ``*``), a parenthesised subtitle, the speaker of a statement."""
    own = next((_bare(line.text) for line in logical if line.kind == "SYMBOL_LINE"), None)
    start = 0
    while start < len(logical):
        end = start
        while end < len(logical) and not _ends_header(logical[end]):
            end += 1
        zone = logical[start:end]
        statement = end < len(logical) and logical[end].kind == "SALUTATION"
        if statement:
            zone = [piece for line in zone for piece in _statement_header_lines(line)]
            logical[start:end] = zone
            end = start + len(zone)
        if any(line.kind in (_STATEMENT_HEADER_KINDS if statement else _STRONG_HEADER_KINDS) for line in zone):
            after_rule = False
            for line in zone:
                after_rule = after_rule or line.kind == "RULE"
                line.decide(*_header_kind(line, after_rule))
                line.header = True
            if statement:
                _mark_letterhead(zone)
                _mark_speaker(zone)
        start = _next_header_start(logical, end, own)
    for line in logical:  # lines that only a header block gives a meaning to are text elsewhere
        if line.kind in ("DATE_RANGE", "RAPPORTEUR", "SPEAKER") and not line.header:
            line.decide("TEXT", "header-line-outside-header")


def _statement_header_lines(line: LogicalLine) -> list[LogicalLine]:
    """A logical line of a statement's header split where its physical lines are header lines of their own,
    run together with no blank line between them (plain pdftotext): ``Check against delivery`` stands
    alone, and a meeting line (``110th Session of the IOM Council``) starts a line of its own."""
    if len(line.raw) < 2 or line.kind not in ("TEXT", "BOLD", "SPEAKER"):
        return [line]
    groups: list[list[tuple[str, int]]] = [[]]
    for raw, number in zip(line.raw, line.numbers, strict=True):
        bare = _bare(raw)
        alone = _CHECK_AGAINST_DELIVERY.fullmatch(bare)
        if groups[-1] and (
            alone or _starts_meeting(bare) or _CHECK_AGAINST_DELIVERY.fullmatch(_bare(groups[-1][-1][0]))
        ):
            groups.append([])
        groups[-1].append((raw, number))
    if len(groups) == 1:
        return [line]
    pieces = []
    for group in groups:
        text = " ".join(raw.strip() for raw, _ in group)
        piece = _make(*classify(text), Line(group[0][1], text, line.page))
        piece.rule = f"statement-header-split/{piece.rule}"
        piece.raw, piece.numbers, piece.end = [raw for raw, _ in group], [number for _, number in group], group[-1][1]
        pieces.append(piece)
    return pieces


def _starts_meeting(text: str) -> bool:
    """Whether a line opens with a session, as a statement's meeting line does."""
    occasion = _OCCASION.match(text)
    return occasion is not None and parse_session(occasion.group("session")) is not None


def _mark_letterhead(zone: list[LogicalLine]) -> None:
    """In a statement's header, the plain lines it opens with (a ``Check against delivery`` aside) are the
    letterhead: the mission's name and address, bold in converter output, plain in a PDF's text."""
    for line in zone:
        if line.kind != "HEADER_TEXT":
            return
        if not _CHECK_AGAINST_DELIVERY.fullmatch(_bare(line.text)):
            line.decide("LETTERHEAD", "letterhead-by-position")


def _mark_speaker(zone: list[LogicalLine]) -> None:
    """In a statement's header (followed by its salutation) with no ``Statement by:`` line, the last line of
    text is the speaker (``The Director General``, bold in converter output, plain in a PDF's text)."""
    if any(line.kind == "SPEAKER" for line in zone):
        return
    last = next((line for line in reversed(zone) if line.kind not in ("RULE", "PAGE_LABEL")), None)
    if last is not None and last.kind in ("BOLD", "HEADER_TEXT", "PLACE"):
        last.decide("SPEAKER", "speaker-by-position")


def _ends_header(line: LogicalLine) -> bool:
    return line.kind in _BODY_KINDS or (line.kind == "TEXT" and len(line.text.split()) > 30)


def _next_header_start(logical: list[LogicalLine], index: int, own: str | None) -> int:
    """Where the next header block starts: after an annex label, or at a header line after body lines (the
    document's own symbol repeated as a running header starts nothing)."""
    for position in range(index + 1, len(logical)):
        line = logical[position]
        if line.kind == "ANNEX_LABEL":
            return position + 1
        bare = _bare(line.text)
        if line.kind == "SYMBOL_LINE" and bare == own:
            continue
        if line.kind in _HEADER_OPENERS or (line.kind == "CAPS" and _ORGANS.fullmatch(bare)):
            return position
    return len(logical)


def _header_kind(line: LogicalLine, after_rule: bool) -> tuple[str, str]:
    """The kind of a header block's line, and the decision that gives it."""
    kind = line.kind
    bare = _bare(line.text)
    if kind == "DATE_RANGE":
        return "MEETING_DATES", "meeting-dates"
    if kind not in ("TEXT", "CAPS", "BOLD"):
        return kind, line.rule
    if _ORGANS.fullmatch(bare):
        return "ORGAN", "organ"
    if bare.startswith("(") and bare.endswith(")"):
        return "SUBTITLE", "subtitle"
    if kind == "TEXT" and (after_rule or line.text.startswith("*")):
        return "NOTE", "cover-note"
    if kind == "CAPS":
        return kind, line.rule
    if _OCCASION.match(bare):
        return "OCCASION", "occasion"
    if kind == "TEXT" and _PLACE.fullmatch(bare):
        return "PLACE", "place"
    return (kind, line.rule) if kind == "BOLD" else ("HEADER_TEXT", "header-line")


# --------------------------------------------------------------------------------------------------
# Headings: which short lines are headings, and at what level


# Heading styles from the outermost in: a document uses some of them, and the levels are the ranks of the
# styles it uses (conventions §8). An unnumbered heading sits under roman sections when there are any.
_STYLE_RANK = {
    "part": 0,
    "roman": 1,
    "plain": 1.5,
    "letter": 2,
    "decimal": 2,
    "paren": 2,
    "label": 2,
    "paren_letter": 3,
}
_MAX_LEVEL = 3
_LETTER_LABEL = re.compile(r"\([a-z]\)")


def heading_style(line: LogicalLine) -> str | None:
    """The heading style of a line already classified as a heading, else ``None``."""
    if not line.kind.startswith("HEADING"):
        return None
    return line.groups.get("__style__")


def _heading_shape(line: LogicalLine) -> bool:
    """A short line of text (or a lettered item) starting with a capital and ending without punctuation."""
    if line.kind not in ("TEXT", "CAPS", "ITEM"):
        return False
    if line.kind == "ITEM" and not _LETTER_LABEL.fullmatch(line.label or ""):
        return False
    bare = _bare(line.text)
    return (
        bool(bare)
        and (bare[0].isupper() or bare[0].isdigit())
        and len(bare.split()) <= 14
        and not bare.endswith((".", ",", ";", ":"))
    )


_SKIPPED_BY_HEADINGS = frozenset({"FOOTNOTE", "RULE", "PAGE_LABEL", "COVER_FOOTER", "SYMBOL_LINE"})


def heading_candidates(lines: list[LogicalLine]) -> list[bool]:
    """For each line, whether it reads as a heading: a line of heading shape followed by a numbered
    paragraph, a heading, or another candidate (``Admission of …`` above ``(a) Applications …`` above
    ``9. …``). Footnote bodies and page furniture in between are passed over. One pass, from the end."""
    flags = [False] * len(lines)
    opens_section = False  # whether the next line that counts starts a paragraph or a section
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.kind in _SKIPPED_BY_HEADINGS:
            continue
        flags[index] = opens_section and _heading_shape(line)
        opens_section = line.kind == "PARA" or line.kind.startswith("HEADING") or flags[index]
    return flags


def _mark_headings(flow: list[LogicalLine]) -> None:
    """Turn heading candidates into headings and give every heading its level within its part."""
    candidates = heading_candidates(flow)
    for index, line in enumerate(flow):
        if line.header or line.kind == "ANNEX_LABEL":  # a header block's title is no heading
            continue
        if candidates[index]:
            style = "paren_letter" if line.kind == "ITEM" else "plain"
            line.decide("HEADING", "heading-by-shape")
            line.groups = {**line.groups, "__style__": style}
            if style == "plain":
                line.label = None
    for part in _parts(flow):
        ranks = sorted({_STYLE_RANK[heading_style(line)] for line in part if heading_style(line)})
        for line in part:
            style = heading_style(line)
            if style:
                line.kind = f"HEADING_{min(ranks.index(_STYLE_RANK[style]) + 1, _MAX_LEVEL)}"


def _parts(flow: list[LogicalLine]) -> list[list[LogicalLine]]:
    """The flow cut where an annex starts: at an annex label, or at a header line after body lines."""
    parts: list[list[LogicalLine]] = [[]]
    body_seen = False
    for line in flow:
        starts_part = line.kind == "ANNEX_LABEL" or (line.kind in _HEADER_OPENERS and body_seen)
        if starts_part and parts[-1]:
            parts.append([])
            body_seen = False
        parts[-1].append(line)
        body_seen = body_seen or (line.kind not in _HEADER_KINDS and line.kind != "ANNEX_LABEL")
    return parts


# --------------------------------------------------------------------------------------------------
# The token view: what the lexer decided, one line per logical line

DECISIONS: dict[str, str] = {
    # the rule table (`RULES`) and `classify`'s fallbacks
    "rule-line": "a line of five underscores, dashes or equals signs or more",
    "symbol": "the line is a document symbol alone",
    "footnote-body": "opens with a superscript number",
    "original-language": "'Original:' and a language",
    "date": "a full date alone",
    "session": "a session line ('EIGHTY-EIGHTH SESSION', '106th Session')",
    "annex-label": "'Annex I', 'ANNEX', 'Appendix 2' alone",
    "page-label": "'Page 3' alone",
    "cover-footer": "COUNCIL CONSEIL CONSEJO",
    "rapporteur": "'Rapporteur:' and a name",
    "statement-by": "'Statement by:' and a name",
    "date-range": "a range of dates, perhaps after a place",
    "contents-heading": "CONTENTS or TABLE OF CONTENTS",
    "contents-column": "the 'Page' column label of a table of contents",
    "contents-entry": "an entry with a leader and a page number",
    "resolution-heading": "RESOLUTION No. … or DRAFT RESOLUTION",
    "adoption-line": "'(Adopted by the …)'",
    "enacting-formula": "'The Council,' (a short 'The …,' line)",
    "operative-formula": "'Resolves:' or 'Decides:'",
    "single-operative-clause": "'Resolves to …' / 'Decides that …'",
    "preamble-clause": "opens with a preambular participle and ends with a comma",
    "salutation": "a short line naming an audience and ending with a comma",
    "closing": "'Thank you …'",
    "heading-part": "'PART I – …', short and without a full stop",
    "heading-decimal": "'V.1 …', '2.3 …', short and without a full stop",
    "heading-roman": "'IV. …', short and without a full stop",
    "heading-letter": "'B. …', short and without a full stop",
    "heading-paren": "'(1) …', short and without a full stop",
    "heading-label": "'Objective 3: …'",
    "numbered-paragraph": "'12. …'",
    "labelled-item": "'(a) …', '(iv) …', perhaps after a bullet",
    "bullet": "'- …', '• …'",
    "capitals": "no rule matched; the line is in capitals",
    "bold-line": "no rule matched; the line is bold",
    "text": "no rule matched",
    # pass 2: joining physical lines into logical lines
    "number-out-of-sequence": "starts like paragraph N but N does not follow the last paragraph: wrapped text",
    "label-in-wrapped-text": "a label at the margin under a full line that opens no list: wrapped text",
    "title-goes-on": "a date in capitals or a line without letters under a title in capitals",
    "contents-entry-wrapped": "a contents entry over several lines, its page on the last",
    "table": "lines laid out in columns with figures",
    # pass 3: charts and header blocks
    "chart": "short fragments ending the document: what is left of a chart",
    "meeting-dates": "a range of dates in a header block",
    "organ": "names a governing body, in a header block",
    "subtitle": "in parentheses, in a header block",
    "cover-note": "text after a rule or starting with '*', in a header block",
    "occasion": "names a session and more, in a header block",
    "place": "one or two capitalised words, in a header block",
    "header-line": "other text in a header block",
    "header-line-outside-header": "a line only a header block gives a meaning to, outside one: text",
    "statement-header-split": "a statement's header lines run together, split at their own lines",
    "letterhead-by-position": "a plain line opening a statement's header",
    "speaker-by-position": "the last line of a statement's header, with no 'Statement by:'",
    # pass 4: furniture and footnotes
    "annex-label-repeated": "the annex's label again on a later page: running header",
    "own-symbol-repeated": "the document's own symbol again: running header",
    "title-repeated": "a title of a header block again: running title",
    # pass 5: headings
    "heading-by-shape": "a short line with no final punctuation above a numbered paragraph or a heading",
}


def decision(rule: str) -> str:
    """What the decision named ``rule`` means (a composite ``pass/rule`` name explains both parts)."""
    return "; ".join(DECISIONS.get(part, "?") for part in rule.split("/"))


def _view_line(line: LogicalLine, text_width: int) -> str:
    span = f"{line.start}" if line.start == line.end else f"{line.start}-{line.end}"
    text = " ".join(line.text.split())
    if len(text) > text_width:
        text = text[: text_width - 1] + "…"
    label = line.label or ""
    if len(label) > 7:
        label = label[:6] + "…"
    return f"{span:<10} {line.kind:<20} {label:<7} {line.rule:<28} {text}".rstrip()


def format_tokens(lexed: Lexed, *, text_width: int = 60, legend: bool = True) -> str:
    """The lexer's decisions as a table, one row per logical line: source lines, kind, label, the decision
    that set the kind, and the first characters of the text; then the footnote bodies and furniture set
    aside, and (with ``legend``) what each decision used means."""
    rows = [f"{'lines':<10} {'kind':<20} {'label':<7} {'decided by':<28} text"]
    rows += [_view_line(token.info, text_width) for token in lexed.tokens]
    for title, lines in (("footnote bodies", lexed.footnotes), ("furniture", lexed.furniture)):
        if lines:
            rows += ["", f"{title} ({len(lines)})", *(_view_line(line, text_width) for line in lines)]
    if legend:
        used = sorted({line.rule for line in (*(t.info for t in lexed.tokens), *lexed.footnotes, *lexed.furniture)})
        rows += ["", "decisions", *(f"  {rule:<28} {decision(rule)}" for rule in used)]
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m iomparse.lexer FILE``: print the token view of a text file (``-`` for standard input)."""
    import sys

    from .files import read_document_text

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("usage: python -m iomparse.lexer FILE   (the lexer's decisions, one row per logical line)")
        return 2
    text = sys.stdin.read() if args[0] == "-" else read_document_text(args[0], "utf-8")
    sys.stdout.write(format_tokens(lex(text)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
