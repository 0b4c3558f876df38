"""A forum thread from a text dump: header, posts, footer; each post's header, quotes, body, reactions.

Reading order of the steps: find the thread's header and footer, cut the rest into post segments (at
the engine's post-end lines, else at post date lines: `segments`), end the last post above the page footer
(`last_post`), then read each segment (`post.read_post`), and last strip what repeats across posts
(signatures in `post_tail`, subject lines in `post_header`).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import partial

from threadclean.model import Document, Post, Reaction, Removed
from threadclean.structure import post_content
from threadclean.text.anchors import byline_title
from threadclean.text.body import more_words_than, words
from threadclean.text.boilerplate import LIST_ITEM, boilerplate_reason
from threadclean.text.engines import CompiledEngine, TextEngine
from threadclean.text.last_post import cut_after_closing_lines, cut_at_list_end, cut_at_top_link
from threadclean.text.popular_posts import drop_popular_posts
from threadclean.text.post import read_post
from threadclean.text.post_header import (
    HEADER_NAME_WORDS,
    PANE_LINES,
    TITLE_LABEL,
    name_line,
    read_header,
    replied_line,
    strip_subject_lines,
    take_first_line,
    title_text,
)
from threadclean.text.post_lines import HEADER_LINE_WORDS, Segment, is_date_line, line_texts
from threadclean.text.post_tail import shown_count, strip_signatures
from threadclean.text.quotes import Line, PageMemory
from threadclean.text.scan import filled_below, matching, matching_lines
from threadclean.text.segments import split_segments
from threadclean.text.site_lines import EitherLines, repeated_in_posts


def _first(rx: re.Pattern | None, texts: list[str], start: int = 0, stop: int | None = None) -> int | None:
    return next(matching(rx.match, texts, start, stop), None) if rx is not None else None


def find_bounds(texts: list[str], rx: CompiledEngine) -> tuple[int, int]:
    """(first line after the page header, first line of the page footer)."""
    # only the first mark is needed: later lines are asked about by the steps that read them
    ended = _first(rx.post_end, texts)
    ended = len(texts) if ended is None else ended
    first_mark = next(matching(partial(is_date_line, rx), texts, 0, ended), ended)
    # a date in the page header (the time now) is no post's: the header may go on up to the first post-end line
    first_end = _first(rx.post_end, texts, first_mark) if rx.thread_start else None
    starts = list(matching(rx.thread_start.match, texts, 0, first_end or first_mark)) if rx.thread_start else []
    start = starts[-1] + 1 if starts else 0
    # a thread without date lines (posts opened by their avatars) ends at the first end line after its start
    end = _first(rx.thread_end, texts, max(start, first_mark if first_mark < len(texts) else start)) or len(texts)
    return start, end


#: a line this long above the starter's name is the title
TITLE_WORDS = 3
#: titles are never longer: a longer line is a post's text
MAX_TITLE_WORDS = 30
#: a title repeated in a summary under it is this long at least (a word alone may be any line's)
MIN_TITLE_CHARS = 12
#: the starter's date and forum under the title ("March 19, 2024 in Forum", IPS 5 "June 14, 20241 yr in Forum")
_DATE_IN_FORUM = re.compile(r"(?:\b\d{4}(?:\d+ ?[a-z]{1,3})?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* "
                            r"\d{1,2}) in \w")


def _pane_over_title(texts: list[str], title_at: int, rx: CompiledEngine) -> str | None:
    """The name atop the first post's pane, printed over the thread's title (rx.name_atop_pane): the top of the
    lines above the title up to chrome or a blank line, member info among them."""
    k = title_at
    while k > 0 and texts[k - 1] and not rx.chrome.reason(texts[k - 1]) and title_at - k < PANE_LINES:
        k -= 1
    return texts[k] if k < title_at and name_line(texts[k], rx) else None


def find_title(texts: list[str], stop: int, rx: CompiledEngine,
               items: Container[int] = ()) -> tuple[int | None, str | None]:
    """The thread title and starter: the engine's labelled title line, else the header lines just above
    "Share"/"By X"/the header's end. A short list item (`items`: their line numbers; a tag, a button) is
    neither."""
    if engine_titled := list(matching(rx.title_line.match, texts, 0, stop)) if rx.title_line else []:
        return engine_titled[-1], None
    anchor = _title_anchor(texts, stop, rx)
    # a title labelled as such ("Thema: <title>"): the lines under it are navigation
    labelled = next((k for k in range(anchor - 1, -1, -1) if _LABELLED_TITLE.match(texts[k])), None)
    # the starter line the walk starts above names the starter
    starter = next((m["author"].strip() for p in rx.starter if anchor < stop and (m := p.match(texts[anchor]))), None)
    i = anchor - 1
    while i >= 0:
        t = texts[i]
        m = next((p.match(t) for p in rx.starter if p.match(t)), None)
        if m:
            starter = m["author"].strip()
        elif (crumbs := _crumb_trail(texts, i)) is not None:
            i = crumbs  # a breadcrumb trail, one link a line ("Home", "Forums", "<forum>")
        elif (name := _name_above_rank(texts, i, rx)) is not None:
            i = name  # a rank under the name and status of the first post's author ("jdoe Offline"): pane
        elif _may_be_title(t, i in items, rx) and (labelled is None or i <= labelled) and not _avatar_name(texts, i):
            if words(t) > MAX_TITLE_WORDS:
                # the posts' text (the page printed no title above them), or the thread's summary under its title
                return _title_in_summary(texts, i), starter
            if words(t) >= TITLE_WORDS or (starter and t != starter) or _last_crumb(texts, i, items):
                return i, starter
            starter = starter or t
        i -= 1
    return None, starter


def _avatar_name(texts: list[str], i: int) -> bool:
    """Line i is a name of one or two words printed twice in a row (the avatar's alt text, then the name): the
    first author's pane, not the title."""
    return words(texts[i]) < TITLE_WORDS and (i > 0 and texts[i - 1] == texts[i] or texts[i + 1:i + 2] == [texts[i]])


def _printed_before(post: Post, posts: list[Post]) -> bool:
    """The same post (author, date and parts) is already on the page: printed twice (Khoros shows an accepted
    solution above the replies too), kept once."""
    return post.posted_at_raw is not None and any(
        p.author == post.author and p.posted_at_raw == post.posted_at_raw and p.parts == post.parts for p in posts)


def _title_anchor(texts: list[str], stop: int, rx: CompiledEngine) -> int:
    """Where the walk up to the title starts: the "Share" line under it, else the first starter line ("By X"),
    else the header's end."""
    anchor = next((i for i in range(stop) if texts[i] == "Share"), None)
    if anchor is None:
        anchor = next((i for i in range(stop) if any(p.match(texts[i]) for p in rx.starter)), stop)
    return anchor


#: buttons printed on one line ("Add message | Report"): short labels between bars
_BUTTON_ROW = re.compile(r"^[^|\s][^|]{0,20}(?: \| [^|\s][^|]{0,20})+$")


def _may_be_title(text: str, listed: bool, rx: CompiledEngine) -> bool:
    """A header line that may be the title: not blank, not a short list item (a tag, a button), no chrome,
    pane or tags, not the starter's "<date> in <forum>" line."""
    return bool(text) and not (listed and words(text) < TITLE_WORDS) and not _pane_line(text, rx) \
        and not _DATE_IN_FORUM.search(text) and not _BUTTON_ROW.match(text)


def _title_in_summary(texts: list[str], i: int) -> int | None:
    """The line above the long line i when line i repeats it: the title over the thread's summary ("Discuss
    <title> in the <forum> forum; <first words>...")."""
    k = next((k for k in range(i - 1, -1, -1) if texts[k]), None)
    if k is None or words(texts[k]) > MAX_TITLE_WORDS or len(texts[k]) < MIN_TITLE_CHARS:
        return None
    return k if texts[k] in texts[i] else None


def _crumb_trail(texts: list[str], i: int) -> int | None:
    """The first line of the breadcrumb trail line i ends, when it is one: a run of lines with no blank
    between them that starts with the site's root ("Home", "Forums") and goes on to line i."""
    k = i
    while k > 0 and texts[k - 1]:
        k -= 1
    return k if k < i and _CRUMB_ROOT.match(texts[k]) and all(words(t) <= TITLE_WORDS + 3 for t in texts[k:i + 1]) \
        else None


def _name_above_rank(texts: list[str], i: int, rx: CompiledEngine) -> int | None:
    """The line of the name above line i when it ends with the engine's status suffix ("jdoe Offline"): line i
    is the author's rank."""
    k = next((k for k in range(i - 1, -1, -1) if texts[k]), None)
    if k is None or not texts[i] or not rx.author_suffix or not (m := rx.author_suffix.search(texts[k])) \
            or not m.group(0).strip():
        return None
    return k if 0 < words(texts[k][: m.start()]) <= HEADER_NAME_WORDS else None


def _last_crumb(texts: list[str], i: int, items: Container[int]) -> bool:
    """Line i repeats the last list item above it, apart from it: the breadcrumb trail ends with the thread's
    title (the item's own next line may repeat it too: an avatar's name, then the name)."""
    last = next((k for k in range(i - 1, -1, -1) if k in items), None)
    return last is not None and texts[last] == texts[i] and not all(texts[last + 1 : i])


def _opening(segments: list[Segment]) -> str:
    """The first post's first line."""
    return next((t for seg in segments for t in line_texts(seg.lines) if t), "")


#: a topic's tags as hashtags ("#sourdough #beginner"): printed near the title, never it
_TAGS = re.compile(r"^#\w+(?: #\w+)+$")


def _pane_line(text: str, rx: CompiledEngine) -> bool:
    """Chrome, boilerplate, member info or tags: never the thread title."""
    return bool(rx.chrome.reason(text) or boilerplate_reason(text) or (rx.member_info and rx.member_info.match(text))
                or _TAGS.match(text))


def cut_page_tail(seg: Segment, header: set[str]) -> Segment:
    """The last post without the page footer under it: the footer starts where the page header's navigation
    comes again (breadcrumbs, pagination, menus printed above and below the thread)."""
    texts = line_texts(seg.lines)
    said = False  # the post has said something before its footer
    for k, t in enumerate(texts):
        if said and t in header and _repeated_nav(seg.lines, texts, k, header):
            removed = [Removed(x, boilerplate_reason(x) or "footer") for x in texts[k:] if x]
            return Segment(seg.lines[:k], seg.removed + removed)
        said = said or words(t) >= HEADER_NAME_WORDS
    return seg


def _repeated_nav(lines: list[Line], texts: list[str], k: int, header: set[str]) -> bool:
    """Line k, found in the page header, is navigation: a list item, or the next line is in the header too, or
    is boilerplate, or there is none."""
    if LIST_ITEM.match(lines[k].text):
        return True
    nxt = filled_below(texts, k)
    return nxt is None or nxt in header or boilerplate_reason(nxt) is not None


def _header_lines(texts: list[str], stop: int, title_at: int | None, segments: list[Segment],
                  rx: CompiledEngine) -> set[str]:
    """The page header's lines but the title and those every post prints (its buttons, "Quote", "#1")."""
    header = {t for i, t in enumerate(texts[:stop]) if t and i != title_at and not rx.chrome.reason(t)}
    for seg in segments[:-1]:
        header.difference_update(line_texts(seg.lines))
    return header


#: an unknown engine's page whose header holds this many times the posts' words in prose is an article with
#: comments under it, not a thread
ARTICLE_RATIO = 2
#: ... when that prose, or a first post, holds more words than this
ARTICLE_WORDS = 200
#: an unknown engine's long first post whose replies hold less than this share of its words is an article with
#: comments (or with author boxes read as posts), as the HTML path weighs them
REPLY_SHARE = 0.5


def _article_above(header: list[str], posts: list[Post]) -> bool:
    prose = sum(words(t) for t in header if more_words_than(t, HEADER_LINE_WORDS))
    return prose > ARTICLE_WORDS and prose > ARTICLE_RATIO * sum(words(p.text) for p in posts)


def article_first(posts: list[Post]) -> bool:
    """The first post is an article the others comment on (see REPLY_SHARE); the article may have been read as
    one pasted into it."""
    lead = words(posts[0].text) + sum(words(a.text) for a in posts[0].articles)
    return lead > ARTICLE_WORDS and sum(words(p.text) for p in posts[1:]) < REPLY_SHARE * lead


def page_score(texts: list[str], rx: CompiledEngine) -> list[Reaction]:
    """The first post's score as a line elsewhere on the page shows it (rx.page_score), as a reaction; a score of 0
    is none, as in the HTML."""
    m = next((m for t in texts if t and (m := rx.page_score.match(t))), None)
    score = shown_count(m["score"]) if m else 0
    return [Reaction(rx.reaction_name, score)] if score else []


def _enough_authors(segments: list[Segment], rx: CompiledEngine, min_posts: int, title: str | None = None) -> bool:
    """Whether min_posts segment headers name an author, when parse_thread requires that many (min_posts > 1);
    `title`: the thread's, whose subject lines ("Re: <title>") belong to the headers, as when the posts are read."""
    if min_posts <= 1:
        return True
    named = sum((seg.closing.author if seg.closing else read_header(line_texts(seg.lines), rx, title)[1]) is not None
                for seg in segments)
    return named >= min_posts


PAGE_OF = re.compile(r"^page (\d+) of \d+$", re.I)


def later_page(header: list[str]) -> bool:
    """Page 2+ of a thread: its first post is not the thread starter's."""
    return any((m := PAGE_OF.match(t)) and int(m.group(1)) > 1 for t in header)


#: a line that labels the title ("Thema: <title>", vBulletin 3's "Reload this Page <title>"): no line under it is
#: the title
_LABELLED_TITLE = re.compile(rf"^{TITLE_LABEL}\s+\w")
#: the first link of a breadcrumb trail
_CRUMB_ROOT = re.compile(r"^(?:Home|Forums?|Board index|Forum index|Index|Startseite|Foren|Forenübersicht|Accueil|"
                         r"Index du forum|Inicio|Foros)$", re.I)


def parse_thread(doc: Document, lines: list[Line], engine: TextEngine, min_posts: int = 1,
                 site: Container[str] = frozenset()) -> bool:
    """Fill `doc` with the thread's posts; False when fewer than `min_posts` were found.

    `site`: normalised lines learnt as the site's boilerplate (`site_lines.learn_site_lines`).
    """
    rx = engine.rx
    texts = line_texts(lines)
    start, end = find_bounds(texts, rx)
    first = next(matching(partial(is_date_line, rx), texts, start, end), start)
    items = matching_lines(LIST_ITEM.match, lines[:start or first])
    title_at, starter = find_title(texts, start if start else first, rx, items)
    if rx.name_atop_pane and starter is None and title_at is not None:
        starter = _pane_over_title(texts, title_at, rx)
    if (replied := replied_line(texts, start or first)) is not None:
        title_at = replied  # the subject the replies repeat ("Re: <title>")
    segments = drop_popular_posts(split_segments(lines, texts, start, end, rx, title_at), rx)
    if not start and (closed := next((seg for seg in segments if seg.closing and seg.at >= 0), None)):
        items = matching_lines(LIST_ITEM.match, lines[:closed.at])
        title_at, starter = find_title(texts, closed.at, rx, items)  # dates under the posts: the title is above
    if segments and (header := _header_lines(texts, start or first, title_at, segments, rx)):
        segments[-1] = cut_page_tail(segments[-1], header)
    if segments:
        segments = cut_after_closing_lines(segments, rx)
        segments[-1] = cut_at_top_link(cut_at_list_end(segments[-1]))
    title = title_text(texts[title_at], rx) if title_at is not None else None
    if len(segments) < min_posts or not _enough_authors(segments, rx, min_posts, title):
        return False  # too few posts (one at most per segment) or authors: no need to read the bodies
    memory = PageMemory()
    posts: list[Post] = []
    site = EitherLines(site, repeated_in_posts([line_texts(seg.lines) for seg in segments],
                                                   lambda t: rx.chrome.reason(t) or boilerplate_reason(t)))
    for seg in segments:
        post, removed = read_post(seg, rx, memory, doc.fetched_at, site, title)
        doc.removed += removed
        if post and _printed_before(post, posts):
            doc.removed.append(Removed(post.text, "duplicate_post"))
        elif post:
            memory.add(post_content(post), post.author)  # own words only, so nested quotes are told apart
            posts.append(post)
    if len(posts) < min_posts or (min_posts > 1 and sum(p.author is not None for p in posts) < min_posts):
        return False
    # the page header: the lines a header-only first segment took out, else those above the first date line
    above = [r.text for r in segments[0].removed] if segments and not segments[0].lines else texts[:first]
    if min_posts > 1 and _article_above(above, posts):
        return False
    strip_signatures(posts, doc.removed)
    # the first post's header may name the thread ("<title> by jdoe: <date>"): the line found above is not it
    if rx.name_dates and first < len(texts) and (titled := byline_title(texts[first])):
        doc.title, title_at = titled, None
    else:
        doc.title = title_text(texts[title_at], rx) if title_at is not None else None
    doc.title = strip_subject_lines(posts, doc.title, doc.removed) or doc.title
    if doc.title is None and rx.title_in_post and rx.title_in_post.match(_opening(segments)):
        doc.title = take_first_line(posts[0], "title", doc.removed)  # the thread's title printed in the post
        if not posts[0].parts and len(posts) > 1 and posts[1].author == posts[0].author:
            posts.pop(0)  # the post's card (byline and title) over the post itself (Lemmy)
    doc.removed[:0] = [Removed(t, boilerplate_reason(t) or "header") for i, t in enumerate(texts[:start])
                       if t and i != title_at]
    doc.removed += [Removed(t, boilerplate_reason(t) or "footer") for t in texts[end:] if t]
    if starter and not posts[0].author and not later_page(texts[:start]):
        posts[0].author, posts[0].author_source = starter, "thread_starter"
    if rx.page_score and not posts[0].reactions:
        posts[0].reactions = page_score(texts, rx)
    doc.posts, doc.engine, doc.page_kind = posts, engine.name, "thread"
    return True
