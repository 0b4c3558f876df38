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


XENFORO_JOIN_DATES = """You should upgrade or use an alternative browser.

Spring planting thread

  • Thread starter Thread starter tulipfan
  • Start date Start date Mar 18, 2024
T

tulipfan

Full Member
Joined
Jun 29, 2016
Messages
11
Reaction score
10
  • Mar 18, 2024
  • #1
My sowing table for this year:
\u00a0
R

rowanleaf

New Member
Joined
Sep 21, 2020
Messages
1
Reaction score
1
  • Mar 25, 2024
  • #2
Thanks, that table saves me a lot of guessing.
\u00a0
You must log in or register to reply here.
"""


def test_xenforo_empty_paragraph_parts_a_post_from_the_next_pane():
    # the first post ends with a colon, which reads as no sentence: the empty paragraph closes it
    doc = clean_text(XENFORO_JOIN_DATES)
    assert doc.engine == "xenforo"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("tulipfan", "Mar 18, 2024", "My sowing table for this year:"),
        ("rowanleaf", "Mar 25, 2024", "Thanks, that table saves me a lot of guessing."),
    ]


def test_xenforo_sidebar_widgets_after_the_thread_are_footer():
    dump = XENFORO_JOIN_DATES.replace("You must log in or register to reply here.\n", """Reply
Latest posts
  • T
Best bulbs for shade
Latest: tulipfan
Today at 6:23 PM
Garden Talk
""")
    doc = clean_text(dump)
    assert doc.posts[-1].text == "Thanks, that table saves me a lot of guessing."
    assert "Best bulbs for shade" not in doc.text


XENFORO_LINK_CARDS = """You should upgrade or use an alternative browser.

Greenhouse heaters

  • Thread starter Thread starter tulipfan
  • Start date Start date Mar 18, 2024
tulipfan

tulipfan

Joined
Jun 29, 2016
Messages
11
  • Mar 18, 2024
  • #1
This review convinced me to get the small one.

www.gardenreviews.example

Small greenhouse heaters tested

We ran six heaters through a cold month and measured what each one costs to run.
www.gardenreviews.example www.gardenreviews.example
\u00a0
rowanleaf

rowanleaf

Joined
Sep 21, 2020
Messages
1
  • Mar 25, 2024
  • #2
The maker's own page has the numbers too.

Frost guard heaters for small spaces

Keep your plants above freezing all winter with our quiet fan heaters.
shop.frostguard.example shop.frostguard.example
\u00a0
You must log in or register to reply here.
"""


def test_link_cards_with_and_without_the_domain_line_are_not_the_posters_words():
    doc = clean_text(XENFORO_LINK_CARDS)
    assert [(p.author, p.text) for p in doc.posts] == [
        ("tulipfan", "This review convinced me to get the small one."),
        ("rowanleaf", "The maker's own page has the numbers too."),
    ]


XENFORO_SIGNATURES = """You should upgrade or use an alternative browser.

Cold frames

  • Thread starter Thread starter tulipfan
  • Start date Start date Mar 18, 2024
tulipfan

tulipfan

Joined
Jun 29, 2016
Messages
11
  • Mar 18, 2024
  • #1
Mine is made from old windows.
\u00a0
The lid is hinged at the back.
\u00a0
Grow what you eat, eat what you grow.
Reply
  • 👍
    2
rowanleaf

rowanleaf

Joined
Sep 21, 2020
Messages
1
  • Mar 25, 2024
  • #2
Nice work.
\u00a0
Mine has a polycarbonate lid.
\u00a0
Last edited: Mar 26, 2024
Reply
You must log in or register to reply here.
"""


def test_xenforo_lines_after_the_body_end_are_the_signature():
    # the body closes with an empty paragraph; one under the edit note keeps the poster's own empty paragraphs
    doc = clean_text(XENFORO_SIGNATURES)
    assert [(p.author, p.text) for p in doc.posts] == [
        ("tulipfan", "Mine is made from old windows.\n\nThe lid is hinged at the back."),
        ("rowanleaf", "Nice work.\n\nMine has a polycarbonate lid."),
    ]


