"""Which event word of a sentence goes with which date: the pairing of :mod:`analysis.milestones`.

A group of dates (one date, an enumeration or a range) takes the trigger of
its pool with the lowest score: the distance in characters, plus the kind's
penalty (:data:`~analysis.lang.milestones.TIER_PENALTY`) and a penalty per
comma and per clause boundary in between (:func:`nearest`).  The closest pair
of the sentence is settled first and one event takes one group
(:func:`one_date_each`); an event is its trigger and the triggers of its kind
chained to it (:func:`same_event`).  A date in a subordinate clause only sees
that clause's triggers (:class:`Clauses`); a date right before a "when" clause
sees that clause's too.  After the pairing, a generic event (a diplomatic crisis)
or a pledge gives its date to a narrower event or a meeting of the clause that
dates nothing else (:func:`narrowed`); a country named only as the venue of
talks is no party (:func:`venues`).

Every score is at least the distance (no penalty is negative), so a trigger
farther than :data:`~analysis.lang.milestones.MAX_SCORE` characters from a
group can never win: the triggers are kept in order of their start
(:class:`ByStart`) and only those of that window are read.  A sentence of
thousands of dates then costs about as many window reads, not dates × triggers.

>>> from analysis.milestone_triggers import Trigger
>>> import re
>>> lower = "la visite du 3 mars et l'accord du 9 mai."
>>> triggers = [Trigger(3, 9, "visit", "042"), Trigger(25, 31, "agreement", "057")]
>>> best, score = nearest(lower, triggers, 13, 19, re.compile("qui"))
>>> best, score
(Trigger(3, 9, 'visit', '042'), 4)
"""

from __future__ import annotations

import heapq
import re
from functools import lru_cache
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import attrgetter, itemgetter, sub

from .lang import milestones as data

__all__ = ["CLAUSE_END", "SHORT", "ByStart", "Spans", "Clauses", "NextMatch", "FirstAfter",
           "nearest", "one_date_each", "same_event", "narrowed", "phrases_pattern", "venue_pattern",
           "venues"]

_APOS = "['\u2019\u02bc]"
CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]")
_DETERMINERS = re.compile(
    rf"(?:\s+|(?:{'|'.join(w for w in data.DATE_DETERMINERS if not w.endswith(chr(39)))})(?![^\W_])"
    rf"|(?:{'|'.join(w[:-1] for w in data.DATE_DETERMINERS if w.endswith(chr(39)))}){_APOS})*")

_START, _END = attrgetter("start"), attrgetter("end")


#: Lists this short are read whole: indexing them costs more than it saves.
SHORT = 24


class ByStart:
    """Items (triggers, rows, spans) in order of their start, to read only those of a window.

    Each item keeps its rank in the list it came from, so a caller can restore
    that order (it breaks ties between equal scores).  The index is built on
    the first question, and never for a list of :data:`SHORT` items or fewer.

    >>> rows = [(9, 12, "b"), (2, 5, "a"), (30, 31, "c")]
    >>> ByStart(rows, start=itemgetter(0), end=itemgetter(1)).starting(0, 10)
    [((9, 12, 'b'), 0), ((2, 5, 'a'), 1)]
    """

    __slots__ = ("items", "_start", "_end", "_index")

    def __init__(self, items, *, start=_START, end=_END):
        self.items, self._start, self._end, self._index = items, start, end, None

    def _sorted(self):
        """(``(item, rank)`` in order of start, their starts, the longest item)."""
        if self._index is None:
            items = self.items
            starts = list(map(self._start, items))
            order = sorted(range(len(items)), key=starts.__getitem__)
            longest = max(0, max(map(sub, map(self._end, items), starts), default=0))
            self._index = ([(items[i], i) for i in order], [starts[i] for i in order], longest)
        return self._index

    def starting(self, lo, hi) -> list:
        """``(item, rank)`` of the items that start in ``[lo, hi]``."""
        items, start = self.items, self._start
        if len(items) <= SHORT:
            return [(item, i) for i, item in enumerate(items) if lo <= start(item) <= hi]
        ranked, starts, _ = self._sorted()
        return ranked[bisect_left(starts, lo):bisect_right(starts, hi)]

    def around(self, lo, hi, reach):
        """``(item, rank)`` of every item that overlaps ``[lo, hi]`` or is at most ``reach``
        characters away from it (and of others too: every item of a short list)."""
        items = self.items
        if len(items) <= SHORT:
            return zip(items, range(len(items)))
        ranked, starts, longest = self._sorted()
        return ranked[bisect_left(starts, lo - reach - longest):bisect_right(starts, hi + reach)]

    def beside(self, lo, hi, reach):
        """``(item, rank)`` of every item that is not inside ``[lo, hi]`` and starts or
        ends at most ``reach`` characters away from it (and of others too: every
        item of a short list).  The items inside are never read."""
        items = self.items
        if len(items) <= SHORT:
            return zip(items, range(len(items)))
        ranked, starts, longest = self._sorted()
        before = bisect_left(starts, lo)
        after = max(before, bisect_right(starts, hi - longest))     # any earlier one ends by ``hi``
        return ranked[bisect_left(starts, lo - reach - longest):before] \
            + ranked[after:bisect_right(starts, hi + reach)]

    def inside(self, lo, hi) -> list:
        """The items that start at ``lo`` or after and end at ``hi`` or before, in their
        first order (an item ends where it starts or after)."""
        items, start, end = self.items, self._start, self._end
        if len(items) <= SHORT:
            return [item for item in items if start(item) >= lo and end(item) <= hi]
        found = [(rank, item) for item, rank in self.starting(lo, hi) if end(item) <= hi]
        found.sort(key=_first)
        return [item for _, item in found]

    def first_overlapping(self, lo, hi):
        """The first listed item that overlaps ``[lo, hi)``, or None."""
        items, start, end = self.items, self._start, self._end
        if len(items) <= SHORT:
            for item in items:
                if start(item) < hi and lo < end(item):
                    return item
            return None
        found = [(rank, item) for item, rank in self.around(lo, hi, 0) if start(item) < hi and lo < end(item)]
        return min(found, key=_first)[1] if found else None


