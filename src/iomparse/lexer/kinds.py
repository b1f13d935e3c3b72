"""The kinds of logical line, declared once with what each does.

Every kind the lexer gives a line is a row of `KINDS`: a plain-language name (for error messages) and its
roles. The sets of kinds the passes test against are derived from the roles here, as are the parser's
named error kinds, so that a new kind is added in one place. `tests/test_kinds.py` checks this table
against the grammar's terminals and its ``header_field`` rule, and against `LineKind`.
"""

from __future__ import annotations

from typing import Literal, get_args

from attrs import frozen

#: The name of a line kind, for type checkers (the same names as the rows of `KINDS`).
LineKind = Literal[
    "SYMBOL_LINE",
    "ORIGINAL",
    "DATE_LINE",
    "SESSION_LINE",
    "ORGAN",
    "CAPS",
    "BOLD",
    "SUBTITLE",
    "SPEAKER",
    "OCCASION",
    "PLACE",
    "MEETING_DATES",
    "RAPPORTEUR",
    "NOTE",
    "LETTERHEAD",
    "HEADER_TEXT",
    "DATE_RANGE",
    "TOC_HEAD",
    "TOC_COLUMN",
    "TOC_ENTRY",
    "TABLE",
    "CLAUSE_TABLE",
    "HEADING",
    "HEADING_1",
    "HEADING_2",
    "HEADING_3",
    "HEADING_4",
    "PARA",
    "PARA_RESUMED",
    "TEXT",
    "ITEM",
    "BULLET",
    "SALUTATION",
    "CLOSING",
    "RESOLUTION_HEAD",
    "ADOPTION",
    "FORMULA",
    "PREAMBLE",
    "OPERATIVE_FORMULA",
    "OPERATIVE_CLAUSE",
    "ANNEX_LABEL",
    "FIGURE_CAPTION",
    "FIGURE_LINE",
    "UNCLASSIFIED",
    "FOOTNOTE",
    "RULE",
    "PAGE_LABEL",
    "CONTINUATION_MARK",
    "COVER_FOOTER",
    "RUNNING_HEADER",
    "RUNNING_TITLE",
    "RUNNING_ANNEX_LABEL",
]

# The roles a kind can have.
TERMINAL = "terminal"  # reaches the grammar as a token of this name
HEADER_FIELD = "header field"  # a line of a header block (the grammar's header_field)
OPENS_HEADER = "opens a header"  # after body lines, starts the header block of an annex that lost its label
STRONG_HEADER = "strong header evidence"  # makes a run of lines before the body a header block
STATEMENT_HEADER = "statement header evidence"  # the same, before a salutation
STANDALONE = "stands alone"  # the next plain line starts a new logical line rather than continuing this one
OPEN_TEXT = "holds running text"  # a continuation after a page break is joined into it
ENDS_HEADER = "ends a header"  # the body has begun
FURNITURE = "furniture"  # page furniture, set aside with its line number
FOOTNOTE_BODY = "footnote body"  # set aside and linked to its marker
PASSED_OVER = "passed over by headings"  # between a heading and its paragraph, it does not count
RESOLUTION_PART = "resolution part"  # only a resolution has it
CONTENTS_PART = "contents part"  # only a table of contents has it


@frozen
class Kind:
    """A kind of logical line: its name, what it is called in messages, and its roles."""

    name: LineKind
    called: str
    roles: frozenset[str]


