"""The JSON codec: lossless round trips, the shipped JSON Schema, stable output, errors that name a path."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import typing

import attrs
import pytest
from hypothesis import given
from jsonschema import Draft202012Validator
from strategies import documents

from iomparse import model
from iomparse.codecs import CodecError, from_json, to_json
from iomparse.codecs.json import SCHEMA_PATH

SCHEMA = json.loads(SCHEMA_PATH.read_text("utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


def node_classes() -> set[type]:
    """Every model class a document can hold (the classes the format has a "type" for): those reachable from
    `Document` through the fields' type hints."""
    found: set[type] = set()
    pending = [model.Document]
    while pending:
        cls = pending.pop()
        if cls in found:
            continue
        found.add(cls)
        for hint in typing.get_type_hints(cls).values():
            pending += [c for c in _classes_in(hint) if attrs.has(c)]
    return found


def _classes_in(hint: object) -> list[type]:
    args = typing.get_args(hint)
    if not args:
        return [hint] if isinstance(hint, type) else []
    return [c for arg in args if arg is not Ellipsis for c in _classes_in(arg)]


BLOCKS = {*typing.get_args(model.Block), model.Footnote}
DERIVED = {cls: ("id",) if cls is model.Salutation else ("id", "text") for cls in BLOCKS}
"""The keys written after "type" for blocks and footnotes, derived from the tree."""


def assert_key_order(value: object) -> None:
    """Every object lists "type" first, then its class's fields in model order."""
    if isinstance(value, list):
        for element in value:
            assert_key_order(element)
    elif isinstance(value, dict):
        cls = getattr(model, value["type"])
        expected = ["type", *DERIVED.get(cls, ()), *(field.name for field in attrs.fields(cls))]
        if cls is model.Document:
            expected.insert(0, "iomparse")
        if cls is model.Symbol:
            expected.append("text")
        assert list(value) == expected
        for element in value.values():
            assert_key_order(element)


@given(documents())
def test_round_trip_is_exact_and_valid(doc):
    text = to_json(doc)
    assert from_json(text) == doc
    assert from_json(text.encode("utf-8")) == doc
    data = json.loads(text)
    VALIDATOR.validate(data)
    assert_key_order(data)


@pytest.mark.parametrize("name", ["statement", "strategy"])
def test_seed_round_trip_is_exact_and_valid(seed_docs, name):
    doc = seed_docs[name]
    text = to_json(doc)
    assert from_json(text) == doc
    VALIDATOR.validate(json.loads(text))
    assert to_json(from_json(text)) == text


def test_output_is_versioned_pretty_utf8_with_iso_dates(seed_docs):
    text = to_json(seed_docs["strategy"])
    assert text.startswith('{\n  "iomparse": 1,\n  "type": "Document",\n  "meta": {\n    "type": "Meta",\n')
    assert text.endswith("\n}")
    assert '"date": "2004-11-04"' in text
    assert '"text": "MC/INF/274"' in text
    assert '"subtitle": null' in text


def test_non_ascii_is_not_escaped():
    doc = model.Document(model.Meta(title="“Genève” – ¹²³ 中文 🙂"), [])
    text = to_json(doc)
    assert "“Genève” – ¹²³ 中文 🙂" in text
    assert "\\u" not in text
    VALIDATOR.validate(json.loads(text))


def test_symbol_text_is_derived_optional_on_reading_and_checked():
    doc = model.Document(model.Meta(symbol=model.Symbol(["C", "106", "54"], ["Rev.1"])), [])
    data = json.loads(to_json(doc))
    VALIDATOR.validate(data)
    assert data["meta"]["symbol"]["text"] == "C/106/54/Rev.1"
    del data["meta"]["symbol"]["text"]
    assert from_json(json.dumps(data)) == doc
    data["meta"]["symbol"]["text"] = "C/106/54"
    with pytest.raises(CodecError, match=r'^\$\.meta\.symbol\.text: "C/106/54" is not the symbol'):
        from_json(json.dumps(data))


