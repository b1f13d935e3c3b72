"""``python -m iomparse``: the converter."""

import sys

from .cli import main

sys.exit(main())