def _kind(name: LineKind, called: str, *roles: str) -> Kind:
    return Kind(name, called, frozenset(roles))


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        # header blocks
        _kind(
            "SYMBOL_LINE",
            "a document symbol",
            TERMINAL,
            HEADER_FIELD,
            OPENS_HEADER,
            STRONG_HEADER,
            STANDALONE,
            PASSED_OVER,
        ),
        _kind("ORIGINAL", "an 'Original:' line", TERMINAL, HEADER_FIELD, OPENS_HEADER, STRONG_HEADER, STANDALONE),
        _kind("DATE_LINE", "a date", TERMINAL, HEADER_FIELD, STRONG_HEADER, STANDALONE),
        _kind("SESSION_LINE", "a session line", TERMINAL, HEADER_FIELD, OPENS_HEADER, STRONG_HEADER, STANDALONE),
        _kind("ORGAN", "the issuing organ", TERMINAL, HEADER_FIELD, OPENS_HEADER),
        _kind("CAPS", "a line in capitals", TERMINAL, HEADER_FIELD, STRONG_HEADER),
        _kind("BOLD", "a bold line", TERMINAL, HEADER_FIELD, STRONG_HEADER),
        _kind("SUBTITLE", "a subtitle", TERMINAL, HEADER_FIELD),
        _kind("SPEAKER", "a speaker line", TERMINAL, HEADER_FIELD, STATEMENT_HEADER),
        _kind("OCCASION", "a meeting line", TERMINAL, HEADER_FIELD),
        _kind("PLACE", "a place", TERMINAL, HEADER_FIELD),
        _kind("MEETING_DATES", "meeting dates", TERMINAL, HEADER_FIELD),
        _kind("RAPPORTEUR", "a rapporteur line", TERMINAL, HEADER_FIELD, STANDALONE),
        _kind("NOTE", "a cover note", TERMINAL, HEADER_FIELD),
        _kind("LETTERHEAD", "a letterhead line", TERMINAL, HEADER_FIELD),
        _kind("HEADER_TEXT", "a header line", TERMINAL, HEADER_FIELD),
        _kind("DATE_RANGE", "a range of dates", STANDALONE, STATEMENT_HEADER),  # MEETING_DATES in a header, else TEXT
        # contents and tables
        _kind("TOC_HEAD", "a contents heading", TERMINAL, ENDS_HEADER, STANDALONE),
        _kind("TOC_COLUMN", "a contents column label", TERMINAL, CONTENTS_PART, STANDALONE),
        _kind("TOC_ENTRY", "a contents entry", TERMINAL, STANDALONE, CONTENTS_PART),
        _kind("TABLE", "a table", TERMINAL, ENDS_HEADER, STANDALONE),
        _kind("CLAUSE_TABLE", "a table a resolution's clause sets out", TERMINAL, STANDALONE),
        # the body
        _kind("HEADING", "a heading", ENDS_HEADER),  # ranked into HEADING_1 … HEADING_4
        _kind("HEADING_1", "a section heading", TERMINAL),
        _kind("HEADING_2", "a sub-section heading", TERMINAL),
        _kind("HEADING_3", "a third-level heading", TERMINAL),
        _kind("HEADING_4", "a fourth-level heading", TERMINAL),
        _kind("PARA", "a numbered paragraph", TERMINAL, OPEN_TEXT, ENDS_HEADER),
        _kind("PARA_RESUMED", "the body's numbered paragraph", TERMINAL, OPEN_TEXT),
        _kind("TEXT", "a line of text", TERMINAL, OPEN_TEXT),
        _kind("ITEM", "a list item", TERMINAL, OPEN_TEXT, ENDS_HEADER),
        _kind("BULLET", "a bullet", TERMINAL, OPEN_TEXT, ENDS_HEADER),
        _kind("SALUTATION", "a salutation", TERMINAL, STANDALONE, ENDS_HEADER),
        _kind("CLOSING", "a closing line", TERMINAL),
        # resolutions
        _kind("RESOLUTION_HEAD", "a resolution heading", TERMINAL, STANDALONE, ENDS_HEADER),
        _kind("ADOPTION", "an adoption line", TERMINAL, STANDALONE, RESOLUTION_PART),
        _kind("FORMULA", "'The Council,'", TERMINAL, STANDALONE, ENDS_HEADER, RESOLUTION_PART),
        _kind("PREAMBLE", "a preambular clause", TERMINAL, OPEN_TEXT, ENDS_HEADER, RESOLUTION_PART),
        _kind("OPERATIVE_FORMULA", "'Resolves:'", TERMINAL, STANDALONE, ENDS_HEADER, RESOLUTION_PART),
        _kind("OPERATIVE_CLAUSE", "a single operative clause", TERMINAL, RESOLUTION_PART),
        # annexes and what the grammar cannot place
        _kind("ANNEX_LABEL", "an annex label", TERMINAL, STANDALONE, ENDS_HEADER),
        _kind("FIGURE_CAPTION", "a figure's caption", TERMINAL, ENDS_HEADER),
        _kind("FIGURE_LINE", "a chart fragment", TERMINAL, ENDS_HEADER),
        _kind("UNCLASSIFIED", "an unclassified line", TERMINAL),  # given by the parser, never by the lexer
        # set aside from the text flow
        _kind("FOOTNOTE", "a footnote body", FOOTNOTE_BODY, ENDS_HEADER, PASSED_OVER),
        _kind("RULE", "a rule", FURNITURE, STANDALONE, PASSED_OVER),
        _kind("PAGE_LABEL", "a page label", FURNITURE, STANDALONE, PASSED_OVER),
        _kind("CONTINUATION_MARK", "a continuation mark at a page's foot", FURNITURE, STANDALONE, PASSED_OVER),
        _kind("COVER_FOOTER", "the cover's trilingual footer", FURNITURE, STANDALONE, PASSED_OVER),
        _kind("RUNNING_HEADER", "a running header", FURNITURE),
        _kind("RUNNING_TITLE", "a running title", FURNITURE),
        _kind("RUNNING_ANNEX_LABEL", "a running annex label", FURNITURE),
    )
}


def having(role: str) -> frozenset[str]:
    """The names of the kinds that have ``role``."""
    return frozenset(name for name, kind in KINDS.items() if role in kind.roles)


# The sets the passes test against.
TERMINALS = having(TERMINAL)
HEADER_FIELDS = having(HEADER_FIELD)
HEADER_OPENERS = having(OPENS_HEADER)
STRONG_HEADER_KINDS = having(STRONG_HEADER)
STATEMENT_HEADER_KINDS = STRONG_HEADER_KINDS | having(STATEMENT_HEADER)
STANDALONE_KINDS = having(STANDALONE)
OPEN_TEXT_KINDS = having(OPEN_TEXT)
BODY_KINDS = having(ENDS_HEADER)
FURNITURE_KINDS = having(FURNITURE)
PASSED_OVER_KINDS = having(PASSED_OVER)
RESOLUTION_PARTS = having(RESOLUTION_PART)
CONTENTS_PARTS = having(CONTENTS_PART)
#: Kinds a line gets when no rule matched it: text, in capitals, or in bold.
PLAIN_KINDS = frozenset({"TEXT", "CAPS", "BOLD"})

assert set(KINDS) == set(get_args(LineKind)), "KINDS and LineKind name the same kinds"