_first, _second, _third = itemgetter(0), itemgetter(1), itemgetter(2)


class Spans:
    """Spans ``(start, end, ...)`` to ask whether a span overlaps one of them, in log time
    (a short list is read whole).

    >>> Spans([(10, 20), (4, 6)]).overlaps(5, 8), Spans([(10, 20), (4, 6)]).overlaps(6, 10)
    (True, False)
    """

    __slots__ = ("spans", "_index")

    def __init__(self, spans):
        self.spans, self._index = spans, None

    def overlaps(self, start, end) -> bool:
        """Whether ``[start, end)`` overlaps one of the spans."""
        spans = self.spans
        if len(spans) <= SHORT:
            for span in spans:
                if span[0] < end and start < span[1]:
                    return True
            return False
        if self._index is None:
            ordered = sorted((span[0], span[1]) for span in spans)
            self._index = ([s for s, _ in ordered], list(accumulate((e for _, e in ordered), max)))
        starts, reach = self._index              # reach[k]: the farthest end of the first k + 1
        k = bisect_left(starts, end)             # the spans that start before ``end``
        return k > 0 and reach[k - 1] > start


class NextMatch:
    """``pattern.search(text, pos, endpos)`` for positions that only grow, each part of the
    text read once: a match found from an earlier position is the first one from a later
    position up to its start, and no match from an earlier position means none later."""

    __slots__ = ("pattern", "text", "endpos", "pos", "match")

    def __init__(self, pattern, text, endpos):
        self.pattern, self.text, self.endpos = pattern, text, endpos
        self.pos, self.match = None, None

    def search(self, pos):
        if self.pos is None or pos < self.pos or (self.match is not None and self.match.start() < pos):
            self.pos, self.match = pos, self.pattern.search(self.text, pos, self.endpos)
        return self.match


