"""MyBB and FluxBB text dumps (fixtures/text/mybb_topic.txt, fluxbb_topic.txt from fixtures/html)."""

from tests.forum_fixtures import FIXTURES, quote_tree, text_doc
from threadclean import clean_text


def test_mybb_status_after_the_name_edit_note_on_the_date_line_and_gluedquote_tree():
    doc = text_doc("mybb_topic.txt")
    assert doc.engine == "mybb" and doc.title == "Chain keeps slipping on the small cog"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("pedalpusher", "05-20-2023, 04:12 PM", "Under load the chain jumps on the 11 tooth cog.\n\nNew chain, old cassette."),
        # a signature under one post only cannot be told from the text
        ("Greaserag", "05-20-2023, 05:47 PM", "That is the cause. A worn cog skips with a fresh chain.\nAsk before you buy parts"),
        ("pedalpusher", "05-21-2023, 09:30 AM", "Swapped the cassette and it runs quiet now.")]
    assert quote_tree(doc.posts[1]) == [("pedalpusher", "05-20-2023, 04:12 PM", "New chain, old cassette.", [])]
    assert quote_tree(doc.posts[2]) == [
        ("Greaserag", "05-20-2023, 05:47 PM", "That is the cause. A worn cog skips with a fresh chain.",
         [("pedalpusher", "New chain, old cassette.")])]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert [r for r in removed if r[1] in ("signature", "ad")] == [
        ("Sponsored", "ad"), ("Tune-up kits shipped free this week", "ad"),
        ("Commuting 20 km a day", "signature"), ("Commuting 20 km a day", "signature")]
    for chrome in ("Offline", "Junior Member", "Reputation", "Threads: 3", "Reply Report", "Powered By MyBB"):
        assert chrome not in doc.text


def test_fluxbb_date_line_opens_the_post_with_the_pane_under_it():
    doc = text_doc("fluxbb_topic.txt")
    assert doc.engine == "fluxbb" and doc.title == "Sourdough starter smells of acetone"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("ferment_fan", "2022-10-08 14:03:51", "My rye starter smells like nail polish remover after two days.\n\nIs it dead?"),
        ("LevainLou", "2022-10-08 15:20:09", "No, just hungry. Feed it twice a day."),
        ("ferment_fan", "2022-10-09 08:45:30", "It bubbled up overnight. Thank you!")]
    # the quote of a reply runs on over the quoted author's own words after the quote they made
    assert quote_tree(doc.posts[2]) == [("LevainLou", None, "Is it dead?\nNo, just hungry. Feed it twice a day.", [])]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert [r for r in removed if r[1] in ("signature", "ad", "subject")] == [
        ("Advertisement", "ad"), ("Sponsor", "ad"), ("Banneton baskets, two for one", "ad"),
        ("Baking every Sunday", "signature"), ("Baking every Sunday", "signature"),
        ("Sourdough starter smells of acetone", "subject"), ("Re: Sourdough starter smells of acetone", "subject"),
        ("Re: Sourdough starter smells of acetone", "subject")]
    for chrome in ("Registered:", "Posts: 1,986", "Offline", "Last edited", "Board footer"):
        assert chrome not in doc.text


def test_mybb_custom_rank_under_the_name_is_neither_title_nor_author():
    # a rank the board made up ("Chief Chain Oiler") under "name Offline": the name line carries the status
    dump = (FIXTURES / "text" / "mybb_topic.txt").read_text(encoding="utf-8")
    doc = clean_text(dump.replace("pedalpusher Offline\nJunior Member\n", "pedalpusher Offline\nChief Chain Oiler\n", 1))
    assert doc.title == "Chain keeps slipping on the small cog"
    assert [p.author for p in doc.posts] == ["pedalpusher", "Greaserag", "pedalpusher"]
