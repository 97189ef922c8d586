"""Dates read from the story: a month and its deictic year as one expression, plans read
forward, "the following month" after the last date written, ranges of years as two rows."""

import datetime as dt

import pytest

from analysis.lang import calendar
from analysis.temporal import find_timexes, parse_timexes
from analysis.temporal_patterns import scan, scan_everywhere
from analysis.temporal_values import shift_anchor
from analysis.text import Document

D = dt.date
MON_21_OCT_2024 = D(2024, 10, 21)
WED_18_DEC_2024 = D(2024, 12, 18)
WED_16_DEC_2020 = D(2020, 12, 16)
MON_8_MAY_2023 = D(2023, 5, 8)
TUE_4_MAR_2025 = D(2025, 3, 4)


def rows(sentence, language, published):
    found = parse_timexes(sentence, language=language, published=published)
    for t in found:
        assert sentence[t.start:t.end] == t.text
    return [(t.text, t.value, t.precision, t.kind) for t in found]


# (sentence, language, publication date, [(text, value, precision, kind) of every expression])
MONTH_OF_A_DEICTIC_YEAR = [
    ("Trudeau first raised the allegations in the House of Commons in September last year.",
     "en", MON_21_OCT_2024, [("September last year", "2023-09", "month", "relative")]),
    ("Nijjar was shot dead outside a temple in Surrey in June last year.", "en", MON_21_OCT_2024,
     [("June last year", "2023-06", "month", "relative")]),
    ("L’an dernier, en février, le Kenya avait rappelé son ambassadeur à Mogadiscio.", "fr",
     WED_16_DEC_2020, [("L’an dernier, en février", "2019-02", "month", "relative")]),
    ("Le Pérou avait rappelé son ambassadeur à Mexico en février de l'année dernière.", "fr",
     TUE_4_MAR_2025, [("février de l'année dernière", "2024-02", "month", "relative")]),
    ("Le Ghana et le Togo ont signé l'accord le 12 mars l'an dernier à Lomé.", "fr",
     TUE_4_MAR_2025, [("12 mars l'an dernier", "2024-03-12", "day", "relative")]),
    ("Chile and Bolivia plan to reopen their consulates in May of next year.", "en",
     TUE_4_MAR_2025, [("May of next year", "2026-05", "month", "relative")]),
    ("Le sommet entre l'Argentine et l'Uruguay aura lieu en juin l'an prochain.", "fr",
     TUE_4_MAR_2025, [("juin l'an prochain", "2026-06", "month", "relative")]),
    ("Last year, in November, Ghana expelled two Nigerian diplomats.", "en", TUE_4_MAR_2025,
     [("Last year, in November", "2024-11", "month", "relative")]),
    ("Fin septembre l'an dernier, le Niger a rompu avec la France.", "fr", TUE_4_MAR_2025,
     [("Fin septembre l'an dernier", "2024-09", "month", "part")]),
    # an English month after "last", "next", "this"
    ("Ghana's president visited Lomé last September and will return next March.", "en",
     MON_21_OCT_2024, [("last September", "2024-09", "month", "date"),
                       ("next March", "2025-03", "month", "date")]),
    ("Bolivia recalled its envoy last October; Peru will host the talks this May.", "en",
     MON_21_OCT_2024, [("last October", "2023-10", "month", "date"),
                       ("this May", "2024-05", "month", "date")]),
    ("Officials said talks may last until next year.", "en", MON_21_OCT_2024,
     [("next year", "2025", "year", "relative")]),
    # a month after the last date written and "l'année suivante"
    ("Le Mali a quitté la Cédéao en janvier 2024, puis a rappelé son ambassadeur en mars de "
     "l'année suivante.", "fr", TUE_4_MAR_2025,
     [("janvier 2024", "2024-01", "month", "date"),
      ("mars de l'année suivante", "2025-03", "month", "anaphoric")]),
    ("Peru expelled the Mexican ambassador in 2022, after recalling its own in February the "
     "previous year.", "en", TUE_4_MAR_2025,
     [("2022", "2022", "year", "date"), ("February the previous year", "2021-02", "month", "anaphoric")]),
    ("En mars de l'année suivante, les deux pays ont rouvert leurs ambassades.", "fr",
     TUE_4_MAR_2025, [("mars de l'année suivante", None, None, "anaphoric")]),
    # a list of months takes the year named after the last one
    ("Ghana and Togo held talks in May and June last year.", "en", TUE_4_MAR_2025,
     [("May", "2024-05", "month", "date"), ("June last year", "2024-06", "month", "relative")]),
    ("Le Chili a reçu des délégations en avril, mai et juin de l'année dernière.", "fr",
     TUE_4_MAR_2025, [("avril", "2024-04", "month", "date"), ("mai", "2024-05", "month", "date"),
                      ("juin de l'année dernière", "2024-06", "month", "relative")]),
    # not one expression: a sentence between, or a year written with the month
    ("Bolivia broke off relations last year. In March, the envoy returned.", "en",
     TUE_4_MAR_2025, [("last year", "2024", "year", "relative"), ("March", "2025-03", "month", "date")]),
    ("Last year, in March 2023, the talks collapsed.", "en", TUE_4_MAR_2025,
     [("Last year", "2024", "year", "relative"), ("March 2023", "2023-03", "month", "date")]),
]


