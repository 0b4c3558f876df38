"""Quotes in text dumps: an opener line ("8 hours ago, X said:"), then the quoted paragraphs.

Dumps drop the quote box, so where a quote ends is not written down. The quoted paragraphs are copies
of earlier posts on the page: the quote runs while its paragraphs are found in earlier posts. When the
source is not on the page, it runs to the next spacer line (an empty paragraph the editor leaves after
a quote) or is one paragraph long.
"""

from __future__ import annotations

import re

from threadclean.model import Quote
from threadclean.structure import SHINGLE, same_name, shingles, word_tokens
from threadclean.text.boilerplate import EDGE_SPACE, MARKED_START, strip_marker
from threadclean.text.engines import REPLY_PREFIX, FirstMatch

FOUND = 0.5


def sentences(text: str) -> list[str]:
    """The text's sentences, cut after ".", "!" or "?" and a space, and at line ends (plain replaces and one split:
    a regex over every character of a page's posts costs many times as much)."""
    return [s.strip() for s in text.replace(". ", ".\n").replace("! ", "!\n").replace("? ", "?\n").split("\n")]


class PageMemory:
    """The own words of each post seen so far, to recognise quoted copies of them."""

    def __init__(self) -> None:
        self._flats: list[str] = []
        self._shingled: list[set[tuple[str, ...]]] = []
        self._texts: list[str] = []
        self.authors: list[str | None] = []
        self._seen: set[str] = set()  # the posts' lines and sentences as written, for a quick test

    def add(self, text: str, author: str | None = None) -> None:
        self._texts.append(text)  # tokenised when a quote first asks (most pages quote nothing)
        self.authors.append(author)
        # its lines and sentences as written, each split made in one call over the whole text
        self._seen.update(text.split("\n"))
        self._seen.update(sentences(text))

    def shows(self, line: str) -> bool:
        """Whether an earlier post holds this line as written, as a line or its sentences (a copy as a page prints
        it, case included): a quick test, before the words of all posts are compared."""
        if line in self._seen:
            return True
        # a line of several sentences (most lines are one, or none of them quoted)
        return ("." in line or "!" in line or "?" in line) and all(s in self._seen for s in sentences(line) if s)

    @property
    def shingled(self) -> list[set[tuple[str, ...]]]:
        """Each post's word shingles (what a quote is traced by), made for the posts added since last asked."""
        flats = self.flats
        for k in range(len(self._shingled), len(flats)):
            words = flats[k].split()
            self._shingled.append(shingles(words) if len(words) >= SHINGLE else set())
        return self._shingled

    @property
    def flats(self) -> list[str]:
        """Each post's words as one padded string (what a word-for-word copy is looked up in): made for the posts
        added since last asked, without the shingles a copy's test does not need."""
        for text in self._texts[len(self._flats) :]:
            self._flats.append(" " + " ".join(word_tokens(text)) + " ")
        return self._flats

    def by(self, posts: set[int], author: str | None) -> set[int]:
        """Those of `posts` written by `author`."""
        return {k for k in posts if author and self.authors[k] == author}

    def copied_from(self, paragraph: str) -> set[int]:
        """Indices of the earlier posts holding this paragraph word for word."""
        words = word_tokens(paragraph)
        return self._holding(words) if words else set()

    def sources(self, paragraph: str) -> set[int]:
        """Indices of the earlier posts that hold this paragraph."""
        words = word_tokens(paragraph)
        if not words:
            return set()
        if len(words) < SHINGLE:
            return self._holding(words)
        sh = shingles(words)
        return {k for k, held in enumerate(self.shingled) if len(sh & held) / len(sh) >= FOUND}

    def _holding(self, words: list[str]) -> set[int]:
        """Indices of the earlier posts whose words hold `words` as a run."""
        needle = f" {' '.join(words)} "
        return {k for k, flat in enumerate(self.flats) if needle in flat}


