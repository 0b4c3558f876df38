"""Print an evaluation run as plain-text tables: per folder and format, per tool, per engine, worst pages."""

from __future__ import annotations

import textwrap

from threadclean.evaluate.aggregate import Summary, by_tool, summarise, tools_in
from threadclean.evaluate.metrics import MATCH_THRESHOLD
from threadclean.evaluate.run import THREADCLEAN, EvalRun
from threadclean.evaluate.scoring import DUMP_RECALL_MIN, GROUP_KEPT, GROUP_LOST, PageRow

WORST_N = 10


def _pages(n: int) -> str:
    return f"{n} page" if n == 1 else f"{n} pages"


def _num(value: float | None, width: int = 6) -> str:
    return f"{value:{width}.3f}" if value is not None else f"{'-':>{width}}"


def _speed(value: float | None) -> str:
    return f"{value:8.1f}" if value is not None else f"{'-':>8}"


def _text_table(summaries: list[Summary]) -> list[str]:
    lines = [f"  {'tool':<12} {'pages':>5} {'F1':>6} {'P':>6} {'R':>6} {'with':>6} {'without':>7} "
             f"{'pages/s':>8} {'errors':>6}"]
    for s in summaries:
        lines.append(f"  {s.tool:<12} {s.pages:>5} {_num(s.f1)} {_num(s.precision)} {_num(s.recall)} "
                     f"{_num(s.with_share)} {_num(s.without_share, 7)} {_speed(s.pages_per_second)} {s.errors:>6}")
    return lines


def _post_table(summaries: list[Summary]) -> list[str]:
    lines = [f"  {'tool':<12} {'pages':>5} {'post P':>6} {'post R':>6} {'postF1':>6} {'matched':>7} "
             f"{'author':>6} {'named':>6} {'exact#':>6} {'pages/s':>8} {'errors':>6}"]
    for s in summaries:
        lines.append(f"  {s.tool:<12} {s.pages:>5} {_num(s.post_precision)} {_num(s.post_recall)} "
                     f"{_num(s.post_f1)} {s.matched_posts:>7} {_num(s.author_accuracy)} "
                     f"{_num(s.author_accuracy_named)} {_num(s.exact_count_share)} "
                     f"{_speed(s.pages_per_second)} {s.errors:>6}")
    return lines


def _text_cell(s: Summary) -> str:
    return f"{_num(s.f1, 5)} {_num(s.with_share, 4)} {_num(s.without_share, 4)}"


def _engine_table(rows: list[PageRow], posts: bool) -> list[str]:
    """One line per engine (as threadclean detects it), most pages first."""
    tools = tools_in(rows) if not posts else [THREADCLEAN]
    engines = sorted({r.engine for r in rows}, key=lambda e: (-sum(r.engine == e and r.tool == THREADCLEAN
                                                                     for r in rows), e))
    what = "post F1, exact count share" if posts else "F1 with without"
    lines = [f"  per engine as threadclean detects it on this input ({what}):", f"  {'engine':<14} {'n':>4}  " + "  ".join(f"{t:<16}" for t in tools)]
    for engine in engines:
        sub = [r for r in rows if r.engine == engine]
        cells = []
        for tool in tools:
            s = summarise(tool, [r for r in sub if r.tool == tool])
            cells.append(f"{_num(s.post_f1, 5)} {_num(s.exact_count_share, 4)}" if posts else _text_cell(s))
        n = sum(r.tool == THREADCLEAN for r in sub)
        lines.append(f"  {engine[:14]:<14} {n:>4}  " + "  ".join(f"{c:<16}" for c in cells))
    return lines


def _page_score(row: PageRow) -> float:
    if row.posts is not None:
        return row.posts.f1
    return row.text.f1 if row.text is not None else 0.0


def _worst(rows: list[PageRow]) -> list[str]:
    ours = sorted((r for r in rows if r.tool == THREADCLEAN), key=lambda r: (_page_score(r), r.page_id))
    label = "post F1" if ours and ours[0].posts is not None else "word F1"
    items = ", ".join(f"{r.page_id} {_page_score(r):.2f}" for r in ours[:WORST_N])
    zeros = sum(_page_score(r) == 0.0 for r in ours)
    items += f" ({zeros} of {len(ours)} pages score 0)" if zeros else ""
    return textwrap.wrap(f"worst {THREADCLEAN} pages ({label}): {items}", width=118, initial_indent="  ",
                         subsequent_indent="    ", break_on_hyphens=False)


def _text_groups(rows: list[PageRow]) -> list[str]:
    lines: list[str] = []
    rule = "raw dump recall of the reference"
    for group, why in ((GROUP_KEPT, f"{rule} >= {DUMP_RECALL_MIN}"), (GROUP_LOST, f"{rule} < {DUMP_RECALL_MIN}")):
        sub = [r for r in rows if r.group == group]
        n = sum(r.tool == THREADCLEAN for r in sub)
        lines.append(f"  {group} ({why}): {_pages(n)}")
        lines += _text_table(by_tool(sub)) if sub else []
    empty = sum(r.group is None and r.tool == THREADCLEAN for r in rows)
    if empty:
        lines.append(f"  ({empty} page(s) with an empty reference: in the overall table only)")
    return lines


def _section(rows: list[PageRow], folder: str, fmt: str) -> list[str]:
    n = sum(r.tool == THREADCLEAN for r in rows)
    posts = any(r.posts is not None for r in rows)
    lines = ["", f"== {folder} · {fmt} · {_pages(n)} =="]
    if posts:
        lines += _post_table(by_tool([r for r in rows if r.posts is not None]))
        lines += textwrap.wrap(f"posts match one to one, greedy by best word F1, when F1 >= {MATCH_THRESHOLD}; "
                               "post P/R/F1 and exact# are means over pages; author = right authors / matched "
                               "posts (a gold profile link is right when it is the post's author link, session "
                               "parameters aside), named = right names over matched posts whose gold author "
                               "holds a name",
                               width=118, initial_indent="  ", subsequent_indent="  ")
    else:
        lines += _text_table(by_tool(rows))
        if fmt == "text":
            lines += _text_groups(rows)
    return lines + _engine_table(rows, posts) + _worst(rows)


def _header(run: EvalRun) -> list[str]:
    lines = [f"threadclean eval {run.root} (formats: {', '.join(run.formats)}; pages/s times the extraction call "
             "only, one process)", "tools:"]
    lines += [f"  {settings}" for settings in run.settings.values()]
    lines += [f"note: {note}" for note in run.notes]
    lines.append("word F1 = WCXB's metric (lower-cased \\w+ tokens, multiset overlap, mean over pages); "
                 "with / without = share of reference snippets found in the output (without: lower is better)")
    return lines


def render_report(run: EvalRun) -> str:
    """The whole report as one string."""
    lines = _header(run)
    for folder in run.folders:
        for fmt in run.formats:
            rows = [r for r in run.rows if r.folder == folder and r.fmt == fmt]
            if rows:
                lines += _section(rows, folder, fmt)
    return "\n".join(lines)
