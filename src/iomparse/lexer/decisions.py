"""The lexer's decisions: every way a line can get its kind, named and explained.

A logical line records the name of the decision that set its kind (`LogicalLine.rule`): a rule of the
rule table, or a pass that revised the kind from the lines around it. The token view
(``iomparse --tokens``) shows these names with their explanations, and the token snapshots in
``tests/tokens/`` record them, so a change in the lexer reads as a change of decision on a line.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import frozen

from ..model import Diagnostic
from .kinds import KINDS
from .lines import LogicalLine


@frozen
class Decision:
    """A named way of deciding a line's kind, and what it means. A ``weak`` decision rests on little
    evidence (a heading by its shape, a speaker by position): each line it decides is reported in an
    ``info`` diagnostic whose code is the decision's name, so that a reader can tell a guess from a reading."""

    name: str
    why: str
    weak: bool = False


DECISIONS: dict[str, Decision] = {
    decision.name: decision
    for decision in (
        # the rule table (`RULES`) and `classify`'s fallbacks
        Decision(
            "replacement-paragraph",
            "a numbered paragraph out of turn right under 'should read:' or 'the following:': a corrigendum's",
        ),
        Decision("rule-line", "a line of five underscores, dashes or equals signs or more"),
        Decision("symbol", "the line is a document symbol alone"),
        Decision("symbols", "the line is document symbols alone, joined by commas, 'and' or 'to'"),
        Decision("footnote-body", "opens with a superscript number"),
        Decision("asterisk-note", "opens with '*' or '**' and a capital: a note (under a table, at a page's foot)"),
        Decision(
            "letter-note",
            "a letter (a to h), alone or before a capital, under a table on its page: the table's note",
            weak=True,
        ),
        Decision(
            "symbol-unknown-series",
            "shaped like a symbol ('S/31/CRP/2') but of no series the symbol grammar knows: no symbol is read",
        ),
        Decision("original-language", "'Original:' and a language"),
        Decision("date", "a full date alone"),
        Decision("session", "a session line ('EIGHTY-EIGHTH SESSION', '106th Session')"),
        Decision("annex-label", "'Annex I', 'ANNEX', 'Appendix 2' alone"),
        Decision("page-label", "'Page 3' alone"),
        Decision("page-number-at-foot", "a number alone, the last line of its page: the page's number", weak=True),
        Decision(
            "typed-footnotes", "typed footnotes: a '1/' marker and a body opening with '1/' under a rule", weak=True
        ),
        Decision(
            "contents-pages-rejoined", "contents page numbers printed apart, paired with titles in order", weak=True
        ),
        Decision(
            "labels-before-sublist",
            "labels printed at the height of a nested list's first label, put before the blocks after the list",
            weak=True,
        ),
        Decision(
            "contents-labels-rejoined", "contents section labels printed apart, paired with titles in order", weak=True
        ),
        Decision("paragraph-number-column", "labels printed as a column, put before as many blocks of text", weak=True),
        Decision(
            "numbers-after-texts-run-together",
            "paragraph numbers printed after the block of text they open, put before as many of its sentences",
            weak=True,
        ),
        Decision(
            "labels-after-texts", "labels printed as a column after the texts they open, put before them", weak=True
        ),
        Decision(
            "paragraph-number-before-list",
            "a paragraph's or section's number printed before a list's first label, put before what follows the list",
            weak=True,
        ),
        Decision("note-number-column", "footnote numbers printed as a column, put before their bodies", weak=True),
        Decision(
            "contents-pages-beside-paragraphs",
            "contents pages printed apart under entries ending with their paragraphs, put back at their ends",
            weak=True,
        ),
        Decision(
            "note-letters-apart",
            "a table's note letters printed as a column under its labels, put before the notes' texts",
            weak=True,
        ),
        Decision("late-paragraph-number", "a paragraph number printed after its first line, put before it", weak=True),
        Decision(
            "first-line-printed-after",
            "a paragraph's first line printed after the rest of it, under its number, put back under the number",
            weak=True,
        ),
        Decision(
            "contents-page-before-title",
            "a contents entry's leader and page printed on the line before its title, put after it",
            weak=True,
        ),
        Decision(
            "heading-above-running-header",
            "a heading in capitals printed above the page's running header, put back under it",
            weak=True,
        ),
        Decision(
            "heading-after-first-item",
            "a heading in capitals printed after the numbered heading that opens the page, put back above it",
            weak=True,
        ),
        Decision(
            "list-labels-after-items",
            "a list's labels printed as a column after its items, each put before its item (told by its end)",
            weak=True,
        ),
        Decision(
            "row-label-wrapped",
            "a table's label (a row's or a column's) over two lines, the second in lower case, closing a bracket or"
            " ending a State's name, made one line",
            weak=True,
        ),
        Decision(
            "table-labels-after-figures",
            "a table's label column printed after its columns' headings and figures, put back before them",
            weak=True,
        ),
        Decision(
            "table-boxes-summed",
            "a table printed a box a figure, column after column, its labels before or after the figures, cut in "
            "columns where its total row adds up each (down the column, or printed last across), or, its rows "
            "years, where its total column adds up each row",
            weak=True,
        ),
        Decision("table-read-by-columns", "a table printed column after column, laid out in rows", weak=True),
        Decision(
            "list-numbered-inside",
            "numbered from 1 again under a paragraph ending with a colon, the paragraph after going on with its "
            "number: the paragraph's list",
            weak=True,
        ),
        Decision(
            "table-read-figures-first",
            "a table printed figures first, a block per column for each group of rows, its labels after them, laid "
            "out in rows by the groups' heights",
            weak=True,
        ),
        Decision(
            "table-totals-summed",
            "a table printed column after column, its total row apart after the columns: each column's figures "
            "placed on the rows above the total they add up to",
            weak=True,
        ),
        Decision(
            "table-read-in-pieces",
            "a table printed column after column, each column in pieces where its labels part, laid out in rows by "
            "the pieces' heights",
            weak=True,
        ),
        Decision("bullets-apart", "bullets printed apart as '(cid:127)', given back to the page's items", weak=True),
        Decision("table-read-by-cells", "a table printed a cell a line, row after row, laid out in rows", weak=True),
        Decision(
            "table-headings-apart",
            "a table's column headings printed apart between its caption and its rows, laid out over its columns"
            " by their count",
            weak=True,
        ),
        Decision(
            "table-labels-apart",
            "a table's row labels printed apart from their figures (a total's, a group's), given in order to the "
            "rows left without",
            weak=True,
        ),
        Decision(
            "list-labels-before-items",
            "a list's labels printed as a column under its lead-in, each put before its item (told by its end)",
            weak=True,
        ),
        Decision(
            "abbreviations-apart",
            "a list of abbreviations printed a cell a line, each abbreviation paired with the text it abbreviates"
            " and laid out in rows",
            weak=True,
        ),
        Decision(
            "row-labels-apart",
            "a table's numbered row labels printed as a column apart from their titles, each put before its title",
            weak=True,
        ),
        Decision(
            "service-line-labels-gathered",
            "a budget's table by service area printed column by column: its numbered row labels gathered as one "
            "column, each with its title printed apart or wrapped onto a line of its own, its figures after them",
            weak=True,
        ),
        Decision(
            "table-label-boxes-joined",
            "a table's row labels printed a box a line (pdfminer), a blank line between each, made one column of "
            "labels",
            weak=True,
        ),
        Decision(
            "table-group-labels-apart",
            "a table's group labels printed after its rows, each put over the rows that its total closes "
            "(ASSETS over the rows down to Total assets)",
            weak=True,
        ),
        Decision(
            "table-read-by-shapes",
            "a table printed a cell a block out of its rows, its columns told by what their cells hold",
            weak=True,
        ),
        Decision("organization-name", "the Organization's name in a header block (ICEM, ICM, IOM): no title"),
        Decision(
            "organization-name-broken",
            "two lines in capitals of a letterhead that make the Organization's name together: no title",
        ),
        Decision("page-number-dashed", "'- 2 -' alone: a typed page number"),
        Decision("continuation-mark", "'/...' or './.' alone: the typed mark that the text goes on overleaf"),
        Decision("cover-footer", "a cover's trilingual footer: COUNCIL CONSEIL CONSEJO"),
        Decision("rapporteur", "'Rapporteur:' and a name"),
        Decision(
            "statement-by",
            "'Statement by:', 'Delivered by' or 'Statement (delivered) by' and an honorific, and a name",
        ),
        Decision(
            "speaker-named",
            "a person named with an honorific in a statement's header ('Ambassador …, Director General'): the speaker",
            weak=True,
        ),
        Decision("date-range", "a range of dates, perhaps after a place"),
        Decision("contents-heading", "CONTENTS or TABLE OF CONTENTS, perhaps with its 'Page' column label"),
        Decision("contents-column", "the 'Page' column label of a table of contents"),
        Decision("contents-entry", "an entry with a leader and a page number"),
        Decision("resolution-heading", "RESOLUTION No. …, DRAFT RESOLUTION, or DRAFT RESOLUTION II (a draft's place)"),
        Decision("adoption-line", "'(Adopted by the Council at its … meeting on …)', with or without parentheses"),
        Decision("enacting-formula", "'The Council,' (a short 'The …,' line)"),
        Decision("operative-formula", "'Resolves:' or 'Decides:'"),
        Decision("single-operative-clause", "'Resolves to …' / 'Decides that …'"),
        Decision("preamble-clause", "opens with a preambular participle and ends with a comma"),
        Decision("salutation", "a short line naming an audience and ending with a comma"),
        Decision("closing", "'Thank you …'"),
        Decision("heading-part", "'PART I – …', short and without a full stop"),
        Decision("heading-decimal3", "'2.3.1 …', short and without a full stop"),
        Decision("heading-decimal", "'V.1 …', '2.3 …', short and without a full stop"),
        Decision("heading-numbered", "'1. INTRODUCTION': a number, then capitals, short and without a full stop"),
        Decision(
            "heading-label-over-title",
            "'STATEMENT I' alone over its title in capitals: the statement's heading, its label then its title",
        ),
        Decision(
            "heading-numbered-over-text",
            "'1. Objectives and activities' alone, a blank line, then prose: a numbered title in sentence case",
            weak=True,
        ),
        Decision(
            "heading-numbered-outside-count",
            "'2. Scope and principles' alone between numbered paragraphs counting on across it (3. … / 4. …): a "
            "numbered title in sentence case, outside the paragraphs' count",
            weak=True,
        ),
        Decision("heading-roman", "'IV. …', short and without a full stop"),
        Decision(
            "agenda-item-repeated",
            "a numbered line repeating the number and title of an item listed earlier, over text: an annotated "
            "agenda's heading over the item's annotation",
        ),
        Decision(
            "heading-over-text",
            "a short line of a few words with no end, right over a full line of text: a heading's, apart",
            weak=True,
        ),
        Decision(
            "row-labels-in-a-column",
            "numbered headings with no text between them (I. / I.1 / I.2 …): a table's row labels, read as text",
            weak=True,
        ),
        Decision("heading-roman-dash", "'IV – CONDUCT OF BUSINESS', a chapter of rules"),
        Decision("heading-letter", "'B. …', short and without a full stop"),
        Decision("heading-paren", "'(1) …', short and without a full stop"),
        Decision("heading-label", "'Objective 3: …', 'Statement I – …', 'Rule 4 – …'"),
        Decision(
            "heading-label-spaced",
            "'Note 1    Summary of …': a label and its caption apart on one line (a tab, or a block of its own)",
            weak=True,
        ),
        Decision("heading-label-alone", "'Rule 4' alone, its caption on the next line ('Provisional agenda')"),
        Decision("numbered-paragraph", "'12. …'"),
        Decision("labelled-item", "'(a) …', '(iv) …', perhaps after a bullet"),
        Decision("numbered-item", "'- 1. …': an item numbered inside a paragraph, as the canonical text writes it"),
        Decision("bullet", "'- …', '• …'"),
        Decision("capitals", "no rule matched; the line is in capitals"),
        Decision("part-label-repeated", "a part's label alone (PART I) repeated atop the part's next page"),
        Decision(
            "part-label-uncaptioned",
            "a part's label alone (PART I) that no title follows (over a contents entry, atop a page): a line in"
            " capitals",
        ),
        Decision("bold-line", "no rule matched; the line is bold"),
        Decision("text", "no rule matched"),
        # pass 2: joining physical lines into logical lines
        Decision(
            "number-out-of-sequence",
            "starts like paragraph N but N does not follow the last paragraph: wrapped text",
            weak=True,
        ),
        Decision(
            "header-line-in-wrapped-text",
            "a session or date line right under a numbered line broken off on a word no title ends with: its words",
            weak=True,
        ),
        Decision(
            "number-ending-citation",
            "a number alone under a line ending with a word it numbers (Table, paragraph, Annex …): wrapped text",
            weak=True,
        ),
        Decision(
            "label-in-wrapped-text",
            "a label at the margin under a full line that opens no list: wrapped text",
            weak=True,
        ),
        Decision(
            "salutation-in-wrapped-text",
            "'Chairperson, …,' under a line that ends no sentence: wrapped text, no salutation",
        ),
        Decision("title-goes-on", "a date in capitals or a line without letters under a title in capitals"),
        Decision(
            "heading-underlined-goes-on",
            "a typed heading in capitals underlined line by line, its next line or its agenda item under the underline",
        ),
        Decision(
            "title-joined-across-blank",
            "a title line in capitals ending on THE, OF … or followed by one opening with a number, after a blank line",
            weak=True,
        ),
        Decision("agenda-column-headings", "'Agenda item   Documents': an agenda's column headings, no heading"),
        Decision("contents-continued", "'CONTENTS (cont'd)' after entries: the contents go on over a page"),
        Decision("contents-entry-wrapped", "a contents entry over several lines, its page on the last"),
        Decision(
            "contents-annex-entry",
            "an annex's label among the contents, its title ending with a leader: the contents' entry for the annex",
        ),
        Decision(
            "contents-entry-unpaged",
            "a contents entry with no page number, known as one because the body's first heading repeats the first",
            weak=True,
        ),
        Decision(
            "contents-group-entry",
            "a line in capitals with no page between a table of contents' entries: the entry of a group of them",
        ),
        Decision("table", "lines laid out in columns with figures"),
        Decision(
            "speaker-in-capitals",
            "a numbered line in capitals going on in lower case: a record's paragraph opening with its speaker",
        ),
        Decision("operative-verb-after-preamble", "after a resolution's preamble, a line opening with 'Approves', …"),
        Decision(
            "resolution-heading-titled",
            "a line in capitals 'DRAFT RESOLUTION ON …' over 'The Council,': heading and title in one",
        ),
        # pass 3: charts and header blocks
        Decision("chart", "short fragments ending the document: what is left of a chart", weak=True),
        Decision("figure-caption", "'Figure 1: …' and the fragments under it: a chart's caption and labels", weak=True),
        Decision("meeting-dates", "a range of dates in a header block"),
        Decision("meeting-day-under-place", "a date right under the place of a header dated above: its meeting's day"),
        Decision("meeting-named", "a meeting's name and its dates on one line of a header block (a workshop's)"),
        Decision("organ", "names a governing body, in a header block"),
        Decision("subtitle", "in parentheses, in a header block"),
        Decision(
            "cover-note", "text after a rule or starting with '*', or the sentence over the cover's footer, in a header"
        ),
        Decision(
            "cover-note-sentences",
            "prose in a header block (a dozen words or more, ended by a full stop): a cover's note, no rule over it",
            weak=True,
        ),
        Decision(
            "footnote-continued",
            "text at a page's foot, above its notes or under their rule, going on with the page before's last note",
            weak=True,
        ),
        Decision(
            "cover-note-at-foot",
            "a cover note's words under a rule at the first page's foot, the body begun above it",
            weak=True,
        ),
        Decision(
            "cover-note-after-contents",
            "'This document is submitted to …' right under the contents on the cover: the cover's note",
            weak=True,
        ),
        Decision("occasion", "names a session and more, in a header block"),
        Decision("place", "one or two capitalised words, in a header block"),
        Decision("header-line", "other text in a header block"),
        Decision("classification", "'RESTRICTED', 'LIMITED', 'PROVISIONAL': a mark of distribution or status"),
        Decision("place-and-date", "'Geneva, 16 March 2005' under 'Original:': the document's date, with its place"),
        Decision("meeting-held", "'Held at …, on 17 May 1983': the date of the meeting a record reports"),
        Decision("note-sheet", "'NOTE CONCERNING DOCUMENT …': the sheet printed before a revised document's cover"),
        Decision("note-sheet-text", "the text of a note sheet, a cover note of the document it precedes"),
        Decision(
            "header-line-in-body",
            "a symbol, date or session line after the body with no other header line beside it: text",
        ),
        Decision("header-line-outside-header", "a line only a header block gives a meaning to, outside one: text"),
        Decision("statement-header-split", "a statement's header lines run together, split at their own lines"),
        Decision("letterhead-by-position", "a plain line opening a statement's header", weak=True),
        Decision("subtitle-amendment", "'Corrigendum', 'Addendum' alone under a cover's title: its subtitle"),
        Decision("letterhead-mission", "a statement's header line naming a delegation: 'Permanent Mission of …'"),
        Decision("speaker-by-position", "the last line of a statement's header, with no 'Statement by:'", weak=True),
        # pass 4: furniture and footnotes
        Decision("annex-label-repeated", "the annex's label again on a later page: running header"),
        Decision("own-symbol-repeated", "the document's own symbol again: running header"),
        Decision("running-line-repeated", "the same line beside the page's label on two pages or more: running header"),
        Decision("title-repeated", "a title of a header block again: running title"),
        Decision(
            "title-repeated-split", "a title of a header block again, over two lines a blank line apart: running title"
        ),
        # pass 5: headings
        Decision(
            "heading-by-shape",
            "a short line with no final punctuation above a numbered paragraph or a heading (or a financial statement)",
            weak=True,
        ),
        Decision(
            "table-heading-after",
            "a short line right under a table, in the place of a heading: the table's column heading (its first"
            " column's, or one of a few printed one a line), which plain pdftotext prints after its figures, kept as"
            " a line of text",
            weak=True,
        ),
        Decision(
            "sub-rule-number",
            "a line numbered in parentheses, (1), (2) …, right under a heading, no text introducing it: a sub-rule",
        ),
        # pass 6: tables set out, paragraphs resumed
        Decision(
            "table-set-out-by-clause", "a table right under a resolution's clause ending with ':' ('as follows:')"
        ),
        Decision(
            "paragraph-numbering-resumed",
            "its number goes on from the paragraphs before the resolution set out above it (17, the clauses 1-4, "
            "18), not from its clauses",
            weak=True,
        ),
    )
}


def weak_decisions(lines: Iterable[LogicalLine]) -> list[Diagnostic]:
    """An ``info`` diagnostic for each line whose kind was decided on weak evidence."""
    found = []
    for line in lines:
        decision = DECISIONS.get(line.rule.rpartition("/")[2])
        if decision is not None and decision.weak:
            text = " ".join(line.text.split())
            text = text if len(text) <= 60 else text[:59] + "…"
            message = f"read as {KINDS[line.kind].called} ({decision.why}): {text}"
            found.append(Diagnostic("info", decision.name, message, line.start))
    return found


def explain(rule: str) -> str:
    """What the decision named ``rule`` means (a composite ``pass/rule`` name explains both parts)."""
    return "; ".join(DECISIONS[part].why if part in DECISIONS else "?" for part in rule.split("/"))
