"""The lines above the body: one line read as a byline (date, author, source), or refused as body text or a title."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.front_matter import parse_byline
from analysis.lang import bylines, calendar


@pytest.mark.parametrize("line, published, source, author, agency, place", [
    ("Publié le 20 décembre 2023 à 10h32 - Par RFI", dt.date(2023, 12, 20), "RFI", None, None, None),
    ("Publié le mercredi 20 décembre 2023 à 10 h 32 (UTC+1)", dt.date(2023, 12, 20), None, None, None, None),
    ("Publié le 1er février 2024 à 7h", dt.date(2024, 2, 1), None, None, None, None),
    ("Mis à jour le 21 décembre 2023 à 08h15", dt.date(2023, 12, 21), None, None, None, None),
    ("Mis en ligne le 5 juil. 2022", dt.date(2022, 7, 5), None, None, None, None),
    ("Par Le Figaro avec AFP", None, "Le Figaro", None, "AFP", None),
    ("Par Jean Dupont, Le Monde - 3 mars 2024 à 10h32", dt.date(2024, 3, 3), "Le Monde", "Jean Dupont",
     None, None),
    ("_AFP, 8 mai 2023_", dt.date(2023, 5, 8), "AFP", None, None, None),
    ("Source : APS", None, "APS", None, None, None),
    ("Paris, le 3 mars 2024", dt.date(2024, 3, 3), None, None, None, "Paris"),
    ("20/12/2023 10:32", dt.date(2023, 12, 20), None, None, None, None),
    ("Published on 12 March 2024", dt.date(2024, 3, 12), None, None, None, None),
    ("Published: Wed, March 12, 2024 10:32 GMT", dt.date(2024, 3, 12), None, None, None, None),
    ("By Jane Doe, Reuters | March 12, 2024", dt.date(2024, 3, 12), "Reuters", "Jane Doe", None, None),
    ("*Kyodo News, May 8, 2023*", dt.date(2023, 5, 8), "Kyodo News", None, None, None),
    ("**Al Jazeera** · 14 Oct 2023", dt.date(2023, 10, 14), "Al Jazeera", None, None, None),
    ("March 12, 2024 at 3:45 p.m. ET", dt.date(2024, 3, 12), None, None, None, None),
    ("Updated: 2024-03-13T09:15Z", dt.date(2024, 3, 13), None, None, None, None),
    ("By The Globe and Mail", None, "The Globe and Mail", None, None, None),
    ("WASHINGTON, March 5, 2024", dt.date(2024, 3, 5), None, None, None, "WASHINGTON"),
    ("03/12/2024 - By Ana Silva, Folha", dt.date(2024, 3, 12), "Folha", "Ana Silva", None, None),
    ("Published 12:32 PM EST, Tue March 12, 2024", dt.date(2024, 3, 12), None, None, None, None),
    ("Publié le : 20/12/2023 - 10:32 Modifié le : 21/12/2023 - 11:05", dt.date(2023, 12, 20),
     None, None, None, None),
    ("Publié le 20 décembre 2023 à 10h32, modifié le 20 décembre 2023 à 11h05",
     dt.date(2023, 12, 20), None, None, None, None),
    ("December 18, 2024 9:32 AM GMT+1 Updated 2 hours ago", dt.date(2024, 12, 18), None, None, None, None),
    ("Publié le 16 décembre 2020 Lecture : 3 minutes.", dt.date(2020, 12, 16), None, None, None, None),
    ("By [Amina Yusuf](https://example.org/authors/amina), Daily Nation | 9 June 2022",
     dt.date(2022, 6, 9), "Daily Nation", "Amina Yusuf", None, None),
    ("4 min read · October 14, 2023", dt.date(2023, 10, 14), None, None, None, None),
    ("Mis à jour il y a 2 heures", None, None, None, None, None),
])
def test_bylines_are_read(line, published, source, author, agency, place):
    byline = parse_byline(line)
    assert byline is not None, line
    assert (byline.published or byline.updated, byline.source, byline.author, byline.agency,
            byline.place) == (published, source, author, agency, place)


@pytest.mark.parametrize("line", [
    "Le 20 décembre 2023, l'Égypte a annoncé l'échec des négociations.",
    "Published on 12 March 2024, the report found that talks had stalled.",
    "By signing the accord, Morocco and Mauritania ended the dispute.",
    "Par ailleurs, le ministre a reçu l'ambassadeur le 3 mars 2024",
    "Barrage de la Renaissance : Le Caire annonce l'échec des négociations avec Addis-Abeba",
    "Kyodo News",                                   # a name alone is no byline
    "Ghana and Togo, March 12, 2024, Accra",       # two bare names
    "Publié le 31 février 2024",                    # impossible date
    "By March 2024, both sides had withdrawn their envoys.",
    "On 12 March 2024 the two ministers met in Brasília",
    "",
    "Publié le 3 mars 2024 - " + "Par Jean Dupont " * 20,  # too long for a byline
])
def test_other_lines_are_not_bylines(line):
    assert parse_byline(line) is None


def test_publication_and_revision_dates_are_kept_apart():
    byline = parse_byline("Publié le 20 décembre 2023 à 10h32, mis à jour le 21 décembre 2023 à 8h")
    assert (byline.published, byline.updated) == (dt.date(2023, 12, 20), dt.date(2023, 12, 21))
    byline = parse_byline("Updated March 13, 2024")
    assert (byline.published, byline.updated) == (None, dt.date(2024, 3, 13))


def test_byline_words_are_lower_case_and_cover_both_languages():
    for table in (bylines.PUBLISHED_LEADS, bylines.UPDATED_LEADS, bylines.AUTHOR_LEADS,
                  bylines.SOURCE_LEADS, bylines.AGENCY_JOINERS, bylines.TIME_LEADS,
                  bylines.WEEKDAY_ABBREVIATIONS):
        assert set(table) == {"fr", "en"} and all(table.values())
        assert all(p == p.lower() and p.strip() == p for values in table.values() for p in values)
    for words in (bylines.NAME_PARTICLES, bylines.AGENCY_ACRONYMS, bylines.TIME_ZONES):
        assert all(w == w.lower() for w in words)
    assert set(calendar.MONTHS) == {"fr", "en"}
