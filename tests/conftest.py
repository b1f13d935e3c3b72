"""Shared fixtures: the sample documents, their parses and their gold facts."""

from __future__ import annotations

import json
import os
import re
import signal
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, settings

import iomparse
from iomparse import paths
from iomparse.model import Emphasis, Strong, inline_text

# Hypothesis profiles: "ci" (the default, quick) and "thorough" (HYPOTHESIS_PROFILE=thorough pytest).
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = Path(__file__).resolve().parent / "gold"
SHARED = ROOT.parent / "shared"

SEEDS = {
    "statement": "micem-9-2002-statement",
    "strategy": "mc-inf-274-strategy",
}


def sample_text(stem: str) -> str:
    return (SAMPLES / f"{stem}.txt").read_text("utf-8")


def gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.gold.json").read_text("utf-8"))


def plain(text: str) -> str:
    """Text compared as the gold files say: without ``**``/``*`` markup, whitespace collapsed."""
    return " ".join(text.replace("*", "").split())


def block_text(block) -> str:
    """The plain text of a block's (or a footnote's) own content, not its children's."""
    runs = block.content if isinstance(block, iomparse.Footnote) else paths.own_runs(block)
    return plain(inline_text(runs))


def runs_of(runs, kind) -> list:
    """Every inline run of type ``kind`` below ``runs``."""
    found = []
    for run in runs:
        if isinstance(run, kind):
            found.append(run)
        if isinstance(run, Strong | Emphasis):
            found.extend(runs_of(run.children, kind))
    return found


_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


def gold_path(description: str) -> str:
    """A gold file's description of a block → its iomparse path.

    ``"paragraph 19, 3rd bullet"`` → ``para_19/item_3``; ``"paragraph 18 item (e)"`` → ``para_18/item_e``.
    """
    match = re.fullmatch(r"paragraph (\d+)(?:,? (?:item \((\w+)\)|(\d+)(?:st|nd|rd|th) bullet))?", description)
    assert match, f"gold description not understood: {description!r}"
    number, label, ordinal = match.groups()
    path = f"para_{number}"
    if label or ordinal:
        path += f"/item_{label or ordinal}"
    return path


# The suite runs on every core a test module at a time (``--dist loadfile``: a module's caches serve all its tests),
# and the token snapshots with the corpus's score, which read the same texts, lexed once (`lexed_once`).
ONE_WORKER = {"test_tokens.py": "corpus", "test_corpus.py": "corpus"}


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """pytest-xdist's scheduling by module, the modules of `ONE_WORKER` sent to one worker together."""
    from xdist.scheduler import LoadFileScheduling

    class ByModule(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = super()._split_scope(nodeid)
            return ONE_WORKER.get(Path(module).name, module)

    return ByModule(config, log)


@pytest.fixture
def ctrl_c_heard():
    """Ctrl-C (SIGINT) raising `KeyboardInterrupt` here, and killing the programs the test starts, for the
    test's length: a shell starting the tests in the background (``pytest &``) has them ignore it, which the
    programs they start would inherit."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, iomparse.Document]:
    return {name: iomparse.parse(sample_text(stem)) for name, stem in SEEDS.items()}


def without_positions(node):
    """``node`` with every source position (block spans, furniture and diagnostic lines) set to ``None``,
    and page furniture and the source record dropped: what a canonical-text round trip preserves."""
    if isinstance(node, tuple):
        return tuple(without_positions(child) for child in node)
    if isinstance(node, iomparse.Document):
        node = attrs.evolve(node, furniture=(), source=None, page_starts=())
    if attrs.has(type(node)):
        changes = {}
        for field in attrs.fields(type(node)):
            value = getattr(node, field.name)
            if field.name in ("span", "line"):
                changes[field.name] = None
            elif isinstance(value, tuple) or attrs.has(type(value)):
                changes[field.name] = without_positions(value)
        return attrs.evolve(node, **changes)
    return node


def tables_of(document: iomparse.Document) -> list[iomparse.model.Table]:
    """The tables of ``document``, in reading order, annexes included."""
    return [block for _, block in paths.walk(document) if isinstance(block, iomparse.model.Table)]


def headings_of(document: iomparse.Document) -> list[str]:
    """The text of each of ``document``'s section headings, in reading order."""
    return [iomparse.model.inline_text(s.heading) for _, s in paths.walk(document) if isinstance(s, iomparse.Section)]


def numbered_of(document: iomparse.Document) -> list[tuple[str, str]]:
    """The kind (``Section``, ``Paragraph``) and number of each of ``document``'s numbered sections and
    paragraphs, in reading order."""
    return [
        (type(b).__name__, b.num)
        for _, b in paths.walk(document)
        if isinstance(b, iomparse.Paragraph | iomparse.Section) and b.num is not None
    ]


def diagnostic_codes(document: iomparse.Document) -> dict[str, str]:
    """The codes of ``document``'s diagnostics, each with its severity."""
    return {d.code: d.severity for d in document.diagnostics}


def table_rows_of(document: iomparse.Document) -> list[tuple[str, ...]]:
    """The cells of ``document``'s one table, row by row, the Markdown rule under the headings left out."""
    (table,) = tables_of(document)
    return [row for row in table.cells if row]
