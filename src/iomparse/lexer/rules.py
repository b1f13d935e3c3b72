"""The rule table: what kind of line one physical (or joined) line is, read on its own.

`classify` tries the rules of `RULES` in order on the line's text with its edge markup stripped; the first
that matches (and whose check agrees) names the kind. A line no rule matches is ``CAPS`` (in capitals),
``BOLD`` or ``TEXT``. The passes that follow revise these kinds with what a single line cannot show: the
lines around it, the header block it sits in, the page it ends.

Each rule has a name, which the line records (see `iomparse.lexer.decisions`), and two cheap guards: the
characters a line of its kind can start with, and the longest such a line can be.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from attrs import define

from ..reading_order import AGENDA_COLUMNS, CONTINUED
from ..source import Line
from ..symbols import SYMBOL_CANDIDATE, parse_symbol
from ..values import FULL_DATE, ROMAN_PATTERN, parse_date_range, parse_session
from ..vocabulary import (
    BULLETS,
    CLASSIFICATION_MARKS,
    COVER_FOOTERS,
    HEADING_LABELS,
    OPERATIVE_CLAUSE_VERBS,
    OPERATIVE_VERBS,
    PREAMBLE_OPENERS,
    alternation,
    is_salutation,
)
from .lines import SUPERSCRIPT_DIGITS, LogicalLine, strip_markup
from .lines import bare as bare_text


@define
class Rule:
    """One line kind: a regex on the line's text with its edge markup stripped, and an optional check."""

    kind: str
    name: str  # the rule's name, recorded on the lines it classifies (see `iomparse.lexer.decisions`)
    pattern: re.Pattern[str]
    check: Callable[[re.Match[str]], bool] | None = None
    style: str | None = None  # for headings: the numbering style (see `iomparse.lexer.headings`)
    longest: int | None = None  # lines longer than this are never of this kind (a header line is short)
    first: str | None = None  # the characters a line of this kind can start with (None: any)


_BOLD_WORDS = 24  # words: a lettered heading set in bold may run as long, wrapped (``B. **Status report on … of**``)


def short_without_full_stop(match: re.Match[str], words: int = 14) -> bool:
    """Whether a rule's ``text`` group is short and does not end a sentence or a clause (a heading); words
    typed in spaced capitals count as the words they spell (``F I N A N C I A L   A S P E C T S``: two)."""
    text = strip_markup(match.group("text"))
    count = len(re.split(r" {2,}", text)) if LETTER_SPACED.fullmatch(text) else len(text.split())
    return count <= words and not text.endswith((".", ";", ","))


LETTER_SPACED = re.compile(r"[A-Z](?: [A-Z]){2,}(?: {2,}[A-Z](?: [A-Z])*)*")
"""A heading typed in spaced capitals, a space between its letters and more between its words."""


_SPEAKER = re.compile(r"\W*(?:The|Mr|Mrs|Ms|Dr|H\.E|Sir)\b")


def _speaker_opens(text: str) -> bool:
    """Whether a line nearly all in capitals opens a summary record's paragraph, its speaker in capitals and
    the verb after (``The DIRECTOR GENERAL said``, ``Mr. AKHTAR (Pakistan) said``): no heading (``The IOM
    DEVELOPMENT FUND`` is one)."""
    words = text.split()
    return _SPEAKER.match(text) is not None and words[-1].isalpha() and words[-1].islower()


_CELLS = re.compile(r"[\s\d,.()%*–—-]+")  # amounts and dashes, no word (a digit among them: see the check)
_CELL = r"(?:\(?\d[\d,.]*\)?%?|[–—-])"  # a table's cell: an amount, or a dash for nothing
_CELLS_FIRST = re.compile(rf"{_CELL}\s+{_CELL}\s+{_CELL}(?:\s|$)")  # – 20,000 30,000 …: three cells first
_RANGE = re.compile(r"\d\S*\s+[–—-]\s+\d")  # 2018 – 2020, 30 – 40 per cent: a range, no cells


