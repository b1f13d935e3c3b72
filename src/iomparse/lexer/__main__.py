"""``python -m iomparse.lexer FILE``: the token view of a text file."""

from .view import main

raise SystemExit(main())
