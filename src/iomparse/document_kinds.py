"""What kind of document a header and a body make: the kinds, in order, with the evidence each needs.

`KIND_RULES` is read in order and the first rule whose evidence holds gives the kind; a document that none
describes is a plain ``document``. The evidence is what a reader sees first: a statement's speaker or
salutation, a body made of resolutions, then the title (``PROVISIONAL AGENDA``, ``REPORT ON THE …``,
``PROGRAMME AND BUDGET …``) and the symbol's series (``/Corr.1``, ``/SR/``, ``MC/INF/``). Layout never decides
a kind. `document_kind` says which evidence it used, so the reading can be reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from attrs import frozen

from .model import Block, Contents, Meta, Paragraph, Resolution, Salutation, Table, Unclassified

Evidence = Callable[[Meta, tuple[Block, ...]], bool]


@frozen
class KindRule:
    """A kind of document and the evidence that makes a document one: ``evidence`` says it in words."""

    kind: str
    evidence: str
    holds: Evidence


def _title(pattern: str) -> Evidence:
    """Evidence from the title (or the subtitle), matched from its start, in any case."""
    compiled = re.compile(pattern, re.IGNORECASE)
    return lambda meta, body: any(compiled.match(text or "") for text in (meta.title, meta.subtitle))


def _resolutions(body: tuple[Block, ...]) -> list[Resolution]:
    return [block for block in body if isinstance(block, Resolution)]


def _only_resolutions(body: tuple[Block, ...], *, draft: bool, several: bool) -> bool:
    """Whether the body is one resolution, or several with nothing beside them but what introduces them (a
    table of contents, a table, unnumbered text, and text that could not be placed, reported apart):
    drafts among them (``draft``), or adopted resolutions only."""
    resolutions = _resolutions(body)
    if not several:
        return len(body) == 1 and len(resolutions) == 1
    introduction = all(isinstance(b, Resolution | Contents | Table | Unclassified) or _unnumbered(b) for b in body)
    return len(resolutions) > 1 and introduction and any(r.draft for r in resolutions) == draft


def _unnumbered(block: Block) -> bool:
    return isinstance(block, Paragraph) and block.num is None and not block.children


def _series(*parts: str) -> Evidence:
    """Evidence from the symbol: one of its elements is one of ``parts`` (``SR``, ``INF``)."""
    return lambda meta, body: meta.symbol is not None and any(p in parts for p in meta.symbol.parts)


def _suffix(*names: str) -> Evidence:
    """Evidence from the symbol's suffixes (``Corr.1``, ``Amdt.1``)."""
    return lambda meta, body: meta.symbol is not None and any(s.split(".")[0] in names for s in meta.symbol.suffixes)


def _spoken(meta: Meta) -> bool:
    """Whether a header names a speaker or a mission's letterhead: with its label (``Statement by:``), or where
    no ``Original:`` line says it is a paper (a statement has none; a bold line atop a paper's first page,
    ``Introductory note``, is no speaker's name)."""
    if meta.speaker_label is not None:
        return True
    return bool(meta.speaker or meta.letterhead) and meta.original_language is None


def issued_by_scpf(meta: Meta) -> bool:
    """Whether a header is the Standing Committee on Programmes and Finance's (or its forerunner's until 2007,
    the Sub-Committee on Budget and Finance): its organ, or its symbol's series (``S/30/7``, ``SCPF/…``)."""
    organ = (meta.organ or "").upper()
    return organ in _SCPF or (meta.symbol is not None and meta.symbol.parts[0] in ("S", "SCPF"))


def _either(*evidence: Evidence) -> Evidence:
    return lambda meta, body: any(holds(meta, body) for holds in evidence)


_SCPF = ("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "SUB-COMMITTEE ON BUDGET AND FINANCE")

#: The kinds of document, in the order their evidence is weighed.
KIND_RULES: tuple[KindRule, ...] = (
    KindRule(
        "statement",
        "a speaker, a letterhead or a salutation",
        lambda meta, body: _spoken(meta) or any(isinstance(b, Salutation) for b in body),
    ),
    KindRule(
        "resolution", "its body is one resolution", lambda m, body: _only_resolutions(body, draft=False, several=False)
    ),
    KindRule(
        "draft_resolutions",
        "its body is several resolutions, drafts among them, or its title names draft resolutions",
        _either(lambda m, body: _only_resolutions(body, draft=True, several=True), _title(r"DRAFT RESOLUTIONS\b")),
    ),
    KindRule(
        "resolutions",
        "its body is several adopted resolutions, or its title names resolutions adopted",
        _either(lambda m, body: _only_resolutions(body, draft=False, several=True), _title(r"RESOLUTIONS ADOPTED\b")),
    ),
    KindRule(
        "agenda", "its title names an agenda", _title(r"(?:(?:REVISED|ANNOTATED|DRAFT) )*(?:PROVISIONAL )?AGENDA\b")
    ),
    KindRule(
        "corrigendum",
        "its symbol or its title says it corrects another document",
        _either(_suffix("Corr", "Amdt"), _title(r"(?:.* )?(?:CORRIGENDUM|AMENDMENT)\b")),
    ),
    KindRule(
        "report",
        "its title names a report",
        _title(
            # (a status or progress report on a matter is a paper of the body it goes to, not a report on a session)
            r"(?:(?:DRAFT|FINANCIAL|ANNUAL|INTERIM) )?REPORT\b"
            r"|(?!.*\b(?:STATUS|PROGRESS) REPORT\b).*\bREPORT (?:ON|OF) THE\b|NOTE CONCERNING DOCUMENT\b"
        ),
    ),
    KindRule(
        "summary_record",
        "its symbol or its title says it is a summary record",
        _either(_series("SR"), _title(r"(?:PROVISIONAL )?SUMMARY RECORD\b")),
    ),
    KindRule("rules_of_procedure", "its title names rules of procedure", _title(r"(?:.* )?RULES OF PROCEDURE\b")),
    KindRule(
        "programme_and_budget", "its title names a programme and budget", _title(r"(?:.* )?PROGRAMME AND BUDGET\b")
    ),
    KindRule(
        "scale_of_assessment", "its title names a scale of assessment", _title(r"(?:.* )?SCALES? OF ASSESSMENTS?\b")
    ),
    KindRule("information_note", "its symbol is in an information series (INF)", _series("INF")),
    KindRule(
        "scpf_document",
        "the Standing Committee on Programmes and Finance (or the Sub-Committee on Budget and Finance) issued it",
        lambda meta, body: issued_by_scpf(meta),
    ),
)

#: The kinds a document can be read as.
KINDS = (*(rule.kind for rule in KIND_RULES), "document")


def document_kind(meta: Meta, body: tuple[Block, ...]) -> tuple[str, str | None]:
    """The kind of document, and the evidence that gave it (``None`` for a ``document``: no evidence)."""
    for rule in KIND_RULES:
        if rule.holds(meta, body):
            return rule.kind, rule.evidence
    return "document", None