class Line:
    """One line of a post, with whether it is a spacer (a paragraph holding only spaces), and `plain`: its text
    without list markers, as the matching steps read it (made once: every step reads it again)."""

    __slots__ = ("text", "spacer", "plain")

    def __init__(self, text: str, spacer: bool = False, plain: str | None = None) -> None:
        self.text = text
        self.spacer = spacer
        self.plain = plain_text(text) if plain is None else plain

    def __repr__(self) -> str:
        return f"Line(text={self.text!r}, spacer={self.spacer!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and (self.text, self.spacer) == (other.text, other.spacer)

    __hash__ = None  # mutable, compared by value


def plain_text(text: str) -> str:
    """A line's text without list markers (strip_marker), the call skipped for most lines: nothing to strip."""
    return text if text[:1] not in MARKED_START and text[-1:] not in EDGE_SPACE else strip_marker(text)


def match_opener(text: str, openers: FirstMatch) -> re.Match | None:
    """The match of the first quote opener pattern that matches the line."""
    return openers.match(text)


def _paragraph_spans(lines: list[Line], start: int, stop: int) -> list[tuple[int, int]]:
    spans, begin = [], None
    for i in range(start, stop):
        if lines[i].text.strip():
            begin = i if begin is None else begin
        elif begin is not None:
            spans.append((begin, i))
            begin = None
    if begin is not None:
        spans.append((begin, stop))
    return spans


def quote_end(lines: list[Line], start: int, stop: int, memory: PageMemory, closer: re.Pattern | None,
              author: str | None = None, opener: int | None = None) -> int:
    """Index one past the quote's last line; the quote's text starts at `start`. A quote of `author` runs on
    over paragraphs of that author's post (their own words after a quote they quoted). With no closing line, the
    quote ends before the next quote's `opener` line."""
    if closer is not None:
        for i in range(start, stop):
            if closer.match(lines[i].text.strip()):
                return i
    spans = _paragraph_spans(lines, start, stop if opener is None else min(stop, opener))
    if not spans:
        return start
    found = _ParagraphSources(lines, spans, memory)
    if found[0]:
        candidates, end = set(found[0]), 0
        for k in range(len(spans)):
            if found[k] & candidates:
                candidates &= found[k]  # a quote copies one post: keep to the posts that hold every paragraph
                end = k
            elif k and (own := memory.by(found[k], author)):
                candidates, end = own, k
            elif not found[k] and memory.sources(lines[spans[k][0]].text) & candidates:
                end = k  # the reply follows the quote's last paragraph without a blank line
                break
            elif found[k] or not any(found[j] & candidates for j in range(k + 1, min(k + 3, len(spans)))):
                # a paragraph from another post starts a new quote; one found nowhere (a dateline that
                # changed) stays inside only when the quote goes on right after it
                break
        return _trim_last_span(lines, spans[end], memory, candidates)
    if lines_found := memory.sources(lines[spans[0][0]].text):
        # the reply follows the quote without a blank line, so the paragraph as a whole is found nowhere
        return _trim_last_span(lines, spans[0], memory, lines_found)
    limit = spans[min(2, len(spans) - 1)][1]  # source not on the page: up to a spacer, at most 3 paragraphs
    for i in range(spans[0][1], limit):
        if lines[i].spacer:
            return i
    return spans[0][1]


class _ParagraphSources:
    """memory.sources of each paragraph span, found when first asked: a quote ends after a few of the post's
    paragraphs, and the rest are never asked about."""

    def __init__(self, lines: list[Line], spans: list[tuple[int, int]], memory: PageMemory) -> None:
        self.lines, self.spans, self.memory = lines, spans, memory
        self.known: dict[int, set[int]] = {}

    def __getitem__(self, k: int) -> set[int]:
        if k not in self.known:
            a, b = self.spans[k]
            self.known[k] = self.memory.sources(" ".join(ln.text for ln in self.lines[a:b]))
        return self.known[k]


