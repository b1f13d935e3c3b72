"""Akoma Ntoso 3.0 export, following the UN's AKN4UN guidelines: ``to_akn(document) -> bytes``.

The output is valid against the OASIS schema (``akomantoso30.xsd``) for any `Document`.

Document types (AKN4UN class → AKN type, ``@name`` doubling as FRBR subtype):

* a resolution (``meta.kind == "resolution"``) → ``<statement name="resolution">``; when its body is one
  `Resolution`, its formula (``The Council,``) and preambular clauses go into ``<preamble>`` as
  ``<formula name="enactingFormula">`` and ``<container name="preambularClause">``, its operative formula
  (``Resolves:``) and numbered clauses into ``<mainBody>`` as ``<hcontainer name="operativeFormula">`` and
  ``<paragraph>``; its number, adoption line and title into ``<preface>``;
* an information note → ``<doc name="note">``; a statement → ``<doc name="officialStatement">``; a session
  report (kind ``report``) → ``<debateReport name="report">``; any other paper → ``<doc name="document">``
  (``<doc name="figure">`` for an annex that is only a chart).

Body: `Section` → ``<section>`` (nested: ``<subsection>``) with ``<num>`` and ``<heading>``; numbered
`Paragraph` → ``<paragraph>``; unnumbered → ``<hcontainer name="unnumberedParagraph">``; text before a list →
``<intro>``; items → ``<list>`` of ``<point>`` (``<num>(a)</num>``; bullets have no ``num``); `Quote` →
``<hcontainer name="quote">`` holding an ``<embeddedStructure>``; `Salutation`, `Figure` (one ``<p>`` per
line), `Unclassified` (its lines kept) → ``<hcontainer name="salutation|figure|unclassified">``; a
`Resolution` inside another body → ``<hcontainer name="resolution">``. Inline: `Strong` → ``<b>``, `Emphasis`
→ ``<i>``, `DocRef` and `ResolutionRef` → ``<ref href="…">`` (``<mref>`` for ``Resolutions Nos. 1 and 2``),
`NoteRef` → the footnote itself as ``<authorialNote marker placement="bottom">`` at the marker; a second
marker for the same note → ``<noteRef>``; a footnote whose marker cannot be found → ``<meta><notes>``; a
marker without a footnote → ``<sup>``. Annexes → ``<attachments><attachment>``, each holding its own
document with its own ``<meta>`` (component ``!annex_N`` of the main work; an annex with an identity of its
own, such as an embedded older paper or an adopted resolution, also carries that work IRI as
``FRBRalias name="embeddedDocument"``). The annex label is the attachment's ``<num>``, unless the parser
inferred it from the annex's position (the text does not show it).

IRIs: ``/akn/un/{type}/{subtype}/iom/{date}/{number}``, the number being the symbol with ``/`` → ``-`` (the
symbol itself is ``FRBRnumber/@showAs``), or a resolution's number. What the text does not give is never
guessed: an unknown date is ``9999-01-01`` (``FRBRdate name="unknown"``), a date no document can have, and an
unknown number is ``nn``. References to other documents carry what the citation gives: ``/akn/un/doc/note/
iom/MC-INF-263`` (no date) unless the document is this one or one of its annexes.

eIds follow the AKN naming convention: ``sec_V``, ``sec_V__subsec_1``, ``para_19__list_1__point_3``. IOM
paragraphs are numbered through the whole document, so a paragraph is ``para_12`` whatever its section (as
in `iomparse.paths`), unless the numbers repeat, in which case it is prefixed by its parent. Everything in
annex N starts with ``att_N__``. Labels are reduced to ASCII letters and digits (``(a)`` → ``a``, ``V.1``
→ ``V-1``) and every eId in the output is unique (a clash would get a ``-2`` suffix).

Characters XML cannot carry (control characters, lone surrogates) are replaced by U+FFFD.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from lxml import etree

from .. import paths
from ..collector import collector_paused
from ..model import (
    Annex,
    Block,
    Clause,
    ConstitutionRef,
    Contents,
    ContentsEntry,
    DateRef,
    DocRef,
    Document,
    Emphasis,
    Figure,
    Footnote,
    Inline,
    Item,
    Meta,
    NameList,
    NoteRef,
    Paragraph,
    Quote,
    Resolution,
    ResolutionRef,
    Salutation,
    Section,
    SessionRef,
    Strong,
    Symbol,
    Table,
    Text,
    Unclassified,
    UNRef,
)

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
UNKNOWN_DATE = dt.date(9999, 1, 1)
UNKNOWN_NUMBER = "nn"
LANGUAGE = "eng"
"""The expression's language where the text does not tell one (`Document.language`)."""
_LANGUAGES = {"en": "eng", "fr": "fra", "es": "spa"}  # ISO 639-1 → the ISO 639-2 codes AKN IRIs use

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NOT_ID = re.compile(r"[^0-9A-Za-z]+")
_ROLES = re.compile(
    r"(?:the\s+)?(deputy\s+director\s+general|director\s+general|chair(?:person|man|woman)?|president|"
    r"vice-chair(?:person|man|woman)?|rapporteur|secretary)",
    re.IGNORECASE,
)
_ORGANIZATION_WORDS = re.compile(r"\b(mission|delegation|government|ministry|republic|kingdom|state|union)\b", re.I)

