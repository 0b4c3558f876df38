"""Score one tool's output on one page: a `PageRow` with the text scores or the post scores."""

from __future__ import annotations

from dataclasses import dataclass, replace

from threadclean.evaluate.corpus import Page
from threadclean.evaluate.metrics import author_matches, gold_author_name, match_posts, snippet_share, word_prf
from threadclean.model import Post
from threadclean.render import render_post

#: a text dump "holds its content" when it keeps at least this share of the reference tokens
DUMP_RECALL_MIN = 0.8
GROUP_KEPT = "dump holds content"
GROUP_LOST = "content lost in dump"


@dataclass
class TextScore:
    """WCXB scores of one output: word P/R/F1 against `main_content`, snippet shares (None = no snippets)."""

    precision: float
    recall: float
    f1: float
    with_share: float | None
    without_share: float | None


@dataclass
class PostScore:
    """Per-post scores of one page: counts, matched pairs and author checks on the matched pairs."""

    n_pred: int
    n_gold: int
    matched: int
    precision: float
    recall: float
    f1: float
    #: matched pairs whose predicted author is right
    authors_ok: int
    #: matched pairs whose gold author holds a name (a plain name or a profile link ending in one)
    authors_named: int
    #: of those, the pairs whose predicted name is right
    authors_named_ok: int = 0

    @property
    def exact_count(self) -> bool:
        return self.n_pred == self.n_gold


@dataclass
class PageRow:
    """One tool on one page in one format: timing, engine, and the scores that apply."""

    folder: str
    page_id: str
    fmt: str
    tool: str
    engine: str
    seconds: float
    #: text mode only: whether the page's dump still holds its reference text (None: empty reference)
    group: str | None = None
    error: str | None = None
    text: TextScore | None = None
    posts: PostScore | None = None


def score_text(page: Page, output: str) -> TextScore:
    """WCXB metrics of one output against the page's reference."""
    prf = word_prf(output, page.main_content)
    return TextScore(prf.precision, prf.recall, prf.f1,
                     snippet_share(page.with_snippets, output), snippet_share(page.without_snippets, output))


def dump_group(page: Page, dump: str) -> str | None:
    """Which text-mode group a page belongs to, from the raw dump's recall of the reference."""
    if not page.main_content.strip():
        return None
    return GROUP_KEPT if word_prf(dump, page.main_content).recall >= DUMP_RECALL_MIN else GROUP_LOST


def post_body(post: Post) -> str:
    """A post's whole body in reading order, quotes included (reference posts include their quotes)."""
    return render_post(replace(post, author=None, posted_at_raw=None))


def score_posts(page: Page, posts: list[Post]) -> PostScore:
    """Match predicted posts to the reference one to one and check the authors of the matched pairs."""
    gold = page.posts
    matches = match_posts([post_body(p) for p in posts], [g.text for g in gold])
    n = len(matches)
    precision = n / len(posts) if posts else float(not gold)
    recall = n / len(gold) if gold else float(not posts)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    named = [m for m in matches if gold_author_name(gold[m.gold].author) is not None]
    ok = sum(author_matches(posts[m.pred].author, gold[m.gold].author, posts[m.pred].author_url, page.url)
             for m in matches)
    named_ok = sum(author_matches(posts[m.pred].author, gold[m.gold].author) for m in named)
    return PostScore(len(posts), len(gold), n, precision, recall, f1, ok, len(named), named_ok)
