"""The table of line kinds (`iomparse.lexer.kinds`) against the grammar that reads them."""

from __future__ import annotations

import re
from typing import get_args

from iomparse.lexer import RULES
from iomparse.lexer.decisions import DECISIONS
from iomparse.lexer.kinds import HEADER_FIELDS, KINDS, TERMINALS, LineKind
from iomparse.parser import ERROR_KINDS, LINE_KINDS, error_kind
from iomparse.resources import grammar_path

GRAMMAR = grammar_path("document.lark").read_text("utf-8")


def declared_terminals() -> set[str]:
    return {name for line in re.findall(r"^%declare (.+)$", GRAMMAR, re.M) for name in line.split()}


def test_the_terminals_are_the_grammars_declared_terminals():
    assert declared_terminals() == TERMINALS


def test_header_fields_are_the_grammars_header_field_alternatives():
    rule = re.search(r"^\?header_field: (.+?)\n(?=\S|\n)", GRAMMAR, re.M | re.S)
    assert rule, "the grammar has a header_field rule"
    assert set(re.findall(r"[A-Z_]+", rule.group(1))) == HEADER_FIELDS


def test_the_literal_type_names_the_same_kinds():
    assert set(get_args(LineKind)) == set(KINDS)


def test_every_terminal_has_a_name_in_messages_and_the_rules_give_known_kinds():
    assert set(LINE_KINDS) == TERMINALS | {"$END"}
    assert all(LINE_KINDS[name] == KINDS[name].called for name in TERMINALS)
    assert {rule.kind for rule in RULES} <= set(KINDS)
    assert {rule.name for rule in RULES} <= set(DECISIONS)


def test_error_kinds_come_from_the_roles():
    assert error_kind("NOTE") == ("header-line-in-body", ERROR_KINDS["header-line-in-body"][1])
    assert error_kind("PREAMBLE")[0] == "resolution-part-outside-resolution"
    assert error_kind("TOC_ENTRY")[0] == "contents-line-outside-contents"
    assert error_kind("PARA")[0] == "misplaced-line"


def test_every_kind_of_header_line_has_one_reader():
    from iomparse.header import HEADER_READERS

    assert set(HEADER_READERS) == HEADER_FIELDS
