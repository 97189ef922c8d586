"""A place word inside a longer name is no place; a city's word that opens a person's
name is a word of the name; trades and status nouns are roles (holdout3 findings)."""

import datetime

import pytest

from analysis.entities import find_mentions
from analysis.text import Document


def _mentions(text, language):
    doc = Document("t", text, language, datetime.date(2024, 5, 1))
    return find_mentions(doc)


def _labelled(text, language, label):
    return [r[4] for r in _mentions(text, language) if r[5] == label]


@pytest.mark.parametrize("text, language, not_a_place", [
    ("The OSCE Minsk Group had mediated for years.", "en", "Minsk"),
    ("Mexico said the raid violated the Vienna Convention on Diplomatic Relations.", "en", "Vienna"),
    ("Both sides invoked the Geneva Protocol after the strike.", "en", "Geneva"),
    ("Les parties ont relancé le processus de Minsk Group avec la Convention de Vienne.", "fr", "Minsk"),
    ("Kyiv and Moscow discussed the Istanbul Agreement on grain.", "en", "Istanbul"),
])
def test_place_word_inside_a_longer_name_is_no_place(text, language, not_a_place):
    assert not_a_place not in _labelled(text, language, "PLACE")


@pytest.mark.parametrize("text, language, place", [
    ("The talks were held in Vienna on Monday.", "en", "Vienna"),
    ("Les ministres se sont retrouvés à Minsk en février.", "fr", "Minsk"),
    ("The delegation flew from Geneva to Istanbul.", "en", "Istanbul"),
])
def test_city_alone_stays_a_place(text, language, place):
    assert place in _labelled(text, language, "PLACE")


@pytest.mark.parametrize("text, language", [
    ("Armenia froze its participation in the Russian-led Collective Security Treaty Organization.", "en"),
    ("Finland joined the North Atlantic Treaty Organization in 2023.", "en"),
])
def test_treaty_inside_an_organisation_is_no_agreement(text, language):
    labels = {r[5] for r in _mentions(text, language) if "Treaty" in r[4]}
    assert labels == {"ORG"}


@pytest.mark.parametrize("text, language, person, role, country", [
    ("Australian journalist Cheng Lei was released after three years.", "en", "Cheng Lei", "journalist", "AUS"),
    ("Australian writer Yang Hengjun was given a suspended death sentence.", "en", "Yang Hengjun", "writer", "AUS"),
    ("Presidential candidate Fernando Villavicencio was shot in Quito.", "en",
     "Fernando Villavicencio", "candidate", None),
    ("The head of the mission, Roberto Canseco, was injured.", "en", "Roberto Canseco", "head of mission", None),
    ("Le journaliste français Olivier Dubois a été libéré.", "fr", "Olivier Dubois", "journalist", "FRA"),
    ("L’opposant vénézuélien Leopoldo López a quitté le pays.", "fr", "Leopoldo López", "opposition leader", "VEN"),
    ("Russian activist Alexei Navalny died in prison.", "en", "Alexei Navalny", None, None),
])
def test_trades_and_status_are_roles(text, language, person, role, country):
    rows = [r for r in _mentions(text, language) if r[5] == "PERSON" and r[4] == person]
    assert rows, _mentions(text, language)
    if role is not None:
        assert rows[0][10] == role
    if country is not None:
        assert rows[0][8] == country


@pytest.mark.parametrize("text, language, person, city", [
    ("Jeyhun Bayramov and Ararat Mirzoyan met in Almaty.", "en", "Ararat Mirzoyan", "Ararat"),
    ("Australian journalist Cheng Lei flew home to Melbourne.", "en", "Cheng Lei", "Cheng"),
    ("Presidential candidate Fernando Villavicencio was shot.", "en", "Fernando Villavicencio",
     "Villavicencio"),
    ("La ministre Florence Parly a reçu son homologue.", "fr", "Florence Parly", "Florence"),
    ("Victoria Nuland met the opposition in Kyiv.", "en", "Victoria Nuland", "Victoria"),
])
def test_city_word_opening_a_name_is_no_place(text, language, person, city):
    assert person in _labelled(text, language, "PERSON")
    assert city not in _labelled(text, language, "PLACE")


@pytest.mark.parametrize("text, language, place", [
    ("The minister visited Kyiv and Victoria last week.", "en", "Victoria"),
    ("Le ministre s'est rendu à Cheng Monday.", "fr", None),
    ("Delegates met in Victoria on Friday.", "en", "Victoria"),
    ("The journalist travelled to Victoria in May.", "en", "Victoria"),
])
def test_city_not_opening_a_name_stays_a_place(text, language, place):
    if place is not None:
        assert place in _labelled(text, language, "PLACE")
    assert not [p for p in _labelled(text, language, "PERSON") if p.startswith(("Florence", "Victoria",
                                                                               "Ararat"))]


@pytest.mark.parametrize("text, language, not_a_place, place", [
    ("Le pont international Simón Bolívar, qui relie Cúcuta à San Antonio del Táchira, a rouvert.",
     "fr", "Bolívar", "pont international Simón Bolívar"),
    ("Le pont international Simón Bolívar, qui relie Cúcuta à San Antonio del Táchira, a rouvert.",
     "fr", "San Antonio", "San Antonio del Táchira"),
    ("Ukraine struck the Crimean Bridge again.", "en", None, "Crimean Bridge"),
    ("La délégation a franchi le pont de l'Amitié vers Rio Grande do Sul.", "fr", None,
     "pont de l'Amitié"),
    ("La ministre de l'Europe et des Affaires étrangères, Catherine Colonna, a parlé.", "fr",
     "Europe", None),
])
def test_longer_place_names(text, language, not_a_place, place):
    places = _labelled(text, language, "PLACE")
    if not_a_place is not None:
        assert not_a_place not in places
    if place is not None:
        assert place in places


@pytest.mark.parametrize("text, language, place", [
    ("He flew to San Antonio on Monday.", "en", "San Antonio"),
    ("Elle ira en Europe la semaine prochaine.", "fr", "Europe"),
    ("The Minister met his counterpart in Lisbon da semana.", "en", "Lisbon"),   # lower case after
])
def test_places_that_stay(text, language, place):
    assert place in _labelled(text, language, "PLACE")


def test_a_weekday_after_a_head_is_no_place():
    assert _labelled("Le président a fait le pont Lundi.", "fr", "PLACE") == []


@pytest.mark.parametrize("text, language", [
    ("Hier, le président Emmanuel Macron a parlé.", "fr"),
    ("Demain, l'ambassadeur partira pour Rabat.", "fr"),
    ("Hier, l'opposant a quitté le pays.", "fr"),
    ("Yesterday, the president spoke to reporters.", "en"),
    ("Today, the journalist left the country.", "en"),
    ("Tomorrow, the candidate will vote.", "en"),
])
def test_relative_days_are_no_people(text, language):
    people = _labelled(text, language, "PERSON")
    assert not [p for p in people if p.lower() in ("hier", "demain", "yesterday", "today", "tomorrow")]
