"""The actors of one sentence, indexed once, read around each trigger.

:class:`~analysis.vocabulary.actors.SentenceActors` picks an event's source
and target among the actors before and after its trigger.  Listing those
for every trigger reads the whole sentence each time: seconds for a
sentence of thousands of names (a long list without a full stop, hostile
input).  :class:`ActorIndex` sorts a sentence's actors once and answers the
questions the assignment asks about them in (amortised) constant time
(a sentence of at most :data:`SMALL` actors, the usual one, is just read:
:func:`around` gives its lists, the "after" one an :class:`ActorList`):

- :meth:`ActorIndex.before`: the actors ending by the trigger's start, not
  after a locative preposition, as a list-like :class:`Before` that shares
  the sentence's list (only its last few actors are ever read);
- :meth:`ActorIndex.after`: the actors starting after the trigger's start,
  as an :class:`After` whose first actor of another country, first
  possible subject, ... come from tables of "next such actor" computed once.

An actor is ``(start, end, code, iso3, locative)`` (``iso3`` None for a pair
expression, "les deux ministres").

>>> index = ActorIndex([(0, 5, "MAR", "MAR", False), (20, 26, "ESP", "ESP", False)], "")
>>> before = index.before(10)
>>> len(before), before[-1][2], index.after(10).first_other("MAR")[2]
(1, 'MAR', 'ESP')
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import chain, islice

__all__ = ["ActorIndex", "Before", "After", "ActorList", "around", "POSSESSIVE_ENDINGS", "SMALL"]

#: Up to this many actors in a sentence, they are read one by one for each
#: trigger (cheaper than building the tables of an :class:`ActorIndex`).
SMALL = 24


def around(actors: list[tuple], start: int) -> tuple[list, "ActorList"]:
    """The actors before and after ``start`` of a small sentence, read one by one:
    those ending by ``start`` (not after a locative) and those starting after it."""
    before = []
    after = ActorList()
    for actor in actors:
        if actor[1] <= start:
            if not actor[4]:
                before.append(actor)
        elif actor[0] > start:
            after.append(actor)
    return before, after

#: What follows a possessive actor ("North Korea's launches"): it is no subject.
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "' ", "\u2019 ")


class ActorIndex:
    """The actors of one sentence, sorted by start, with their "next such actor" tables.

    Each table holds, for every index ``i`` (and ``len(actors)``), the
    first index ``j >= i`` of an actor of some kind (``len(actors)`` when
    none): :attr:`free` a possible subject (neither locative nor
    possessive), :attr:`placed` a non-locative one, :attr:`named` one of a
    country (not a pair), :attr:`second` the first one of a country after
    :attr:`named` ``[i]`` of another country; :attr:`other` the first
    index after ``i`` whose country differs from that of ``i``.
    """

    def __init__(self, actors: list[tuple], lower: str):
        self.actors = actors
        self.starts = [a[0] for a in actors]
        self.possessive = [lower.startswith(POSSESSIVE_ENDINGS, a[1]) for a in actors]
        #: the non-locative actors (the sources: "visite au Maroc" is none), by start
        self.sources = [a for a in actors if not a[4]]
        self.source_starts = [a[0] for a in self.sources]
        #: the longest source: one starting farther back than that before a point ends before it
        self.longest = max((a[1] - a[0] for a in self.sources), default=0)
        n = len(actors)
        free = [n] * (n + 1)
        placed = [n] * (n + 1)
        named = [n] * (n + 1)
        second = [n] * (n + 1)
        other = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            actor = actors[i]
            country = actor[3]
            placed[i] = placed[i + 1] if actor[4] else i
            free[i] = free[i + 1] if actor[4] or self.possessive[i] else i
            if i + 1 < n:
                other[i] = i + 1 if actors[i + 1][3] != country else other[i + 1]
            if country:
                named[i] = i
                j = named[i + 1]
                second[i] = j if j == n or actors[j][3] != country else second[j]
            else:
                named[i] = named[i + 1]
                second[i] = second[i + 1]
        self.free, self.placed, self.named, self.second, self.other = free, placed, named, second, other

    def before(self, start: int) -> "Before":
        """The sources ending at or before ``start``, in order of their starts."""
        sources = self.source_starts
        near = bisect_left(sources, start - self.longest)  # all those before it end by start
        tail = [a for a in islice(self.sources, near, bisect_right(sources, start)) if a[1] <= start]
        return Before(self.sources, near, tail)

    def after(self, start: int) -> "After":
        """The actors starting after ``start`` (after the trigger or inside a
        multi-word one), in order."""
        return After(self, bisect_right(self.starts, start))


class Before:
    """A list of actors read from its end: ``items[:size]`` followed by ``tail``.

    Supports ``len``, truth, indexing (negative too) and prefix slices
    (``before[:-1]``), what the assignment uses, without copying ``items``.
    """

    __slots__ = ("items", "size", "tail")

    def __init__(self, items: list, size: int, tail: list):
        self.items, self.size, self.tail = items, size, tail

    def __len__(self) -> int:
        return self.size + len(self.tail)

    def __getitem__(self, key):
        length = self.size + len(self.tail)
        if isinstance(key, slice):
            begin, stop, step = key.indices(length)
            if begin != 0 or step != 1:
                return [self[i] for i in range(begin, stop, step)]
            if stop <= self.size:
                return Before(self.items, stop, [])
            return Before(self.items, self.size, self.tail[:stop - self.size])
        if key < 0:
            key += length
        if not 0 <= key < length:
            raise IndexError("actor index out of range")
        return self.items[key] if key < self.size else self.tail[key - self.size]

    def __iter__(self):
        yield from islice(self.items, self.size)
        yield from self.tail


class ActorList(list):
    """The actors after a trigger in a small sentence: :class:`After`'s questions, read one by one."""

    __slots__ = ()

    def prepend(self, actor) -> "ActorList":
        return ActorList([actor, *self])

    def beyond(self, start: int) -> "ActorList":
        return ActorList([a for a in self if a[0] > start])

    def first_other(self, country: str):
        for actor in self:
            if actor[3] != country:
                return actor
        return None

    def first_target(self, country: str):
        for actor in self:
            if actor[3] and actor[3] != country:
                return actor[2]
        return None

    def subject(self, possessive):
        subjects = [a for a in self if not a[4]]
        if len(subjects) > 1 and possessive(subjects[0]):
            subjects = [a for a in subjects if not possessive(a)] or subjects
        return subjects[0] if subjects else None