SMF21_CUSTOM_TITLES = """Potters' Corner

March 05, 2026, 07:16:19 AM
News:

Glaze swap this Saturday.

  • Potters' Corner
  • ► Kilns
  • ► Kiln shelf cracked on first firing

Kiln shelf cracked on first firing

Started by marlow, June 04, 2024, 11:23:55 AM

Previous topic - Next topic
Print
Go Down Pages1
User actions

marlow

  • ***
  • Clay Wrangler
  • Posts: 12
  • Logged
Kiln shelf cracked on first firing
June 04, 2024, 11:23:55 AM
My new cordierite shelf split straight across during a bisque firing.

Ottoline

  • Resident Glazer
  • Posts: 4,310
  • Logged
Re: Kiln shelf cracked on first firing
#1
June 09, 2024, 03:29:46 AM
Keep the ramp under 100 degrees an hour until 600.
Print
Go Up Pages1
"""


def test_smf21_header_clock_and_custom_titles_stay_out_of_the_posts_and_names():
    # the header's clock is no post date: the header runs on to the topic's buttons
    doc = clean_text(SMF21_CUSTOM_TITLES)
    assert doc.engine == "smf" and doc.title == "Kiln shelf cracked on first firing"
    # the name above the pane's list, not the custom title listed first
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("marlow", "June 04, 2024, 11:23:55 AM", "My new cordierite shelf split straight across during a bisque firing."),
        ("Ottoline", "June 09, 2024, 03:29:46 AM", "Keep the ramp under 100 degrees an hour until 600."),
    ]


VBULLETIN_CUSTOM_TITLES = """Raised beds: wood or metal?

Thread Tools
Search this Thread

Old Feb 14, 2026 | 9:05 pm
  #1
cedarfan
Original Poster
Keeper of the compost!
10 Years on Site

Join Date: Aug 2008
Location: Leeds
Posts: 1,077
I am building two raised beds this spring.
cedarfan is offline
Reply
cedarfan
View Public Profile
Find More Posts by cedarfan
Old Feb 14, 2026 | 10:24 pm
  #2
galvo
Metal all the way!
Join Date: Mar 2009
Tools: spade, fork, hoe, rake, wheelbarrow and two watering cans
Posts: 1,370
Metal beds warm up faster in spring.
galvo is online now
Reply
galvo
View Public Profile
Find More Posts by galvo
« Previous Thread | Next Thread »
"""


def test_vbulletin_custom_titles_profile_fields_and_the_name_in_the_post_menu_are_pane():
    doc = clean_text(VBULLETIN_CUSTOM_TITLES)
    assert doc.engine == "vbulletin"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("cedarfan", "Feb 14, 2026 | 9:05 pm", "I am building two raised beds this spring."),
        ("galvo", "Feb 14, 2026 | 10:24 pm", "Metal beds warm up faster in spring."),
    ]


def test_an_ad_label_with_a_remark_is_chrome():
    dump = XENFORO_JOIN_DATES.replace("  • #2\n", "  • #2\nAdvertisement - Members see no ads here\n")
    doc = clean_text(dump)
    assert doc.posts[1].text == "Thanks, that table saves me a lot of guessing."


MYBB_CUSTOM_TITLES = """Hello There, Guest! Login Register
Cycle Talk › Repairs › Chain keeps slipping
Chain keeps slipping
pedalpusher Offline

Chain Whisperer
Posts: 9
Threads: 3
Joined: Apr 2022
Reputation: 0
#1
2019-02-24, 02:31 AM
Under load the chain jumps on the small cog.
Website Find
Reply
Greaserag Online

Spoke Tightener
Posts: 3,402
Threads: 41
Joined: Jan 2015
Reputation: 57
#2
2019-02-24, 05:31 PM
A worn cog skips with a fresh chain.
[Image: cassette.png]
Website Find
Reply
« Next Oldest | Next Newest »
Users browsing this thread: 1 Guest(s)
"""


def test_mybb_name_with_its_status_over_a_custom_title_inline_buttons_and_image_alt_text():
    doc = clean_text(MYBB_CUSTOM_TITLES)
    assert doc.engine == "mybb"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("pedalpusher", "2019-02-24, 02:31 AM", "Under load the chain jumps on the small cog."),
        ("Greaserag", "2019-02-24, 05:31 PM", "A worn cog skips with a fresh chain."),
    ]


def test_a_quote_drops_the_link_card_and_attachment_it_copied():
    dump = XENFORO_LINK_CARDS.replace("The maker's own page has the numbers too.\n", """tulipfan said:
This review convinced me to get the small one.
View attachment 20451

Small greenhouse heaters tested

We ran six heaters through a cold month and measured what each one costs to run.
www.gardenreviews.example www.gardenreviews.example
Click to expand...
The maker's own page has the numbers too.
""")
    quote = clean_text(dump).posts[1].quotes[0]
    assert (quote.quoted_author, quote.text) == ("tulipfan", "This review convinced me to get the small one.")


