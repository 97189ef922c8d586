"""The indexed actors of a long sentence answer as the actors read one by one."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import entities
from analysis.text import Document
from analysis.vocabulary import actors as actors_module
from analysis.vocabulary import code_events, find_terms
from analysis.vocabulary.actor_index import POSSESSIVE_ENDINGS, ActorIndex, Before, around

PUBLISHED = dt.date(2025, 10, 16)
COUNTRIES = ["MAR", "ESP", "RUS", None]  # None: a pair expression (« les deux ministres »)


@st.composite
def sentences_of_actors(draw):
    """(lower-case text, actors sorted by start): actors of 1-12 characters, some
    nested or touching, some after a locative, some possessive ("'s" after them)."""
    count = draw(st.integers(0, 60))
    actors = []
    for _ in range(count):
        start = draw(st.integers(0, 400))
        end = start + draw(st.integers(1, 12))
        country = draw(st.sampled_from(COUNTRIES))
        code = (("MARGOV", "ESPGOV") if country is None else
                country + draw(st.sampled_from(["", "GOV"])))
        actors.append((start, end, code, country, draw(st.booleans())))
    actors.sort(key=lambda a: a[0])
    chars = [" "] * 420
    for _, end, *_ in actors:
        if draw(st.booleans()):
            chars[end:end + 2] = list(draw(st.sampled_from(POSSESSIVE_ENDINGS)))
    return "".join(chars)[:420], actors


def _possessive(lower):
    return lambda actor: lower.startswith(POSSESSIVE_ENDINGS, actor[1])


@settings(derandomize=True, database=None, max_examples=300, deadline=None)
@given(sentences_of_actors(), st.integers(-5, 425), st.sampled_from(COUNTRIES[:3]))
def test_index_answers_as_the_actors_read_one_by_one(sentence, start, country):
    lower, actors = sentence
    expected_before, expected_after = around(actors, start)
    index = ActorIndex(actors, lower)
    before, after = index.before(start), index.after(start)
    assert list(before) == expected_before and len(before) == len(expected_before)
    assert [before[i] for i in range(-len(before), len(before))] == expected_before * 2
    assert list(before[:-1]) == expected_before[:-1]
    assert list(after) == list(expected_after)
    possessive = _possessive(lower)
    for ours, theirs in [(after, expected_after)] + (
            [(after.prepend(before[-1]), expected_after.prepend(expected_before[-1]))] if before else []):
        assert ours.first_other(country) == theirs.first_other(country)
        assert ours.first_target(country) == theirs.first_target(country)
        assert ours.subject(possessive) == theirs.subject(possessive)
        source = theirs.subject(possessive)
        if source is not None:
            assert list(ours.beyond(source[0])) == list(theirs.beyond(source[0]))
            assert ours.beyond(source[0]).first_other(country) == theirs.beyond(source[0]).first_other(country)


def test_before_is_a_list_read_from_its_end():
    items = [(i, i + 1, "MAR", "MAR", False) for i in range(5)]
    before = Before(items, 3, [items[4]])
    assert len(before) == 4 and before[-1] == items[4] and before[2] == items[2]
    assert list(before[:-1]) == items[:3] and list(before[:-2]) == items[:2]
    with pytest.raises(IndexError):
        before[4]


# Long sentences (no full stop) of many actors and triggers: hostile input, and
# the sentences of a long enumeration.
LONG_SENTENCES = [
    ("fr", "le Maroc, la France, l'Espagne et la Russie ont signé un accord, "),
    ("fr", "Bourita et Lavrov ont signé un accord avec la France et la visite au Maroc du président "
           "français a été annoncée, puis les deux ministres ont salué la coopération et "),
    ("en", "Ecuadorean police stormed the Mexican embassy in Quito to arrest Glas, "
           "North Korea's launches were condemned by Japan and "),
    ("en", "Algeria summoned Spain's ambassador and suspended the treaty while both sides "
           "agreed to hold talks with the United States next month; "),
    ("fr", "Mogadiscio a expulsé l'ambassadeur du Kenya, Lucas Tumbo, et rappelé son ambassadeur à "
           "Nairobi, Rabat a rejeté les accusations de l'Algérie et "),
]


@pytest.mark.parametrize("language, piece", LONG_SENTENCES)
def test_events_of_a_long_sentence_are_those_read_one_by_one(monkeypatch, language, piece):
    text = piece * 40
    doc = Document("long", text, language, PUBLISHED)
    mentions = entities.find_mentions(doc)
    terms = find_terms(doc)
    assert max(sum(1 for m in mentions if m[1] == s) for s in {m[1] for m in mentions}) > actors_module.SMALL
    indexed = code_events(doc, terms, mentions)
    monkeypatch.setattr(actors_module, "SMALL", 10**9)
    assert indexed == code_events(doc, terms, mentions)
    assert indexed and all(r[4] is None or len(r[4]) >= 3 for r in indexed)
