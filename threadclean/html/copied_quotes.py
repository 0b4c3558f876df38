"""Quotes a page marks only by copying: a reply opening with paragraphs an earlier post holds word for word
(Slashdot's readers quote their parent in italics, without a quote block). The text path's rule for dumps that
lost their quote marks (`text.quotes.unmarked_quote`), run over the posts an engine adapter read."""

from __future__ import annotations

from threadclean.model import Post
from threadclean.structure import post_content
from threadclean.text.quotes import Line, PageMemory, copied_quote, may_open_a_copy, unmarked_quote


def quote_copied_openings(posts: list[Post], strict: bool = False) -> list[Post]:
    """The posts, each opening copied from an earlier post made a Quote of it (named after that post's author when
    it copies one post); a post that is a copy as a whole is left as it is. `strict`: on pages whose quotes
    have a block of their own, only a copy opening with a sentence (Mumsnet's quotes: the words copied in bold)."""
    memory = PageMemory()
    for post in posts:
        if post.parts and isinstance(post.parts[0], str) \
                and (not strict or may_open_a_copy(post.parts[0].partition("\n")[0], memory)):
            texts = post.parts[0].split("\n")
            end, sources = unmarked_quote([Line(t) for t in texts], memory, strict)
            if end:
                rest = "\n".join(texts[end:]).strip()
                post.parts = [copied_quote(texts, end, sources, memory), *([rest] if rest else []), *post.parts[1:]]
        memory.add(post_content(post), post.author)
    return posts
