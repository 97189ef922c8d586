"""The tense of a clause, read from the word nearest to an expression.

HeidelTime resolves a weekday or a month without a year against the
publication date *and the tense of its clause* (``../shared/REFERENCE.md``
§2).  Here the tense is the cue nearest to the expression in its sentence:
a listed word (French auxiliaries and futures of "devoir", English "will",
"was", irregular preterites) or, on a lower-case word, a French future
ending (*-ra*, *-ront*) or an English *-ed*.  Words come from
:mod:`analysis.lang.calendar`.

>>> s = "Le ministre s’est rendu mercredi à Paris."
>>> clause_tense(s, s.lower(), 24, 32, 0, len(s), "fr")
'past'
"""

from __future__ import annotations

from functools import lru_cache

from .lang.calendar import NOT_FUTURE, NOT_PAST
from .temporal_patterns import table

__all__ = ["clause_tense"]

_PUNCT = ",.;:!?()[]«»\"“”'’-–—"


def _norm(word: str) -> str:
    return word.replace("\u2019", "'").replace("\u02bc", "'")


@lru_cache(maxsize=None)
def _tense_tables(language: str):
    """(future words, past words, French future suffixes, whether -ed marks the past)."""
    suffixes = tuple(s for s, _ in table("FUTURE_SUFFIXES", language))
    shortest = min((n for _, n in table("FUTURE_SUFFIXES", language)), default=0)
    return (table("FUTURE_CUES", language), table("PAST_CUES", language), suffixes, shortest,
            language != "fr")


def _word_tense(word: str, original: str, tables) -> str | None:
    future, past, suffixes, shortest, english = tables
    word = word.strip(_PUNCT)
    if "\u2019" in word or "\u02bc" in word:
        word = _norm(word)
    if word in future or word.endswith("'ll"):
        return "future"
    if word in past:
        return "past"
    if not original.strip(_PUNCT)[:1].islower():
        return None
    if suffixes and len(word) >= shortest and word.endswith(suffixes) and word not in NOT_FUTURE:
        return "future" if not word.endswith("ront") or len(word) >= 6 else None
    if english and len(word) >= 5 and word.endswith("ed") and not word.endswith("eed") \
            and word not in NOT_PAST:
        return "past"
    return None


def clause_tense(text: str, lower: str, start: int, end: int, lo: int, hi: int,
                 language: str) -> str | None:
    """``'past'``, ``'future'`` or None: the tense cue nearest to ``text[start:end]`` in ``[lo, hi)``.

    Words are looked at nearest first, alternating before and after (before
    first: a verb usually precedes its time adverbial).

    >>> s = "Le ministre doit se rendre mercredi à Paris."
    >>> clause_tense(s, s.lower(), 27, 35, 0, len(s), "fr")
    'future'
    """
    tables = _tense_tables(language)
    before, before_text = lower[lo:start].split(), text[lo:start].split()
    after, after_text = lower[end:hi].split(), text[end:hi].split()
    for k in range(max(len(before), len(after))):
        if k < len(before):
            tense = _word_tense(before[-1 - k], before_text[-1 - k], tables)
            if tense and not _passive(tense, before[-2 - k] if k + 1 < len(before) else ""):
                return tense
        if k < len(after):
            tense = _word_tense(after[k], after_text[k], tables)
            if tense and not _passive(tense, after[k - 1] if k else ""):
                return tense
    return None


def _passive(tense: str, previous: str) -> bool:
    """A participle after "be" ("will be held", "is to be signed") is not a past tense."""
    return tense == "past" and previous in ("be", "being", "been")
