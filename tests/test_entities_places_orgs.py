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
