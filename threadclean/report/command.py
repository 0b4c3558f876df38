"""`threadclean report OUT... -o report.html`: stats of each output folder, merged, as a page and stats.json."""

from __future__ import annotations

import os
import time
from pathlib import Path

import typer

from threadclean.report.frames import is_output_folder
from threadclean.report.stats import Stats, merge_all, write_stats


def build_report(outs: list[Path], html_path: Path) -> Stats:
    """Write the page and stats.json beside it; return the merged stats."""
    # imported here: MinHash and language identification load slowly and only this command needs them
    from threadclean.report.collect import collect_stats, exact_over
    from threadclean.report.html import render_page
    from threadclean.report.threads import load_threads, render_thread

    stats = merge_all([collect_stats(out) for out in outs])
    stats.exact = exact_over(outs)  # the sample in `dups` stays for merging stats.json files
    doc_ids = [doc_id for _, doc_id in stats.samples.get("threads").items] if "threads" in stats.samples else []
    threads = [render_thread(t) for t in load_threads(stats.inputs, doc_ids)]
    html_path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(html_path, render_page(stats, threads))
    write_stats(stats, html_path.with_name("stats.json"))
    return stats


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def report_command(
    outs: list[Path] = typer.Argument(..., help="Output folders of `threadclean clean` (OUT/<table>/*.parquet)."),
    html: Path = typer.Option(Path("report.html"), "-o", "--out", help="The page to write; stats.json goes beside it."),
) -> None:
    """Write a self-contained HTML report and a mergeable stats.json over one or more output folders."""
    bad = [str(p) for p in outs if not is_output_folder(p)]
    if bad:
        typer.echo(f"error: not an output folder (no documents/*.parquet): {', '.join(bad)}", err=True)
        raise typer.Exit(2)
    start = time.perf_counter()
    stats = build_report(list(outs), html)
    typer.echo(f"report over {stats.count('documents')} documents, {stats.count('posts')} posts "
               f"in {time.perf_counter() - start:.1f}s: {html} (stats: {html.with_name('stats.json')})")