def test_a_reaction_summary_after_the_icons_labels_is_chrome():
    dump = XENFORO_JOIN_DATES.replace("Thanks, that table saves me a lot of guessing.\n",
                                      "Thanks, that table saves me a lot of guessing.\n"
                                      "Likes   Reactions: tulipfan and mossbank\n")
    assert clean_text(dump).posts[1].text == "Thanks, that table saves me a lot of guessing."


PHPBB33_QUOTES = """Board index Growing

Tomato leaves curling

fernleaf
Posts: 38
Joined: Sun Dec 17, 2023 11:18 am

Tomato leaves curling

Sun Dec 17, 2023 11:23 am

My tomato leaves curl upwards in the afternoon heat.

Should I water them more often?
Top
User avatar
mossbank
Posts: 190
Joined: Wed Feb 04, 2015 6:38 pm

Re: Tomato leaves curling

Wed Dec 27, 2023 10:00 am

I set the timer like this:

Code: Select all

water_start=06:00
water_stop=06:20
Top
User avatar
rowanleaf
Posts: 13
Joined: Thu Aug 27, 2020 2:37 pm

Re: Tomato leaves curling

Wed Dec 27, 2023 11:04 am

fernleaf wrote: ↑
Sun Dec 17, 2023 11:23 am
My tomato leaves curl upwards in the afternoon heat.

Should I water them more often?
No, curling in the heat is normal.
fernleaf wrote: ↑
Sun Dec 17, 2023 11:23 am
Should I water them more often?
Water the soil, not the leaves.
Top
Return to Growing
"""


def test_phpbb33_quote_dates_under_their_headers_and_replies_without_blank_lines():
    # a theme without the "Top" links: the posts are cut at their dates (the quotes' dates are none of them),
    # the avatar opens each pane
    doc = clean_text(PHPBB33_QUOTES.replace("Top\n", ""))
    assert doc.engine == "phpbb"
    assert [(p.author, p.posted_at_raw) for p in doc.posts] == [
        ("fernleaf", "Sun Dec 17, 2023 11:23 am"), ("mossbank", "Wed Dec 27, 2023 10:00 am"),
        ("rowanleaf", "Wed Dec 27, 2023 11:04 am")]
    assert doc.posts[1].text == "I set the timer like this:\n\nwater_start=06:00\nwater_stop=06:20"
    last = doc.posts[2]
    assert [(q.quoted_author, q.quoted_when_raw, q.text) for q in last.quotes] == [
        ("fernleaf", "Sun Dec 17, 2023 11:23 am",
         "My tomato leaves curl upwards in the afternoon heat.\nShould I water them more often?"),
        ("fernleaf", "Sun Dec 17, 2023 11:23 am", "Should I water them more often?")]
    assert [p for p in last.parts if isinstance(p, str)] == ["No, curling in the heat is normal.",
                                                             "Water the soil, not the leaves."]


def test_phpbb_quote_drops_the_code_box_label_it_copied():
    dump = PHPBB33_QUOTES.replace("""fernleaf wrote: ↑
Sun Dec 17, 2023 11:23 am
Should I water them more often?
""", """mossbank wrote: ↑
Wed Dec 27, 2023 10:00 am
Code: Select all

water_start=06:00
water_stop=06:20
""")
    quote = clean_text(dump).posts[2].quotes[1]
    assert (quote.quoted_author, quote.text) == ("mossbank", "water_start=06:00\nwater_stop=06:20")


VBULLETIN4_BARE_PANES = """Forum Garten Hochbeete

Thema: Hochbeet aus Holz oder Metall

  • Themen-Optionen
    • Druckbare Version zeigen
  • Thema durchsuchen
    •
      Erweiterte Suche
  • Anzeige
    • Zur Hybrid-Darstellung wechseln
  1. 19.04.2020, 21:41 #1
    Zedernfreund
    Neues Mitglied

    Hochbeet aus Holz oder Metall

    Ich baue dieses Frühjahr zwei Hochbeete und frage mich, welches Material länger hält.
    ZitierenZitieren

  2.   Anzeige

    &nbsp
  3. 19.04.2020, 21:48 #2
    Blechkopf
    gehört zum Inventar     Avatar von Blechkopf

    AW: Hochbeet aus Holz oder Metall

    Metall hält Jahrzehnte, wenn es verzinkt ist.
    ZitierenZitieren
  4. 20.04.2020, 10:36 #3
    Zedernfreund
    Neues Mitglied

    AW: Hochbeet aus Holz oder Metall

    Danke, dann nehme ich Metall.
Gehe zu: Hochbeete Nach oben
  • Bereiche
  • Private Nachrichten
"""


