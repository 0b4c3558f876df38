"""The `threadclean` commands (the program's entry point is `threadclean.cli.main`)."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from threadclean.evaluate.command import eval_command
from threadclean.readers import read_file
from threadclean.report.command import report_command
from threadclean.runner import clean_record

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Clean scraped forum pages into Parquet tables.")


def _parse_shard(value: str) -> tuple[int, int]:
    try:
        index, count = (int(x) for x in value.split("/"))
    except ValueError:
        raise typer.BadParameter("expected I/N, e.g. 0/4") from None
    if count < 1 or not 0 <= index < count:
        raise typer.BadParameter("expected I/N with 0 <= I < N")
    return index, count


def _print_documents(out: Path) -> None:
    import polars as pl

    files = sorted((out / "documents").glob("*.parquet"))
    if not files:
        return
    cols = ["status", "engine", "page_kind", "n_posts", "source", "error"]
    for d in pl.read_parquet(files, columns=cols).iter_rows(named=True):
        reason = f"  {d['error']}" if d["error"] else ""
        typer.echo(f"{d['status']:5} {d['engine']:9} {d['page_kind']:7} posts={d['n_posts']:<3} "
                   f"{Path(d['source'] or '').name}{reason}")


#: options shared by `clean` and `learn-sites` (they must read the inputs the same way)
INPUT_FORMAT = typer.Option("auto", "--input-format", help="auto|html|text|warc|jsonl|parquet.")
TEXT_COLUMN = typer.Option("text", "--text-column", help="JSONL/Parquet: column with a text dump.")
URL_COLUMN = typer.Option("url", "--url-column", help="JSONL/Parquet: column with the page URL.")
SITE_COLUMN = typer.Option("", "--site-column", help="JSONL/Parquet: column naming each page's site "
                           "(default: the domain of its URL).")
SITE = typer.Option("", "--site", help="Treat every page of this run as one site (e.g. a folder of dumps of one "
                    "forum without URLs).")


@app.command()
def clean(
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursive) or globs: .html/.htm/.txt pages "
                                       "(also .gz/.zst), WARC(.gz), JSONL(.gz/.zst), Parquet."),
    out: Path = typer.Option(Path("out"), "-o", "--out", help="Output folder: OUT/<table>/*.parquet."),
    input_format: str = INPUT_FORMAT,
    text_column: str = TEXT_COLUMN,
    html_column: str = typer.Option("html", "--html-column", help="JSONL/Parquet: column with raw HTML (wins)."),
    url_column: str = URL_COLUMN,
    id_column: str = typer.Option("id", "--id-column", help="JSONL/Parquet: record id (for stable doc ids)."),
    site_column: str = SITE_COLUMN,
    site: str = SITE,
    site_lines: bool = typer.Option(True, "--site-lines/--no-site-lines", help="Text pages: learn the lines "
                                    "repeated across a site's pages first and remove them (`site_repeated`)."),
    site_lines_from: Path = typer.Option(None, "--site-lines-from", help="Use lines learnt by "
                                         "`threadclean learn-sites` instead of a learning pass (sharded runs)."),
    quotes: str = typer.Option("straight", "--quotes", help="straight: typographic quotes and apostrophes as ASCII "
                               "ones; page: as the page wrote them (the rules read them straight either way)."),
    jobs: int = typer.Option(0, "-j", "--jobs", help="Worker processes (0 = all cores)."),
    timeout: float = typer.Option(60.0, "--timeout", help="Seconds per document before it becomes a "
                                  "`timeout` error row (0 = no limit)."),
    resume: bool = typer.Option(False, "--resume", help="Skip parts an earlier run of the same inputs finished."),
    shard: str = typer.Option("0/1", "--shard", help="I/N: this process's share of the inputs."),
    backend: str = typer.Option("pool", "--backend", help="pool (local processes) or ray (threadclean[ray])."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar and no error lines."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Also list every document at the end."),
) -> None:
    """Clean pages into OUT/documents, posts, quotes, articles, media and removed (Parquet, zstd)."""
    from threadclean.readers import INPUT_FORMATS, Columns, missing_inputs
    from threadclean.runner import BatchConfig, run_batch
    from threadclean.work import ReadOptions

    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"one of {', '.join(INPUT_FORMATS)}", param_hint="--input-format")
    if backend not in ("pool", "ray"):
        raise typer.BadParameter("pool or ray", param_hint="--backend")
    if quotes not in ("straight", "page"):
        raise typer.BadParameter("straight or page", param_hint="--quotes")
    missing = missing_inputs(inputs)
    if missing:
        typer.echo(f"error: no such input (or nothing to read in it): {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    cfg = BatchConfig(inputs=list(inputs), out=out, jobs=jobs or (os.cpu_count() or 1), timeout=timeout or None,
                      resume=resume, shard=_parse_shard(shard), progress=False if quiet else None,
                      read=ReadOptions(input_format, Columns(text_column, html_column, url_column, id_column,
                                                             site_column)),
                      learn_sites=site_lines, site=site or None, site_lines_from=site_lines_from,
                      quotes=quotes)  # type: ignore[arg-type] - checked above
    if backend == "ray":
        from threadclean.ray_backend import run_ray

        stats = run_ray(cfg)
    else:
        stats = run_batch(cfg)
    if not quiet:
        for line in stats.error_samples:
            typer.echo(f"error: {line}", err=True)
        more = stats.counts["error"] - len(stats.error_samples)
        if more > 0 and stats.error_samples:
            typer.echo(f"error: ... and {more} more (documents table, status = 'error')", err=True)
        for line in stats.failures:
            typer.echo(f"failed: {line}", err=True)
    if verbose:
        _print_documents(out)
    typer.echo(f"{stats.summary()}; tables in {out}/<table>/*.parquet")
    raise typer.Exit(1 if stats.failed else 0)


@app.command()
def show(
    file: Path = typer.Argument(..., help="One page file (.html or .txt)."),
    removed: bool = typer.Option(False, "--removed", help="Also list the removed boilerplate lines."),
) -> None:
    """Print one page's structure: posts with author and reactions, quotes and articles marked."""
    from threadclean.show import render_show

    if not file.is_file():
        typer.echo(f"error: {file} is not a file", err=True)
        raise typer.Exit(2)
    for rec in read_file(file):
        typer.echo(render_show(clean_record(rec), removed=removed))


@app.command("learn-sites")
def learn_sites_command(
    inputs: list[str] = typer.Argument(..., help="The inputs `threadclean clean` will read (all shards)."),
    out: Path = typer.Option(Path("site_lines.parquet"), "-o", "--out", help="Table of (site, line_hash)."),
    input_format: str = INPUT_FORMAT,
    text_column: str = TEXT_COLUMN,
    url_column: str = URL_COLUMN,
    site_column: str = SITE_COLUMN,
    site: str = SITE,
) -> None:
    """Learn each site's repeated lines over all inputs once, for `clean --site-lines-from` in every shard."""
    from threadclean.readers import Columns, expand_inputs
    from threadclean.site_learning import learn_units, write_learnt
    from threadclean.work import ReadOptions, plan_units

    read = ReadOptions(input_format, Columns(text=text_column, url=url_column, site=site_column))
    learnt = learn_units(plan_units(expand_inputs(inputs), read), read, site or None)
    write_learnt(learnt, out)
    typer.echo(f"{sum(map(len, learnt.values()))} lines learnt over {len(learnt)} sites: {out}")


app.command("eval")(eval_command)
app.command("report")(report_command)
