"""A person's country from another person or from the article's pair of countries.

Used by :func:`analysis.entities.people.find_people` for the people that the words
next to their name leave without a country:

- a possessive before the role ("son ministre du Commerce, Germán Umaña", "his
  foreign minister, X"): the country of the last person with a country named
  before it, in the sentence or the one before (the leader "son" refers to);
- a succession noun ("le prédécesseur de M. Petro, Iván Duque", "the successor of
  Mr Tinubu, X"): the country of that person;
- a posted role before a place ("l'ambassadeur à Niamey, Sylvain Itté", "the
  ambassador in Beijing, X"): the other country of the article's pair (the two
  countries it names most), when the place's country is one of them; else the
  country whose embassy was named last ("the Mexican embassy … the head of the
  mission, X");
- a role with its country after the name ("Félix Plasencia avait pris ses
  fonctions d'ambassadeur du Venezuela", "X, ambassador of Peru"): that country.

Each rule reads a short window before or after the first mention of the person
and a few bisections over the name hits: no pass over the whole article per person.

>>> import datetime
>>> from analysis.text import Document
>>> from analysis.entities import find_mentions
>>> doc = Document("d", "Le président kényan William Ruto est arrivé avec son ministre des "
...                "Finances, John Mbadi.", "fr", datetime.date(2024, 1, 1))
>>> [(r[4], r[8]) for r in find_mentions(doc) if r[5] == "PERSON"]
[('William Ruto', 'KEN'), ('John Mbadi', 'KEN')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..lang import people as lang
from .gazetteer import CITY, COUNTRY, DEMONYM, REGION
from .keys import name_key
from .scan import previous_word

__all__ = ["borrowed_countries"]

_FAMILY_FIRST: dict[str, frozenset] = {}   # country -> family names written first there
for _countries, _names in lang.FAMILY_NAMES_FIRST_BY_COUNTRY.items():
    for _country in _countries:
        _FAMILY_FIRST[_country] = _FAMILY_FIRST.get(_country, frozenset()) | frozenset(_names)
_LOOK_BACK = 64   # person rows read back for the leader a possessive refers to
_HONORIFIC = r"(?:M\.|Mme|MM\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+"
_POSSESSIVE = re.compile(r"\b(?:" + "|".join(lang.POSSESSIVES_BEFORE_ROLE) +
                         r")\s+[^,.;:!?()«»\"“”]{2,60}?,?\s*\Z", re.IGNORECASE)
_SUCCESSION = re.compile(r"\b(?:" + "|".join(lang.SUCCESSION_NOUNS) + r")\s+(?:de\s+|d['’]|of\s+)"
                         rf"(?:{_HONORIFIC})?([A-ZÀ-Þ][\w'’-]+)\s*,?\s*\Z")
_POSTED = re.compile(r"\s+(?:" + "|".join(lang.POSTED_PREPOSITIONS) + r")\s+\Z")
_LINK = re.compile(r"\s+(?:" + "|".join(re.escape(w) + (r"\s*" if w[-1] in "'’" else r"\s+")
                                         for w in lang.ROLE_COUNTRY_LINKS) + ")")
_PLACE_END = re.compile(r"\s*,?\s*\Z")
_COORDINATED = re.compile(r"\s(?:" + "|".join(lang.COORDINATORS) + r")\s+\Z")
_FORMER = re.compile(r"(?:^|[\s’'])(?:" + "|".join(re.escape(w) for w in lang.FORMER_WORDS) +
                     r")\s*\Z", re.IGNORECASE)  # "then prime minister"


def borrowed_countries(ctx, people, mentions: list[tuple]) -> dict[str, str]:
    """``{entity_id: ISO3}`` for the people without a country whom one of the rules of
    this module gives one.  ``mentions`` are the person rows of ``find_people``."""
    lonely = [p for p in people.values() if p.country is None]
    if not lonely:
        return {}
    rows = sorted(mentions)
    starts = [r[0] for r in rows]
    ends = {}
    for r in rows:
        ends.setdefault(r[2], r[1])
    found: dict[str, str] = {}
    cache: dict = {}   # answers shared by the people of one article (holders, sentences)
    pair = None
    text = ctx.text
    for person in lonely:
        pos = person.first
        s_start, s_end = ctx.sentence(pos)
        before = text[max(s_start, pos - 120):pos]
        country = None
        m = _SUCCESSION.search(before)
        if m is not None:
            country = _country_of_named(m.group(1), people, person, cache)
        if country is None and person.role is not None:
            m = _POSSESSIVE.search(before)
            if m is not None:
                country = _last_country_before(ctx, rows, starts, pos - len(before) + m.start(),
                                               person.entity_id)
        if country is None and person.role in lang.POSTED_ROLES:
            if pair is None:
                pair = _pair(ctx)
            country = _posted_from(ctx, before, pos, pair) or _mission_country(ctx, pos)
        if country is None:
            country = _role_country_after(ctx, ends.get(person.entity_id, pos), s_end, starts, rows)
        if country is None and (person.role in lang.HEAD_ROLES or _COORDINATED.search(before)):
            if pair is None:
                pair = _pair(ctx)
            if len(pair) == 2:
                country = _coordinated(ctx, before, pos, rows, starts, pair) or \
                    _head_of(ctx, person, pos, people, pair, cache)
        if country is None and person.role in lang.DOMESTIC_ROLES:
            if ("sentence", s_start) not in cache:
                cache[("sentence", s_start)] = _sentence_country(ctx, s_start, s_end)
            country = cache[("sentence", s_start)] or _country_just_before(ctx, pos, s_start)
        if country is not None:
            found[person.entity_id] = country
    return found


def _country_just_before(ctx, pos: int, s_start: int) -> str | None:
    """The country or demonym ending at most 48 characters before the role of the name
    at ``pos``, with no comma, clause end or other role between ("au Venezuela à l'appel
    de l'opposant X"), or None."""
    role_start = _role_ending(ctx, pos)
    if role_start is None:
        return None
    floor = max(s_start, role_start - 48)
    k = bisect_left(ctx.name_starts, role_start) - 1
    while k >= 0 and ctx.names[k][0] >= floor:
        h = ctx.names[k]
        if h[1] <= role_start:
            if h[2] not in (COUNTRY, DEMONYM) or re.search(r"[,;:.()«»“”]", ctx.text[h[1]:role_start]):
                return None
            # a role between takes the country word ("the Mexican ambassador over remarks
            # on presidential candidate X")
            i = bisect_left(ctx.role_starts, h[1])
            return h[3] if i >= len(ctx.role_starts) or ctx.role_starts[i] >= role_start else None
        k -= 1
    return None


def _sentence_country(ctx, s_start: int, s_end: int) -> str | None:
    """The one country a sentence names (countries, demonyms, places), or None."""
    found = set()
    for k in range(bisect_left(ctx.name_starts, s_start), len(ctx.names)):
        h = ctx.names[k]
        if h[0] >= s_end:
            break
        if h[2] in (COUNTRY, DEMONYM):
            found.add(h[3])
        elif h[2] in (CITY, REGION) and h[6] is not None and h[6][3] is not None:
            found.add(h[6][3])
        if len(found) > 1:
            return None
    return next(iter(found)) if found else None


def _country_of_named(word: str, people, person, cache: dict) -> str | None:
    """The country of the first person with one whose family name is ``word``."""
    index = cache.get("family")
    if index is None:   # family key -> people with a country, built once per article
        index = cache["family"] = {}
        for other in people.values():
            if other.country is not None:
                for key in other.family:
                    index.setdefault(key, []).append(other)
    for other in index.get(name_key(word), ()):
        if other is not person:
            return other.country
    return None


def _last_country_before(ctx, rows, starts, pos: int, entity_id: str) -> str | None:
    """The country of the last person row with one before ``pos``, in its sentence or the
    one before — or of a country named in its sentence after that row, the subject the
    possessive refers to ("Le Maroc avait rappelé son ambassadrice, X", "Kenya recalled
    its ambassador, X")."""
    s_start = ctx.sentence(pos)[0]
    floor = ctx.sentence(s_start - 1)[0] if s_start > 0 else 0
    last = bisect_left(starts, pos) - 1
    found, at = None, -1
    for k in range(last, max(-1, last - _LOOK_BACK), -1):   # a few rows back, not a whole huge sentence
        r = rows[k]
        if r[0] < floor:
            break
        if r[2] != entity_id and r[4] is not None:
            found, at = r[4], r[0]
            break
    k = bisect_left(ctx.name_starts, pos) - 1
    while k >= 0 and ctx.names[k][0] >= max(s_start, at + 1):
        h = ctx.names[k]
        if h[2] == COUNTRY and h[1] <= pos and \
                previous_word(ctx.lower, h[0]) not in lang.PREPOSITIONS_BEFORE_PLACE:
            return h[3]   # "Paris a envoyé au Niger son ambassadeur": no subject
        k -= 1
    return found


def _pair(ctx) -> tuple:
    """The two countries the article names most (by name or demonym), or fewer."""
    counts = Counter(h[3] for h in ctx.names if h[2] in (COUNTRY, DEMONYM))
    return tuple(c for c, _ in counts.most_common(2))


def _posted_from(ctx, before: str, pos: int, pair: tuple) -> str | None:
    """"l'ambassadeur à Niamey, X": the country of the pair that is not Niamey's."""
    if len(pair) != 2:
        return None
    m = _PLACE_END.search(before)
    place_end = pos - len(before) + m.start()
    k = bisect_left(ctx.name_starts, place_end - 60)
    place = None
    for h in ctx.names[k:]:
        if h[0] >= place_end:
            break
        if h[1] == place_end and h[2] in (CITY, REGION, COUNTRY) and \
                (h[2] == COUNTRY or h[6] is not None):
            place = h
    if place is None:
        return None
    prep = _POSTED.search(ctx.text, max(0, place[0] - 12), place[0])
    if prep is None:
        return None
    i = bisect_left(ctx.role_ends, prep.start())
    if i >= len(ctx.role_ends) or ctx.role_ends[i] != prep.start():
        return None
    role = ctx.word_at.get(ctx.role_starts[i])
    if role is None or role[3] not in lang.POSTED_ROLES:
        return None
    host = place[3] if place[2] == COUNTRY else place[6][3]
    if host not in pair:
        return None
    return pair[1] if pair[0] == host else pair[0]


def _role_country_after(ctx, end: int, s_end: int, starts, rows) -> str | None:
    """"X avait pris ses fonctions d'ambassadeur du Venezuela", "X, ambassador of Peru":
    the country right after the first role following the name in its sentence."""
    k = bisect_left(ctx.role_starts, end)
    if k >= len(ctx.role_starts) or ctx.role_starts[k] >= min(s_end, end + 80):
        return None
    role_start, role_end = ctx.role_starts[k], ctx.role_ends[k]
    j = bisect_left(starts, end)
    if j < len(rows) and rows[j][0] < role_start:
        return None   # another person stands between
    m = _LINK.match(ctx.text, role_end)
    if m is None:
        return None
    h = ctx.name_at.get(m.end())
    if h is not None and h[0] == m.end() and h[2] == COUNTRY:
        return h[3]
    return None


def _role_ending(ctx, pos: int) -> int | None:
    """Start of the role hit ending right before ``pos`` (spaces and a comma aside)."""
    text = ctx.text
    j = pos
    while j > 0 and text[j - 1] in " ,":
        j -= 1
    i = bisect_left(ctx.role_ends, j)
    if i < len(ctx.role_ends) and ctx.role_ends[i] == j and j < pos:
        return ctx.role_starts[i]
    return None


def _coordinated(ctx, before: str, pos: int, rows, starts, pair: tuple) -> str | None:
    """"their foreign ministers, Jeyhun Bayramov and X": a plural role right before a
    person of one country of the pair and X: the other country."""
    m = _COORDINATED.search(before)
    if m is None:
        return None
    first_end = pos - len(before) + m.start()
    k = bisect_left(starts, first_end) - 1
    if k < 0:
        return None
    first = rows[k]
    if first[1] != first_end or first[4] not in pair:
        return None
    role_start = _role_ending(ctx, first[0])
    if role_start is None:
        return None
    role = ctx.text[role_start:first[0]].rstrip(" ,")
    if not role.endswith("s"):   # a plural role: "ministers", "ministres", "dirigeants"
        return None
    return pair[1] if pair[0] == first[4] else pair[0]


def _head_of(ctx, person, pos: int, people, pair: tuple, ctx_cache: dict | None = None
             ) -> str | None:
    """A titled head of state or government without a country: the country of the pair
    whose holder of the role is not named ("President Daniel Noboa" beside Mexico's
    president), or after "then"/"former", the one whose holder is named."""
    kind = lang.HEAD_ROLES.get(person.role)
    if kind is None:
        return None
    role_start = _role_ending(ctx, pos)
    if role_start is None:
        return None
    # the press writes East Asian names family name first: "Scott Morrison" is no
    # Chinese prime minister, whatever else the article says
    possible = {c for c in pair if c not in _FAMILY_FIRST or person.name.split()[0] in _FAMILY_FIRST[c]}
    year = ctx.doc.published.year if ctx.doc.published is not None else None
    actors = ctx.gz.actors
    key = (kind, pair)
    named = ctx_cache.get(key) if ctx_cache is not None else None
    if named is not None:
        return _pick(ctx, pos, named, pair, possible)
    named = set()
    for p in people.values():
        if p is person or p.country not in pair:
            continue
        # a known actor counts only while holding the role ("Rafael Correa" is no president now)
        if p.entity_id in actors:
            role = actors[p.entity_id].role_at(year)
        else:   # "former president Rafael Correa" holds it no more
            role = None if _former(ctx, p.first) else p.role
        if lang.HEAD_ROLES.get(role) == kind:
            named.add(p.country)
    if ctx_cache is not None:
        ctx_cache[key] = named
    return _pick(ctx, pos, named, pair, possible)


def _pick(ctx, pos: int, named: set, pair: tuple, possible: set) -> str | None:
    """A present head: the pair's country with no holder named; a past one ("then",
    "former"): the one with a holder named, among the countries his name fits."""
    if _former(ctx, pos):
        named = named & possible
        return next(iter(named)) if len(named) == 1 else None
    if len(named) != 1:
        return None
    return next(c for c in pair if c not in named)


def _former(ctx, pos: int) -> bool:
    """Whether the role before the name at ``pos`` is a past one ("then prime minister X",
    "l'ancien président X")."""
    role_start = _role_ending(ctx, pos)
    return role_start is not None and \
        _FORMER.search(ctx.text, max(0, role_start - 12), role_start) is not None


_MISSION_AFTER = re.compile(r"(?:['’]s)? (?:" + "|".join(lang.MISSION_NOUNS_EN) + r")\b")
_MISSION_BEFORE = re.compile(r"\b(?:" + "|".join(lang.MISSION_NOUNS_FR) +
                             r") (?:de la |de l['’]|du |des |de |d['’])?\Z")


def _mission_country(ctx, pos: int) -> str | None:
    """The country whose embassy or consulate was named last before ``pos``, in its
    sentence or the one before ("the Mexican embassy", "Mexico's embassy", "l'ambassade
    du Mexique", "l'ambassade mexicaine"), or None."""
    s_start = ctx.sentence(pos)[0]
    floor = ctx.sentence(s_start - 1)[0] if s_start > 0 else 0
    text = ctx.text
    k = bisect_left(ctx.name_starts, pos) - 1
    seen = 0
    while k >= 0 and ctx.names[k][0] >= floor and seen < _LOOK_BACK:
        h = ctx.names[k]
        seen += 1
        if h[2] in (COUNTRY, DEMONYM) and (
                _MISSION_AFTER.match(text, h[1]) is not None or
                _MISSION_BEFORE.search(text, max(0, h[0] - 40), h[0]) is not None):
            return h[3]
        k -= 1
    return None
