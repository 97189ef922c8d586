"""The tense of a clause: the cue nearest to a date decides past or future."""

import pytest

from analysis.tense import clause_tense


@pytest.mark.parametrize("sentence, language, tense", [
    # a word of scheduling before "for" / « pour » sets the date ahead
    ("Observers said the local elections called for Wednesday in four municipalities remain uncertain.",
     "en", "future"),
    ("Officials said the vote scheduled for Wednesday in the north had been prepared.", "en", "future"),
    ("Les électeurs béninois, selon la commission, sont convoqués pour mercredi.", "fr", "future"),
    ("The summit, which was scheduled for Wednesday, was cancelled.", "en", "past"),
    ("The minister called for calm on Wednesday.", "en", "past"),
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
    # a plan: "is due to", "is set to", "plans to"; not after "was"
    ("Doval is due to call on Vice President Han Zheng on Wednesday.", "en", "future"),
    ("The Kenyan envoy is set to present his credentials on Wednesday.", "en", "future"),
    ("Ruto plans to travel to Addis Ababa on Wednesday.", "en", "future"),
    ("The Brazilian minister is to meet his Argentine counterpart on Wednesday.", "en", "future"),
    ("The summit, which was due to open on Wednesday, was postponed.", "en", "past"),
    ("The president was expected to arrive on Wednesday but cancelled.", "en", "past"),
    ("At Wednesday's summit, the leaders agreed that experts would inspect the plant.", "en",
     "past"),
    ("Le chef de la diplomatie chilienne est censé arriver mercredi à Lima.", "fr", "future"),
    ("La présidente péruvienne se rendra mercredi à Santiago.", "fr", "future"),
    ("Le Premier ministre a appelé mercredi son homologue.", "fr", "past"),
])
def test_tense_of_the_clause(sentence, language, tense):
    lower = sentence.lower()
    start = lower.index("mercredi") if language == "fr" else lower.index("wednesday")
    end = start + (8 if language == "fr" else 9)
    assert clause_tense(sentence, lower, start, end, 0, len(sentence), language) == tense


# --- the cues remembered per word read the same as the plain rule --------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from analysis.lang.calendar import NOT_FUTURE, NOT_PAST, PAST_BEFORE_TO  # noqa: E402
from analysis.temporal_patterns import table  # noqa: E402

_PUNCT = ",.;:!?()[]«»\"“”'’-–—"


def plain_tense(text, lower, start, end, lo, hi, language):
    """The rule written plainly: every word split, each looked at in full (the reference)."""
    future, past = table("FUTURE_CUES", language), table("PAST_CUES", language)
    suffixes = tuple(s for s, _ in table("FUTURE_SUFFIXES", language))
    shortest = min((n for _, n in table("FUTURE_SUFFIXES", language)), default=0)

    def word_tense(word, original):
        word = word.strip(_PUNCT).replace("\u2019", "'").replace("\u02bc", "'")
        if word in future or word.endswith("'ll"):
            return "future"
        if word in past:
            return "past"
        if not original.strip(_PUNCT)[:1].islower():
            return None
        if suffixes and len(word) >= shortest and word.endswith(suffixes) and word not in NOT_FUTURE:
            return "future" if not word.endswith("ront") or len(word) >= 6 else None
        if language != "fr" and len(word) >= 5 and word.endswith("ed") and not word.endswith("eed") \
                and word not in NOT_PAST:
            return "past"
        return None

    def passive(tense, previous):
        return tense == "past" and previous in ("be", "being", "been")

    def plan(word, following, previous, side, k):
        """"is due to …", "called for …" (before the expression): a plan, unless "was due to";
        None when ``word`` is no such cue."""
        if following == "to" and word in table("FUTURE_BEFORE_TO", language):
            return "future" if previous not in PAST_BEFORE_TO else ""
        if side is near_before and following in ("for", "pour") and word in table("FUTURE_BEFORE_FOR", language) \
                and (k == 1 or k == 2 and before[-1] in ("le", "the")):    # right before the date
            return "future" if previous not in PAST_BEFORE_TO else ""
        return None

    before, before_text = lower[lo:start].split(), text[lo:start].split()
    after, after_text = lower[end:hi].split(), text[end:hi].split()
    # each side nearest first, as (word, its spelling, the word before it, the word after it)
    near_before = [(before[i], before_text[i], before[i - 1] if i else "",
                    before[i + 1] if i + 1 < len(before) else "") for i in reversed(range(len(before)))]
    near_after = [(after[i], after_text[i], after[i - 1] if i else "",
                   after[i + 1] if i + 1 < len(after) else "") for i in range(len(after))]
    for k in range(max(len(before), len(after))):
        for side in (near_before, near_after):
            if k >= len(side):
                continue
            word, spelling, previous, following = side[k]
            tense = plan(word, following, previous, side, k)
            if tense is None:
                tense = word_tense(word, spelling)
            if tense and not passive(tense, previous):
                return tense
    return None


_WORDS = ["le", "ministre", "a", "doit", "se", "rendra", "Rendra", "sera", "front", "caméra", "signed",
          "Signed", "need", "will", "be", "held", "been", "s’est", "s'est", "rendu", "(hier)", "Was",
          "«", "prochaine", "mercredi", "effectueront", "seront", "united", "visited", "they’ll", "—",
          "due", "to", "is", "was", "set", "agreed", "plans", "for", "called", "scheduled", "pour",
          "convoqués", "the", "le"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14), st.integers(0, 13),
       st.sampled_from(["fr", "en", "und"]))
def test_tense_reads_as_the_plain_rule(words, at, language):
    text = " ".join(words)
    at = min(at, len(words) - 1)
    start = len(" ".join(words[:at])) + (1 if at else 0)
    end = start + len(words[at])
    lower = text.lower()
    for lo, hi in ((0, len(text)), (max(0, start - 7), min(len(text), end + 7))):
        assert clause_tense(text, lower, start, end, lo, hi, language) == \
            plain_tense(text, lower, start, end, lo, hi, language)
