"""Temporal expressions in French and English, normalised against the publication date."""

import datetime as dt
import pathlib

import pytest

from analysis.lang import calendar
from analysis.temporal import Timex, compatible, find_timexes, parse_timexes
from analysis.temporal_patterns import scan, scan_everywhere
from analysis.text import Document

D = dt.date
THU_16_OCT_2025 = D(2025, 10, 16)     # the Moscow meeting (a Thursday)
THU_22_MAY_2025 = D(2025, 5, 22)      # Bourita in Beijing (a Thursday)
MON_2_JUN_2025 = D(2025, 6, 2)        # Bourita and Lammy in Rabat (a Monday)
WED_25_AUG_2021 = D(2021, 8, 25)      # Algeria breaks off relations (a Wednesday)
FRI_10_JAN_2025 = D(2025, 1, 10)


def timexes(sentence, language, published):
    found = parse_timexes(sentence, language=language, published=published)
    for t in found:
        assert sentence[t.start:t.end] == t.text
    return found


def only(sentence, language, published, text):
    """The one expression whose text is ``text``."""
    hits = [t for t in timexes(sentence, language, published) if t.text == text]
    assert len(hits) == 1, (text, timexes(sentence, language, published))
    return hits[0]


# (sentence, publication date, expression, value, precision, kind)
FRENCH = [
    # full dates, ordinal "1er", digits, datelines
    ("Le traité a été signé le 7 avril 2022 à Rabat.", THU_16_OCT_2025, "7 avril 2022",
     "2022-04-07", "day", "date"),
    ("Le 1er mars, les deux pays ont signé un accord de pêche.", THU_16_OCT_2025, "1er mars",
     "2025-03-01", "day", "date"),
    ("La réunion du 2025-10-16 a réuni les deux délégations.", THU_16_OCT_2025, "2025-10-16",
     "2025-10-16", "day", "date"),
    ("Le communiqué publié le 16/10/2025 salue l'accord.", THU_16_OCT_2025, "16/10/2025",
     "2025-10-16", "day", "date"),
    ("RABAT, 16 oct. (MAP) - Le ministre a reçu son homologue.", THU_16_OCT_2025, "16 oct.",
     "2025-10-16", "day", "date"),
    ("Le mémorandum signé le 7 sept. 2016 reste en vigueur.", THU_16_OCT_2025, "7 sept. 2016",
     "2016-09-07", "day", "date"),
    ("Jeudi 16 octobre 2025, les ministres se sont réunis.", THU_16_OCT_2025,
     "Jeudi 16 octobre 2025", "2025-10-16", "day", "date"),
    # month and year, bare years
    ("Le Souverain a effectué une Visite Royale à Moscou en octobre 2002.", THU_16_OCT_2025,
     "octobre 2002", "2002-10", "month", "date"),
    ("Les deux pays ont signé un accord de libre-échange en 2015.", THU_16_OCT_2025, "2015",
     "2015", "year", "date"),
    ("Les échanges ont doublé depuis 2012, selon l'Office des changes.", THU_16_OCT_2025,
     "2012", "2012", "year", "date"),
    ("Le plan d'autonomie de 2007 reste la seule base de négociation.", THU_16_OCT_2025,
     "2007", "2007", "year", "date"),
    # weekdays: the latest on or before publication, the next one in a future clause
    ("Nasser Bourita a eu un entretien, jeudi à Moscou, avec Sergueï Lavrov.", THU_16_OCT_2025,
     "jeudi", "2025-10-16", "day", "weekday"),
    ("Nasser Bourita s’est entretenu mardi à Pékin avec Wang Yi.", THU_22_MAY_2025, "mardi",
     "2025-05-20", "day", "weekday"),
    ("L’Algérie a annoncé mardi la rupture de ses relations avec le Maroc.", WED_25_AUG_2021,
     "mardi", "2021-08-24", "day", "weekday"),
    ("Le ministre doit se rendre mercredi à Paris.", THU_16_OCT_2025, "mercredi",
     "2025-10-22", "day", "weekday"),
    ("Mercredi, le chef de la diplomatie se rendra à Alger.", THU_16_OCT_2025, "Mercredi",
     "2025-10-22", "day", "weekday"),
    ("Le président a reçu mardi dernier l'ambassadeur.", D(2025, 10, 14), "mardi dernier",
     "2025-10-07", "day", "weekday"),
    ("Le ministre se rendra jeudi prochain à Rabat.", THU_16_OCT_2025, "jeudi prochain",
     "2025-10-23", "day", "weekday"),
    # deictic expressions
    ("Le ministre a reçu hier l'ambassadeur de Chine.", THU_16_OCT_2025, "hier", "2025-10-15",
     "day", "relative"),
    ("Les deux parties se sont réunies avant-hier à Genève.", THU_16_OCT_2025, "avant-hier",
     "2025-10-14", "day", "relative"),
    ("Le Maroc est aujourd’hui un partenaire clé de la Russie.", THU_16_OCT_2025,
     "aujourd’hui", "2025-10-16", "day", "relative"),
    ("Les pourparlers reprendront demain à Rabat.", THU_16_OCT_2025, "demain", "2025-10-17",
     "day", "relative"),
    ("La commission mixte s'est réunie la semaine dernière.", THU_16_OCT_2025,
     "la semaine dernière", "2025-10-06", "week", "relative"),
    ("Un accord a été paraphé le mois dernier à Pékin.", THU_16_OCT_2025, "le mois dernier",
     "2025-09", "month", "relative"),
    ("L’an dernier, les échanges ont atteint un record.", THU_16_OCT_2025, "L’an dernier",
     "2024", "year", "relative"),
    ("Le sommet se tiendra l'année prochaine à Dakar.", THU_16_OCT_2025, "l'année prochaine",
     "2026", "year", "relative"),
    ("Les relations ont été rétablies il y a deux ans.", THU_16_OCT_2025, "il y a deux ans",
     "2023", "year", "relative"),
    # parts of periods
    ("Fin juillet, le Roi avait appelé le Président algérien au dialogue.", WED_25_AUG_2021,
     "Fin juillet", "2021-07", "month", "part"),
    ("Une délégation est attendue début mars à Rabat.", FRI_10_JAN_2025, "début mars",
     "2025-03", "month", "part"),
    ("Les consultations ont eu lieu à la mi-juin.", THU_16_OCT_2025, "mi-juin", "2025-06",
     "month", "part"),
    ("Le forum aura lieu au cours du second semestre 2025.", THU_22_MAY_2025,
     "second semestre 2025", "2025-07", "half", "part"),
    ("Les travaux ont commencé fin 2024.", THU_16_OCT_2025, "fin 2024", "2024", "year", "part"),
    # a month without a year: the publication year, shifted by tense
    ("En décembre, le ministre avait visité Pékin.", FRI_10_JAN_2025, "décembre", "2024-12",
     "month", "date"),
    ("En mars, le ministre se rendra à Pékin.", FRI_10_JAN_2025, "mars", "2025-03", "month",
     "date"),
    ("En février, la commission se réunira à Moscou.", THU_16_OCT_2025, "février", "2026-02",
     "month", "date"),
    ("Les exportations ont progressé depuis le 1er janvier.", D(2025, 11, 20), "1er janvier",
     "2025-01-01", "day", "date"),
    ("Le traité signé le 16 octobre dernier entre en vigueur.", D(2025, 11, 20), "16 octobre",
     "2025-10-16", "day", "date"),
    ("Aucun accord n'est attendu d'ici mars.", D(2025, 11, 20), "mars", "2026-03", "month", "date"),
    # ranges and decades
    ("La conférence se tiendra du 28 au 30 octobre à Marrakech.", THU_16_OCT_2025,
     "28 au 30 octobre", "2025-10-28", "day", "range"),
    ("Le sommet s'est tenu du 28 octobre au 2 novembre 2024.", THU_16_OCT_2025,
     "28 octobre au 2 novembre 2024", "2024-10-28", "day", "range"),
    ("Le plan couvre la période 2015-2020.", THU_16_OCT_2025, "2020", "2020", "year",
     "range"),      # a range of years is two rows (tests/test_temporal_narrative.py)
    ("Les relations se sont dégradées dans les années 1990.", THU_16_OCT_2025, "années 1990",
     "1990", "decade", "date"),
]

