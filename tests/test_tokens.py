"""The token stream the grammar receives, checked against the snapshots in ``tests/tokens/``.

Regenerate them after a deliberate lexer change with ``python tests/snapshots.py`` (see `snapshots`).
"""

from __future__ import annotations

import difflib
import functools

import pytest
from lexed_once import lexed as lexed_text
from snapshots import inputs, snapshot_path

from iomparse.lexer import DECISIONS, RULES, explain, format_tokens, lex

INPUTS = inputs()


@functools.cache
def lexed(name: str):
    """An input read and lexed once for the tests here (the snapshots' and the decisions' check) and the corpus's
    parses (`lexed_once`), and its snapshot's view."""
    return lexed_text(INPUTS[name].read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_tokens_match_their_snapshot(name):
    expected = snapshot_path(name)
    assert expected.exists(), f"no snapshot for {name}: run python tests/snapshots.py"
    found = lexed(name)[1]
    if found != expected.read_text("utf-8"):
        diff = difflib.unified_diff(
            expected.read_text("utf-8").splitlines(), found.splitlines(), "snapshot", "now", lineterm="", n=1
        )
        pytest.fail(
            f"{name}: the lexer's decisions changed (python tests/snapshots.py regenerates):\n" + "\n".join(diff)
        )


def test_every_rule_and_decision_is_explained():
    assert {rule.name for rule in RULES} <= DECISIONS.keys()
    for name in INPUTS:
        read = lexed(name)[0]
        for line in (*(token.info for token in read.tokens), *read.footnotes, *read.furniture):
            assert "?" not in explain(line.rule), f"{name}:{line.start}: {line.rule!r} is not in DECISIONS"


def test_the_view_names_each_line_its_decision_and_sets_aside_footnotes_and_furniture():
    text = "MC/INF/9\nPage 2\n\n1. The Council met.¹\n\n¹ See MC/8.\n\nMC/INF/9\nPage 3\n\n2. It ended.\n"
    view = format_tokens(lex(text))
    rows = view.splitlines()
    assert rows[1].split() == ["1", "SYMBOL_LINE", "symbol", "MC/INF/9"]
    assert rows[2].split()[:4] == ["4", "PARA", "1", "numbered-paragraph"]
    assert "footnote bodies (1)" in rows
    assert "furniture (3)" in rows
    assert any(row.split()[:3] == ["8", "RUNNING_HEADER", "own-symbol-repeated"] for row in rows)
    assert f"  {'own-symbol-repeated':<28} {explain('own-symbol-repeated')}" in rows


def test_a_composite_decision_explains_both_parts():
    assert (
        explain("statement-header-split/date") == f"{DECISIONS['statement-header-split'].why}; {DECISIONS['date'].why}"
    )


def test_decisions_on_weak_evidence_reach_the_documents_diagnostics():
    import iomparse

    report = iomparse.parse("Attendance\n\n1. The following Member States were represented.\n")
    notes = [(d.severity, d.code, d.line) for d in report.diagnostics]
    headerless = ("warning", "header-facts-missing", 1)
    assert notes == [headerless, ("info", "heading-by-shape", 1), ("info", "kind-inferred", 1)]
    assert report.diagnostics[1].message.endswith(": Attendance")
    statement = iomparse.parse("**MICEM/9/2002**\n\n**The Director General**\n\nMr. Chairman,\n\nWe thank you.\n")
    assert [(d.code, d.line) for d in statement.diagnostics] == [("speaker-by-position", 3)]
    numbered = iomparse.parse("MC/INF/9\n\nI. INTRODUCTION\n\n1. The note sets out the strategy.\n")
    assert numbered.diagnostics == (), "a numbered heading is read, not guessed; the symbol gives the kind"
    weak = {name for name, decision in DECISIONS.items() if decision.weak}
    assert {"heading-by-shape", "speaker-by-position", "number-out-of-sequence"} <= weak
