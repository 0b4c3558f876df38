from threadclean.evaluate.metrics import (
    author_matches,
    gold_author_name,
    match_posts,
    normalise,
    snippet_share,
    tokens,
    word_prf,
)


def test_tokens_are_lowercased_word_runs():
    assert tokens("Hello, World! it's 2024") == ["hello", "world", "it", "s", "2024"]


def test_word_prf_on_a_subset():
    got = word_prf("the cat sat", "the cat sat on the mat")
    assert (got.precision, got.recall) == (1.0, 0.5)
    assert abs(got.f1 - 2 / 3) < 1e-12


def test_word_prf_counts_repeats_as_a_multiset():
    got = word_prf("the the the", "the cat")
    assert abs(got.precision - 1 / 3) < 1e-12
    assert got.recall == 0.5
    assert abs(got.f1 - 0.4) < 1e-12


def test_word_prf_ignores_case_and_punctuation():
    assert word_prf("Hello,   WORLD!", "hello world").f1 == 1.0


def test_word_prf_empty_conventions():
    assert word_prf("", "").f1 == 1.0
    assert word_prf("something", "").f1 == 0.0
    assert word_prf("", "something").f1 == 0.0
    assert word_prf("...", "hello").f1 == 0.0


def test_snippet_share_normalises_case_and_whitespace():
    assert normalise("  Foo \n\t Bar ") == "foo bar"
    assert snippet_share(["Foo  Bar", "baz qux"], "xx foo\nbar yy") == 0.5
    assert snippet_share(["a", "b", "c", "d"], "a b c") == 0.75


def test_snippet_share_undefined_without_snippets():
    assert snippet_share([], "anything") is None
    assert snippet_share(["  "], "anything") is None


def test_match_posts_pairs_best_first_one_to_one():
    pred = ["a b c d", "x y z", "e f g h"]
    gold = ["e f g h", "a b c x"]
    got = [(m.pred, m.gold, m.f1) for m in match_posts(pred, gold)]
    assert got == [(2, 0, 1.0), (0, 1, 0.75)]


def test_match_posts_never_reuses_a_post():
    assert [(m.pred, m.gold) for m in match_posts(["a b c d", "a b c d"], ["a b c d"])] == [(0, 0)]
    assert [(m.pred, m.gold) for m in match_posts(["a b c d"], ["a b c d", "a b c d"])] == [(0, 0)]


def test_match_posts_prefers_the_better_pair():
    # pred 0 also clears the threshold for gold 0 (F1 0.89) but pred 1 is exact
    got = match_posts(["a b c d e", "a b c d"], ["a b c d"])
    assert [(m.pred, m.gold, m.f1) for m in got] == [(1, 0, 1.0)]


def test_match_posts_threshold():
    # F1 of "a b" vs "a b c d e f" is 2*(1*1/3)/(4/3) = 0.5: matches; one token fewer does not
    assert len(match_posts(["a b"], ["a b c d e f"])) == 1
    assert match_posts(["a"], ["a b c d e f"]) == []
    assert match_posts([], ["a"]) == []


def test_author_plain_names():
    assert author_matches("Alice ", "alice")
    assert author_matches("Rory A", "rory_a")
    assert not author_matches("alice", "alicia")
    assert not author_matches(None, "alice")
    assert not author_matches("", "alice")


def test_author_in_profile_link_last_segment():
    assert author_matches("Rory_A", "/members/rory_a.56111/")
    assert author_matches("The WR Moderator Team", "/members/the-wr-moderator-team.57032/")
    assert author_matches("seabreeze", "https://forum.example.org/u/seabreeze")
    assert author_matches("Aimée", "https://forum.example.org/u/Aim%C3%A9e")
    assert not author_matches("members", "/members/rory_a.56111/")


def test_profile_links_without_a_name_cannot_be_checked():
    for link in ("./memberlist.php?mode=viewprofile&u=3863", "/user/343438#top",
                 "member.php?s=abc&u=63515", "javascript:site.profileUnavailable();",
                 "https://forums.example.org/membre57/", "/profile/u123"):
        assert gold_author_name(link) is None, link
        assert not author_matches("anyone", link)
    assert gold_author_name("/members/rory_a.56111/") == "rorya56111"
    assert gold_author_name("RP 520") == "rp520"


def test_gold_profile_links_match_the_authors_link_but_not_another() -> None:
    base = "https://forum.example.org/viewtopic.php?t=5"
    gold = "./memberlist.php?mode=viewprofile&u=3863&sid=2d2db902bbdbc139"
    assert author_matches("ann", gold, "https://forum.example.org/memberlist.php?mode=viewprofile&u=3863", base)
    assert not author_matches("ann", gold, "https://forum.example.org/memberlist.php?mode=viewprofile&u=81", base)
    assert not author_matches("ann", gold)  # no link to compare and no name in the gold link
    assert author_matches("bob", "/user/62#top", "https://www.forum.example.org/user/62", base)
