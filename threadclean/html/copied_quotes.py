"""Quotes a page marks only by copying: a reply opening with paragraphs an earlier post holds word for word
(Slashdot's readers quote their parent in italics, without a quote block). The text path's rule for dumps that
lost their quote marks (`text.quotes.unmarked_quote`), run over the posts an engine adapter read."""

from __future__ import annotations

from threadclean.model import Post, Quote
from threadclean.structure import post_content
from threadclean.text.quotes import Line, PageMemory, unmarked_quote


def quote_copied_openings(posts: list[Post]) -> list[Post]:
    """The posts, each opening copied from an earlier post made a Quote of it (named after that post's author when
    it copies one post); a post that is a copy as a whole is left as it is."""
    memory = PageMemory()
    for post in posts:
        if post.parts and isinstance(post.parts[0], str):
            lines = [Line(t) for t in post.parts[0].split("\n")]
            end, sources = unmarked_quote(lines, memory)
            if end:
                author = memory.authors[next(iter(sources))] if len(sources) == 1 else None
                quote = Quote(text="\n".join(ln.text for ln in lines[:end] if ln.text.strip()), quoted_author=author,
                              quoted_author_source="source_post" if author else "none")
                rest = "\n".join(ln.text for ln in lines[end:]).strip()
                post.parts = [quote, *([rest] if rest else []), *post.parts[1:]]
        memory.add(post_content(post), post.author)
    return posts