class After:
    """The actors of a sentence from index ``at`` on, after a few ``head`` ones."""

    __slots__ = ("index", "at", "head")

    def __init__(self, index: ActorIndex, at: int, head: tuple = ()):
        self.index, self.at, self.head = index, at, head

    def __iter__(self):
        return chain(self.head, islice(self.index.actors, self.at, None))

    def prepend(self, actor) -> "After":
        """These actors after ``actor``."""
        return After(self.index, self.at, (actor,) + self.head)

    def beyond(self, start: int) -> "After":
        """Those starting after ``start`` (the actors are in order of start)."""
        head = tuple(a for a in self.head if a[0] > start)
        return After(self.index, max(self.at, bisect_right(self.index.starts, start)), head)

    def first_other(self, country: str):
        """The first actor not of ``country`` (a pair expression is none), or None."""
        for actor in self.head:
            if actor[3] != country:
                return actor
        actors = self.index.actors
        j = self.at
        if j < len(actors) and actors[j][3] == country:
            j = self.index.other[j]
        return actors[j] if j < len(actors) else None

    def first_target(self, country: str):
        """The code of the first actor of a country other than ``country``, or None."""
        for actor in self.head:
            if actor[3] and actor[3] != country:
                return actor[2]
        index = self.index
        j = index.named[self.at]
        if j < len(index.actors) and index.actors[j][3] == country:
            j = index.second[j]
        return index.actors[j][2] if j < len(index.actors) else None

    def subject(self, possessive):
        """The first non-locative actor; if it is a possessive ("Korea's") and
        another follows, the first that is neither (else that possessive)."""
        index = self.index
        first = None
        rest = 0  # non-locative actors after the first, in the head
        for actor in self.head:
            if not actor[4]:
                if first is None:
                    first = actor
                else:
                    rest += 1
        at = index.placed[self.at]
        if first is None:
            if at == len(index.actors):
                return None
            first, first_possessive = index.actors[at], index.possessive[at]
            at = index.placed[at + 1]
        else:
            first_possessive = possessive(first)
        if not first_possessive or (rest == 0 and at == len(index.actors)):
            return first
        for actor in self.head:
            if not actor[4] and not possessive(actor):
                return actor
        j = index.free[self.at]
        return index.actors[j] if j < len(index.actors) else first
