"""One post segment -> a Post: its header, its body with the quotes in it, its tail."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from threadclean.dates import parse_datetime
from threadclean.model import Post, Quote, Reaction, Removed
from threadclean.text.anchors import bare_date
from threadclean.text.body import split_lines
from threadclean.text.boilerplate import LIST_ITEM, strip_bullet
from threadclean.text.engines import CompiledEngine
from threadclean.text.link_cards import link_cards
from threadclean.text.pane_after_body import pane_first
from threadclean.text.post_header import leading_pane, read_header
from threadclean.text.post_lines import Segment, chrome_reason, is_date_line, line_texts
from threadclean.text.post_tail import (
    cut_after_body_end,
    cut_edit_note,
    cut_parent_preview,
    cut_signature,
    cut_trailing_pane,
    read_tail,
    shown_count,
)
from threadclean.text.quotes import (
    Line,
    PageMemory,
    build_quote,
    copied_paragraph,
    copied_quote,
    copied_run,
    match_opener,
    named_lead,
    own_words,
    quote_again,
    quote_end,
    unmarked_quote,
)
from threadclean.text.scan import matching_lines
from threadclean.text.site_lines import normalise
from threadclean.text.teaser import drop_teaser


def read_post(seg: Segment, rx: CompiledEngine, memory: PageMemory, fetched_at,
              site: Container[str] = frozenset(), title: str | None = None) -> tuple[Post | None, list[Removed]]:
    """One segment -> a Post (None when nothing but chrome is left); the thread's title is no author."""
    if rx.pane_after_body:
        seg = pane_first(seg, rx)
    seg, link = _link_apart(seg, rx)
    texts = line_texts(seg.lines)
    removed = list(seg.removed)
    items = matching_lines(LIST_ITEM.match, seg.lines)
    if seg.closing:
        author, when = seg.closing.author, seg.closing.when
        head, head_removed = leading_pane(texts, author, rx)
    else:
        head, author, when, head_removed = read_header(texts, rx, title, items)
    removed += head_removed
    if rx.folded_undated and author and not when:  # a comment the page folds: its first words only
        return None, removed + [Removed(t, "collapsed") for t in texts[head:] if t]
    if author is None and _ad_pane(texts[:head], rx):
        return None, removed + [Removed(t, "ad") for t in texts[head:] if t]
    stop, preview_removed = cut_parent_preview(seg.lines, texts, head, rx)
    stop, pane_removed = cut_trailing_pane(texts, head, stop, author, rx)
    sig, label_removed = cut_signature(texts[:stop], head, rx)
    tail, reactions, tail_removed = read_tail(texts[:sig], rx, head, items)
    tail, edit_removed = cut_edit_note(texts, head, tail, rx)
    tail_removed = edit_removed + tail_removed + label_removed + pane_removed + preview_removed
    tail, sig_removed = cut_after_body_end(seg.lines, texts, head, tail, rx)
    tail_removed = sig_removed + tail_removed
    body = seg.lines[head:max(head, tail)]
    parts, body_removed = read_body(body, rx, memory, site, author)
    parts, teaser_removed = drop_teaser(parts)
    if link is not None:  # a link submitted without words: its title is the post's text
        parts, teaser_removed = parts or [link], teaser_removed + ([Removed(link, "header")] if parts else [])
    if not parts and head and tail_removed and THANKS.match(tail_removed[0].text):
        parts, tail_removed = [tail_removed[0].text], tail_removed[1:]  # a one-word reply, not a button
    removed += body_removed + teaser_removed + tail_removed
    if not parts:
        return None, removed
    # a score of 0 is no reaction, as in the HTML
    if (rx.header_score or rx.score_open) and (score := shown_score(head_removed, texts[head:tail], parts, rx)):
        reactions = [Reaction(rx.reaction_name, score), *reactions]
    post = Post(parts=parts, author=author, posted_at_raw=when or None, reactions=reactions,
                posted_at=parse_datetime(when, now=fetched_at) if when else None)
    return post, removed


