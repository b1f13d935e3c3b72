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
