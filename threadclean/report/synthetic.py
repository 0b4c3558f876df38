"""Synthetic output folders that follow the Parquet contract, for the report's tests and benchmark.

Threads of posts with realistic lengths, short stock replies (exact duplicates), quotes of earlier
posts, news articles pasted into many threads with small edits (near duplicates), media, removed
boilerplate by reason, and a few empty and failed documents. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from threadclean.tables import SCHEMAS, TABLES
from threadclean.writer import write_part

_VOCAB = {
    "en": ("the people government market rates would could think about because really still price energy "
           "council housing school players season team weather flood train service local year week water "
           "money policy news report should never always other first last good great point agree those "
           "which their there where after before again against between through during without"),
    "de": ("der die das und nicht ist mit auf für eine einen wird werden haben hatte schon noch immer "
           "aber auch oder wenn weil dass heute morgen gestern Regierung Preise Wetter Mannschaft"),
    "fr": ("le la les des une est pas pour dans avec sur mais plus tout comme aussi bien fait être "
           "avoir nous vous ils elles gouvernement prix marché équipe saison aujourd'hui demain"),
}
_WORDS = {lang: words.split() for lang, words in _VOCAB.items()}
_STOCK_REPLIES = ["Thanks for sharing this, very helpful.", "+1", "Agreed.", "Same here, no idea why.",
                  "Bump. Anyone have an update on this?", "This.", "lol", "Well said, couldn't agree more."]
_ENGINES = ["xenforo", "vbulletin", "phpbb", "invision", "discourse", "generic"]
_REASONS = {"navigation": ["Home", "Forums", "New posts", "Search forums", "Log in", "Register"],
            "footer": ["Terms and rules", "Privacy policy", "Contact us", "Forum software by someone"],
            "signature": ["Sent from my iPhone using Tapatalk", "-- Born to ride, forced to work"],
            "share": ["Share:", "Facebook Twitter Reddit Pinterest Email Link"],
            "ads": ["Advertisement", "Sponsored: Top 10 insurance deals you won't believe"]}
_ERRORS = ["decode: undetectable charset", "parse: empty body", "read: truncated file"]


@dataclass
class Shape:
    """Sizes of a synthetic corpus."""

    n_posts: int = 10_000
    posts_per_thread: int = 20
    n_sites: int = 200
    n_news: int = 300
    seed: int = 7


def _sentence(rng: random.Random, lang: str) -> str:
    words = rng.choices(_WORDS[lang], k=rng.randint(7, 16))
    return " ".join(words).capitalize() + rng.choice([".", ".", ".", "?", "!"])


def _paragraph(rng: random.Random, lang: str, n: int) -> str:
    return " ".join(_sentence(rng, lang) for _ in range(n))


def _news(rng: random.Random, shape: Shape) -> list[str]:
    return [_paragraph(rng, "en", rng.randint(12, 30)) for _ in range(shape.n_news)]


def _edited(rng: random.Random, article: str) -> str:
    """A pasted copy: sometimes with the first sentence cut or a source line added."""
    roll = rng.random()
    if roll < 0.25:
        return article.split(". ", 1)[-1]
    if roll < 0.5:
        return article + " Source: the local paper."
    return article


class _Builder:
    """Accumulates the columns of every table for a run of threads."""

    def __init__(self, shape: Shape) -> None:
        self.shape = shape
        self.rng = random.Random(shape.seed)
        self.news = _news(self.rng, shape)
        self.cols = {t: {c: [] for c in SCHEMAS[t]} for t in TABLES}

    def add(self, table: str, **row) -> None:
        for col, values in self.cols[table].items():
            values.append(row.get(col))

    def post_text(self) -> str:
        rng = self.rng
        if rng.random() < 0.08:
            return rng.choice(_STOCK_REPLIES)
        lang = rng.choices(["en", "de", "fr"], weights=[85, 10, 5])[0]
        return _paragraph(rng, lang, max(1, int(rng.lognormvariate(1.0, 0.8))))

    def thread(self, index: int, n_posts: int) -> int:
        rng, doc_id = self.rng, f"doc{self.shape.seed}-{index:07d}"
        status = rng.choices(["ok", "empty", "error"], weights=[96, 2, 2])[0]
        if status != "ok":
            n_posts = 0
        texts: list[str] = []
        for pos in range(1, n_posts + 1):
            texts.append(self.post(doc_id, pos, texts))
        n_removed = 0
        for reason, lines in _REASONS.items():
            for line in rng.sample(lines, k=min(len(lines), rng.randint(0, 3))):
                self.add("removed", doc_id=doc_id, text=line, reason=reason)
                n_removed += len(line)
        n = rng.randrange(self.shape.n_sites)
        site = f"{rng.choice(['www', 'forum', 'community'])}.site{n}.{('com', 'co.uk', 'de', 'fr')[n % 4]}"
        self.add("documents", doc_id=doc_id, source=f"{doc_id}.html", url=f"https://{site}/threads/{index}/",
                 format="html", engine=rng.choice(_ENGINES), page_kind="thread" if n_posts else "other",
                 title=f"Thread {index}", text="\n\n".join(texts), n_posts=n_posts, status=status,
                 error=rng.choice(_ERRORS) if status == "error" else None, n_removed_chars=n_removed)
        return n_posts

    def post(self, doc_id: str, pos: int, earlier: list[str]) -> str:
        rng, post_id = self.rng, f"{doc_id}-p{pos}"
        text, n_quotes, n_articles, n_media = self.post_text(), 0, 0, 0
        if earlier and rng.random() < 0.3:
            src = rng.randrange(len(earlier))
            n_quotes = 1
            source = f"{doc_id}-p{src + 1}" if rng.random() < 0.7 else None
            self.add("quotes", doc_id=doc_id, post_id=post_id, position=1, quoted_author=f"user{src}",
                     quoted_author_source="quote", text=earlier[src][:300], source_post_id=source, depth=1)
        if rng.random() < 0.03:
            n_articles = 1
            art = _edited(rng, rng.choice(self.news))
            self.add("articles", doc_id=doc_id, post_id=post_id, title=art[:40], outlet="The Paper", text=art,
                     captions=[])
        if rng.random() < 0.01:
            n_media = 1
            self.add("media", doc_id=doc_id, post_id=post_id, kind="youtube", title="A video", text="", comments=[])
        inferred = rng.random() < 0.05
        self.add("posts", doc_id=doc_id, post_id=post_id, position=pos,
                 author=None if rng.random() < 0.03 else f"user{rng.randrange(5000)}", author_inferred=inferred,
                 author_source="quote" if inferred else "post", text=text, reactions=[], n_quotes=n_quotes,
                 n_articles=n_articles, n_media=n_media)
        return text

    def frames(self) -> dict[str, pl.DataFrame]:
        return {t: pl.DataFrame(self.cols[t], schema=SCHEMAS[t]) for t in TABLES}


def write_corpus(out: Path, shape: Shape, n_parts: int = 1) -> None:
    """Write a synthetic output folder of about `shape.n_posts` posts in `n_parts` parts."""
    rng = random.Random(shape.seed + 1)
    per_part = shape.n_posts // n_parts
    index = 0
    for part in range(n_parts):
        builder = _Builder(Shape(**{**shape.__dict__, "seed": shape.seed * 1000 + part}))
        builder.news = _news(random.Random(shape.seed), shape)  # the same news in every part: pasted across shards
        made = 0
        while made < per_part:
            n = max(1, min(per_part - made, int(rng.expovariate(1 / shape.posts_per_thread)) + 1))
            made, index = made + builder.thread(index, n), index + 1
        write_part(builder.frames(), out, f"part-{part:05d}")
