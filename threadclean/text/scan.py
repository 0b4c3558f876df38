"""Line scans run in the interpreter's C loops: the indices of the lines a test holds for, without a Python step
per line (most lines hold nothing a pattern looks for)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import compress, count, islice
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


def filled_above(texts: Sequence[str], i: int, lo: int = 0, default: str | None = None) -> str | None:
    """The nearest non-blank text above index i, at index lo or below it (next((t for t in reversed(texts[lo:i])
    if t), default) without copying the slice)."""
    for k in range(min(i, len(texts)) - 1, max(lo, 0) - 1, -1):
        if texts[k]:
            return texts[k]
    return default


def filled_below(texts: Sequence[str], i: int, hi: int | None = None, default: str | None = None) -> str | None:
    """The nearest non-blank text below index i, above index hi (next((t for t in texts[i + 1 : hi] if t), default)
    without copying the slice)."""
    for k in range(i + 1, len(texts) if hi is None else min(hi, len(texts))):
        if texts[k]:
            return texts[k]
    return default


def filled(texts: Sequence[str], indices: range, limit: int) -> list[int]:
    """The first `limit` of the indices whose text is not blank ([i for i in indices if texts[i]][:limit]), without
    walking the rest: asked line by line, a walk to the page's end would cost the square of its lines."""
    return list(islice((i for i in indices if texts[i]), limit))