ENGLISH = [
    ("The agreement was signed on April 7, 2022 in Rabat.", MON_2_JUN_2025, "April 7, 2022",
     "2022-04-07", "day", "date"),
    ("The accord signed on 7 April 2022 remains in force.", MON_2_JUN_2025, "7 April 2022",
     "2022-04-07", "day", "date"),
    ("The memorandum dated 2025-10-16 sets up a working committee.", MON_2_JUN_2025,
     "2025-10-16", "2025-10-16", "day", "date"),
    ("Talks resumed on Oct. 16, 2025 in Moscow.", MON_2_JUN_2025, "Oct. 16, 2025",
     "2025-10-16", "day", "date"),
    ("London and Rabat signed the Association Agreement in October 2019.", MON_2_JUN_2025,
     "October 2019", "2019-10", "month", "date"),
    ("King Mohammed VI visited Moscow in March 2016.", MON_2_JUN_2025, "March 2016", "2016-03",
     "month", "date"),
    ("The next session will be held in London in 2026.", MON_2_JUN_2025, "2026", "2026", "year",
     "date"),
    ("Bilateral trade has doubled since 2012.", MON_2_JUN_2025, "2012", "2012", "year", "date"),
    ("The ministers co-chaired on Sunday in Rabat the fifth session of the dialogue.",
     MON_2_JUN_2025, "Sunday", "2025-06-01", "day", "weekday"),
    ("The minister will travel on Wednesday to London.", MON_2_JUN_2025, "Wednesday",
     "2025-06-04", "day", "weekday"),
    ("The ministers met on Sunday and will meet again on Wednesday.", MON_2_JUN_2025, "Sunday",
     "2025-06-01", "day", "weekday"),
    ("He said last Tuesday that the talks had been fruitful.", MON_2_JUN_2025, "last Tuesday",
     "2025-05-27", "day", "weekday"),
    ("The two envoys met yesterday in Geneva.", MON_2_JUN_2025, "yesterday", "2025-06-01",
     "day", "relative"),
    ("The joint commission met last week in Rabat.", MON_2_JUN_2025, "last week", "2025-05-26",
     "week", "relative"),
    ("The summit will take place next year in Dakar.", MON_2_JUN_2025, "next year", "2026",
     "year", "relative"),
    ("Relations were restored two years ago.", MON_2_JUN_2025, "two years ago", "2023", "year",
     "relative"),
    ("A delegation is expected in early March.", FRI_10_JAN_2025, "early March", "2025-03",
     "month", "part"),
    ("The cable should be operational by mid-2027.", MON_2_JUN_2025, "mid-2027", "2027", "year",
     "part"),
    ("The plant will open in the second half of 2025.", MON_2_JUN_2025, "second half of 2025",
     "2025-07", "half", "part"),
    ("Exports rose in Q3 2025.", MON_2_JUN_2025, "Q3 2025", "2025-07", "quarter", "part"),
    ("The forum will be held from 28 to 30 October in Marrakech.", MON_2_JUN_2025,
     "28 to 30 October", "2025-10-28", "day", "range"),
    ("The forum was held October 28-30, 2024 in Marrakech.", MON_2_JUN_2025,
     "October 28-30, 2024", "2024-10-28", "day", "range"),
    ("Morocco will co-host the 2030 FIFA World Cup with Spain and Portugal.", MON_2_JUN_2025,
     "2030", "2030", "year", "modifier"),
    ("The UK described Morocco’s 2007 autonomy plan as credible.", MON_2_JUN_2025, "2007",
     "2007", "year", "modifier"),
    ("Relations soured in the 1990s.", MON_2_JUN_2025, "1990s", "1990", "decade", "date"),
    ("Exports have grown since January.", D(2025, 11, 20), "January", "2025-01", "month", "date"),
    ("OCTOBER 16, 2025 — the ministers met in Rabat.", MON_2_JUN_2025, "OCTOBER 16, 2025",
     "2025-10-16", "day", "date"),
    ("Thursday's meeting was postponed.", D(2025, 11, 20), "Thursday", "2025-11-20", "day",
     "weekday"),
    ("Two weeks ago, the envoys met in Geneva.", D(2025, 11, 20), "Two weeks ago", "2025-11-03",
     "week", "relative"),
]


