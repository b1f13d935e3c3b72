"""How sure a reading is: `Document.assurance` from the diagnostics, and the warning on a header with no facts."""

from __future__ import annotations

from conftest import sample_text

import iomparse
from iomparse import Assurance, Diagnostic


def test_a_document_read_on_strong_evidence_is_sure():
    assurance = iomparse.parse(sample_text("adopted-resolution-a")).assurance
    assert (assurance.level, assurance.inferred, assurance.warnings) == ("sure", {}, {})


def test_weak_decisions_are_counted_by_code():
    assurance = iomparse.parse(sample_text("c-era-report-a")).assurance
    assert assurance.level == "inferred"
    assert assurance.inferred == {"heading-by-shape": 12}


def test_a_kind_by_default_or_any_warning_makes_the_reading_unsure():
    kind = Assurance.of((Diagnostic("info", "kind-inferred", "no evidence"),))
    warned = Assurance.of((Diagnostic("warning", "unclassified", "x"), Diagnostic("warning", "unclassified", "y")))
    assert kind.level == warned.level == "unsure"
    assert warned.unclassified == 2
    assert str(warned) == "unsure: 2 warnings (unclassified 2); 0 inferred"


def test_text_with_no_header_facts_is_warned_about():
    document = iomparse.parse("Notes for the kitchen\n\nBuy bread and milk before the weekend.\n")
    assert [d.code for d in document.diagnostics if d.severity == "warning"] == ["header-facts-missing"]
    assert document.assurance.level == "unsure"


def test_a_header_with_a_symbol_is_not_warned_about():
    document = iomparse.parse("MC/INF/274\nOriginal: English\n4 November 2004\n\nNOTE\n\n1. The Council met.\n")
    assert "header-facts-missing" not in {d.code for d in document.diagnostics}
