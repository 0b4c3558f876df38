from threadclean.model import Document, Post
from threadclean.render import render_document, render_post


def test_a_stored_timestamp_is_not_printed_as_the_shown_date():
    # NodeBB and hidden <time> elements leave only the stored timestamp when scripts print the date
    stored = Post(parts=["Works now."], author="julian", posted_at_raw="2024-11-27T15:50:23.066Z")
    assert render_post(stored) == "julian\nWorks now."
    epoch = Post(parts=["Same here."], author="baris", posted_at_raw="1732722623066")
    assert render_post(epoch) == "baris\nSame here."
    shown = Post(parts=["Thanks!"], author="ivy", posted_at_raw="2022-10-08 14:03:51")
    assert render_post(shown) == "ivy\n2022-10-08 14:03:51\nThanks!"


def test_the_title_heads_the_text_unless_the_first_post_prints_it_or_nothing_follows():
    doc = Document(doc_id="d", title="Best kettle for 2025?",
                   posts=[Post(parts=["Mine broke."], author="ann"), Post(parts=["Get a stovetop one."], author="bo")])
    assert render_document(doc) == "Best kettle for 2025?\n\nann\nMine broke.\n\nbo\nGet a stovetop one."
    # a submission whose own title line is the thread's title (punctuation and spacing aside)
    doc.posts[0].parts = ["Best kettle for  2025", "Mine broke. Kettles never last."]
    assert render_document(doc).startswith("ann\nBest kettle for  2025\n\nMine broke. Kettles")
    # a short title is only a phrase of the post
    doc.title = "Kettles"
    assert render_document(doc).startswith("Kettles\n\nann\n")
    # a page without posts (a JavaScript shell) has no text: its title alone is no content
    assert render_document(Document(doc_id="e", title="Help picking a keyboard")) == ""
