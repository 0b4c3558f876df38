"""Line scans run in the interpreter's C loops: the indices of the lines a test holds for, without a Python step
per line (most lines hold nothing a pattern looks for)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import compress, count
from operator import attrgetter

#: a Line's text as it stands in the dump (markers and indents kept)
RAW_TEXT = attrgetter("text")


def matching(test: Callable[[str], object], texts: Sequence[str], start: int = 0,
             stop: int | None = None) -> Iterator[int]:
    """The indices i in [start, stop) for which test(texts[i]) is true, in order; lazy: next() stops at the
    first."""
    stop = len(texts) if stop is None else stop
    return compress(range(start, stop), map(test, texts[start:stop]))


def matching_lines(test: Callable[[str], object], lines: Sequence) -> set[int]:
    """The indices of the Lines whose raw text (RAW_TEXT) the test holds for."""
    return set(compress(count(), map(test, map(RAW_TEXT, lines))))