@pytest.mark.parametrize("sentence, published, text, value, precision, kind", FRENCH)
def test_french_expressions(sentence, published, text, value, precision, kind):
    t = only(sentence, "fr", published, text)
    assert (t.value, t.precision, t.kind, t.resolved) == (value, precision, kind, True)


@pytest.mark.parametrize("sentence, published, text, value, precision, kind", ENGLISH)
def test_english_expressions(sentence, published, text, value, precision, kind):
    t = only(sentence, "en", published, text)
    assert (t.value, t.precision, t.kind, t.resolved) == (value, precision, kind, True)


@pytest.mark.parametrize("sentence, language, expected", [
    ("Le Souverain a effectué deux Visites Royales à Moscou, en octobre 2002 et en mars 2016.",
     "fr", ["2002-10", "2016-03"]),
    ("Les sommets de 2002, 2006 et 2016 ont marqué la relation.", "fr", ["2002", "2006", "2016"]),
    ("Les deux pays ont signé des accords en 2002, 2006 et 2016.", "fr",
     ["2002", "2006", "2016"]),
    ("The King visited Moscow in October 2002 and in March 2016.", "en", ["2002-10", "2016-03"]),
    ("Visits took place in 2002, 2006 and 2016.", "en", ["2002", "2006", "2016"]),
    ("The talks were held in May and June 2016.", "en", ["2016-05", "2016-06"]),
])
def test_enumerations_give_one_expression_each(sentence, language, expected):
    assert [t.value for t in timexes(sentence, language, THU_16_OCT_2025)] == expected


