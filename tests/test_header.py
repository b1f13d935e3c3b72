"""Reading header blocks: the facts of a cover, and which lines after a body open an annex's header."""

from __future__ import annotations

import pytest
from conftest import headings_of

import iomparse
from iomparse.codecs.text import to_text
from iomparse.model import DocRef, ResolutionRef, Symbol, Unclassified


def test_a_cover_with_several_symbols_keeps_them_all():
    document = iomparse.parse("C/118/L/3 and C/118/L/4\nOriginal: English\n\nDRAFT RESOLUTIONS\n")
    assert document.meta.symbol == Symbol(("C", "118", "L", "3"))
    assert document.meta.other_symbols == (Symbol(("C", "118", "L", "4")),)
    assert iomparse.to_text(document).startswith("C/118/L/3 and C/118/L/4\n")


def test_a_range_of_symbols_covers_the_symbols_between_its_ends():
    document = iomparse.parse("C/Sp/7/L/2 to C/Sp/7/L/5\nOriginal: Spanish\n\nDRAFT RESOLUTIONS\n")
    assert [str(s) for s in (document.meta.symbol, *document.meta.other_symbols)] == [
        "C/Sp/7/L/2",
        "C/Sp/7/L/3",
        "C/Sp/7/L/4",
        "C/Sp/7/L/5",
    ]
    assert iomparse.to_text(document).startswith("C/Sp/7/L/2 to C/Sp/7/L/5\n")
    assert iomparse.parse(iomparse.to_text(document)).meta == document.meta


def test_symbols_of_different_series_or_revisions_make_no_range():
    for line, others in [
        ("C/110/L/1 - C/111/L/3", ["C/111/L/3"]),
        ("C/110/L/1 to C/110/L/3/Rev.1", ["C/110/L/3/Rev.1"]),
        ("C/110/L/3 to C/110/L/1", ["C/110/L/1"]),
    ]:
        document = iomparse.parse(f"{line}\nOriginal: English\n\nDRAFT RESOLUTIONS\n")
        assert [str(s) for s in document.meta.other_symbols] == others, line


def test_a_documents_column_opens_no_annex():
    text = (
        "MC/1930\nOriginal: English\n5 October 1998\n\nPROVISIONAL AGENDA\n\n"
        "1. Adoption of the agenda\n\nMC/1931\nMC/1932\n\n2. Programme and Budget for 1999\n\nMC/1924\n"
    )
    document = iomparse.parse(text)
    assert document.annexes == ()
    assert [block.num for block in document.body] == ["1", "2"]
    cited = {str(r.ref.symbol) for r in document.references if hasattr(r.ref, "symbol")}
    assert cited == {"MC/1931", "MC/1932", "MC/1924"}
    assert document.meta.kind == "agenda"


def test_a_documents_columns_symbol_over_an_organs_name_opens_no_annex():
    """A documents column's symbol right above an item whose title is an organ's name (``International
    Dialogue on Migration``): a symbol and an organ's name, with no line of issue (``Original:``, a date, a
    session), are no header block; the agenda has no annex."""
    text = (
        "MC/2290\nOriginal: English\n5 October 2010\n\nPROVISIONAL AGENDA\n\n"
        "1. Adoption of the agenda\n\n2. Statement by the Director General\n\n"
        "MC/2291\n\nInternational Dialogue on Migration\n\nMC/INF/301\n\nOther business\n\n"
        "3. Closure of the session\n"
    )
    document = iomparse.parse(text)
    assert document.annexes == ()
    assert "annex-label-inferred" not in {d.code for d in document.diagnostics}


def test_a_full_header_after_the_body_opens_an_annex():
    text = (
        "MC/2352\nOriginal: English\n\nREVIEW\n\n1. The review is attached.\n\n"
        "MC/1842\nOriginal: English\n9 May 1995\n\nIOM STRATEGIC PLANNING\n\n1. The beginning of the 1990s.\n"
    )
    document = iomparse.parse(text)
    (annex,) = document.annexes
    assert str(annex.meta.symbol) == "MC/1842" and annex.label_inferred


def test_an_information_paper_of_the_standing_committee_is_read_by_its_series():
    document = iomparse.parse(
        "S/31/INF/4\nOriginal: English\n2 May 2022\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
        "Thirtieth Session\n\nUPDATE ON THE MIGRATION RESOURCE ALLOCATION COMMITTEE\n\n1. The Committee met twice.\n"
    )
    assert str(document.meta.symbol) == "S/31/INF/4"
    assert document.meta.title == "UPDATE ON THE MIGRATION RESOURCE ALLOCATION COMMITTEE"
    assert document.meta.kind == "information_note"


def test_a_symbol_of_a_series_not_known_is_no_title_and_the_document_says_so():
    """``S/31/CRP/2``, a conference room paper: a series iomparse does not read. The line stays in the header,
    it does not become the title, and a warning says that the document's symbol was left unread."""
    document = iomparse.parse(
        "S/31/CRP/2\nOriginal: English\n2 May 2022\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
        "Thirtieth Session\n\nOPTIONS FOR THE CORE STRUCTURE\n\n1. Three options are set out.\n"
    )
    assert document.meta.symbol is None
    assert document.meta.title == "OPTIONS FOR THE CORE STRUCTURE"
    assert "S/31/CRP/2" in document.meta.other
    (unread,) = [d for d in document.diagnostics if d.code == "symbol-unread"]
    assert unread.severity == "warning" and "S/31/CRP/2" in unread.message


def test_a_records_venue_and_the_hour_of_its_meeting_are_its_place_and_meeting():
    """A summary record's cover: the venue in a known city on a line, then the day and hour of the meeting
    (not the document's date, which the header block gives above)."""
    document = iomparse.parse(
        "EXECUTIVE COMMITTEE\nHUNDREDTH SESSION\n\nMC/EX/SR/455\nOriginal: English\n30 June 2003\n\n"
        "SUMMARY RECORD OF THE FOUR HUNDRED AND FIFTY-FIFTH MEETING\n\n"
        "International Conference Centre, Geneva\nWednesday, 11 June 2003, at 10.15 a.m.\n\n"
        "1.  The Chairman opened the meeting.\n"
    )
    meta = document.meta
    assert meta.place == "International Conference Centre, Geneva"
    assert meta.meeting is not None and (str(meta.meeting.start), str(meta.meeting.end)) == ("2003-06-11",) * 2
    assert str(meta.date) == "2003-06-30"
    assert "at 10.15 a.m." in iomparse.to_text(document)


def test_the_only_note_marked_like_the_title_is_the_covers_note():
    """The title's ``*`` note printed at the foot of the first page, saying nothing of an approval: being the
    only note so marked, it is the cover's note."""
    document = iomparse.parse(
        "MC/C/SR/470\nOriginal: English\n2 December 2005\n\nDRAFT SUMMARY RECORD OF THE\n"
        "FOUR HUNDRED AND SEVENTIETH MEETING *\n\n1.  The Chairman opened the meeting.\n\n"
        "__________\n* Corrections to this record should reach the Meetings Secretariat within two weeks.\n"
    )
    note = "Corrections to this record should reach the Meetings Secretariat within two weeks."
    assert document.meta.notes == (note,)


def test_a_records_note_at_the_first_pages_foot_with_no_rule_is_the_covers_note():
    """``This record is subject to correction …`` printed at the first page's foot, its rule drawn (no line of
    text), the page's paragraph going on over the break: the cover's note, no words of the paragraph."""
    document = iomparse.parse(
        "C/106/SR/3\nOriginal: English\n14 December 2015\n\nCOUNCIL\n106th Session\n\n"
        "SUMMARY RECORD OF THE THIRD MEETING\n\n"
        "1.  Ms Baumgartner (Switzerland) said that her delegation supported the Administration and that,\n"
        "as host country, Switzerland would continue to assist the Organization\n\n\n"
        "This record is subject to correction. Corrections should be submitted within two weeks of the date\n"
        "of this document.\n\f"
        "C/106/SR/3\nPage 2\n\nin its relations with the authorities of the canton.\n\n"
        "2.  The representative of Kenya said that the Group attached importance to the item.\n"
    )
    assert document.meta.notes == (
        "This record is subject to correction. Corrections should be submitted within two weeks of the date of "
        "this document.",
    )
    (first, _) = [block for block in document.body if isinstance(block, iomparse.model.Paragraph)]
    assert "correction" not in iomparse.model.inline_text(first.content)


def test_a_long_note_marked_like_the_title_stays_the_covers_note():
    """The title's ``*`` note runs to three lines (more words than a cover's lines have): still the cover's
    note, not the body's first paragraph; the body's paragraphs keep their own count."""
    document = iomparse.parse(
        "S/44/2\nOriginal: English\n3 March 2024\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
        "Forty-fourth Session\n\nGUIDELINES ON THE CONDUCT OF INFORMAL CONSULTATIONS *\n\n\n"
        "*   These guidelines were endorsed by the Standing Committee at its Forty-third Session and took effect\n"
        "    on 1 January 2024; they replace the informal arrangements described in document S/20/4, which\n"
        "    the Bureau had applied since the Committee was first convened in its present form.\n\n"
        "Purpose\n\nInformal consultations prepare the decisions of the Standing Committee.\n"
    )
    assert [note.split()[:3] for note in document.meta.notes] == [["These", "guidelines", "were"]]
    assert "S/20/4" in [str(ref.ref.text) for ref in document.references]
    assert not any(
        "These guidelines" in iomparse.model.inline_text(getattr(block, "content", ())) for block in document.body
    )


def test_a_covers_note_with_no_rule_over_it_is_read_by_its_words():
    """No rule and no ``*`` set the note apart: its words do (``This document is submitted to …``); and a
    summary record's note on corrections under its contents."""
    document = iomparse.parse(
        "MC/2410\nOriginal: English\n9 October 2015\n\n106TH SESSION\n\nPROGRAMME AND BUDGET FOR 2016\n\n"
        "This document is submitted to the Standing Committee on Programmes and Finance at its Seventeenth\n"
        "Session and to the Council at its 106th Session.\n\nINTRODUCTION\n\n1. The budget is presented.\n"
    )
    assert [note.split()[:4] for note in document.meta.notes] == [["This", "document", "is", "submitted"]]
    record = iomparse.parse(
        "MC/C/SR/540\nOriginal: English\n2 December 2016\n\nDRAFT SUMMARY RECORD OF THE FIVE HUNDRED AND FORTIETH"
        " MEETING\n\nCONTENTS\n\nPage\n\nGeneral debate ................ 2\n\n"
        "Corrections to this draft summary record should be sent to the Secretariat within two weeks.\n\n"
        "GENERAL DEBATE\n\n1. The CHAIRPERSON opened the meeting.\n"
    )
    assert [note.split()[:3] for note in record.meta.notes] == [["Corrections", "to", "this"]]


