"""The report opened in real headless Chromium: charts and tables render, no console errors, no script runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest

from threadclean.report.command import build_report
from threadclean.report.synthetic import Shape, write_corpus
from threadclean.tables import SCHEMAS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = 'Look <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned = 2"> here'

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH (CI installs it via .ci/run)")


def _hostile_thread(out: Path) -> None:
    """One extra part whose title, post, quote, article and removed line carry markup that must not run."""
    doc = "hostile-doc"
    rows = {
        "documents": [{"doc_id": doc, "url": "https://evil.example.com/t/1", "engine": "generic", "page_kind": "thread",
                       "title": HOSTILE, "text": HOSTILE, "n_posts": 2, "status": "ok", "n_removed_chars": 10}],
        "posts": [{"doc_id": doc, "post_id": f"{doc}-p{i}", "position": i, "author": f"<b>{i}</b>", "text": HOSTILE,
                   "n_quotes": i - 1, "author_inferred": False} for i in (1, 2)],
        "quotes": [{"doc_id": doc, "post_id": f"{doc}-p2", "position": 1, "quoted_author": "<i>x</i>",
                    "text": HOSTILE, "source_post_id": f"{doc}-p1", "depth": 1}],
        "articles": [{"doc_id": doc, "post_id": f"{doc}-p2", "title": HOSTILE, "text": HOSTILE, "captions": []}],
        "media": [],
        "removed": [{"doc_id": doc, "text": HOSTILE, "reason": "<svg onload=alert(1)>"}],
    }
    for table, data in rows.items():
        path = out / table / "part-99999.parquet"
        pl.DataFrame(data, schema=SCHEMAS[table]).write_parquet(path)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("report-browser")
    write_corpus(base / "a", Shape(n_posts=3000, seed=3))
    write_corpus(base / "b", Shape(n_posts=2000, seed=4))
    _hostile_thread(base / "b")
    html = base / "page" / "report.html"
    build_report([base / "a", base / "b"], html)
    return html


def test_report_renders_in_chromium_without_running_scraped_script(report: Path) -> None:
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as pw:
        # a fresh profile folder per run (Playwright's way of passing --user-data-dir)
        browser = pw.chromium.launch_persistent_context(str(report.parent / "profile"), executable_path=CHROMIUM,
                                                        args=ARGS, viewport={"width": 1280, "height": 900})
        page = browser.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("dialog", lambda d: errors.append(f"dialog: {d.message}"))
        page.goto(report.as_uri(), wait_until="load")
        svgs = page.locator("svg.chart")
        assert svgs.count() >= 8
        assert page.locator("svg.chart rect").count() > 20
        assert page.locator("table.data tbody tr").count() > 5
        assert page.locator("article.thread").count() >= 1
        box = svgs.first.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 10
        assert page.evaluate("window.__pwned === undefined")
        assert page.locator("script").count() == 0
        assert "<script>window.__pwned = 1</script>" in page.inner_text("body")
        shot = report.parent / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    print(f"screenshot: {shot}")
    assert errors == []
