"""SMF 1 and 2.1 text dumps (fixtures/text/smf1_topic.txt, smf2_topic.txt from fixtures/html)."""

from tests.forum_fixtures import quote_tree, text_doc
from threadclean import clean_text


def test_smf1_posts_end_at_logged_and_the_signature_under_it_is_no_author():
    doc = text_doc("smf1_topic.txt")
    assert doc.engine == "smf" and doc.title == "Beehive wintering in a cold garage"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("hazelbrook", "November 14, 2009, 06:02:17 PM",
         "Can a hive sit in an unheated garage over winter?\n\nThe entrance would face a window."),
        ("Quillon", "November 14, 2009, 08:30:02 PM", "Then the bees will fly at the glass on warm days. Block the light."),
        ("hazelbrook", "November 15, 2009, 09:12:45 AM", "Covered the window with cardboard. Thanks!")]
    assert quote_tree(doc.posts[2]) == [
        ("Quillon", "November 14, 2009, 08:30:02 PM", "Then the bees will fly at the glass on warm days. Block the light.",
         [("hazelbrook", "The entrance would face a window.")])]
    for chrome in ("Two hives, one very angry", "Advertisement", "Hero Member", "Posts: 2710", "Logged", "Powered by SMF"):
        assert chrome not in doc.text


def test_smf2_logged_in_the_pane_glued_quote_headers_signature_under_the_buttons_and_ads():
    doc = text_doc("smf2_topic.txt")
    assert doc.engine == "smf" and doc.title == "Kiln shelf cracked on first firing"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts] == [
        ("marlow", "March 02, 2024, 08:14:10 PM",
         "My new cordierite shelf split straight across during a bisque firing.\n\nWas it the ramp speed?"),
        ("Ottoline", "March 02, 2024, 09:40:55 PM", "Probably. Keep it under 100 degrees an hour until 600."),
        # a signature under a post without buttons cannot be told from the text
        ("marlow", "March 03, 2024, 07:05:00 AM", "Slower ramp worked, the new shelf survived.\nThrowing mugs since 2019")]
    assert quote_tree(doc.posts[1]) == [("marlow", "March 02, 2024, 08:14:10 PM", "Was it the ramp speed?", [])]
    assert quote_tree(doc.posts[2]) == [
        ("Ottoline", "March 02, 2024, 09:40:55 PM", "Probably. Keep it under 100 degrees an hour until 600.",
         [("marlow", "Was it the ramp speed?")])]
    removed = [(r.text, r.reason) for r in doc.removed]
    assert [r for r in removed if r[1] in ("signature", "ad")] == [
        ("Read the kiln manual first", "signature"), ("Advertisement", "ad"),
        ("Glaze sale: buy two jars, get one free", "ad")]
    for chrome in ("Global Moderator", "Posts: 13", "Logged", "Go Up", "Simple Machines", "#1"):
        assert chrome not in doc.text
    # SMF 2.1's likes under a post are a head count
    assert [[(r.name, r.count) for r in p.reactions] for p in doc.posts] == [[("like", 2)], [("like", 1)], []]


SMF20_CURVE = """Author\t\tTopic: Kiln shelf cracked on first firing  (Read 212 times)
marlow
*
Offline Offline
Posts: 12
Kiln shelf cracked on first firing
« on: March 02, 2024, 08:14:10 PM »
My new cordierite shelf split straight across during a bisque firing. Was it the ramp speed?
\t\tLogged
\t\tThrowing pots and mugs in a shed since 2019, mostly stoneware and a little porcelain when I am brave.
Ottoline
KILN TECHNICIAN
**
Offline Offline

What clay body do you throw with most: Porcelain
How long have you been firing your own kiln: Since the old kiln died in 2011
Posts: 840
Re: Kiln shelf cracked on first firing
« Reply #1 on: March 02, 2024, 09:40:55 PM »
Probably. Keep it under 100 degrees an hour until 600.
\t\tLogged
marlow
*
Offline Offline
Posts: 12
Re: Kiln shelf cracked on first firing
« Reply #2 on: March 03, 2024, 07:05:00 AM »
Slower ramp worked, the new shelf survived.
\t\tLogged
Pages: [1]   Go Up
"""


def test_smf20_signature_under_logged_goes_with_its_post_and_the_next_pane_names_the_poster():
    # SMF 2.0 (Curve): "Logged" / the signature / the next poster's pane (name, group in capitals, stars, status,
    # custom profile fields, post count) / "Re: subject" / "« Reply #1 on: date »"
    doc = clean_text(SMF20_CURVE)
    assert doc.engine == "smf"
    assert [(p.author, p.posted_at_raw, p.text) for p in doc.posts][1:] == [
        ("Ottoline", "March 02, 2024, 09:40:55 PM", "Probably. Keep it under 100 degrees an hour until 600."),
        ("marlow", "March 03, 2024, 07:05:00 AM", "Slower ramp worked, the new shelf survived.")]
    assert doc.posts[0].text == "My new cordierite shelf split straight across during a bisque firing. Was it the ramp speed?"
    assert ("Throwing pots and mugs in a shed since 2019, mostly stoneware and a little porcelain when I am brave.",
            "signature") in [(r.text, r.reason) for r in doc.removed]
