"""A slice of the shared real-page corpus, when present: floors well under what the HTML path measures."""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from threadclean import clean_html

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")


def _f1(pred: str, gold: str) -> float:
    p, g = Counter(re.findall(r"\w+", pred.lower())), Counter(re.findall(r"\w+", gold.lower()))
    overlap = sum((p & g).values())
    return 0.0 if not overlap else 2 * overlap / (sum(p.values()) + sum(g.values()))


def _pages(folder: str, n: int) -> list[Path]:
    return sorted((CORPUS / folder).glob("*.html"))[::3][:n]


def test_wcxb_forum_slice_word_f1_floor():
    scores = []
    for path in _pages("wcxb-forum", 30):
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text())
        doc = clean_html(path.read_bytes(), source=path.name)
        assert doc.status != "error", (path.name, doc.error)
        scores.append(_f1(doc.text, gold["main_content"]))
    assert sum(scores) / len(scores) >= 0.75


def test_harvest_slice_post_counts():
    exact = 0
    pages = _pages("harvest", 15)
    for path in pages:
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text())
        doc = clean_html(path.read_bytes(), source=path.name)
        exact += doc.n_posts == len(gold["posts"])
    assert exact / len(pages) >= 0.75
