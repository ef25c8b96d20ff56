"""Pausing Python's cyclic garbage collector while a big analysis builds its objects.

The collector makes a full pass whenever the container objects that survived
earlier passes have grown by a quarter since the last one, and a full pass walks
every live container.  A huge article (several MB and more) keeps millions of
them alive while it is analysed and its suggestions and rows are built, so those
passes cost a sixth of the analysis of a 5 MB text and more of what follows it;
news-length articles never trigger one.  Nothing built there forms a reference
cycle (``tests/test_huge_article_paths.py`` checks), so reference counting frees it all as
usual and pausing the collector leaves memory as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off; on again after it (if it was on)."""
    if not gc.isenabled():  # nested, or the caller turned it off: leave it as it is
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