def test_vbulletin4_labelled_title_bare_panes_ad_slots_and_a_last_post_without_buttons():
    doc = clean_text(VBULLETIN4_BARE_PANES)
    assert doc.engine == "vbulletin" and doc.title == "Hochbeet aus Holz oder Metall"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("Zedernfreund", "19.04.2020, 21:41",
         "Ich baue dieses Frühjahr zwei Hochbeete und frage mich, welches Material länger hält."),
        ("Blechkopf", "19.04.2020, 21:48", "Metall hält Jahrzehnte, wenn es verzinkt ist."),
        ("Zedernfreund", "20.04.2020, 10:36", "Danke, dann nehme ich Metall."),
    ]


XENFORO1_LONG_TITLES = """  • Home
  • Forums
Home Forums Composting

Compost bin in winter

Discussion in 'Composting' started by wormfarm, Jan 5, 2024.

  1. wormfarm

    wormfarm Turning heaps since the last century, rain or shine. Staff Member

    Joined:
    Oct 20, 2004
    Messages:
    1,046
    Does anybody keep their compost bin going through the winter?
    wormfarm, Jan 5, 2024
    #1
  2. Greenbin

    Greenbin Member

    Joined:
    Mar 8, 2010
    Messages:
    52
    Wrap the bin in old carpet and keep adding greens.
    Greenbin, Jan 6, 2024
    #2
Show Ignored Content
(You must log in or sign up to reply here.)
"""


def test_xenforo1_name_with_a_long_custom_title_over_member_info_is_pane():
    doc = clean_text(XENFORO1_LONG_TITLES)
    assert doc.engine == "xenforo"
    assert [(p.author, p.text) for p in doc.posts] == [
        ("wormfarm", "Does anybody keep their compost bin going through the winter?"),
        ("Greenbin", "Wrap the bin in old carpet and keep adding greens."),
    ]


VBULLETIN3_MEMBER_MENUS = """Raised beds: wood or metal?

Thread Tools
Search this Thread

  #1
Old Posted Apr 11, 2020, 1:02 PM
cedarfan cedarfan is offline
Registered User

Join Date: Jul 2011
Posts: 2,339
I am building two raised beds this spring.
Reply With Quote
cedarfan
View Public Profile
Find all posts by cedarfan

  #2
Old Posted Apr 11, 2020, 3:27 PM
galvo's Avatar
galvo galvo is online now
Registered User

Join Date: Oct 2005
Posts: 7,430
Metal beds warm up faster in spring.
Reply With Quote
galvo
View Public Profile
Visit galvo's homepage!
Find all posts by galvo
« Previous Thread | Next Thread »
"""


def test_vbulletin3_member_menu_under_the_buttons_and_the_name_before_its_status():
    doc = clean_text(VBULLETIN3_MEMBER_MENUS)
    assert doc.engine == "vbulletin"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("cedarfan", "Apr 11, 2020, 1:02 PM", "I am building two raised beds this spring."),
        ("galvo", "Apr 11, 2020, 3:27 PM", "Metal beds warm up faster in spring."),
    ]


XENFORO_SHORT_TITLES = """You should upgrade or use an alternative browser.

Cold frames

  • Thread starter Thread starter tulipfan
  • Start date Start date Mar 18, 2024
tulipfan

tulipfan

Seedling
Mar 18, 2024
  • #1
Mine is made from old windows.
\u00a0
  • Like
Reactions: rowanleaf
rowanleaf

rowanleaf

maybe...
Mar 25, 2024
  • #2
Nice work.
\u00a0
You must log in or register to reply here.
"""


def test_xenforo_short_custom_title_ending_a_sentence_under_the_doubled_name():
    doc = clean_text(XENFORO_SHORT_TITLES)
    assert [(p.author, p.text) for p in doc.posts] == [("tulipfan", "Mine is made from old windows."),
                                                       ("rowanleaf", "Nice work.")]


def test_a_link_card_closed_by_its_domain_once_is_media():
    dump = XENFORO_LINK_CARDS.replace("www.gardenreviews.example www.gardenreviews.example", "www.gardenreviews.example")
    assert clean_text(dump).posts[0].text == "This review convinced me to get the small one."