def test_range_keeps_its_end():
    t = only("La conférence se tiendra du 28 au 30 octobre.", "fr", THU_16_OCT_2025,
             "28 au 30 octobre")
    assert (t.value, t.end_value) == ("2025-10-28", "2025-10-30")
    t = only("Le sommet s'est tenu du 28 décembre au 2 janvier 2025.", "fr", THU_16_OCT_2025,
             "28 décembre au 2 janvier 2025")
    assert (t.value, t.end_value) == ("2024-12-28", "2025-01-02")


def test_part_of_period_keeps_its_modifier():
    assert only("Fin juillet, le Roi avait appelé au dialogue.", "fr", WED_25_AUG_2021,
                "Fin juillet").mod == "END"
    assert only("A delegation is expected in early March.", "en", FRI_10_JAN_2025,
                "early March").mod == "START"


@pytest.mark.parametrize("sentence, language", [
    ("Plus de 2000 touristes chinois ont visité le Maroc.", "fr"),
    ("Un budget de 2030 dirhams a été alloué.", "fr"),
    ("La mission vers Mars a été lancée par la Chine.", "fr"),
    ("Les sept ans de négociation ont abouti.", "fr"),
    ("Le Maroc accueillera le Mondial avec l'Espagne.", "fr"),
    ("Les deux ministres ont tenu la 8e session de la commission mixte.", "fr"),
    ("You may see the march of the delegates.", "en"),
    ("A total of 2000 troops took part in the exercise.", "en"),
    ("Jan Smith, the envoy, said the talks would resume.", "en"),
    ("The first half of the match was tense.", "en"),
])
def test_not_dates(sentence, language):
    assert timexes(sentence, language, THU_16_OCT_2025) == []


def test_without_publication_date_absolute_dates_stay_and_anchored_ones_are_unresolved():
    sentence = "Jeudi, le ministre a évoqué octobre 2002, hier et le 1er mars."
    found = {t.text: t for t in timexes(sentence, "fr", None)}
    assert (found["octobre 2002"].value, found["octobre 2002"].resolved) == ("2002-10", True)
    for text in ("Jeudi", "hier", "1er mars"):
        assert (found[text].value, found[text].resolved) == (None, False)


@pytest.mark.parametrize("weekday, expected", [
    ("lundi", "2025-10-13"), ("mardi", "2025-10-14"), ("mercredi", "2025-10-15"),
    ("jeudi", "2025-10-16"), ("vendredi", "2025-10-10"), ("samedi", "2025-10-11"),
    ("dimanche", "2025-10-12"),
])
def test_weekday_is_the_latest_on_or_before_publication(weekday, expected):
    sentence = f"Le ministre a reçu {weekday} l'ambassadeur."
    assert only(sentence, "fr", THU_16_OCT_2025, weekday).value == expected


