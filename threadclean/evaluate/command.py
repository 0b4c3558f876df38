"""The `threadclean eval CORPUS_DIR` command: run, print the report, optionally write JSON."""

from __future__ import annotations

import time
from pathlib import Path

import typer

FORMATS = {"html": ["html"], "text": ["text"], "both": ["html", "text"]}


def eval_command(
    corpus_dir: Path = typer.Argument(..., help="Folder of page folders (wcxb-forum, wcxb-article, harvest) "
                                      "or one such folder."),
    fmt: str = typer.Option("both", "--format", help="Inputs to clean: html, text (the .txt dumps) or both."),
    peers: bool = typer.Option(True, "--peers/--no-peers", help="Also run trafilatura, resiliparse, jusText "
                               "on HTML (the raw dump is always the text-mode baseline)."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N pages of each folder."),
    json_path: Path | None = typer.Option(None, "--json", help="Also write all numbers and per-page rows here."),
    site_lines: bool = typer.Option(False, "--site-lines", help="Text: first learn lines repeated across each "
                                    "site's pages in the folder (as a batch run does) and remove them."),
) -> None:
    """Score threadclean (and peer extractors) on annotated pages: word F1, snippets, posts, authors."""
    # imported here: every `threadclean` command loads this module, only this one needs the scorers
    from threadclean.evaluate.export import write_json
    from threadclean.evaluate.report import render_report
    from threadclean.evaluate.run import run_eval

    if fmt not in FORMATS:
        typer.echo(f"error: --format must be one of {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    if not corpus_dir.is_dir():
        typer.echo(f"error: {corpus_dir} is not a folder", err=True)
        raise typer.Exit(2)
    start = time.perf_counter()
    run = run_eval(corpus_dir, FORMATS[fmt], with_peers=peers, limit=limit, site_lines=site_lines)
    if not run.folders:
        typer.echo(f"error: no *.gold.json pages in {corpus_dir} or its subfolders", err=True)
        raise typer.Exit(2)
    typer.echo(render_report(run))
    typer.echo(f"\n{len(run.rows)} page runs in {time.perf_counter() - start:.1f}s")
    if json_path is not None:
        write_json(run, json_path)
        typer.echo(f"\nall numbers and per-page rows: {json_path}")
