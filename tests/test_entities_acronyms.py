"""Acronyms an article defines in parentheses (analysis.entities.acronyms)."""

import datetime

import pytest

from analysis.entities import find_mentions
from analysis.text import Document


def _orgs(text, language):
    doc = Document("t", text, language, datetime.date(2024, 5, 1))
    return [(r[4], r[6]) for r in find_mentions(doc) if r[5] == "ORG"]


@pytest.mark.parametrize("text, language, name, acronym", [
    ("Des unités envoyées par le Gouvernement d'union nationale (GUN) sont arrivées. "
     "Le GUN a salué l'accord.", "fr", "Gouvernement d'union nationale", "GUN"),
    ("The Rapid Support Forces (RSF) shelled the city. The RSF denied it.", "en",
     "Rapid Support Forces", "RSF"),
    ("Le Front de libération nationale (FLN) a gagné. Le FLN gouverne.", "fr",
     "Front de libération nationale", "FLN"),
    ("The Tigray People's Liberation Front (TPLF) signed. The TPLF disarmed.", "en",
     "Tigray People's Liberation Front", "TPLF"),
])
def test_defined_acronym_names_a_body_and_its_later_uses(text, language, name, acronym):
    orgs = _orgs(text, language)
    ids = {eid for surface, eid in orgs if surface == name}
    assert len(ids) == 1
    uses = [eid for surface, eid in orgs if surface == acronym]
    assert len(uses) == 2 and set(uses) == ids


def test_acronym_after_a_table_name_takes_its_id():
    orgs = _orgs("Selon l'Organisation internationale pour les migrations (OIM), une agence. "
                 "L'OIM a publié un rapport.", "fr")
    assert [eid for surface, eid in orgs if surface == "OIM"] == ["org:iom", "org:iom"]


@pytest.mark.parametrize("text, language", [
    ("He met Joe Biden (JB) yesterday.", "en"),                       # a person, two letters
    ("Le président a parlé (AFP) hier.", "fr"),                         # no words to spell it
    ("The ministers met in Paris (France) on Monday.", "en"),           # not an acronym
    ("Le Mouvement pour la justice et l'égalité (JEM) a signé.", "fr"),  # initials in another order
    ("Fighting resumed in the Democratic Republic of Congo (DRC) on Monday.", "en"),  # a country
    ("Talks opened in the Gulf of Guinea (GOG) region.", "en"),                    # a place
])
def test_no_body_from_a_parenthesis(text, language):
    assert [o for o in _orgs(text, language) if o[1].startswith("org:~")] == []
