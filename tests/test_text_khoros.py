from tests.forum_fixtures import chrome_left, text_doc
from threadclean.model import Reaction, Removed


def test_khoros_dump_panes_run_together_dates_and_kudos():
    doc = text_doc("khoros_topic.txt")
    # the avatar's name printed over the name is the first author's pane, not the title
    assert (doc.engine, doc.page_kind, doc.title) == ("khoros", "thread", "Playlist stops after one song")
    assert [(p.author, p.posted_at_raw, p.reactions) for p in doc.posts] == [
        ("wavyline", "06-12-201911:23 AM", [Reaction("kudos", 3)]),
        ("SoundMod", "06-12-201901:05 PM", [Reaction("kudos", 12)]),
        ("wavyline", "06-13-201908:47 AM", [])]
    assert doc.posts[0].parts == ["Since the last update my playlists stop after the first song.\n\n"
                                  "Tried reinstalling, same thing."]


def test_khoros_dump_accepted_solution_printed_twice_is_kept_once():
    doc = text_doc("khoros_topic.txt")
    quote, own = doc.posts[1].parts
    assert (quote.quoted_author, quote.text, own) == (
        "wavyline", "Tried reinstalling, same thing.", "Turn off crossfade in Settings, then log out and back in.")
    assert Removed("Turn off crossfade in Settings, then log out and back in.", "duplicate_post") in doc.removed
    # once the copy is gone, the line under both of wavyline's messages is their signature
    assert doc.removed.count(Removed("Headphones on, world off", "signature")) == 2
    assert chrome_left(doc, ("wrote:", "Kudos", "Casual Listener", "Accepted Solutions", "View solution",
                             "Headphones")) == []