def test_the_organizations_name_in_three_languages_atop_a_cover_is_no_title():
    """A typed cover of the ICEM era opens with the Organization's name in English, French and Spanish."""
    document = iomparse.parse(
        "     INTERGOVERNMENTAL COMMITTEE FOR EUROPEAN MIGRATION\n"
        "   COMITE INTERGOUVERNEMENTAL POUR LES MIGRATIONS EUROPEENNES\n"
        "   COMITE INTERGUBERNAMENTAL PARA LAS MIGRACIONES EUROPEAS\n\n"
        "                                     MC/1301\n                                     Original: English\n"
        "                                     3 June 1977\n\nFORTY-NINTH SESSION\n\n"
        "         REPORT ON THE FORTY-NINTH SESSION OF THE COUNCIL\n\n1.  The Council met in Geneva.\n"
    )
    assert document.meta.title == "REPORT ON THE FORTY-NINTH SESSION OF THE COUNCIL"


def test_a_records_meeting_line_keeps_its_date_when_the_chair_is_named_right_under_it():
    """Plain pdftotext: no blank line between the meeting's lines and the chair's: the chair's line stands
    apart, and the meeting's date is read."""
    document = iomparse.parse(
        "MC/C/SR/520\nOriginal: English\n9 December 2013\n\nHUNDRED AND THIRD SESSION\n\n"
        "DRAFT SUMMARY RECORD OF THE\nFIVE HUNDRED AND TWENTIETH MEETING\n"
        "Held at the Palais des Nations, Geneva,\non Wednesday, 27 November 2013, at 10.15 a.m.\n"
        "Chairman: Mr. P. Okello (Uganda)\n\n1. The CHAIRMAN opened the meeting.\n"
    )
    meeting = document.meta.meeting
    assert meeting is not None and str(meeting.start) == "2013-11-27"


def test_a_cover_notes_citations_are_among_the_documents_references():
    document = iomparse.parse(
        "S/33/6\nOriginal: English\n12 October 2023\n\nREPORT OF THE WORKING GROUP ON PARTNERSHIPS\n\n__________\n\n"
        "This report is submitted under item 7 of the provisional agenda (S/33/1), as requested by Resolution "
        "No. 1400 of 29 November 2021.\n\n1. The Working Group met four times.\n"
    )
    in_note = [r.ref for r in document.references if r.path == "cover_note_1"]
    assert [str(ref.symbol) for ref in in_note if isinstance(ref, DocRef)] == ["S/33/1"]
    assert [ref.numbers for ref in in_note if isinstance(ref, ResolutionRef)] == [(1400,)]


def test_text_left_unplaced_in_a_compilations_introduction_keeps_it_a_compilation():
    """A date printed apart from its table's row (pdftotext) cannot be placed: it stays an unclassified block
    with its warning, and the resolutions after the introduction still make the document a compilation."""
    text = (
        "MC/2400\nOriginal: English\n10 December 2012\n\nCOUNCIL\n\n101st SESSION\n\n"
        "RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS 101st SESSION\n\n"
        "The Council adopted the five resolutions listed below at its 101st Session, held in Geneva from 27 to 30 "
        "November 2012; this document reproduces their texts as adopted, in the order of their adoption, for the "
        "information of Member States.\n\n"
        "Admission of new Members\nAdopted on\n27 November 2012\n\n"
        "Their texts are reproduced in the order of adoption.\n\n"
        "RESOLUTION No. 1240 (CI)\n\n(Adopted by the Council at its 520th meeting on 27 November 2012)\n\n"
        "ADMISSION OF NEW MEMBERS\n\nThe Council,\n\nHaving received the applications,\n\nResolves:\n\n"
        "1. To admit the States concerned.\n\n"
        "RESOLUTION No. 1241 (CI)\n\n(Adopted by the Council at its 521st meeting on 28 November 2012)\n\n"
        "OBSERVER STATUS\n\nThe Council,\n\nHaving received the request,\n\nResolves:\n\n"
        "1. To grant observer status.\n"
    )
    document = iomparse.parse(text)
    assert any(isinstance(block, Unclassified) for block in document.body)
    assert document.meta.kind == "resolutions"


def test_a_compilation_whose_resolutions_follow_its_introductory_notes_heading_is_one_by_its_title():
    """-layout: the resolutions come under an introductory note printed as a heading, so the body is no list
    of resolutions alone; the title, which names resolutions adopted, makes the document a compilation."""
    text = (
        "                                                   MC/2700\n"
        "                                             Original: English\n"
        "                                              9 December 2031\n\n"
        "                 ONE HUNDRED AND FORTIETH SESSION\n\n"
        "        RESOLUTIONS ADOPTED BY THE COUNCIL\n"
        "            AT ITS ONE HUNDRED AND FORTIETH SESSION\n\n\n"
        "COUNCIL                      CONSEIL                             CONSEJO\n\f"
        "                                                   MC/2700\n"
        "                                                    Page 1\n\n"
        "                         INTRODUCTORY NOTE\n\n"
        "       At its session held in Geneva from 1 to 3 December 2031, the Council adopted the two resolutions\n"
        "reproduced below, in the order of their numbering.\n\n"
        "       Where the Council amended a draft before adopting it, only the text as adopted is given here.\n\n\n"
        "                        RESOLUTION No. 1500 (CXL)\n"
        "          (Adopted by the Council at its 601st meeting on 2 December 2031)\n\n"
        "                       REPORT ON THE 139th SESSION\n\n       The Council,\n\n"
        "       Having examined the report,\n\n       Resolves:\n\n1.     To approve the report.\n\n\n"
        "                        RESOLUTION No. 1501 (CXL)\n"
        "          (Adopted by the Council at its 602nd meeting on 3 December 2031)\n\n"
        "                     PROGRAMME AND BUDGET FOR 2032\n\n       The Council,\n\n"
        "       Having considered the budget,\n\n       Resolves:\n\n1.     To approve the budget.\n"
    )
    document = iomparse.parse(text)
    assert [type(block).__name__ for block in document.body] == ["Section"]
    assert document.meta.kind == "resolutions"
    assert "kind-inferred" not in {d.code for d in document.diagnostics}


def test_the_word_that_makes_a_cover_a_corrigendum_stands_on_its_line_between_title_and_text():
    """Plain pdftotext prints no blank line around ``Corrigendum`` under the title: it joins neither the title
    in capitals above it nor the text under it; it is the cover's subtitle."""
    for title in ("REVISED PROGRAMME AND BUDGET FOR 2031", "PROGRAMME AND BUDGET FOR 2031 –\nSUMMARY UPDATE"):
        document = iomparse.parse(
            "C/121/3/Corr.1\nOriginal: English\n4 June 2031\n\nCOUNCIL\n121st Session\n\n"
            f"{title}\nCorrigendum\nThe figures in table 4 of document C/121/3 are replaced by those below, "
            "which take account of the contributions received after the document was issued, and of the "
            "revised rates of exchange.\n"
        )
        assert document.meta.title == " ".join(title.split()) and document.meta.subtitle == "Corrigendum", title


def test_a_web_statements_title_meeting_and_date_run_together_are_read_apart():
    """Web text runs a statement's title, meeting and date into one line: the title in capitals before the
    session, the date at the end, the meeting between them; the words all stay."""
    text = (
        "Permanent Mission of Ecuador to the United Nations in Geneva\n\n"
        "STATEMENT OF ECUADOR 112th Session of the IOM Council General Debate 30 November 2021\n\n"
        "Statement by: H.E. Mr Pablo Example, Ambassador\n\nMadam Chairperson,\n\n"
        "Ecuador thanks the Director General for his report.\n"
    )
    document = iomparse.parse(text)
    meta = document.meta
    assert meta.kind == "statement" and meta.title == "STATEMENT OF ECUADOR"
    assert str(meta.date) == "2021-11-30" and meta.session is not None and meta.session.number == 112
    assert meta.occasion == "112th Session of the IOM Council General Debate"
    assert iomparse.parse(iomparse.to_text(document)).meta == meta


