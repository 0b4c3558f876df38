"""HTML page -> Document: engine adapters first, then the generic thread finder, the article extractor,
and finally the text rules on a plain-text rendering of the page."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from selectolax.lexbor import LexborHTMLParser

from threadclean.decode import repair_html_text, repair_text
from threadclean.html.adapter import extract_posts, post_nodes, thread_title
from threadclean.html.article import extract_article, looks_like_article, share_inside
from threadclean.html.copied_quotes import quote_copied_openings
from threadclean.html.detect import FINGERPRINTS, candidate_engines, fingerprints_and
from threadclean.html.generic import ScanMemo, declares_discussion, extract_generic_posts, topic_title
from threadclean.html.generic.post import strip_pane_lines
from threadclean.html.spec import EngineSpec
from threadclean.model import Document
from threadclean.placeholders import drop_placeholders
from threadclean.structure import all_quotes, link_document
from threadclean.text.pipeline import extract_text_document
from threadclean.text.post_header import strip_subject_lines

if TYPE_CHECKING:
    from resiliparse.parse.html import HTMLTree

#: on article pages, generic posts holding at least this share of the article's length make it a thread
THREAD_SHARE = 0.5
# Self-closing raw-text elements (`<iframe/>`) swallow the rest of the page in an HTML5 parser.
RAW_TEXT_TAGS = ("iframe", "script", "textarea", "title", "style", "noscript", "xmp")
# Tag names are read in ASCII case only, as HTML does; the lookahead turns most tags away on their first letter
_SELF_CLOSING_RAW = re.compile(rf"<(?=[istnx])({'|'.join(RAW_TEXT_TAGS)})(\s[^<>]*?)?/>", re.I | re.A)
#: the same, matched in the page's UTF-8 form where the fingerprint search saw one of the tags open: the few pages
#: it finds (13 of the 222 corpus pages) are normalised, the others skip a search of their own
_SELF_CLOSED_AT = re.compile(_SELF_CLOSING_RAW.pattern.encode(), re.I)


def normalise_markup(markup: str) -> str:
    return _SELF_CLOSING_RAW.sub(lambda m: f"<{m.group(1)}{m.group(2) or ''}></{m.group(1)}>", markup)


#: the fingerprints normalising may make or unmake. It turns a "/>" into "></tag>": an occurrence of a fingerprint
#: can only appear or vanish where it overlaps one of those characters (or lies inside the tag's name, which no
#: fingerprint can: tests), so the others' found-or-not holds in the normalised markup as it did in the page
_EDGE_FINGERPRINTS = tuple(fp for fp in FINGERPRINTS if not set(fp).isdisjoint("</>"))


def read_markup(markup: str, utf8: bytes | None = None) -> tuple[str, set[str]]:
    """The page's markup normalised for the parser (`markup` itself when nothing changed), and the engine
    fingerprints in it; `utf8`: the markup's UTF-8 form when the caller has it."""
    page = markup.encode("utf-8", "surrogatepass") if utf8 is None else utf8
    found, opened = fingerprints_and(page, RAW_TEXT_TAGS)
    if any(_SELF_CLOSED_AT.match(page, at) for at in opened) and (fixed := normalise_markup(markup)) != markup:
        # only the few fingerprints normalising may touch are searched again, not the whole set
        return fixed, found.difference(_EDGE_FINGERPRINTS).union(fp for fp in _EDGE_FINGERPRINTS if fp in fixed)
    return markup, found


def page_title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    title = repair_html_text(node.text(strip=True)) if node else ""
    return title or None


def html_to_text(markup: str | HTMLTree) -> str:
    """The same plain-text rendering the text dumps in crawl corpora use (resiliparse)."""
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(markup)


def text_tree(markup: str) -> HTMLTree:
    """The page parsed for resiliparse's extractors: a page read by both (its text, then its main content) is
    parsed for them once (their outputs are the same as from the markup)."""
    from resiliparse.parse.html import HTMLTree

    return HTMLTree.parse(markup)


def _engine_thread(doc: Document, tree: LexborHTMLParser, engines: list[EngineSpec]) -> bool:
    """Fill `doc` from the first of the page's candidate engines whose adapter finds posts; True when an engine
    claimed the page."""
    shells = []
    for spec in engines:
        if not (found := post_nodes(tree, spec)):
            shells += [spec] if spec.spa else []
            continue
        doc.posts = extract_posts(tree, spec, doc, found)
        if not doc.posts:
            continue
        doc.posts = quote_copied_openings(doc.posts, strict=not spec.copied_quotes)
        doc.engine, doc.page_kind = spec.name, "thread"
        doc.title = thread_title(tree, spec) or page_title(tree)
        return True
    if shells:  # a JavaScript shell: the posts were never in the HTML
        doc.engine, doc.title = shells[0].name, thread_title(tree, shells[0]) or page_title(tree)
        return True
    return False


