"""Places named by a noun around them (province, island, crossing) or by their country
right after them, when no table lists them.  New realistic sentences, French and
English, with negative rows."""

import datetime

import pytest

from analysis import entities
from analysis.lang import countries as lang
from analysis.text import Document

DATE = datetime.date(2025, 10, 20)


def places(text, language):
    doc = Document("t", text, language, DATE)
    rows = entities.find_mentions(doc)
    for row in rows:
        assert doc.text[row[2]:row[3]] == row[4], row
    return [(r[4], r[8]) for r in rows if r[5] == "PLACE"]


@pytest.mark.parametrize("text, language, expected", [
    ("Drone strikes in Khost province killed four people on Tuesday.", "en", ["Khost"]),
    ("The Ghulam Khan and Angoor Adda crossings reopened to trucks.", "en",
     ["Ghulam Khan", "Angoor Adda"]),
    ("Chinese ships circled Thitu island for hours.", "en", ["Thitu"]),
    ("Fighting spread to the province of Ituri.", "en", ["Ituri"]),
    ("Des frappes ont visé la province afghane de Khost.", "fr", ["Khost"]),
    ("Les îles Paracels sont revendiquées par Hanoï et Pékin.", "fr", ["Paracels", "Hanoï", "Pékin"]),
    ("Le ministre s'est rendu dans l'île de Mohéli.", "fr", ["Mohéli"]),
])
def test_a_place_noun_makes_the_name_a_place(text, language, expected):
    assert [p for p, _ in places(text, language)] == expected


@pytest.mark.parametrize("text, language", [
    ("Several crossings reopened on Monday.", "en"),          # a word opening a sentence
    ("Both provinces voted against the plan.", "en"),
    ("The Province announced new rules.", "en"),             # no name before the noun
    ("Officials said the crossing would stay shut.", "en"),
])
def test_no_place_without_a_name_before_the_noun(text, language):
    assert places(text, language) == []


@pytest.mark.parametrize("text, language, name, country", [
    ("The two leaders met in Ohrid, North Macedonia, on Saturday.", "en", "Ohrid", "MKD"),
    ("Talks were held in Kumanovo, North Macedonia, last week.", "en", "Kumanovo", "MKD"),
])
def test_a_town_before_its_country_is_a_place(text, language, name, country):
    assert (name, country) in places(text, language)


@pytest.mark.parametrize("text, language", [
    # a surname before a country, or a town of another country: no place
    ("The report, written by Jenkins, Canada's envoy, was leaked.", "en"),
    ("He thanked Ohrid, Canada and Mexico for their help.", "en"),
])
def test_a_name_before_a_country_must_be_a_town_of_it(text, language):
    assert places(text, language) == []


def test_place_noun_tables():
    assert {"province", "island", "crossings"} <= set(lang.TOWN_NOUNS_AFTER_EN)
    assert {"province", "île", "îles"} <= set(lang.TOWN_NOUNS_FR)
    assert all(w == w.lower() for w in lang.TOWN_NOUNS_AFTER_EN + lang.TOWN_NOUNS_BARE_FR)


@pytest.mark.parametrize("text, language, expected", [
    ("Les rebelles s'étaient emparés de Rubaya et de Nyabiondo la semaine dernière.", "fr",
     ["Rubaya", "Nyabiondo"]),
    ("Après la chute de Kidal, l'armée a repris position.", "fr", ["Kidal"]),
    ("Des combats ont eu lieu près de Rutshuru et de Kiwanja.", "fr", ["Rutshuru", "Kiwanja"]),
    # a person after the cue stays a person
    ("La chute de Bachar al-Assad a surpris Moscou.", "fr", ["Moscou"]),
    ("Il s'est emparé de la présidence du parti.", "fr", []),
])
def test_a_town_taken_or_lost_is_a_place(text, language, expected):
    assert [p for p, _ in places(text, language)] == expected