@pytest.mark.parametrize("sentence, language, published, expected", MONTH_OF_A_DEICTIC_YEAR)
def test_a_month_takes_the_year_named_next_to_it(sentence, language, published, expected):
    assert rows(sentence, language, published) == expected


def test_month_of_a_deictic_year_without_publication_date_is_one_unresolved_expression():
    assert rows("Nijjar was shot dead in June last year.", "en", None) == [
        ("June last year", None, None, "relative")]


# (sentence, language, publication date, text of the weekday, its value)
PLANS = [
    ("Doval, who is on his first visit to China since 2019, is due to call on Vice President Han "
     "Zheng on Thursday.", "en", WED_18_DEC_2024, "Thursday", "2024-12-19"),
    ("The Kenyan foreign minister is expected to fly to Mogadishu on Friday.", "en",
     WED_18_DEC_2024, "Friday", "2024-12-20"),
    ("Lula will travel to Buenos Aires on Friday to meet Milei.", "en", WED_18_DEC_2024,
     "Friday", "2024-12-20"),
    ("Ghana's president is set to receive the Togolese envoy on Monday.", "en", WED_18_DEC_2024,
     "Monday", "2024-12-23"),
    ("The Chilean delegation is to present its proposal on Monday.", "en", WED_18_DEC_2024,
     "Monday", "2024-12-23"),
    ("Le président sénégalais se rendra jeudi à Nouakchott.", "fr", WED_18_DEC_2024, "jeudi",
     "2024-12-19"),
    ("La ministre péruvienne doit se rendre jeudi à Santiago.", "fr", WED_18_DEC_2024, "jeudi",
     "2024-12-19"),
    ("Le ministre bolivien est censé signer vendredi l'accord avec le Chili.", "fr",
     WED_18_DEC_2024, "vendredi", "2024-12-20"),
    # past clauses stay behind publication
    ("The Kenyan foreign minister flew to Mogadishu on Friday.", "en", WED_18_DEC_2024, "Friday",
     "2024-12-13"),
    ("The meeting, which was due to take place on Monday, was called off.", "en", WED_18_DEC_2024,
     "Monday", "2024-12-16"),
    ("At Sunday's summit, the leaders agreed that experts would inspect the plant.", "en",
     MON_8_MAY_2023, "Sunday", "2023-05-07"),
    ("Le président sénégalais s'est rendu jeudi à Nouakchott.", "fr", WED_18_DEC_2024, "jeudi",
     "2024-12-12"),
]


@pytest.mark.parametrize("sentence, language, published, text, value", PLANS)
def test_a_weekday_in_a_plan_is_the_next_one(sentence, language, published, text, value):
    found = [r for r in rows(sentence, language, published) if r[0] == text]
    assert found == [(text, value, "day", "weekday")]


