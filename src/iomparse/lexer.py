"""The line classifier: physical lines → typed logical lines, one Lark token each.

Three passes, each a short loop over lines:

1. **classify**: every physical line gets a kind from the ordered rule table `RULES` (first match wins);
2. **join**: a line that does not start a block (plain text, capitals, a bold line) continues the logical line
   above it, so titles broken over two lines, Markdown hard breaks and hard-wrapped paragraphs become one line;
3. **arrange**: the contextual decisions no single line can make: which lines are page furniture (the
   document's own symbol repeated as a running header, ``Page 3``, a title repeated as a running title),
   which are footnote bodies (taken out of the flow), which text continues a paragraph interrupted by a page
   break, and which trailing fragments are what is left of a chart.

What leaves this module is a `Lexed`: the tokens for the grammar, plus the footnote bodies and furniture
taken out of the flow, so nothing read is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from attrs import define, field
from lark import Token

from .source import Line, split_lines
from .symbols import parse_symbol
from .values import MONTH_PATTERN, ROMAN_PATTERN, parse_date, parse_session

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_TO_DIGIT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# Participles and adjectives that open a preambular clause of a resolution (conventions §15).
PREAMBLE_OPENERS = (
    "Acknowledging|Affirming|Appreciating|Aware|Bearing in mind|Believing|Commending|Concerned|Conscious|"
    "Considering|Convinced|Deeply|Determined|Emphasizing|Encouraged|Expressing|Further|Guided|Having|"
    "Highlighting|Mindful|Noting|Reaffirming|Recalling|Recognizing|Referring|Reiterating|Stressing|"
    "Taking|Underlining|Underscoring|Welcoming"
)

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

    def match_group(self, name: str) -> str | None:
        """A named group of the rule that classified the line (``None`` when absent)."""
        return self.groups.get(name)

    def token(self) -> LineToken:
        token = LineToken(self.kind, self.text, line=self.start, end_line=self.end, column=1)
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


def strip_markup(text: str) -> str:
    """Text without edge bold/italic asterisks, underscores or heading hashes, spaces collapsed."""
    return " ".join(text.strip().strip("*_#").strip().split())


# --------------------------------------------------------------------------------------------------
# Pass 1: the rule table


@define
class Rule:
    """One line kind: a regex on the line's text with its edge markup stripped, and an optional check."""

    kind: str
    pattern: re.Pattern[str]
    check: Callable[[re.Match[str]], bool] | None = None


def _short_without_full_stop(match: re.Match[str], words: int = 14) -> bool:
    text = strip_markup(match.group("text"))
    return len(text.split()) <= words and not text.endswith((".", ";", ","))


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_SUPERSCRIPT_RUN = f"[{SUPERSCRIPT_DIGITS}]+"

RULES: tuple[Rule, ...] = (
    Rule("FOOTNOTE", re.compile(rf"(?P<label>{_SUPERSCRIPT_RUN})\s*(?P<text>\S.*)")),
    Rule("RULE", re.compile(r"[_\-–—=]{5,}")),
    Rule("ORIGINAL", re.compile(r"Original\s*:\s*(?P<text>[A-Za-z]+)(?:\s+(?P<date>.+))?", re.IGNORECASE)),
    Rule("DATE_LINE", re.compile(rf"(?P<text>\d{{1,2}} {MONTH_PATTERN} \d{{4}})", re.IGNORECASE)),
    Rule(
        "SESSION_LINE",
        re.compile(r"(?P<text>.{3,60}?\s+session)", re.IGNORECASE),
        check=lambda m: parse_session(m.group("text")) is not None,
    ),
    Rule("ANNEX_LABEL", re.compile(r"(?P<text>(?:Annex|ANNEX|Appendix|APPENDIX)(?: [IVXLC]+| \d+| [A-Z])?)")),
    Rule("PAGE_LABEL", re.compile(r"(?P<text>Page [ivxlcdm\d]+(?:/[ivxlcdm\d]+)?)")),
    Rule(
        "RESOLUTION_HEAD",
        re.compile(
            r"(?P<draft>DRAFT )?RESOLUTION(?: No\.? ?(?P<label>\d+)(?: \((?P<session>[IVXLC]+)\))?)?", re.IGNORECASE
        ),
    ),
    Rule("ADOPTION", re.compile(r"\((?P<text>Adopted by the .+)\)")),
    Rule(
        "FORMULA", re.compile(r"(?P<text>The [A-Z][A-Za-z ]{2,60},)"), check=lambda m: len(m.group("text").split()) <= 6
    ),
    Rule("OPERATIVE_FORMULA", re.compile(r"(?P<text>(?:Resolves|Decides))\s*:")),
    Rule("PREAMBLE", re.compile(rf"(?P<text>(?:{PREAMBLE_OPENERS})\b.*,)")),
    Rule(
        "SALUTATION",
        re.compile(r"(?P<text>[A-Z][^.;:]{2,120},)"),
        check=lambda m: (
            re.search(_AUDIENCE, m.group("text"), re.IGNORECASE) is not None and len(m.group("text").split()) <= 16
        ),
    ),
    Rule(
        "HEADING_2",
        re.compile(rf"(?P<label>(?:{ROMAN_PATTERN}|\d{{1,2}})\.\d{{1,2}})\.?\s+(?P<text>\S.*)"),
        check=_short_without_full_stop,
    ),
    Rule(
        "HEADING_1",
        re.compile(rf"(?P<label>(?=[IVXLC]){ROMAN_PATTERN})\.\s+(?P<text>\S.*)"),
        check=_short_without_full_stop,
    ),
    Rule(
        "HEADING_2",
        re.compile(r"(?P<label>\(\d{1,2}\))\s+(?P<text>\S.*)"),
        check=lambda m: _short_without_full_stop(m, words=8),
    ),
    Rule(
        "HEADING_2",
        re.compile(r"(?P<label>[A-Z][a-z]+ \d{1,2})\s*:\s*(?P<text>\S.*)"),
        check=lambda m: not m.group("text").rstrip("*").endswith("."),
    ),
    Rule("PARA", re.compile(r"(?P<label>\d{1,3})\.\s+(?P<text>\S.*)")),
    Rule("ITEM", re.compile(r"(?:[-•–▪●◦]\s+)?(?P<label>\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\))\s+(?P<text>\S.*)")),
    Rule("BULLET", re.compile(r"[-•–▪●◦]\s+(?P<text>\S.*)")),
)

