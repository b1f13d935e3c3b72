"""Text printed out of its reading order by PDF text extractors, put back page by page.

Extractors that group a page into boxes (pdfminer.six's ``pdf2txt.py``, and poppler's ``pdftotext`` without
``-layout``) print a hanging paragraph number as a box of its own, a table column after column, the page
numbers of a table of contents after all its titles, and the text of a justified line with doubled
spaces. These steps, run by `iomparse.layout.normalize_pdf_text` before its own, lay such text out again as
``pdftotext -layout`` prints it, keeping every line's number so that source spans still hold:

* `justified_spaces`: the doubled spaces of a justified line made single;
* `late_paragraph_numbers`: a paragraph number printed after the first line of its paragraph
  (``The following Member States were represented:`` / ``3.`` / ``Argentina, …``) put before it;
* `detached_pages`: contents entries whose page numbers come after all the titles given their pages;
* `table_columns`: a table printed column after column (its row labels, then a block of figures per
  column, headings and running headers between) laid out in rows.
"""

from __future__ import annotations

import re

from .source import Line

_DOUBLED = re.compile(r"(?<=\S)  (?=\S)")
_WIDE_GAP = re.compile(r"\S\s{3,}\S")
_SINGLE = re.compile(r"(?<=\S) (?=\S)")
_PARAGRAPH_NUMBER = re.compile(r"\s*\d{1,3}\.\s*")
_SENTENCE_END = (".", ";", ":", "?", "!", "”", '"')


def justified_spaces(page: list[Line]) -> list[Line]:
    """A line justified by doubled spaces between its words read with single spaces."""
    return [
        Line(line.number, _DOUBLED.sub(" ", line.text), line.page) if _justified(line.text) else line for line in page
    ]


def _justified(text: str) -> bool:
    """Whether a line's words are spaced by two spaces at least as often as by one (a table's row has single
    spaces inside its cells), with no wider gap."""
    if "  " not in text.strip() or _WIDE_GAP.search(text):
        return False
    doubled = len(_DOUBLED.findall(text))
    return doubled >= 2 and doubled >= len(_SINGLE.findall(text))


def late_paragraph_numbers(page: list[Line]) -> list[Line]:
    """A paragraph number alone on its line, printed after the first line of its paragraph, is put before
    that line: right after it (``The following …`` / ``3.`` / ``Argentina, …``, a long first line), or after
    it and a blank line when that line, alone between blank lines, does not end its sentence (``… which
    added`` / blank / ``6.`` / ``an item …``)."""
    result = list(page)
    full = 0.8 * _width(page)  # the first line of a paragraph is a full line (a heading is short)
    for index in range(1, len(page) - 1):
        if not _PARAGRAPH_NUMBER.fullmatch(page[index].text) or not page[index + 1].text.strip():
            continue
        first = _first_line_above(page, index, full)
        if first is None:
            continue
        label = page[index].text.strip()
        result[first] = Line(page[first].number, f"{label} {page[first].text.strip()}", page[first].page)
        result[index] = Line(page[index].number, "", page[index].page)
    return result


def _first_line_above(page: list[Line], index: int, full: float) -> int | None:
    """The first line of the paragraph a late number at ``index`` belongs to, if there is one: a full line."""
    above = index - 1
    if page[above].text.strip():  # right above: a full line opening its block
        opens_block = above == 0 or not page[above - 1].text.strip()
        return above if opens_block and len(page[above].text.strip()) >= full else None
    above -= 1  # above a blank line: a full line alone between blank lines, its sentence unfinished
    if above < 0 or not page[above].text.strip() or (above > 0 and page[above - 1].text.strip()):
        return None
    text = page[above].text.strip()
    return above if len(text) >= full and not text.endswith(_SENTENCE_END) else None


def _width(page: list[Line]) -> int:
    """The length of a page's full lines: the 90th percentile of its lines of more than 40 characters."""
    lengths = sorted(len(line.text.strip()) for line in page if len(line.text.strip()) > 40)
    return lengths[int(len(lengths) * 0.9)] if len(lengths) >= 3 else 10**6
