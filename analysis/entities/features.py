"""Names of physical features built on a head noun: one PLACE each.

A capitalised name on a feature noun of ``analysis.lang.countries`` is one place,
whether or not a table lists it: "the Galwan Valley", "the Strait of Malacca",
"Lake Tana", "la vallée de la Bekaa", "le lac Tana", "le fleuve Sénégal".  The
whole name is the mention, so a city or country word inside it is no mention
of its own: "Valley" (a city of Anguilla) in "Galwan Valley", Korea in "the
Korean Peninsula", Mexico in "le golfe du Mexique".  A name that goes on with
another capitalised word belongs to something else ("Gulf Cooperation
Council", "Silicon Valley Bank") and is left alone.

>>> import datetime
>>> from analysis.text import Document
>>> doc = Document("d", "Troops clashed in the Galwan Valley in 2020.", "en", datetime.date(2024, 1, 1))
>>> [(doc.text[h[0]:h[1]], h[6][1]) for h in find_features(doc, [])]
[('Galwan Valley', 'place:~galwan-valley')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from ..lang import countries as lang
from ..lang.calendar import MONTHS, WEEKDAYS
from .gazetteer import REGION, normalise
from .keys import slug
from .spans import Cover

__all__ = ["find_features", "later_uses"]

_START = itemgetter(0)

# (a period inside a word, "U.S.", or after an abbreviation, "St.", "Mt.": a name stops at
# a sentence's end, not "Strait of Hormuz. The Gulf")
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ](?:[\w’'-]|\.(?=\w))*(?:(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z])\.)?"
_CAP_NAME = rf"{_CAP_WORD}(?: {_CAP_WORD}){{0,2}}"
# Capitalised words right before an English head ("Galwan Valley", "Pearl River Delta").
_WORDS_BEFORE = re.compile(rf"(?<![\w’'.-])((?:{_CAP_WORD} ){{1,3}})\Z")
# After an English head: "of" and a name ("Strait of Malacca"); after "Lake"/"Mount": a name.
_OF_NAME = re.compile(rf" of (?:the )?{_CAP_NAME}")
_NAME_AFTER = re.compile(rf"\.? {_CAP_NAME}")
# After a French head: "de la", "du", "d’" … and a name ("vallée de la Bekaa", "lac Tana").
_FR_NAME = re.compile(rf" (?:de la |du |des |de l[’']|d[’']|de )?({_CAP_NAME})")
_EN_AFTER = frozenset(lang.FEATURE_HEADS_EN)
_EN_OF = frozenset(lang.FEATURE_HEADS_EN_OF)
_EN_BEFORE = frozenset(h.rstrip(".") for h in lang.FEATURE_HEADS_EN_BEFORE)
_FR_HEADS = frozenset(lang.FEATURE_HEADS_FR)
_CALENDAR = frozenset(w.capitalize() for table in (MONTHS, WEEKDAYS) for words in table.values()
                      for w in words)
_EN_LOWER = frozenset(lang.FEATURE_HEADS_EN_LOWER)
_STOP_FIRST = frozenset({"The", "A", "An", "In", "On", "At", "Of", "To", "From", "By", "For",
                         "And", "But", "With", "As", "After", "Before", "Since", "During",
                         "Near", "Across", "Along", "Over", "Into", "While", "When", "This",
                         "That", "Its", "Their", "His", "Her", "Both", "Some"})


def find_features(doc, names: list, heads: list | None = None) -> list[tuple]:
    """Hits (``scan.Hit`` layout, kind REGION) of the feature names of ``doc``.

    ``names`` are the document's name hits: a table's region inside a feature name
    lends it its id and country ("la péninsule de Crimée" stays Crimea).  ``heads``
    are ``(start, end)`` of the feature nouns the gazetteer's automaton found (looked
    for here when None).
    """
    text = doc.text
    if heads is None:
        heads = [m.span() for m in _ANY_HEAD.finditer(text)]
    if not heads:
        return []
    language = doc.language
    spans = []
    for hs, he in heads:
        head = text[hs:he]
        if head[0].isupper():
            if language == "fr":
                continue
            if head in _EN_AFTER:
                m = _WORDS_BEFORE.search(text, max(0, hs - 80), hs)
                if m is not None:
                    start = _trim_front(text, m.start(1), m.end(1))
                    if start is not None:
                        spans.append((start, he))
            if head in _EN_OF:
                m = _OF_NAME.match(text, he)
                if m is not None:
                    # "Great Hall of the People": capitalised words before the head join it
                    before = _WORDS_BEFORE.search(text, max(0, hs - 80), hs)
                    start = _trim_front(text, before.start(1), before.end(1)) if before else None
                    spans.append((hs if start is None else start, m.end()))
            if head in _EN_BEFORE:
                m = _NAME_AFTER.match(text, he)
                if m is not None:
                    spans.append((hs, m.end()))
        elif language != "fr" and head in _EN_LOWER:
            m = _WORDS_BEFORE.search(text, max(0, hs - 80), hs)
            if m is not None:
                start = _trim_front(text, m.start(1), m.end(1))
                if start is not None:
                    spans.append((start, he))
        elif language != "en" and head in _FR_HEADS and \
                (hs == 0 or not (text[hs - 1].isalnum() or text[hs - 1] in "’'-") or _elided(text, hs)):
            m = _FR_NAME.match(text, he)
            if m is not None and m.group(1).split()[0].rstrip(".") not in _CALENDAR:   # "le pont Lundi"
                spans.append((hs, m.end()))
    if not spans:
        return []
    hits = []
    # bisections instead of a pass over every name per feature (a huge article has
    # thousands of both); a stable sort keeps the order of names that share a start
    names = sorted(names, key=_START)
    name_starts = [h[0] for h in names]
    covered = Cover((h[0], h[1]) for h in names)
    for start, end in spans:
        end = _trim_back(text, start, end)
        if end is None or _continues(text, end):
            continue
        if covered.holds(start, end):
            continue  # a table's name already ("South China Sea", "mer de Chine méridionale")
        surface = text[start:end]
        row = ("PLACE", f"place:~{slug(surface)}", " ".join(surface.split()), None, "name", None)
        # "la péninsule de Crimée", "Kashmir Valley": the region's id and country
        places = []
        for k in range(bisect_left(name_starts, start), len(names)):
            h = names[k]
            if h[0] >= end:   # (a hit ending before ``end`` starts before it)
                break
            if h[1] <= end and h[2] == REGION:
                places.append(h)
        if len(places) == 1 and places[0][6] is not None and places[0][6][3] is not None:
            row = places[0][6]
        norm = normalise(doc.lower[start:end])
        inner = tuple(i + 1 for i, c in enumerate(norm) if c == " ")
        hits.append((start, end, REGION, row[1], "", inner, row))
    return hits


_ANY_HEAD = re.compile(r"\b(?:" + "|".join(
    re.escape(h) for h in sorted({*lang.FEATURE_HEADS_EN, *lang.FEATURE_HEADS_EN_OF, *_EN_BEFORE,
                                  *lang.FEATURE_HEADS_FR,
                                  *lang.FEATURE_HEADS_EN_LOWER}, key=len, reverse=True)) + r")\b")


def _elided(text: str, pos: int) -> bool:
    """Whether an elided article stands right before ``pos`` ("l’exclave", "d'exclave")."""
    return pos >= 2 and text[pos - 1] in "’'" and text[pos - 2] in "lLdD" and \
        (pos == 2 or not text[pos - 3].isalnum())


def _trim_front(text: str, start: int, words_end: int) -> int | None:
    """Start of the name once leading sentence words ("The", "In") are dropped; None if
    no name word is left."""
    while start < words_end:
        space = text.find(" ", start, words_end)
        word = text[start:space]
        if word not in _STOP_FIRST:
            return start
        start = space + 1
    return None


def _trim_back(text: str, start: int, end: int) -> int | None:
    """End of the name without a trailing period or possessive ("Galwan Valley.")."""
    while end > start and text[end - 1] in ".’'":
        end -= 1
    return end if end > start else None


def _continues(text: str, end: int) -> bool:
    """Whether another capitalised word follows (the feature is part of a longer name)."""
    return end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()


_CAP_RUN = re.compile(r"(?<![\w’'-])[A-ZÀ-Þ][\w’'-]*(?: [A-ZÀ-Þ][\w’'-]*){0,3}")


def later_uses(doc, features: list) -> list[tuple]:
    """Hits of the proper names of features built on a lower-case head, used bare later
    in the article: "le poste-frontière de Ras Jedir" … "à Ras Jedir", "its Nakhchivan
    exclave" … "Nakhchivan".  Each takes the feature's row.  One pass over the text's
    capitalised words, a dict look-up each."""
    text = doc.text
    by_name: dict[str, tuple] = {}
    for h in features:
        surface = text[h[0]:h[1]]
        runs = _CAP_RUN.findall(surface)
        if len(runs) == 1 and runs[0] != surface:
            by_name.setdefault(runs[0], h)
    if not by_name:
        return []
    first = min(h[1] for h in by_name.values())
    hits = []
    for m in _CAP_RUN.finditer(text, first):
        h = by_name.get(m.group())
        if h is not None and m.start() >= h[1]:
            surface = m.group()
            inner = tuple(i + 1 for i, c in enumerate(surface) if c == " ")
            hits.append((m.start(), m.end(), h[2], h[3], "", inner, h[6]))
    return hits
