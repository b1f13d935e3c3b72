"""Token snapshots: the lexer's decisions on every sample, PDF fixture and corpus text, kept in ``tests/tokens/``.

A snapshot is the token view (`iomparse.lexer.format_tokens`) with the text cut to its first characters:
for each logical line its source lines, kind, label and the decision that set the kind. A change to the
lexer then reads as a diff of these files ("line 212: TEXT → PARA") rather than as a gold fact failing far
from its cause. `tests/test_tokens.py` compares them; after a deliberate change, regenerate them with

    python tests/snapshots.py

and read the diff before committing it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iomparse.lexer.lines import Lexed

ROOT = Path(__file__).resolve().parent.parent
TOKENS = Path(__file__).resolve().parent / "tokens"
TEXT_WIDTH = 32  # characters of each line's text kept in a snapshot, to find the line by eye


def inputs() -> dict[str, Path]:
    """Every text the snapshots cover, by snapshot name: the samples, the PDF fixtures' texts and the corpus."""
    found = {f"samples/{path.stem}": path for path in sorted((ROOT / "samples").glob("*.txt"))}
    found |= {f"fixtures/{path.stem}": path for path in sorted((ROOT / "tests/fixtures/pdf").glob("*.txt"))}
    found |= {f"corpus/{path.stem}": path for path in sorted((ROOT / "tests/corpus").glob("*.txt"))}
    return found


def render(path: Path) -> str:
    from iomparse.lexer import lex

    return render_lexed(lex(path.read_text("utf-8")))


def render_lexed(lexed: Lexed) -> str:
    """The snapshot of a text already lexed."""
    from iomparse.lexer import format_tokens

    return format_tokens(lexed, text_width=TEXT_WIDTH, legend=False)


def snapshot_path(name: str) -> Path:
    return TOKENS / f"{name}.tokens"


def update() -> int:
    """Write every snapshot anew and remove those whose input is gone; returns how many changed."""
    changed = 0
    names = inputs()
    for name, path in names.items():
        target = snapshot_path(name)
        text = render(path)
        if not target.exists() or target.read_text("utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
            changed += 1
            print(f"updated {target.relative_to(ROOT)}")
    for stale in TOKENS.rglob("*.tokens"):
        if stale.relative_to(TOKENS).with_suffix("").as_posix() not in names:
            stale.unlink()
            changed += 1
            print(f"removed {stale.relative_to(ROOT)}")
    return changed


if __name__ == "__main__":
    print(f"{update()} snapshot(s) changed", file=sys.stderr)