def _link_apart(seg: Segment, rx: CompiledEngine) -> tuple[Segment, str | None]:
    """A segment opened by the link a submission names (rx.link_title, over its byline), without that line; and
    the line."""
    first = next((k for k, ln in enumerate(seg.lines) if ln.plain), None) if rx.link_title else None
    if first is None or not rx.link_title.match(seg.lines[first].plain):
        return seg, None
    return replace(seg, lines=seg.lines[first + 1 :]), seg.lines[first].plain


#: a reply of thanks alone reads like the thanks button many engines print; under a post header with no other
#: text it is the reply
THANKS = re.compile(r"^(?:thanks|thank you|thx|danke|merci|gracias)\s*[!.]*$", re.I)


def _ad_pane(header: list[str], rx: CompiledEngine) -> bool:
    """A post header naming nobody but an ad label ("Advertisement"): an ad printed as a post."""
    names = [t for t in header if t and not is_date_line(rx, t)]
    return bool(names) and all(rx.chrome.reason(t) == "ad" for t in names)


def read_body(lines: list[Line], rx: CompiledEngine, memory: PageMemory,
              site: Container[str] = frozenset(), author: str | None = None) -> tuple[list, list[Removed]]:
    """Body lines -> parts: quotes at their openers, the rest through the article/media reader.

    `site` holds the site's repeated lines (normalised): removed outside quotes. `author`: the post's.
    """
    parts: list = []
    removed: list[Removed] = []
    pending: list[str] = []
    texts = [strip_bullet(ln.text) for ln in lines]
    cards = link_cards(texts)
    any_site = bool(site)  # asked once: most pages have no repeated lines
    after: tuple[Quote, set[int]] | None = None  # the quote just read, and the posts it copies
    i = 0
    if (copied := unmarked_quote(lines, memory, strict=not rx.unmarked_quotes))[0] \
            and match_opener(texts[0], rx.quote_open) is None:
        i, sources = copied
        parts.append(copied_quote(texts, i, sources, memory))
    while i < len(lines):
        text, raw = texts[i], lines[i].text
        if i in cards:
            removed.append(Removed(text, "media"))
            pending.append("")
            i += 1
            continue
        m = match_opener(text, rx.quote_open) or named_lead(texts, i, memory)
        if m and not m.groupdict().get("author") and LIST_ITEM.match(raw):
            m = None  # a "Quote" button in a list of buttons, not a quote's header
        if m is None and after and own_words(pending) and (n := copied_run(texts, i, after[1], memory)):
            _flush(pending, parts, removed)  # more lines of the quoted post under the reply's own words
            pending = []
            parts.append(quote_again(after[0], "\n".join(t for t in texts[i : i + n] if t.strip())))
            i += n
            continue
        if m is None and (copied := copied_paragraph(texts, i, memory, author)):
            _flush(pending, parts, removed)  # a quote that lost its box and header, between the reply's words
            pending = []
            n, sources = copied
            parts.append(copied_quote(texts[i : i + n], n, sources, memory))
            after = (parts[-1], sources)
            i += n
            continue
        if m is None:
            if rx.edited and rx.edited.match(text) or rx.chrome.reason(text):
                removed.append(Removed(text, rx.chrome.reason(text) or "edited"))
                pending.append("")
            elif rx.quote_close and rx.quote_close.match(text):
                removed.append(Removed(text, "quote_chrome"))
            elif any_site and text and normalise(text) in site:
                removed.append(Removed(text, "site_repeated"))
                pending.append("")
            else:
                pending.append(raw if raw.strip() else "")
            i += 1
            continue
        _flush(pending, parts, removed)
        pending = []
        quote, i = _read_quote(lines, i, m, rx, memory, removed)
        parts.append(quote)
        after = (quote, memory.sources(quote.text)) if quote.text else None
    _flush(pending, parts, removed)
    return parts, removed


