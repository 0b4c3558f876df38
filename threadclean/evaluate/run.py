"""Run threadclean and the peers over the evaluation folders, one page at a time, in this process.

Only the extraction call is timed; reading files and scoring are not. Peers are scored on the WCXB
folders only (they produce no posts).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from pathlib import Path

from threadclean import __version__
from threadclean.api import clean_html, clean_text
from threadclean.evaluate.corpus import Page, find_folders, load_folder
from threadclean.evaluate.peers import Peer, load_peers, raw_baseline
from threadclean.evaluate.scoring import PageRow, dump_group, score_posts, score_text
from threadclean.model import Document
from threadclean.readers import Record
from threadclean.site_learning import learn_sites, record_site
from threadclean.text.site_lines import HashedLines

THREADCLEAN = "threadclean"


@dataclass
class EvalRun:
    """Everything one evaluation produced: per-page rows, the folders seen, how each tool was called."""

    root: str
    formats: list[str]
    folders: list[str] = field(default_factory=list)
    rows: list[PageRow] = field(default_factory=list)
    #: tool name -> the exact call and options
    settings: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _timed(fn: Callable[[str], object], content: str) -> tuple[object, float, str | None]:
    start = time.perf_counter()
    try:
        out = fn(content)
        error = None
    except Exception as exc:  # noqa: BLE001 - one failing page must not stop the run; it scores as empty
        out, error = None, f"{type(exc).__name__}: {exc}"[:200]
    return out, time.perf_counter() - start, error


def _threadclean_row(page: Page, fmt: str, content: str, site: Container[str] = frozenset()) -> PageRow:
    def clean(c: str) -> Document:
        if fmt == "html":
            return clean_html(c, source=page.page_id, url=page.url)
        return clean_text(c, source=page.page_id, url=page.url, site_lines=site)

    doc, seconds, error = _timed(clean, content)
    doc = doc if isinstance(doc, Document) else Document(doc_id=page.page_id, status="error", error=error)
    row = PageRow(page.folder, page.page_id, fmt, THREADCLEAN, doc.engine, seconds, error=doc.error)
    if page.kind == "posts":
        row.posts = score_posts(page, doc.posts)
    else:
        row.text = score_text(page, doc.text)
    return row


def _peer_row(page: Page, fmt: str, content: str, peer: Peer, engine: str) -> PageRow:
    out, seconds, error = _timed(peer.extract, content)
    row = PageRow(page.folder, page.page_id, fmt, peer.name, engine, seconds if peer.timed else 0.0, error=error)
    row.text = score_text(page, out if isinstance(out, str) else "")
    return row


def evaluate_page(page: Page, fmt: str, peers: list[Peer], site: Container[str] = frozenset()) -> list[PageRow]:
    """threadclean then each peer on one page; peers take the engine threadclean detected there."""
    content = page.read(fmt)
    if content is None:
        return []
    rows = [_threadclean_row(page, fmt, content, site)]
    if page.kind == "wcxb":
        rows += [_peer_row(page, fmt, content, peer, rows[0].engine) for peer in peers]
        group = dump_group(page, content) if fmt == "text" else None
        for row in rows:
            row.group = group
    return rows


def _peers_for(fmt: str, html_peers: list[Peer]) -> list[Peer]:
    return html_peers if fmt == "html" else [raw_baseline()]


def _learnt(pages: list[Page]) -> dict[str, frozenset[int]]:
    """Lines repeated across each site's text dumps in one folder, learnt as a batch run over the folder learns."""
    return learn_sites(Record(page.page_id, None, text, "text", url=page.url)
                       for page in pages if (text := page.read("text")))


def run_eval(root: Path, formats: list[str], with_peers: bool = True, limit: int | None = None,
             progress: bool = True, site_lines: bool = False) -> EvalRun:
    """Evaluate every folder under `root` (or `root` itself) in each format; `site_lines`: text pages are
    cleaned with the lines learnt across their site's pages in the same folder."""
    result = EvalRun(root=str(root), formats=formats)
    html_peers: list[Peer] = []
    if with_peers and "html" in formats:
        html_peers, result.notes = load_peers()
    result.settings[THREADCLEAN] = (f"threadclean {__version__}: clean_html(html).text on .html, clean_text(dump).text "
                                    "on .txt; posts: Document.posts"
                                    + ("; text: lines learnt per site in each folder" if site_lines else ""))
    for peer in html_peers + ([raw_baseline()] if "text" in formats else []):
        result.settings[peer.name] = peer.settings
    for folder in find_folders(root):
        result.folders.append(folder.name)
        pages = load_folder(folder, limit)
        for fmt in formats:
            if progress:
                print(f"{folder.name} {fmt}: {len(pages)} pages", file=sys.stderr, flush=True)
            learnt = _learnt(pages) if site_lines and fmt == "text" else {}
            for page in pages:
                hashes = learnt.get(record_site(Record(page.page_id, None, "", "text", url=page.url)) or "")
                site = HashedLines(hashes) if hashes else frozenset()
                result.rows += evaluate_page(page, fmt, _peers_for(fmt, html_peers), site)
    return result
