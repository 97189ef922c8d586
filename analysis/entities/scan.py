"""One pass of the gazetteer over a document, and the rules that keep or drop each hit.

:func:`scan` runs the Aho-Corasick automaton once over the normalised text and
returns two layers of hits, each a :class:`Hit`:

- *names* (countries, demonyms, prefixes, country titles, cities, regions,
  organisations, actors): checked for capitals, language and context, then
  reduced to the leftmost-longest non-overlapping set;
- *words* (roles, honorifics, institution head nouns), kept as found.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from ..lang import institutions
from ..lang.countries import GIVEN_NAME_HOMONYMS, PRECEDING_HOMONYM_CUES
from .gazetteer import (ACTOR, CITY, COUNTRY, CTITLE, DEMONYM, HEAD, HONORIFIC, ORG, PREFIX,
                        REGION, ROLE, SHORT, Gazetteer, normalise)

__all__ = ["Hit", "scan", "HYPHENS", "previous_word"]

HYPHENS = "-‐‑‒–"
_DETERMINERS = frozenset({"le", "la", "l", "du", "au", "the", "cet", "ce", "ledit"})
_NAME_KINDS = frozenset({COUNTRY, DEMONYM, PREFIX, CTITLE, CITY, REGION, ORG, ACTOR, SHORT})
# Priority among entries that share one key (lower wins); other-language names +5.
_PRIORITY = {ACTOR: 0, ORG: 1, COUNTRY: 1, REGION: 2, DEMONYM: 2, PREFIX: 2, CTITLE: 3,
             CITY: 4, SHORT: 5}


class Hit(NamedTuple):
    start: int
    end: int
    kind: int
    ref: object      # ISO3, entity id, actor id, role, gender, head label
    extra: object    # language of the name, or the owners of a country title


def previous_word(lower: str, start: int) -> str:
    """The word just before ``start`` (lower-case, apostrophes as word ends)."""
    i = start - 1
    while i >= 0 and lower[i] in " \u00a0’'":
        if lower[i] in "’'":
            i -= 1
            break
        i -= 1
    j = i
    while j >= 0 and (lower[j].isalpha() or lower[j] == "-"):
        j -= 1
    return lower[j + 1:i + 1]


def _next_word(text: str, end: int) -> str:
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] in HYPHENS):
        j += 1
    return text[i:j]


def scan(doc, gz: Gazetteer) -> tuple[list[Hit], list[Hit], list[Hit]]:
    """``(names, nested, words)``: selected name hits, country hits hidden inside
    selected organisation/agreement names, and word hits, each sorted by start."""
    text, lower = doc.text, doc.lower
    padded = " " + normalise(lower) + " "
    language = doc.language if doc.language in ("fr", "en") else ""
    names: list[Hit] = []
    words: list[Hit] = []
    for last, (length, entries) in gz.automaton.iter(padded):
        start, end = last - length + 1, last - 1
        best = None
        best_rank = 99
        for entry, upper in entries:
            kind = entry[0]
            if upper and not all(text[start + i].isupper() for i in upper):
                continue
            if kind in _NAME_KINDS:
                elang = entry[2] if kind != CTITLE else ""
                if kind == DEMONYM and language and elang != language:
                    continue
                rank = _PRIORITY[kind] + (5 if elang and language and elang != language else 0)
                if rank < best_rank:
                    best, best_rank = entry, rank
            elif kind == HONORIFIC:
                if entry[2]:
                    if end < len(text) and text[end] == ".":
                        words.append(Hit(start, end + 1, HONORIFIC, entry[1], None))
                elif end >= len(text) or text[end] != ".":
                    words.append(Hit(start, end, HONORIFIC, entry[1], None))
            else:
                words.append(Hit(start, end, kind, entry[1], None))
        if best is not None:
            names.append(Hit(start, end, best[0], best[1], best[2]))
    names = [h for h in names if _keep(h, text, lower, doc, gz, names)]
    selected, dropped = _leftmost_longest(names)
    nested = _nested_countries(selected, dropped)
    words, _ = _leftmost_longest(words)
    return selected, nested, words


def _keep(hit: Hit, text: str, lower: str, doc, gz: Gazetteer, names: list[Hit]) -> bool:
    kind, start, end = hit.kind, hit.start, hit.end
    if kind == COUNTRY:
        surface = text[start:end]
        cues = gz.homonym_cues(hit.ref)
        if cues:
            s_start, s_end = doc.sentences[doc.sentence_at(start)] if doc.sentences else (0, len(text))
            sentence = lower[s_start:s_end]
            if any(cue in sentence for cue in cues):
                return False
        if _after_given_name(text, start, gz):
            return False
        if lower[max(0, start - 12):start].endswith(PRECEDING_HOMONYM_CUES):
            return False
        if surface in GIVEN_NAME_HOMONYMS:
            following = _next_word(text, end)
            if following[:1].isupper() and not _starts_hit(names, end, text) and \
                    following.lower() not in gz.stop_words:
                return False
        return True
    if kind == DEMONYM:
        before = previous_word(lower, start)
        if before not in institutions.LANGUAGE_CUES:
            earlier = previous_word(lower, start - len(before) - 1) if before else ""
            if earlier not in institutions.SPEAKING_VERBS:
                return True
        if doc.language == "fr" or text[start].islower():
            return False  # "en russe", "traduit du chinois": a language
        following = text[end:end + 2]  # "in Russian territory" is a country, "in Russian." not
        return following[:1] == " " and following[1:2].islower()
    if kind == PREFIX:
        if end >= len(text) or text[end] not in HYPHENS:
            return False
        partner = _next_word(text, end + 1).lower()
        compound = lower[start:end] + "-" + partner
        if compound in institutions.NOT_COUNTRY_COMPOUNDS:
            return False
        return partner in institutions.COMPOUND_PARTNERS or _starts_country(names, end + 1)
    if kind == CTITLE:
        return previous_word(lower, start) in _DETERMINERS
    if kind == CITY:
        return not _after_given_name(text, start, gz)
    return True


def _after_given_name(text: str, start: int, gz: Gazetteer) -> bool:
    """Whether a capitalised given name stands right before ``start`` ("François Hollande")."""
    if start < 2 or text[start - 1] != " ":
        return False
    j = start - 2
    while j >= 0 and (text[j].isalpha() or text[j] in "-"):
        j -= 1
    word = text[j + 1:start - 1]
    return bool(word) and word[0].isupper() and word in gz.given_names


def _starts_hit(names: list[Hit], pos: int, text: str) -> bool:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return any(h.start == pos for h in names)


def _starts_country(names: list[Hit], pos: int) -> bool:
    return any(h.start == pos and h.kind in (COUNTRY, DEMONYM, PREFIX) for h in names)


def _leftmost_longest(hits: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    hits.sort(key=lambda h: (h.start, -h.end))
    selected: list[Hit] = []
    dropped: list[Hit] = []
    last_end = -1
    for h in hits:
        if h.start >= last_end:
            selected.append(h)
            last_end = h.end
        else:
            dropped.append(h)
    return selected, dropped


def _nested_countries(selected: list[Hit], dropped: list[Hit]) -> list[Hit]:
    """Country hits inside a selected organisation or agreement name ("Parti communiste chinois")."""
    containers = [h for h in selected if h.kind == ORG]
    if not containers or not dropped:
        return []
    starts = [h.start for h in containers]
    nested = []
    for h in dropped:
        if h.kind not in (COUNTRY, DEMONYM, PREFIX):
            continue
        i = bisect_left(starts, h.start + 1) - 1
        if i >= 0 and containers[i].end >= h.end:
            nested.append(h)
    return nested
