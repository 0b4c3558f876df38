from threadclean.model import Document, Post, Quote
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


def test_the_page_text_does_not_repeat_a_quote_of_a_post_on_the_page():
    first = Post(parts=["Rinse the sponge in tank water."], author="fishdoc", post_id="d:1")
    on_page = Quote(text="Rinse the sponge in tank water.", quoted_author="fishdoc", source_post_id="d:1")
    elsewhere = Quote(text="Never use tap water.", quoted_author="reefer")
    reply = Post(parts=[on_page, "Worked for me.", elsewhere, "Agreed."], author="marta", post_id="d:2")
    doc = Document(doc_id="d", posts=[first, reply])
    assert render_document(doc) == ("fishdoc\nRinse the sponge in tank water.\n\nmarta\n> fishdoc:\n\nWorked for me."
                                    "\n\n> reefer:\n> Never use tap water.\n\nAgreed.")
    # a post read on its own carries what it quotes
    assert render_post(reply).startswith("marta\n> fishdoc:\n> Rinse the sponge in tank water.\n\nWorked for me.")


def test_a_quote_author_taken_from_its_source_post_is_not_printed():
    traced = Quote(text="Never use tap water.", quoted_author="reefer", quoted_author_source="source_post")
    reply = Post(parts=[traced, "Agreed."], author="marta")
    # the page printed no name over these words: the text keeps to the page's words
    assert render_post(reply) == "marta\n> Never use tap water.\n\nAgreed."
    traced.quoted_author_source = "quote"
    assert render_post(reply) == "marta\n> reefer:\n> Never use tap water.\n\nAgreed."