# Kinds after which a following plain line starts a new logical line rather than continuing this one.
_STANDALONE = frozenset(
    {
        "FOOTNOTE",
        "RULE",
        "ORIGINAL",
        "DATE_LINE",
        "SESSION_LINE",
        "ANNEX_LABEL",
        "PAGE_LABEL",
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


def classify(text: str) -> tuple[str, re.Match[str] | None]:
    """The kind of one line (see `RULES`); ``TEXT``/``CAPS``/``BOLD`` when no rule matches."""
    bare = strip_markup(text)
    if parse_symbol(bare) is not None:
        return "SYMBOL_LINE", None
    for rule in RULES:
        match = rule.pattern.fullmatch(bare)
        if match and (rule.check is None or rule.check(match)):
            return rule.kind, match
    if _is_caps(bare):
        return "CAPS", None
    stripped = text.strip()
    if stripped.startswith("**") and stripped.endswith("**"):
        return "BOLD", None
    return "TEXT", None


# --------------------------------------------------------------------------------------------------
# Pass 2: logical lines


def _logical_lines(lines: list[Line]) -> list[LogicalLine]:
    logical: list[LogicalLine] = []
    previous_blank = True
    for line in lines:
        if not line.text.strip():
            previous_blank = True
            continue
        kind, match = classify(line.text)
        last = logical[-1] if logical else None
        if (
            not previous_blank
            and last is not None
            and kind in ("TEXT", "CAPS", "BOLD")
            and last.kind not in _STANDALONE
        ):
            last.raw.append(line.text)
            last.end = line.number
            last.text = f"{last.text} {line.text.strip()}"
            if last.kind in ("CAPS", "BOLD", "TEXT"):
                last.kind = classify(last.text)[0]
        else:
            logical.append(_make(kind, match, line))
        previous_blank = False
    return logical


def _make(kind: str, match: re.Match[str] | None, line: Line) -> LogicalLine:
    text = line.text.strip()
    label = None
    if match is not None:
        label = match.groupdict().get("label")
        if kind in ("PARA", "ITEM", "BULLET", "HEADING_1", "HEADING_2", "FOOTNOTE"):
            # keep the content's own markup: cut the label off the line as written
            text = _after_label(text, match)
    groups = match.groupdict() if match is not None else {}
    return LogicalLine(kind, text, line.number, line.number, line.page, label, [line.text], groups)


def _after_label(text: str, match: re.Match[str]) -> str:
    content = match.group("text")
    index = text.find(content[: min(len(content), 12)])
    if index < 0:
        return content
    rest = text[index:]
    # an opening ** before the label belongs to the content
    if text[:index].lstrip().startswith("**") and not rest.startswith("**"):
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
    lines = split_lines(text)
    logical = _logical_lines(lines)
    _mark_figure(logical)

    flow: list[LogicalLine] = []
    footnotes: list[LogicalLine] = []
    furniture: list[LogicalLine] = []
    own_symbol: str | None = None
    open_text: LogicalLine | None = None  # the last line of running text, which a continuation may join
    previous: LogicalLine | None = None  # the last line kept in the flow
    for line in logical:
        kind = line.kind
        bare = strip_markup(line.text)
        if kind == "FOOTNOTE":
            footnotes.append(line)
            continue
        if kind in ("RULE", "PAGE_LABEL"):
            furniture.append(line)
            continue
        if kind == "SYMBOL_LINE":
            if own_symbol is None:
                own_symbol = bare
            elif bare == own_symbol and flow:
                line.kind = "RUNNING_HEADER"
                furniture.append(line)
                continue
        if previous is not None and kind in ("TEXT", "CAPS", "BOLD") and bare == strip_markup(previous.text):
            line.kind = "RUNNING_TITLE"
            furniture.append(line)
            continue
        if kind == "TEXT" and open_text is not None and (_ends_open(open_text.text) or _starts_lower(line.text)):
            open_text.text = f"{open_text.text} {line.text}"
            open_text.end = line.end
            open_text.raw.extend(line.raw)
            continue
        open_text = line if kind in _OPEN_TEXT else None
        previous = line
        flow.append(line)
    tokens = [line.token() for line in flow]  # made last: continuations have been joined into their lines
    return Lexed(tokens, footnotes, furniture, pages=lines[-1].page if lines else 1)


def _mark_figure(logical: list[LogicalLine]) -> None:
    """Two or more short fragments ending the document, after running text, are what is left of a chart."""
    start = len(logical)
    while start > 0 and _is_fragment(logical[start - 1]):
        start -= 1
    if len(logical) - start < 2 or not any(line.kind in _OPEN_TEXT for line in logical[:start]):
        return
    for line in logical[start:]:
        line.kind = "FIGURE_LINE"


def header_date(line: LogicalLine) -> str | None:
    """The date text on an ``Original:`` line, if the date shares the line."""
    match = re.search(rf"\d{{1,2}} {MONTH_PATTERN} \d{{4}}", line.text, re.IGNORECASE)
    return match.group(0) if match and parse_date(match.group(0)) else None