def _read_quote(lines: list[Line], i: int, m: re.Match, rx: CompiledEngine, memory: PageMemory,
                removed: list[Removed]) -> tuple[Quote, int]:
    """The quote opened at line i, with a directly nested quote when its first line is another opener."""
    opener = strip_bullet(lines[i].text)
    if m.end() < len(opener):  # the quoted text runs on after the header on the same line
        removed.append(Removed(opener[: m.end()], "quote_chrome"))
        lines = lines[:i] + [Line(opener[m.end() :])] + lines[i + 1 :]  # as many lines: indices hold
        return _read_quote_body(lines, i, m, rx, memory, removed)
    removed.append(Removed(lines[i].text.strip(), "quote_chrome"))
    return _read_quote_body(lines, i + 1, m, rx, memory, removed)


def _read_quote_body(lines: list[Line], start: int, m: re.Match, rx: CompiledEngine, memory: PageMemory,
                     removed: list[Removed]) -> tuple[Quote, int]:
    while start < len(lines) and not lines[start].text.strip():
        start += 1
    when = None
    if start < len(lines) and (m.groupdict().get("author") or "").strip() and not m.groupdict().get("when") \
            and (when := bare_date(lines[start].text.strip())):
        removed.append(Removed(lines[start].text.strip(), "quote_chrome"))  # the date under the header (phpBB 3.3)
        start += 1
    # a code box's label or an attachment opening the quoted words: no paragraph to find the quote's source by
    while start < len(lines) and (not (t := lines[start].text.strip()) or chrome_reason(t, rx) in QUOTED_CHROME):
        if t:
            removed.append(Removed(t, chrome_reason(t, rx)))
        start += 1
    inner = None
    if start < len(lines) and (m2 := match_opener(strip_bullet(lines[start].text), rx.quote_open)):
        inner, start = _read_quote(lines, start, m2, rx, memory, removed)
    opener = next((i for i in range(start, len(lines)) if match_opener(strip_bullet(lines[i].text), rx.quote_open)),
                  None)
    end = quote_end(lines, start, len(lines), memory, rx.quote_close, (m.groupdict().get("author") or "").strip(),
                    opener)
    text = "\n".join(_quoted_lines(lines[start:end], rx, removed))
    quote = build_quote(m, text, when)
    if inner:
        quote.quotes.append(inner)
    if end < len(lines) and rx.quote_close and rx.quote_close.match(lines[end].text.strip()):
        removed.append(Removed(lines[end].text.strip(), "quote_chrome"))
        end += 1
    return quote, end


#: the chrome a quote copies with the quoted post's words
QUOTED_CHROME = ("attachment", "code_chrome")


def _quoted_lines(lines: list[Line], rx: CompiledEngine, removed: list[Removed]) -> list[str]:
    """A quote's lines but the link cards, attachment lines and code box labels it copied with the quoted post."""
    texts = [ln.text.strip() for ln in lines]
    cards = link_cards(texts)
    kept = []
    for i, t in enumerate(texts):
        if i in cards or (t and (reason := chrome_reason(t, rx)) in QUOTED_CHROME):
            removed.append(Removed(t, "media" if i in cards else reason))
        elif t:
            kept.append(t)
    return kept


def _flush(pending: list[str], parts: list, removed: list[Removed]) -> None:
    new_parts, new_removed = split_lines(pending)
    parts.extend(new_parts)
    removed.extend(new_removed)


def shown_score(header: list[Removed], body: list[str], parts: list, rx: CompiledEngine) -> int | None:
    """The score a post shows in its header lines (rx.header_score), or on the line opening it (rx.score_open): the
    last such line above the post's first words (an ad's own count may come first), else the header's last line;
    "1.2k" is 1200."""
    m = next((m for line in header if (m := rx.header_score.match(line.text))), None) if rx.header_score else None
    if m is None and rx.score_open:
        first = _first_line(parts)
        words = next((k for k, t in enumerate(body) if t and t.strip() == first), len(body))
        m = next((m for t in reversed(body[:words]) if t and (m := rx.score_open.match(t))), None)
        if m is None and header:
            m = rx.score_open.match(header[-1].text)
    if m is None:
        return None
    return shown_count(m["score"])


def _first_line(parts: list) -> str:
    """The first line of a post's words (or of the quote opening it)."""
    first = parts[0] if parts else ""
    text = first if isinstance(first, str) else getattr(first, "text", "")
    return next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