def _generic_thread(doc: Document, tree: LexborHTMLParser, min_chars: int = 0, with_lead: bool = True,
                    declared: bool = False, memo: ScanMemo | None = None, weighing: bool = False) -> bool:
    """Fill `doc` with the generic finder's thread; `weighing`: the posts are only weighed against an article
    (their author panes stay: the article's text holds them too)."""
    posts = extract_generic_posts(tree, doc, min_chars, with_lead, declared, memo)
    if not posts:
        return False
    doc.posts, doc.engine, doc.page_kind, doc.title = posts, "generic", "thread", topic_title(tree) or page_title(tree)
    if not weighing:
        for post in posts:
            strip_pane_lines(post, doc)
        strip_subject_lines(posts, doc.title, doc.removed)
        doc.posts = quote_copied_openings(posts, strict=True)
    return True


def _probe(doc: Document) -> Document:
    """A blank document to try a reading on before `doc` takes it."""
    return Document(doc_id=doc.doc_id, source=doc.source, url=doc.url, format=doc.format, fetched_at=doc.fetched_at)


def _article_or_comments(doc: Document, tree: LexborHTMLParser, markup: str) -> None:
    """An article page: its repeated author+date blocks are a thread only when they outweigh the article
    (a forum in article markup); otherwise they are related-story lists or teasers."""
    page = text_tree(markup)
    if not extract_article(doc, tree, page):
        if not _generic_thread(doc, tree):
            _text_fallback(doc, page)
        return
    memo = ScanMemo()  # the thread, when the comments are one, is what weighing them found
    if _comments_are_the_thread(doc, tree, memo):
        thread = _probe(doc)
        _generic_thread(thread, tree, memo=memo)
        doc.articles, doc.page_kind = [], "thread"
        doc.posts, doc.engine, doc.title, doc.removed = thread.posts, "generic", thread.title, thread.removed


def _comments_are_the_thread(doc: Document, tree: LexborHTMLParser, memo: ScanMemo | None = None) -> bool:
    """Posts that are the items of a declared discussion (microdata posts with named posters) make a thread at any
    length; other comment blocks when they outweigh the article, or when the "article" is mostly their words (with
    their quotes: replies that quote at length weigh little on their own). Only replies are weighed: the article
    itself would pass for an opening post printed apart."""
    if memo is not None and not memo.shows_blocks(tree):
        return False  # no reading below finds posts
    if declares_discussion(tree):
        declared = _probe(doc)
        if _generic_thread(declared, tree, with_lead=False, declared=True, memo=memo, weighing=True):
            return any(p.text for p in declared.posts)
    article = doc.articles[0].text
    need = int(THREAD_SHARE * len(article))
    replies = _probe(doc)
    if not _generic_thread(replies, tree, need, with_lead=False, memo=memo, weighing=True):
        return False
    if sum(len(p.text) for p in replies.posts) > need:
        return True
    # the main content is mostly the replies' words, their quotes and panes: a forum whose posts quote at length
    texts = [p.text for p in replies.posts] + [q.text or "" for p in replies.posts for q in all_quotes(p.quotes)]
    return share_inside(article, texts) >= THREAD_SHARE


def _unmarked_page(doc: Document, tree: LexborHTMLParser, markup: str) -> None:
    """No engine, no generic thread, no article markup: a thread the text rules find in the page's text, else
    the page's main content as an article (it measures better than the text rules' reading of the whole page)."""
    page = text_tree(markup)

    def main_content(into: Document) -> bool:  # tried before the text rules read the dump as an article
        article = _probe(into)
        if not extract_article(article, tree, page):
            return False
        into.posts, into.body, into.engine = [], "", "generic"
        into.articles, into.page_kind, into.title, into.removed = article.articles, "article", article.title, article.removed
        return True

    _text_fallback(doc, page, main_content)


def _text_fallback(doc: Document, markup: str | HTMLTree, article: Callable[[Document], bool] | None = None) -> None:
    extract_text_document(doc, repair_text(html_to_text(markup)), article=article)


def extract_html_document(doc: Document, markup: str, utf8: bytes | None = None) -> None:
    """Fill `doc` from the page's markup; `utf8`: the page's bytes when they are exactly `markup` in UTF-8 (see
    decode.exact_utf8), read by the fingerprint search and the parser instead of an encoding of the text."""
    fixed, found = read_markup(markup, utf8)
    engines = list(candidate_engines(found))
    tree = LexborHTMLParser(utf8 if utf8 is not None and fixed is markup else fixed)
    markup = fixed
    if not _engine_thread(doc, tree, engines):
        article = looks_like_article(tree)
        tree.strip_tags(["script", "style"])  # the generic finder weighs blocks by their text, which holds scripts'
        if article:
            _article_or_comments(doc, tree, markup)
        elif not _generic_thread(doc, tree):
            _unmarked_page(doc, tree, markup)
    doc.format = "html"
    link_document(drop_placeholders(doc))