# (sentence, language, publication date, [(text, value, precision) of the anchored expressions])
AFTER_THE_LAST_DATE = [
    ("Japan tightened controls on exports in July 2019 and removed South Korea from its list of "
     "trusted trading partners the following month.", "en", MON_8_MAY_2023,
     [("the following month", "2019-08", "month")]),
    ("Le Burkina Faso a expulsé l'attaché militaire en avril 2023. Le mois suivant, Paris a "
     "rappelé son ambassadeur.", "fr", TUE_4_MAR_2025, [("Le mois suivant", "2023-05", "month")]),
    ("Le traité a été signé en 2015 ; deux ans plus tard, le Chili l'a dénoncé.", "fr",
     TUE_4_MAR_2025, [("deux ans plus tard", "2017", "year")]),
    ("Colombia and Venezuela restored ties in August 2022. Two years later, trade had doubled.",
     "en", TUE_4_MAR_2025, [("Two years later", "2024", "year")]),
    ("Eritrea and Ethiopia made peace in July 2018. Two years on, the border is closed again.",
     "en", TUE_4_MAR_2025, [("Two years on", "2020", "year")]),
    ("L'ambassade a rouvert le 5 mars 2021. Trois mois après, le consulat a suivi.", "fr",
     TUE_4_MAR_2025, [("Trois mois après", "2021-06", "month")]),
    ("Le Rwanda a rompu avec la Belgique en mars 2024 ; un an après, les deux pays se parlaient.",
     "fr", TUE_4_MAR_2025, [("un an après", "2025", "year")]),
    ("The accord was signed on 12 June 2018; the next day, Ghana ratified it.", "en",
     TUE_4_MAR_2025, [("the next day", "2018-06-13", "day")]),
    ("Le sommet s'est tenu le 14 octobre 2022 à Lomé. Le lendemain, le Togo a signé.", "fr",
     TUE_4_MAR_2025, [("Le lendemain", "2022-10-15", "day")]),
    ("Argentina recalled its envoy in 2019 and restored ties the next year.", "en",
     TUE_4_MAR_2025, [("the next year", "2020", "year")]),
    ("Le Niger a rompu en 2023 ; l'année suivante, il a quitté la Cédéao.", "fr", TUE_4_MAR_2025,
     [("l'année suivante", "2024", "year")]),
    ("A year earlier, in 2016, the envoys had met in Lima.", "en", TUE_4_MAR_2025,
     [("A year earlier", None, None)]),
    ("The junta took power in 2021. A year earlier, protests had begun.", "en", TUE_4_MAR_2025,
     [("A year earlier", "2020", "year")]),
    # a chain: each anchored to the one before
    ("Ghana recalled its envoy in March 2020, restored him the following month and signed a pact "
     "two years later.", "en", TUE_4_MAR_2025,
     [("the following month", "2020-04", "month"), ("two years later", "2022", "year")]),
    # the first date of a range of years is not the last date written
    ("Japan ruled Korea from 1910 to 1945; two years later, the peninsula was divided.", "en",
     TUE_4_MAR_2025, [("two years later", "1947", "year")]),
    # no date before: not guessed
    ("Deux ans plus tard, le Soudan a quitté les négociations.", "fr", TUE_4_MAR_2025,
     [("Deux ans plus tard", None, None)]),
    ("The following month, the embassy reopened.", "en", TUE_4_MAR_2025,
     [("The following month", None, None)]),
    # a date too vague for the unit: not guessed either
    ("Le Chili a rappelé son ambassadeur en 2019. Le mois suivant, il l'a renvoyé.", "fr",
     TUE_4_MAR_2025, [("Le mois suivant", None, None)]),
]


@pytest.mark.parametrize("sentence, language, published, expected", AFTER_THE_LAST_DATE)
def test_anchored_to_the_last_date_written(sentence, language, published, expected):
    found = [(t, v, p) for t, v, p, kind in rows(sentence, language, published) if kind == "anaphoric"]
    assert found == expected


