"""Seasons as temporal expressions (TIMEX3 seasons stored as their first month, precision 'season');
a deictic period made precise right after it."""

import datetime as dt

import pytest

from analysis.lang import calendar
from analysis.temporal import parse_timexes
from analysis.temporal_patterns import scan, scan_everywhere
from analysis.temporal_values import season_value

D = dt.date
FRI_3_FEB_2023 = D(2023, 2, 3)      # winter 2022-WI
WED_15_OCT_2025 = D(2025, 10, 15)   # autumn 2025-FA
MON_7_JUL_2025 = D(2025, 7, 7)      # summer 2025-SU


def found(sentence, language, published):
    rows = parse_timexes(sentence, language=language, published=published)
    for t in rows:
        assert sentence[t.start:t.end] == t.text
    return [(t.text, t.value, t.precision, t.kind) for t in rows]


# (sentence, language, published, expression, value (first month), kind)
SEASONS = [
    ("La relation a été relancée au printemps dernier, lors d'une visite à Alger.", "fr",
     FRI_3_FEB_2023, "printemps dernier", "2022-03", "relative"),
    ("Le président sénégalais se rendra à Paris l'été prochain.", "fr", FRI_3_FEB_2023,
     "été prochain", "2023-06", "relative"),
    ("Les pourparlers reprendront cet hiver à Genève.", "fr", WED_15_OCT_2025,
     "cet hiver", "2025-12", "relative"),
    ("Cet été, la Tunisie et l'Italie ont signé un accord migratoire.", "fr", WED_15_OCT_2025,
     "Cet été", "2025-06", "relative"),
    ("À l'automne 2020, le Kenya avait rappelé son ambassadeur.", "fr", WED_15_OCT_2025,
     "automne 2020", "2020-09", "date"),
    ("L'accord conclu à l'hiver 2021-2022 a tenu.", "fr", WED_15_OCT_2025,
     "hiver 2021", "2021-12", "date"),
    ("Les deux ministres s'étaient vus au printemps de l'année dernière.", "fr", WED_15_OCT_2025,
     "printemps de l'année dernière", "2024-03", "relative"),
    ("Chile and Argentina resumed talks last spring.", "en", WED_15_OCT_2025,
     "last spring", "2025-03", "relative"),
    ("The envoy will return to Hanoi next summer.", "en", WED_15_OCT_2025,
     "next summer", "2026-06", "relative"),
    ("Last autumn, Brazil hosted the ministers.", "en", MON_7_JUL_2025,
     "Last autumn", "2024-09", "relative"),
    ("Talks broke down in the autumn of 2020.", "en", WED_15_OCT_2025,
     "autumn of 2020", "2020-09", "date"),
    ("The treaty is expected to be ratified this winter.", "en", WED_15_OCT_2025,
     "this winter", "2025-12", "relative"),
    ("Ghana and Togo signed the accord in the fall of 2019.", "en", WED_15_OCT_2025,
     "fall of 2019", "2019-09", "date"),
    ("Officials met in Nairobi in the spring of last year.", "en", WED_15_OCT_2025,
     "spring of last year", "2024-03", "relative"),
]


@pytest.mark.parametrize("sentence, language, published, text, value, kind", SEASONS)
def test_seasons(sentence, language, published, text, value, kind):
    assert (text, value, "season", kind) in found(sentence, language, published)


@pytest.mark.parametrize("sentence, language", [
    ("Le ministre a été dernier à prendre la parole.", "fr"),
    ("Le Printemps arabe a bouleversé la région.", "fr"),
    ("Il a été prochainement reçu.", "fr"),
    ("Avant l'été, le ministre se rendra à Madrid.", "fr"),
    ("The fall of Kabul shook the alliance.", "en"),
    ("Prices fall 2023 times a year in that market.", "en"),
    ("The Arab Spring changed the region.", "en"),
    ("The Winter Olympics opened in Milan.", "en"),
])
def test_not_seasons(sentence, language):
    assert all(p != "season" for *_, p, _k in found(sentence, language, WED_15_OCT_2025))


def test_season_without_publication_date_is_unresolved_unless_its_year_is_written():
    rows = {t.text: t for t in parse_timexes("Au printemps dernier et à l'automne 2020.",
                                             language="fr", published=None)}
    assert (rows["printemps dernier"].value, rows["printemps dernier"].resolved) == (None, False)
    assert rows["automne 2020"].value == "2020-09"


