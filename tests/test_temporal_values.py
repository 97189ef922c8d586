"""The values of temporal expressions (analysis/temporal_values.py): HeidelTime's arithmetic."""

import datetime as dt

import pytest

from analysis.temporal_values import (CalendarWords, infer_year, iso, language_tables, months_capitalised,
                                      shift_date, valid_date, weekday_date)

THU_16_OCT_2025 = dt.date(2025, 10, 16)


@pytest.mark.parametrize("month, day, tense, year", [
    (3, None, "future", 2026), (3, None, "past", 2025), (11, None, "past", 2024),
    (11, None, None, 2025), (1, None, None, 2026), (10, 20, "past", 2024), (10, 20, "future", 2025),
    (4, 10, None, 2026), (6, 1, None, 2025), (12, 31, None, 2025),
])
def test_a_month_without_a_year_takes_the_year_of_its_tense(month, day, tense, year):
    assert infer_year(month, day, THU_16_OCT_2025, tense) == year


@pytest.mark.parametrize("unit, n, value", [
    ("day", -1, ("2025-10-15", "day")), ("week", -1, ("2025-10-06", "week")),
    ("month", -10, ("2024-12", "month")), ("month", 3, ("2026-01", "month")), ("year", 1, ("2026", "year")),
])
def test_deictic_words_shift_the_publication_date(unit, n, value):
    assert shift_date(THU_16_OCT_2025, unit, n) == value


@pytest.mark.parametrize("weekday, direction, tense, value", [
    (3, 0, None, "2025-10-16"), (1, 0, "past", "2025-10-14"), (2, 0, "future", "2025-10-22"),
    (3, -1, None, "2025-10-09"), (3, 1, None, "2025-10-23"),
])
def test_weekdays_resolve_against_publication(weekday, direction, tense, value):
    assert weekday_date(weekday, direction, THU_16_OCT_2025, tense) == value


def test_iso_and_valid_dates():
    assert (iso(2016), iso(2016, 3), iso(2016, 3, 14)) == ("2016", "2016-03", "2016-03-14")
    assert valid_date(2024, 2, 29) and not valid_date(2025, 2, 29) and not valid_date(2025, 13)


@pytest.mark.parametrize("text, language, months, days, years, words", [
    ("le 1er mars 2016", "fr", [3], [1], [2016], ["le", "er"]),
    ("16 oct 2025", "en", [10], [16], [2025], []),
    ("sept. 2016", "fr", [9], [], [2016], []),
    ("le premier mars", "fr", [3], [1], [], ["le"]),
])
def test_calendar_words_of_an_expression(text, language, months, days, years, words):
    parts = CalendarWords(text, 0, len(text), language)
    assert [m for m, _ in parts.months] == months and parts.days == days and parts.years == years
    assert parts.words == words


def test_english_months_must_be_capitalised():
    text = "in may 2016 and in May 2016"
    low = CalendarWords(text.lower(), 3, 11, "en")
    high = CalendarWords(text.lower(), 19, 27, "en")
    assert not months_capitalised(low, text, "en") and months_capitalised(high, text, "en")
    assert months_capitalised(low, text, "fr")


def test_language_tables_are_built_once():
    assert language_tables("fr") is language_tables("fr")
    assert dict(language_tables("fr").mod_words)["fin"] == "END"
