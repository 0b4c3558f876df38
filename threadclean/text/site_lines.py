"""Site-level boilerplate: lines that repeat across several pages of one site (CCNet-style line frequency).

Menus, footers, rank titles and signatures come back on every page of a site, while members' own
words do not. Lines inside quotes are left out of the count: a quote copies a post from another page
of the same thread, and that post's words must not be learnt as boilerplate.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from functools import lru_cache

from threadclean.decode import straighten_quotes
from threadclean.text.boilerplate import strip_bullet
from threadclean.text.engines import GENERIC

#: a line must come back on at least this share of the site's pages, and on at least MIN_PAGES of them
MIN_SHARE = 0.5
MIN_PAGES = 2
#: lines longer than this are prose even when repeated (a pasted article on two pages)
MAX_CHARS = 200
#: a quote with no closer runs at most this many lines
QUOTE_LINES = 12
_TWO_PART_SUFFIXES = {"co", "com", "org", "net", "ac", "gov", "edu"}


@lru_cache(maxsize=1 << 15)  # a page's lines are compared in several steps, and posts repeat lines
def normalise(line: str) -> str:
    """The form lines are compared in: bullets and spacing removed, lower case, quotes straightened (learning reads
    the raw dumps, cleaning the repaired ones)."""
    # split() and re's \s take the same white space: runs of it become one space, none is left at the ends
    return straighten_quotes(" ".join(strip_bullet(line).split()).lower())


def site_key(url: str | None) -> str | None:
    """The registered domain of a URL ("forums.example.co.uk" -> "example.co.uk"), the unit lines are learnt by."""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/", 1)[0].split(":", 1)[0]
    labels = [p for p in host.split(".") if p]
    if len(labels) >= 3 and labels[-2] in _TWO_PART_SUFFIXES and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:]) if labels else None


def _outside_quotes(text: str) -> Iterable[str]:
    """Normalised lines of a dump, without the lines that follow a quote opener."""
    rx = GENERIC.rx
    in_quote = 0
    for raw in text.split("\n"):
        line = normalise(raw)
        if not line:
            continue
        if rx.quote_open.match(line):
            in_quote = QUOTE_LINES
            continue
        if in_quote:
            in_quote = 0 if rx.quote_close and rx.quote_close.match(line) else in_quote - 1
            continue
        if len(line) <= MAX_CHARS:
            yield line


def line_hash(line: str) -> int:
    """A stable 64-bit hash of a normalised line: the same in every process and run (unlike `hash`)."""
    return int.from_bytes(hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest(), "little")


def page_line_hashes(text: str) -> set[int]:
    """The hashed normalised lines of one page that count towards its site's boilerplate."""
    return {line_hash(line) for line in _outside_quotes(text)}


@dataclass(frozen=True)
class HashedLines:
    """Lines learnt across a batch, kept as hashes; `normalised line in lines` works as with a set of strings."""

    hashes: frozenset[int]

    def __contains__(self, line: object) -> bool:
        return isinstance(line, str) and line_hash(line) in self.hashes

    def __bool__(self) -> bool:
        return bool(self.hashes)


def pages_needed(pages: int) -> int | None:
    """On how many of a site's `pages` a line must be to count as the site's boilerplate (None: too few pages
    to learn from). The one threshold of both learners (strings here, hashes in batch runs)."""
    if pages < MIN_PAGES:
        return None
    return max(MIN_PAGES, math.ceil(MIN_SHARE * pages))


def learn_site_lines(texts: list[str]) -> set[str]:
    """Normalised lines found on at least half (and at least two) of one site's pages, quotes left out."""
    need = pages_needed(len(texts))
    if need is None:
        return set()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(_outside_quotes(text)))
    return {line for line, n in counts.items() if n >= need}


def learn_by_site(pages: Iterable[tuple[str | None, str]]) -> dict[str, set[str]]:
    """(site or URL, text) pairs -> the lines learnt per site; pages without a site learn nothing."""
    grouped: dict[str, list[str]] = {}
    for site, text in pages:
        key = site_key(site) if site and "/" in site else site
        if key:
            grouped.setdefault(key, []).append(text)
    return {key: learn_site_lines(texts) for key, texts in grouped.items()}


#: a short line printed in this many of a page's posts, and in half of them at least, is a post's button or
#: widget label ("Report post to moderator", "Send"), not a member's words
PAGE_REPEAT_POSTS = 3
PAGE_REPEAT_WORDS = 6
_SENTENCE_ENDS = (".", "!", "?")
#: code ("main():", "x = 1") and mentions ("@jdoe") come back in many posts of a thread as members' words
_NOT_WIDGET = re.compile(r"[(){}\[\]=;<>]|^@")


def repeated_in_posts(posts: list[list[str]], chrome: Callable[[str], object]) -> set[str]:
    """Normalised short lines (no sentences, no code) that come back in most of a page's posts, given as their
    lines: counted where they stand by another such line or by a line `chrome` tells (a widget, not a line
    of a post's text that happens to repeat)."""
    counts: Counter[str] = Counter(line for lines in posts for line in {normalise(t) for t in lines if _widget(t)})
    need = max(PAGE_REPEAT_POSTS, math.ceil(MIN_SHARE * sum(bool(lines) for lines in posts)))
    candidates = {line for line, n in counts.items() if n >= need and line}
    if not candidates:
        return set()
    placed: Counter[str] = Counter()
    for lines in posts:
        placed.update(_placed([t for t in lines if t], candidates, chrome))
    return {line for line, n in placed.items() if n >= need}


def _placed(filled: list[str], candidates: set[str], chrome: Callable[[str], object]) -> set[str]:
    """The candidates among a post's (non-blank) lines that stand by another candidate or a chrome line."""
    keys = [normalise(t) for t in filled]

    def near(j: int) -> bool:  # asked about the neighbours of candidates only: chrome tests are dear
        return keys[j] in candidates or bool(chrome(filled[j]))

    return {k for i, k in enumerate(keys) if k in candidates
            and ((i and near(i - 1)) or (i + 1 < len(keys) and near(i + 1)))}


def _widget(text: str) -> bool:
    # the cheap tests first: most lines of a post are sentences
    # split no further than one word past the limit: a long line's words are not all needed
    return bool(text) and not text.endswith(_SENTENCE_ENDS) and len(text.split(None, PAGE_REPEAT_WORDS)) <= PAGE_REPEAT_WORDS \
        and not _NOT_WIDGET.search(text)


@dataclass(frozen=True)
class EitherLines:
    """Lines in either of two collections (the site's and the page's repeated lines)."""

    first: Container[str]
    second: Container[str]

    def __contains__(self, line: object) -> bool:
        return line in self.first or line in self.second

    def __bool__(self) -> bool:
        return bool(self.first) or bool(self.second)