def identified() -> model.Document:
    """A document with a section, numbered and unnumbered paragraphs, items, a footnote and an annex."""
    note = model.NoteRef("1")
    item = model.Item("(a)", [model.Text("first "), model.Strong([model.Text("bold")])])
    section = model.Section(
        "I",
        [model.Text("INTRODUCTION")],
        1,
        [model.Paragraph("1", [model.Text("One."), note], [item]), model.Paragraph(None, [model.Text("Aside.")])],
    )
    annex = model.Annex("Annex", False, model.Meta(), [model.Paragraph("1", [model.Text("Annexed.")])])
    footnote = model.Footnote(
        "1", [model.Text("See "), model.DocRef(model.Symbol(["MC", "1842"]), "MC/1842")], "para_1"
    )
    return model.Document(model.Meta(), [model.Salutation("Mr Chairman,"), section], [annex], [footnote])


def test_blocks_and_footnotes_carry_their_id_and_own_text():
    data = json.loads(to_json(identified()))
    VALIDATOR.validate(data)
    salutation, section = data["body"]
    paragraph, aside = section["children"]
    assert (salutation["id"], salutation["text"]) == ("salutation_1", "Mr Chairman,")
    assert (section["id"], section["text"]) == ("sec_I", "INTRODUCTION")
    assert (paragraph["id"], paragraph["text"]) == ("para_1", "One.")
    assert (paragraph["children"][0]["id"], paragraph["children"][0]["text"]) == ("para_1/item_a", "first bold")
    assert (aside["id"], aside["text"]) == ("sec_I/text_1", "Aside.")
    assert data["annexes"][0]["body"][0]["id"] == "annex_1/para_1"
    assert (data["footnotes"][0]["id"], data["footnotes"][0]["text"]) == ("footnote_1", "See MC/1842")


def test_ids_and_texts_are_optional_on_reading():
    doc = identified()
    data = json.loads(to_json(doc))
    for obj in (data["body"][1], data["body"][1]["children"][0], data["footnotes"][0]):
        del obj["id"], obj["text"]
    assert from_json(json.dumps(data)) == doc


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda data: data["body"][1]["children"][0].update(num="2"),
            r'^\$\.body\[1\]\.children\[0\]\.id: "para_1" is not this Paragraph\'s id, "para_2"',
        ),
        (
            lambda data: data["body"][1]["children"][0]["children"][0].update(text="first"),
            r'^\$\.body\[1\]\.children\[0\]\.children\[0\]\.text: "first" is not this Item\'s text, "first bold"',
        ),
        (lambda data: data["footnotes"][0].update(id="footnote_2"), r"^\$\.footnotes\[0\]\.id: "),
        (lambda data: data["body"][0].update(id=3), r"^\$\.body\[0\]\.id: expected string, got 3"),
    ],
)
def test_an_id_or_text_the_tree_does_not_give_is_an_error(change, message):
    data = json.loads(to_json(identified()))
    change(data)
    with pytest.raises(CodecError, match=message):
        from_json(json.dumps(data))


def test_schema_describes_every_node_class_field_by_field():
    definitions = SCHEMA["$defs"]
    for cls in node_classes() - {model.Document}:
        properties = list(definitions[cls.__name__]["properties"])
        extra = ["text"] if cls is model.Symbol else []
        derived = list(DERIVED.get(cls, ()))
        assert properties == ["type", *derived, *(field.name for field in attrs.fields(cls)), *extra], cls
        assert definitions[cls.__name__]["additionalProperties"] is False
    root = ["iomparse", "type", *(field.name for field in attrs.fields(model.Document))]
    assert list(SCHEMA["properties"]) == root


def test_importing_the_json_codec_does_not_import_lxml():
    code = "import sys, iomparse.codecs.json; assert 'lxml' not in sys.modules, 'lxml imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------------------------------
# Invalid input: a CodecError (a ValueError) naming the JSON path of the problem


