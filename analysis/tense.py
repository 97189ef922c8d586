"""The tense of a clause, read from the word nearest to an expression.

HeidelTime resolves a weekday or a month without a year against the
publication date *and the tense of its clause* (``../shared/REFERENCE.md``
§2).  Here the tense is the cue nearest to the expression in its sentence:
a listed word (French auxiliaries and futures of "devoir", English "will",
"was", irregular preterites), an English word of plan before "to" ("is due
to call on Thursday", "is set to", "plans to"; not after "was") or, on a
lower-case word, a French future ending (*-ra*, *-ront*) or an English
*-ed*; a word of scheduling before "for" (« pour ») sets a date ahead
("elections called for April 23").  Words come from :mod:`analysis.lang.calendar`.

>>> s = "Le ministre s’est rendu mercredi à Paris."
>>> clause_tense(s, s.lower(), 24, 32, 0, len(s), "fr")
'past'
"""

from __future__ import annotations

from functools import lru_cache

from .lang.calendar import NOT_FUTURE, NOT_PAST, PAST_BEFORE_TO
from .temporal_patterns import table

__all__ = ["clause_tense"]

_PUNCT = ",.;:!?()[]«»\"“”'’-–—"


def _norm(word: str) -> str:
    return word.replace("\u2019", "'").replace("\u02bc", "'")


@lru_cache(maxsize=None)
def _tense_tables(language: str):
    """(future words, past words, French future suffixes, the shortest word with one,
    whether -ed marks the past, the cues found so far by word, words that mark a plan
    before "to")."""
    suffixes = tuple(s for s, _ in table("FUTURE_SUFFIXES", language))
    shortest = min((n for _, n in table("FUTURE_SUFFIXES", language)), default=0)
    return (table("FUTURE_CUES", language), table("PAST_CUES", language), suffixes, shortest,
            language != "fr", {}, table("FUTURE_BEFORE_TO", language), table("FUTURE_BEFORE_FOR", language))


def _word_tense(word: str, original: str, tables) -> str | None:
    """The tense ``word`` (lower-cased, as split) marks; ``original`` is its spelling in the text."""
    fixed, by_ending = _cue(word, tables)
    if fixed or by_ending is None:
        return fixed
    return by_ending if original.strip(_PUNCT)[:1].islower() else None


def _cue(word: str, tables) -> tuple[str | None, str | None]:
    """(tense of a listed word, tense of its ending if written in lower case), remembered."""
    known = tables[5]
    found = known.get(word)
    if found is not None:
        return found
    future, past, suffixes, shortest, english = tables[:5]
    key, word = word, word.strip(_PUNCT)
    if "\u2019" in word or "\u02bc" in word:
        word = _norm(word)
    if word in future or word.endswith("'ll"):
        found = ("future", None)
    elif word in past:
        found = ("past", None)
    elif suffixes and len(word) >= shortest and word.endswith(suffixes) and word not in NOT_FUTURE:
        found = (None, "future" if not word.endswith("ront") or len(word) >= 6 else None)
    elif english and len(word) >= 5 and word.endswith("ed") and not word.endswith("eed") \
            and word not in NOT_PAST:
        found = (None, "past")
    else:
        found = (None, None)
    if len(known) > 200_000:
        known.clear()
    known[key] = found
    return found


def clause_tense(text: str, lower: str, start: int, end: int, lo: int, hi: int,
                 language: str) -> str | None:
    """``'past'``, ``'future'`` or None: the tense cue nearest to ``text[start:end]`` in ``[lo, hi)``.

    Words are looked at nearest first, alternating before and after (before
    first: a verb usually precedes its time adverbial).  The text's own
    spelling is read only for a word whose ending may mark a tense.

    >>> s = "Le ministre doit se rendre mercredi à Paris."
    >>> clause_tense(s, s.lower(), 27, 35, 0, len(s), "fr")
    'future'
    """
    tables = _tense_tables(language)
    before, after = lower[lo:start].split(), lower[end:hi].split()
    before_text = after_text = None
    n_before, n_after = len(before), len(after)
    to_words, for_words = tables[6], tables[7]
    for k in range(max(n_before, n_after)):
        if k < n_before:
            previous = before[-2 - k] if k + 1 < n_before else ""
            if to_words and k and before[-k] == "to" and before[-1 - k] in to_words:
                tense = "future" if previous not in PAST_BEFORE_TO else None    # "is due to call"
            elif (k == 1 or k == 2 and before[-1] in ("le", "the")) and before[-k] in ("for", "pour") \
                    and before[-1 - k] in for_words:
                tense = "future" if previous not in PAST_BEFORE_TO else None    # "called for April 23"
            else:
                fixed, by_ending = _cue(before[-1 - k], tables)
                tense = fixed
                if not fixed and by_ending:
                    if before_text is None:
                        before_text = text[lo:start].split()
                    if before_text[-1 - k].strip(_PUNCT)[:1].islower():
                        tense = by_ending
            if tense and not _passive(tense, previous):
                return tense
        if k < n_after:
            previous = after[k - 1] if k else ""
            if to_words and k + 1 < n_after and after[k + 1] == "to" and after[k] in to_words:
                tense = "future" if previous not in PAST_BEFORE_TO else None
            else:
                fixed, by_ending = _cue(after[k], tables)
                tense = fixed
                if not fixed and by_ending:
                    if after_text is None:
                        after_text = text[end:hi].split()
                    if after_text[k].strip(_PUNCT)[:1].islower():
                        tense = by_ending
            if tense and not _passive(tense, previous):
                return tense
    return None


def _passive(tense: str, previous: str) -> bool:
    """A participle after "be" ("will be held", "is to be signed") is not a past tense."""
    return tense == "past" and previous in ("be", "being", "been")
