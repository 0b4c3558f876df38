"""Where an article starts and ends in a page's lines: the headline over the first paragraph (menus above it are
site chrome) and the footer after the prose (link lists, blurbs, newsletter prompts)."""

from __future__ import annotations

import re
from collections import Counter

from threadclean.model import Removed
from threadclean.text.body import BYLINE, MIN_ARTICLE_WORDS, OUTLET_DATE, SOURCE, dateline, is_headline, words
from threadclean.text.scan import filled_above

#: the article's first paragraph: a line of at least LEAD_WORDS words followed by another of at least
#: NEXT_WORDS (a menu's blurb is followed by short items), or a line of twice LEAD_WORDS
LEAD_WORDS, NEXT_WORDS = 20, 10
#: the headline is one of the TITLE_REACH lines above the first paragraph, of at least TITLE_WORDS words (names
#: and dates in a byline are shorter)
TITLE_REACH, TITLE_WORDS = 8, 4
#: a byline or date line under a headline ("By X", "Written by X", "Posted on ...", "Updated ...")
_META_LINE = re.compile(r"^(?:by|written|posted|published|updated|reviewed|edited|last updated)\b", re.I)
#: "Credit: ...", "Photo: ...": a label opens the line
_LABEL = re.compile(r"^\w+:")
#: a call to action ("Subscribe now ...", "Book a demo", "See this trend inside ...")
_CALL_TO_ACTION = re.compile(r"^(?:subscribe|sign|book|see|get|try|join|learn|read|download|order|shop|start|register|"
                             r"log|explore|discover|watch|click|request|contact|follow|share)\b", re.I)
#: an image's alternative text ("Picture of Andrew King", "Kelia Reinoso photo", "Cleveland Clinic logo")
_ALT_TEXT = re.compile(r"^(?:picture|photo|image|portrait|avatar) of\b|\b(?:photo|picture|image|logo|icon|avatar)$", re.I)


def title_at(kept: list[str]) -> int:
    """The headline's line: lines above it are site chrome (menus, section names). Near above the first paragraph:
    a headline printed twice (breadcrumb and heading), else the first (a subtitle may follow it), else the first
    paragraph itself; without a first paragraph, the first headline-like line of the page."""
    filled = [i for i, t in enumerate(kept) if t]
    lead = next((k for k, i in enumerate(filled) if _opens_article(kept, filled, k)), None)
    if lead is None:
        return next((i for i in filled if is_headline(kept[i])), 0)
    window = filled[max(0, lead - TITLE_REACH):lead]
    heads = [i for i in window if _headline(kept[i])]
    seen = Counter(kept)
    chosen = [i for i in heads if seen[kept[i]] > 1][-1:] or heads[:1]
    return chosen[0] if chosen else filled[lead]


def _headline(text: str) -> bool:
    """A line that may be the headline: headline-like, long enough, and none of a menu line ("Abu Dhabi|Canada|
    Florida"), an image's alternative text, a label, a byline or date, or a call to action."""
    return (text.count("|") < 2 and is_headline(text) and words(text) >= TITLE_WORDS and not _ALT_TEXT.search(text)
            and not _LABEL.match(text) and not BYLINE.match(text) and not _meta(text) and not _CALL_TO_ACTION.match(text))


def _meta(text: str) -> bool:
    """A byline or date line ("By X", "Updated ...", "The Cradle, August 17, 2023 —")."""
    return bool(_META_LINE.match(text) or OUTLET_DATE.match(text) or dateline(text))


def _opens_article(kept: list[str], filled: list[int], k: int) -> bool:
    n = words(kept[filled[k]])
    return n >= 2 * LEAD_WORDS or (n >= LEAD_WORDS and k + 1 < len(filled) and words(kept[filled[k + 1]]) >= NEXT_WORDS)


#: a menu or link list: at least this many lines in a row of fewer than SHORT_WORDS words each
MENU_RUN = 4
SHORT_WORDS = 5
#: a menu ends the article when what follows it holds less than this share of the words above it
TAIL_SHARE = 0.25


def footer_at(kept: list[str], shown: list[str], start: int) -> int:
    """Where the footer starts: at the first menu after the article's prose when little prose follows it (site
    blurbs, newsletter prompts, footer links), else after the last long line when two or more short lines
    follow it. `shown` are the page's lines before chrome was blanked out of `kept`: chrome lines are menu lines."""
    counts = [words(t) if t else 0 for t in kept]
    total, above, run, first, listed, cut = sum(counts[start:]), 0, 0, 0, False, len(kept)
    for i in range(start, len(kept)):
        if shown[i] and counts[i] < SHORT_WORDS and not SOURCE.match(kept[i]):
            if not run:  # "You will need:" opens a list
                first, listed = i, kept[i].endswith(":") or _lead_in(kept, i)
            run += 1
            if run == MENU_RUN and not listed and above >= MIN_ARTICLE_WORDS and total - above < TAIL_SHARE * above:
                cut = first
                break
        elif shown[i]:
            run = 0
        above += counts[i]
    # the article's own closing line ("Source: Reuters") stays for the article reader
    last = next((i for i in reversed(range(start, cut)) if counts[i] >= SHORT_WORDS or SOURCE.match(kept[i])), cut)
    return last + 1 if sum(1 for t in kept[last + 1:cut] if t) >= 2 else cut


def cut_footer(kept: list[str], shown: list[str], start: int, removed: list[Removed]) -> int:
    """footer_at, with the footer's lines added to `removed` (reason `footer`)."""
    stop = footer_at(kept, shown, start)
    removed += [Removed(t, "footer") for t in kept[stop:] if t]
    return stop


def _lead_in(kept: list[str], i: int) -> bool:
    """The nearest line above i ends with a colon: the short lines from i on are the list it announces."""
    above = filled_above(kept, i, 0, "")
    return above.endswith(":")
