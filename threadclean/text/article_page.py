"""A standalone article page from a text dump: page chrome off, then the article reader."""

from __future__ import annotations

from threadclean.model import Document, Removed
from threadclean.text.body import has_words, is_headline, read_article, words
from threadclean.text.boilerplate import boilerplate_reason, chrome_lines, stop_reason, strip_bullet

MIN_ARTICLE_WORDS = 80


def strip_page_chrome(texts: list[str]) -> tuple[list[str], list[Removed]]:
    """Drop boilerplate lines; from a stop line on (comment form, related news) drop everything."""
    kept: list[str] = []
    removed: list[Removed] = []
    seen_words = 0
    for i, text in enumerate(texts):
        stop = stop_reason(text) if seen_words >= MIN_ARTICLE_WORDS else None
        if stop:
            removed += [Removed(t, boilerplate_reason(t) or stop) for t in texts[i:] if t]
            break
        reason = boilerplate_reason(text)
        if reason:
            removed.append(Removed(text, reason))
            kept.append("")
            continue
        kept.append(text)
        if seen_words < MIN_ARTICLE_WORDS:  # only compared with it
            seen_words += words(text)
    return kept, removed


def _drop_before_title(kept: list[str], removed: list[Removed]) -> list[str]:
    """Lines above the headline are site chrome (menus, section names)."""
    first = next((i for i, t in enumerate(kept) if t and is_headline(t)), None)
    if first is None:
        return kept
    removed += [Removed(t, "navigation") for t in kept[:first] if t]
    return kept[first:]


def parse_article_page(doc: Document, texts: list[str]) -> bool:
    """Fill `doc` with one article; False when the page holds too little prose to be one."""
    kept, removed = strip_page_chrome([strip_bullet(t) for t in texts])
    menus = chrome_lines(texts)
    removed += [Removed(t, "navigation") for i, t in enumerate(kept) if i in menus and t]
    kept = ["" if i in menus else t for i, t in enumerate(kept)]
    kept = _drop_before_title(kept, removed)
    cand = read_article(kept)
    doc.removed += removed + cand.removed
    if not has_words(cand.article.text, MIN_ARTICLE_WORDS):
        doc.body = cand.article.text if not cand.article.title else f"{cand.article.title}\n\n{cand.article.text}"
        doc.title = cand.article.title
        doc.page_kind = "other"
        return False
    doc.articles = [cand.article]
    doc.title = cand.article.title
    doc.page_kind = "article"
    return True
