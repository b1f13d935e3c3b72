"""Conventions the seventy-seventh and seventy-eighth blind waves found read wrong, each written here in a
wording of its own: a statement's headings in sentence case with no blank line around them (plain
pdftotext) or a line a block (pdfminer), its speaker's line broken after a comma, its meeting's part under
the session line, a note broken off on a comma, the paragraph after a marker set apart from its full stop,
a run of names printed as a column of titles, the contents' label column and the body's first label, and
a list of officers printed a name a block beside a column of bullets."""

from __future__ import annotations

from conftest import block_text, headings_of

import iomparse
from iomparse.model import Item, Paragraph, Resolution, Section, inline_text, iter_blocks
from iomparse.paths import walk

_STATEMENT = "MC/2420\n3 December 2036\n\n127TH SESSION\n\nSTATEMENT BY THE DIRECTOR GENERAL\n\n"
_FULL = "the first regional reviews of the compact, and the Organization will take part in each of them"


def _texts(document: iomparse.Document) -> list[str]:
    return [block_text(block) for _, block in walk(document) if isinstance(block, Paragraph) and not block.num]


def test_a_plain_statements_heading_with_a_comma_stands_between_two_sentences_without_blank_lines():
    """Plain pdftotext keeps no blank line: ``… to the Dialogue next year.`` / ``Health, mobility and
    climate`` / a full line of prose: the short line after a sentence's end, over a full line opening with
    a capital, is a heading, a comma in it or not; a corrigendum's locator (``Page 4, paragraph 12``) is not."""
    body = (
        "Madam Chairperson, Excellencies,\n"
        f"At the outset, allow me to thank the Director General for his report, which sets out {_FULL}.\n"
        f"It describes {_FULL}, and more besides that we will come back to in the debate next year.\n"
        "Health, mobility and climate\n"
        f"Madam Chairperson, the coming year will bring {_FULL} as the Council has asked.\n"
        f"We look forward to {_FULL}, and we will report to the Council on the results in due course.\n"
        "Looking forward\n"
        f"Madam Chairperson, the coming year will also bring {_FULL} when the session closes.\n"
        "Thank you.\n"
    )
    document = iomparse.parse(_STATEMENT + body)
    assert headings_of(document) == ["Health, mobility and climate", "Looking forward"]


def test_a_pdfminer_statements_lines_a_block_each_keep_their_headings_and_their_sentences():
    """pdfminer prints each line of a justified statement a block of its own: a heading over a line of
    fewer than a paragraph's words going on in lower case is one, and a full line whose sentence goes on in
    lower case on the next is the paragraph's first line, not a heading."""
    lines = [
        "Madam Chairperson,",
        "It is an honour to address the Council once more on behalf of the Organization.",
        "Health, mobility and climate",
        "Madam Chairperson, the floods of the past year displaced more",
        "people within their own borders than at any time since the Organization began to count them.",
        "The Strategy brings together eleven ministries and the national statistics office",
        "under a single coordination mechanism, which met six times during the year under review.",
        "Thank you.",
    ]
    document = iomparse.parse(_STATEMENT + "\n\n".join(lines) + "\n")
    assert headings_of(document) == ["Health, mobility and climate"]
    assert any(text.startswith("The Strategy brings together") for text in _texts(document))


def test_a_speakers_line_broken_after_a_comma_goes_on_past_the_blank_line_and_the_meeting_part_with_it():
    """pdfminer: ``Statement by H.E. Ms …,`` / blank / ``Ambassador and Permanent Representative, to the …``
    is one speaker's line, the occasion after the title; ``110th Session of the Council`` / blank /
    ``General Debate`` is one meeting line, no place."""
    text = (
        "PERMANENT MISSION OF THE REPUBLIC OF ARDENIA\n\nInternational Organization for Migration\n\n"
        "127th Session of the Council\n\nGeneral Debate\n\nGeneva, 30 November 2036\n\n"
        "Statement by H.E. Mr Tomas Keller,\n\n"
        "Ambassador and Permanent Representative, to the 127th Session of the Council\n\n"
        "Madam Chairperson,\n\nMy delegation thanks the Director General for his report.\n"
    )
    meta = iomparse.parse(text).meta
    assert meta.speaker == "H.E. Mr Tomas Keller, Ambassador and Permanent Representative"
    assert meta.place == "Geneva"


