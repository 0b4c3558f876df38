from datetime import UTC, datetime, timedelta

import pytest

from threadclean.dates import looks_like_date, parse_date, parse_datetime

NOW = datetime(2021, 7, 8, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024-05-22T10:00:00Z", "2024-05-22T10:00:00+00:00"),
    ("2024-05-22T12:00:00+02:00", "2024-05-22T10:00:00+00:00"),
    ("1700000000", "2023-11-14T22:13:20+00:00"),
    ("May 22, 2024 at 1:20 PM", "2024-05-22T13:20:00+00:00"),
    ("JULY 8, 2021 14:25", "2021-07-08T14:25:00+00:00"),
    ("20 April, 2018", "2018-04-20T00:00:00+00:00"),
    ("11-29-2024, 09:03 AM", "2024-11-29T09:03:00+00:00"),
    ("03.05.2016, 17:33", "2016-05-03T17:33:00+00:00"),
    ("Sun Dec 17, 2023 11:23 am", "2023-12-17T11:23:00+00:00"),
    ("8 hours ago", "2021-07-08T04:00:00+00:00"),
    ("Yesterday at 3:11 PM", "2021-07-07T15:11:00+00:00"),
])
def test_parse_datetime(raw, expected):
    assert parse_datetime(raw, now=NOW).isoformat() == expected


def test_relative_dates_need_a_crawl_time():
    assert parse_datetime("8 hours ago") is None
    assert parse_date("August 26") is None and parse_date("August 26", now=NOW).isoformat() == "2021-08-26"


def test_date_lines_are_told_from_text():
    assert looks_like_date("July 8, 2021") and looks_like_date("02:49 AM") and looks_like_date("3 hours ago")
    assert not looks_like_date("Thanks 1") and not looks_like_date("151") and not looks_like_date("2 min read")


def test_a_relative_date_with_a_name_before_it_is_not_a_date_line():
    assert looks_like_date("about 2 hours ago") and looks_like_date("posted 3 days ago") and looks_like_date("1 year ago")
    assert looks_like_date("last edited 3 weeks ago")
    assert not looks_like_date("fernfriend 2 years ago") and not looks_like_date("I left 2 days ago")


def test_a_post_counter_run_into_the_machine_readable_date_is_no_part_of_the_date():
    from threadclean.text.anchors import bare_date

    assert bare_date("Aug 08, 2006#12006-08-08T22:13+00:00") == "Aug 08, 2006"
    assert bare_date("Mar 22, 2011 #42011-03-22T19:51:07Z") == "Mar 22, 2011"


def test_a_two_digit_year_run_into_the_clock():
    # "7/9/057:57 PM": the date and the time were printed by two elements with nothing between them
    assert looks_like_date("7/9/057:57 PM") and looks_like_date("12/9/2511:01 PM")
    assert parse_datetime("7/9/057:57 PM") == datetime(2005, 7, 9, 19, 57, tzinfo=UTC)
    assert parse_datetime("12/9/2511:01 PM") == datetime(2025, 12, 9, 23, 1, tzinfo=UTC)
    assert parse_datetime("12/9/2025") == datetime(2025, 12, 9, tzinfo=UTC)


def test_a_four_digit_year_run_into_the_clock():
    # Khoros prints the local date and time in two spans ("\u200e06-12-2019" + "11:23 AM")
    assert parse_datetime("\u200e06-12-201911:23 AM") == datetime(2019, 6, 12, 11, 23, tzinfo=UTC)
    assert parse_datetime("06-12-201901:05 PM") == datetime(2019, 6, 12, 13, 5, tzinfo=UTC)
    assert parse_datetime("06-12-2019 2011") == datetime(2019, 6, 12, tzinfo=UTC)  # no clock after the year


@pytest.mark.parametrize(("raw", "expected"), [
    ("Thu 21-Nov-19 10:30:00", datetime(2019, 11, 21, 10, 30, tzinfo=UTC)),
    ("21-Nov-2019", datetime(2019, 11, 21, tzinfo=UTC)),
    ("Jeu 9 Juil 2015 14:32", datetime(2015, 7, 9, 14, 32, tzinfo=UTC)),
    ("3 déc. 2018 à 10:00", datetime(2018, 12, 3, 10, 0, tzinfo=UTC)),
    ("12. Okt. 2019", datetime(2019, 10, 12, tzinfo=UTC)),
    ("5 janv. 2020", datetime(2020, 1, 5, tzinfo=UTC)),
])
def test_dashed_dates_and_french_and_german_month_abbreviations(raw, expected):
    assert parse_datetime(raw) == expected


@pytest.mark.parametrize(("raw", "days_back"), [
    ("vor 3 Tagen", 3), ("3 Tage her", 3), ("1 Jahr 2 Tage her", 367), ("il y a 3 jours", 3), ("vor einem Monat", 30)])
def test_german_and_french_relative_dates_with_the_crawl_time(raw, days_back):
    assert parse_datetime(raw, now=NOW) == NOW - timedelta(days=days_back)
    assert parse_datetime(raw) is None  # nothing to count back from


@pytest.mark.parametrize(("raw", "expected"), [
    ("hace 2 días", NOW - timedelta(days=2)), ("2 giorni fa", NOW - timedelta(days=2)),
    ("Heute, 09:15", datetime(2021, 7, 8, 9, 15, tzinfo=UTC)),
    ("gestern um 14:32 Uhr", datetime(2021, 7, 7, 14, 32, tzinfo=UTC)),
    ("hier à 10h20", datetime(2021, 7, 7, 10, 20, tzinfo=UTC)),
    ("aujourd'hui à 10:20", datetime(2021, 7, 8, 10, 20, tzinfo=UTC)),
    ("ayer a las 18:05", datetime(2021, 7, 7, 18, 5, tzinfo=UTC)),
    ("Do 21. Nov 2019, 15:53", datetime(2019, 11, 21, 15, 53, tzinfo=UTC)),
    ("21.11.2019 um 15:53 Uhr", datetime(2019, 11, 21, 15, 53, tzinfo=UTC)),
    ("sábado, 6 de marzo de 2021", datetime(2021, 3, 6, tzinfo=UTC)),
])
def test_dates_in_other_languages(raw, expected):
    assert parse_datetime(raw, now=NOW) == expected
    assert looks_like_date(raw)  # a date line, as the text path finds post dates


def test_day_words_and_weekdays_of_other_languages_alone_are_no_date():
    # "hier" is German for "here", "Do" an English word; a day word without a clock may label an ad's slot
    for text in ("hier", "Heute", "Aujourd'hui", "Do you know?", "So do it", "Mi casa", "vor allem", "le 3"):
        assert not looks_like_date(text), text
    assert looks_like_date("Today") and looks_like_date("vor 2 Stunden") and looks_like_date("il y a 2 heures")


def test_a_weekday_name_is_the_last_such_day_before_the_crawl():
    # NOW is a Thursday: XenForo says "Today" for today, so a Thursday named is a week back
    assert parse_datetime("Monday at 9:14 PM", now=NOW) == datetime(2021, 7, 5, 21, 14, tzinfo=UTC)
    assert parse_datetime("Thursday at 8:00 AM", now=NOW) == datetime(2021, 7, 1, 8, 0, tzinfo=UTC)
