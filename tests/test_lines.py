"""The line cases of ``tests/lines/*.txt``: a convention per case, input lines → logical lines (see the
README there for the format)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from attrs import frozen

from iomparse.lexer import LogicalLine, lex

CASES = Path(__file__).resolve().parent / "lines"
_EXPECTED = re.compile(
    r"(?P<aside>aside: )?(?P<span>\d+(?:-\d+)?) (?P<kind>[A-Z_0-9]+)(?: (?P<label>[^@]*[^@ ]))?(?: @(?P<rule>\S+))?"
)


@frozen
class Case:
    file: str
    line: int  # where the case starts in its file
    title: str
    text: str
    expected: tuple[str, ...]


def load(path: Path) -> list[Case]:
    """The cases of one file."""
    cases: list[Case] = []
    lines = path.read_text("utf-8").split("\n")
    index = 0
    while index < len(lines):
        if not lines[index].startswith("## "):
            index += 1
            continue
        start, title = index + 1, lines[index][3:].strip()
        end = lines.index(".", start)
        following = next((i for i in range(end + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        expected = tuple(line for line in lines[end + 1 : following] if line.strip())
        text = "\n".join(lines[start:end]).replace("\\f", "\f") + "\n"
        cases.append(Case(path.name, start, title, text, expected))
        index = following
    return cases


def all_cases() -> list:
    return [
        pytest.param(case, id=f"{case.file[:-4]}:{case.line}:{case.title[:50]}")
        for path in sorted(CASES.glob("*.txt"))
        for case in load(path)
    ]


def _describe(line: LogicalLine, aside: bool) -> dict[str, str]:
    span = f"{line.start}" if line.start == line.end else f"{line.start}-{line.end}"
    return {
        "aside": "aside: " if aside else "",
        "span": span,
        "kind": line.kind,
        "label": line.label or "",
        "rule": line.rule,
    }


def _render(found: dict[str, str], wanted: re.Match[str]) -> str:
    """``found`` written with the columns the expected line names."""
    text = f"{found['aside']}{found['span']} {found['kind']}"
    if wanted.group("label") is not None:
        text += f" {found['label']}"
    if wanted.group("rule") is not None:
        text += f" @{found['rule']}"
    return text


@pytest.mark.parametrize("case", all_cases())
def test_line_case(case: Case):
    lexed = lex(case.text)
    found = [_describe(token.info, False) for token in lexed.tokens]
    found += [_describe(line, True) for line in (*lexed.footnotes, *lexed.furniture)]
    wanted = [_EXPECTED.fullmatch(line) for line in case.expected]
    assert all(wanted), f"{case.file}:{case.line}: an expected line is not 'span KIND [label] [@rule]'"
    rendered = [_render(line, match) for line, match in zip(found, wanted, strict=False) if match]
    actual = rendered + [f"{line['aside']}{line['span']} {line['kind']} …" for line in found[len(wanted) :]]
    assert actual == list(case.expected), f"{case.file}:{case.line}: {case.title}"


def test_the_case_files_hold_cases():
    assert len(all_cases()) >= 55
