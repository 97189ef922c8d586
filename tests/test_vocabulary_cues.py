"""Cues of the event coder: their table, the scan shared with the lexicon, the plans of the scanner."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from analysis.text import Document
from analysis.vocabulary import code_events, find_terms
from analysis.vocabulary import cues
from analysis.vocabulary.lexicon import Multi, compiled, prefix_free

PUBLISHED = dt.date(2025, 10, 16)

SENTENCES = [
    ("fr", "Le Maroc n’a pas signé l’accord de pêche. Les deux ministres ont salué en mars 2019 "
           "la qualité des relations et ont convenu de tenir des consultations à Rabat."),
    ("fr", "Alger avait rompu ses relations avec Rabat en août 2021 ; le dialogue reprendra "
           "l'an prochain, a précisé le porte-parole."),
    ("en", "Egypt hasn't signed the treaty. Both sides agreed to hold talks in London in "
           "October 2026, and the ministers will sign a memorandum on trade."),
    ("en", "Kyiv rejected any negotiations while troops remain; the two leaders had met ten "
           "years ago."),
]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_cue_has_both_apostrophes_and_every_month_its_number(language):
    values = cues.cue_values(language)
    for key, (kinds, length, month, elided, inside) in values.items():
        assert key == key.lower() and length == len(key) and kinds
        if "'" in key:
            assert key.replace("'", "\u2019") in values
        assert elided == key.endswith(("'", "\u2019"))
    numbers = sorted(v[2] for v in values.values() if v[2] is not None)
    assert numbers == list(range(1, 13))
    assert any("pairgov" in v[0] for v in values.values())


@pytest.mark.parametrize("language, text", SENTENCES)
def test_the_lexicon_scan_leaves_the_cues_the_event_coder_would_find(language, text):
    doc = Document("c", text, language, PUBLISHED)
    find_terms(doc)
    shared = cues.hits(doc)
    own = list(cues.cue_automaton(cues.cue_language(language)).iter(doc.lower))
    assert shared and sorted(shared) == sorted(own)


def test_another_text_gets_a_pass_of_its_own():
    first = Document("a", SENTENCES[0][1], "fr", PUBLISHED)
    second = Document("b", SENTENCES[1][1], "fr", PUBLISHED)
    find_terms(first)
    assert sorted(cues.hits(second)) == sorted(cues.cue_automaton("fr").iter(second.lower))
    # the same characters in a new document: not the text the scan read
    again = Document("a", SENTENCES[0][1], "fr", PUBLISHED)
    find_terms(second)
    assert sorted(cues.hits(again)) == sorted(cues.cue_automaton("fr").iter(again.lower))


@pytest.mark.parametrize("language, text", SENTENCES)
def test_events_are_the_same_with_or_without_the_shared_scan(language, text):
    doc = Document("c", text, language, PUBLISHED)
    terms = find_terms(doc)
    shared = code_events(doc, terms, [])
    cues.remember(None, None, None)
    alone = code_events(doc, terms, [])
    assert shared == alone
    assert len({row[7] for row in shared}) >= 2  # modes from several kinds of cue


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_scanner_keys_start_one_anchor_at_most_per_place(language):
    anchors = prefix_free(compiled(language).anchors)
    assert len(anchors) <= len(compiled(language).anchors)
    for a, b in zip(anchors, anchors[1:]):
        assert not b.startswith(a)
    # every anchor left out begins with one that is kept
    kept = set(anchors)
    for anchor in compiled(language).anchors:
        assert any(anchor.startswith(k) for k in kept if len(k) <= len(anchor))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_clue_of_a_multi_word_entry_is_what_one_of_its_parts_needs(language):
    clued = 0
    for entry in compiled(language).entries:
        if len(entry.parts) < 2:
            continue
        multi = Multi.of(entry)
        assert multi.after == entry.part_ids[entry.anchor + 1:]
        assert multi.before == entry.part_ids[:entry.anchor][::-1]
        clue = multi.after_clue or multi.before_clue
        assert not (multi.after_clue and multi.before_clue)
        if clue is None:
            # no part without stems besides the anchor: nothing to look for in the text
            assert all(p.stems for i, p in enumerate(entry.parts) if i != entry.anchor)
            continue
        clued += 1
        side = range(entry.anchor + 1, len(entry.parts)) if multi.after_clue else range(entry.anchor)
        assert any(not entry.parts[i].stems
                   and set(clue) == entry.parts[i].forms | set(entry.parts[i].prefixes)
                   for i in side), entry.pattern
    assert clued > 100


@pytest.mark.parametrize("language, text, found", [
    # the entry is found whatever the window looks like: a part cut by the
    # end of the window, a gap of other words, the other side of the anchor
    ("fr", "Les deux ministres ont procédé à la signature d’un Mémorandum d’entente.",
     ["signature d’un Mémorandum", "Mémorandum d’entente"]),
    ("fr", "Le ministre a réaffirmé le soutien du Royaume.", ["réaffirmé le soutien"]),
    ("fr", "Ils ont décidé le gel des relations.", ["gel des relations"]),
    ("en", "The two countries severed diplomatic ties.", ["severed diplomatic ties"]),
])
def test_multi_word_entries_through_their_clues(language, text, found):
    doc = Document("c", text, language, PUBLISHED)
    texts = [row[4] for row in find_terms(doc)]
    for expected in found:
        assert any(re.fullmatch(re.escape(expected), t) for t in texts), (expected, texts)
