"""The `threadclean` command line."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer

from threadclean.evaluate.command import eval_command
from threadclean.readers import read_file
from threadclean.runner import clean_record, run

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Clean scraped forum pages into Parquet tables.")


@app.command()
def clean(
    inputs: list[Path] = typer.Argument(..., help="Files or folders of pages (.html/.htm = HTML, .txt = text dump)."),
    out: Path = typer.Option(Path("out"), "-o", "--out", help="Output folder: OUT/<table>/*.parquet."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No per-document lines."),
) -> None:
    """Clean pages into OUT/documents, posts, quotes, articles, media and removed (Parquet, zstd)."""
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        typer.echo(f"error: no such input: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    start = time.perf_counter()
    docs, stats = run(list(inputs), out)
    if not quiet:
        for d in docs:
            reason = f"  {d.error}" if d.error else ""
            typer.echo(f"{d.status:5} {d.engine:9} {d.page_kind:7} posts={d.n_posts:<3} "
                       f"{Path(d.source or '').name}{reason}")
    elapsed = time.perf_counter() - start
    typer.echo(f"{stats.summary()}; {elapsed:.2f}s; tables in {out}/<table>/*.parquet")
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


app.command("eval")(eval_command)


def main() -> None:
    app(prog_name="threadclean")


if __name__ == "__main__":
    sys.exit(main())
