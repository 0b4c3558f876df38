"""Standalone article pages from text dumps (the four article seeds and a fixture)."""

from pathlib import Path

import pytest

from threadclean import clean_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _clean(name: str):
    return clean_text((SEEDS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["000_02ea029ea76bdce4.txt", "001_6bc365aecf700d82.txt",
                                  "003_e7ed19c629130611.txt", "004_016d6dad66e0669f.txt"])
def test_article_pages_have_one_article(name):
    doc = _clean(name)
    assert doc.page_kind == "article" and doc.status == "ok" and doc.n_posts == 0
    assert len(doc.articles) == 1 and doc.articles[0].title == doc.title
    assert len(doc.articles[0].text.split()) > 200


def test_outlet_and_dates_stated_on_the_page():
    assert _clean("001_6bc365aecf700d82.txt").articles[0].outlet == "Reuters"
    cradle = _clean("003_e7ed19c629130611.txt").articles[0]
    assert (cradle.outlet, cradle.published_at.isoformat()) == ("The Cradle", "2023-08-17")
    assert _clean("004_016d6dad66e0669f.txt").articles[0].published_at.isoformat() == "2018-04-20"


def test_page_chrome_is_removed():
    for name, chrome in [("000_02ea029ea76bdce4.txt", "Also read:"), ("000_02ea029ea76bdce4.txt", "Latest news"),
                         ("001_6bc365aecf700d82.txt", "Related news"), ("003_e7ed19c629130611.txt", "Leave a Reply"),
                         ("003_e7ed19c629130611.txt", "Your email address"), ("004_016d6dad66e0669f.txt", "Skip to"),
                         ("004_016d6dad66e0669f.txt", "2 min read")]:
        doc = _clean(name)
        assert chrome not in doc.text
        assert any(r.text.startswith(chrome) for r in doc.removed)


def test_captions_are_apart_from_the_body():
    art = _clean("004_016d6dad66e0669f.txt").articles[0]
    assert art.captions == ["Iran has maintained close ties with Baghdad since the 2003 invasion [Getty]"]
    assert "[Getty]" not in art.text


def test_short_page_is_other_not_article():
    doc = clean_text("Welcome\n\nThis page has moved.\n")
    assert doc.page_kind == "other" and doc.status == "ok"
