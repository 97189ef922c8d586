"""The tense of a clause: the cue nearest to a date decides past or future."""

import pytest

from analysis.tense import clause_tense


@pytest.mark.parametrize("sentence, language, tense", [
    ("Le ministre doit se rendre mercredi à Paris.", "fr", "future"),
    ("Le ministre s’est rendu mercredi à Paris.", "fr", "past"),
    ("Mercredi, le ministre effectuera une visite à Paris.", "fr", "future"),
    ("Mercredi, le Sahara a été évoqué.", "fr", "past"),
    ("The minister will travel on Wednesday to London.", "en", "future"),
    ("The minister travelled on Wednesday to London.", "en", "past"),
    ("The minister met his counterpart on Wednesday.", "en", "past"),
    ("The forum will be held on Wednesday in Rabat.", "en", "future"),
    ("The accord has been signed on Wednesday.", "en", "past"),
    ("Le ministre se rendra mercredi à Alger, a-t-il annoncé hier.", "fr", "future"),
    ("Le Sahara a été évoqué mercredi.", "fr", "past"),
])
def test_tense_of_the_clause(sentence, language, tense):
    lower = sentence.lower()
    start = lower.index("mercredi") if language == "fr" else lower.index("wednesday")
    end = start + (8 if language == "fr" else 9)
    assert clause_tense(sentence, lower, start, end, 0, len(sentence), language) == tense
