"""Parsing and the codecs pause the cyclic garbage collector while they run, and leave it as they found it."""

from __future__ import annotations

import gc

import pytest
from conftest import sample_text

import iomparse
from iomparse.codecs import CodecError
from iomparse.collector import collector_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was_found(enabled):
    (gc.enable if enabled else gc.disable)()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
        document = iomparse.parse(sample_text("micem-9-2002-statement"))
        assert gc.isenabled() == enabled
        for write, read in ((iomparse.to_json, iomparse.from_json), (iomparse.to_xml, iomparse.from_xml)):
            assert read(write(document)) == document
            assert gc.isenabled() == enabled
    finally:
        gc.enable()


def test_the_collector_comes_back_after_an_error():
    gc.enable()
    with pytest.raises(CodecError):
        iomparse.from_json("{}")
    assert gc.isenabled()
