"""Places built on a crossing, exclave or building head; media and bodies the tables or
head nouns name (holdout3 findings, with new sentences)."""

import datetime

import pytest

from analysis.entities import find_mentions
from analysis.text import Document


def _rows(text, language):
    return find_mentions(Document("t", text, language, datetime.date(2024, 5, 1)))


@pytest.mark.parametrize("text, language, place", [
    ("Mr Xi told Mr Albanese at the Great Hall of the People that ties had improved.", "en",
     "Great Hall of the People"),
    ("The summit opened in the Marble Palace of the Republic on Monday.", "en", "Marble Palace of the Republic"),
    ("The road links mainland Azerbaijan to its Nakhchivan exclave.", "en", "Nakhchivan exclave"),
    ("Aid trucks queued at the Rafah border crossing for days.", "en", "Rafah border crossing"),
    ("Le poste-frontière de Ras Jedir a rouvert lundi.", "fr", "poste-frontière de Ras Jedir"),
    ("Les voyageurs ont franchi le poste frontalier de Rosso dans la nuit.", "fr", "poste frontalier de Rosso"),
    ("L'exclave de Cabinda reste isolée du reste de l'Angola.", "fr", "exclave de Cabinda"),
])
def test_places_on_a_head(text, language, place):
    assert place in [r[4] for r in _rows(text, language) if r[5] == "PLACE"]


@pytest.mark.parametrize("text, language", [
    ("The border crossing reopened on Monday.", "en"),
    ("Le poste frontalier a rouvert lundi.", "fr"),
    ("The hall of the embassy was full.", "en"),
])
def test_heads_alone_are_no_place(text, language):
    assert [r for r in _rows(text, language) if r[5] == "PLACE"] == []


@pytest.mark.parametrize("text, language, org, entity_id", [
    ("Le chef de l'État s'est exprimé sur TF1 et France 2 dimanche soir.", "fr", "TF1", "org:tf1"),
    ("Le chef de l'État s'est exprimé sur TF1 et France 2 dimanche soir.", "fr", "France 2", "org:france-2"),
    ("The minister told the BBC that talks would resume.", "en", "BBC", "org:bbc"),
    ("In an interview with CNN, the president ruled out sanctions.", "en", "CNN", "org:cnn"),
    ("Il a répondu aux questions de France 24 et de RFI.", "fr", "France 24", "org:france-24"),
    ("La Cédéao a menacé d'intervenir au Niger.", "fr", "Cédéao", "org:ecowas"),
    ("La Manul a salué la réouverture du poste.", "fr", "Manul", "org:unsmil"),
])
def test_media_and_bodies_from_the_table(text, language, org, entity_id):
    rows = [r for r in _rows(text, language) if r[5] == "ORG" and r[4] == org]
    assert rows and rows[0][6] == entity_id


@pytest.mark.parametrize("text, language, org", [
    ("Le président du Conseil présidentiel libyen, Mohamed el-Menfi, a appelé.", "fr",
     "Conseil présidentiel libyen"),
    ("Le Conseil gouvernemental malien a adopté le texte.", "fr", "Conseil gouvernemental malien"),
    ("Selon la Chambre de commerce colombo-vénézuélienne, les échanges croissent.", "fr",
     "Chambre de commerce colombo-vénézuélienne"),
    ("The American Chamber of Commerce in Egypt welcomed the deal.", "en", "American Chamber of Commerce"),
])
def test_bodies_from_head_nouns(text, language, org):
    assert org in [r[4] for r in _rows(text, language) if r[5] == "ORG"]


def test_a_country_in_a_channel_name_still_counts():
    rows = _rows("Il a parlé à France 2.", "fr")
    assert ("France", "COUNTRY") in [(r[4], r[5]) for r in rows]


@pytest.mark.parametrize("text, language, town, entity_id, country", [
    ("Des groupes armés de la ville voisine de Zouara contrôlaient le passage.", "fr", "Zouara",
     "geo:2208425", "LBY"),
    ("Des voitures patientaient près de Ben Guerdane depuis l'aube.", "fr", "Ben Guerdane",
     "place:~ben-guerdane", None),
    ("Russian forces shelled the town of Bucha in March 2022.", "en", "Bucha", "geo:711350", "UKR"),
    ("Artillery hit positions near Kramatorsk on Sunday.", "en", "Kramatorsk", "geo:704508", "UKR"),
])
def test_towns_after_a_town_noun_or_near(text, language, town, entity_id, country):
    rows = [r for r in _rows(text, language) if r[5] == "PLACE" and r[4] == town]
    assert rows and rows[0][6] == entity_id and rows[0][8] == country


@pytest.mark.parametrize("text, language", [
    ("Il s'est assis près de Jean Dupont pendant le dîner.", "fr"),       # a given name
    ("He stood near President Biden during the ceremony.", "en"),          # a person
    ("La commune de Lundi n'existe pas.", "fr"),                            # a weekday
    ("Ils se sont battus près de la frontière.", "fr"),                     # no name
])
def test_no_town(text, language):
    assert [r for r in _rows(text, language) if r[5] == "PLACE"] == []


@pytest.mark.parametrize("text, language, later, entity_id", [
    ("Le poste-frontière de Ras Jedir a rouvert. Le ministre s'est rendu à Ras Jedir mardi.", "fr",
     "Ras Jedir", "place:~poste-frontiere-de-ras-jedir"),
    ("The road reaches its Zangezur exclave. Zangezur borders Iran.", "en",
     "Zangezur", "place:~zangezur-exclave"),
    ("Trucks queued at the Kerem Shalom border crossing. Kerem Shalom was shut.", "en",
     "Kerem Shalom", "place:~kerem-shalom-border-crossing"),
])
def test_feature_name_used_bare_later(text, language, later, entity_id):
    rows = [r for r in _rows(text, language) if r[4] == later]
    assert rows and rows[0][5] == "PLACE" and rows[0][6] == entity_id


@pytest.mark.parametrize("text, language, place", [
    ("Ships crossed the Strait of Hormuz. The Gulf was calm.", "en", "Strait of Hormuz"),
    ("Mr Xi met him at the Great Hall of the People. The People's Daily reported it.", "en",
     "Great Hall of the People"),
    ("They sailed down the St. Lawrence River.", "en", "St. Lawrence River"),
])
def test_feature_names_stop_at_a_sentence_end(text, language, place):
    assert place in [r[4] for r in _rows(text, language) if r[5] == "PLACE"]


@pytest.mark.parametrize("text, language, surface, entity_id, country", [
    ("The road links mainland Azerbaijan to its Nakhchivan exclave.", "en", "Nakhchivan exclave",
     "region:nakhchivan", "AZE"),
    ("L'exclave du Nakhitchevan reste isolée.", "fr", "exclave du Nakhitchevan", "region:nakhchivan", "AZE"),
    ("La péninsule de Crimée a été annexée en 2014.", "fr", "péninsule de Crimée", "region:crimea", "UKR"),
    ("Migrants reached Ceuta on Monday.", "en", "Ceuta", "region:ceuta", "ESP"),
    ("Le Fezzan échappe au contrôle de Tripoli.", "fr", "Fezzan", "region:fezzan", "LBY"),
])
def test_regions_and_features_ending_on_a_region(text, language, surface, entity_id, country):
    rows = [r for r in _rows(text, language) if r[4] == surface]
    assert rows and rows[0][6] == entity_id and rows[0][8] == country
