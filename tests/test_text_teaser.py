"""Collapsed previews: a teaser printed above the post's full text is left out."""

from tests.forum_fixtures import FIXTURES
from threadclean import clean_text
from threadclean.text.teaser import drop_teaser

FULL = ["Tap water kills the good bacteria in the sponge, so the filter has to start again from nothing.",
        "Rinse it in old tank water next time and the haze will clear in a few days."]


def test_teaser_with_its_cut_off_paragraph_goes():
    teaser = [FULL[0], "Rinse it in old tank water next ti"]
    parts, removed = drop_teaser(["\n\n".join(teaser + FULL)])
    assert parts == ["\n\n".join(FULL)]
    assert [(r.text, r.reason) for r in removed] == [(t, "teaser") for t in teaser]


def test_text_that_only_starts_alike_stays():
    # a second paragraph opening like the first is no full text: nothing is dropped
    text = "\n\n".join([FULL[0], "Rinse it.", FULL[0] + " Really.", "Rinse it in old tank water."])
    assert drop_teaser([text]) == ([text], [])
    assert drop_teaser(["\n\n".join(FULL)]) == (["\n\n".join(FULL)], [])


def test_thread_post_printed_as_teaser_then_in_full():
    dump = (FIXTURES / "text" / "generic_thread.txt").read_text(encoding="utf-8")
    full = ("Tap water kills the good bacteria in the sponge. Rinse it in old tank water next time and the haze will "
            "clear in a few days.")
    doc = clean_text(dump.replace(full, f"{full[:40]}\n\n{full}"))
    assert doc.posts[1].text == full
    assert ("Tap water kills the good bacteria in the", "teaser") in [(r.text, r.reason) for r in doc.removed]
