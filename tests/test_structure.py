"""Linking a page's parts: quotes to the earlier post they copy."""

from threadclean.model import Document, Post, Quote
from threadclean.structure import link_document

WORDS = "nah no special budget it has gotten to the delightful point where I just buy what I like"


def _thread(quoted_author: str, source_author: str, quoted: str = WORDS) -> Document:
    quote = Quote(text=quoted, quoted_author=quoted_author)
    posts = [Post(parts=[WORDS], author=source_author), Post(parts=["Something else entirely."], author="other"),
             Post(parts=[quote, "Same here."], author="ivy")]
    return link_document(Document(doc_id="d", posts=posts))


def test_a_quote_names_its_author_as_the_user_name_the_post_shows_as_a_display_name():
    doc = _thread("FiveoaksBouquet", "Fiveoaks Bouquet")
    assert doc.posts[2].quotes[0].source_post_id == "d:1"


def test_a_verbatim_quote_is_linked_even_when_the_post_shows_another_name():
    # the post's name line was misread or the member renamed: the words are all there
    assert _thread("MarkoV", "Marko").posts[2].quotes[0].source_post_id == "d:1"


def test_a_partial_match_with_another_author_is_no_source():
    half = " ".join(WORDS.split()[:8]) + " and then something nobody on this page ever wrote about perfume"
    assert _thread("MarkoV", "Marko", half).posts[2].quotes[0].source_post_id is None


def test_an_unnamed_quote_takes_the_author_of_its_source_even_one_learnt_from_a_later_quote():
    unnamed, named = Quote(text=WORDS), Quote(text=WORDS, quoted_author="pia")
    posts = [Post(parts=[WORDS]), Post(parts=[unnamed, "Same here."], author="ivy"),
             Post(parts=[named, "Me too."], author="joe")]
    link_document(Document(doc_id="d", posts=posts))
    assert (posts[0].author, posts[0].author_source) == ("pia", "quote")
    assert (unnamed.quoted_author, unnamed.quoted_author_source, unnamed.author_inferred) == ("pia", "source_post", True)
    assert (named.quoted_author_source, named.author_inferred) == ("quote", False)


def test_an_unnamed_quote_with_no_source_or_an_anonymous_source_stays_unnamed():
    traced, lost = Quote(text=WORDS), Quote(text="words that no post on this page holds at all, not one")
    link_document(Document(doc_id="d", posts=[Post(parts=[WORDS]), Post(parts=[traced, lost, "Hm."], author="ivy")]))
    assert traced.source_post_id == "d:1"
    assert [(q.quoted_author, q.quoted_author_source) for q in (traced, lost)] == [(None, "none"), (None, "none")]

