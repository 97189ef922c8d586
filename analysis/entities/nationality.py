"""A person's country when the words next to the name give none.

Used by :func:`analysis.entities.people.find_people`:

- a possessive right before a title or a name gives its country ("Ecuador's
  President X", "Germany's foreign minister X", "Brazil’s Lula");
- a new person with a governmental title and no country takes the country of the
  one government noun its first sentence names ("Foreign Minister X said Mexican
  diplomats would leave", "les diplomates mexicains"), or, after a bare government
  noun ("le porte-parole du gouvernement, X"), of the last sentence before that
  names a government with its country; with none or several, the country stays
  None — unless the name opens with a family name of
  ``lang.FAMILY_NAMES_FIRST_BY_COUNTRY`` borne in exactly one country the
  article names;
- the rules of :mod:`.affiliation` (another person, the article's pair of
  countries) come last.

Each question reads one sentence or a short window through bisections over the
name hits, and a sentence's answer is kept for the other people in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..lang import people as lang
from .affiliation import borrowed_countries
from .gazetteer import CITY, COUNTRY, DEMONYM, REGION

# The countries where each family name written first ("Xi", "Vo") is borne.
_FAMILY_COUNTRIES: dict[str, frozenset] = {}
for _group, _names in lang.FAMILY_NAMES_FIRST_BY_COUNTRY.items():
    for _name in _names:
        _FAMILY_COUNTRIES[_name] = _FAMILY_COUNTRIES.get(_name, frozenset()) | frozenset(_group)


def infer_countries(ctx, people, mentions: list[tuple]) -> list[tuple]:
    """Give a country to the new people with a governmental title and none (from the
    sentence, the sentences before, or the family name), then to those
    :func:`~.affiliation.borrowed_countries` gives one; ``mentions`` (the person rows)
    with the countries so found."""
    inferred = set()
    mentioned = None
    for person in people.values():
        if person.country is None and person.role in lang.GOVERNMENT_ROLES and \
                person.entity_id.startswith("~"):
            person.country = _government_country(ctx, person.first) or \
                _bare_government_country(ctx, person.first)
            if person.country is None and person.name.split()[0] in _FAMILY_COUNTRIES:
                if mentioned is None:
                    mentioned = {h[3] if h[2] in (COUNTRY, DEMONYM) else h[6][3] for h in ctx.names
                                 if h[2] in (COUNTRY, DEMONYM, CITY, REGION) and h[6] is not None}
                person.country = _family_country(person.name, mentioned)
            if person.country is not None:
                inferred.add(person.entity_id)
    for entity_id, country in borrowed_countries(ctx, people, mentions).items():
        people[entity_id].country = country
        inferred.add(entity_id)
    if inferred:
        mentions = [m[:4] + (people[m[2]].country,) + m[5:] if m[2] in inferred else m
                    for m in mentions]
    return mentions


def _family_country(name: str, mentioned: set) -> str | None:
    """The one country of the article (named, or the country of a place it names) where
    the family name that opens ``name`` is borne ("le président Vo Van Thuong" in an
    article that names Vietnam; not "Kim" when Seoul and Pyongyang are named), or None."""
    found = _FAMILY_COUNTRIES[name.split()[0]] & mentioned
    return next(iter(found)) if len(found) == 1 else None


def _government_country(ctx, pos: int) -> str | None:
    """The one country whose government noun the sentence at ``pos`` names ("Mexican
    diplomats", "Mexico's embassy", "les diplomates mexicains"), or None (none, or several)."""
    s_start, s_end = ctx.sentence(pos)
    if s_start in ctx.governments:   # one pass per sentence, not per person in it
        return ctx.governments[s_start]
    lower, hits = ctx.lower, ctx.names
    english = ctx.doc.language == "en"
    found = set()
    for k in range(bisect_left(ctx.name_starts, s_start), len(hits)):
        h = hits[k]
        if h[0] >= s_end:
            break
        if english:
            after = h[1] + 1
            if h[2] == COUNTRY and lower.startswith(("'s ", "’s "), h[1]):
                after = h[1] + 3
            elif h[2] != DEMONYM or lower[h[1]:after] != " ":
                continue
            if _starts_noun(lower, after, lang.GOVERNMENT_NOUNS_EN):
                found.add(h[3])
        elif h[2] == DEMONYM and lower[max(0, h[0] - 1):h[0]] == " " and \
                lower[max(s_start, h[0] - 26):h[0] - 1].endswith(lang.GOVERNMENT_NOUNS_FR):
            found.add(h[3])
    country = ctx.governments[s_start] = next(iter(found)) if len(found) == 1 else None
    return country


_BARE_GOVERNMENT = re.compile(r"\b(?:" + "|".join(lang.BARE_GOVERNMENT_WORDS) + r")\b[^.;:!?()«»“”]{0,40}\Z")


def _bare_government_country(ctx, pos: int) -> str | None:
    """The government's country for a name after a bare government noun ("le porte-parole
    du gouvernement, X", "Government spokesman X"): the one country of the last sentence
    before, among a few, that names a government with its country ("le gouvernement
    ivoirien"), or None."""
    s_start, _ = ctx.sentence(pos)
    if _BARE_GOVERNMENT.search(ctx.lower, max(s_start, pos - 60), pos) is None:
        return None
    sentences = ctx.doc.sentences
    if ctx.sentence_starts is None:
        ctx.sentence_starts = [s for s, _ in sentences]
    i = bisect_right(ctx.sentence_starts, pos) - 1
    for j in range(i - 1, max(-1, i - 1 - lang.BARE_GOVERNMENT_LOOK_BACK), -1):
        country = _government_country(ctx, sentences[j][0])
        if country is not None:
            return country
    return None


def _starts_noun(lower: str, pos: int, nouns: tuple) -> bool:
    for noun in nouns:
        if lower.startswith(noun, pos):
            end = pos + len(noun)
            return end >= len(lower) or not lower[end].isalnum()
    return False


# A possessive right before a word: "Ecuador's ", "India’s ", "the Philippines' ".
_POSSESSIVE = ("'s ", "’s ", "' ", "’ ")


def possessive_country(ctx, pos: int) -> str | None:
    """The country whose possessive stands right before ``pos`` ("Ecuador's President",
    "Germany’s foreign minister", "Brazil’s Lula"), or None."""
    text = ctx.text
    if pos < 4 or text[pos - 1] != " " or text[pos - 2] not in "s'’":
        return None
    k = bisect_left(ctx.name_starts, pos) - 1
    if k < 0:
        return None
    h = ctx.names[k]
    if h[2] == COUNTRY and text[h[1]:pos] in _POSSESSIVE:
        return h[3]
    return None
