"""Per-engine chrome in the text dumps of board engines (phpBB, XenForo, SMF, vBulletin, MyBB): fixtures
written in each engine's dump style, with invented names and words."""

from threadclean import clean_text

PHPBB_LONG_TITLE = """Board index General Gardening
Seed trays for the 2.0.1 season: what works here

48 posts
  • 1
  • 2
  • Next
fernleaf
Posts: 38
Joined: 4. Jul 2012, 16:09

Seed trays for the 2.0.1 season: what works here

Post by fernleaf » 11. Sep 2024, 18:36

Which trays hold up for more than one season of sowing?
Top
mossbank
Posts: 190
Joined: 5. Nov 2014, 16:05
Soil type: heavy clay

Re: Seed trays for the 2.0.1 season: what works here

Post by mossbank » 11. Sep 2024, 21:06

The thick black ones last for years if you wash them in autumn.
Attachments
tray-notes.zip
(95.79 KiB) Downloaded 478 times
Top
Return to General Gardening
"""


def test_phpbb_long_subject_line_stays_in_the_header_and_attachment_lines_go():
    doc = clean_text(PHPBB_LONG_TITLE)
    assert doc.engine == "phpbb"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("fernleaf", "11. Sep 2024, 18:36", "Which trays hold up for more than one season of sowing?"),
        ("mossbank", "11. Sep 2024, 21:06", "The thick black ones last for years if you wash them in autumn."),
    ]