def sample() -> dict:
    """A small valid document as JSON data, to break in the tests below."""
    item = model.Item("(a)", [model.Text("first")])
    doc = model.Document(
        model.Meta(),
        [model.Paragraph("1", [model.Text("x ")]), model.Paragraph(None, [], [item], model.Span(3, 4))],
    )
    return json.loads(to_json(doc))


def set_label(data: dict) -> None:
    data["body"][1]["children"][0]["label"] = 12


def set_type(data: dict) -> None:
    data["body"][0]["type"] = "Para"


def drop_field(data: dict) -> None:
    del data["body"][1]["span"]["end"]


def add_field(data: dict) -> None:
    data["meta"]["colour"] = "red"


def set_date(data: dict) -> None:
    data["meta"]["date"] = "4 November 2004"


def set_children(data: dict) -> None:
    data["body"][1]["children"] = "none"


def set_inline(data: dict) -> None:
    data["body"][0]["content"][0] = {"type": "Paragraph"}


def set_boolean(data: dict) -> None:
    data["body"][1]["span"]["start"] = True


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (set_label, "$.body[1].children[0].label: expected string or null, got 12"),
        (set_type, '$.body[0].type: expected one of "Section", "Paragraph", '),
        (drop_field, "$.body[1].span.end: required field missing"),
        (add_field, "$.meta.colour: unknown field"),
        (set_date, '$.meta.date: expected date string "YYYY-MM-DD" or null, got "4 November 2004"'),
        (set_children, '$.body[1].children: expected array, got "none"'),
        (set_inline, '$.body[0].content[0].type: expected one of "Text", "Strong", "Emphasis", '),
        (set_boolean, "$.body[1].span.start: expected integer, got true"),
    ],
)
def test_invalid_field_names_its_path(change, message):
    data = sample()
    change(data)
    with pytest.raises(CodecError, match=re.escape(message)):
        from_json(json.dumps(data))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "$: not valid JSON: "),
        ("[1, 2]", "$: expected an iomparse document object, got [1,2]"),
        ('{"type": "Document"}', "$.iomparse: required field missing"),
        ('{"iomparse": 2, "type": "Document"}', "$.iomparse: unsupported format version 2, expected 1"),
        ('{"iomparse": 1, "type": "Document"}', "$.meta: required field missing"),
    ],
)
def test_foreign_json_is_rejected(text, message):
    with pytest.raises(CodecError, match=re.escape(message)) as error:
        from_json(text)
    assert isinstance(error.value, ValueError)


def test_every_property_of_the_schema_is_described():
    undescribed = [
        f"{name}.{key}"
        for name, definition in [("$", SCHEMA), *SCHEMA["$defs"].items()]
        for key, value in definition.get("properties", {}).items()
        if key != "type" or name == "$"
        if not value.get("description")
    ]
    assert not undescribed


def test_a_wrong_value_inside_a_union_is_one_readable_error_at_its_place(seed_docs):
    data = json.loads(to_json(seed_docs["strategy"]))
    data["body"][0]["children"][0]["num"] = 12  # a paragraph in a section: a Block among eleven classes
    data["body"][0]["children"][1]["content"][0]["type"] = "Txt"
    data["body"][0]["span"]["start"] = 0
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert [(list(e.absolute_path), e.message.split(" is ")[0]) for e in errors] == [
        (["body", 0, "children", 0, "num"], "12"),
        (["body", 0, "children", 1, "content", 0, "type"], "'Txt'"),
        (["body", 0, "span", "start"], "0"),
    ]


def test_an_interruption_while_writing_is_raised_again_not_made_a_codec_error(monkeypatch):
    """orjson turns whatever its default raises into its own error: Ctrl-C met there must still be Ctrl-C."""
    from iomparse.codecs import json as codec

    write = codec._Writer.node_object

    def interrupted(self, node):
        if isinstance(node, model.Text):
            raise KeyboardInterrupt
        return write(self, node)

    monkeypatch.setattr(codec._Writer, "node_object", interrupted)
    with pytest.raises(KeyboardInterrupt):
        to_json(model.Document(model.Meta(), [model.Paragraph("1", [model.Text("x")])]))
