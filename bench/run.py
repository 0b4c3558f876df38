"""`make bench`: batch throughput, scaling, peers, overhead, memory and kill-and-resume, as ratios.

Usage: .venv/bin/python bench/run.py [--quick]
Inputs are built once under bench/data/batch/ from ../shared/corpus (see bench/batch.py); outputs go to
bench/out/batch/. The results table is printed and written into bench/README.md (section "Batch").
--quick uses 20 MB / 60 MB inputs and 60 pages for the peers, for development.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from batch import OUT, ROOT, build, corpus_pages, peer_rates, run_cli, time_extraction

from threadclean.output import same_tables

README = ROOT / "bench" / "README.md"
START, END = "<!-- batch:start -->", "<!-- batch:end -->"
ROUNDS = 3
#: runs of each job count on the large input (each takes 25-45 s)
BIG_ROUNDS = 2


def fresh(name: str) -> Path:
    out = OUT / name
    shutil.rmtree(out, ignore_errors=True)
    return out


def measure(quick: bool) -> list[tuple[str, str, str, str]]:
    """Rows of (measure, value, target, verdict)."""
    small_mb, big_mb = (20, 60) if quick else (100, 1024)
    small_warc, small_jsonl = build("pages", small_mb)
    big_warc, big_jsonl = build("pages", big_mb)
    rows = []

    def row(name: str, value: str, target: str, ok: bool) -> None:
        rows.append((name, value, target, "yes" if ok else "NO"))
        print(f"{name}: {value} (target {target}) {'ok' if ok else 'MISSED'}", flush=True)

    pages = [html for _, html in corpus_pages()][: 60 if quick else None]
    rates = peer_rates(pages)
    ours = rates["threadclean"]
    for peer, target, digits in (("trafilatura", 10, 1), ("resiliparse", None, 2)):
        ratios = [a / b for a, b in zip(ours, rates[peer], strict=True)]
        ratio = statistics.median(ratios)
        k = ratios.index(ratio) if ratio in ratios else 0
        row(f"HTML path vs {peer}" + (" (main content)" if peer == "resiliparse" else "")
            + f", {len(pages)} corpus pages, 1 core (pages per CPU second; median of {len(ratios)} rounds, each "
            f"running the tools in turn)",
            f"{ours[k]:.1f} vs {rates[peer][k]:.1f} pages/s = {ratio:.{digits}f}x (rounds "
            + ", ".join(f"{r:.{digits}f}x" for r in ratios) + ")",
            f">= {target}x" if target else "(reported)", target is None or ratio >= target)

    # the machine is shared: alternate the runs and keep each one's best of ROUNDS
    runs = {1: [], 2: []}
    for _ in range(ROUNDS):
        for jobs in (1, 2):
            runs[jobs].append(run_cli([small_warc], fresh(f"j{jobs}"), jobs))
    j1, j2 = (min(runs[j], key=lambda r: r.seconds) for j in (1, 2))
    r1, r2 = j1.documents / j1.seconds, j2.documents / j2.seconds
    row(f"{small_mb} MB WARC.gz, {j1.documents} pages: 2 jobs vs 1 job (best of {ROUNDS}; short runs, "
        "worker start-up weighs)", f"{r2:.1f} vs {r1:.1f} pages/s = {r2 / r1:.2f}x", "(reported)", True)
    row("same tables with 1 and 2 jobs", str(same_tables(OUT / "j1", OUT / "j2")), "True",
        same_tables(OUT / "j1", OUT / "j2"))

    # start-up (interpreter, imports, the worker's spawn: about a second) weighs on short runs; the target
    # is read on the large input, where reading and writing are what is left on top of extraction
    for label, warc, run in ((f"{small_mb} MB", small_warc, j1), (f"{big_mb} MB", big_warc, None)):
        if run is None:  # alternated, each side's best of BIG_ROUNDS: one run each swings by 15% here
            ends, alone = zip(*[(run_cli([warc], fresh("warc-j1"), 1), time_extraction(warc))
                                for _ in range(BIG_ROUNDS)], strict=True)
            run, extract = min(ends, key=lambda r: r.seconds), min(alone)
        else:
            extract = time_extraction(warc)
        overhead = run.seconds / extract - 1
        big = warc is big_warc
        row(f"{label} WARC.gz ({run.documents} pages) to Parquet, 1 job, end to end vs clean_html alone"
            + (f" (best of {BIG_ROUNDS} alternated each)" if warc is big_warc else ""),
            f"{run.seconds:.1f}s vs {extract:.1f}s = {overhead:+.0%}", "<= +30%" if big else "(reported)",
            overhead <= 0.30 or not big)

    m_small = run_cli([small_jsonl], fresh("mem-small"), 2)
    # alternated like the short runs: one run each swings by several percent on this machine
    big = {1: [], 2: []}
    for _ in range(BIG_ROUNDS):
        for jobs in (2, 1):
            big[jobs].append(run_cli([big_jsonl], fresh(f"big-j{jobs}"), jobs))
    peak = max(r.peak_rss_mb for r in big[2])  # memory: the worse of the two-job runs
    row(f"peak RSS, process tree, 2 jobs: {big_mb} MB JSONL ({big[2][0].documents} pages)",
        f"{peak:.0f} MB", "<= 1024 MB", peak <= 1024)
    growth = peak / m_small.peak_rss_mb - 1
    row(f"peak RSS {big_mb} MB vs {small_mb} MB JSONL", f"{peak:.0f} vs {m_small.peak_rss_mb:.0f} MB "
        f"= {growth:+.0%}", "<= +20%", growth <= 0.20)
    b1, b2 = (min(big[j], key=lambda r: r.seconds) for j in (1, 2))
    s1, s2 = b1.documents / b1.seconds, b2.documents / b2.seconds
    ok = s2 / s1 >= 1.8 and all(r.returncode == 0 for r in big[1] + big[2])
    row(f"{big_mb} MB JSONL, {b2.documents} pages: 2 jobs vs 1 job (best of {BIG_ROUNDS}, alternated)",
        f"{s2:.1f} vs {s1:.1f} pages/s = {s2 / s1:.2f}x ({b2.seconds:.0f}s vs {b1.seconds:.0f}s)", ">= 1.8x", ok)

    cut = fresh("killed")
    all_parts = len(list((OUT / "j2" / "documents").glob("*.parquet")))
    killed = run_cli([small_warc], cut, 2, kill_at_parts=max(1, all_parts // 2))
    done_parts = len(list((cut / "documents").glob("*.parquet")))
    resumed = run_cli([small_warc], cut, 2, ("--resume",))
    same = same_tables(OUT / "j2", cut)
    row(f"SIGKILL after {killed.seconds:.1f}s ({done_parts} of {all_parts} parts done), rerun with --resume",
        f"tables equal to the uninterrupted run: {same}; resumed run {resumed.seconds:.1f}s vs full {j2.seconds:.1f}s",
        "equal", same and resumed.returncode == 0)
    return rows


def write_readme(rows: list[tuple[str, str, str, str]], command: str) -> None:
    table = "\n".join(["| measure | result | target | met |", "|---|---|---|---|"]
                      + [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows])
    section = (f"{START}\n## Batch\n\nCommand: `{command}` (2-core machine shared with other work; ratios are "
               f"measured against a peer in the same run). Inputs: the shared corpus pages repeated with varied "
               f"URLs (sizes are HTML bytes).\n\n{table}\n{END}")
    text = README.read_text() if README.exists() else "# Benchmarks\n"
    if START in text:
        text = text[: text.index(START)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    README.write_text(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small inputs, for development")
    args = ap.parse_args()
    rows = measure(args.quick)
    command = ".venv/bin/python bench/run.py" + (" --quick" if args.quick else "") + "  (make bench)"
    if not args.quick:
        write_readme(rows, command)
    print("\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows))


if __name__ == "__main__":
    main()