def _cells_after_dash(match: re.Match[str]) -> bool:
    """Whether the text after a dash is a table's cells, the dash one for nothing (``– 4,106 – –``, ``– 26,610
    13,300 20,125 …``: pdftotext and pdfminer run a column together), not a bullet's words (``– 15,000 migrants
    …``, ``– 2018 – 2020: consolidation``); a bullet's dot (``•``) is always a bullet's."""
    text = match.group("text")
    if match.group()[:1] not in "–—-":
        return False
    if _CELLS.fullmatch(text):
        return any(character.isdigit() for character in text)
    first = _CELLS_FIRST.match(text)
    return first is not None and any(c.isdigit() for c in first.group()) and not _RANGE.search(first.group())


_HONORIFIC = r"(?:H\.\s?E\.|Mr\b|Mrs\b|Ms\b|Dr\b|Madam\b|Ambassador\b|His\b|Her\b|Professor\b)"  # a speaker's


_LETTER = re.compile(r"[^\W\d_]")  # a letter, in any script
_LOWER = re.compile(r"[^\W\d_A-Z]")  # a lower-case (or caseless) letter
_UPPER = re.compile(r"[A-Z]")


def is_caps(text: str) -> bool:
    """Whether a line is in capitals: four letters in five at least are capitals (``IOM'S``, ``1995-2000``),
    a session's numeral in parentheses not counted (``(XCIV)``), nor a document's symbol on a line ending as
    a clause does (``(MC/1815),``: the end of a preambular clause cut off by a blank line; ``(MC/INF/307)``
    under a heading in capitals ends the heading). A title or heading is short: a line of more than 400
    characters is running text."""
    if len(text) > 400:
        return False
    if "(" in text:  # … No. / 1157 (XCIV).: a resolution's session, no word in capitals
        text = _SESSION_NUMERAL.sub("", text)
    if "/" in text and text.rstrip().endswith((",", ";")):
        text = SYMBOL_CANDIDATE.sub("", text)
    lower = len(_LOWER.findall(text))
    upper = len(_UPPER.findall(text)) if lower <= len(text) // 4 else 0
    return upper >= 2 and upper >= 4 * lower


_SESSION_NUMERAL = re.compile(r"\([IVXLC]{1,8}\)")
_SUPERSCRIPT_RUN = f"[{SUPERSCRIPT_DIGITS}]+"
_PAGES = r"[ivxlcdm]+|\d+(?:\s?[-–]\s?\d+)?"  # a page, or a record's paragraphs: ``iii``, ``12``, ``20-22``
_PARAGRAPHS = r"\d{1,3}(?:\s?[-–]\s?\d{1,3})?"  # the paragraphs an entry covers, in a column before its page
TOC_ENTRY = re.compile(
    rf"(?P<text>\S.*?)\s*(?:[.…·]\s?){{3,}}\s*(?:(?P<paragraphs>{_PARAGRAPHS})\s+)?(?P<label>{_PAGES})"
)
#: A contents entry's leader and page alone on a line, its title on the line above (``…………… 2``).
LEADER_ALONE = re.compile(rf"(?P<text>)(?:[.…·]\s?){{3,}}\s*(?P<label>{_PAGES})")
_PAGE_AT_END = re.compile(rf"(?<![A-Za-z\d–-])(?:{_PAGES})$")
RULE_LINE = re.compile(r"[_\-–—=]{5,}")  # an underscore rule above footnotes or cover notes
_PREAMBLE_OPENERS = alternation(PREAMBLE_OPENERS)
#: A line that opens a preambular clause (``Recalling …``).
PREAMBLE_START = re.compile(rf"(?:{_PREAMBLE_OPENERS})\b")
#: A line that opens a resolution's clause: a preambular opener, or an operative verb (``Approves …``).
CLAUSE_START = re.compile(rf"(?:{_PREAMBLE_OPENERS}|{alternation(OPERATIVE_CLAUSE_VERBS)})\b")
_OPERATIVE = alternation(OPERATIVE_VERBS)


