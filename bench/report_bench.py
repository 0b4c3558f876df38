"""Benchmark of `threadclean report`: wall time and peak memory over a synthetic corpus of 1M posts.

    .venv/bin/python bench/report_bench.py [--posts 1000000] [--shards 2]

Builds (once, then reuses) synthetic output folders under bench/data/, runs the report command over them
in a child process and prints the wall time and the child's peak RSS. Targets: 60 s and 2 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from threadclean.report.synthetic import Shape, write_corpus

ROOT = Path(__file__).resolve().parent
MAX_SECONDS = 60.0
MAX_RSS_MB = 2048.0


def corpus(n_posts: int, shards: int) -> list[Path]:
    """The shard folders, generated when absent (a `.done` marker says a shard is complete)."""
    base = ROOT / "data" / f"report-{n_posts}-{shards}"
    folders = [base / f"shard-{i}" for i in range(shards)]
    for i, folder in enumerate(folders):
        if not (folder / ".done").exists():
            start = time.perf_counter()
            write_corpus(folder, Shape(n_posts=n_posts // shards, seed=11 + i), n_parts=4)
            (folder / ".done").touch()
            print(f"generated {folder} in {time.perf_counter() - start:.1f}s", file=sys.stderr)
    return folders


def run_report(folders: list[Path], html: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one report run in a child process."""
    cmd = [sys.executable, "-m", "threadclean.cli", "report", *map(str, folders), "-o", str(html)]
    start = time.perf_counter()
    subprocess.run(cmd, check=True)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    return seconds, peak_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--shards", type=int, default=2)
    args = parser.parse_args()
    folders = corpus(args.posts, args.shards)
    html = ROOT / "out" / "report" / "report.html"
    html.parent.mkdir(parents=True, exist_ok=True)
    seconds, rss = run_report(folders, html)
    stats = json.loads((html.parent / "stats.json").read_text())
    result = {"posts": stats["counts"]["posts"], "shards": args.shards, "seconds": round(seconds, 1),
              "peak_rss_mb": round(rss), "html_kb": html.stat().st_size // 1024,
              "stats_json_kb": (html.parent / "stats.json").stat().st_size // 1024,
              "within_targets": seconds <= MAX_SECONDS and rss <= MAX_RSS_MB}
    print(json.dumps(result))
    return 0 if result["within_targets"] else 1


if __name__ == "__main__":
    sys.exit(main())
