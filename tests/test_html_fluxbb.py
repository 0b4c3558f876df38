from datetime import UTC, datetime

from tests.forum_fixtures import authors_and_ids, chrome_left, html_doc, nested_reply, reply
from threadclean.model import Removed


def test_fluxbb_posts_authors_dates():
    doc = html_doc("fluxbb_topic.html")
    # the title is the last breadcrumb, not the first post's "#1 <date>" header
    assert (doc.engine, doc.page_kind, doc.title) == ("fluxbb", "thread", "Sourdough starter smells of acetone")
    # the advertisement reuses div.blockpost without a pN id
    assert authors_and_ids(doc) == [("ferment_fan", "5520"), ("LevainLou", "5523"), ("ferment_fan", "5530")]
    assert [p.posted_at_raw for p in doc.posts] == ["2022-10-08 14:03:51", "2022-10-08 15:20:09", "2022-10-09 08:45:30"]
    assert doc.posts[0].posted_at == datetime(2022, 10, 8, 14, 3, 51, tzinfo=UTC)
    assert doc.posts[0].parts == ["My rye starter smells like nail polish remover after two days.\n\nIs it dead?"]


def test_fluxbb_cited_and_anonymous_nested_quotes():
    doc = html_doc("fluxbb_topic.html")
    assert reply(doc.posts[1]) == (
        ("ferment_fan", "Is it dead?", None, 1),
        "No, just hungry. Feed it twice a day.")
    assert nested_reply(doc.posts[2]) == (
        ("LevainLou", "No, just hungry. Feed it twice a day.", None, 1),
        [("ferment_fan", "Is it dead?", None, 2)],  # uncited: named by the post it came from
        "It bubbled up overnight. Thank you!")
    assert doc.posts[2].quotes[0].quotes[0].author_inferred
    assert doc.removed.count(Removed("Baking every Sunday", "signature")) == 2
    assert Removed("Last edited by LevainLou (2022-10-08 15:22:40)", "editor") in doc.removed
    assert chrome_left(doc, ("wrote:", "Last edited", "Pages:", "Offline", "Registered:", "Banneton", "Baking every",
                             "Board footer")) == []