def test_an_embedded_gifs_alt_text_is_media():
    dump = XENFORO_JOIN_DATES.replace("My sowing table for this year:\n",
                                      "My sowing table for this year:\nSeed Packet Dance GIF by Garden Club\n")
    assert clean_text(dump).posts[0].text == "My sowing table for this year:"


XENFORO_LABELLED_VALUES = """You should upgrade or use an alternative browser.

Cold frames

  • Thread starter Thread starter tulipfan
  • Start date Start date Mar 18, 2024
tulipfan

tulipfan

Seedling
Location (town/city + country)
Leeds (West Yorkshire, UK)
  • Mar 18, 2024
  • #1
Mine is made from old windows.
rowanleaf

rowanleaf

Senior Member
Location
Right here.
  • Mar 25, 2024
  • #2
Nice work.
You must log in or register to reply here.
"""


def test_member_info_values_ending_a_sentence_under_their_labels_are_pane():
    doc = clean_text(XENFORO_LABELLED_VALUES)
    assert [(p.author, p.text) for p in doc.posts] == [("tulipfan", "Mine is made from old windows."),
                                                       ("rowanleaf", "Nice work.")]


def test_xenforo_doubled_name_ending_with_a_full_stop_is_the_author():
    dump = XENFORO_SHORT_TITLES.replace("rowanleaf\n\nrowanleaf\n\nmaybe...\n", "R. Leaf Jr.\n\nR. Leaf Jr.\n\n")
    doc = clean_text(dump)
    assert [(p.author, p.text) for p in doc.posts] == [("tulipfan", "Mine is made from old windows."),
                                                       ("R. Leaf Jr.", "Nice work.")]


def test_vbulletin_post_options_menu_closes_the_member_menu_and_names_nobody():
    # a later vBulletin 3 theme: "Post Options" ends the member menu above the next post's date line
    dump = VBULLETIN3_MEMBER_MENUS.replace("Find all posts by cedarfan\n", "Find all posts by cedarfan\nPost Options\n")
    doc = clean_text(dump)
    assert [p.author for p in doc.posts] == ["cedarfan", "galvo"]
    assert ("Post Options", "post_chrome") in [(r.text, r.reason) for r in doc.removed]


# phpBB 3.0's prosilver in French: the pane (name, counts, join date, contact link) printed under the words
PHPBB_PANE_UNDER = """Index du forum Maladies rares
Recherche de contacts

3 messages • Page 1 sur 1
  • Répondre en citant le message

Re: Recherche de contacts

Messagepar lilas63 » Lun 8 Jan 2018 15:33

Bonjour,
Ma fille vient d'avoir son diagnostic. Nous sommes du Puy-de-Dôme.
lilas63
\u00a0
Messages: 1
Enregistré le: Lun 8 Jan 2018 15:31
  • Message privé
Haut
  • Répondre en citant le message

Re: Recherche de contacts

Messagepar camille59 » Lun 8 Jan 2018 18:17

Bienvenue à vous et à votre fille, à très vite.
camille59
\u00a0
Messages: 3
Enregistré le: Ven 8 Déc 2017 19:38
  • Message privé
  • Site Internet
Haut
Retourner vers Maladies rares
"""


def test_phpbb_pane_printed_under_the_words_is_no_post_text():
    doc = clean_text(PHPBB_PANE_UNDER)
    assert doc.engine == "phpbb"
    assert [(p.author, p.text) for p in doc.posts] == [
        ("lilas63", "Bonjour,\nMa fille vient d'avoir son diagnostic. Nous sommes du Puy-de-Dôme."),
        ("camille59", "Bienvenue à vous et à votre fille, à très vite.")]
    assert {"lilas63", "Messages: 3", "Enregistré le: Ven 8 Déc 2017 19:38"} <= {
        r.text for r in doc.removed if r.reason == "author_pane"}


def test_phpbb_posts_own_subject_over_its_byline_is_header():
    # a reply may carry a subject of its own, printed between the pane and "Postby jdoe » <date>"
    dump = PHPBB_LONG_TITLE.replace("Re: Seed trays for the 2.0.1 season: what works here",
                                    "why do my trays crack after one winter?")
    doc = clean_text(dump)
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("fernleaf", "11. Sep 2024, 18:36", "Which trays hold up for more than one season of sowing?"),
        ("mossbank", "11. Sep 2024, 21:06", "The thick black ones last for years if you wash them in autumn.")]
