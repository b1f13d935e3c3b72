#!/usr/bin/env python3
"""Render Markdown-ish samples as IOM-style A4 PDFs and record what poppler's pdftotext makes of them.

Run on demand (it is not part of the package or of the test run):

    /work/venv/bin/python tools/make_pdf_fixtures.py            # all fixtures
    /work/venv/bin/python tools/make_pdf_fixtures.py scpf-paper-a   # one of them
    /work/venv/bin/python tools/make_pdf_fixtures.py --out /tmp/pdf scpf-paper-b   # elsewhere

For each stem it writes samples/<stem>.pdf, then runs the real `pdftotext -layout` into
tests/fixtures/pdf/<stem>.layout.txt and plain `pdftotext` into <stem>.raw.txt there. The .txt files must
never be edited by hand.

Needs: reportlab (pip install reportlab) and pdftotext (apt-get install poppler-utils).

The layout is hand-written on a reportlab canvas (no platypus) so that footnote bodies always land at the
bottom of the page that carries their marker: each block is broken into lines first, then lines are placed
one by one, and a line is moved to the next page together with the bodies of the footnotes it cites when
they do not fit. Paragraphs split across pages (widow/orphan control keeps at least two lines on each side).
A document without a symbol (a delegation's statement) has no running header at all.
Only the standard 14 fonts are used and page streams are compressed; `invariant=1` keeps output byte-stable.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OUT = ROOT / "tests" / "fixtures" / "pdf"

# --------------------------------------------------------------------------------------------------
# Per-document settings. The parser below is generic; these only say what the sample text cannot.
# cover_page: the cover (header block and title) stands alone; the body starts on a new page with the
#             running title and "Page 1".
# annex_triggers: (line text, occurrence, annex label) for annexes whose marker the converter lost.
# chart: the annex whose remaining lines are the text fragments of a chart.
# compilation: each header block (optional organ and session lines, then a symbol line followed by an
#              "Original:" line) starts a new document (draft resolutions).
DOCS: dict[str, dict] = {
    "mc-inf-274-strategy": {
        "family": "Times",
        "size": 12,
        "cover_page": True,
        "annex_triggers": [("SEVENTY-FIRST SESSION", 2, "Annex II"), ("IOM • OIM", 1, "Annex III")],
        "chart": "Annex III",
    },
    "micem-9-2002-statement": {"family": "Times", "size": 12},
    "mc-101st-session-a": {"family": "Times", "size": 12, "cover_page": True},
    "draft-resolutions-a": {"family": "Helvetica", "size": 11, "compilation": True},
    "c-era-report-a": {"family": "Times", "size": 12, "cover_page": True},
    "scpf-paper-a": {"family": "Helvetica", "size": 12},
    "adopted-resolution-a": {"family": "Helvetica", "size": 11},
    "adopted-resolution-b": {"family": "Times", "size": 12},
    "c-era-report-b": {"family": "Helvetica", "size": 11, "cover_page": True},
    "delegation-statement-a": {"family": "Times", "size": 12},
    "delegation-statement-b": {"family": "Helvetica", "size": 12},
    "draft-resolutions-b": {"family": "Helvetica", "size": 11, "compilation": True},
    "mc-101st-session-b": {"family": "Times", "size": 12, "cover_page": True},
    "scpf-paper-b": {"family": "Times", "size": 12},
}

FAMILIES = {
    "Times": {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "BI": "Times-BoldItalic"},
    "Helvetica": {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique", "BI": "Helvetica-BoldOblique"},
}

CM = 72 / 2.54
PAGE_W, PAGE_H = 21 * CM, 29.7 * CM  # A4
MARGIN = 2.5 * CM
X0 = MARGIN
TEXT_W = PAGE_W - 2 * MARGIN
X1 = X0 + TEXT_W
TOP = PAGE_H - MARGIN
BOTTOM = MARGIN
TAB = 1.27 * CM  # Word's default tab stop: paragraph numbers hang in it
BULLET_GAP = 0.63 * CM
FN_RULE_W = 5.08 * CM  # Word's footnote separator: a 2-inch drawn line
HEADER_Y = PAGE_H - 1.4 * CM  # baseline of the first running-header line

SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUP_MAP = {c: str(i) for i, c in enumerate(SUP_DIGITS)}

# --------------------------------------------------------------------------------------------------
# Dependencies


def check_dependencies() -> None:
    missing = []
    try:
        import reportlab  # noqa: F401
    except ImportError:
        missing.append("reportlab is missing: install it with `/work/venv/bin/pip install reportlab`")
    if shutil.which("pdftotext") is None:
        missing.append("pdftotext is missing: install poppler with `apt-get install -y poppler-utils`")
    if missing:
        for m in missing:
            print(f"make_pdf_fixtures: {m}", file=sys.stderr)
        sys.exit(2)


# --------------------------------------------------------------------------------------------------
# Logical model read from the Markdown-ish sample


@dataclass
class Node:
    kind: str
    text: str = ""
    label: str = ""
    level: int = 0
    bold: bool = False
    italic: bool = False
    gap: float | None = None  # space before, in leading units (None: the kind's default)
    extra: dict = field(default_factory=dict)


@dataclass
class Part:
    symbol: str
    annex: str | None = None
    header_first: bool = False  # running header already on the part's first page (annexes)


SYMBOL_RE = re.compile(r"^(?:MC|C|S|SCPF|MICEM)/[A-Za-z0-9./]+$")
ORIG_RE = re.compile(r"^Original:\s*(\S+)(?:\s{2,}(.+))?$")
DATE_RE = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4}$")
DATE_RANGE_RE = re.compile(r"^\d{1,2}(?:[-–]| to )\d{1,2} [A-Z][a-z]+ \d{4}$")
SESSION_RE = re.compile(
    r"(?:^[A-Z-]+ (?:\(SPECIAL\) )?SESSION$|^\d+(?:ST|ND|RD|TH) SESSION$"
    r"|^\d+(?:st|nd|rd|th) Session$|^[A-Z][a-z-]+ Session$)"
)
ORGAN_RE = re.compile(r"^(?:COUNCIL|STANDING COMMITTEE ON PROGRAMMES AND FINANCE)$")
WEEKDAY_RE = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),")
# delegation statements: mission letterhead, meeting line, speaker line, "Check against delivery"
LETTERHEAD_RE = re.compile(r"^Permanent Mission\b")
MEETING_RE = re.compile(r"^\d+(?:st|nd|rd|th) Session of the\b")
SPEAKER_RE = re.compile(r"^Statement by\b")
CHECK_RE = re.compile(r"^Check against delivery$")
COVER_FOOTER_RE = re.compile(r"^COUNCIL\s+CONSEIL\s+CONSEJO$")  # trilingual footer of MC-era covers
RULE_RE = re.compile(r"^_{5,}$")
FN_BODY_RE = re.compile(rf"^([{SUP_DIGITS}]+)\s+(.*)$")
NUM_PARA_RE = re.compile(r"^(\d{1,3})\.\s+(.*)$")
ITEM_RE = re.compile(r"^(\s*)- \(([a-z]{1,4}|\d{1,2})\)\s+(.*)$")
ROMAN_LABEL_RE = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|x)$")
BULLET_RE = re.compile(r"^(\s*)- (.*)$")
ROMAN_HEAD_RE = re.compile(r"^([IVXL]+\.)\s+(\S.*)$")
DEC_HEAD_RE = re.compile(r"^([IVXL]+\.\d+)\s+(\S.*)$")
LETTER_HEAD_RE = re.compile(r"^([A-Z]\.)\s+(\S.*)$")
PAREN_HEAD_RE = re.compile(r"^(\([a-z0-9]\))\s+(\S.*[^.;,:])$")
PAGE_LABEL_RE = re.compile(r"^(?:Page [0-9ivxlc]+|Annex [IVX]+)$")
TOC_RE = re.compile(r"^(.*?\S)\s*([.…]{3,})\s*(\d+)$")


def strip_md(s: str) -> str:
    return s.replace("**", "").strip()


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", strip_md(s).replace("*", "")).strip().upper()


def is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


class SampleReader:
    """Turn a Markdown-ish sample into a stream of Nodes, Parts and page events."""

    def __init__(self, text: str, cfg: dict):
        self.lines = text.split("\n")
        self.cfg = cfg
        self.stream: list = []
        self.footnotes: dict = {}
        self.scope = 0  # footnote numbering scope (one per part)
        self.last_text: Node | None = None
        self.main_symbol = ""
        self.symbols: set[str] = set()
        self.titles: list[str] = []
        self.title_raw: list[
            str
        ] = []  # lines of the document's first title  # normalized titles whose plain repeat is a running title
        self.in_resolution = False
        self.quote_open = False
        self.statement = bool(cfg.get("statement"))  # unnumbered text is plain text, never a quotation
        # occurrence number of each line's text in the whole sample (for annex_triggers)
        self.occurrence: list[int] = []
        counts: dict[str, int] = {}
        for ln in self.lines:
            counts[ln.strip()] = counts.get(ln.strip(), 0) + 1
            self.occurrence.append(counts[ln.strip()])
        self.deviations: list[str] = []

    # -- helpers
    def next_nonblank(self, i: int) -> int:
        while i < len(self.lines) and not self.lines[i].strip():
            i += 1
        return i

    def header_symbol(self, i: int) -> str:
        """The symbol of the header block starting at line i ("" if it has none, as statements do)."""
        seen = 0
        while i < len(self.lines) and seen < 8:
            s = strip_md(self.lines[i])
            if s:
                if SYMBOL_RE.match(s):
                    return s
                if s == "The Council," or NUM_PARA_RE.match(s):
                    break
                seen += 1
            i += 1
        return ""

    def header_starts(self, i: int) -> str:
        """In a compilation: the symbol of the document whose header starts at line i, or ""."""
        j = i
        while j < len(self.lines):
            s = strip_md(self.lines[j])
            if SYMBOL_RE.match(s):
                k = self.next_nonblank(j + 1)
                return s if k < len(self.lines) and strip_md(self.lines[k]).startswith("Original:") else ""
            if not (ORGAN_RE.match(s) or SESSION_RE.match(s)):
                return ""
            j = self.next_nonblank(j + 1)
        return ""

    def title_follows(self, i: int) -> bool:
        j = self.next_nonblank(i)
        return j < len(self.lines) and (self.lines[j].strip().startswith("**") or is_caps(strip_md(self.lines[j])))

    def is_furniture(self, i: int) -> str | None:
        s = strip_md(self.lines[i])
        if s in self.symbols:
            j = self.next_nonblank(i + 1)
            if j < len(self.lines) and PAGE_LABEL_RE.match(self.lines[j].strip()):
                return self.lines[j].strip()
        return None

    def emit(self, item) -> None:
        self.stream.append(item)
        if isinstance(item, Node) and item.kind in {"para", "item", "bullet", "quote", "text", "preamble"}:
            self.last_text = item

    def start_part(self, part: Part) -> None:
        self.scope += 1
        self.in_resolution = False
        self.quote_open = False
        self.last_text = None
        self.emit(part)

    # -- header blocks (cover of the document, of an embedded document, of a resolution)
    def read_header(self, i: int, main: bool) -> int:
        bold = False
        title_node: Node | None = None
        prev_kind = ""
        first = True
        while i < len(self.lines):
            raw = self.lines[i]
            s = raw.strip()
            if not s:
                i += 1
                continue
            if self.is_furniture(i):
                break
            line_bold = bold or s.startswith("**")
            if s.count("**") % 2:
                bold = not bold
            text = strip_md(s)
            gap = 0.0 if first else 1.5
            first = False
            adjacent = i > 0 and bool(self.lines[i - 1].strip())  # no blank line before it in the sample
            if prev_kind == "letterhead" and line_bold and not (MEETING_RE.match(text) or SPEAKER_RE.match(text)):
                # the mission letterhead goes on until the meeting or speaker line
                self.emit(Node("centre", text, bold=True, gap=0))
                i += 1
                continue
            if SYMBOL_RE.match(text):
                if main and not self.main_symbol:
                    self.main_symbol = text
                self.symbols.add(text)
                node = Node("right", text, bold=line_bold, gap=gap if prev_kind != "right" else 0)
            elif m := ORIG_RE.match(text):
                if m.group(2):
                    node = Node(
                        "origdate",
                        f"Original: {m.group(1)}",
                        label=m.group(2).strip(),
                        bold=line_bold,
                        gap=0 if prev_kind == "right" else gap,
                    )
                else:
                    node = Node("right", text, bold=line_bold, gap=0 if prev_kind == "right" else gap)
            elif DATE_RE.match(text) and prev_kind == "right":
                node = Node("right", text, bold=line_bold, gap=0)
            elif CHECK_RE.match(text):
                self.statement = True
                node = Node("right", text, bold=line_bold, italic=True, gap=gap)
            elif LETTERHEAD_RE.match(text):
                self.statement = True
                self.emit(Node("centre", text, bold=line_bold, gap=gap))
                prev_kind = "letterhead"
                i += 1
                continue
            elif MEETING_RE.match(text) or SPEAKER_RE.match(text):
                self.statement = True
                node = Node("centre", text, bold=line_bold, gap=gap)
            elif self.statement and adjacent and prev_kind == "centre" and not DATE_RE.match(text):
                node = Node("centre", text, bold=line_bold, gap=0)  # second line of a meeting line
            elif (
                DATE_RE.match(text)
                or DATE_RANGE_RE.match(text)
                or WEEKDAY_RE.match(text)
                or text == "Geneva"
                or text.startswith("Geneva, ")
            ):
                node = Node("centre", text, bold=line_bold, gap=0 if prev_kind == "centre" else gap)
                if self.statement and not adjacent:
                    node.gap = gap
            elif SESSION_RE.match(text) or ORGAN_RE.match(text):
                node = Node("centre", text, bold=True, gap=0 if prev_kind == "centre" else 2)
            elif text.startswith("RESOLUTION No.") or text == "DRAFT RESOLUTION":
                node = Node("centre", text, bold=True, gap=2)
            elif text.startswith("(Adopted ") or text.startswith("Rapporteur:"):
                node = Node("centre", text, gap=1)
            elif text.startswith("Submitted by "):
                node = Node("centre", text, italic=True, gap=1)
            elif title_node and prev_kind == "title" and text.startswith("(") and text.endswith(")"):
                node = Node("centre", text, gap=1)  # subtitle: "(Background document submitted by …)"
            elif COVER_FOOTER_RE.match(text):
                self.emit(Node("coverfooter", text, bold=line_bold))
                prev_kind = "coverfooter"
                i += 1
                continue
            elif RULE_RE.match(text) and self.title_follows(i + 1):
                node = Node("rule", text, gap=gap)  # typed rule between the session line and the title
            elif RULE_RE.match(text):
                j = self.next_nonblank(i + 1)
                note = self.lines[j].strip()
                self.emit(Node("covernote", note, label=text))
                i = j + 1
                prev_kind = "covernote"
                continue
            elif ROMAN_HEAD_RE.match(text) or NUM_PARA_RE.match(text):
                break  # the body starts with a section heading or a numbered paragraph
            elif title_node and not line_bold and norm(text) in self.titles:
                # plain repeat of the title: the running title on the first text page
                if main and self.cfg.get("cover_page"):
                    self.emit(("pagebreak", ("arabic", 1)))
                self.emit(Node("rtitle", text, gap=0 if main and self.cfg.get("cover_page") else 1.5))
                return i + 1
            elif line_bold or is_caps(text):
                if title_node and prev_kind == "title" and (line_bold == title_node.bold):
                    title_node.extra["lines"].append(text)
                    self.titles[-1] = norm(" ".join(title_node.extra["lines"]))
                    i += 1
                    continue
                big = 4 if (main and self.cfg.get("cover_page") and not title_node) else 2
                title_node = Node("title", text, bold=True, gap=big, extra={"lines": [text]})
                self.titles.append(norm(text))
                if not self.title_raw:
                    self.title_raw = title_node.extra["lines"]
                node = title_node
                self.emit(node)
                prev_kind = "title"
                i += 1
                continue
            else:
                break
            self.emit(node)
            prev_kind = node.kind
            i += 1
        return i

    # -- body
    def run(self) -> None:
        lines = self.lines
        i = self.next_nonblank(0)
        self.start_part(Part(self.header_symbol(i)))
        i = self.read_header(i, main=True)
        while i < len(lines):
            raw = lines[i]
            s = raw.strip()
            if not s:
                i += 1
                continue
            # page furniture kept by the converter: symbol + Page N / Annex X
            label = self.is_furniture(i)
            if label:
                j = self.next_nonblank(i + 1)
                if label.startswith("Annex"):
                    self.start_part(Part(self.main_symbol, annex=label, header_first=True))
                    i = self.read_header(j + 1, main=False)
                else:
                    i = j + 1
                continue

            trig = [t for t in self.cfg.get("annex_triggers", []) if t[0] == s and t[1] == self.occurrence[i]]
            if trig:
                annex = trig[0][2]
                self.start_part(Part(self.main_symbol, annex=annex, header_first=True))
                self.deviations.append(
                    f"{annex}: the sample has no '{annex}' marker; the PDF's running header names it"
                )
                if annex == self.cfg.get("chart"):
                    frags = [ln.strip() for ln in lines[i:] if ln.strip()]
                    self.emit(Node("chart", extra={"texts": frags}))
                    return
                i = self.read_header(i, main=False)
                continue

            if self.cfg.get("compilation") and (symbol := self.header_starts(i)):
                self.symbols.add(symbol)
                self.start_part(Part(symbol))
                i = self.read_header(i, main=False)
                continue

            if m := FN_BODY_RE.match(s):
                num = "".join(SUP_MAP[c] for c in m.group(1))
                self.footnotes[(self.scope, num)] = m.group(2)
                i += 1
                continue

            if s[0].islower() and self.last_text is not None:
                # continuation of a paragraph interrupted by a page break in the converter output
                self.last_text.text += " " + s
                i += 1
                continue

            if s == "CONTENTS":
                if self.cfg.get("cover_page"):
                    self.emit(("pagebreak", ("roman", 1)))
                self.emit(Node("centre", "CONTENTS", bold=True, gap=0))
                i = self.read_toc(i + 1)
                if self.cfg.get("cover_page") and i < len(lines) and norm(lines[i]) not in self.titles:
                    self.emit(("pagebreak", ("arabic", 1)))  # no running title to start the body's page 1
                continue

            if norm(s) in self.titles and not s.startswith("**"):
                if self.cfg.get("cover_page"):
                    self.emit(("pagebreak", ("arabic", 1)))
                self.emit(Node("rtitle", s, gap=0))
                i += 1
                continue

            i = self.body_line(i, raw, s)

    def body_line(self, i: int, raw: str, s: str) -> int:
        lines = self.lines
        if m := NUM_PARA_RE.match(s):
            self.quote_open = False
            self.emit(Node("para", m.group(2), label=m.group(1) + "."))
            return i + 1
        if m := ITEM_RE.match(raw):
            base = 1 + (len(m.group(1)) + 2) // 4 + (1 if self.quote_open else 0)
            label = m.group(2)
            prev = self.stream[-1] if self.stream else None
            prev = prev if isinstance(prev, Node) and prev.kind == "item" and prev.extra["base"] == base else None
            # (i), (ii)… written at the level of the (a) before them are sub-items of it, except (i) after (h)
            if prev is None or not ROMAN_LABEL_RE.match(label):
                sub = False
            elif label == "i":
                sub = prev.label != "(h)"
            else:
                sub = prev.extra["sub"]
            self.emit(Node("item", m.group(3), label=f"({label})", level=base + sub, extra={"base": base, "sub": sub}))
            return i + 1
        if m := BULLET_RE.match(raw):
            level = 1 + len(m.group(1)) // 4 + (1 if self.quote_open else 0)
            self.emit(Node("bullet", m.group(2), level=level))
            return i + 1
        if m := DEC_HEAD_RE.match(s):
            self.quote_open = False
            self.emit(Node("heading", m.group(2), label=m.group(1)))
            return i + 1
        if (m := ROMAN_HEAD_RE.match(s)) and is_caps(m.group(2)):
            self.quote_open = False
            self.emit(Node("heading", m.group(2), label=m.group(1)))
            return i + 1
        if (m := LETTER_HEAD_RE.match(s)) and len(s) < 90 and not s.endswith("."):
            self.quote_open = False
            self.emit(Node("heading", m.group(2), label=m.group(1)))
            return i + 1
        if (m := PAREN_HEAD_RE.match(s)) and len(s) < 90:
            self.quote_open = False
            self.emit(Node("heading", m.group(2), label=m.group(1)))
            return i + 1
        if s.startswith("Objective ") and ":" in s[:14]:
            self.quote_open = False
            self.emit(Node("heading", s, italic=True))
            return i + 1
        if s.startswith("(in ") and s.endswith(")"):
            rows = []
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            while j < len(lines) and re.search(r"\S\s{2,}\S", lines[j]):
                rows.append(lines[j].rstrip())
                j += 1
            self.emit(Node("table", s, extra={"rows": rows}))
            self.last_text = None
            return j
        j = self.next_nonblank(i + 1)
        nxt = lines[j].strip() if j < len(lines) else ""
        if (
            len(s) < 90
            and not re.search(r"[.,;:]$", s)
            and not self.in_resolution
            and (NUM_PARA_RE.match(nxt) or PAREN_HEAD_RE.match(nxt))
        ):
            self.quote_open = False
            self.emit(Node("heading", s))
            return i + 1
        # unnumbered text
        if s == "The Council,":
            self.in_resolution = True
            self.emit(Node("text", s))
        elif self.in_resolution:
            self.emit(Node("preamble", s))
        elif self.statement or not any(isinstance(n, Node) and n.kind == "para" for n in self.stream):
            self.emit(Node("text", s))
        else:
            self.emit(Node("quote", s, gap=0.5 if self.quote_open else None))
            self.quote_open = s.rstrip("*").endswith(":") or self.quote_open
        return i + 1

    def read_toc(self, i: int) -> int:
        lines = self.lines
        while i < len(lines):
            s = lines[i].strip()
            if not s:
                i += 1
                continue
            if s == "Page":
                self.emit(Node("right", "Page", gap=1))
                i += 1
                continue
            m = TOC_RE.match(s)
            if not m:
                return i
            text, leader, page = m.groups()
            label = ""
            if lm := re.match(r"^(\([a-z]\))\s+(.*)$", text):
                label, text = lm.groups()
            self.emit(Node("toc", text, label=label, extra={"leader": "…" if "…" in leader else ".", "page": page}))
            i += 1
        return i


# --------------------------------------------------------------------------------------------------
# Inline text: emphasis and footnote markers


@dataclass
class Frag:
    text: str
    bold: bool = False
    italic: bool = False
    sup: bool = False
    fn: tuple | None = None


def parse_inline(s: str, scope: int, bold: bool = False, italic: bool = False) -> list[Frag]:
    out: list[Frag] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.append(Frag("".join(buf), bold, italic))
            buf.clear()

    i = 0
    while i < len(s):
        if s.startswith("**", i):
            flush()
            bold = not bold
            i += 2
            continue
        ch = s[i]
        if ch == "*":
            flush()
            italic = not italic
            i += 1
            continue
        if ch in SUP_MAP:
            j = i
            while j < len(s) and s[j] in SUP_MAP:
                j += 1
            flush()
            digits = "".join(SUP_MAP[c] for c in s[i:j])
            out.append(Frag(digits, bold, italic, sup=True, fn=(scope, digits)))
            i = j
            continue
        buf.append(ch)
        i += 1
    flush()
    return out


# --------------------------------------------------------------------------------------------------
# Typesetting: boxes, lines, blocks


@dataclass
class Piece:
    text: str
    font: str
    size: float
    rise: float
    base_font: str  # the font a following space takes
    base_size: float


@dataclass
class Box:
    pieces: list[Piece]
    width: float
    space_before: bool
    fns: list


@dataclass
class Line:
    height: float  # distance from the previous baseline
    ops: list
    fns: list = field(default_factory=list)


@dataclass
class Block:
    lines: list[Line]
    space_before: float
    keep_with_next: bool = False
    keep_together: bool = False


class Typesetter:
    def __init__(self, family: str, size: float):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.sw = stringWidth
        self.fonts = FAMILIES[family]
        self.size = size
        self.leading = round(size * 1.15, 2)
        self.fn_size = size - 2
        self.fn_leading = round(self.fn_size * 1.15, 2)

    def font(self, bold: bool, italic: bool) -> str:
        return self.fonts[("B" if bold else "") + ("I" if italic else "") or "R"]

    def width(self, text: str, font: str, size: float) -> float:
        return self.sw(text, font, size)

    def boxes(self, frags: list[Frag], size: float) -> list[Box]:
        chars: list[tuple[str, Frag]] = [(c, f) for f in frags for c in f.text]
        out: list[Box] = []
        cur: list[tuple[str, Frag]] = []
        space_before = False

        def close(next_space: bool) -> None:
            nonlocal cur, space_before
            if cur:
                out.append(self.make_box(cur, size, space_before))
                cur = []
                space_before = next_space
            elif next_space:
                space_before = True

        for k, (c, f) in enumerate(chars):
            if c == " " and not f.sup:
                close(True)
                continue
            cur.append((c, f))
            if (
                c == "-"
                and not f.sup
                and k > 0
                and k + 1 < len(chars)
                and chars[k - 1][0].isalnum()
                and chars[k + 1][0].isalnum()
            ):
                close(False)  # a compound may break after its hyphen
        close(False)
        return out

    def make_box(self, chars: list[tuple[str, Frag]], size: float, space_before: bool) -> Box:
        pieces: list[Piece] = []
        fns: list = []
        for c, f in chars:
            font = self.font(f.bold, f.italic)
            psize = round(size * 0.6, 2) if f.sup else size
            rise = round(size * 0.36, 2) if f.sup else 0
            if f.fn and f.fn not in fns:
                fns.append(f.fn)
            if pieces and (pieces[-1].font, pieces[-1].size, pieces[-1].rise) == (font, psize, rise):
                pieces[-1].text += c
            else:
                pieces.append(Piece(c, font, psize, rise, font, size))
        width = sum(self.width(p.text, p.font, p.size) for p in pieces)
        return Box(pieces, width, space_before, fns)

    def break_lines(self, boxes: list[Box], first_w: float, rest_w: float, size: float) -> list[list[Box]]:
        space = self.width(" ", self.fonts["R"], size)
        lines: list[list[Box]] = []
        cur: list[Box] = []
        w = 0.0
        for b in boxes:
            maxw = first_w if not lines else rest_w
            add = b.width + (space if cur and b.space_before else 0)
            if cur and w + add > maxw + 0.01:
                lines.append(cur)
                cur, w = [b], b.width
            else:
                cur.append(b)
                w += add
        if cur:
            lines.append(cur)
        return lines

    def natural(self, boxes: list[Box], size: float) -> tuple[float, int]:
        space = self.width(" ", self.fonts["R"], size)
        gaps = sum(1 for k, b in enumerate(boxes) if k and b.space_before)
        return sum(b.width for b in boxes) + gaps * space, gaps

    def paragraph(
        self,
        frags: list[Frag],
        x_first: float,
        x_rest: float,
        right: float,
        *,
        size: float | None = None,
        leading: float | None = None,
        justify: bool = True,
        align: str = "left",
        label: tuple | None = None,
    ) -> list[Line]:
        """Lines of a paragraph. label = (text, x, font) drawn on the first line (a hanging number)."""
        size = size or self.size
        leading = leading or self.leading
        rows = self.break_lines(self.boxes(frags, size), right - x_first, right - x_rest, size)
        out: list[Line] = []
        for k, row in enumerate(rows):
            x = x_first if k == 0 else x_rest
            avail = right - x
            nat, gaps = self.natural(row, size)
            ws = 0.0
            if align == "centre":
                x += (avail - nat) / 2
            elif align == "right":
                x += avail - nat
            elif justify and k < len(rows) - 1 and gaps:
                ws = (avail - nat) / gaps
            ops: list = [("text", x, row, ws)]
            if label and k == 0:
                ops.insert(0, ("str", label[1], label[0], label[2], size, 0))
            fns = [f for b in row for f in b.fns]
            out.append(Line(leading, ops, fns))
        return out

    def simple(
        self,
        text: str,
        font: str,
        *,
        align: str = "left",
        x: float = X0,
        size: float | None = None,
        leading: float | None = None,
    ) -> Line:
        size = size or self.size
        w = self.width(text, font, size)
        if align == "right":
            x = X1 - w
        elif align == "centre":
            x = X0 + (TEXT_W - w) / 2
        return Line(leading or self.leading, [("str", x, text, font, size, 0)])


# --------------------------------------------------------------------------------------------------
# Nodes -> blocks


def build_blocks(reader: SampleReader, ts: Typesetter) -> tuple[list, dict]:
    lead = ts.leading
    out: list = []
    scope = 0
    fn_lines: dict = {}
    f_reg, f_bold = ts.fonts["R"], ts.fonts["B"]

    def inl(text: str, **kw) -> list[Frag]:
        return parse_inline(text, scope, **kw)

    for item in reader.stream:
        if isinstance(item, Part):
            scope += 1
            out.append(item)
            continue
        if isinstance(item, tuple):
            out.append(item)
            continue
        n: Node = item
        gap = n.gap
        k = n.kind
        if k == "right":
            font = ts.font(n.bold, n.italic)
            out.append(Block([ts.simple(n.text, font, align="right")], lead * (gap or 0)))
        elif k == "origdate":
            font = f_bold if n.bold else f_reg
            line = ts.simple(n.text, font)
            dw = ts.width(n.label, font, ts.size)
            line.ops.append(("str", X1 - dw, n.label, font, ts.size, 0))
            out.append(Block([line], lead * (gap or 0)))
        elif k == "centre":
            frags = inl(n.text, bold=n.bold, italic=n.italic)
            out.append(Block(ts.paragraph(frags, X0, X0, X1, align="centre"), lead * (gap or 0), keep_with_next=True))
        elif k == "title":
            lines: list[Line] = []
            for t in n.extra["lines"]:
                frags = title_frags(t, scope, reader)
                lines += ts.paragraph(frags, X0, X0, X1, align="centre")
            out.append(Block(lines, lead * (gap if gap is not None else 2), keep_with_next=True, keep_together=True))
        elif k == "rtitle":
            out.append(
                Block(
                    ts.paragraph(inl(n.text, bold=True), X0, X0, X1, align="centre"),
                    lead * (gap or 0),
                    keep_with_next=True,
                )
            )
        elif k == "rule":
            out.append(Block([ts.simple(n.text, f_reg, align="centre")], lead * (gap or 0), keep_with_next=True))
        elif k == "coverfooter":
            # the words spread over the width of the page: left, centre, right
            words = n.text.split()
            font = f_bold if n.bold else f_reg
            ops: list = []
            for w, word in enumerate(words):
                ww = ts.width(word, font, ts.size)
                x = X0 + (TEXT_W - ww) * w / (len(words) - 1)
                ops.append(("str", x, word, font, ts.size, 0))
            out.append(("covernote", [Line(ts.leading, ops)]))
        elif k == "covernote":
            lines = [ts.simple(n.label, f_reg, size=ts.fn_size + 1, leading=ts.fn_leading)]
            text = n.text
            gap_line = Line(ts.fn_leading * 0.6, [])  # the note sits a little below the typed rule
            frags = []
            if text.startswith("* "):
                frags = [Frag("*", sup=True)]
                text = text[1:]
            frags += inl(text)
            lines += [gap_line, *ts.paragraph(frags, X0, X0, X1, size=ts.fn_size + 1, leading=ts.fn_leading + 1)]
            out.append(("covernote", lines))
        elif k == "para":
            lines = ts.paragraph(inl(n.text), X0 + TAB, X0, X1, label=(n.label, X0, f_reg))
            out.append(Block(lines, lead))
        elif k == "item":
            xl = X0 + TAB * n.level
            lines = ts.paragraph(inl(n.text), xl + TAB, xl + TAB, X1, label=(n.label, xl, f_reg))
            out.append(Block(lines, lead * 0.5))
        elif k == "bullet":
            xl = X0 + TAB * n.level
            lines = ts.paragraph(inl(n.text), xl + BULLET_GAP, xl + BULLET_GAP, X1, label=("•", xl, f_reg))
            out.append(Block(lines, lead * 0.5))
        elif k == "quote":
            lines = ts.paragraph(inl(n.text), X0 + TAB, X0 + TAB, X1 - TAB)
            out.append(Block(lines, lead * (gap if gap is not None else 1)))
        elif k == "text":
            out.append(Block(ts.paragraph(inl(n.text), X0, X0, X1), lead))
        elif k == "preamble":
            out.append(Block(ts.paragraph(inl(n.text), X0 + TAB, X0, X1), lead))
        elif k == "heading":
            if n.label:
                lines = ts.paragraph(
                    inl(n.text, bold=True), X0 + TAB, X0 + TAB, X1, justify=False, label=(n.label, X0, f_bold)
                )
            else:
                lines = ts.paragraph(inl(n.text, bold=True, italic=n.italic), X0, X0, X1, justify=False)
            out.append(Block(lines, lead, keep_with_next=True, keep_together=True))
        elif k == "toc":
            lines = toc_lines(ts, n)
            out.append(Block(lines, lead, keep_together=len(lines) > 1))
        elif k == "table":
            out.append(table_block(ts, n))
        elif k == "chart":
            out.append(chart_block(ts, n))
        else:
            raise ValueError(k)

    for key, text in reader.footnotes.items():
        frags = [Frag(key[1], sup=True), *parse_inline(" " + text, key[0])]
        fn_lines[key] = ts.paragraph(frags, X0, X0, X1, size=ts.fn_size, leading=ts.fn_leading)
    return out, fn_lines


def title_frags(text: str, scope: int, reader: SampleReader) -> list[Frag]:
    if text.endswith("*"):  # asterisk note marker glued to the title (COUNCIL*)
        return [*parse_inline(text[:-1], scope, bold=True), Frag("*", bold=True, sup=True)]
    return parse_inline(text, scope, bold=True)


TOC_RIGHT = 1.5 * CM  # an entry too long for its line wraps this far before the page numbers


def toc_lines(ts: Typesetter, n: Node) -> list[Line]:
    """A contents entry: text, leader and page number; a long entry wraps, its last line carrying the leader."""
    f_reg = ts.fonts["R"]
    size = ts.size
    x = X0
    ops: list = []
    if n.label:
        ops.append(("str", X0 + TAB, n.label, f_reg, size, 0))
        x = X0 + 2 * TAB
    page = n.extra["page"]
    pw = ts.width(page, f_reg, size)
    ch = n.extra["leader"]
    cw = ts.width(ch, f_reg, size)
    end = X1 - pw - 2
    words = n.text.split(" ")
    rows: list[str] = []
    while len(words) > 1 and x + ts.width(" ".join(words), f_reg, size) + 2 + 3 * cw > end:
        k = len(words) - 1
        while k > 1 and x + ts.width(" ".join(words[:k]), f_reg, size) > X1 - TOC_RIGHT:
            k -= 1
        rows.append(" ".join(words[:k]))
        words = words[k:]
    lines: list[Line] = []
    for row in rows:
        lines.append(Line(ts.leading, [*ops, ("str", x, row, f_reg, size, 0)]))
        ops = []
    text = " ".join(words)
    ops.append(("str", x, text, f_reg, size, 0))
    ops.append(("str", X1 - pw, page, f_reg, size, 0))
    start = x + ts.width(text, f_reg, size) + 2
    count = max(int((end - start) / cw), 3)
    ops.append(("str", end - count * cw, ch * count, f_reg, size, 0))
    return [*lines, Line(ts.leading, ops)]


def table_block(ts: Typesetter, n: Node) -> Block:
    f_reg, f_bold, f_ital = ts.fonts["R"], ts.fonts["B"], ts.fonts["I"]
    size = ts.size
    lines = [ts.simple(n.text, f_ital, align="centre")]
    rows = [re.split(r"\s{2,}", r.strip()) for r in n.extra["rows"]]
    ncols = max(len(r) for r in rows)
    # figure columns are 3.2 cm wide, or wider when a cell (a two-word header) needs more room
    widths = [3.2 * CM] * (ncols - 1)
    for k, row in enumerate(rows):
        header = k == 0 and len(row) < ncols
        for c, cell in enumerate(row if header else row[1:]):
            widths[c] = max(widths[c], ts.width(cell, f_bold if header else f_reg, size) + 0.8 * CM)
    extra = [sum(w - 3.2 * CM for w in widths[c + 1 :]) for c in range(ncols - 1)]
    col_right = [X1 - TAB - (ncols - 2 - c) * 3.2 * CM - extra[c] for c in range(ncols - 1)]
    x_label = X0 + TAB
    for k, row in enumerate(rows):
        header = k == 0 and len(row) < ncols
        cells = ["", *row] if header else row
        font = f_bold if header else f_reg
        ops: list = []
        if cells[0]:
            ops.append(("str", x_label, cells[0], font, size, 0))
        for c, cell in enumerate(cells[1:]):
            ops.append(("str", col_right[c] - ts.width(cell, font, size), cell, font, size, 0))
        if k == 0:
            ops.append(("hline", x_label - 4, X1 - TAB + 4, ts.leading * 0.85, 0.6))
            ops.append(("hline", x_label - 4, X1 - TAB + 4, -ts.leading * 0.35, 0.6))
        if k == len(rows) - 1:
            ops.append(("hline", x_label - 4, X1 - TAB + 4, -ts.leading * 0.35, 0.6))
        lines.append(Line(ts.leading * (1.6 if k == 0 else 1.25), ops))
    return Block(lines, ts.leading, keep_together=True)


def chart_block(ts: Typesetter, n: Node) -> Block:
    """Annex III of MC/INF/274 is a chart; only its logo line and two captions are text."""
    f_bold = ts.fonts["B"]
    texts = n.extra["texts"]
    h = 15 * CM
    ops: list = []
    ops.append(("str", X0, texts[0], f_bold, 10, h - 10))
    title_w = ts.width(texts[1], f_bold, 18)
    ops.append(("rect", X0 + (TEXT_W - 11 * CM) / 2, h - 3.6 * CM, 11 * CM, 1.6 * CM, 1.2))
    ops.append(("str", X0 + (TEXT_W - title_w) / 2, texts[1], f_bold, 18, h - 3.0 * CM))
    sub_w = ts.width(texts[2], f_bold, 14)
    ops.append(("str", X0 + (TEXT_W - sub_w) / 2, texts[2], f_bold, 14, h - 5.0 * CM))
    bw, bh = 3.6 * CM, 2.4 * CM
    for r in range(2):
        for c in range(2):
            x = X0 + TEXT_W / 2 + (-bw - 1.5 * CM if c == 0 else 1.5 * CM)
            y = h - 9.0 * CM - r * 4.0 * CM
            ops.append(("rect", x, y, bw, bh, 0.8))
    ops.append(("rect", X0 + (TEXT_W - 2.4 * CM) / 2, h - 11.2 * CM, 2.4 * CM, 2.4 * CM, 0.8))
    return Block([Line(h, ops)], ts.leading * 2, keep_together=True)


# --------------------------------------------------------------------------------------------------
# Pagination


@dataclass
class Page:
    part: Part
    label: str | None  # "Page 2"; None: no running header (first page of a document)
    y: float
    placed: list = field(default_factory=list)  # (Line, baseline y)
    fns: list = field(default_factory=list)
    fn_h: float = 0.0
    notes: list = field(default_factory=list)  # cover notes: typed rule + text at the page bottom
    note_h: float = 0.0


def roman(n: int) -> str:
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


class Paginator:
    FN_SEP = 16.0  # space taken by the separator rule above the first footnote
    FN_GAP = 2.0

    def __init__(self, ts: Typesetter, fn_lines: dict):
        self.ts = ts
        self.fn_lines = fn_lines
        self.pages: list[Page] = []
        self.page: Page | None = None
        self.part: Part | None = None
        self.numbering = ("arabic", 1)
        self.first_of_part = True

    def fn_height(self, key) -> float:
        return sum(ln.height for ln in self.fn_lines[key]) + self.FN_GAP

    def new_page(self, numbering: tuple | None = None) -> None:
        if numbering:
            self.numbering = numbering
        style, num = self.numbering
        label = f"Page {roman(num) if style == 'roman' else num}"
        self.numbering = (style, num + 1)
        assert self.part is not None
        # no running header on a document's first page, nor on any page of one without a symbol (statements)
        show = bool(self.part.symbol) and (not self.first_of_part or self.part.header_first)
        self.first_of_part = False
        header_lines = 0
        if show:
            header_lines = 3 if self.part.annex else 2
        top = TOP if not show else HEADER_Y - (header_lines - 1) * self.ts.leading - self.ts.leading * 1.2
        self.page = Page(self.part, label if show else None, top)
        self.pages.append(self.page)

    def empty(self) -> bool:
        return self.page is None or not self.page.placed

    def fit_count(self, lines: list[Line], i: int, space: float) -> int:
        p = self.page
        y = p.y - space
        fh = p.fn_h
        seen = set(p.fns)
        k = 0
        for ln in lines[i:]:
            new = [f for f in dict.fromkeys(ln.fns) if f in self.fn_lines and f not in seen]
            add = sum(self.fn_height(f) for f in new) + (self.FN_SEP if new and not seen else 0)
            if y - ln.height < BOTTOM + fh + add + p.note_h - 0.01:
                break
            y -= ln.height
            fh += add
            seen.update(new)
            k += 1
        return k

    def place(self, lines: list[Line], space: float) -> None:
        p = self.page
        p.y -= space
        for ln in lines:
            p.y -= ln.height
            p.placed.append((ln, p.y))
            new = [f for f in dict.fromkeys(ln.fns) if f in self.fn_lines and f not in p.fns]
            if new:
                p.fn_h += sum(self.fn_height(f) for f in new) + (self.FN_SEP if not p.fns else 0)
                p.fns.extend(new)

    def run(self, stream: list) -> list[Page]:
        for idx, item in enumerate(stream):
            if isinstance(item, Part):
                self.part = item
                self.first_of_part = True
                self.new_page(("arabic", 1))
                continue
            if isinstance(item, tuple) and item[0] == "pagebreak":
                self.new_page(item[1])
                continue
            if isinstance(item, tuple) and item[0] == "covernote":
                self.page.notes.append(item[1])
                self.page.note_h += sum(ln.height for ln in item[1]) + self.ts.leading
                continue
            self.place_block(item, stream, idx)
        return self.pages

    def group_height_fits(self, stream: list, idx: int) -> bool:
        """A heading (or cover line) must not be the last thing on a page: check it fits with what follows."""
        lines: list[Line] = []
        spaces = 0.0
        j = idx
        while j < len(stream) and isinstance(stream[j], Block):
            b = stream[j]
            spaces += b.space_before if lines or not self.empty() else 0
            if b.keep_with_next:
                lines += b.lines
                j += 1
                continue
            lines += b.lines[: 2 if len(b.lines) > 2 else len(b.lines)]
            break
        if not lines:
            return True
        return self.fit_count(lines, 0, spaces) == len(lines)

    def place_block(self, block: Block, stream: list, idx: int) -> None:
        if block.keep_with_next and not self.empty() and not self.group_height_fits(stream, idx):
            self.new_page()
        lines = block.lines
        n = len(lines)
        i = 0
        while i < n:
            space = block.space_before if (i == 0 and not self.empty()) else 0.0
            k = self.fit_count(lines, i, space)
            if k >= n - i:
                self.place(lines[i:], space)
                return
            if self.empty():
                k = max(k, 1)  # nothing else can be done: overfull page
                if block.keep_together:
                    k = n - i
            else:
                if block.keep_together or (i == 0 and (k < 2 or n <= 3)):
                    self.new_page()
                    continue
                if n - (i + k) < 2:
                    k = n - i - 2
                if k < (2 if i == 0 else 1):
                    self.new_page()
                    continue
            self.place(lines[i : i + k], space)
            i += k
            if i < n:
                self.new_page()


# --------------------------------------------------------------------------------------------------
# Drawing


def draw_ops(c, ops: list, y: float) -> None:
    for op in ops:
        kind = op[0]
        if kind == "str":
            _, x, text, font, size, dy = op
            c.setFont(font, size)
            c.drawString(x, y + dy, text)
        elif kind == "text":
            _, x, boxes, ws = op
            t = c.beginText(x, y)
            t.setWordSpace(ws)
            for k, b in enumerate(boxes):
                if k and b.space_before:
                    p0 = b.pieces[0]
                    t.setFont(p0.base_font if p0.rise == 0 else FAMILIES_R[p0.base_font], p0.base_size)
                    t.setRise(0)
                    t.textOut(" ")
                for p in b.pieces:
                    t.setFont(p.font, p.size)
                    t.setRise(p.rise)
                    t.textOut(p.text)
            t.setRise(0)
            c.drawText(t)
        elif kind == "hline":
            _, x1, x2, dy, lw = op
            c.setLineWidth(lw)
            c.line(x1, y + dy, x2, y + dy)
        elif kind == "rect":
            _, x, dy, w, h, lw = op
            c.setLineWidth(lw)
            c.rect(x, y + dy, w, h, stroke=1, fill=0)


FAMILIES_R = {f: fam["R"] for fam in FAMILIES.values() for f in fam.values()}


def draw(pages: list[Page], ts: Typesetter, fn_lines: dict, path: Path, title: str) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(
        str(path),
        pagesize=(PAGE_W, PAGE_H),
        pageCompression=1,
        invariant=1,
        initialFontName=ts.fonts["R"],
        initialFontSize=ts.size,
    )
    c.setTitle(title)
    c.setCreator("iomparse tools/make_pdf_fixtures.py (reportlab)")
    f_reg = ts.fonts["R"]
    for p in pages:
        if p.label:
            hdr = [p.part.symbol] + ([p.part.annex] if p.part.annex else []) + [p.label]
            for k, t in enumerate(hdr):
                c.setFont(f_reg, ts.size)
                c.drawRightString(X1, HEADER_Y - k * ts.leading, t)
        for ln, y in p.placed:
            draw_ops(c, ln.ops, y)
        if p.fns:
            y = BOTTOM + p.fn_h + p.note_h
            c.setLineWidth(0.5)
            c.line(X0, y - 6, X0 + FN_RULE_W, y - 6)
            y -= Paginator.FN_SEP
            for key in p.fns:
                for ln in fn_lines[key]:
                    y -= ln.height
                    draw_ops(c, ln.ops, y)
                y -= Paginator.FN_GAP
        if p.notes:
            y = BOTTOM + p.note_h
            for note in p.notes:
                for ln in note:
                    y -= ln.height
                    draw_ops(c, ln.ops, y)
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------------


def make(stem: str, out_dir: Path, pdf_dir: Path = SAMPLES) -> list[str]:
    cfg = DOCS[stem]
    text = (SAMPLES / f"{stem}.txt").read_text(encoding="utf-8")
    reader = SampleReader(text, cfg)
    reader.run()
    ts = Typesetter(cfg["family"], cfg["size"])
    stream, fn_lines = build_blocks(reader, ts)
    pages = Paginator(ts, fn_lines).run(stream)
    check_footnotes(stem, pages, fn_lines)
    out_dir.mkdir(parents=True, exist_ok=True)
    pdf_dir.mkdir(parents=True, exist_ok=True)
    pdf = pdf_dir / f"{stem}.pdf"
    title = " ".join(filter(None, [reader.main_symbol, *reader.title_raw])).replace("*", "")
    draw(pages, ts, fn_lines, pdf, title)
    subprocess.run(["pdftotext", "-layout", str(pdf), str(out_dir / f"{stem}.layout.txt")], check=True)
    subprocess.run(["pdftotext", str(pdf), str(out_dir / f"{stem}.raw.txt")], check=True)
    return [f"{stem}: {len(pages)} pages, {pdf.stat().st_size} bytes"] + [f"  note: {d}" for d in reader.deviations]


def check_footnotes(stem: str, pages: list[Page], fn_lines: dict) -> None:
    """Every footnote body must sit on the page of its marker, and every marker must have a body."""
    for n, p in enumerate(pages, 1):
        cited = [f for ln, _ in p.placed for f in ln.fns]
        for f in cited:
            if f not in fn_lines:
                raise SystemExit(f"{stem}: page {n}: marker {f} has no footnote body in the sample")
        if set(cited) != set(p.fns):
            raise SystemExit(f"{stem}: page {n}: footnote bodies {p.fns} do not match markers {cited}")
    placed = {f for p in pages for f in p.fns}
    for f in fn_lines:
        if f not in placed:
            raise SystemExit(f"{stem}: footnote {f} has no marker in the text")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stems", nargs="*", help=f"sample stems (default: all of {', '.join(DOCS)})")
    ap.add_argument(
        "--out",
        type=Path,
        help="output folder for the PDFs and their text (default: samples/ and tests/fixtures/pdf)",
    )
    ap.add_argument("--dump", action="store_true", help="print the nodes read from each sample and stop")
    args = ap.parse_args(argv)
    check_dependencies()
    if args.dump:
        for stem in args.stems or list(DOCS):
            reader = SampleReader((SAMPLES / f"{stem}.txt").read_text(encoding="utf-8"), DOCS[stem])
            reader.run()
            print(f"== {stem}")
            for item in reader.stream:
                if isinstance(item, Node):
                    print(f"  {item.kind:9} {item.label:6} L{item.level} {item.text[:60]!r} {item.text[-25:]!r}")
                else:
                    print(f"  {item!r}"[:110])
            for k, v in reader.footnotes.items():
                print(f"  fn {k}: {v[:60]!r}")
        return 0
    for stem in args.stems or list(DOCS):
        if stem not in DOCS:
            ap.error(f"unknown stem {stem!r}")
        for line in make(stem, args.out or OUT, args.out or SAMPLES):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