def test_a_title_whose_second_line_opens_with_a_word_no_title_opens_with_is_one_title_across_a_blank():
    text = (
        "MC/EX/301\nOriginal: English\n2 May 1983\n\nEXECUTIVE COMMITTEE\nSixty-first Session\n\n"
        "REPORT OF THE WORKING GROUP ON BUDGETARY REFORM\n\nON ITS THIRD MEETING\n\n"
        "1. The Working Group met twice.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.title == "REPORT OF THE WORKING GROUP ON BUDGETARY REFORM ON ITS THIRD MEETING"


def test_a_covers_title_spaced_wide_over_two_lines_is_one_title():
    """-layout keeps a cover's wide spacing: the title's second line stands two or three blank lines below its
    first (``PROPOSED SCALE OF ASSESSMENT`` / ``FOR THE YEAR 2002``)."""
    text = (
        "                                   MC/2057\n                         Original: English\n"
        "                           10 October 2001\n\n\nEIGHTY-SECOND SESSION\n\n\n"
        "            PROPOSED SCALE OF ASSESSMENT\n\n\n                FOR THE YEAR 2002\n\n\n\n"
        "1.  The scale is proposed.\n"
    )
    assert iomparse.parse(text).meta.title == "PROPOSED SCALE OF ASSESSMENT FOR THE YEAR 2002"


def test_the_covers_note_printed_under_its_contents_is_a_cover_note():
    text = (
        "C/130/4\nOriginal: English\n1 October 2040\n\nCOUNCIL\n130th Session\n\n"
        "PROGRAMME AND BUDGET FOR 2041\n\nCONTENTS\nPage\n"
        "I. INTRODUCTION . . . . . . . . . . 1\nII. BUDGET . . . . . . . . . . 2\n\n\n"
        "This document is submitted to the Standing Committee on Programmes and Finance at its Sixty-first "
        "Session, for review, and to the Council at its 130th Session, for approval.\n"
        "\fC/130/4\nPage 1\n\nI. INTRODUCTION\n\n1. The budget is presented.\n\nII. BUDGET\n\n2. It grows.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.submission is not None and document.meta.submission.session.number == 61
    assert [entry.title for entry in document.body[0].entries] == ["I. INTRODUCTION", "II. BUDGET"]
    assert "cover-note-after-contents" in {d.code for d in document.diagnostics}
    again = iomparse.parse(iomparse.to_text(document))
    assert again.meta.submission == document.meta.submission


def test_a_line_in_capitals_after_the_covers_note_opens_the_body_as_its_first_heading():
    text = (
        "C/131/3\nOriginal: English\n2 May 2041\n\nCOUNCIL\n131st Session\n\n"
        "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2040*\n\n"
        "* This document is submitted to the Standing Committee on Programmes and Finance at its Sixty-second "
        "Session.\n\n"
        "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2040\n\n"
        "OVERVIEW OF THE YEAR\n\n"
        "The year was marked by a further growth in operations, and by the first full year of the new "
        "financial system in all regional offices and in the administrative centres.\n\n"
        "I. INTRODUCTION\n\n1. The Director General presents the report.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.title == "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2040"
    headings = [
        iomparse.model.inline_text(block.heading) for block in document.body if isinstance(block, iomparse.Section)
    ]
    assert headings == ["OVERVIEW OF THE YEAR", "INTRODUCTION"]


def test_a_covers_note_under_contents_entries_with_no_contents_heading_goes_before_them():
    document = iomparse.parse(
        "I. INTRODUCTION . . . . . . . . . . 1\n\n"
        "This document is submitted to the Standing Committee at its Sixty-first Session.\n"
    )
    assert document.meta.notes == ("This document is submitted to the Standing Committee at its Sixty-first Session.",)
    assert "I. INTRODUCTION" in iomparse.to_text(document), "the entry is kept (unclassified: no contents heading)"


def test_a_sentence_right_above_the_covers_footer_is_its_note_though_no_rule_is_left():
    """The extraction lost the rule over the note (a drawn line): the sentence that closes the cover, right
    above its trilingual footer, is the cover's note, and the body's first paragraph on the next page stays
    a paragraph of its own. A rule at the next page's top, above its header lines, notes nothing."""
    cover = (
        "MC/2250\nOriginal: English\n6 October 2008\n\nNINETY-SIXTH SESSION\n\nPROVISIONAL AGENDA\n\n"
        "The Director General prepared this agenda in consultation with the Chair of the Council, as its\n"
        "Rules of Procedure require.\n\nCOUNCIL                 CONSEIL                 CONSEJO\n"
        "\f                                        MC/2250\n                                         Page 1\n\n"
        "The Ninety-sixth Session opens on Tuesday, 2 December 2008, at 10 a.m. in Room XVIII.\n\n"
        "1.   Opening of the session\n"
    )
    document = iomparse.parse(cover)
    assert [note[:28] for note in document.meta.notes] == ["The Director General prepare"]
    paragraphs = [b for b in document.body if isinstance(b, iomparse.Paragraph)]
    assert [(p.num, iomparse.model.inline_text(p.content)[:22]) for p in paragraphs][:1] == [
        (None, "The Ninety-sixth Sessi")
    ]


def test_a_covers_footer_whose_languages_wrap_onto_two_lines_each_is_the_footer():
    """pdftotext without -layout prints each language of a long footer as a block of two lines: it is the
    cover's footer still, furniture, and none of its lines joins the title."""
    document = iomparse.parse(
        "S/9/4\nOriginal: English\n2 March 2012\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\nNINTH SESSION\n\n"
        "STATUS OF CONTRIBUTIONS\n\n"
        "This paper is submitted to the Committee at its Ninth Session for information.\n\n"
        "STANDING COMMITTEE ON\nPROGRAMMES AND FINANCE\n\nCOMITÉ PERMANENT DES\nPROGRAMMES ET DES FINANCES\n\n"
        "COMITÉ PERMANENTE DE\nPROGRAMAS Y FINANZAS\n\f"
        "S/9/4\nPage 1\n\n1.\nContributions received by 1 March 2012 amounted to CHF 12 million.\n"
        "2.\nThe Committee is invited to take note of this paper.\n"
    )
    assert document.meta.title == "STATUS OF CONTRIBUTIONS"
    assert document.meta.notes == ("This paper is submitted to the Committee at its Ninth Session for information.",)
    assert any("PROGRAMAS Y FINANZAS" in line.text for line in document.furniture)
    assert [block.num for block in document.body] == ["1", "2"]


def test_a_place_above_the_covers_footer_is_no_note():
    document = iomparse.parse(
        "MC/2250\nOriginal: English\n6 October 2008\n\nNINETY-SIXTH SESSION\n\nREPORT ON THE SESSION\n\n"
        "Geneva\n\nCOUNCIL                 CONSEIL                 CONSEJO\n"
        "\f                                        MC/2250\n                                         Page 1\n\n"
        "1.   The session opened on 2 December 2008.\n"
    )
    assert document.meta.notes == ()


NOTE_SHEET = (
    "C/Sp/4/5/Rev.1\nOriginal: English\n4 December 2019\n\nCOUNCIL\n\n110th Session\n\n"
    "NOTE CONCERNING DOCUMENT C/Sp/4/5\n\n"
    "The Council, at its 110th Session, approved the Report on the Fourth Special Session of the Council\n"
    "(C/Sp/4/5) without amendment through Resolution No. 1372 of 27 November 2019.\n\n"
    "\fC/Sp/4/5\nOriginal: English\n2 July 2019\n\nCOUNCIL\n\nFourth Special Session\n\n"
    "REPORT ON THE FOURTH SPECIAL SESSION OF THE COUNCIL\n\nGeneva\n10 May 2019\n\n"
    "Rapporteur: Mr J. Ortega (Chile)\n\nCONTENTS\n\nC/Sp/4/5\nPage i\n\nPage\n\n"
    "Introduction ........................................ 1\n\n"
    "Attendance .......................................... 1\n\n"
    "\fC/Sp/4/5\nPage 1\n\nIntroduction\n\n1.   The Council held its Fourth Special Session on 10 May 2019.\n\n"
    "Attendance\n\n2.   Ninety Member States were represented.\n"
)


def test_the_symbol_of_the_cover_after_a_note_sheet_is_a_running_header_not_text_in_the_contents():
    """The note sheet bears the revised symbol, the cover it precedes the original one: both are the
    document's own, and the original's symbol atop the contents page is furniture, not text that would
    close the contents."""
    document = iomparse.parse(NOTE_SHEET)
    (contents,) = [b for b in document.body if isinstance(b, iomparse.model.Contents)]
    assert [(e.title, e.page) for e in contents.entries] == [("Introduction", "1"), ("Attendance", "1")]
    assert not [b for b in document.body if isinstance(b, iomparse.model.Unclassified)]


def test_prose_in_a_header_block_with_no_rule_over_it_is_a_cover_note_said_to_be_weak():
    """A sentence of a dozen words or more in a header block, ended by a full stop, is a cover's note though
    no rule sets it off and its words are none a note is known to open with; the decision is weak."""
    document = iomparse.parse(NOTE_SHEET)
    assert [note[:28] for note in document.meta.notes] == ["The Council, at its 110th Se"]
    assert document.meta.approval is not None and document.meta.approval.numbers == (1372,)
    assert "cover-note-sentences" in {d.code for d in document.diagnostics}


def test_a_heading_over_the_salutation_repeated_before_a_numbered_paragraph_is_a_heading():
    """A statement with numbered paragraphs turns to the chair again under its last heading (``CLOSING
    WORDS`` / ``Mr. Chairman,`` / ``12. …``): the salutation is passed over, and the line is a heading."""
    document = iomparse.parse(
        "MC/1580\nOriginal: English\n20 November 1988\n\nCOUNCIL\n\nFIFTY-EIGHTH SESSION\n\n"
        "STATEMENT BY THE DIRECTOR\n\nMr. Chairman, Distinguished Delegates,\n\n"
        "I.   THE YEAR IN REVIEW\n\n11.  The Committee moved more refugees than in any year since 1980.\n\n"
        "CLOSING WORDS\n\nMr. Chairman,\n\n12.  I thank the Members for their support.\n"
    )
    headings = headings_of(document)
    assert headings == ["THE YEAR IN REVIEW", "CLOSING WORDS"]


def test_a_heading_under_the_salutation_repeated_in_a_statement_without_numbers_is_a_heading():
    """A statement without numbered paragraphs turns to the chair again, then to its last part under a heading
    (``Madam Chairperson,`` / ``Conclusion`` / prose): the salutation ends what came before, as a sentence does."""
    prose = "The Group thanks the Administration for the clarity of its reports and for its work this year."
    document = iomparse.parse(
        "**STATEMENT ON BEHALF OF THE GROUP**\n\nMadam Chairperson,\n\n"
        + prose
        + "\n\n**Priorities**\n\n"
        + prose
        + "\n\nMadam Chairperson,\n\n**Conclusion**\n\n"
        + prose
        + "\n\nI thank you.\n"
    )
    assert headings_of(document) == ["Priorities", "Conclusion"]


def test_an_agendas_documents_column_heading_stands_apart_from_the_heading_above_it():
    """An annotated agenda: the part's heading, then the documents column's heading right under it, no blank
    line between (``Provisional agenda and annotations`` / ``Documents`` / ``1.``): the first is a heading
    over the items, the second joins nothing and is no heading."""
    document = iomparse.parse(
        "S/34/1\nOriginal: English\n2 May 2024\n\nTHIRTY-FOURTH SESSION\n\nPROVISIONAL AGENDA\n\n"
        "The Thirty-fourth Session of the Standing Committee will open on Tuesday, 25 June 2024, at 10 a.m. in\n"
        "Room 2 of the conference centre in Geneva, and is to close on the following day; the documents for\n"
        "each item are listed against it.\n\n"
        "Provisional agenda and annotations\nDocuments\n1.\n\nOpening of the session\n\n"
        "2.\n\nAdoption of the agenda\n"
    )
    headings = headings_of(document)
    assert headings == ["Provisional agenda and annotations"]


def test_a_reports_place_and_dates_in_one_bold_span_and_an_escaped_cover_note():
    """Converter text: ``**Geneva`` / ``26-28 November 2001**`` is the place and the meeting dates, and the
    cover note's ``*``, escaped by the converter (``\\* This report …``), is no part of the note."""
    document = iomparse.parse(
        "**MC/2050/Rev.1**\n\n**Original: English**\n\n**4 December 2002**\n\n**EIGHTY-FOURTH SESSION**\n\n"
        "**REPORT ON THE EIGHTY-SECOND SESSION OF THE COUNCIL***\n\n**Geneva\n26-28 November 2001**\n\n"
        "__________\n\n\\* This report was approved by the Council through Resolution No. 1070 of 3 December 2002.\n\n"
        "1. The Council held its Eighty-second Session in Geneva.\n"
    )
    meta = document.meta
    assert (meta.place, str(meta.meeting.start), str(meta.meeting.end)) == ("Geneva", "2001-11-26", "2001-11-28")
    assert meta.notes == ("This report was approved by the Council through Resolution No. 1070 of 3 December 2002.",)


def test_a_cover_note_set_in_bold_under_its_rule_is_the_covers_note():
    """Converter text: the note under the cover's rule is bold (``**This report was approved …**``): it is
    the cover's note all the same, and its approval is read."""
    document = iomparse.parse(
        "MC/2300\nOriginal: English\n3 May 2010\n\nNINETY-NINTH SESSION\n\nREPORT ON THE SESSION\n\n__________\n\n"
        "**This report was approved by the Council through Resolution No. 1200 of 2 December 2010.**\n\n"
        "1. The Council met.\n"
    )
    assert document.meta.notes == (
        "This report was approved by the Council through Resolution No. 1200 of 2 December 2010.",
    )
    assert document.meta.approval is not None and document.meta.approval.numbers == (1200,)


def test_a_statements_meeting_line_in_capitals_and_a_speaker_named_with_an_honorific():
    """A statement's header: the meeting in capitals (``HUNDRED AND FIRST SESSION OF THE COUNCIL``), the
    title in capitals, the speaker named with an honorific and a function, place and date: the meeting gives
    the session, the title is the title, the named person the speaker (a weak decision)."""
    text = (
        "Check against delivery\n\n"
        "HUNDRED AND FIRST SESSION OF THE COUNCIL\nAgenda item 4\n\n"
        "THE ORGANIZATION AND THE YEAR AHEAD\n\n"
        "Dr. Amina K. Ouattara, Deputy Director General\n\nGeneva\n27 November 2012\n\n"
        "Madam Chairperson, distinguished delegates,\n\n"
        "It is a privilege to address the Council once again.\n\nThank you.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.kind == "statement"
    assert document.meta.session is not None and document.meta.session.number == 101
    assert document.meta.title == "THE ORGANIZATION AND THE YEAR AHEAD"
    assert document.meta.speaker == "Dr. Amina K. Ouattara, Deputy Director General"
    assert "speaker-named" in {d.code for d in document.diagnostics}


def test_sentences_closing_a_cover_page_are_its_notes_when_the_body_opens_the_next_page():
    """A cover whose rule was lost in extraction, with no footer: the sentences that close its page are the
    cover's notes, not the body's first paragraphs (the body opens the next page under the running header).
    The page of a note sheet (NOTE CONCERNING …) keeps its text."""
    text = (
        "S/40/1\nOriginal: English\n2 May 2031\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n"
        "Fortieth Session\n\nPROVISIONAL AGENDA\n\n"
        "In accordance with Rule 4 of the Rules of Procedure of the Standing Committee on Programmes and\n"
        "Finance, the provisional agenda was drawn up by the Director General in consultation with the\n"
        "Chairperson of the Committee.\n"
        "Documents will be posted on the Member States' website as soon as they are issued.\n"
        "\fS/40/1\nPage 1\n\n1.     Opening of the session\n\n2.     Adoption of the agenda          S/40/1\n\n"
        "3.     Closure of the session\n"
    )
    document = iomparse.parse(text)
    notes = " ".join(document.meta.notes)
    assert notes.startswith("In accordance with Rule 4") and notes.endswith("as soon as they are issued.")
    assert [b.num for b in document.body if isinstance(b, iomparse.model.Paragraph)] == ["1", "2", "3"]
    assert not [b for b in document.body if not isinstance(b, iomparse.model.Paragraph)]


def test_a_typed_title_underlined_line_by_line_is_one_title():
    """A typed cover underlines each line of its title (``…:`` / ``_____`` / blank / ``…`` / ``_____``): the
    lines are one title, and the line in parentheses under it the subtitle."""
    text = (
        "MC/INF/210\n\nOriginal: English\n3 May 1991\n\n\nSIXTY-SECOND SESSION\n\n\n"
        "     MIGRATION FOR DEVELOPMENT IN LATIN AMERICA:\n"
        "     ___________________________________________\n\n"
        "          REVIEW OF THE YEAR 1990\n"
        "          _______________________\n\n\n"
        "     (Information note submitted by the Director General)\n\n\n"
        "1.   The programme placed 212 qualified nationals in 1990.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.title == "MIGRATION FOR DEVELOPMENT IN LATIN AMERICA: REVIEW OF THE YEAR 1990"
    assert document.meta.subtitle == "(Information note submitted by the Director General)"


def test_a_typed_cover_with_a_mark_beside_its_letterhead_and_its_place_under_the_titles_underline():
    """``INTERGOVERNMENTAL COMMITTEE        CONFIDENTIAL`` / ``FOR MIGRATION``: the mark printed beside the
    letterhead is a mark of its own, not the first words of a title; the title's ``-----`` underline opens no
    cover note, so the place and dates under it are the meeting's."""
    text = (
        "INTERGOVERNMENTAL COMMITTEE                     CONFIDENTIAL\n"
        "     FOR MIGRATION\n\n"
        "                                                MC/EX/250\n"
        "                                                Original: ENGLISH\n"
        "                                                2 May 1984\n\n\n"
        "EXECUTIVE COMMITTEE\n\nSIXTY-FIFTH SESSION\n\n\n"
        "          REPORT OF THE SUB-COMMITTEE ON THE BUDGET\n"
        "          -----------------------------------------\n\n"
        "                              Geneva\n"
        "                        24-25 April 1984\n\n\n"
        "1.    The Sub-Committee met at the Headquarters of the Committee.\n"
    )
    meta = iomparse.parse(text).meta
    assert meta.title == "REPORT OF THE SUB-COMMITTEE ON THE BUDGET"
    assert (meta.place, meta.notes) == ("Geneva", ())
    assert meta.meeting is not None and meta.meeting.raw == "24-25 April 1984"
    assert meta.other == ("CONFIDENTIAL", "INTERGOVERNMENTAL COMMITTEE FOR MIGRATION")


def test_sentences_closing_a_cover_page_are_its_notes_when_the_next_page_opens_with_the_title_again():
    """pdfminer prints a page's running header at its foot: the next page opens with the title repeated, and
    the sentences that close the cover are its notes all the same."""
    text = (
        "S/40/1\nOriginal: English\n2 May 2031\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "Fortieth Session\n\nPROVISIONAL AGENDA\n\n"
        "In accordance with Rule 4 of the Rules of Procedure of the Standing Committee on Programmes and\n"
        "Finance, the provisional agenda was drawn up by the Director General in consultation with the\n"
        "Chairperson of the Committee.\n\n"
        "\fPROVISIONAL AGENDA\n\n1.\n\n2.\n\nOpening of the session\n\nAdoption of the agenda\n\nS/40/1\n\nPage 1\n"
    )
    document = iomparse.parse(text)
    assert " ".join(document.meta.notes).startswith("In accordance with Rule 4")
    assert not [b for b in document.body if isinstance(b, iomparse.model.Paragraph) and b.num is None]


def test_salutations_a_line_each_the_director_general_among_them():
    text = "STATEMENT BY THE DELEGATION OF ESTLAND\n\nMadam Chair,\nDirector General,\nExcellencies,\n\n"
    text += "Estland thanks the Council.\n"
    document = iomparse.parse(text)
    assert [type(block).__name__ for block in document.body] == ["Salutation", "Salutation", "Salutation", "Paragraph"]


def test_a_cover_listing_its_symbols_over_two_lines():
    text = (
        "C/131/L/7, C/131/L/8,\nC/131/L/9 and C/131/L/10\nOriginal: English\n3 November 2040\n\n"
        "COUNCIL\n131st Session\n\nDRAFT RESOLUTIONS\n\n1.  The drafts follow.\n"
    )
    meta = iomparse.parse(text).meta
    assert str(meta.symbol) == "C/131/L/7"
    assert [str(symbol) for symbol in meta.other_symbols] == ["C/131/L/8", "C/131/L/9", "C/131/L/10"]
    assert meta.title == "DRAFT RESOLUTIONS"


def test_a_c_era_summary_records_symbol():
    meta = iomparse.parse("C/131/SR/4\nOriginal: English\n9 December 2040\n\nCOUNCIL\n131st Session\n").meta
    assert str(meta.symbol) == "C/131/SR/4"


def test_a_typed_covers_note_under_a_rule_at_the_first_pages_foot_is_its_cover_note():
    """A typed cover puts its note where a footnote would be: under a rule at the foot of the first page, the
    body begun above it (``This document supersedes …``, no marker). It is the cover's note, and the
    paragraph that the page break cuts goes on with the next page, not with the note."""
    text = (
        "                                                   MC/1170\n"
        "                                         Original: English\n"
        "                                               3 June 1977\n\nCOUNCIL\n\nFIFTIETH SESSION\n\n"
        "                 RULES OF PROCEDURE OF THE COUNCIL\n\n                      Rule 1\n"
        "                  Regular sessions\n\n     The Council shall meet once a year, in the month of\n\n\n"
        "_______________\n\nThis document supersedes document MC/1101 of 2 May 1974.\n\n"
        "                                                         /...\n"
        "                                                   MC/1170\n\n                  - 2 -\n\n"
        "November, at the seat of the Committee.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.notes == ("This document supersedes document MC/1101 of 2 May 1974.",)
    assert "month of November, at the seat" in iomparse.to_text(document)
    assert any(d.code == "cover-note-at-foot" and d.severity == "info" for d in document.diagnostics)


def test_a_provisional_records_note_at_the_first_pages_foot_is_its_cover_note():
    """A provisional summary record's note on corrections, under the rule at the foot of its first page, the
    record begun above it, is the cover's note."""
    text = (
        "MC/C/SR/431\n\nOriginal: English\n\n12 December 2001\n\nCOUNCIL\n\nEIGHTY-SECOND SESSION\n\n"
        "PROVISIONAL SUMMARY RECORD OF THE FOUR HUNDRED AND THIRTY-FIRST MEETING\n\n"
        "1.   The CHAIRMAN opened the meeting and welcomed the delegations of the new\n\n\n__________\n"
        "Corrections to this provisional record should be submitted in writing within two weeks.\n\f"
        "Member States.\n\n2.   The agenda was adopted.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.notes == (
        "Corrections to this provisional record should be submitted in writing within two weeks.",
    )
    assert "of the new Member States." in iomparse.to_text(document)


def test_a_status_report_on_a_matter_is_a_paper_of_its_committee_and_a_report_on_a_session_a_report():
    """``STATUS REPORT ON THE OUTSTANDING CONTRIBUTIONS …`` is a paper the Standing Committee is given, not a
    report on a session; ``REPORT ON THE TWENTIETH SESSION …`` is a report."""
    cover = "S/21/7\n\nOriginal: English\n\n2 October 2017\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
    body = "\n\n1. The position is set out below.\n"
    status = iomparse.parse(cover + "STATUS REPORT ON THE OUTSTANDING CONTRIBUTIONS TO THE BUDGET" + body)
    progress = iomparse.parse(cover + "PROGRESS REPORT ON THE REVIEW OF THE INTERNAL GOVERNANCE FRAMEWORK" + body)
    report = iomparse.parse(cover + "REPORT ON THE TWENTIETH SESSION OF THE STANDING COMMITTEE" + body)
    assert (status.meta.kind, progress.meta.kind, report.meta.kind) == ("scpf_document", "scpf_document", "report")


def test_a_titles_note_in_parentheses_stands_apart_from_the_text_under_it():
    """Plain pdftotext keeps no blank line between a cover's subtitle in parentheses and the opening text
    (``PROVISIONAL AGENDA`` / ``(Annotated)`` / ``The Eighth Session …``): the subtitle is one line."""
    text = (
        "SCPF/52\nOriginal: English\n15 April 2011\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\nEIGHTH SESSION\n\n"
        "PROVISIONAL AGENDA\n(Annotated)\nThe Eighth Session of the Standing Committee will be held in Geneva on\n"
        "10 and 11 May 2011.\n1.\nOpening of the session\n"
    )
    meta = iomparse.parse(text).meta
    assert (meta.title, meta.subtitle) == ("PROVISIONAL AGENDA", "(Annotated)")


def test_a_statements_title_in_capitals_under_its_occasion_lines_is_its_title():
    """Plain pdftotext: a delegation's statement with no blank line in its header (``112th Session of the
    IOM Council`` / ``Agenda item 4`` / ``STATEMENT BY THE DELEGATION OF PERU`` / ``Delivered by …``): the line
    in capitals is the title, not the end of the occasion."""
    text = (
        "PERMANENT MISSION OF PERU\nto the United Nations Office and other International Organizations in Geneva\n\n"
        "112th Session of the IOM Council\nAgenda item 4\nSTATEMENT BY THE DELEGATION OF PERU\n"
        "Delivered by Ms Ana Torres, Minister Counsellor\nGeneva, 1 December 2021\nMr President,\n"
        "My delegation thanks the Director General for his report on the activities of the Organization in\n"
        "the year and for the clarity with which it sets out the challenges ahead of us. Peru has worked\n"
        "closely with IOM on the return and reintegration of its nationals, and on the regularization of\n"
        "the many migrants who have settled in the country in recent years, with the support of donors\n"
        "and of the regional offices of the Organization, to which we are grateful.\n"
    )
    meta = iomparse.parse(text).meta
    assert (meta.kind, meta.title) == ("statement", "STATEMENT BY THE DELEGATION OF PERU")


def test_a_statements_day_within_its_sessions_dates_is_its_date():
    """A statement's header gives the session's dates (``Geneva, 27-30 November 2007``), then the day it was
    delivered (``Tuesday, 27 November 2007``): the day is the document's date, the range its meeting."""
    text = (
        "**COUNCIL**\n\n**NINETY-FOURTH SESSION\n\nGeneva, 27-30 November 2007**\n\n"
        "**STATEMENT OF THE DIRECTOR GENERAL**\n\n**Mr Brunson McKinley, Director General**\n\n"
        "Wednesday, 28 November 2007\n\nMr. Chairman, Excellencies,\n\n1. Allow me first to congratulate you.\n"
    )
    meta = iomparse.parse(text).meta
    assert (str(meta.date), str(meta.meeting.start), str(meta.meeting.end)) == (
        "2007-11-28",
        "2007-11-27",
        "2007-11-30",
    )


def test_a_wrapped_line_opening_with_a_chapters_name_in_a_sentence_is_no_heading():
    """``… carried out in 1971.`` / ``Chapter III describes the technical assistance given to Governments``: a
    sentence naming a chapter, wrapped so that the name opens a line, is text, not a chapter's heading."""
    text = (
        "MC/EX/317\n\nOriginal: English\n\n14 April 1972\n\nEXECUTIVE COMMITTEE\n\nFORTY-FIRST SESSION\n\n"
        "REPORT OF THE DIRECTOR\n\n"
        "3.      Chapter II below sets out the movements carried out in 1971.\n"
        "Chapter III describes the technical assistance given to Governments\n"
        "of the region, and Chapter IV the financial position of the programmes.\n\n"
        "4.      The movements rose again.\n"
    )
    document = iomparse.parse(text)
    assert headings_of(document) == []
    assert [block.num for block in document.body] == ["3", "4"]


def test_a_consolidated_texts_note_at_the_first_pages_foot_is_its_cover_note():
    """``This consolidated text supersedes document SCPF/5 …`` under the rule at the first page's foot, the rules
    begun above it: the cover's note, not a paragraph of the rules (which would shift every unnumbered one)."""
    text = (
        "SCPF/14\n\nOriginal: English\n\n1 June 2008\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "RULES OF PROCEDURE\n\nRule 1\nScope\n\nThese Rules govern the proceedings of the Committee.\n\n\n"
        "__________\nThis consolidated text supersedes document SCPF/5 and is submitted for information.\n\f"
        "Rule 2\nMembership\n\n1.  The Committee shall be open to all Member States.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.notes == (
        "This consolidated text supersedes document SCPF/5 and is submitted for information.",
    )


@pytest.mark.parametrize(
    ("line", "meeting", "session", "date"),
    [
        ("(Adopted by the Council at its 407th meeting on 29 November 1995)", 407, None, "1995-11-29"),
        ("(Adopted by the Council on 29 November 2000 at its 434th meeting)", 434, None, "2000-11-29"),
        ("Adopted by the Council at its 435th meeting, on 30 November 2000.", 435, None, "2000-11-30"),
        ("(Adopted by the Council at its Eightieth Session on 28 November 2000)", None, 80, "2000-11-28"),
        ("(Adopted by the Council on 28 November 1990)", None, None, "1990-11-28"),
    ],
)
def test_an_adoption_line_gives_its_meeting_or_session_and_date_in_either_order(line, meeting, session, date):
    """The adoption line names the meeting (or the session) and the date, the date first or last."""
    document = iomparse.parse(
        f"RESOLUTION No. 1022 (LXXX)\n\n{line}\n\nPROGRAMME AND BUDGET FOR 2001\n\nThe Council,\n\n"
        "Having considered the Programme and Budget for 2001,\n\nResolves:\n\n1. To approve it.\n"
    )
    (resolution,) = document.body
    adoption = resolution.adoption
    assert (adoption.meeting, adoption.session, adoption.date.isoformat()) == (meeting, session, date)


def test_an_adoption_lines_date_written_otherwise_is_read():
    for line in ("on 29th November 2000 at its 434th meeting", "at its 434th meeting on Monday, 29 November 2000"):
        document = iomparse.parse(
            f"RESOLUTION No. 1022 (LXXX)\n\n(Adopted by the Council {line})\n\nTITLE OF THE RESOLUTION\n\n"
            "The Council,\n\nHaving considered the matter,\n\nResolves:\n\n1. To approve it.\n"
        )
        (resolution,) = document.body
        assert (resolution.adoption.meeting, str(resolution.adoption.date)) == (434, "2000-11-29"), line


def test_a_draft_resolution_under_a_section_takes_the_councils_session_but_not_a_committees():
    """A draft resolution at the end of a paper, under its section's heading, is drafted for the session the
    paper's header names (a Council paper's); a Standing Committee's paper recommends it to the Council at a
    session its header does not give."""
    draft = (
        "IV.    RECOMMENDATION\n\n"
        "7.     The Council is invited to adopt the following draft resolution:\n\n"
        "DRAFT RESOLUTION\n\nSCALE OF ASSESSMENT FOR 2031\n\nThe Council,\n\n"
        "Having examined document {symbol} on the proposed scale of assessment,\n\n"
        "1.     Adopts the scale of assessment for 2031 set out in that document.\n"
    )
    for symbol, session, expected in (("MC/2540", "NINETY-NINTH SESSION", 99), ("S/40/6", "Fortieth Session", None)):
        text = f"{symbol}\nOriginal: English\n2 October 2030\n\n{session}\n\nSCALE OF ASSESSMENT\n\n" + draft.format(
            symbol=symbol
        )
        document = iomparse.parse(text)
        (resolution,) = [b for _, b in iomparse.paths.walk(document) if isinstance(b, iomparse.model.Resolution)]
        assert (resolution.session.number if resolution.session else None) == expected, symbol


def test_a_draft_resolution_in_an_annex_takes_the_documents_session_but_not_a_committees():
    """A note's or a report's draft resolution printed in its annex, the annex giving no session of its own,
    is put to the session the document's header names (a Council paper's), as one in its body is."""
    annex = (
        "Annex\n\nDRAFT RESOLUTION\n\nADMISSION OF THE REPUBLIC OF PALAU AS A MEMBER\n\nThe Council,\n\n"
        "Having received the application of the Republic of Palau,\n\nResolves:\n\n1.     To admit it.\n"
    )
    for symbol, session, expected in (("MC/2540", "NINETY-NINTH SESSION", 99), ("S/40/6", "Fortieth Session", None)):
        text = (
            f"{symbol}\nOriginal: English\n2 October 2030\n\n{session}\n\nNOTE CONCERNING AN APPLICATION\n\n"
            "1.     The Republic of Palau has applied for membership.\n\n\f" + annex
        )
        document = iomparse.parse(text)
        (resolution,) = [b for _, b in iomparse.paths.walk(document) if isinstance(b, iomparse.model.Resolution)]
        assert next(path for path, b in iomparse.paths.walk(document) if b is resolution).startswith("annex_1/")
        assert (resolution.session.number if resolution.session else None) == expected, symbol


def test_a_statement_delivered_by_its_speaker_names_him_and_its_letterheads_address_is_no_speaker():
    """``Delivered by H.E. …`` (``Statement delivered by …``) names the speaker as ``Statement by:`` does;
    without either, the letterhead's line going on the mission's name in lower case (``to the United Nations
    …``) is no speaker."""
    letterhead = "PERMANENT MISSION OF THE KINGDOM OF NORVALIA\nto the United Nations Office at Geneva\n\n"
    body = "\n\nMr Chair,\n\nMy delegation thanks the Director General for his report.\n"
    meeting = "112th Session of the IOM Council\nGeneral Debate\n\nSTATEMENT BY THE KINGDOM OF NORVALIA\n"
    spoken = iomparse.parse(letterhead + meeting + "Delivered by H.E. Ms Ilse Marden, Ambassador" + body)
    assert spoken.meta.speaker == "H.E. Ms Ilse Marden, Ambassador"
    spoken = iomparse.parse(letterhead + meeting + "Statement delivered by H.E. Ms Ilse Marden, Ambassador" + body)
    assert spoken.meta.speaker == "H.E. Ms Ilse Marden, Ambassador"
    unnamed = iomparse.parse(letterhead + meeting + body)
    assert unnamed.meta.speaker != "to the United Nations Office at Geneva"


def test_a_states_name_in_capitals_atop_its_missions_letterhead_is_the_letterhead_no_title():
    """``KINGDOM OF NORVALIA`` / ``Permanent Mission of Norvalia to the United Nations …``: the State's name
    heads the mission's letterhead; the statement has no title."""
    text = (
        "KINGDOM OF NORVALIA\nPermanent Mission of Norvalia to the United Nations Office at Geneva\n\n"
        "112th Session of the IOM Council\nGeneral Debate\n\nStatement by H.E. Ms Ilse Marden, Ambassador\n\n"
        "Mr Chair,\n\nMy delegation thanks the Director General for his report.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.title is None
    assert document.meta.speaker == "H.E. Ms Ilse Marden, Ambassador"


def test_a_papers_bold_line_under_its_title_is_no_speaker_and_makes_no_statement():
    """A paper's header has an ``Original:`` line, which no statement has: a bold line atop its first page
    (``**Background note**``) is neither a speaker nor a letterhead's, and the title gives the kind."""
    text = (
        "                                                        S/40/1\n"
        "                                                        Original: English\n"
        "                                                        3 May 2031\n\n"
        "      **STANDING COMMITTEE ON PROGRAMMES AND FINANCE**\n                 Fortieth Session\n\n"
        "              **ANNOTATED PROVISIONAL AGENDA***\n\n                      Geneva\n"
        "                  24–25 June 2031\n\n"
        "* The annotations were drawn up by the Administration with the Bureau of the Standing Committee;\n"
        "  the documents are posted on the website as they are issued.\n\n"
        "      **STANDING COMMITTEE ON PROGRAMMES AND FINANCE**\n"
        "      **COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES**\n"
        "      **COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS**\n\f"
        "                                                        S/40/1\n"
        "                                                        Page 1\n\n"
        "              **ANNOTATED PROVISIONAL AGENDA**\n\n**Background note**\n\n"
        "The Fortieth Session of the Standing Committee on Programmes and Finance will be held on Tuesday,\n"
        "24 June, and Wednesday, 25 June 2031, in Geneva. The provisional agenda has been drawn up by the\n"
        "Administration in consultation with the Chairperson, in accordance with the Rules of Procedure.\n\n"
        "**Provisional agenda and annotations**\n\n"
        "                                                             **Documents**\n\n"
        "1.     **Opening of the session**\n"
        "2.     Adoption of the agenda                                S/40/1\n\n"
        "       The Standing Committee will be invited to adopt its agenda and its programme of work.\n\n"
        "3.     **Statement by the Director General**\n"
        "4.     Financial Report for the year 2030                    C/122/3\n"
    )
    document = iomparse.parse(text)
    assert (document.meta.kind, document.meta.speaker) == ("agenda", None)


def test_a_provisional_records_mark_is_no_title_and_its_note_over_the_footer_is_the_covers():
    """A provisional summary record: ``PROVISIONAL`` beside its symbol marks its status (no title), and the
    note on corrections printed right over the cover's trilingual footer, with no rule above it, is the
    cover's note, not the end of the paragraph going on over the page."""
    text = (
        "PROVISIONAL                                                  MC/C/SR/480\n"
        "                                                       Original: English\n"
        "                                                        2 December 2006\n\n"
        "                          NINETY-SECOND SESSION\n\n"
        "                  PROVISIONAL SUMMARY RECORD OF THE\n                  FOUR HUNDRED AND EIGHTIETH MEETING\n\n"
        "1.   The CHAIRPERSON opened the meeting and welcomed the delegations present in the room\n"
        "today, noting that the agenda before the Council was a full one and that\n\n"
        "Corrections to this provisional record should be submitted in writing within one month.\n\n"
        "          COUNCIL                    CONSEIL                    CONSEJO\n\f"
        "                                                           MC/C/SR/480\n"
        "                                                                 Page 2\n\n"
        "all delegations would be given the floor in turn.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.title == "PROVISIONAL SUMMARY RECORD OF THE FOUR HUNDRED AND EIGHTIETH MEETING"
    assert document.meta.notes == (
        "Corrections to this provisional record should be submitted in writing within one month.",
    )
    assert iomparse.model.inline_text(document.body[0].content).endswith(
        "a full one and that all delegations would be given the floor in turn."
    )


def test_a_line_a_lead_in_introduces_over_the_footer_stays_the_body_s():
    """A line opening as a cover's note (``This document is submitted …``) right over the cover's footer, but
    introduced by the paragraph above it (``… the following:``), is the body's text, not the cover's note."""
    text = (
        "MC/INF/300\n\nOriginal: English\n1 October 2019\n\nNINETY-NINTH SESSION\n\n"
        "INFORMATION NOTE ON THE FUNDING OF THE ORGANIZATION\n\n"
        "1. The Administration has reviewed the funding of the Organization over the past five years.\n\n"
        "2. The Council is invited to take note of the following:\n\n"
        "This document is submitted to the Council with the annexed tables of income and expenditure.\n\n"
        "          COUNCIL                    CONSEIL                    CONSEJO\n"
    )
    document = iomparse.parse(text)
    assert document.meta.notes == ()
    assert "annexed tables" in to_text(document)


def test_a_workshop_named_with_its_dates_on_one_line_is_the_meeting_not_the_title():
    """A paper prepared for a workshop names it with its dates on one line under the organ (``INTERSESSIONAL
    WORKSHOP ON …, 18–19 March 2024``): the meeting, its dates read; the title is the line in capitals under
    it. A place and a date on one line (``Geneva, 2 February 2024``) stay the document's date."""
    text = (
        "Original: English\nGeneva, 2 February 2024\n\nINTERNATIONAL DIALOGUE ON MIGRATION\n\n"
        "INTERSESSIONAL WORKSHOP ON CLIMATE MOBILITY, 18–19 March 2024\n\n"
        "MOVING WITH DIGNITY: PLANNED RELOCATION IN PRACTICE\n\n(Background paper)\n\n"
        "INTRODUCTION\n\n1. Planned relocation is a last resort.\n"
    )
    meta = iomparse.parse(text).meta
    assert meta.title == "MOVING WITH DIGNITY: PLANNED RELOCATION IN PRACTICE"
    assert (str(meta.meeting.start), str(meta.meeting.end)) == ("2024-03-18", "2024-03-19")
    assert str(meta.date) == "2024-02-02"
    named = text.replace(
        "CLIMATE MOBILITY, 18–19 March 2024", "CLIMATE MOBILITY, Monday, 18 March, to Tuesday, 19 March 2024"
    )
    meeting = iomparse.parse(named).meta.meeting
    assert (str(meeting.start), str(meeting.end)) == ("2024-03-18", "2024-03-19"), "the dates from the first comma on"


def test_a_title_over_two_lines_a_blank_apart_is_one_when_a_page_prints_them_again_together():
    """A cover's title in capitals over two lines a blank line apart, the first ending on a word a title may
    end on (``… FOR TECHNICAL`` / blank / ``COOPERATION ON …``): one title, because the body's first page
    prints the two lines again together as its running title, which is furniture."""
    text = (
        "MC/2090\nOriginal: English\n4 November 2003\n\nEIGHTY-SIXTH SESSION\n\n"
        "FRAMEWORK FOR MIGRATION HEALTH\n\nASSESSMENTS AND TRAVEL ASSISTANCE\n\n"
        "          COUNCIL          CONSEIL          CONSEJO\n\f"
        "MC/2090\nPage 1\n\n   FRAMEWORK FOR MIGRATION HEALTH\n   ASSESSMENTS AND TRAVEL ASSISTANCE\n\n"
        "1.    INTRODUCTION\n\n1.    The Organization carries out health assessments for migrants.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.title == "FRAMEWORK FOR MIGRATION HEALTH ASSESSMENTS AND TRAVEL ASSISTANCE"
    assert headings_of(document) == ["INTRODUCTION"]


def test_the_documents_symbol_and_date_printed_apart_in_its_text_complete_its_header_and_open_no_annex():
    """pdfminer prints a cover's right-hand block (symbol, ``Original:``, date) after lines of its left one:
    the cover's organ, session and title, some of the list, then ``C/99/1`` / ``Original: English`` / the date.
    That block, with no label, title, organ or session of its own under a header with no symbol and no date,
    is the document's own: no annex opens, the text after it stays the body's, and a warning says so."""
    text = (
        "COUNCIL\n99th Session\n\nPROVISIONAL AGENDA\n\n"
        "1.\n\nOpening of the session\n\n2.\n\nAdoption of the agenda\n\n"
        "C/99/1\nOriginal: English\n1 October 2008\n\n"
        "3.\n\nElection of officers\n\n4.\n\nClosure of the session\n"
    )
    document = iomparse.parse(text)
    assert (str(document.meta.symbol), str(document.meta.date)) == ("C/99/1", "2008-10-01")
    assert document.annexes == ()
    assert [b.num for _, b in iomparse.paths.walk(document) if isinstance(b, iomparse.Paragraph)] == [
        "1",
        "2",
        "3",
        "4",
    ]
    assert "header-printed-apart" in {d.code for d in document.diagnostics if d.severity == "warning"}


def test_a_symbol_and_date_block_after_which_the_numbering_starts_again_opens_an_annex():
    """A header with neither symbol nor date, its body's paragraph 1, then a block of symbol, ``Original:``
    and date, then paragraph 1 again: the numbering starting again tells another document's header (an
    annex's, its label inferred), not the document's own printed apart (found by the round-trip property)."""
    text = (
        "FIRST SESSION\n\nGeneva\n\nRapporteur: Ms Ana Duarte (Valmora)\n\n"
        "1. The Administration will strengthen the programme of activities.\n\n"
        "MC/INF/274\n\nOriginal: English\n\n1 January 2000\n\n"
        "1. The Administration will report on the programme of activities.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.symbol is None
    assert [(annex.label, str(annex.meta.symbol)) for annex in document.annexes] == [("Annex I", "MC/INF/274")]
    assert "header-printed-apart" not in {d.code for d in document.diagnostics}


def test_a_cover_notes_last_line_printed_a_blank_line_apart_ends_the_note_and_its_approval():
    """Plain pdftotext prints a cover note's last line a blank line under the rest (``… Resolution No. 1339
    of`` / blank / ``6 December 2016.``): one note, whose approval has its date."""
    text = (
        "S/19/14\nOriginal: English\n12 December 2016\n\nSTANDING COMMITTEE ON PROGRAMMES AND FINANCE\n\n"
        "Nineteenth Session\n\nREPORT ON THE NINETEENTH SESSION OF THE STANDING COMMITTEE*\n\n"
        "__________\n* This report was approved by the Council at its 107th Session through Resolution No. 1339 of\n\n"
        "6 December 2016.\n\nINTRODUCTION\n\n1. The Standing Committee held its Nineteenth Session in Geneva.\n"
    )
    meta = iomparse.parse(text).meta
    assert meta.notes == (
        "This report was approved by the Council at its 107th Session through Resolution No. 1339 of 6 December 2016.",
    )
    assert meta.approval is not None and meta.approval.numbers == (1339,)
    assert meta.approval.date is not None and meta.approval.date.isoformat() == "2016-12-06"


def test_a_titles_note_printed_as_the_cover_pages_footnote_is_its_cover_note_and_no_marker_is_missing():
    """``… THIRD MEETING *`` and, at the page's foot under the rule, ``*  Corrections to this draft …``: the
    note is the cover's (and kept as a footnote), and its marker is the title's, so no footnote lacks one."""
    text = (
        "                                                              C/130/SR/3\n"
        "                                                       Original: English\n"
        "                                                         16 December 2039\n\n"
        "                                   COUNCIL\n                                 130th Session\n\n"
        "              DRAFT SUMMARY RECORD OF THE THIRD MEETING *\n\n"
        "1.      The representative of PERU said that the year had been difficult.\n\n\n"
        "__________________\n"
        "*   Corrections to this draft summary record should be submitted within two weeks.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.title == "DRAFT SUMMARY RECORD OF THE THIRD MEETING"
    assert document.meta.notes == ("Corrections to this draft summary record should be submitted within two weeks.",)
    assert not [d for d in document.diagnostics if d.code == "footnote-without-marker"]


def test_a_typed_titles_note_marker_and_its_note_are_read_without_the_typists_slash():
    """A typed title ends with ``*/`` (as a typed note's marker is ``1/``), its note typed ``*/   This
    document …`` under a rule at the page's foot: the title without the marker, the note without it."""
    text = (
        "MC/EX/301\nOriginal: English\n3 May 1979\n\nEXECUTIVE COMMITTEE\n\nSixtieth Session\n\n"
        "          REVIEW OF THE TRAINING SCHEME */\n\n1.      The scheme began in 1977.\n\n"
        "__________\n\n*/   This document is submitted to the Executive Committee for information.\n"
    )
    meta = iomparse.parse(text).meta
    assert (meta.title, meta.title_note_marker) == ("REVIEW OF THE TRAINING SCHEME", "*")
    assert meta.notes == ("This document is submitted to the Executive Committee for information.",)


def test_original_printed_beside_an_indented_letterhead_line_is_the_original_language():
    """``    IOM     Organisation internationale pour les migrations            Original: English``: the
    letterhead's middle line, indented, with the ``Original:`` line of the right column beside it."""
    text = (
        "                                                                     C/130/1\n"
        "            International Organization for Migration\n"
        "    IOM     Organisation internationale pour les migrations            Original: English\n"
        "            Organización Internacional para las Migraciones\n"
        "                                                                     2 October 2039\n\n"
        "                                  COUNCIL\n                                130th Session\n\n"
        "                            PROVISIONAL AGENDA\n\n1.    Opening of the session\n"
    )
    meta = iomparse.parse(text).meta
    assert (meta.original_language, meta.title) == ("English", "PROVISIONAL AGENDA")


def test_a_cover_note_naming_the_resolution_before_its_verb_gives_the_approval():
    """``The Council, by Resolution No. 1450 (CXX) of 3 December 2030, approved this report``: the resolution
    named before the verb that approves is the approval all the same."""
    text = (
        "C/120/7\nOriginal: English\n3 December 2030\n\nCOUNCIL\n\n120th Session\n\n"
        "REPORT ON THE 119TH SESSION OF THE COUNCIL\n\n__________\n\n"
        "The Council, by Resolution No. 1450 (CXX) of 3 December 2030, approved this report.\n\n"
        "INTRODUCTION\n\n1. The Council met in Geneva.\n"
    )
    approval = iomparse.parse(text).meta.approval
    assert approval is not None and approval.numbers == (1450,)
    assert approval.date is not None and approval.date.isoformat() == "2030-12-03"


def test_a_records_meeting_line_gives_the_place_it_was_held_at():
    text = (
        "MC/C/SR/386\nOriginal: ENGLISH\n8 December 1992\n\nSIXTY-FOURTH SESSION\n\n"
        "SUMMARY RECORD OF THE THREE HUNDRED AND EIGHTY-SIXTH MEETING\n\n"
        "held at the Palais des Nations, Geneva,\non Wednesday, 25 November 1992, at 3.15 p.m.\n\n"
        "1.    The CHAIRMAN opened the meeting.\n"
    )
    meta = iomparse.parse(text).meta
    assert meta.place == "Palais des Nations, Geneva"
    assert (meta.meeting.start.isoformat(), meta.meeting.end.isoformat()) == ("1992-11-25", "1992-11-25")


def test_the_logos_initials_and_tagline_atop_a_cover_are_no_title():
    """Covers since 2016 bear the logo, ``IOM`` over ``UN MIGRATION``, which text extraction prints first."""
    text = (
        "IOM\nUN MIGRATION\n                                                        C/111/6\n"
        "                                               Original: English\n"
        "                                               9 October 2020\n\n\n"
        "                           COUNCIL\n                         111th Session\n\n\n"
        "               PROGRAMME AND BUDGET FOR 2021\n\n"
        "1.    The present document sets out the Programme and Budget for 2021.\n"
    )
    meta = iomparse.parse(text).meta
    assert meta.title == "PROGRAMME AND BUDGET FOR 2021"
    assert "IOM UN MIGRATION" in meta.other, "kept, as a line of the header"


def test_a_cover_title_over_two_lines_a_blank_apart_is_one_title_when_a_page_prints_it_on_one_line():
    """``FINANCIAL REPORT FOR THE YEAR`` / blank / ``ENDED 31 DECEMBER 2019 *``: neither line tells it goes
    on, but the title atop the first page prints the two on one line; the title is one, and that line its
    running title, no heading."""
    text = (
        "C/111/3\n\nOriginal: English\n3 June 2020\n\nCOUNCIL\n111th Session\n\n"
        "FINANCIAL REPORT FOR THE YEAR\n\nENDED 31 DECEMBER 2019 *\n\n__________\n\n"
        "* This document was first submitted to the Standing Committee on Programmes and Finance.\n\f"
        "C/111/3\nPage 1\n\nFINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2019\n\n"
        "DIRECTOR GENERAL'S OVERVIEW\n\n"
        "1.\nThe Director General has the honour to submit the financial report for 2019.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.title == "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2019"
    assert headings_of(document) == ["DIRECTOR GENERAL'S OVERVIEW"]


def test_a_cover_note_presenting_the_report_to_a_body_is_the_covers_note():
    """``This report is presented to the Executive Committee …`` under a rule on the cover, under its contents:
    the cover's note, as ``This document is submitted to …`` is."""
    text = (
        "MC/2351\nOriginal: ENGLISH\n2 May 2012\n\n101ST SESSION\n\nFINANCIAL REPORT FOR THE YEAR 2011\n\n"
        "CONTENTS\n\nI.      INTRODUCTION ........................................................ 1\n\n"
        "__________\nThis report is presented to the Executive Committee for consideration at its Hundred and\n"
        "tenth Session, to be held in June 2012.\n\n\fMC/2351\nPage 1\n\nI.      INTRODUCTION\n\n"
        "1.      The Director General presents the accounts of the Organization for the year 2011.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.notes == (
        "This report is presented to the Executive Committee for consideration at its Hundred and tenth Session, "
        "to be held in June 2012.",
    )


def test_a_statements_header_read_from_its_pdf_in_bold_keeps_its_occasion_title_and_speaker():
    """A delegation's statement as read from its PDF, its lines marked up: the occasion in bold opens with
    ``**``, which is no note's asterisk, so the header runs on to the title and the speaker under it."""
    text = (
        "     **PERMANENT MISSION OF THE REPUBLIC OF THE PHILIPPINES**\n\n"
        "       TO THE UNITED NATIONS AND OTHER INTERNATIONAL ORGANIZATIONS\n"
        "                                  *Geneva*\n"
        "                                                     ***Check against delivery***\n\n"
        "                      **111th Session of the Council**\n"
        "                              General Debate\n\n"
        "         **STATEMENT OF THE PHILIPPINE DELEGATION**\n\n"
        "  Delivered by: H.E. Mr Ramon D. Villanueva, Ambassador and Permanent Representative\n\n"
        "                         Geneva, 28 November 2122\n\n"
        "Mr Chairperson,\n\n"
        "Allow me first to congratulate you and the other members of the Bureau on your election.\n"
    )
    meta = iomparse.parse(text).meta
    assert meta.kind == "statement"
    assert meta.title == "STATEMENT OF THE PHILIPPINE DELEGATION"
    assert meta.speaker == "H.E. Mr Ramon D. Villanueva, Ambassador and Permanent Representative"
    assert meta.session is not None and meta.session.number == 111
    assert str(meta.date) == "2122-11-28"


def test_a_reports_one_meeting_day_under_its_place_is_its_meeting():
    """A report's cover dated above (``14 July 2105``), its place then the one day the meeting met under it
    (``Geneva`` / ``7 June 2105``): that day is the meeting's, the date above the document's."""
    text = (
        "MC/EX/783\nOriginal: English\n14 July 2105\n\nHUNDRED AND SECOND SESSION\n\n"
        "DRAFT REPORT ON THE HUNDRED AND SECOND SESSION\nOF THE EXECUTIVE COMMITTEE\n\n"
        "Geneva\n7 June 2105\n\nRapporteur: Mr. R. Okafor (Nigeria)\n\n"
        "INTRODUCTION\n\n1.\tThe Executive Committee held its Hundred and second Session in Geneva.\n"
    )
    meta = iomparse.parse(text).meta
    assert str(meta.date) == "2105-07-14"
    assert meta.meeting is not None and (str(meta.meeting.start), str(meta.meeting.end)) == ("2105-06-07", "2105-06-07")


def test_a_dialogue_papers_cover_names_its_organ_with_the_year_and_introduction_opens_the_body():
    """An IDM background paper's cover: the dialogue's name with its year (the organ, the year its edition),
    the title, a subtitle and the workshop's dates; then ``Introduction`` over prose, which is the body's
    first heading (no place, though a word alone reads as one)."""
    text = (
        "                                                                  Original: English\n"
        "                                                                  Geneva, 11 September 2044\n\n\n"
        "                  INTERNATIONAL DIALOGUE ON MIGRATION 2044\n\n\n"
        "                 SKILLS ON THE MOVE: RECOGNIZING MIGRANTS’\n"
        "                      QUALIFICATIONS FOR DEVELOPMENT\n"
        "                                              (Background paper)\n"
        "                               Intersessional Workshop, 7–8 October 2044\n\n\n"
        "Introduction\n\n"
        "Every year, millions of women and men cross international borders carrying diplomas, trade\n"
        "certificates, professional licences and years of practical experience that go unused.\n\n"
        "1.       Skills and human mobility: the current picture\n\n"
        "The number of highly educated migrants has grown faster than the number of migrants overall.\n\n"
        "2.       Obstacles to the recognition of skills\n\n"
        "Procedures to have a diploma recognized are often long, costly and poorly explained to migrants.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.organ == "INTERNATIONAL DIALOGUE ON MIGRATION"
    assert document.meta.title == "SKILLS ON THE MOVE: RECOGNIZING MIGRANTS’ QUALIFICATIONS FOR DEVELOPMENT"
    assert document.meta.place != "Introduction"
    assert headings_of(document)[:1] == ["Introduction"]
    assert isinstance(document.body[0], iomparse.Section) and document.body[0].level == 1


def test_a_meeting_line_opening_with_the_statements_words_names_its_session():
    """A statement's meeting line may open with the statement's own words (``OPENING STATEMENT TO THE`` /
    ``NINETY-SIXTH SESSION OF THE COUNCIL``): the session it names is read all the same."""
    text = (
        "MICEM/12/2008\n\n\n                OPENING STATEMENT TO THE\n"
        "            NINETY-SIXTH SESSION OF THE COUNCIL\n\n"
        "                    2 December 2008\n\n               The Director General\n\n"
        "                                               Check against delivery\n\n"
        "Madam Chairperson, Excellencies, distinguished delegates,\n\n"
        "It is an honour to open this session of the Council.\n"
    )
    document = iomparse.parse(text)
    assert document.meta.session is not None and document.meta.session.number == 96


def test_a_records_note_that_it_is_provisional_and_may_be_corrected_is_its_cover_note():
    """A summary record's cover says how it may be corrected, in words of its own (``This record is
    provisional and may be corrected. …``), under its contents: the cover's note, no paragraph."""
    text = (
        "MC/C/SR/398\nOriginal: English\n28 November 1994\n\n\nSIXTY-EIGHTH SESSION\n\n"
        "          PROVISIONAL SUMMARY RECORD OF THE THREE HUNDRED AND NINETY-EIGHTH MEETING\n\n"
        "                                    CONTENTS\n\n"
        "                                                                           Page\n"
        "9.        General debate (concluded) . . . . . . . . . . . . . . . . . . . .      2\n\n\n"
        "     This record is provisional and may be corrected. Corrections should be submitted in writing\n"
        "     to the Meetings Secretariat within one week of the date of this document.\n\n\n"
        "              GENERAL DEBATE (MC/1779) (concluded)\n\n"
        "1.      Mr. KARLSSON (Sweden) said that his delegation had studied the report with interest.\n"
    )
    document = iomparse.parse(text)
    assert [note[:35] for note in document.meta.notes] == ["This record is provisional and may "]
    assert [b.num for b in iomparse.model.iter_blocks(document.body) if isinstance(b, iomparse.model.Paragraph)] == [
        "1"
    ]


@pytest.mark.parametrize("layout", ["plain", "laid out"])
def test_the_sub_committee_on_budget_and_finances_footer_names_the_organ_and_the_kind(layout: str) -> None:
    """Until 2007 the Standing Committee's forerunner, the Sub-Committee on Budget and Finance, had its papers'
    covers close with its trilingual footer (``SUB-COMMITTEE ON BUDGET AND FINANCE`` / ``SOUS-COMITÉ DU BUDGET
    ET DES FINANCES`` / ``SUBCOMITÉ DE PRESUPUESTO Y FINANZAS``): furniture, and the only place the organ is
    printed; its papers are the committee's, as the Standing Committee's are."""
    indent = "                    " if layout == "laid out" else ""
    footer = "\n".join(
        f"{indent}{words}"
        for words in (
            "SUB-COMMITTEE ON BUDGET AND FINANCE", "SOUS-COMITÉ DU BUDGET ET DES FINANCES",
            "SUBCOMITÉ DE PRESUPUESTO Y FINANZAS",
        )
    )  # fmt: skip
    document = iomparse.parse(
        "MC/1969\nOriginal: English\n5 May 1999\n\nEIGHTIETH SESSION\n\n"
        "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS\nTO THE ADMINISTRATIVE PART OF THE BUDGET\n\n"
        f"{footer}\n\fMC/1969\nPage 1\n\n"
        "1.\nThis report sets out the position of the contributions of Member States as at 30 April 1999.\n"
        "2.\nThe Sub-Committee is invited to take note of this report.\n"
    )
    assert document.meta.organ == "SUB-COMMITTEE ON BUDGET AND FINANCE"
    assert document.meta.kind == "scpf_document"
    assert document.meta.title == "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"
    assert any("PRESUPUESTO Y FINANZAS" in line.text for line in document.furniture)


def test_a_covers_footer_in_three_columns_each_language_wrapped_is_the_footer_and_names_the_organ():
    """``-layout`` prints a long footer as three columns side by side, each language wrapped onto a second
    line in its column (``SUB-COMMITTEE ON BUDGET   SOUS-COMITÉ DU BUDGET   SUBCOMITÉ DE PRESUPUESTO`` /
    ``AND FINANCE   ET DES FINANCES   Y FINANZAS``): the footer all the same, furniture and the organ's
    evidence."""
    document = iomparse.parse(
        "                                                                   SCBF/262\n"
        "                                                            Original: English\n"
        "                                                            29 September 2003\n\n\n"
        "NINETIETH SESSION\n\n\n"
        "        FINANCING OF THE ORGANIZATION'S SECURITY COSTS\n\n\n\n"
        "SUB-COMMITTEE ON BUDGET   SOUS-COMITÉ DU BUDGET   SUBCOMITÉ DE PRESUPUESTO\n"
        "      AND FINANCE            ET DES FINANCES             Y FINANZAS\n\f"
        "                                                                   SCBF/262\n"
        "                                                                     Page 1\n\n"
        "1.     This paper proposes a way of financing the security costs of the Organization.\n\n"
        "2.     The Sub-Committee is invited to take note of this paper.\n"
    )
    assert document.meta.organ == "SUB-COMMITTEE ON BUDGET AND FINANCE"
    assert document.meta.title == "FINANCING OF THE ORGANIZATION'S SECURITY COSTS"
    assert any("Y FINANZAS" in line.text for line in document.furniture)


def test_the_occasion_after_a_speakers_name_and_title_is_no_part_of_the_speaker():
    """``Delivered by Ms …, Director General, at the opening meeting of the session``: the words from ``, at
    the`` on are the statement's occasion, the speaker her name and title; a comma inside the title stays."""
    cover = "MC/2410\n4 December 2034\n\n125TH SESSION\n\nSTATEMENT BY THE DIRECTOR GENERAL\n\n"
    body = "\n\nMadam Chairperson,\n\nIt is an honour to address the Council once more.\n"
    spoken = iomparse.parse(
        cover + "Delivered by Ms Lucia M. Ferrante, Director General, at the opening meeting of the session" + body
    )
    assert spoken.meta.speaker == "Ms Lucia M. Ferrante, Director General"
    assert spoken.meta.occasion == "at the opening meeting of the session"
    titled = iomparse.parse(cover + "Delivered by H.E. Mr Omar Said, Ambassador, Permanent Representative" + body)
    assert titled.meta.speaker == "H.E. Mr Omar Said, Ambassador, Permanent Representative"
    met = iomparse.parse(
        cover + "125th Session of the Council, opening meeting\n\n"
        "Delivered by Ms Lucia M. Ferrante, Director General, at the opening meeting of the session" + body
    )
    assert met.meta.occasion == "125th Session of the Council, opening meeting"
    assert "at the opening meeting of the session" in met.meta.other  # (nothing dropped)


def test_a_records_paragraphs_go_on_after_the_resolution_it_sets_out_in_full():
    """A summary record sets out the resolution adopted (``17. … reads as follows:``), its clauses numbered
    1 to 3; ``18.`` after it is the record's next paragraph, not a fourth clause, and the document says how
    it read it. A clause numbered on from the clauses stays a clause."""
    record = (
        "MC/C/SR/600\nOriginal: English\n1 December 2031\n\nCOUNCIL\n\nHUNDRED AND FORTIETH SESSION\n\n"
        "SUMMARY RECORD OF THE SIXTH MEETING\n\n"
        "16. The CHAIRPERSON invited the Council to adopt the draft resolution.\n\n"
        "17. It was so decided. The text of the resolution, as adopted, reads as follows:\n\n"
        "RESOLUTION No. 1510\n\n(Adopted by the Council at its 6th meeting on 1 December 2031)\n\n"
        "SCALE OF ASSESSMENT FOR 2032\n\nThe Council,\n\nHaving considered the proposals,\n\nResolves:\n\n"
        "1. To adopt the scale of assessment for 2032;\n\n2. To urge Member States to pay on time;\n\n"
        "3. To request a report in 2032.\n\n"
        "{after}. The representative of Norway explained her delegation's position.\n\n"
        "19. The CHAIRPERSON closed the meeting.\n"
    )
    document = iomparse.parse(record.format(after="18"))
    (resolution,) = [block for block in document.body if isinstance(block, iomparse.model.Resolution)]
    assert [clause.num for clause in resolution.operative] == ["1", "2", "3"]
    assert [b.num for b in document.body if isinstance(b, iomparse.Paragraph)] == ["16", "17", "18", "19"]
    assert "paragraph-numbering-resumed" in {d.code for d in document.diagnostics}
    clause = iomparse.parse(record.format(after="4").replace("19. The CHAIRPERSON", "5. To close"))
    (resolution,) = [block for block in clause.body if isinstance(block, iomparse.model.Resolution)]
    assert [c.num for c in resolution.operative] == ["1", "2", "3", "4", "5"]
