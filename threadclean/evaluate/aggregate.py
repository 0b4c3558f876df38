"""Means over pages: one `Summary` per tool for any slice of rows (a folder, an engine, a text-mode group).

All means are macro (every page weighs the same, as in WCXB). Snippet shares average over the pages
that have snippets of that kind. Speed is pages per second of extraction time alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from threadclean.evaluate.scoring import PageRow


@dataclass
class Summary:
    """One tool's means over a set of pages (None where no page had the measure)."""

    tool: str
    pages: int
    errors: int
    pages_per_second: float | None
    f1: float | None = None
    precision: float | None = None
    recall: float | None = None
    with_share: float | None = None
    without_share: float | None = None
    post_precision: float | None = None
    post_recall: float | None = None
    post_f1: float | None = None
    #: right authors over all matched posts
    author_accuracy: float | None = None
    #: right authors over matched posts whose gold author holds a name
    author_accuracy_named: float | None = None
    exact_count_share: float | None = None
    matched_posts: int = 0


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the defined values, None when there are none."""
    got = [v for v in values if v is not None]
    return sum(got) / len(got) if got else None


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _speed(rows: list[PageRow]) -> float | None:
    seconds = sum(r.seconds for r in rows)
    return len(rows) / seconds if seconds > 0 else None


def _add_text(s: Summary, rows: list[PageRow]) -> None:
    scored = [r.text for r in rows if r.text is not None]
    if not scored:
        return
    s.f1 = mean(t.f1 for t in scored)
    s.precision = mean(t.precision for t in scored)
    s.recall = mean(t.recall for t in scored)
    s.with_share = mean(t.with_share for t in scored)
    s.without_share = mean(t.without_share for t in scored)


def _add_posts(s: Summary, rows: list[PageRow]) -> None:
    scored = [r.posts for r in rows if r.posts is not None]
    if not scored:
        return
    s.post_precision = mean(p.precision for p in scored)
    s.post_recall = mean(p.recall for p in scored)
    s.post_f1 = mean(p.f1 for p in scored)
    s.matched_posts = sum(p.matched for p in scored)
    ok = sum(p.authors_ok for p in scored)
    s.author_accuracy = _ratio(ok, s.matched_posts)
    s.author_accuracy_named = _ratio(sum(p.authors_named_ok for p in scored), sum(p.authors_named for p in scored))
    s.exact_count_share = mean(float(p.exact_count) for p in scored)


def summarise(tool: str, rows: list[PageRow]) -> Summary:
    """One tool's means over `rows` (all of them that tool's)."""
    s = Summary(tool, len(rows), sum(r.error is not None for r in rows), _speed(rows))
    _add_text(s, rows)
    _add_posts(s, rows)
    return s


def tools_in(rows: list[PageRow]) -> list[str]:
    """Tool names in first-seen order (threadclean first, as the runner emits it)."""
    return list(dict.fromkeys(r.tool for r in rows))


def by_tool(rows: list[PageRow]) -> list[Summary]:
    """One summary per tool over the given rows."""
    return [summarise(t, [r for r in rows if r.tool == t]) for t in tools_in(rows)]