@pytest.mark.parametrize("sentence, language", [
    ("Trois mois après la signature, l'accord est entré en vigueur en 2016.", "fr"),
    ("Two years after the war, the border reopened in 2010.", "en"),
    ("Two years on the council, she voted in 2010.", "en"),
])
def test_a_count_after_an_event_is_not_anchored_to_a_date(sentence, language):
    assert [r[3] for r in rows(sentence, language, TUE_4_MAR_2025)] == ["date"]


def test_over_the_next_year_counts_from_publication():
    assert rows("Trade between Chile and Peru should double over the next year, after the 2019 "
                "accord.", "en", TUE_4_MAR_2025)[0] == ("the next year", "2026", "year", "relative")


# (sentence, language, [(text, value) of every expression])
YEAR_RANGES = [
    ("Japan ruled the Korean Peninsula from 1910 to 1945.", "en", [("1910", "1910"), ("1945", "1945")]),
    ("La Namibie a été administrée par l'Afrique du Sud de 1915 à 1990.", "fr",
     [("1915", "1915"), ("1990", "1990")]),
    ("Trade between Ghana and Nigeria doubled between 2019 and 2021.", "en",
     [("2019", "2019"), ("2021", "2021")]),
    ("Le plan de coopération 2015-2020 entre le Chili et le Pérou a été prolongé.", "fr",
     [("2015", "2015"), ("2020", "2020")]),
]


@pytest.mark.parametrize("sentence, language, expected", YEAR_RANGES)
def test_a_range_of_years_is_its_first_and_last_year(sentence, language, expected):
    found = parse_timexes(sentence, language=language, published=TUE_4_MAR_2025)
    assert [(t.text, t.value) for t in found] == expected
    assert {t.kind for t in found} == {"range"}
    assert found[0].end_value == expected[-1][1]


def test_range_rows_keep_offsets_into_the_document():
    doc = Document("d", "Le Japon a colonisé la Corée de 1910 à 1945.", "fr", TUE_4_MAR_2025)
    for row in find_timexes(doc):
        assert doc.text[row[2]:row[3]] == row[4]


@pytest.mark.parametrize("value, precision, unit, n, expected", [
    ("2019-07", "month", "month", 1, ("2019-08", "month")),
    ("2019-12-31", "day", "day", 1, ("2020-01-01", "day")),
    ("2019-12", "month", "year", -1, ("2018", "year")),
    ("2024-10-16", "day", "week", 1, ("2024-10-21", "week")),
    ("2019", "year", "month", 1, None),
    ("2019-07", "month", "day", 1, None),
    ("1990", "decade", "year", 2, None),
])
def test_shift_from_an_anchor(value, precision, unit, n, expected):
    assert shift_anchor(value, precision, unit, n) == expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_anchored_tables_have_known_units(language):
    units = set(calendar.UNITS[language].values())
    for phrase, (unit, offset) in calendar.ANAPHORIC_EXPRESSIONS[language].items():
        assert phrase == phrase.lower() and unit in units and -1 <= offset <= 1
    for name in ("LATER_AFTER", "EARLIER_AFTER", "LATER_CLOSING", "EARLIER_CLOSING"):
        assert all(w == w.lower() for w in getattr(calendar, name)[language])
    plans = calendar.FUTURE_BEFORE_TO[language]
    assert all(w == w.lower() and " " not in w for w in plans)
    assert not plans & calendar.PAST_BEFORE_TO
    assert language == "fr" or {"due", "set", "expected", "plans"} <= plans


@pytest.mark.parametrize("sentence, language", [
    (case[0], case[1]) for case in (*MONTH_OF_A_DEICTIC_YEAR, *PLANS, *AFTER_THE_LAST_DATE, *YEAR_RANGES)])
def test_the_fast_scan_finds_these_expressions(sentence, language):
    lower = sentence.lower()
    for lang in (language, "und"):
        assert [m.span() for m in scan(lower, lang)] == [m.span() for m in scan_everywhere(lower, lang)]
