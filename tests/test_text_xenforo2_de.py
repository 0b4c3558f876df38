"""XenForo 2 text dumps in German and Spanish: the engine's labels translated, the thread's summary under its title."""

from tests.forum_fixtures import text_doc


def test_german_labels_detect_the_engine_and_read_the_posts():
    # "Forum software by XenForo®", "Reaktionen:", "Themenstarter", "Zum Vergrößern anklicken....", "X schrieb:"
    doc = text_doc("xenforo_de_thread.txt")
    assert doc.engine == "xenforo"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Rankenfreund", "02.03.2024",
         "Hallo zusammen,\n\nich baue in diesem Frühjahr zwei Hochbeete. Lohnt sich Zedernholz, oder nehme ich Metall?"),
        ("Beetkönig", "02.03.2024", "Metall wird im Frühjahr schneller warm und hält Jahrzehnte.")]
    quote = doc.posts[1].quotes[0]
    assert (quote.quoted_author, quote.text) == ("Rankenfreund", "Lohnt sich Zedernholz, oder nehme ich Metall?")


def test_page_links_in_german_are_no_author_and_the_title_is_above_its_summary():
    doc = text_doc("xenforo_de_thread.txt")
    # the long "Diskutiere <title> im ... Forum" line repeats the title: the title is the line above it
    assert doc.title == "Hochbeet aus Holz oder Metall?"
    removed = [(r.text, r.reason) for r in doc.removed]
    assert ("Nächste Letzte", "header") in removed and doc.posts[0].author == "Rankenfreund"


def test_spanish_labels_detect_the_engine_and_close_the_quote():
    # "X dijo:" heads the quote, "Haz clic para expandir..." closes it, "Reacciones:" lists who reacted
    doc = text_doc("xenforo_es_thread.txt")
    assert doc.engine == "xenforo"
    assert [(p.author, p.text) for p in doc.posts] == [
        ("Lucía_huerta", "Hola a todos,\n\neste año voy a montar dos bancales. ¿Merece la pena la madera de cedro o "
                         "mejor el metal?"),
        ("Tomatero", "El metal se calienta antes en primavera y dura décadas.")]
    [quote] = doc.posts[1].quotes
    assert (quote.quoted_author, quote.text, quote.source_post_id) == (
        "Lucía_huerta", "¿Merece la pena la madera de cedro o mejor el metal?", doc.posts[0].post_id)
    assert [r.count for r in doc.posts[0].reactions] == [3]