def test_compatible_dates():
    assert compatible("2016-03", "2016-03-14") and compatible("2016", "2016-03")
    assert not compatible("2016-03", "2016-05") and not compatible("2016", "2017")
    assert not compatible(None, "2016")


SAMPLE = pathlib.Path(__file__).resolve().parents[1] / "data" / "raw"


def sample_document(name):
    lines = (SAMPLE / name).read_text(encoding="utf-8").strip().split("\n")
    header = lines[0].split()
    body = "\n".join(lines[1:]).strip()
    body = body.rsplit("\n", 1)[0].strip() if len(body.rsplit("\n", 1)[-1].strip()) <= 4 else body
    language = "en" if " By " in lines[0] else "fr"
    return Document(name, body, language, dt.date.fromisoformat(header[1]))


@pytest.mark.parametrize("name, expected", [
    ("2025-10-16_maroc-russie_lesiteinfo.txt",
     ["2025-10-16", "2016-03", "2002-10", "2016-03", "2006-09"]),
    ("2025-05-22_maroc-chine_hespress.txt",
     ["2025-05-20", "2016-05", "2016-06", "2017-11", "2022-01", "2025"]),
    ("2025-06-02_morocco-uk_mwn.txt", ["2025-06-01", "2007", "2019-10", "2021-01", "2026", "2030"]),
    ("2021-08-25_algerie-maroc_rupture.txt",
     ["2021-08-24", "1976-03", "1988-05", "1994-08", "2021-07"]),
])
def test_sample_articles(name, expected):
    doc = sample_document(name)
    rows = find_timexes(doc)
    assert [r[5] for r in rows] == expected
    for row in rows:
        assert doc.text[row[2]:row[3]] == row[4]
        assert row[0] == name and row[1] == doc.sentence_at(row[2])


ALL_SENTENCES = [(s, "fr") for s, *_ in FRENCH] + [(s, "en") for s, *_ in ENGLISH]


@pytest.mark.parametrize("sentence, language", ALL_SENTENCES)
def test_trigger_scan_finds_what_a_full_scan_finds(sentence, language):
    lower = sentence.lower()
    assert [m.span() for m in scan(lower, language)] == \
        [m.span() for m in scan_everywhere(lower, language)]


def test_unknown_language_reads_both():
    doc = Document("x", "Le 7 avril 2022 and on April 7, 2022.", "und", THU_16_OCT_2025)
    assert [r[5] for r in find_timexes(doc)] == ["2022-04-07", "2022-04-07"]


def test_timex_rows_follow_the_schema():
    from analysis.schema import TIMEXES

    assert Timex._fields[:7] == TIMEXES[2:]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_calendar_tables_cover_the_year_and_the_week(language):
    assert sorted(set(calendar.MONTHS[language].values())) == list(range(1, 13))
    assert sorted(calendar.WEEKDAYS[language].values()) == list(range(7))
    assert set(calendar.MONTH_ABBREVIATIONS[language].values()) <= set(range(1, 13))
    for unit, offset in calendar.RELATIVE_EXPRESSIONS[language].values():
        assert unit in ("day", "week", "month", "year") and -2 <= offset <= 2
    for table in (calendar.MONTHS, calendar.MONTH_ABBREVIATIONS, calendar.WEEKDAYS,
                  calendar.RELATIVE_EXPRESSIONS, calendar.PART_MODIFIERS):
        assert all(key == key.lower() for key in table[language])


# --- any text: no exception, offsets always into the text --------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["le", "en", "du", "au", "et", "1er", "7", "28", "2016", "1999", "2030", "mars", "Mars",
           "sept.", "Sept", "octobre", "May", "may", "jeudi", "Thursday", "hier", "l’an", "dernier",
           "fin", "mi-", "début", "semaine", "il y a", "deux", "ans", "ago", "the", "of", "-", "–",
           "/", ",", ".", "’s", "(", ")", "\n", "\r\n", "\u00a0", "2025-10-16", "16/10/2025", "Q3",
           "second", "semestre", "half", "années", "1990s", "depuis", "since", "avant", "by",
           "plus tard", "later", "le lendemain", "the following month", "l'année suivante", "un",
           "an", "après", "last year", "next", "year", "cette année-là", "earlier", "in", "June"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["fr", "en", "und"]),
       st.sampled_from([None, D(2025, 10, 16), D(2000, 1, 1), D(2024, 2, 29)]))
