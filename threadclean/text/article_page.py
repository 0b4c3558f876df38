"""A standalone article page from a text dump: page chrome off, then the article reader."""

from __future__ import annotations

from threadclean.model import Document, Removed
from threadclean.text.article_bounds import cut_footer, title_at
from threadclean.text.body import MIN_ARTICLE_WORDS, has_words, read_article, words
from threadclean.text.boilerplate import PROSE_WORDS, boilerplate_reason, chrome_lines, stop_reason, strip_bullets


def strip_page_chrome(texts: list[str]) -> tuple[list[str], list[Removed]]:
    """Drop boilerplate lines; from a stop line on (comment form, related news) drop everything."""
    kept: list[str] = []
    removed: list[Removed] = []
    seen_words = 0
    for i, text in enumerate(texts):
        if not text:  # a blank line is neither a stop line nor boilerplate, and holds no words
            kept.append("")
            continue
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
        if seen_words < MIN_ARTICLE_WORDS and (n := words(text)) >= PROSE_WORDS:
            seen_words += n  # prose only: a long menu's items are no article above a stop line
    return kept, removed


def parse_article_page(doc: Document, texts: list[str]) -> bool:
    """Fill `doc` with one article; False when the page holds too little prose to be one."""
    shown = strip_bullets(texts)
    kept, removed = strip_page_chrome(shown)
    menus = chrome_lines(texts)
    removed += [Removed(t, "navigation") for i, t in enumerate(kept) if i in menus and t]
    kept = ["" if i in menus else t for i, t in enumerate(kept)]
    start = title_at(kept)
    removed += [Removed(t, "navigation") for t in kept[:start] if t]
    stop = cut_footer(kept, shown, start, removed)
    cand = read_article(kept[start:stop])
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
