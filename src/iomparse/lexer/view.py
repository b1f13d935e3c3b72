"""The token view: what the lexer decided, one row per logical line (``iomparse --tokens``).

The counterpart of Lark's ``tree.pretty()`` and markdown-it's token stream: for each logical line its source
lines, kind, label, the decision that set its kind and the first characters of its text; then the footnote
bodies and furniture set aside, and what each decision used means.
"""

from __future__ import annotations

from .decisions import explain
from .lines import Lexed, LogicalLine


def _view_line(line: LogicalLine, text_width: int) -> str:
    span = f"{line.start}" if line.start == line.end else f"{line.start}-{line.end}"
    text = " ".join(line.text.split())
    if len(text) > text_width:
        text = text[: text_width - 1] + "…"
    label = line.label or ""
    if len(label) > 7:
        label = label[:6] + "…"
    return f"{span:<10} {line.kind:<20} {label:<7} {line.rule:<28} {text}".rstrip()


def format_tokens(lexed: Lexed, *, text_width: int = 60, legend: bool = True) -> str:
    """The lexer's decisions as a table, one row per logical line: source lines, kind, label, the decision
    that set the kind, and the first characters of the text; then the footnote bodies and furniture set
    aside, and (with ``legend``) what each decision used means."""
    rows = [f"{'lines':<10} {'kind':<20} {'label':<7} {'decided by':<28} text"]
    rows += [_view_line(token.info, text_width) for token in lexed.tokens]
    for title, lines in (("footnote bodies", lexed.footnotes), ("furniture", lexed.furniture)):
        if lines:
            rows += ["", f"{title} ({len(lines)})", *(_view_line(line, text_width) for line in lines)]
    if legend:
        used = sorted({line.rule for line in (*(t.info for t in lexed.tokens), *lexed.footnotes, *lexed.furniture)})
        rows += ["", "decisions", *(f"  {rule:<28} {explain(rule)}" for rule in used)]
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    """``python -m iomparse.lexer FILE``: print the token view of a text file (``-`` for standard input)."""
    import sys

    from ..files import read_document_text
    from . import lex

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("usage: python -m iomparse.lexer FILE   (the lexer's decisions, one row per logical line)")
        return 2
    text = sys.stdin.read() if args[0] == "-" else read_document_text(args[0], "utf-8")
    sys.stdout.write(format_tokens(lex(text)))
    return 0
