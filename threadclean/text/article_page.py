"""A standalone article page from a text dump: page chrome off, then the article reader."""

from __future__ import annotations

from threadclean.model import Document, Removed
from threadclean.text.body import SOURCE, has_words, is_headline, read_article, words
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


def _title_at(kept: list[str]) -> int:
    """The headline's line: lines above it are site chrome (menus, section names)."""
    return next((i for i, t in enumerate(kept) if t and is_headline(t)), 0)


#: a menu or link list: at least this many lines in a row of fewer than SHORT_WORDS words each
MENU_RUN = 4
SHORT_WORDS = 5
#: a menu ends the article when what follows it holds less than this share of the words above it
TAIL_SHARE = 0.25


def _footer_at(kept: list[str], shown: list[str], start: int) -> int:
    """Where the footer starts: at the first menu after the article's prose when little prose follows it (site
    blurbs, newsletter prompts, footer links), else after the last long line when two or more short lines
    follow it. `shown` are the page's lines before chrome was blanked out of `kept`: chrome lines are menu lines."""
    counts = [words(t) for t in kept]
    total, above, run, listed, cut = sum(counts[start:]), 0, 0, False, len(kept)
    for i in range(start, len(kept)):
        if shown[i] and counts[i] < SHORT_WORDS and not SOURCE.match(kept[i]):
            # "You will need:" opens a list
            listed, run = (listed, run + 1) if run else (kept[i].endswith(":") or _lead_in(kept, i), 1)
            if run == MENU_RUN and not listed and above >= MIN_ARTICLE_WORDS and total - above < TAIL_SHARE * above:
                cut = i - MENU_RUN + 1
                break
        elif shown[i]:
            run = 0
        above += counts[i]
    # the article's own closing line ("Source: Reuters") stays for the article reader
    last = max((i for i in range(start, cut) if counts[i] >= SHORT_WORDS or SOURCE.match(kept[i])), default=cut)
    return last + 1 if sum(1 for t in kept[last + 1:cut] if t) >= 2 else cut


def _lead_in(kept: list[str], i: int) -> bool:
    """The nearest line above i ends with a colon: the short lines from i on are the list it announces."""
    above = next((t for t in reversed(kept[:i]) if t), "")
    return above.endswith(":")


def parse_article_page(doc: Document, texts: list[str]) -> bool:
    """Fill `doc` with one article; False when the page holds too little prose to be one."""
    shown = [strip_bullet(t) for t in texts]
    kept, removed = strip_page_chrome(shown)
    menus = chrome_lines(texts)
    removed += [Removed(t, "navigation") for i, t in enumerate(kept) if i in menus and t]
    kept = ["" if i in menus else t for i, t in enumerate(kept)]
    start = _title_at(kept)
    stop = _footer_at(kept, shown, start)
    removed += [Removed(t, "navigation") for t in kept[:start] if t] + [Removed(t, "footer") for t in kept[stop:] if t]
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