class Clauses:
    """The subordinate clauses of a sentence (:data:`~analysis.lang.milestones.SUBORDINATORS`)
    as ``(start, end)``: from the word to the next comma, semicolon, colon, dash, bracket or
    subordinating word.  A word inside a date, or right before one ("since 2012", « depuis
    le 14 mars »: a preposition), opens no clause.  They do not overlap and come in order.
    """

    __slots__ = ("spans", "starts", "_pools")

    def __init__(self, lower, s_start, s_end, subordinator, rows):
        dates = Spans([(r[2], r[3]) for r in rows])
        date_starts = {r[2] for r in rows}
        # a word right before a date is a preposition ("since March"): it neither opens a
        # clause nor ends the clause it stands in
        matches = [m.span() for m in subordinator.finditer(lower, s_start, s_end)
                   if not dates.overlaps(m.start(), m.end())
                   and _DETERMINERS.match(lower, m.end(), s_end).end() not in date_starts]
        clause_end = NextMatch(CLAUSE_END, lower, s_end)
        spans = []
        for i, (start, end) in enumerate(matches):
            stop = clause_end.search(end)
            stop = stop.start() if stop else s_end
            if i + 1 < len(matches) and matches[i + 1][0] < stop:
                stop = matches[i + 1][0]
            spans.append((start, stop))
        self.spans = spans
        self.starts = [start for start, _ in spans]
        self._pools: dict = {}

    def __bool__(self):
        return bool(self.spans)

    def clause_at(self, offset) -> int:
        """The index of the clause holding ``offset``, or -1 (the main clause)."""
        k = bisect_right(self.starts, offset) - 1
        return k if k >= 0 and offset < self.spans[k][1] else -1

    def following(self, lower, end) -> int:
        """The index of the subordinate clause that opens right after ``end`` (only spaces
        and a comma between) with a word of :data:`~analysis.lang.milestones.DATE_CLAUSES`
        ("on Thursday when prosecutors charged …"), or -1."""
        k = bisect_left(self.starts, end)
        if k < len(self.starts):
            start = self.starts[k]
            if start - end <= 3 and not lower[end:start].strip(" ,") \
                    and lower.startswith(data.DATE_CLAUSES, start):
                return k
        return -1

    def clause_pool(self, triggers, k) -> list:
        """The triggers of subordinate clause ``k``, in the order of ``triggers``."""
        c_start, c_end = self.spans[k]
        return [t for t in triggers if c_start <= t.start < c_end]

    def pool(self, triggers, start) -> list:
        """The triggers of the clause of the date at ``start``: of its subordinate clause if
        it is in one, else of the main clause (outside every subordinate clause); in the
        order of ``triggers``.  Remembered for each list of triggers and clause."""
        k = self.clause_at(start)
        key = (id(triggers), k)
        found = self._pools.get(key)
        if found is None:
            if k < 0:
                pool = [t for t in triggers if self.clause_at(t.start) < 0]
            elif len(triggers) <= SHORT:
                c_start, c_end = self.spans[k]
                pool = [t for t in triggers if c_start <= t.start < c_end]
            else:
                c_start, c_end = self.spans[k]
                inner = [(rank, t) for t, rank in _window(triggers, self._pools).starting(c_start, c_end - 1)]
                inner.sort(key=_first)
                pool = [t for _, t in inner]
            found = self._pools[key] = (triggers, pool)     # the list is kept: its id stays its own
        return found[1]


def _window(pool, cache: dict) -> ByStart:
    """The :class:`ByStart` of ``pool``, built once per list (``cache`` keeps the list alive)."""
    key = ("window", id(pool))
    found = cache.get(key)
    if found is None:
        found = cache[key] = (pool, ByStart(pool))
    return found[1]


def nearest(lower, pool: list, start, end, boundary, taken=None, *, index: ByStart | None = None,
            commas: bool = True):
    """``(trigger, score)``: the trigger of ``pool`` with the lowest score (distance + kind
    penalty + commas + clause boundaries), the first of the pool on a tie; ``(None,
    MAX_SCORE + 1)`` when none scores :data:`~analysis.lang.milestones.MAX_SCORE` or less.
    Triggers overlapping an offset of ``taken`` are left out.  ``index`` is the
    :class:`ByStart` of a long pool.  Without ``commas``, commas after the date cost
    nothing (a date that opens its sentence: the commas are the subject's).

    The distance and the kind's penalty are a lower bound of the score, so
    the punctuation of a gap is only read for triggers that can still win, and
    only the triggers near the date are read at all.
    """
    tiers, limit = data.TIER_PENALTY, data.MAX_SCORE
    if index is not None and len(pool) > SHORT:
        # the triggers at most ``reach`` characters away, in the order of the pool
        reach = limit - min(0, min(tiers.values()))      # no penalty is negative: ``limit``
        pool = [t for t, _ in sorted(index.around(start, end, reach), key=_second)]
    ranked = []
    for trigger in pool:
        if trigger.end <= start:
            lo, hi = trigger.end, start
        elif trigger.start >= end:
            lo, hi = end, trigger.start
        else:
            lo = hi = start
        bound = hi - lo + tiers[trigger.kind]
        if bound <= limit:
            if taken is not None and not taken.isdisjoint(range(trigger.start, trigger.end)):
                continue
            ranked.append((bound, lo, hi, trigger))
    if not ranked:
        return None, limit + 1
    if len(ranked) > 1:
        ranked.sort(key=_first)         # stable: the first of the pool on a tie
    best, best_score = None, limit + 1
    for bound, lo, hi, trigger in ranked:
        if bound >= best_score:
            break
        score = bound
        if hi > lo:
            text = lower[lo:hi]
            if "," in text and (commas or lo < start):
                score += data.COMMA_PENALTY * text.count(",")
            score += data.BOUNDARY_PENALTY * len(boundary.findall(text))
        if score < best_score:
            best, best_score = trigger, score
    return best, best_score