SESSION_OF = re.compile(r"(?P<session>.{3,40}?\bSESSION) OF THE\b.+")
"""A meeting line in capitals: ``NINETY-NINTH SESSION OF THE COUNCIL``."""
MEETING_IN_CAPITALS = re.compile(
    r"(?:(?:(?:ONE |TWO )?HUNDRED(?: AND)? )?(?:(?:TWENTY|THIRTY|FORTY|FIFTY|SIXTY|SEVENTY|EIGHTY|NINETY)-)?[A-Z]+"
    r"|\d{1,3})(?:TH|ST|ND|RD) (?:SPECIAL )?SESSION OF THE\b.+"
)
"""A line opening with a session's ordinal in capitals (``NINETY-EIGHTH SESSION OF THE COUNCIL``, ``110TH
SESSION OF …``), not a title's second line (``TO THE 110TH SESSION OF THE COUNCIL``)."""

_RECORD_NOTE_PATTERN = (
    r"Corrections to (?:this|the) (?:draft |provisional |summary )*record\b"
    r"|This (?:draft |provisional |summary )*record is (?:subject to correction|provisional and may be corrected)\b"
    r"|(?:Participants|Delegations|Representatives) wishing to (?:correct|submit corrections to) (?:this|the) "
    r"(?:draft |provisional |summary )*record\b"
)
RECORD_NOTE = re.compile(rf"(?:\*{{1,3}}\s*)?(?:{_RECORD_NOTE_PATTERN})")
"""A record's note on corrections (``This record is subject to correction …``): no text of the record's own,
wherever on its cover it stands."""
COVER_NOTE = re.compile(
    r"(?:\*{0,3}/\s+|\*{1,3}\s*)?"  # its marker, perhaps typed (*/ This document …, its * stripped at the edge)
    r"(?:(?:This|These) (?:(?:consolidated|revised|present|updated) )?"
    r"(?:document|report|paper|text|edition|version|draft resolutions?)\b"
    r".{0,60}?\b"
    r"(?:submitted|presented|approved|adopted|considered|reviewed|endorsed|supersedes|replaces|cancels)\b"
    rf"|{_RECORD_NOTE_PATTERN})"
)
"""The opening of a cover's note, perhaps after its marker (``*``, a typist's ``*/``): ``This document is
submitted to …``, ``This report was approved by …``, ``This document supersedes document …``, ``This
consolidated text supersedes …``, ``This edition supersedes …``, ``Corrections to this draft summary record
should be …``, ``Participants wishing to correct this record are asked …``."""

AMENDMENT = re.compile(r"(?i)(?:corrigendum|addendum|amendment|revision)(?: (?:no\. ?)?\d{1,2})?")
"""What a cover says the document is to another, on a line of its own under the title: ``Corrigendum``."""

#: A mark of a document's distribution or status, in capitals (``RESTRICTED``), alone on its line or beside the
#: letterhead.
CLASSIFICATION = re.compile(alternation(CLASSIFICATION_MARKS, escape=True))

#: A line of symbols: ``C/118/L/3 and C/118/L/4``, ``C/109/L/1 to C/109/L/5``, ``MC/2398, MC/2398/Add.1``.
SYMBOLS = re.compile(rf"{SYMBOL_CANDIDATE.pattern}(?:(?:,| and| to| ?[–-]) ?{SYMBOL_CANDIDATE.pattern})+")

_FOOTERS = alternation(r"\s+".join(map(re.escape, footer)) for footer in COVER_FOOTERS)

