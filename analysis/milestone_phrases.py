"""Phrases that change which dates and events of a sentence make milestones.

Used by :mod:`analysis.milestones` around the pairing of :mod:`analysis.milestone_pairing`:
which triggers may date an event by a month or a year (:func:`claiming`: not
a statement said on a day, but an appeal or a demand), the triggers of
attempts that failed (:func:`failed_attempts`), a date that opens its
sentence (the ``fronted`` pattern of :func:`phrase_patterns`), a second
date in a coordinated complement that shares the event of the first
(:func:`coordinated`) and the words inside an organisation's name
(:func:`outside_bodies`).  The words are language data in
:mod:`analysis.lang.milestones` (``ACT_CODES``, ``ATTEMPTS``, ``FAILURES``,
``COORDINATORS``, ``FRONTED``).

>>> from analysis.milestone_triggers import Trigger
>>> lower = "two attempts to restore ties failed."
>>> fronted, attempt, failure, coordinator = phrase_patterns("en")
>>> failed_attempts(lower, [Trigger(16, 23, "restoration", "050")], 0, len(lower), attempt, failure)
[]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate

from .lang import milestones as data
from .milestone_pairing import CLAUSE_END, phrases_pattern as _words
from .milestone_triggers import Trigger

__all__ = ["claiming", "may_attempt", "failed_attempts", "coordinated", "outside_bodies", "phrase_patterns",
           "first_letters"]


def first_letters(phrases, others: str = "") -> str:
    """A look-ahead for the first character of any of ``phrases`` (or of ``others``).

    It changes no match, but lets ``re`` skip in C to the places where one can start.
    """
    return "(?=[" + re.escape("".join(sorted({p[0] for p in phrases} | set(others)))) + "])"


def claiming(lower, triggers) -> list:
    """The triggers that may date their event with a month or a year: not statements
    (they claim a day), unless the statement is a document (a letter, a speech) or
    an act of its own (an appeal, a demand, a protest:
    :data:`~analysis.lang.milestones.ACT_CODES`)."""
    acts, not_acts = data.ACT_CODES, data.NOT_ACTS
    return [t for t in triggers if t.kind != "declaration" or lower.startswith(data.DOCUMENTS, t.start)
            or ((t.cameo or "").startswith(acts)
                and not lower[max(0, t.start - 8):t.start].replace("\u2019", "'").endswith(not_acts))]


@lru_cache(maxsize=None)
def phrase_patterns(language: str):
    """(what may stand before a date that opens its sentence, an attempt right before a
    trigger, a word of failure, a coordinator opening the gap before a second date)."""
    fronted = re.compile(rf"\s*(?:(?:{_words(data.FRONTED)})(?![^\W_])\s*)*")
    attempt = re.compile(rf"(?<![^\W_])(?:{_words(data.ATTEMPTS[language])})\s*$")
    failure = re.compile(rf"{first_letters(data.FAILURES[language])}"
                         rf"(?<![^\W_])(?:{_words(data.FAILURES[language])})(?![^\W_])")
    coordinator = re.compile(rf"\s*(?:{_words(data.COORDINATORS[language])})\s+"
                             rf"(?:{_words(data.COORDINATED_PREPOSITIONS[language])})(?![^\W_])")
    return fronted, attempt, failure, coordinator


@lru_cache(maxsize=None)
def _attempt_words(language: str) -> tuple[str, ...]:
    return tuple(sorted({phrase.split()[0] for phrase in data.ATTEMPTS[language]}))


def may_attempt(lower, language: str) -> bool:
    """Whether the article has a word of :data:`~analysis.lang.milestones.ATTEMPTS` (a fast
    test before :func:`failed_attempts` reads its sentences)."""
    return any(word in lower for word in _attempt_words(language))


def failed_attempts(lower, triggers, s_start, s_end, attempt, failure) -> list:
    """``triggers`` without the events of attempts that failed (« deux tentatives de
    réouverture … avaient échoué », "attempts to restore ties failed")."""
    if failure.search(lower, s_start, s_end) is None:
        return triggers
    return [t for t in triggers if attempt.search(lower, max(s_start, t.start - 30), t.start) is None]


def coordinated(lower, chosen, paired, coordinator, triggers, mentions=()) -> list:
    """``paired`` with each group left without an event that follows a paired group, joined
    to it by a coordinator and a short phrase with no trigger nor punctuation ("in August
    2022 and from Burkina Faso in February"): it takes that group's event too, with the
    countries the phrase names (``mentions``: the sentence's) beside the event's first."""
    if len(paired) == len(chosen):
        return paired
    event_of = {id(group): (best, outcomes) for group, best, outcomes in paired}
    starts = sorted(t.start for t in triggers)
    out = []
    for k, (group, _, _) in enumerate(chosen):
        found = event_of.get(id(group))
        if found is None and k:
            before = chosen[k - 1][0]
            previous = event_of.get(id(before))
            lo, hi = before[-1][3], group[0][2]
            if previous is not None and hi - lo <= data.COORDINATED_GAP and coordinator.match(lower, lo, hi) \
                    and not CLAUSE_END.search(lower, lo, hi) and "." not in lower[lo:hi] \
                    and bisect_left(starts, lo) == bisect_left(starts, hi):
                best = previous[0]
                named = tuple(dict.fromkeys(r[8] for r in mentions if r[8] and lo <= r[2] and r[3] <= hi))
                if named:
                    first = best.countries[:1]
                    best = Trigger(best.start, best.end, best.kind, best.cameo, best.mode,
                                   tuple(dict.fromkeys(first + named)))
                found = event_of[id(group)] = (best, None)
        if found is not None:
            out.append((group, found[0], found[1]))
    return out


def outside_bodies(triggers, mentions) -> list:
    """``triggers`` without those inside the name of an organisation (the Collective Security
    "Treaty" Organization, the "Support" Mission): a name is no event, unless the body is a
    session of its own (:data:`~analysis.lang.milestones.BODY_KINDS`: « la Commission mixte »)."""
    bodies = sorted((r[2], r[3]) for r in mentions if r[5] == "ORG")
    if not bodies:
        return triggers
    starts = [start for start, _ in bodies]
    reach = list(accumulate((end for _, end in bodies), max))     # farthest end of the first k + 1
    keep = data.BODY_KINDS
    out = []
    for t in triggers:
        k = bisect_right(starts, t.start) - 1        # the bodies that start at the trigger or before
        if t.kind in keep or k < 0 or reach[k] < t.end:
            out.append(t)
    return out