def one_date_each(lower, chosen, boundary, triggers, fronted=frozenset()):
    """``(group, trigger, outcomes)`` for each group of dates that gets an event: the nearest
    of its pool, each event taking one group (an enumeration or a range is one group).

    ``chosen`` holds ``(group, pool, outcomes)``; a long pool is indexed once
    (:class:`ByStart`).  The closest pair is settled first; a group whose nearest
    event is taken tries the others of its pool.  Returned in the order of the groups.
    The groups whose index is in ``fronted`` open their sentence: their commas are free.
    """
    if len(chosen) == 1:
        group, pool, outcomes = chosen[0]
        best, _ = nearest(lower, pool, group[0][2], group[-1][3], boundary,
                          index=ByStart(pool) if len(pool) > SHORT else None, commas=0 not in fronted)
        return [(group, best, outcomes)] if best is not None else []
    cache: dict = {}
    # Lazy greedy: a group's score can only grow when events are taken, so a popped
    # entry whose event is still free is the true minimum; a stale one is recomputed.
    # Same choices as recomputing every group each round, without its O(n^3) on a long
    # sentence full of dates.
    heap = []
    for i, (group, pool, _) in enumerate(chosen):
        index = _window(pool, cache) if len(pool) > SHORT else None
        best, score = nearest(lower, pool, group[0][2], group[-1][3], boundary, index=index,
                              commas=i not in fronted)
        if best is not None:
            heap.append((score, i, best))
    heapq.heapify(heap)
    taken: set[int] = set()      # character offsets of the events taken
    settled = {}
    everything = None
    while heap:
        score, i, best = heapq.heappop(heap)
        if not taken.isdisjoint(range(best.start, best.end)):
            group, pool, _ = chosen[i]
            index = _window(pool, cache) if len(pool) > SHORT else None
            best, score = nearest(lower, pool, group[0][2], group[-1][3], boundary, taken, index=index,
                                  commas=i not in fronted)
            if best is not None:
                heapq.heappush(heap, (score, i, best))
            continue
        settled[i] = best
        if everything is None:
            everything = _window(triggers, cache)
        for start, end in same_event(lower, best, everything):
            taken.update(range(start, end))
    if len(settled) < len(chosen):
        _hand_over(lower, chosen, settled, taken, boundary, cache, everything, fronted)
    return [(chosen[i][0], settled[i], chosen[i][2]) for i in sorted(settled)]


def _hand_over(lower, chosen, settled, taken, boundary, cache, everything, fronted=frozenset()) -> None:
    """Give a group left without an event the event it is nearest to when the group that
    took it can take another free one ("tightened controls in July 2019 and removed Seoul
    from its list the following month": July goes back to "tightened", the following
    month takes "removed").  One step, for each group left out; in place."""
    owner = {id(trigger): i for i, trigger in settled.items()}
    for i, (group, pool, _) in enumerate(chosen):
        if i in settled:
            continue
        index = _window(pool, cache) if len(pool) > SHORT else None
        wanted, _ = nearest(lower, pool, group[0][2], group[-1][3], boundary, index=index,
                            commas=i not in fronted)
        j = owner.get(id(wanted)) if wanted is not None else None
        if j is None:
            continue
        other, other_pool, _ = chosen[j]
        index = _window(other_pool, cache) if len(other_pool) > SHORT else None
        instead, _ = nearest(lower, other_pool, other[0][2], other[-1][3], boundary, taken, index=index,
                             commas=j not in fronted)
        if instead is None:
            continue
        settled[i], settled[j] = wanted, instead
        owner[id(wanted)], owner[id(instead)] = i, j
        for start, end in same_event(lower, instead, everything):
            taken.update(range(start, end))


