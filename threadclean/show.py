"""A readable terminal view of one page's structure, for a person checking the result."""

from __future__ import annotations

import textwrap

from threadclean.model import Article, Document, Media, Post, Quote


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _quote_lines(q: Quote, indent: str) -> list[str]:
    src = f" -> {q.source_post_id.rsplit(':', 1)[-1]}" if q.source_post_id else ""
    lines = [f"{indent}[quote d{q.depth}] {q.quoted_author or '?'}{src}: {_clip(q.text, 80)}"]
    for inner in q.quotes:
        lines += _quote_lines(inner, indent + "  ")
    return lines


def _article_lines(a: Article, indent: str) -> list[str]:
    meta = ", ".join(x for x in (a.byline, a.outlet, a.published_raw) if x)
    lines = [f"{indent}[article] {_clip(a.title or '(untitled)', 70)}" + (f"  ({meta})" if meta else "")]
    lines += [f"{indent}  caption: {_clip(c, 70)}" for c in a.captions]
    lines.append(f"{indent}  {len(a.text.split())} words: {_clip(a.text, 70)}")
    return lines


def _media_lines(m: Media, indent: str) -> list[str]:
    return [f"{indent}[{m.kind}] {_clip(m.title or '', 70)} ({len(m.comments)} comments)"]


def post_lines(post: Post) -> list[str]:
    author = post.author or "?"
    if post.author_inferred:
        author += " (inferred from a quote)"
    when = f"  {post.posted_at_raw}" if post.posted_at_raw else ""
    reactions = "  " + ", ".join(f"{r.name} {r.count}" for r in post.reactions) if post.reactions else ""
    lines = [f"#{post.position} {author}{when}{reactions}"]
    for part in post.parts:
        if isinstance(part, str):
            lines += textwrap.wrap(_clip(part, 200), 96, initial_indent="   ", subsequent_indent="   ")
        elif isinstance(part, Quote):
            lines += _quote_lines(part, "   ")
        elif isinstance(part, Article):
            lines += _article_lines(part, "   ")
        elif isinstance(part, Media):
            lines += _media_lines(part, "   ")
    return lines


def render_show(doc: Document, removed: bool = False) -> str:
    lines = [
        f"{doc.title or '(no title)'}",
        f"  engine={doc.engine} kind={doc.page_kind} format={doc.format} status={doc.status}"
        + (f" error={doc.error}" if doc.error else "")
        + f" posts={doc.n_posts} removed_lines={len(doc.removed)}",
        "",
    ]
    for a in doc.articles:
        lines += _article_lines(a, "")
    for post in doc.posts:
        lines += post_lines(post) + [""]
    if removed:
        lines += [f"  - [{r.reason}] {_clip(r.text, 90)}" for r in doc.removed]
    return "\n".join(lines)
