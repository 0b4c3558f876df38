from threadclean.model import Post
from threadclean.render import render_post


def test_a_stored_timestamp_is_not_printed_as_the_shown_date():
    # NodeBB and hidden <time> elements leave only the stored timestamp when scripts print the date
    stored = Post(parts=["Works now."], author="julian", posted_at_raw="2024-11-27T15:50:23.066Z")
    assert render_post(stored) == "julian\nWorks now."
    epoch = Post(parts=["Same here."], author="baris", posted_at_raw="1732722623066")
    assert render_post(epoch) == "baris\nSame here."
    shown = Post(parts=["Thanks!"], author="ivy", posted_at_raw="2022-10-08 14:03:51")
    assert render_post(shown) == "ivy\n2022-10-08 14:03:51\nThanks!"