@pytest.mark.parametrize("code, direction, published, expected", [
    ("SP", -1, D(2023, 2, 3), "2022-03"), ("WI", -1, D(2023, 2, 3), "2021-12"),
    ("WI", 0, D(2023, 2, 3), "2022-12"), ("SP", 1, D(2023, 4, 1), "2024-03"),
    ("SP", 0, D(2023, 4, 1), "2023-03"), ("SU", 0, D(2023, 12, 5), "2024-06"),
    ("WI", 0, D(2025, 3, 20), "2024-12"), ("FA", -1, D(2025, 12, 1), "2025-09"),
])
def test_season_values(code, direction, published, expected):
    assert season_value(code, direction, published) == expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_season_tables(language):
    assert set(calendar.SEASONS[language].values()) == set(calendar.SEASON_FIRST_MONTH)
    assert sorted(calendar.SEASON_FIRST_MONTH.values()) == [3, 6, 9, 12]
    for table in (calendar.SEASON_MODIFIERS_BEFORE, calendar.SEASON_MODIFIERS_AFTER):
        assert all(d in (-1, 0, 1) and w == w.lower() for w, d in table[language].items())
    assert set(calendar.SEASON_AFTER_ONLY[language]) <= set(calendar.SEASONS[language])


@pytest.mark.parametrize("sentence, language", [(s, lang) for s, lang, *_ in SEASONS])
def test_trigger_scan_finds_seasons_as_a_full_scan(sentence, language):
    lower = sentence.lower()
    assert [m.span() for m in scan(lower, language)] == \
        [m.span() for m in scan_everywhere(lower, language)]


def test_season_milestone_dates_sort_and_merge_in_the_timeline():
    from analysis.timeline import PRECISION_RANK

    assert PRECISION_RANK["month"] < PRECISION_RANK["season"] < PRECISION_RANK["year"]


@pytest.mark.parametrize("text, language, published, date", [
    ("Le Kenya et la Somalie avaient signé un accord de sécurité au printemps dernier.", "fr",
     FRI_3_FEB_2023, "2022-03"),
    ("Peru and Ecuador signed a border agreement last autumn.", "en", MON_7_JUL_2025, "2024-09"),
])
def test_a_season_dates_a_milestone(text, language, published, date):
    from analysis.pipeline import annotate_document
    from analysis.text import Document

    rows = annotate_document(Document("s", text, language, published))["milestones"]
    assert [(r[2], r[3]) for r in rows] == [(date, "season")]


@pytest.mark.parametrize("sentence, language", [
    ("Il a été reçu l'été dernier, puis cet été et à l'été 2024 ; l'été de l'année dernière.", "fr"),
    ("Le projet a été prochainement évoqué, il a été 2023 fois cité.", "fr"),
    ("This fall and last fall; the fall of 2019, fall 2020; prices fall next week.", "en"),
    ("L'été\u00a0prochain, l’été 2022.", "fr"),
])
def test_trigger_scan_of_ambiguous_season_words(sentence, language):
    lower = sentence.lower()
    assert [m.span() for m in scan(lower, language)] == \
        [m.span() for m in scan_everywhere(lower, language)]


# --- a deictic period made precise right after it: one expression ----------------------------

@pytest.mark.parametrize("sentence, language, published, text, value", [
    ("The accord was accepted in Geneva last month, on February 27, by both sides.", "en", D(2023, 3, 19),
     "last month, on February 27", "2023-02-27"),
    ("La semaine dernière, le 8 mars, le Ghana et le Togo ont signé un accord.", "fr", D(2023, 3, 19),
     "La semaine dernière, le 8 mars", "2023-03-08"),
    ("Le mois dernier, le 12 février, Lima a rappelé son ambassadeur.", "fr", D(2023, 3, 19),
     "Le mois dernier, le 12 février", "2023-02-12"),
])
def test_a_period_made_precise_is_one_expression(sentence, language, published, text, value):
    assert [(t.text, t.value) for t in parse_timexes(sentence, language=language, published=published)] \
        == [(text, value)]


@pytest.mark.parametrize("sentence, language, published, expected", [
    # the second date is not inside the first: two expressions
    ("Last month, on April 2, nothing happened.", "en", D(2023, 3, 19), ["Last month", "April 2"]),
    ("La semaine dernière, le 14 mars, Rabat a signé.", "fr", D(2023, 3, 19),
     ["La semaine dernière", "14 mars"]),
    ("Last month Kenya said that on February 27 it would act.", "en", D(2023, 3, 19),
     ["Last month", "February 27"]),
])
def test_not_an_apposition(sentence, language, published, expected):
    assert [t.text for t in parse_timexes(sentence, language=language, published=published)] == expected


def test_season_milestones_of_two_articles_merge_in_the_timeline():
    import pandas as pd

    from analysis.pipeline import annotate_document
    from analysis.schema import MILESTONES
    from analysis.text import Document
    from analysis.timeline import build_timeline

    texts = [("a", "Le Kenya et la Somalie avaient signé un accord de sécurité au printemps dernier.", "fr"),
             ("b", "Kenya and Somalia signed a security agreement last spring.", "en")]
    rows = [r for doc_id, text, language in texts
            for r in annotate_document(Document(doc_id, text, language, FRI_3_FEB_2023))["milestones"]]
    timeline = build_timeline(pd.DataFrame(rows, columns=list(MILESTONES)))
    assert timeline[["date", "precision", "n_sources"]].values.tolist() == [["2022-03", "season", 2]]