def test_a_note_broken_off_on_a_comma_takes_its_next_line_over_the_open_text():
    """pdfminer: ``… by which the Global Compact for Safe,`` / blank / ``Orderly and Regular Migration was
    endorsed.``: a note broken off on a comma goes on, though the text above it is open too (``… aligned with
    the Migration``, going on overleaf)."""
    text = (
        _STATEMENT + "Madam Chairperson,\n\n"
        "The General Assembly endorsed the Global Compact a few weeks after its adoption.1 Twelve months on,\n\n"
        "our Council of Ministers approved a National Migration Strategy for 2036–2040, prepared with the\n\n"
        "technical support of the IOM country office and aligned with the Migration\n\n"
        "1 General Assembly resolution 73/195 of 19 December 2018, by which the Global Compact for Safe,\n\n"
        "Orderly and Regular Migration was endorsed.\n\n"
        "\fPage 2\n\nGovernance Framework that this Council welcomed some years ago.\n\nThank you.\n"
    )
    document = iomparse.parse(text)
    (note,) = document.footnotes
    assert block_text(note).endswith("Orderly and Regular Migration was endorsed.")
    assert any(text.endswith("this Council welcomed some years ago.") for text in _texts(document))


def test_a_paragraph_ends_on_a_marker_set_apart_from_its_full_stop():
    """A PDF read directly sets a raised marker apart (``… four years ago. ²``): the sentence ends there,
    and the next paragraph on the page is a paragraph of its own."""
    from iomparse.lexer.arrange import _ends_open

    assert not _ends_open("Governance Framework that this Council welcomed four years ago. ²")
    assert _ends_open("technical support of the IOM country office and aligned with the Migration")


def test_names_in_sentence_case_one_under_another_over_a_paragraph_are_no_headings():
    """A table's column of titles printed apart from its numbers (pdfminer), or a list of officers, four
    lines or more of heading shape one right after another over a numbered paragraph: sections hold text,
    so they are not headings (one such line over the paragraph would be)."""
    titles = ["Admission of Ardenia", "Observership of the Delta Network", "Scale of assessment", "Budget reform"]
    text = (
        "C/127/40\nOriginal: English\n18 December 2036\n\nCOUNCIL\n127th Session\n\nREPORT ON THE 127TH SESSION\n\n"
        "I.\tRESOLUTIONS\n\n30.\tThe Council adopted the resolutions listed below.\n\n"
        + "\n\n".join(titles)
        + "\n\n31.\tThe Chairperson declared the session closed.\n"
    )
    assert headings_of(iomparse.parse(text)) == ["RESOLUTIONS"]


def test_a_contents_label_column_then_the_bodys_first_label_gives_each_title_one():
    """pdfminer: the contents' labels printed as a column after their titles (``I.`` … ``III.``), then at
    once the body's first label (``I.`` / ``INTRODUCTION``): the titles take as many labels as they lack,
    and the next is the body's heading's."""
    text = (
        "C/127/INF/3\nOriginal: English\n6 November 2036\n\nCOUNCIL\n\n127th Session\n\nHEALTH AND MOBILITY\n\n"
        "CONTENTS\n\nPage\n\nINTRODUCTION . . . . . . . . . . . . . . . . 1\n\n"
        "TRENDS . . . . . . . . . . . . . . . 1\n\n"
        "OPTIONS . . . . . . . . . . . . . . . 2\n\nI.\n\nII.\n\nIII.\n\nI.\n\nINTRODUCTION\n\n"
        "1.\nThe Council asked for this note at its last session, in the course of its general debate.\n\n"
        "II.\n\nTRENDS\n\n2.\nMigrants face barriers to care in many countries, whatever their status.\n\n"
        "III.\n\nOPTIONS\n\n3.\nGovernments may extend primary care to all migrants regardless of status.\n"
    )
    document = iomparse.parse(text)
    sections = [block for block in document.body if isinstance(block, Section)]
    assert [(s.num, inline_text(s.heading)) for s in sections] == [
        ("I", "INTRODUCTION"),
        ("II", "TRENDS"),
        ("III", "OPTIONS"),
    ]