# Document kinds → (AKN document type, @name / FRBR subtype).
_TYPES = {
    "resolution": ("statement", "resolution"),
    "information_note": ("doc", "note"),
    "statement": ("doc", "officialStatement"),
    "report": ("debateReport", "report"),
}
# Elements of mixed content written by this module.
_MIXED = frozenset(
    {"p", "num", "heading", "b", "i", "sup", "ref", "mref", "docNumber", "docTitle", "docDate", "docType"}
    | {"docStatus", "docProponent", "session"}
)
# Names that stay unprefixed in the top scope of a part (numbered through the part, like `iomparse.paths`).
_FLAT = frozenset({"sec", "para", "unnumberedParagraph", "salutation", "figure", "unclassified", "quote", "res"})


@collector_paused()
def to_akn(document: Document, *, converted: dt.date | None = None) -> bytes:
    """``document`` as an Akoma Ntoso 3.0 XML document (UTF-8, with an XML declaration).

    ``converted`` dates the XML manifestation (``FRBRdate name="XMLConversion"``); without it the
    manifestation carries the work's date, so that the output depends on nothing but ``document``.
    """
    return _Exporter(document, converted).run()


def frbr_iri(document: Document) -> str:
    """The FRBR expression IRI `to_akn` gives ``document`` (``/akn/un/doc/…/MC-INF-274/eng@``)."""
    return f"{_Identity(document.meta, document.body).work}/{_language(document)}@"


def _language(document: Document) -> str:
    return _LANGUAGES.get(document.language or "", LANGUAGE)


# --------------------------------------------------------------------------------------------------
# Helpers