def _trim_last_span(lines: list[Line], span: tuple[int, int], memory: PageMemory, candidates: set[int]) -> int:
    """Dumps often lose the blank line after a quote: end it after its last line found in the source post.

    A line found only in other posts than the quote's first line ends it there: a nested quote closes and the
    enclosing quote's words go on without a blank line between them.
    """
    a, b = span
    found = [memory.sources(lines[i].text) for i in range(a, b)]
    first = found[0]
    own = _reply_between(lines, a, found, candidates)
    last = a
    for k, here in enumerate(found[: None if own is None else own - a]):
        if first and here and not here & first:
            return a + k
        if here & candidates:
            last = a + k
    return own if own is not None else last + 1 if b - a > 1 else b


def _reply_between(lines: list[Line], a: int, found: list[set[int]], candidates: set[int]) -> int | None:
    """The first line from `a` that is the reply's own sentence between lines of the quoted post (`found`: the
    posts holding each line): found nowhere, a sentence long, with a line of the post `candidates` under it. The
    quote ends there; the quoted post's next lines are quoted again (`copied_run`)."""
    for k, here in enumerate(found):
        if k and not here and sentence(lines[a + k].text) and any(later & candidates for later in found[k + 1 :]):
            return a + k
    return None


#: a line found nowhere on the page, between a quote's lines, is the reply's own sentence from this many words on
#: (a shorter one is a line the dump changed: a dateline, an emoji's name)
OWN_WORDS = 6


def own_words(lines: list[str]) -> bool:
    """Whether the reply's lines since its last quote hold a sentence of their own: under it, more of the quoted
    post's lines are a quote again; under headings (a list's items the quote copies but the post shows as links)
    they go on as the reply's."""
    return any(sentence(t, 2) for t in lines)


def sentence(text: str, at_least: int = 0) -> bool:
    """A line ending as a sentence does, of `at_least` words (OWN_WORDS unless given)."""
    text = text.strip()
    return text.endswith((".", "!", "?", ":")) and len(word_tokens(text)) >= (at_least or OWN_WORDS)


def copied_run(texts: list[str], start: int, sources: set[int], memory: PageMemory) -> int:
    """How many lines from `start` copy, word for word, one of the posts `sources` (blank lines between such
    lines included), when the reply's own words follow them: 0 when the line at `start` copies none of them or is
    too short to tell, or when nothing of the reply's follows (a signature the author printed under both posts)."""
    end, i = start, start
    while i < len(texts):
        if not texts[i].strip():
            i += 1
            continue
        if len(word_tokens(texts[i])) < COPY_WORDS or not memory.copied_from(texts[i]) & sources:
            break
        end = i = i + 1
    return end - start if any(t.strip() for t in texts[end:]) else 0


#: an unmarked quote copies at least this many words
COPY_WORDS = 4


def unmarked_quote(lines: list[Line], memory: PageMemory, strict: bool = False) -> tuple[int, set[int]]:
    """The opening paragraphs of a post that an earlier post holds word for word, with no header: a quote whose
    header the page's script would have printed (IP.Board 3.4). (End line, the posts they copy); (0, set()) when
    the post opens with its own words, or holds nothing else. `strict`, for engines whose dumps keep quote headers
    (a quote the page marks by copying alone, in bold or italics): the copy opens with a sentence, not with a
    heading or a reply's subject line ("Re: <title>"), which replies repeat without quoting."""
    spans = _paragraph_spans(lines, 0, len(lines))
    end, sources = 0, set()
    for a, b in spans:
        text = " ".join(ln.text.strip() for ln in lines[a:b])
        if strict and not end and not may_open_a_copy(lines[a].text, memory):
            break
        found = memory.copied_from(text) if len(word_tokens(text)) >= COPY_WORDS else set()
        if not found or (sources and not found & sources):
            break
        end, sources = b, (sources & found if sources else found)
    if end and not any(ln.text.strip() for ln in lines[end:]):
        return 0, set()  # the whole post is the copy: a post printed twice, not a quote
    return end, sources


