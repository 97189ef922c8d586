"""The event words of a dated sentence (analysis/milestone_triggers.py)."""

import pytest

from analysis import milestone_triggers
from analysis.lang import milestones as milestone_data
from analysis.milestone_triggers import Trigger, kind_of_term, lexicon_triggers, sentence_triggers
from tests.test_milestones import SAMPLE, SENTENCES, sample_document


def whole_table_triggers(lower, lo, hi, language):
    """The table's triggers of a sentence found with the pattern of the whole table (the reference)."""
    rows = milestone_data.TRIGGERS[language]
    pattern = milestone_triggers.trigger_pattern(language)
    starts = sorted({last - length + 1 for last, length in
                     milestone_triggers.trigger_automaton(language).iter(lower, lo, hi)})
    found, covered = [], lo
    for start in starts:
        if start < covered or (start and lower[start - 1].isalnum()):
            continue
        match = pattern.match(lower, start, hi)
        if match:
            kind, cameo, _ = rows[int(match.lastgroup[1:])]
            found.append((start, match.end(), kind, cameo))
            covered = match.end()
    return found


def _sentences_to_scan():
    for language, _, sentence, _ in SENTENCES:
        yield language, sentence
        yield language, sentence.replace("’", "\u02bc").replace("'", "’")
    for path in sorted(SAMPLE.glob("*.txt")):
        doc = sample_document(path.name)
        for s, e in doc.sentences:
            yield doc.language, doc.text[s:e]


@pytest.mark.parametrize("language, sentence", list(_sentences_to_scan()))
def test_rows_tried_by_their_first_letters_find_what_the_whole_table_finds(language, sentence):
    lower = ("Le ministre. " + sentence + " Fin.").lower()
    lo, hi = 13, 13 + len(sentence)
    found = [(t.start, t.end, t.kind, t.cameo)
             for t in milestone_triggers.sentence_triggers(lower, lo, hi, None, language)]
    assert found == whole_table_triggers(lower, lo, hi, language)


def test_lexicon_triggers_read_only_dated_sentences_and_drop_negated_events():
    terms = [("d", 0, 3, 9, "visite", "visite", "visit", "042", 1.9),
             ("d", 1, 40, 46, "accord", "accord", "signature", "057", 8.0),
             ("d", 1, 50, 55, "aide", "aide", "aid", "07", 7.0)]
    events = [("d", 1, "057", 8.0, "MAR", "RUSGOV", "signé", "negated", 60, 65),
              ("d", 1, "042", 1.9, "MAR", "RUSGOV", "visite", "actual", 70, 76)]
    found = lexicon_triggers(terms, events, {1: []})
    assert list(found) == [1]
    from_terms, from_events, negated = found[1]
    assert [(t.start, t.kind, t.cameo) for t in from_terms] == [(40, "agreement", "057")]
    assert [(t.start, t.kind, t.countries, t.mode) for t in from_events] == [(70, "visit", ("MAR", "RUS"), "actual")]
    assert negated == [(20, 105, "agreement")]
    sentence = "x" * 100
    kept = sentence_triggers(sentence, 0, 100, found[1], "fr")
    assert [t.kind for t in kept] == ["visit"]        # the agreement near the negated event is dropped


def test_kind_of_term_is_remembered_the_same():
    for category, cameo in [("visit", "042"), ("statement", None), ("aid", "07"), (None, "161")]:
        assert milestone_triggers._kind(category, cameo) == kind_of_term(category, cameo)
        assert milestone_triggers._kind(category, cameo) == kind_of_term(category, cameo)


def test_trigger_repr_names_its_kind():
    assert repr(Trigger(3, 9, "visit", "042")) == "Trigger(3, 9, 'visit', '042')"
