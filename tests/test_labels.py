"""A labelled line's content is what follows its label, however the line is spaced and marked up."""

from __future__ import annotations

import pytest

from iomparse import model, parse


def _last_block(line: str):
    doc = parse(f"1. The first paragraph.\n\n{line}\n")
    paragraph = doc.body[0]
    return paragraph.children[-1] if paragraph.children else doc.body[-1]


@pytest.mark.parametrize(
    ("line", "content"),
    [
        ("(a) an item", [model.Text("an item")]),
        ("(a)   an   item", [model.Text("an   item")]),  # spaces as written
        ("- (b)  an item", [model.Text("an item")]),
        ("**(c) a bold item**", [model.Strong([model.Text("a bold item")])]),  # the opening ** kept
        ("• •", [model.Text("•")]),  # a bullet whose text is a bullet: the bullet is not copied in
        ("•  •", [model.Text("•")]),
        ("- -", [model.Text("-")]),
        ("-   -", [model.Text("-")]),
    ],
)
def test_an_item_holds_what_follows_its_label(line, content):
    item = _last_block(line)
    assert isinstance(item, model.Item)
    assert list(item.content) == content


@pytest.mark.parametrize("line", ["2. .", "2.  .", "2.   ."])
def test_a_paragraph_holds_what_follows_its_number(line):
    doc = parse(f"1. The first paragraph.\n\n{line}\n")
    assert doc.body[-1].num == "2"
    assert doc.body[-1].content == (model.Text("."),)


def test_a_bullet_indented_under_the_bullet_above_it_is_its_sub_item_on_its_page():
    """A converter's nested list (``- … by:`` / ``    - …``) nests; bullets printed further right on the next
    page (``-layout`` starts a page's text at another column) stay in the list they go on."""
    nested = parse(
        "1. The Group sets out its priorities:\n\n- more staff in the field;\n- safe pathways, by:\n"
        "    - skills partnerships;\n    - portable benefits;\n- better data.\n"
    )
    items = nested.body[0].children
    assert [len(item.children) for item in items] == [0, 2, 0]
    assert model.inline_text(items[1].children[1].content) == "portable benefits;"
    paged = parse(
        "1.   The priorities are:\n     • more staff in the field;\n     • safe pathways;\n\f"
        "          • skills partnerships;\n          • better data.\n"
    )
    assert [len(item.children) for item in paged.body[0].children] == [0, 0, 0, 0]


def test_a_chapter_cited_at_the_start_of_a_wrapped_line_opens_no_heading():
    """``(see`` / ``Chapter III); and``: a reference in an item's wrapped text, not a chapter's heading (a
    heading's text opens with no closing bracket or comma), so the sections after it keep their level."""
    text = (
        "5.     The scale has been calculated in three steps:\n\n"
        "       (a)   the rates of all States have been added together;\n"
        "       (b)   each State below the minimum has been assessed at the minimum rate (see\n"
        "             Chapter III); and\n"
        "       (c)   the balance has been distributed among the other Member States.\n\n"
        "III.   MINIMUM RATE\n\n"
        "6.     The minimum rate is unchanged.\n"
    )
    document = parse(text)
    assert [(type(block).__name__, block.num) for block in document.body] == [("Paragraph", "5"), ("Section", "III")]
    assert "(see Chapter III); and" in model.inline_text(document.body[0].children[1].content)


def test_an_operative_formula_in_italics_its_colon_outside_them_opens_the_operative_part():
    """``*Resolves*:`` (a PDF's italics, the colon set upright): the operative formula, ``Resolves``."""
    text = (
        "RESOLUTION No. 1500 (CXX)\n\n(Adopted by the Council at its 600th meeting on 1 December 2030)\n\n"
        "ADMISSION OF THE REPUBLIC OF PALAU AS A MEMBER\n\nThe Council,\n\n"
        "Having received the application of the Republic of Palau for membership,\n\n*Resolves*:\n\n"
        "1.     To admit the Republic of Palau as a Member of the Organization;\n\n"
        "2.     To fix its contribution at 0.035 per cent.\n"
    )
    (resolution,) = [block for block in parse(text).body if isinstance(block, model.Resolution)]
    assert resolution.operative_formula == "Resolves"
    assert [clause.num for clause in resolution.operative] == ["1", "2"]


def test_a_resolutions_heading_with_nothing_under_it_is_a_warning():
    """``Resolution No. 1501 (CXX)`` alone on its line (a contents' entry, a citation) read as a heading: the
    resolution has no title and no clause, and the document says so rather than keep it silently."""
    text = (
        "MC/2600\nOriginal: English\n1 December 2030\n\nRESOLUTIONS ADOPTED BY THE COUNCIL\n\n"
        "Resolution No. 1501 (CXX)\n\n"
        "RESOLUTION No. 1500 (CXX)\n(Adopted by the Council at its 600th meeting on 1 December 2030)\n"
        "ADMISSION OF PALAU\nThe Council,\nHaving received the application of Palau,\nResolves:\n"
        "1. To admit Palau.\n"
    )
    document = parse(text)
    empty = [d for d in document.diagnostics if d.code == "resolution-empty"]
    assert [(d.severity, d.line) for d in empty] == [("warning", 7)]
