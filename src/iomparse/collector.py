"""Python's cyclic garbage collector paused while a document tree is built or written.

A document tree holds no reference cycles, and neither do the structures the codecs build from it:
reference counting frees them all. But while a large tree is alive, every collection the collector runs
walks all of it again, so that building or writing a big document takes superlinear time (×100 the size
took ×125 the time to write as JSON). The functions that build or walk a tree run with the collector
paused; it is switched back on, if it was on, when they return.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block (or the decorated function)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