def _clean(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _id_label(label: str | None) -> str:
    """A label as an eId part: ASCII letters and digits joined by ``-`` (``(a)`` → ``a``, ``V.1`` → ``V-1``)."""
    return _NOT_ID.sub("-", label or "").strip("-")


def _camel(text: str) -> str:
    words = [w for w in _NOT_ID.split(text) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    return "".join(w.lower() if i == 0 else w[:1].upper() + w[1:].lower() for i, w in enumerate(words))


def _dashed(symbol: Symbol) -> str:
    return _id_label(str(symbol).replace("/", "-").replace(" ", "-")) or UNKNOWN_NUMBER


def _long_date(date: dt.date) -> str:
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attributes: str) -> etree._Element:
    """A new child element; an element of mixed content gets an (empty) text, so that pretty printing does
    not put whitespace into it."""
    element = etree.SubElement(parent, f"{{{AKN_NS}}}{tag}", {k: _clean(v) for k, v in attributes.items()})
    if text or tag in _MIXED:
        element.text = _clean(text or "")
    return element


def _append_text(element: etree._Element, text: str) -> None:
    """Add ``text`` at the end of ``element``'s mixed content."""
    if not text:
        return
    text = _clean(text)
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def _resolution_heading(resolution: Resolution) -> str:
    """The heading's words before its number: ``DRAFT RESOLUTION``, ``RESOLUTION`` (a draft's place among
    others is written after them, as its number)."""
    return "DRAFT RESOLUTION" if resolution.draft else "RESOLUTION"


def _sole_resolution(body: tuple[Block, ...]) -> Resolution | None:
    resolutions = [block for block in body if isinstance(block, Resolution)]
    return resolutions[0] if len(resolutions) == 1 else None


def _para_numbers(blocks: Iterable[Block]) -> list[str]:
    """Numbers of the paragraphs named in a part's top scope (through sections, not inside quotations)."""
    numbers: list[str] = []
    for block in blocks:
        if isinstance(block, Section):
            numbers += _para_numbers(block.children)
        elif isinstance(block, Paragraph | Clause) and block.num:
            numbers.append(_id_label(block.num))
    return numbers


class _Identity:
    """What names one document of the output: its AKN type and subtype, date and number."""

    def __init__(self, meta: Meta, body: tuple[Block, ...]) -> None:
        kind = meta.kind
        self.resolution = _sole_resolution(body) if kind == "resolution" else None
        element, name = _TYPES.get(kind, ("doc", "document"))
        if kind not in _TYPES and body and all(isinstance(block, Figure) for block in body):
            name = "figure"
        self.element, self.name = element, name
        adoption = self.resolution.adoption if self.resolution else None
        self.date: dt.date | None
        if meta.date:
            self.date, self.date_name = meta.date, "issuance"
        elif adoption and adoption.date:
            self.date, self.date_name = adoption.date, "adoption"
        else:
            self.date, self.date_name = None, "unknown"
        self.number: str | None = None
        self.show_as: str | None = None
        if meta.symbol:
            self.number, self.show_as = _dashed(meta.symbol), str(meta.symbol)
        elif self.resolution and self.resolution.number is not None:
            self.number = str(self.resolution.number)
            self.show_as = self.resolution.heading.replace("RESOLUTION", "Resolution")

    @property
    def known(self) -> bool:
        """Whether the document has an identity of its own (a number)."""
        return self.number is not None

    @property
    def work(self) -> str:
        date = (self.date or UNKNOWN_DATE).isoformat()
        return f"/akn/un/{self.element}/{self.name}/iom/{date}/{self.number or UNKNOWN_NUMBER}"


class _Part:
    """The main document or one annex: its eId prefix and whether its paragraph numbers are unique."""

    def __init__(self, prefix: str, body: tuple[Block, ...]) -> None:
        self.prefix = prefix
        numbers = _para_numbers(body)
        self.unique_paras = len(numbers) == len(set(numbers))


class _Scope:
    """Where blocks are being written: the top of a part (flat eIds) or inside an element (prefixed eIds)."""

    def __init__(self, part: _Part, top: bool) -> None:
        self.part = part
        self.top = top


# --------------------------------------------------------------------------------------------------
# The exporter


class _Exporter:
    def __init__(self, document: Document, converted: dt.date | None) -> None:
        self.document = document
        self.converted = converted
        self.used: set[str] = set()
        self.counters: dict[tuple[str, str], int] = {}
        self.block_paths = {id(block): path for path, block in paths.walk(document)}
        self.footnotes: dict[tuple[str, str], list[Footnote]] = {}
        for footnote in document.footnotes:
            if footnote.anchor is not None:
                self.footnotes.setdefault((footnote.anchor, footnote.marker), []).append(footnote)
        self.placed: set[int] = set()
        self.note_ids: dict[tuple[str, str], str] = {}
        self.tlcs: dict[str, tuple[str, str, str]] = {}
        self.tlc_keys: dict[tuple[str, str], str] = {}
        self.identity = _Identity(document.meta, document.body)
        self.work = self.identity.work
        self.language = _language(document)
        self.symbols: dict[str, str] = {}
        self.resolutions: dict[int, str] = {}
        self._index_identities()

    # ---- identifiers

    def claim(self, eid: str) -> str:
        """``eid``, made unique in the output."""
        eid = eid or "x"
        candidate, n = eid, 1
        while candidate in self.used:
            n += 1
            candidate = f"{eid}-{n}"
        self.used.add(candidate)
        return candidate

    def count(self, scope_key: str, name: str) -> int:
        key = (scope_key, name)
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    def eid(self, scope: _Scope, owner: str, name: str, label: str | None = None) -> str:
        """The eId of a ``name`` element (``sec``, ``para``, ``list`` …) written in ``scope`` under ``owner``."""
        flat = scope.top and name in _FLAT and (name != "para" or scope.part.unique_paras)
        if flat or not owner:
            prefix, key = scope.part.prefix, scope.part.prefix
        else:
            prefix, key = f"{owner}__", owner
        ordinal = self.count(key, name)
        return self.claim(f"{prefix}{name}_{_id_label(label) or ordinal}")

    def child_eid(self, owner: str, name: str, label: str | None = None) -> str:
        """The eId of a ``name`` element directly under ``owner``."""
        ordinal = self.count(owner, name)
        return self.claim(f"{owner}__{name}_{_id_label(label) or ordinal}")

    def tlc(self, tag: str, href: str, show_as: str, eid: str) -> str:
        """Register a TLC reference (once per tag and href) and return its eId."""
        key = (tag, href)
        if key not in self.tlc_keys:
            eid = self.claim(eid)
            self.tlc_keys[key] = eid
            self.tlcs[eid] = (tag, href, show_as)
        return self.tlc_keys[key]

    def _index_identities(self) -> None:
        """Work IRIs of the documents in this file, for references to them."""
        self.tlc("TLCOrganization", "/ontology/organization/un/iom", "International Organization for Migration", "iom")
        self.tlc("TLCOrganization", "/ontology/organization/iomparse", "iomparse", "iomparse")
        if self.document.meta.symbol:
            self.symbols[str(self.document.meta.symbol)] = self.work
        if self.identity.resolution and self.identity.resolution.number is not None:
            self.resolutions[self.identity.resolution.number] = self.work
        for annex in self.document.annexes:
            identity = _Identity(annex.meta, annex.body)
            if not identity.known:
                continue
            if annex.meta.symbol:
                self.symbols.setdefault(str(annex.meta.symbol), identity.work)
            if identity.resolution and identity.resolution.number is not None:
                self.resolutions.setdefault(identity.resolution.number, identity.work)

    # ---- the whole file

    def run(self) -> bytes:
        root = etree.Element(f"{{{AKN_NS}}}akomaNtoso", nsmap={None: AKN_NS})
        references = etree.Element(f"{{{AKN_NS}}}references", source="#iomparse")
        self.main_author = self.author(self.document.meta, self.identity)
        part = _Part("", self.document.body)
        main = self.write_document(root, self.document.meta, self.document.body, part=part, annex=None)
        main.find(f"{{{AKN_NS}}}meta").append(references)
        if self.document.annexes:
            attachments = _sub(main, "attachments")
            for number, annex in enumerate(self.document.annexes, 1):
                self.write_annex(attachments, annex, number)
        for eid, (tag, href, show_as) in self.tlcs.items():
            _sub(references, tag, eId=eid, href=href, showAs=show_as)
        self.write_unplaced_notes(main.find(f"{{{AKN_NS}}}meta"))
        written: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
        return written

    def write_annex(self, attachments: etree._Element, annex: Annex, number: int) -> None:
        attachment = _sub(attachments, "attachment", eId=self.claim(f"att_{number}"))
        if annex.label and not annex.label_inferred:
            _sub(attachment, "num", annex.label)
        part = _Part(f"att_{number}__", annex.body)
        self.write_document(attachment, annex.meta, annex.body, part=part, annex=number)

    def write_document(
        self, parent: etree._Element, meta: Meta, body: tuple[Block, ...], *, part: _Part, annex: int | None
    ) -> etree._Element:
        """One document (the main one or an annex's): meta, preface, preamble and main body."""
        identity = self.identity if annex is None else _Identity(meta, body)
        element = _sub(parent, identity.element, name=identity.name)
        meta_element = _sub(element, "meta")
        self.write_identification(meta_element, identity, annex)
        self.write_preface(element, meta, identity)
        scope = _Scope(part, top=True)
        resolution = identity.resolution
        if resolution is not None:
            self.write_preamble(element, resolution, part)
        main_body = _sub(element, "mainBody")
        if resolution is not None:
            for block in body:
                if block is resolution:
                    self.write_operative(main_body, resolution, scope, "")
                else:
                    self.write_blocks(main_body, (block,), scope, "")
        else:
            self.write_blocks(main_body, body, scope, "")
        if not len(main_body):
            _sub(main_body, "p")
        return element

    # ---- meta

    def author(self, meta: Meta, identity: _Identity) -> str:
        """The eId of the work's author: the adopting body for a resolution, the speaker for a statement,
        IOM for any other paper. The issuing body is registered in any case."""
        body = self.body_tlc(identity.resolution, meta.symbol)
        if identity.element == "statement" and identity.name == "resolution":
            return body
        if meta.kind == "statement" and meta.speaker:
            return self.speaker_tlc(meta.speaker)[1]
        return self.tlc_keys[("TLCOrganization", "/ontology/organization/un/iom")]

    def body_tlc(self, resolution: Resolution | None, symbol: Symbol | None) -> str:
        """The TLC of the body that issues or adopts the document: the Council unless the text says otherwise."""
        name = "Council"
        if resolution and resolution.adoption and resolution.adoption.body:
            name = resolution.adoption.body
        elif symbol and symbol.parts and symbol.parts[0] in ("S", "SCPF"):
            name = "Standing Committee on Programmes and Finance"
        slug = _camel(name) or "council"
        return self.tlc("TLCOrganization", f"/ontology/organization/un/iom.{slug}", name, slug)

    def speaker_tlc(self, speaker: str) -> tuple[str, str]:
        """The speaker as a TLC: (attribute of ``docProponent`` pointing to it, eId)."""
        slug = _camel(speaker) or "speaker"
        if _ROLES.fullmatch(speaker.strip().rstrip(",")):
            return "as", self.tlc("TLCRole", f"/ontology/role/un/iom.{slug}", speaker, slug)
        if _ORGANIZATION_WORDS.search(speaker):
            return "refersTo", self.tlc("TLCOrganization", f"/ontology/organization/un/{slug}", speaker, slug)
        return "refersTo", self.tlc("TLCPerson", f"/ontology/person/un/{slug}", speaker, slug)

    def write_identification(self, meta_element: etree._Element, identity: _Identity, annex: int | None) -> None:
        """``<identification>``: the main work's IRIs, with the component ``!main`` or ``!annex_N``."""
        main = self.identity
        component = "main" if annex is None else f"annex_{annex}"
        author = f"#{self.main_author}"
        work = self.work
        date = (main.date or UNKNOWN_DATE).isoformat()
        identification = _sub(meta_element, "identification", source="#iomparse")

        frbr = _sub(identification, "FRBRWork")
        _sub(frbr, "FRBRthis", value=f"{work}/!{component}")
        _sub(frbr, "FRBRuri", value=work)
        if annex is not None and identity.known:
            _sub(frbr, "FRBRalias", value=identity.work, name="embeddedDocument")
        _sub(frbr, "FRBRdate", date=date, name=main.date_name)
        _sub(frbr, "FRBRauthor", href=author)
        _sub(frbr, "FRBRcountry", value="un")
        _sub(frbr, "FRBRsubtype", value=identity.name)
        if main.number:
            _sub(frbr, "FRBRnumber", value=main.number, showAs=main.show_as or main.number)

        expression = _sub(identification, "FRBRExpression")
        _sub(expression, "FRBRthis", value=f"{work}/{self.language}@/!{component}")
        _sub(expression, "FRBRuri", value=f"{work}/{self.language}@")
        _sub(expression, "FRBRdate", date=date, name=main.date_name)
        _sub(expression, "FRBRauthor", href=author)
        _sub(expression, "FRBRlanguage", language=self.language)

        manifestation = _sub(identification, "FRBRManifestation")
        _sub(manifestation, "FRBRthis", value=f"{work}/{self.language}@/!{component}.xml")
        _sub(manifestation, "FRBRuri", value=f"{work}/{self.language}@.akn")
        if self.converted:
            _sub(manifestation, "FRBRdate", date=self.converted.isoformat(), name="XMLConversion")
        else:
            _sub(manifestation, "FRBRdate", date=date, name=main.date_name)
        _sub(manifestation, "FRBRauthor", href="#iomparse")
        _sub(manifestation, "FRBRformat", value="application/akn+xml")

    def write_unplaced_notes(self, meta_element: etree._Element) -> None:
        """Footnotes whose marker was not met in the text, kept in ``<meta><notes>``."""
        unplaced = [f for f in self.document.footnotes if id(f) not in self.placed]
        if not unplaced:
            return
        notes = _sub(meta_element, "notes", source="#iomparse")
        for footnote in unplaced:
            eid = self.claim(f"note_{_id_label(footnote.marker) or len(notes) + 1}")
            note = _sub(notes, "note", eId=eid, marker=footnote.marker, placement="bottom")
            self.write_inline(_sub(note, "p"), footnote.content, eid, None)

    # ---- preface and preamble

    def write_preface(self, element: etree._Element, meta: Meta, identity: _Identity) -> None:
        preface = _sub(element, "preface")
        if meta.symbol:
            _sub(_sub(preface, "p"), "docNumber", str(meta.symbol))
        if meta.original_language:
            _sub(preface, "p", f"Original: {meta.original_language}", **{"class": "originalLanguage"})
        if meta.date:
            _sub(_sub(preface, "p"), "docDate", _long_date(meta.date), date=meta.date.isoformat())
        if meta.session:
            _sub(_sub(preface, "p"), "session", meta.session.raw, value=str(meta.session.number))
        if meta.title:
            _sub(_sub(preface, "p"), "docTitle", meta.title)
        if meta.subtitle:
            _sub(preface, "p", meta.subtitle, **{"class": "subtitle"})
        if meta.speaker:
            attribute, eid = self.speaker_tlc(meta.speaker)
            _sub(_sub(preface, "p"), "docProponent", meta.speaker, **{attribute: f"#{eid}"})
        resolution = identity.resolution
        if resolution is not None:
            self.write_resolution_heading(preface, resolution)
        if not len(preface):
            element.remove(preface)

    def write_resolution_heading(self, preface: etree._Element, resolution: Resolution) -> None:
        p = _sub(preface, "p")
        _sub(p, "docType", _resolution_heading(resolution))
        if resolution.place is not None:
            _append_text(p, " ")
            _sub(p, "docNumber", resolution.place)
        if resolution.number is not None:
            _append_text(p, " No. ")
            _sub(p, "docNumber", str(resolution.number))
            if resolution.session and resolution.heading.endswith(f"({resolution.session.raw})"):
                _append_text(p, " (")
                _sub(p, "session", resolution.session.raw, value=str(resolution.session.number))
                _append_text(p, ")")
        if resolution.adoption:
            status = _sub(_sub(preface, "p"), "docStatus")
            self.write_dated_text(status, resolution.adoption.raw, resolution.adoption.date)
        if resolution.title:
            _sub(_sub(preface, "p"), "docTitle", resolution.title)

    def write_dated_text(self, element: etree._Element, text: str, date: dt.date | None) -> None:
        """``text``, with the date in it (if found) marked up as ``<docDate>``."""
        written = _long_date(date) if date else None
        if date is None or not written or written not in text:
            _append_text(element, text)
            return
        before, after = text.split(written, 1)
        _append_text(element, before)
        _sub(element, "docDate", written, date=date.isoformat())
        _append_text(element, after)

    def write_preamble(self, element: etree._Element, resolution: Resolution, part: _Part) -> None:
        if not resolution.formula and not resolution.preamble:
            return
        preamble = _sub(element, "preamble")
        if resolution.formula:
            formula = _sub(preamble, "formula", name="enactingFormula", eId=self.claim(f"{part.prefix}formula_1"))
            _sub(formula, "p", resolution.formula)
        for number, clause in enumerate(resolution.preamble, 1):
            eid = self.claim(f"{part.prefix}preambularClause_{number}")
            container = _sub(preamble, "container", name="preambularClause", eId=eid)
            self.write_clause_blocks(container, clause, eid)

    def write_clause_blocks(self, parent: etree._Element, clause: Clause | Unclassified, eid: str) -> None:
        """A preambular clause as blocks: its text, then its items as ``<blockList>`` and any table as
        ``<table>``, in order (an unclassified line kept among the clauses: its lines)."""
        if isinstance(clause, Unclassified):
            for line in clause.lines or ("",):
                _sub(parent, "p", line, **{"class": "unclassified"})
            return
        self.write_inline(_sub(parent, "p"), clause.content, eid, self.block_paths.get(id(clause)))
        items: list[Item] = []
        for child in (*clause.children, None):
            if isinstance(child, Item):
                items.append(child)
                continue
            if items:
                self.write_block_list(parent, tuple(items), eid)
                items = []
            if isinstance(child, Table):
                self.write_grid(parent, child, self.child_eid(eid, "table"))

    def write_block_list(self, parent: etree._Element, items: tuple[Item, ...], owner: str) -> None:
        list_id = self.child_eid(owner, "list")
        block_list = _sub(parent, "blockList", eId=list_id)
        for ordinal, item in enumerate(items, 1):
            item_id = self.claim(f"{list_id}__item_{_id_label(item.label) or ordinal}")
            element = _sub(block_list, "item", eId=item_id)
            if item.label:
                _sub(element, "num", item.label)
            self.write_inline(_sub(element, "p"), item.content, item_id, self.block_paths.get(id(item)))
            if item.children:
                self.write_block_list(element, item.children, item_id)

    def write_operative(self, parent: etree._Element, resolution: Resolution, scope: _Scope, owner: str) -> None:
        if resolution.operative_formula:
            eid = self.eid(scope, owner, "operativeFormula")
            formula = _sub(parent, "hcontainer", name="operativeFormula", eId=eid)
            _sub(_sub(formula, "content"), "p", f"{resolution.operative_formula}:")
        for clause in resolution.operative:
            self.write_block(parent, clause, scope, owner)

    # ---- blocks

    def write_blocks(
        self,
        parent: etree._Element,
        blocks: Iterable[Block],
        scope: _Scope,
        owner: str,
        section_num: str | None = None,
    ) -> None:
        """Blocks as hierarchical elements; consecutive items become one ``<list>``. ``section_num`` is the
        number of the section holding the blocks (``""`` if unnumbered), ``None`` outside sections."""
        items: list[Item] = []
        for block in blocks:
            if isinstance(block, Item):
                items.append(block)
                continue
            if items:
                self.write_list(parent, tuple(items), scope, owner)
                items = []
            if isinstance(block, Section):
                self.write_section(parent, block, scope, owner, section_num)
            else:
                self.write_block(parent, block, scope, owner)
        if items:
            self.write_list(parent, tuple(items), scope, owner)

    def write_block(self, parent: etree._Element, block: Block, scope: _Scope, owner: str) -> None:
        if isinstance(block, Section):
            self.write_section(parent, block, scope, owner, None)
        elif isinstance(block, Paragraph | Clause):
            self.write_numbered(parent, block, scope, owner)
        elif isinstance(block, Quote):
            self.write_quote(parent, block, scope, owner)
        elif isinstance(block, Resolution):
            self.write_resolution(parent, block, scope, owner)
        elif isinstance(block, Salutation):
            self.write_lines(parent, "salutation", (block.text,), scope, owner)
        elif isinstance(block, Figure):
            self.write_lines(parent, "figure", block.lines, scope, owner)
        elif isinstance(block, Contents):
            self.write_contents(parent, block, scope, owner)
        elif isinstance(block, Table):
            self.write_table(parent, block, scope, owner)
        elif isinstance(block, Unclassified):
            self.write_lines(parent, "unclassified", block.lines, scope, owner)
        else:
            raise TypeError(f"not a block: {block!r}")

    def write_section(
        self, parent: etree._Element, section: Section, scope: _Scope, owner: str, parent_num: str | None
    ) -> None:
        """A section; ``parent_num`` is the number of the section it is nested in (``""`` if unnumbered)."""
        label = section.num
        if label and parent_num and label.startswith(f"{parent_num}."):
            label = label[len(parent_num) + 1 :]
        if parent_num is not None:
            eid = self.child_eid(owner, "subsec", label)
            element = _sub(parent, "subsection", eId=eid)
        else:
            eid = self.eid(scope, owner, "sec", label)
            element = _sub(parent, "section", eId=eid)
        if section.num:
            _sub(element, "num", _section_num(section.num))
        if section.heading:
            self.write_inline(_sub(element, "heading"), section.heading, eid, self.block_paths.get(id(section)))
        self.write_blocks(element, section.children, scope, eid, section.num or "")

    def write_numbered(self, parent: etree._Element, block: Paragraph | Clause, scope: _Scope, owner: str) -> None:
        """A paragraph or operative clause: ``<paragraph>`` if numbered, else an unnumbered-paragraph container."""
        if block.num:
            eid = self.eid(scope, owner, "para", block.num)
            element = _sub(parent, "paragraph", eId=eid)
            _sub(element, "num", f"{block.num}.")
        else:
            eid = self.eid(scope, owner, "unnumberedParagraph")
            element = _sub(parent, "hcontainer", name="unnumberedParagraph", eId=eid)
        self.write_content(element, block, eid, scope)

    def write_content(self, element: etree._Element, block: Paragraph | Clause | Item, eid: str, scope: _Scope) -> None:
        """A hierarchical element's text: ``<content>`` alone, or ``<intro>`` followed by its children."""
        content, children, path = block.content, block.children, self.block_paths.get(id(block))
        if not children:
            self.write_inline(_sub(_sub(element, "content"), "p"), content, eid, path)
            return
        if content:
            self.write_inline(_sub(_sub(element, "intro"), "p"), content, eid, path)
        self.write_blocks(element, children, _Scope(scope.part, top=False), eid)

    def write_list(self, parent: etree._Element, items: tuple[Item, ...], scope: _Scope, owner: str) -> None:
        list_id = self.eid(scope, owner, "list")
        element = _sub(parent, "list", eId=list_id)
        for ordinal, item in enumerate(items, 1):
            point_id = self.claim(f"{list_id}__point_{_id_label(item.label) or ordinal}")
            point = _sub(element, "point", eId=point_id)
            if item.label:
                _sub(point, "num", item.label)
            self.write_content(point, item, point_id, scope)

    def write_quote(self, parent: etree._Element, quote: Quote, scope: _Scope, owner: str) -> None:
        eid = self.eid(scope, owner, "quote")
        element = _sub(parent, "hcontainer", name="quote", eId=eid)
        p = _sub(_sub(element, "content"), "p")
        if quote.children:
            self.write_blocks(_sub(p, "embeddedStructure"), quote.children, _Scope(scope.part, top=False), eid)

    def write_contents(self, parent: etree._Element, contents: Contents, scope: _Scope, owner: str) -> None:
        """A table of contents: ``<toc>`` of ``<tocItem>`` (nested entries one level deeper), page numbers
        as ``<inline name="page">`` (a report's paragraphs before them, ``<inline name="paragraphs">``)."""
        element = _sub(parent, "hcontainer", name="contents", eId=self.eid(scope, owner, "contents"))
        _sub(element, "heading", contents.heading)
        if not contents.entries:  # a <toc> must hold an entry
            _sub(_sub(element, "content"), "p")
            return
        toc = _sub(_sub(element, "content"), "toc")

        def entries(items: tuple[ContentsEntry, ...], level: int) -> None:
            for entry in items:
                item = _sub(toc, "tocItem", entry.title, href="#", level=str(level))
                if entry.paragraphs is not None:
                    _sub(item, "inline", entry.paragraphs, name="paragraphs")
                if entry.page is not None:
                    _sub(item, "inline", entry.page, name="page")
                entries(entry.children, level + 1)

        entries(contents.entries, 1)

    def write_table(self, parent: etree._Element, table: Table, scope: _Scope, owner: str) -> None:
        """A table laid out with spaces: ``<table>`` with a row per line and a cell per column found."""
        eid = self.eid(scope, owner, "table")
        element = _sub(parent, "hcontainer", name="table", eId=eid)
        self.write_grid(_sub(element, "content"), table, self.claim(f"{eid}__table_1"))

    def write_grid(self, parent: etree._Element, table: Table, eid: str) -> None:
        """A table's ``<table>``: its caption, a row per line and a cell per column found."""
        grid = _sub(parent, "table", eId=eid)
        if table.caption:
            _sub(grid, "caption", table.caption)
        for row in table.cells or ((),):  # a <table> must hold a row
            tr = _sub(grid, "tr")
            for cell in row or ("",):
                _sub(_sub(tr, "td"), "p", cell)

    def write_lines(self, parent: etree._Element, name: str, lines: tuple[str, ...], scope: _Scope, owner: str) -> None:
        element = _sub(parent, "hcontainer", name=name, eId=self.eid(scope, owner, name))
        content = _sub(element, "content")
        for line in lines:
            _sub(content, "p", line)

    def write_resolution(self, parent: etree._Element, resolution: Resolution, scope: _Scope, owner: str) -> None:
        """A resolution inside another body: ``<hcontainer name="resolution">``, its preamble as ``<intro>``."""
        eid = self.eid(scope, owner, "res")
        element = _sub(parent, "hcontainer", name="resolution", eId=eid)
        if resolution.title:
            _sub(element, "heading", resolution.title)
        intro = _sub(element, "intro")
        _sub(intro, "p", resolution.heading)
        if resolution.adoption:
            self.write_dated_text(_sub(intro, "p"), resolution.adoption.raw, resolution.adoption.date)
        if resolution.formula:
            _sub(intro, "p", resolution.formula, **{"class": "enactingFormula"})
        for clause in resolution.preamble:
            clause_id = self.child_eid(eid, "preambularClause")
            container = _sub(intro, "blockContainer", eId=clause_id, **{"class": "preambularClause"})
            self.write_clause_blocks(container, clause, clause_id)
        self.write_operative(element, resolution, _Scope(scope.part, top=False), eid)

    # ---- inline

    def write_inline(self, element: etree._Element, runs: tuple[Inline, ...], owner: str, path: str | None) -> None:
        for run in runs:
            if isinstance(run, Text):
                _append_text(element, run.text)
            elif isinstance(run, Strong):
                self.write_inline(_sub(element, "b"), run.children, owner, path)
            elif isinstance(run, Emphasis):
                self.write_inline(_sub(element, "i"), run.children, owner, path)
            elif isinstance(run, DocRef):
                _sub(element, "ref", run.text, href=self.doc_href(run))
            elif isinstance(run, ResolutionRef):
                self.write_resolution_ref(element, run)
            elif isinstance(run, NoteRef):
                self.write_note(element, run, owner, path)
            elif isinstance(run, SessionRef):
                _sub(element, "session", run.text, value=str(run.session.number))
            elif isinstance(run, ConstitutionRef):
                article = re.sub(r"\W+", "_", run.article).strip("_")
                _sub(element, "ref", run.text, href=f"/akn/un/act/constitution/iom/!main#art_{article}")
            elif isinstance(run, UNRef):
                _sub(element, "inline", run.text, name="unDocument")
            elif isinstance(run, NameList):
                _sub(element, "inline", run.text, name="names")
            elif isinstance(run, DateRef):
                if run.start == run.end and len(run.start) == 10:
                    _sub(element, "date", run.text, date=run.start)
                else:
                    _sub(element, "inline", run.text, name="date")
            else:
                raise TypeError(f"not an inline run: {run!r}")

    def doc_href(self, ref: DocRef) -> str:
        if ref.own:
            return self.work
        symbol = str(ref.symbol)
        if symbol in self.symbols:
            return self.symbols[symbol]
        subtype = "note" if "INF" in ref.symbol.parts else "document"
        return f"/akn/un/doc/{subtype}/iom/{_dashed(ref.symbol)}"

    def resolution_href(self, number: int, date: dt.date | None) -> str:
        if number in self.resolutions:
            return self.resolutions[number]
        when = f"{date.isoformat()}/" if date else ""
        return f"/akn/un/statement/resolution/iom/{when}{number}"

    def write_resolution_ref(self, element: etree._Element, ref: ResolutionRef) -> None:
        numbers = ref.numbers
        if len(numbers) == 1 or not numbers:
            if numbers:
                _sub(element, "ref", ref.text, href=self.resolution_href(numbers[0], ref.date))
            else:
                _append_text(element, ref.text)
            return
        # ``Resolutions Nos. 1310 and 1311``: one <ref> per number, inside an <mref>.
        spans, start = [], 0
        for number in numbers:
            match = re.compile(rf"(?<!\d){number}(?!\d)").search(ref.text, start)
            if not match:
                _sub(element, "ref", ref.text, href=self.resolution_href(numbers[0], ref.date))
                return
            spans.append((match.start(), match.end(), number))
            start = match.end()
        mref = _sub(element, "mref")
        position = 0
        for begin, end, number in spans:
            _append_text(mref, ref.text[position:begin])
            _sub(mref, "ref", ref.text[begin:end], href=self.resolution_href(number, ref.date))
            position = end
        _append_text(mref, ref.text[position:])

    def write_note(self, element: etree._Element, ref: NoteRef, owner: str, path: str | None) -> None:
        candidates = self.footnotes.get((path, ref.marker), []) if path is not None else []
        footnote = next((f for f in candidates if id(f) not in self.placed), None)
        if footnote is None:
            earlier = self.note_ids.get((path or "", ref.marker))
            if earlier:
                _sub(element, "noteRef", marker=ref.marker, href=f"#{earlier}")
            else:
                _sub(element, "sup", ref.marker)
            return
        self.placed.add(id(footnote))
        base = f"{owner}__" if owner else ""
        eid = self.claim(f"{base}authorialNote_{_id_label(ref.marker) or len(self.placed)}")
        self.note_ids[(path or "", ref.marker)] = eid
        note = _sub(element, "authorialNote", marker=ref.marker, placement="bottom", eId=eid)
        self.write_inline(_sub(note, "p"), footnote.content, eid, None)


def _section_num(num: str) -> str:
    """A section's number as printed: ``I.``, ``V.1``, ``(1)``, ``Objective 3:``."""
    if num.startswith("(") or "." in num:
        return num
    if num[0].isdigit() or num.isupper():
        return f"{num}."
    return f"{num}:"
