"""What an engine adapter knows about one forum engine, as data (selectors and patterns, no code).

Field expressions used by `author`, `date`, `date_text` and the quote attributes are strings in a tiny
language read by `threadclean.html.fields`: `"css"` = text of the first match inside the node,
`"css@attr"` = that match's attribute, `"@attr"` = the node's own attribute. Tuples are tried in order.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuoteSpec:
    """How one engine marks a quote block and who/what it quotes."""

    #: CSS of the quote container (nested quotes match it too)
    block: str
    #: field expressions for the quoted author (attributes first, then a node's text)
    author: tuple[str, ...] = ()
    #: CSS of the header inside the block ("X said:", "Quote from: X on ..."): parsed, then dropped
    title: str | None = None
    #: CSS of the node holding the quoted words; the whole block when None
    content: str | None = None
    #: field expression for when the quoted post was written, as shown or stored
    when: tuple[str, ...] = ()
    #: field expression for the quoted post's id, and a regex whose group 1 is the id (as in `post_id`)
    source: str | None = None
    source_pattern: str = r"(\d+)"
    #: CSS of chrome inside the quote ("Click to expand...") removed with reason `expand`
    chrome: str | None = None
    #: CSS of a header printed just before the block instead of inside it (SMF 1 / 2.0 `div.quoteheader`,
    #: NodeBB's "@X said in Topic:" paragraph): taken as the title when it names an author or is a bare
    #: "Quote" label; the source is then read from it, and it is dropped from the text
    header: str | None = None
    #: the header is the first words of the block's own text ("X wrote: <quoted words>", Kunena), not an element
    lead_header: bool = False
    #: the block may open with the quoted poster's name as a link and a colon ("<a href=/post/1><b>jdoe</b></a>:",
    #: Nairaland): the name is the author, link and colon the header
    lead_link: bool = False


@dataclass(frozen=True)
class EngineSpec:
    """Selectors for one forum engine; `threadclean.html.adapter` runs them."""

    name: str
    #: substrings of the raw markup (searched all in one pass, see `detect`); any hit makes a candidate
    fingerprints: tuple[str, ...]
    #: CSS of one post container (outermost matches are kept)
    post: str
    #: field expression of the post's id and the regex its value must match (group 1 = native id);
    #: posts without it are ads or look-alike blocks and are dropped
    post_id: tuple[str, ...] = ("@id",)
    post_id_pattern: str = r"(\d+)"
    #: False when some versions of the engine carry no post id (then posts are kept without one)
    require_id: bool = True
    #: True when replies sit inside their parent's container (Reddit): keep every match, not the outermost
    nested_posts: bool = False
    author: tuple[str, ...] = ()
    #: regex applied to the author read, for a name printed in a line of words ("Posted by jdoe on <date> ..."):
    #: group 1 = the name; a value it does not match is the name as it is
    author_pattern: str | None = None
    #: machine-readable date (ISO / epoch attributes), tried in order
    date: tuple[str, ...] = ()
    #: the date as shown on the page (becomes `posted_at_raw`)
    date_text: tuple[str, ...] = ()
    #: regex applied to the shown date to cut labels ("Posted", "« Reply #3 on:"); group 1 = the date
    date_text_pattern: str | None = None
    #: CSS of the post body (first match wins); the post itself when none match
    body: tuple[str, ...] = ()
    quotes: tuple[QuoteSpec, ...] = ()
    #: per-post chrome removed before reading the body: (CSS, reason)
    chrome: tuple[tuple[str, str], ...] = ()
    signature: str | None = None
    #: CSS of reaction / score nodes inside the post, and how to read a count from them
    reactions: str | None = None
    reaction_name: str = "like"
    #: thread title, tried in order before `<title>`
    title: tuple[str, ...] = ()
    #: single-page app: a recognised page without server-rendered posts is an empty shell, not another kind
    spa: bool = False
    #: quotes are written as text: a paragraph whose lines all start with ">" (Hacker News)
    marked_quotes: bool = False
    #: quotes are marked only by copying: a reply opening with an earlier post's words (Slash's italics)
    copied_quotes: bool = False
    #: CSS of a header printed just before each post container, outside it (bbPress's `div.bbp-reply-header` with
    #: the date): the date is read from it when the container holds none
    head: str | None = None
    #: CSS of the subtree holding the thread (e.g. a `<noscript>` crawler view); whole page when None
    root: str | None = None
