"""Whatever the input characters, every parsed tree serializes: its XML is well-formed and valid against the
shipped RELAX NG schema and reads back, its JSON is valid against the shipped JSON Schema and reads back.

The inputs are the hostile ones of ``test_totality.py`` (control characters, lone surrogates, bidirectional
text, form feeds, shuffled fragments of the samples). Characters XML 1.0 cannot carry come back as U+FFFD,
with a warning in the XML's diagnostics; the JSON carries every character as it is.
"""

from __future__ import annotations

import json
from functools import cache

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from test_totality import INPUTS

import iomparse
from iomparse.codecs import json as json_codec
from iomparse.codecs import xml as xml_codec


@cache
def relax_ng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(xml_codec.SCHEMA_PATH)))


@cache
def json_schema() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(json_codec.SCHEMA_PATH.read_text("utf-8")))


@pytest.mark.parametrize("kind", sorted(INPUTS))
@given(data=st.data())
def test_any_parse_serializes_validly(kind, data):
    document = iomparse.parse(data.draw(INPUTS[kind], label=kind))

    xml = iomparse.to_xml(document)
    root = etree.fromstring(xml)  # well-formed
    assert relax_ng().validate(root), relax_ng().error_log.last_error
    read = iomparse.from_xml(xml)
    replaced = [d for d in read.diagnostics if d.code == "xml-invalid-character"]
    assert len(read.diagnostics) == len(document.diagnostics) + len(replaced)
    if not replaced:
        assert read == document

    text = iomparse.to_json(document)
    errors = list(json_schema().iter_errors(json.loads(text)))
    assert not errors, errors[0].message
    assert iomparse.from_json(text) == document


def test_thousands_of_sections_serialize():
    """A flat run of 3,000 sections with a paragraph each (numbered 1 to 500, six times over): no recursion
    limit in parsing or serializing."""
    text = "".join(f"Heading number {n}\n\n{n % 500 + 1}. Text of paragraph {n}.\n\n" for n in range(3000))
    document = iomparse.parse(text)
    assert len(document.body) == 3000
    assert iomparse.from_json(iomparse.to_json(document)) == document
    assert iomparse.from_xml(iomparse.to_xml(document)) == document