#: The words that label the articles of a legal text, printed alone above their caption (``Rule 4``).
LABEL_WORDS = alternation(HEADING_LABELS)
_DIGITS = "0123456789"
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

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
    Rule("PAGE_LABEL", "page-number-dashed", re.compile(r"(?P<text>[-–] ?\d{1,3} ?[-–])"), longest=12, first="-–"),
    Rule(  # /... or .../, and ./. (a Geneva typist's)
        "CONTINUATION_MARK",
        "continuation-mark",
        re.compile(r"(?P<text>/\s?\.\.\.|\.\.\./|\./\.)"),
        longest=8,
        first="/.",
    ),
    Rule("COVER_FOOTER", "cover-footer", re.compile(rf"(?P<text>{_FOOTERS})"), longest=160, first="CES"),
    Rule("RAPPORTEUR", "rapporteur", re.compile(r"Rapporteur\s*:\s*(?P<text>.+)"), longest=160, first="R"),
    Rule(  # Statement by: H.E. …, Statement by H.E. …, Delivered by H.E. …, Statement delivered by H.E. …
        "SPEAKER",
        "statement-by",
        re.compile(
            rf"(?:Statement (?:delivered )?by\s*:|Statement (?:delivered )?by (?={_HONORIFIC})|Delivered by\s*:?)"
            r"\s*(?P<text>.+)"
        ),
        longest=200,
        first="SD",
    ),
    Rule(
        "DATE_RANGE",
        "date-range",
        re.compile(
            r"(?:(?P<place>[A-Z][a-zé]+(?: [A-Z][a-zé]+)?),\s+)?(?P<text>.*\d{4})"
            r"(?:,? at \d{1,2}(?:[.:]\d{2})? ?[ap]\.m\.)?"  # a meeting's hour: Tuesday, 16 May 1999, at 3.15 p.m.
        ),
        check=lambda m: parse_date_range(m.group("text")) is not None,
        longest=120,
    ),
    Rule(
        "TOC_HEAD",
        "contents-heading",
        re.compile(
            rf"(?P<text>(?:TABLE OF )?CONTENTS(?: {CONTINUED.pattern})?)(?:\*\*)?:?(?:\*\*)?"  # **CONTENTS** Page
            r"(?:\s+(?P<column>(?:Paragraphs\s+)?Page|Paragraphs))?",
            re.IGNORECASE,
        ),
        longest=60,
        first="TtCc",
    ),
    Rule(
        "TOC_COLUMN",
        "contents-column",
        # (the entries' labels' column headed too: Paragraphs   Page, Resolution No.   Page; a record's entries'
        # column headed too: Agenda item   Paragraphs)
        re.compile(
            r"(?P<text>(?:(?:Paragraphs|Resolution No\.|Resolutions?|Chapters?|Items?)\s+)?Page"
            r"|(?:(?:Agenda items?|Items? of the agenda|Subjects?)\s+)?Paragraphs)"
        ),
        longest=160,
        first="PRCIAS",
    ),
    Rule("TOC_ENTRY", "contents-entry", TOC_ENTRY),
    Rule(  # an annotated agenda's column headings: Agenda item / Documents, Item   Documents
        "TEXT", "agenda-column-headings", AGENDA_COLUMNS, longest=60, first="AaIiDd"
    ),
    Rule(
        "RESOLUTION_HEAD",
        "resolution-heading",
        re.compile(
            r"(?P<draft>DRAFT )?RESOLUTION"
            r"(?: No\.? ?(?P<label>\d+)(?: \((?P<session>[IVXLC]+)\))?| (?P<place>[IVXL]{1,5}))?",
            re.IGNORECASE,
        ),
        longest=60,
        first="DdRr",
    ),
    Rule(
        "ADOPTION",
        "adoption-line",
        re.compile(r"\(?(?P<text>Adopted (?:by the [^()]+? )?(?:at|on|during) [^()]+?)\)?\.?"),
        check=lambda m: m.string.startswith("(") == m.string.rstrip(".").endswith(")"),
        longest=200,
        first="(A",
    ),
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
        re.compile(rf"(?P<text>(?:{_OPERATIVE}))\**\s*:"),  # (*Resolves*: the colon out of the italics)
        longest=20,
        first="RD",
    ),
    Rule(
        "OPERATIVE_CLAUSE",
        "single-operative-clause",
        re.compile(rf"(?P<text>(?:{_OPERATIVE}) (?:to|that) .+)"),
        first="RD",
    ),
    Rule("PREAMBLE", "preamble-clause", re.compile(rf"(?P<text>(?:{_PREAMBLE_OPENERS})\b.*,)"), first=_CAPITALS),
    Rule(
        "SALUTATION",
        "salutation",
        re.compile(r"(?P<text>[A-Z](?:[^.;:]|(?<=M[rs])\.|(?<=Mrs)\.|(?<=Dr)\.){2,120},)"),
        check=lambda m: is_salutation(m.group("text")),
        longest=160,
        first=_CAPITALS,
    ),
    Rule("CLOSING", "closing", re.compile(r"(?P<text>(?:I )?[Tt]hank you\b[^.!]{0,60}[.!])"), longest=80, first="ITt"),
    Rule(
        "HEADING",
        "heading-part",
        # PART II – OPERATIONS; CHAPTER I – SCOPE AND MEMBERSHIP (a legal text's chapters, as the Constitution's)
        re.compile(r"(?P<label>(?:PART|Part|CHAPTER|Chapter) (?:[IVX]+|\d+|[A-Z])\b)\s*[–—:.-]?\s*(?P<text>\S.*)"),
        # (Chapter III describes …, see / Chapter III); and: a reference in wrapped text)
        check=lambda m: (
            short_without_full_stop(m) and not (m.group("text")[:1].islower() or m.group("text")[:1] in ",;)]")
        ),
        style="part",
        longest=250,
        first="PpCc",
    ),
    Rule(
        "HEADING",
        "heading-decimal3",
        re.compile(r"(?P<label>\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+(?P<text>\S.*)"),
        check=short_without_full_stop,
        style="decimal3",
        longest=250,
        first=_DIGITS,
    ),
    Rule(
        "HEADING",
        "heading-decimal",
        re.compile(rf"(?P<label>(?:{ROMAN_PATTERN}|\d{{1,2}})\.\d{{1,2}})\.?\s+(?P<text>\S.*)"),
        check=lambda m: (  # (a table's figures run together, 48.9 82.4, are no heading)
            short_without_full_stop(m)
            and not strip_markup(m.group("text"))[:1].islower()
            and _LETTER.search(m.group("text")) is not None
        ),
        style="decimal",
        longest=250,
        first=_DIGITS + "IVXLC",
    ),
    Rule(
        "HEADING",
        "heading-roman",
        re.compile(rf"(?P<label>(?=[IVXLC]){ROMAN_PATTERN})\.\s+(?P<text>\S.*)"),
        # C., D., L. and M. are the letters after B., C., K., L.: no document has a 50th or 100th part
        check=lambda m: m.group("label") not in ("C", "D", "L", "M") and short_without_full_stop(m),
        style="roman",
        longest=250,
        first="IVXLC",
    ),
    Rule(
        "HEADING",
        "heading-roman-dash",
        re.compile(rf"(?P<label>(?=[IVXLC]){ROMAN_PATTERN})\s+[–—-]\s+(?P<text>\S.*)"),  # I – SESSIONS
        check=short_without_full_stop,
        style="roman",
        longest=250,
        first="IVXLC",
    ),
    Rule(
        "HEADING",
        "heading-letter",
        re.compile(r"(?P<label>[A-H])\.\s+(?P<text>\*{0,3}[A-Z]\S*(?: \S+)*)"),
        check=lambda m: short_without_full_stop(m, words=_BOLD_WORDS if m.group("text").startswith("**") else 14),
        style="letter",
        longest=250,
        first="ABCDEFGH",
    ),
    Rule(
        "HEADING",
        "heading-paren",
        re.compile(r"(?P<label>\(\d{1,2}\))\s+(?P<text>\S.*)"),
        check=lambda m: short_without_full_stop(m, words=8),
        style="paren",
        longest=250,
        first="(",
    ),
    Rule(
        "HEADING",
        "heading-label",
        re.compile(
            r"(?!(?:Table|Figure|Chart|Paragraph|Page)\b)"
            r"(?P<label>(?:[A-Z][a-z]+|STATEMENT|SCHEDULE) (?:\d{1,2}|[IVX]{1,5}))"  # (STATEMENT I – ASSETS, …)
            r"\s*(?::|\s[–—-])\s*(?P<text>\S.*)"
        ),
        check=lambda m: not m.group("text").rstrip("*").endswith(".") and len(m.group("text").split()) <= 25,
        style="label",
        longest=250,
        first=_CAPITALS,
    ),
    Rule(  # CHAPTER III / SESSIONS: a chapter's label alone over its caption, outside the rules it holds; PART I /
        # PROVISIONAL AGENDA: an agenda's part so, as pdfminer prints it
        "HEADING",
        "heading-label-alone",
        re.compile(r"(?P<label>(?:CHAPTER|Chapter|PART) (?:\d{1,3}|[IVX]{1,5}))\.?(?P<text>)"),
        style="part",
        longest=20,
        first="CP",
    ),
    Rule(  # Rule 4 / Provisional agenda: the label alone, its caption on the next line (see `joining`)
        "HEADING",
        "heading-label-alone",
        re.compile(rf"(?P<label>(?:{LABEL_WORDS}) (?:\d{{1,3}}(?: bis| ter)?|[IVX]{{1,5}}))\.?(?P<text>)"),
        style="label",
        longest=20,
        first="ACNRS",
    ),
    Rule(
        "HEADING",
        "heading-numbered",
        re.compile(r"(?P<label>\d{1,2})\.\s+(?P<text>\S.*)"),
        check=lambda m: is_caps(m.group("text")) and short_without_full_stop(m) and not _speaker_opens(m.group("text")),
        style="numbered",
        longest=250,
        first=_DIGITS,
    ),
    Rule(  # 12. …, and a paragraph inserted after it: 12 bis. … (a corrigendum's replacement paragraphs)
        "PARA",
        "numbered-paragraph",
        re.compile(r"(?P<label>\d{1,3}(?: (?:bis|ter|quater))?)\.\s+(?P<text>\S.*)"),
        first=_DIGITS,
    ),
    Rule(
        "ITEM",
        "labelled-item",
        re.compile(rf"(?:[{BULLETS}]\s+\**)?(?P<label>\((?:[a-z]{{1,2}}|[ivxlc]{{1,6}}|\d{{1,2}})\))\s+(?P<text>\S.*)"),
        first="(" + BULLETS,
    ),
    Rule(  # - 1. That …: an item numbered inside a paragraph, as the canonical text writes it (see `lists`; not
        # – 9. The …, a table's dash run into the paragraph after it)
        "ITEM",
        "numbered-item",
        re.compile(r"-\s+(?P<label>\d{1,2}\.)\s+(?P<text>\S.*)"),
        first="-",
    ),
    Rule(  # • …, but not a table's dash for nothing run into the cells after it (– 4,106 – –, – 15,000 13,625 …)
        "BULLET",
        "bullet",
        re.compile(rf"[{BULLETS}]\s+(?P<text>\S.*)"),
        check=lambda m: not _cells_after_dash(m),
        first=BULLETS,
    ),
)


