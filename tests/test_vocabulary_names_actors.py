"""Names are no events; the subject of a demonym-qualified noun phrase is the source."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.text import Document
from analysis.vocabulary import code_events, find_terms

PUBLISHED = dt.date(2024, 4, 6)


def mention(doc, text, label, country=None, *, form="name", role=None):
    start = doc.text.index(text)
    return (doc.doc_id, doc.sentence_at(start), start, start + len(text), text, label,
            text, text, country, form, role)


@pytest.mark.parametrize("text, language, name, label, word", [
    ("The Organization of American States will hold an emergency session on Tuesday.", "en",
     "Organization of American States", "ORG", "States"),
    ("Delegates of the African Union met in Addis Ababa on Monday.", "en",
     "African Union", "ORG", "Union"),
    ("La Déclaration de Rabat a été adoptée par les deux pays.", "fr",
     "Déclaration de Rabat", "AGREEMENT", "Déclaration"),
])
def test_no_event_inside_a_name(text, language, name, label, word):
    doc = Document("t", text, language, PUBLISHED)
    rows = code_events(doc, find_terms(doc), [mention(doc, name, label)])
    start = doc.text.index(word)
    assert not [r for r in rows if start <= r[8] < start + len(word)]


@pytest.mark.parametrize("text, language, word, kept", [
    ("Diplomats of the United States met their Cuban counterparts.", "en", "States", False),
    ("The Organization of American States will hold an emergency session.", "en", "States", False),
    ("The ministry states that talks will resume next week.", "en", "states", True),
    ("Russia Says It Will Sign The Agreement With Morocco Next Week", "en", "Says", True),
])
def test_capitalised_word_inside_a_name_is_no_term(text, language, word, kept):
    doc = Document("t", text, language, PUBLISHED)
    start = doc.text.index(word)
    found = [r for r in find_terms(doc) if r[2] == start]
    assert bool(found) == kept


@pytest.mark.parametrize("text, language, subject, obj, trigger, source, target", [
    ("Colombia recalled its envoy after Venezuelan police raided the Colombian embassy in Caracas "
     "to arrest a former senator.", "en", ("Venezuelan", "VEN"), ("Colombian", "COL"),
     "arrest", "VENGOV", "COLGOV"),
    ("La police colombienne a encerclé l'ambassade vénézuélienne à Bogota avant l'arrestation "
     "d'un ancien ministre.", "fr", ("colombienne", "COL"), ("vénézuélienne", "VEN"),
     "arrestation", "COLGOV", "VENGOV"),
    ("Algerian authorities summoned the French ambassador on Sunday to protest against the remarks.",
     "en", ("Algerian", "DZA"), ("French", "FRA"), "protest", "DZAGOV", "FRAGOV"),
    ("Les autorités algériennes ont convoqué l'ambassadeur de France pour protester.",
     "fr", ("algériennes", "DZA"), ("France", "FRA"), "protester", "DZAGOV", "FRAGOV"),
])
def test_subject_before_the_verb_is_the_source(text, language, subject, obj, trigger, source,
                                               target):
    doc = Document("t", text, language, PUBLISHED)
    mentions = [mention(doc, subject[0], "COUNTRY", subject[1], form="demonym"),
                mention(doc, obj[0], "COUNTRY", obj[1], form="name" if obj[0] == "France" else "demonym")]
    rows = [r for r in code_events(doc, find_terms(doc), mentions) if r[6] == trigger]
    assert rows and (rows[0][4], rows[0][5]) == (source, target)


@pytest.mark.parametrize("text, language, people, trigger, source", [
    # the object of an invitation does what follows
    ("M. Erdogan a invité M. Sissi à se rendre en Turquie en avril.", "fr",
     [("Erdogan", "TUR"), ("Sissi", "EGY")], "se rendre", "EGYGOV"),
    # coordinated subjects
    ("Bourita et Lavrov ont signé un accord.", "fr", [("Bourita", "MAR"), ("Lavrov", "RUS")],
     "signé un accord", "MARGOV"),
])
def test_existing_subjects_kept(text, language, people, trigger, source):
    doc = Document("t", text, language, PUBLISHED)
    mentions = [mention(doc, name, "PERSON", country, role="president") for name, country in people]
    rows = [r for r in code_events(doc, find_terms(doc), mentions) if r[6].startswith(trigger)]
    assert rows and rows[0][4] == source