def same_event(lower, best, triggers: ByStart) -> list[tuple[int, int]]:
    """Spans of ``best`` and of the triggers of its kind chained to it with at most
    :data:`~analysis.lang.milestones.SAME_EVENT_GAP` characters and no punctuation between.

    A trigger joins when the gap to the span grown so far allows it, and a
    larger span only shortens a gap: the span is the same whatever order the
    triggers are read in, so only those near its ends are read, again after
    each one that joins (a chain of thousands of triggers is not read again
    for each of them).
    """
    lo, hi = best.start, best.end
    gap_max = data.SAME_EVENT_GAP
    grown = True
    while grown:
        grown = False
        for t, _ in triggers.beside(lo, hi, gap_max):
            if t.kind != best.kind or (t.start >= lo and t.end <= hi):
                continue
            if t.start - hi > gap_max or lo - t.end > gap_max:
                continue  # too far: never slice the text in between
            gap = lower[hi:t.start] if t.start >= hi else lower[t.end:lo] if t.end <= lo else ""
            if len(gap) <= gap_max and not CLAUSE_END.search(gap) and "." not in gap:
                lo, hi, grown = min(lo, t.start), max(hi, t.end), True
                break
    return [(lo, hi)]


def phrases_pattern(phrases) -> str:
    """Alternatives of a pattern for ``phrases``, longest first (any apostrophe, any spaces)."""
    return "|".join(p.replace("'", _APOS).replace(" ", r"\s+")
                    for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=None)
def venue_pattern(language: str) -> re.Pattern:
    """What stands right before a country named as a venue: "in (the) ", « dans la capitale »."""
    prepositions, towns = data.VENUE_PREPOSITIONS[language], data.VENUE_TOWNS[language]
    return re.compile(rf"(?<![^\W_])(?:{phrases_pattern(prepositions)})\s+(?:(?:{phrases_pattern(data.VENUE_DETERMINERS)})\s*)?"
                      rf"(?:(?:{phrases_pattern(towns)})\s+)?$")


def venues(lower, local, venue, s_start) -> set[str]:
    """Countries the mentions ``local`` (a sentence's) name only as the place of a meeting
    (see :data:`~analysis.lang.milestones.VENUE_KINDS`): "in Kazan, Russia", « dans la
    capitale djiboutienne »; a country also named otherwise in the sentence (a person's,
    a subject, « son homologue russe ») is no venue.

    >>> rows = [("d", 0, 12, 17, "Kazan", "PLACE", None, "Kazan", "RUS", "name", None),
    ...         ("d", 0, 19, 25, "Russia", "COUNTRY", None, "Russia", "RUS", "name", None)]
    >>> sorted(venues("they met in kazan, russia.", rows, venue_pattern("en"), 0))
    ['RUS']
    """
    venues, others, last = set(), set(), None
    for row in sorted(local, key=_third):
        country = row[8]
        if not country:
            continue
        start = row[2]
        is_venue = row[5] in ("COUNTRY", "PLACE") and (
            venue.search(lower, max(s_start, start - 40), start) is not None
            or (last is not None and last[8] == country and lower[last[3]:start].strip() == ","))
        (venues if is_venue else others).add(country)
        last = row if is_venue else None
    return venues - others


class FirstAfter:
    """The first trigger of a list (in its order) that starts at an offset or after, in log
    time (a short list is read whole)."""

    __slots__ = ("triggers", "starts", "first")

    def __init__(self, triggers):
        self.triggers, self.starts, self.first = triggers, None, None

    def at_or_after(self, offset):
        triggers = self.triggers
        if len(triggers) <= SHORT:
            return next((t for t in triggers if t.start >= offset), None)
        if self.starts is None:
            order = sorted(range(len(triggers)), key=lambda i: triggers[i].start)
            self.starts = [triggers[i].start for i in order]
            self.first = [None] * (len(order) + 1)       # first[j]: the earliest listed of order[j:]
            earliest = None
            for j in range(len(order) - 1, -1, -1):
                if earliest is None or order[j] < earliest:
                    earliest = order[j]
                self.first[j] = triggers[earliest]
        return self.first[bisect_left(self.starts, offset)]


def narrowed(paired, triggers, clauses) -> list:
    """``paired`` where an event of a kind "not specified below" (a diplomatic crisis)
    gives its date to the nearest trigger of a narrower kind of the same clause
    (:data:`~analysis.lang.milestones.SPECIFIC_KINDS`: the expulsion of envoys) that
    dates nothing else."""
    used = Spans([(t.start, t.end) for _, t, _ in paired])
    out = []
    for group, best, outcomes in paired:
        narrower = data.SPECIFIC_KINDS.get(best.kind)
        if narrower:
            pool = clauses.pool(triggers, group[0][2]) if clauses else triggers
            free = [t for t in pool if t.kind in narrower and not used.overlaps(t.start, t.end)]
            if free:
                middle = (group[0][2] + group[-1][3]) // 2
                best = min(free, key=lambda t: abs((t.start + t.end) // 2 - middle))
                used = Spans(used.spans + [(best.start, best.end)])
        out.append((group, best, outcomes))
    return out