def _toc_entry(bare: str) -> re.Match[str] | None:
    """A contents entry: text, a leader of three dots or more (``.``, ``·``, or ``…`` which is three), a page number.

    Checked from the end with string operations, so that a long run of dots costs linear time."""
    if not bare[-1:].isdigit() and bare[-1:] not in "ivxlcdm":  # most lines end otherwise: decided at once
        return None
    page = _PAGE_AT_END.search(bare[-12:])
    if page is None:
        return None
    rest = bare[: len(bare) - len(page.group())]
    paragraphs = _PARAGRAPHS_AT_END.search(rest) if rest.endswith(" ") else None  # … ....... 1-4     1
    if paragraphs is not None:
        rest = rest[: paragraphs.start()]
    title = rest.rstrip(" .…·")
    if not title or sum(_LEADER_DOTS.get(c, 0) for c in rest[len(title) :]) < 3:
        return None
    column = f"{paragraphs.group().strip()} " if paragraphs is not None else ""
    return TOC_ENTRY.fullmatch(f"{title}... {column}{page.group()}")


_LEADER_DOTS = {".": 1, "·": 1, "…": 3}  # the dots a leader's character stands for
_PARAGRAPHS_AT_END = re.compile(rf"(?<=[.…·\s]){_PARAGRAPHS}\s+$")  # the paragraphs' column, before the page