def copied_paragraph(texts: list[str], i: int, memory: PageMemory,
                     author: str | None = None) -> tuple[int, set[int]] | None:
    """(lines, the post they copy) when the paragraph at line i copies one earlier post by another member word for
    word, opening with a sentence of it (may_open_a_copy) and followed by words of the reply's own: a quote whose box
    and header the dump lost (FluxBB, NodeBB blockquotes); None otherwise. Lines several posts hold are the page's
    (a widget printed in posts), and a member's own lines again their signature."""
    if not texts[i] or (i and texts[i - 1].strip()) or not may_open_a_copy(texts[i], memory):
        return None
    sources = memory.copied_from(texts[i])
    if len(sources) != 1 or (author and memory.by(sources, author)):
        return None
    n = copied_run(texts, i, sources, memory)
    after = next((t for t in texts[i + n :] if t.strip()), "")
    if len(word_tokens(after)) >= 2 and memory.copied_from(after) & sources:
        return None  # the lines under it are the same post's too: a block printed in both (a widget), no quote
    return (n, sources) if n else None


def may_open_a_copy(line: str, memory: PageMemory) -> bool:
    """Whether a post's first line may open a quote marked only by copying (the strict reading): a sentence of
    OWN_WORDS words, not a reply's subject line, that an earlier post shows as written. Asked before the words of
    the page's posts are compared: most posts open with no copy."""
    line = line.strip()
    return len(line) >= MIN_COPY_CHARS and line.endswith((".", "!", "?", '."', '!"', '?"')) and memory.shows(line) \
        and REPLY_PREFIX.match(line) is None and len(word_tokens(line)) >= OWN_WORDS


#: a line of OWN_WORDS words has this many characters at least (a test before the words are counted)
MIN_COPY_CHARS = 2 * OWN_WORDS - 1


def copied_quote(texts: list[str], end: int, sources: set[int], memory: PageMemory) -> Quote:
    """The Quote of a post's opening lines `texts[:end]`, which `unmarked_quote` found copied from the posts
    `sources`: named after that post's author when it copies one post."""
    author = memory.authors[next(iter(sources))] if len(sources) == 1 else None
    return Quote(text="\n".join(t for t in texts[:end] if t.strip()), quoted_author=author,
                 quoted_author_source="source_post" if author else "none")


#: a line naming someone, then a colon: a quote's header when what follows copies that member's post
_NAMED_LEAD = re.compile(r"^(?P<author>[^\s:][^:]{0,40}?)\s*:$")


def named_lead(texts: list[str], i: int, memory: PageMemory) -> re.Match | None:
    """Line i as a quote's header ("jdoe:"): a name then a colon, the line under it copied from a post that
    member wrote earlier on the page (Nairaland prints its quote headers so; on any board, a line such as "Update:"
    names no member)."""
    m = _NAMED_LEAD.match(texts[i]) if texts[i].endswith(":") else None
    if m is None:
        return None
    posts = {k for k, a in enumerate(memory.authors) if a and same_name(a, m["author"])}
    below = next((t for t in texts[i + 1 :] if t.strip()), "")
    return m if posts and below and memory.sources(below) & posts else None


def quote_again(quote: Quote, text: str) -> Quote:
    """More words of the post `quote` copies, quoted after the reply's own words with no header of their own (the
    dump keeps one header of a reply's quotes of one post): the same quoted author and date."""
    return Quote(text=text, quoted_author=quote.quoted_author, quoted_when_raw=quote.quoted_when_raw,
                 quoted_author_source=quote.quoted_author_source)


def build_quote(m: re.Match, text: str, when: str | None = None) -> Quote:
    """The quote its header `m` opens; `when`: the date printed under a header that holds none."""
    groups = m.groupdict()
    author = (groups.get("author") or "").strip() or None
    return Quote(text=text, quoted_author=author, quoted_when_raw=(groups.get("when") or when or None))
