"""Linking the candidate names of an article to its people.

:func:`analysis.entities.people.find_people` finds the candidate names; this module
says who each one is:

- a name the actors table knows is that actor (one :class:`Person` per article);
- a longer name is a new person keyed by the transliteration key of the full name,
  unless its words are all in a person named before ("M. Ould Khaled" after
  "Mohamed Ould Khaled");
- single words (a surname: "Bourita", "M. Wang", "Lammy’s") join the full name
  seen in the article that contains them, else a known actor's short form, else —
  after a title only — a new person.  A single word with no title at all
  ("Doval, who is …", "MM. Kenyatta et Farmajo") joins a person named before it
  only by that person's family name: the last word, or the first when the name is
  written family name first ("Yoon" for "Yoon Suk Yeol", ``lang.FAMILY_NAME_FIRST``).

Speed: "which people hold these words?" reads the people of one word
(:class:`People`), not every person of the article; family keys are cached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import people as lang
from .gazetteer import Gazetteer
from .keys import name_key
from .spans import Cover


# Countries whose people's names the press writes family name first ("Xi Jinping").
_FAMILY_FIRST_COUNTRIES = frozenset(c for group in lang.FAMILY_NAMES_FIRST_BY_COUNTRY for c in group)


@dataclass(slots=True)
class Person:
    entity_id: str
    name: str
    country: str | None
    role: str | None
    gender: str | None
    tokens: frozenset = field(default_factory=frozenset)
    first: int = 0
    family: frozenset = field(default_factory=frozenset)   # keys a bare surname may take


class People(dict):
    """The people of an article by entity id, and each key word of a name to the people
    whose tokens hold it, in the order they were met.  "Which people have all these
    words?" then reads the people of one word, not every person of the article (an
    article naming thousands of people made that quadratic)."""

    __slots__ = ("by_token",)

    def __init__(self):
        super().__init__()
        self.by_token: dict[str, list[Person]] = {}

    def add(self, person: Person) -> None:
        self[person.entity_id] = person
        for token in person.tokens:
            self.by_token.setdefault(token, []).append(person)

    def holding(self, words: set):
        """A superset of the people whose tokens hold all ``words``, in the order met."""
        if not words:
            return self.values()
        return min((self.by_token.get(w, ()) for w in words), key=len)


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    actor: str | None = None        # actor id when the table knows the whole name
    short: str | None = None        # actor id of a short form ("Poutine")
    evidence: bool = False          # a title, role or given name introduces it
    role: str | None = None
    country: str | None = None
    gender: str | None = None
    city: bool = False              # the word is also a city's name


def bare_surnames(bare: list[Candidate], text: str, people: dict, orgs: Cover | None,
                   absorbed: set) -> list[tuple]:
    """Single capitalised words with no title that are the family name of a person named
    earlier in the article: "Doval, who is …", "MM. Kenyatta et Farmajo", "Yoon said"
    after "Yoon Suk Yeol" (the first word of a name written family name first).  A word
    that is also a city's name must be spelt as in the person's name; it is then no place
    (its start joins ``absorbed``)."""
    by_family: dict[str, list[Person]] = {}
    for p in people.values():
        for key in p.family:
            by_family.setdefault(key, []).append(p)
    rows = []
    for c in bare:
        word = text[c.start:c.end]
        matches = by_family.get(name_key(word))
        if not matches:
            continue
        before = [p for p in matches if p.first < c.start]
        if not before or (orgs and orgs.holds(c.start, c.end)):
            continue
        # the same spelling first: "Lee" is Lee Jae-myung, not Li Qiang (one key); then
        # a titled person ("Prime Minister Shehbaz Sharif", not "his brother Nawaz Sharif")
        exact = [p for p in before if word in p.name.replace("-", " ").split()]
        if c.city:
            if not exact:
                continue
            absorbed.add(c.start)
        p = max(exact or before, key=lambda p: (p.role is not None, p.first))
        rows.append((c.start, c.end, p.entity_id, p.name, p.country, "name", p.role))
    return rows


@lru_cache(maxsize=20_000)
def family_keys(names: tuple, country: str | None) -> frozenset:
    """Keys of the words a bare surname may take for a person of ``names``: the last word,
    and the first when the name is written family name first ("Xi Jinping", "Yoon Suk
    Yeol", "Vo Van Thuong": a family name of ``lang.FAMILY_NAME_FIRST`` and an East Asian
    or unknown country).

    >>> sorted(family_keys(("Wang Yi",), "CHN")), sorted(family_keys(("Kim Darroch",), "GBR"))
    (['i', 'vang'], ['darosh'])
    >>> sorted(family_keys(("Ferdinand Marcos Jr",), None))
    ['markos']
    """
    keys = set()
    for name in names:
        words = name.split()
        while len(words) > 2 and words[-1].rstrip(".") in lang.NAME_SUFFIXES:
            words.pop()   # "Ferdinand Marcos Jr.": "Marcos"
        if len(words) < 2:
            continue
        last = words[-1]
        head, _, tail = last.partition("-")
        keys.add(name_key(tail if tail and head.lower() in ("al", "el") else last))
        if words[0] in lang.FAMILY_NAME_FIRST and (country is None or country in _FAMILY_FIRST_COUNTRIES):
            keys.add(name_key(words[0]))
    keys.discard("")
    return frozenset(keys)


def person_for(c: Candidate, surface: str, gz: Gazetteer, people: dict, year) -> Person | None:
    if c.actor is not None:
        actor = gz.actors[c.actor]
        person = people.get(actor.actor_id)
        if person is None:
            roles = {r[0] for r in actor.roles}
            role = c.role if c.role in roles else actor.role_at(year) or c.role
            tokens = _ACTOR_TOKENS.get(actor.actor_id)
            if tokens is None:
                tokens = _ACTOR_TOKENS[actor.actor_id] = _tokens(actor.aliases)
            person = Person(actor.actor_id, actor.name, actor.country, role, actor.gender,
                            tokens, c.start, family_keys(tuple(actor.aliases), actor.country))
            people.add(person)
        return person
    key = name_key(surface)
    entity_id = "~" + key.replace(" ", "-")
    words = set(key.split())
    earlier = [p for p in people.holding(words)
               if words < p.tokens and (c.gender is None or p.gender in (None, c.gender))]
    if earlier:  # "M. Ould Khaled" after "Mohamed Ould Khaled"
        return max(earlier, key=lambda p: p.first)
    person = people.get(entity_id)
    if person is None:
        person = Person(entity_id, " ".join(surface.split()), c.country, c.role, c.gender,
                        frozenset(key.split()), c.start, family_keys((surface,), c.country))
        people.add(person)
    else:
        person.country = person.country or c.country
        person.role = person.role or c.role
    return person


_ACTOR_TOKENS: dict[str, frozenset] = {}   # actor id -> keys of the words of its aliases


def _tokens(aliases: list[str]) -> frozenset:
    return frozenset(t for a in aliases for t in name_key(a).split() if len(t) > 1)


def resolve_single(c: Candidate, text: str, gz: Gazetteer, people: dict, year) -> Person | None:
    """A surname alone: the person of the article it belongs to, a known actor, or a new person."""
    key = name_key(text[c.start:c.end])
    if key and people:
        words = set(key.split())
        matches = [p for p in people.holding(words)
                   if words <= p.tokens and (c.gender is None or p.gender in (None, c.gender))]
        if matches:
            before = [p for p in matches if p.first <= c.start]
            return max(before, key=lambda p: p.first) if before else min(matches, key=lambda p: p.first)
    if c.short is not None:
        return person_for(Candidate(c.start, c.end, actor=c.short, role=c.role), "", gz, people, year)
    if c.evidence and c.gender is not None or (c.evidence and c.role is not None):
        return person_for(c, text[c.start:c.end], gz, people, year)
    return None
