"""The document tree every extractor produces: page, posts, quotes, articles, media, removed lines.

These dataclasses are the public result of `clean_text` / `clean_html` and map one to one onto the
Parquet tables (see `threadclean.tables`). Extractors fill them; `threadclean.structure` links them
(quote sources, inferred authors, ids); nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Format = Literal["html", "text"]
PageKind = Literal["thread", "article", "other"]
Status = Literal["ok", "empty", "error"]
AuthorSource = Literal["post", "thread_starter", "quote", "none"]
#: where a quote's author came from: its own header or markup ("quote"), the post it was traced to ("source_post")
QuotedAuthorSource = Literal["quote", "source_post", "none"]
#: how typographic quotes and apostrophes come out: "straight" as ASCII ones (what the rules read; ftfy's
#: `uncurl_quotes`), "page" as the page wrote them
QuoteStyle = Literal["straight", "page"]


@dataclass
class Reaction:
    """A reaction or like count shown under a post ("Thanks 1", "8 Likes"). `name` is lower-cased, so a page's
    "Like", a text dump's "LIKE" and an icon's "like" are one reaction."""

    name: str
    count: int

    def __post_init__(self) -> None:
        self.name = self.name.lower()


@dataclass
class Quote:
    """Text a post quotes from someone else, with nested quotes inside it.

    `text` holds the quote's own words only; nested quotes are in `quotes` (depth + 1).
    """

    text: str
    quoted_author: str | None = None
    quoted_when_raw: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    depth: int = 1
    source_post_id: str | None = None
    #: engine's id of the quoted post when the markup carries it (e.g. XenForo `data-source`)
    source_ref: str | None = None
    quoted_author_source: QuotedAuthorSource = "none"

    @property
    def author_inferred(self) -> bool:
        """True when the quote names no one and its author is that of the post it was traced to."""
        return self.quoted_author_source == "source_post"


@dataclass
class Article:
    """A news article: pasted into a post, or the main content of an article page."""

    text: str
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published_at: date | None = None
    published_raw: str | None = None
    captions: list[str] = field(default_factory=list)


@dataclass
class MediaComment:
    """A viewer comment shown under embedded media (e.g. YouTube comments copied with a video)."""

    text: str
    author: str | None = None
    when: str | None = None


@dataclass
class Media:
    """Embedded media in a post: a video card with its title, description and comments."""

    kind: str
    title: str | None = None
    text: str = ""
    comments: list[MediaComment] = field(default_factory=list)


#: One piece of a post body, in reading order.
Part = str | Quote | Article | Media


@dataclass
class Post:
    """One post of a thread. `parts` keeps the body in reading order; `text` is the author's own words."""

    parts: list[Part] = field(default_factory=list)
    author: str | None = None
    author_source: AuthorSource = "none"
    #: the author's profile link as the page gives it (absolute when the page URL is known); HTML only
    author_url: str | None = None
    posted_at: datetime | None = None
    posted_at_raw: str | None = None
    reactions: list[Reaction] = field(default_factory=list)
    #: the engine's own id for the post (e.g. "elComment_123", "post-45"), when known
    native_id: str | None = None
    post_id: str = ""
    position: int = 0

    @property
    def author_inferred(self) -> bool:
        """True when the author was learnt from another post's quote rather than shown with the post."""
        return self.author_source == "quote"

    @property
    def text(self) -> str:
        """The author's own words: no quotes, no embedded article, no media."""
        return "\n\n".join(p for p in self.parts if isinstance(p, str) and p.strip())

    @property
    def quotes(self) -> list[Quote]:
        return [p for p in self.parts if isinstance(p, Quote)]

    @property
    def articles(self) -> list[Article]:
        return [p for p in self.parts if isinstance(p, Article)]

    @property
    def media(self) -> list[Media]:
        return [p for p in self.parts if isinstance(p, Media)]


@dataclass
class Removed:
    """A piece of boilerplate that was stripped, with the reason (the audit trail)."""

    text: str
    reason: str


@dataclass
class Document:
    """One cleaned page: its posts (threads) or articles (article pages), plus what was removed."""

    doc_id: str
    source: str | None = None
    url: str | None = None
    format: Format = "text"
    engine: str = "generic"
    page_kind: PageKind = "other"
    title: str | None = None
    posts: list[Post] = field(default_factory=list)
    #: standalone articles (the page itself is an article); embedded ones live in `Post.parts`
    articles: list[Article] = field(default_factory=list)
    #: main text of a page that is neither a thread nor an article
    body: str = ""
    removed: list[Removed] = field(default_factory=list)
    status: Status = "ok"
    error: str | None = None
    #: crawl time, used to turn relative dates ("8 hours ago") into timestamps
    fetched_at: datetime | None = None

    @property
    def n_posts(self) -> int:
        return len(self.posts)

    @property
    def text(self) -> str:
        """The whole cleaned page in reading order (see `threadclean.render`)."""
        from threadclean.render import render_document

        return render_document(self)