def test_officers_printed_a_name_a_block_beside_a_column_of_bullets_are_its_items():
    """pdfminer: ``… the following officers by acclamation:`` / ``•`` ×3 / each name a block of its own:
    the bullets go to the names in order, the list the paragraph's."""
    text = (
        "C/127/40\nOriginal: English\n18 December 2036\n\nCOUNCIL\n127th Session\n\nREPORT ON THE 127TH SESSION\n\n"
        "II.\n\nELECTION OF OFFICERS\n\n6.\n\nThe Council elected the following officers by acclamation:\n\n"
        "•\n\n•\n\n•\n\nChairperson: H.E. Ms Lena Varga (Ardenia)\n\n"
        "First Vice-Chairperson: H.E. Mr Omar Said (Delta Republic)\n\nRapporteur: Mr Kofi Mensah (Ghana)\n\n"
        "7.\nOn taking the chair, the Chairperson thanked her predecessor for his work over the year.\n"
    )
    document = iomparse.parse(text)
    items = [block for block in iter_blocks(document.body) if isinstance(block, Item)]
    assert [item.label for item in items] == [None, None, None]  # (bullets)
    assert block_text(items[2]).startswith("Rapporteur: Mr Kofi Mensah")
    assert headings_of(document) == ["ELECTION OF OFFICERS"]


def test_a_lists_last_titles_after_the_column_of_its_numbers_are_no_chart():
    """pdfminer: an annex's agenda, its titles, then the column of its numbers (``1.`` … ``6.``), then the last
    two titles, ending the document: short fragments after a list's labels are its titles, not what is left of
    a chart (which would open an annex of its own by position)."""
    titles = ["Adoption of the agenda", "Statement by the Director General", "Programme and Budget for 2037", "Reports"]
    text = (
        "S/61/16\nOriginal: English\n19 November 2036\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "Sixty-first Session\n\nREPORT ON THE SIXTY-FIRST SESSION\n\n"
        "1.\nThe Standing Committee held its Sixty-first Session in Geneva on 2 and 3 November 2036.\n\n"
        "\fS/61/16\nAnnex\nPage 1\n\nANNEX\n\nAGENDA ADOPTED BY THE STANDING COMMITTEE\n\n"
        + "\n\n".join(titles)
        + "\n\n"
        + "\n\n".join(f"{n}." for n in range(1, 7))
        + "\n\nAny other business\n\nClosure of the session\n"
    )
    document = iomparse.parse(text)
    assert len(document.annexes) == 1
    assert "chart" not in {d.code for d in document.diagnostics}


def test_drafts_each_under_a_line_of_its_symbol_are_put_to_the_covers_session():
    """Drafts under one cover (``C/119/L/3, C/119/L/4 and C/119/L/5`` / ``119th Session``), each under a line
    of its own symbol: a draft's header gives no session, so each is put to the cover's, not the first only."""
    draft = "{symbol}\n\nDRAFT RESOLUTION\n\n{title}\n\nThe Council,\n\nRecalling its previous resolutions,\n\n"
    draft += "Decides:\n\n1.\tTo approve the {title_lower}.\n\n"
    text = "C/119/L/3, C/119/L/4 and C/119/L/5\nOriginal: English\n22 November 2028\n\nCOUNCIL\n119th Session\n\n"
    text += "DRAFT RESOLUTIONS\n\n" + "".join(
        draft.format(symbol=f"C/119/L/{n}", title=title, title_lower=title.lower())
        for n, title in ((3, "PROGRAMME AND BUDGET FOR 2029"), (4, "SCALE OF ASSESSMENT"), (5, "ANNUAL REPORT"))
    )
    document = iomparse.parse(text)
    drafts = [block for block in document.body if isinstance(block, Resolution)]
    sessions = [draft.session.number if draft.session else None for draft in drafts]
    assert sessions == [119, 119, 119]