# The rule table as tuples, its contents entry rule checked from the end (see `_toc_entry`), and for each
# first character the rules a line opening with it can match, in table order.
_RULE_TABLE = tuple(
    (
        rule.kind,
        _toc_entry if rule.pattern is TOC_ENTRY else rule.pattern.fullmatch,
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
    if RULE_LINE.fullmatch(text.strip()):
        return "RULE", None, None, "rule-line"
    bare = bare_text(text)
    if SYMBOL_CANDIDATE.fullmatch(bare) and any(c.isdigit() for c in bare):
        return "SYMBOL_LINE", None, None, "symbol" if parse_symbol(bare) is not None else "symbol-unknown-series"
    listed = bare.removesuffix(",")  # (C/110/L/3, C/110/L/4, / C/110/L/5 and C/110/L/6: a list over two lines)
    if "/" in bare and SYMBOLS.fullmatch(listed) and all(map(parse_symbol, SYMBOL_CANDIDATE.findall(listed))):
        return "SYMBOL_LINE", None, None, "symbols"
    length = len(bare)
    for kind, fullmatch, check, style, longest, name in _RULES_BY_INITIAL.get(bare[:1], _RULES_FOR_ANY_INITIAL):
        if length > longest:
            continue
        match = fullmatch(bare)
        if match and (check is None or check(match)):
            return kind, match, style, name
    if is_caps(bare):
        return "CAPS", None, None, "capitals"
    stripped = text.strip()
    if stripped.startswith("**") and stripped.endswith("**"):
        return "BOLD", None, None, "bold-line"
    return "TEXT", None, None, "text"


def make_line(kind: str, match: re.Match[str] | None, style: str | None, rule: str, line: Line) -> LogicalLine:
    """A logical line of one physical line, as `classify` read it: its label cut off its text."""
    text = line.text.strip()
    groups = match.groupdict() if match is not None else {}
    label = groups.get("label")
    if match is not None and kind in ("PARA", "ITEM", "BULLET", "HEADING", "FOOTNOTE"):
        text = after_label(text, match)  # keep the content's own markup: cut the label off the line as written
    if style:
        groups["__style__"] = style
    return LogicalLine(
        kind, text, line.number, line.number, line.page, label, [line.text], groups, numbers=[line.number], rule=rule
    )


def after_label(text: str, match: re.Match[str]) -> str:
    """The content of a labelled line as written (its markup kept): what follows the label."""
    if text.startswith(match.string):  # the rule read the line as written, only trailing markup cut off
        return text[match.start("text") :]
    # The rule read the line with its edge markup cut off and its spaces collapsed (see `strip_markup`): find
    # where the words it read before the content (the label, a bullet) end in the line as written.
    markup = len(text) - len(text.lstrip().lstrip("*_#").lstrip())
    opening = r"\s+".join(_as_written(word) for word in match.string[: match.start("text")].split())
    found = re.compile(opening).match(text, markup)
    if found is None:
        return match.group("text")
    rest = text[found.end() :].lstrip()
    # an opening ** (or *** for bold italics) before the label belongs to the content
    opening = text[:markup].strip().rstrip("_#")
    if (opening.startswith("**") or (opening == "*" and rest.endswith("*"))) and not rest.startswith("*"):
        rest = opening + rest  # (*B.  Field offices*: the italics the label opened)
    return rest


def _as_written(word: str) -> str:
    """A pattern for a word of a line's opening as written: its full stop or bracket perhaps escaped (``12\\.``,
    ``\\(a)``, see `strip_markup`)."""
    return re.escape(word).replace(r"\.", r"\\?\.").replace(r"\(", r"\\?\(").replace(r"\)", r"\\?\)")