def test_any_text_gives_valid_rows(pieces, language, published):
    text = " ".join(pieces)
    doc = Document("h", text, language, published)
    for row in find_timexes(doc):
        assert text[row[2]:row[3]] == row[4]
        assert (row[5] is None) == (not row[8])
        if row[5] is not None:
            assert dt.date.fromisoformat(row[5]) if len(row[5]) == 10 else int(row[5][:4])


@pytest.mark.parametrize("text", [
    "1" * 100_000, "mars " * 20_000, "en 2015, " * 10_000, "le 1er " * 20_000,
    "du 28 au " * 10_000, "\u00a0" * 50_000 + "jeudi",
    "123." * 150_000, "l’2016" * 100_000, "mars2016" * 75_000,   # numbers inside one long word
])
def test_long_runs_stay_linear(text):
    import time

    start = time.perf_counter()
    rows = find_timexes(Document("h", text, "fr", D(2025, 10, 16)))
    assert time.perf_counter() - start < 5
    assert all(text[r[2]:r[3]] == r[4] for r in rows[:100])


# --- the fast scan finds what the plain scan finds -------------------------------------------

from analysis import temporal_patterns  # noqa: E402


def plain_scan(lower, language):
    """The scan written plainly: every digit is a trigger, the words before one are found
    with ``rfind`` (the reference for the trigger automaton and the reversed-text reading)."""
    pattern = temporal_patterns.timex_pattern(language)
    automaton, before, _ = temporal_patterns._triggers(language)
    starts = []
    for last, length in automaton.iter(lower):
        first = last - length + 1
        if (first == 0 or not lower[first - 1].isalnum()) and \
                (last + 1 >= len(lower) or not lower[last + 1].isalnum()):
            starts.append(first)
    for i, ch in enumerate(lower):
        if ch not in "0123456789":
            continue
        if i and lower[i - 1].isalnum():
            if not lower[i - 1].isalpha():
                continue
            first = i
            while first and lower[first - 1].isalpha():
                first -= 1
            starts.append(first)
        else:
            starts.append(i)
    covered = 0
    for hit in sorted(starts):
        if hit < covered:
            continue
        candidates = [hit]
        for _ in range(temporal_patterns._MAX_WORDS_BEFORE):
            first, end = temporal_patterns._word_before(lower, candidates[0], covered)
            if first >= end or lower[first:end] not in before:
                break
            candidates.insert(0, first)
        for start in candidates:
            match = pattern.match(lower, start)
            if match is not None and match.end() > hit:
                yield match
                covered = match.end()
                break


_SCAN_PIECES = _PIECES + ["l'", "d’", "aujourd’hui", "jusqu'à", "qu’en", "\t", "\u202f", "\u00a0",
                          "x2016", "٣", "2016٣", "h1", "q3", "-", "’", "'", "les", "28", "et",
                          "il y a", "dans", "mois", "the", "2030", "early", "mi-juin", "mid-2025"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=30), st.lists(st.sampled_from(["", " ", "  "]),
       min_size=30, max_size=30), st.sampled_from(["fr", "en", "und"]))
def test_fast_scan_finds_what_the_plain_scan_finds(pieces, glue, language):
    text = "".join(p + g for p, g in zip(pieces, glue)).lower()
    assert [m.span() for m in scan(text, language)] == [m.span() for m in plain_scan(text, language)]


@pytest.mark.parametrize("name", sorted(p.name for p in (pathlib.Path(__file__).resolve().parents[1]
                                                         / "data" / "raw").glob("*.txt")))
def test_fast_scan_on_the_sample_articles(name):
    text = (pathlib.Path(__file__).resolve().parents[1] / "data" / "raw" / name).read_text(encoding="utf-8")
    lower = text.lower()
    for language in ("fr", "en", "und"):
        assert [m.span() for m in scan(lower, language)] == [m.span() for m in plain_scan(lower, language)]
