"""Batch benchmark inputs and measurements (used by bench/run.py).

Inputs are built once from the real pages in ../shared/corpus, under bench/data/batch/ (git-ignored):
the pages repeated, each copy with its own URL, packed into a Common Crawl style WARC.gz (one gzip
member per record) and a JSONL file with an `html` column. Sizes are the uncompressed HTML bytes.
"""

from __future__ import annotations

import contextlib
import gzip
import itertools
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DATA = ROOT / "bench" / "data" / "batch"
OUT = ROOT / "bench" / "out" / "batch"
CLI = [str(ROOT / ".venv" / "bin" / "threadclean"), "clean"]
#: pages each extractor cleans before it is timed
#: pages every tool cleans before it is timed (imports and first-call set-up are not per-page costs): the project's
#: own HTML fixtures, which take every path of the HTML pipeline, and none of the timed pages
WARM_UP = ROOT / "fixtures" / "html"


def corpus_pages() -> list[tuple[str, bytes]]:
    """(name, html) of every page in the shared corpus, in a stable order."""
    files = sorted(CORPUS.glob("*/*.html"))
    if not files:
        sys.exit(f"no pages under {CORPUS}: the benchmark builds its inputs from the shared corpus")
    return [(f.stem, f.read_bytes()) for f in files]


def _copies(target_bytes: int):
    pages = corpus_pages()
    total, i = 0, 0
    while total < target_bytes:
        name, html = pages[i % len(pages)]
        yield f"https://{name[:40]}.example/thread/{i}", html
        total += len(html)
        i += 1


def _warc_member(url: str, html: bytes, n: int) -> bytes:
    block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
             + f"Content-Length: {len(html)}\r\n\r\n".encode() + html)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.UUID(int=n)}>\r\n"
            f"WARC-Date: 2025-01-{1 + n % 28:02d}T12:00:00Z\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n").encode()
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=1)


def build(name: str, mb: int) -> tuple[Path, Path]:
    """WARC.gz and JSONL with about `mb` MB of HTML; built once, reused while the corpus is unchanged."""
    DATA.mkdir(parents=True, exist_ok=True)
    warc, jsonl = DATA / f"{name}-{mb}mb.warc.gz", DATA / f"{name}-{mb}mb.jsonl"
    if not (warc.exists() and jsonl.exists()):
        tmp_w, tmp_j = warc.with_name(warc.name + ".tmp"), jsonl.with_name(jsonl.name + ".tmp")
        with open(tmp_w, "wb") as fw, open(tmp_j, "w") as fj:
            for n, (url, html) in enumerate(_copies(mb << 20)):
                fw.write(_warc_member(url, html, n))
                fj.write(json.dumps({"id": n, "url": url, "html": html.decode("utf-8", "replace")}) + "\n")
        os.replace(tmp_w, warc)
        os.replace(tmp_j, jsonl)
    return warc, jsonl


@dataclass
class RunResult:
    """One CLI run: wall time, documents, peak memory of the whole process tree, exit code."""

    seconds: float
    documents: int
    peak_rss_mb: float
    returncode: int


def _tree_rss(members: list[psutil.Process]) -> int:
    total = 0
    for p in members:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


#: samples between two listings of the process tree: listing it reads every process of the machine (about 1.4 ms
#: here), reading a known process's RSS costs little; a sampler that listed it every 50 ms took about 3% of a core
#: from the run it measured, which a run using every core pays
TREE_EVERY = 20


def run_cli(inputs: list[Path], out: Path, jobs: int, extra: tuple[str, ...] = (),
            kill_at_parts: int | None = None) -> RunResult:
    """Run `threadclean clean` in a new session, sampling the RSS of it and its workers every 50 ms.

    With `kill_at_parts`, the whole process group gets SIGKILL once that many parts are complete.
    """
    cmd = [*CLI, *map(str, inputs), "-o", str(out), "-j", str(jobs), "-q", *extra]
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    proc, peak, members = psutil.Process(child.pid), 0, []
    for n in itertools.count():
        if child.poll() is not None:
            break
        if n % TREE_EVERY == 0:
            with contextlib.suppress(psutil.Error):
                members = [proc, *proc.children(recursive=True)]
        peak = max(peak, _tree_rss(members))
        if kill_at_parts is not None and len(list((out / "documents").glob("*.parquet"))) >= kill_at_parts:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
            break
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    output = child.stdout.read().decode() if child.stdout else ""
    docs = int(output.split("documents in ")[1].split(",")[0]) if "documents in " in output else 0
    return RunResult(seconds, docs, peak / 2**20, child.returncode)


def time_extraction(path: Path) -> float:
    """Seconds spent in clean_html alone over the pages of a WARC, one core, in a fresh process as the end-to-end
    run is (caches this process filled would flatter the extraction alone)."""
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); from pathlib import Path; "
            f"from batch import extraction_seconds; print(extraction_seconds(Path({str(path)!r})))")
    return float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)


def extraction_seconds(path: Path) -> float:
    """Seconds spent in clean_html alone over the pages of a WARC, in this process (reading the records is not
    counted: the file is streamed and only the calls are timed)."""
    from threadclean import clean_html
    from threadclean.readers import read_file

    spent = 0.0
    for rec in read_file(path):
        start = time.perf_counter()
        clean_html(rec.content, http_charset=rec.http_charset)  # type: ignore[arg-type]
        spent += time.perf_counter() - start
    return spent


def peer_rates(pages: list[bytes], rounds: int = 3) -> dict[str, list[float]]:
    """Pages per CPU second of threadclean's HTML path, trafilatura and resiliparse on the same pages, in-process, one
    thread each: every round runs each tool once, in turn; the rates of all rounds, in round order.

    CPU time (the process's, all its threads), not wall time: the machine is shared, and a pass that is descheduled
    for a while would count the time it waited. Each round's tools run back to back, so a round's ratio compares
    them under the same load; the caller takes the median of the rounds' ratios."""
    import trafilatura
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str

    from threadclean import clean_html

    runs = {
        "threadclean": lambda b: clean_html(b),
        "trafilatura": lambda b: trafilatura.extract(b.decode("utf-8", "replace"), include_comments=True),
        "resiliparse": lambda b: extract_plain_text(bytes_to_str(b), main_content=True),
    }
    for fn in runs.values():
        for warm in sorted(WARM_UP.glob("*.html")):
            fn(warm.read_bytes())
    rates: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, fn in runs.items():
            start = time.process_time()
            for b in pages:
                fn(b)
            rates[name].append(len(pages) / (time.process_time() - start))
    return rates
