"""One pass of the gazetteer over a document, and the rules that keep or drop each hit.

:func:`scan` runs the Aho-Corasick automaton once over the normalised text and
returns two layers of hits (see :class:`Hit` for their layout):

- *names* (countries, demonyms, prefixes, country titles, cities, regions,
  organisations, actors): checked for capitals, language and context, then
  reduced to the leftmost-longest non-overlapping set;
- *words* (roles, honorifics, institution head nouns), kept as found.

Speed: what a hit's surface decides (which entries its capitals allow, in the
document's language) is decided once per surface and process, since names
recur across articles; each layer also comes with a dict from the start of
every word it covers to the hit, so "what covers this word?" is one look-up.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter
from typing import NamedTuple

from ..lang import institutions
from ..text import lower_same_length
from ..lang.countries import (GIVEN_NAME_HOMONYMS, HOMONYM_CUES, PRECEDING_HOMONYM_CUES,
                              REGIONAL_DEMONYM_QUALIFIERS)
from .features import find_features, later_uses
from .gazetteer import (ACTOR, CITY, COUNTRY, CTITLE, DEMONYM, FEATURE, HONORIFIC, ORG,
                        PREFIX, REGION, SHORT, Gazetteer, normalise)

__all__ = ["Hit", "Layers", "scan", "HYPHENS", "previous_word"]

HYPHENS = "-‐‑‒–"
_DETERMINERS = frozenset({"le", "la", "l", "du", "au", "the", "cet", "ce", "ledit"})
_NAME_KINDS = frozenset({COUNTRY, DEMONYM, PREFIX, CTITLE, CITY, REGION, ORG, ACTOR, SHORT})
# Priority among entries that share one key (lower wins); other-language names +5.
_PRIORITY = {ACTOR: 0, ORG: 1, COUNTRY: 1, REGION: 2, DEMONYM: 2, PREFIX: 2, CTITLE: 3,
             CITY: 4, SHORT: 5}
# Kinds whose hits need no look at their context.
_ALWAYS_KEPT = frozenset({REGION, ORG, ACTOR, SHORT})
_COUNTRY_KINDS = (COUNTRY, DEMONYM, PREFIX)
_START = itemgetter(0)


def _START_LONGEST(hit):
    return hit[0], -hit[1]

_SKIPPED_BEFORE = frozenset(" \u00a0’'")


class Hit(NamedTuple):
    """The layout of a hit.  Hits are plain tuples in this order (cheaper to build
    and to read by index in the passes), ``Hit`` names the fields."""

    start: int
    end: int
    kind: int
    ref: object      # ISO3, entity id, actor id, role, gender, head label
    extra: object    # language of the name, or the owners of a country title
    inner: tuple     # offsets (from start) of the other words of the hit
    row: tuple       # name hits: the mention's (label, entity_id, name, country, form, role)


class Layers(NamedTuple):
    """What :func:`scan` finds in one document."""

    names: list          # selected name hits, by start
    nested: list         # country hits inside selected organisation names
    words: list          # selected word hits, by start
    norm: str            # the normalised text
    name_at: dict        # start of every word a name hit covers -> the hit
    word_at: dict        # the same for word hits


# Per-surface decisions of the automaton's hits, by document language: the entries a
# surface keeps once its capitals are checked.  Names recur across articles, so each
# surface is decided once per process (the dict is emptied past a size).
_DECISIONS: dict[str, dict] = {}
_DECISIONS_MAX = 100_000


def _decide(value, surface: str, language: str, gz: Gazetteer) -> tuple:
    """``(value, name tail or None, word entries)`` for one surface of one automaton key.

    A name tail is ``(kind, ref, extra, inner, row)``, the hit less its offsets.  Word
    entries are ``(kind, ref, period, inner)``: ``period`` is True for an honorific
    written with its period ("M."), False for one without, None otherwise.
    """
    norm = normalise(lower_same_length(surface))
    inner = tuple(i + 1 for i, c in enumerate(norm) if c == " ")
    best = None
    best_rank = 99
    word_entries = []
    for entry, upper in value[1]:
        kind = entry[0]
        if upper and not all(surface[i].isupper() for i in upper):
            continue
        if kind in _NAME_KINDS:
            elang = entry[2] if kind != CTITLE else ""
            if kind == DEMONYM and language and elang != language:
                continue
            rank = _PRIORITY[kind] + (5 if elang and language and elang != language else 0)
            if rank < best_rank:
                best, best_rank = entry, rank
        elif kind == HONORIFIC:
            word_entries.append((kind, entry[1], bool(entry[2]), inner))
        else:
            word_entries.append((kind, entry[1], None, inner))
    tail = None if best is None else (best[0], best[1], best[2], inner, _row(gz, best[0], best[1]))
    return value, tail, tuple(word_entries)


def _row(gz: Gazetteer, kind: int, ref) -> tuple | None:
    """The columns of a name hit's mention after its offsets, or None (titles, people)."""
    if kind in _COUNTRY_KINDS:
        c = gz.countries[ref]
        return ("COUNTRY", c.iso3, c.name_en, c.iso3, "name" if kind == COUNTRY else "demonym", None)
    if kind in (CITY, REGION):
        name, country = gz.places[ref]
        return ("PLACE", ref, name, country, "name", None)
    if kind == ORG:
        label, name, country = gz.orgs[ref]
        return (label, ref, name, country, "name", None)
    return None


def previous_word(lower: str, start: int) -> str:
    """The word just before ``start`` (lower-case, apostrophes as word ends).

    >>> previous_word("traduit du russe", 11), previous_word("l’état", 2)
    ('du', 'l')
    """
    i = start - 1
    if i > 0 and lower[i] == " " and lower[i - 1] not in _SKIPPED_BEFORE:
        # one space: the word is the letters since the space before it
        space = lower.rfind(" ", max(0, i - 40), i)
        if space != -1:
            word = lower[space + 1:i]
            if word.isalpha() or (word and word.replace("-", "").isalpha()):
                return word
    while i >= 0 and lower[i] in _SKIPPED_BEFORE:
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


def scan(doc, gz: Gazetteer) -> Layers:
    """The name and word hits of ``doc`` (see :class:`Layers`)."""
    text, lower = doc.text, doc.lower
    norm = normalise(lower)
    language = doc.language if doc.language in ("fr", "en") else ""
    decisions = _DECISIONS.get(language)
    if decisions is None or len(decisions) > _DECISIONS_MAX:
        decisions = _DECISIONS[language] = {}
    n_text = len(text)
    names: list[tuple] = []
    words: list[tuple] = []
    heads: list[tuple] = []   # physical features' head nouns ("Valley", "vallée")
    for last, value in gz.automaton.iter(" " + norm + " "):
        start = last - value[0] + 1
        end = last - 1
        surface = text[start:end]
        decision = decisions.get(surface)
        if decision is None or decision[0] is not value:
            decision = decisions[surface] = _decide(value, surface, language, gz)
        if decision[1] is not None:
            names.append((start, end) + decision[1])
        if decision[2]:
            for kind, ref, period, inner in decision[2]:
                if kind == FEATURE:
                    heads.append((start, end))
                elif period is None:
                    words.append((start, end, kind, ref, None, inner, None))
                elif period:
                    if end < n_text and text[end] == ".":
                        words.append((start, end + 1, HONORIFIC, ref, None, inner, None))
                elif end >= n_text or text[end] != ".":
                    words.append((start, end, HONORIFIC, ref, None, inner, None))
    names = _kept(names, doc, gz)
    # The automaton reports hits by end: reversed and stably sorted by start, hits that
    # share a start come longest first (no two share both ends: one name per key).
    names.reverse()
    names.sort(key=_START)
    features = find_features(doc, names, sorted(set(heads))) if heads else None
    if features:  # "Galwan Valley", "Korean Peninsula": one place over the words inside
        names.extend(features)
        names.extend(later_uses(doc, features))   # "… à Ras Jedir" after "le poste-frontière de Ras Jedir"
        names.sort(key=_START_LONGEST)
    names, dropped, name_at = _select(names)
    nested = _nested_countries(names, dropped, text)
    words.sort(key=lambda h: (h[0], -h[1]))
    words, _, word_at = _select(words)
    return Layers(names, nested, words, norm, name_at, word_at)


def _kept(names: list[tuple], doc, gz: Gazetteer) -> list[tuple]:
    """The name hits their context allows ("Jordan Bardella" is no country, "en russe" a language)."""
    text, lower = doc.text, doc.lower
    kept = []
    cues_seen: dict[tuple, bool] = {}
    # start of every hit -> whether a country word starts there: one look-up per
    # question instead of a pass over all hits (quadratic in a huge article)
    starts: dict[int, bool] = {}
    for h in names:
        if h[2] in _COUNTRY_KINDS:
            starts[h[0]] = True
        else:
            starts.setdefault(h[0], False)
    for h in names:
        kind, start = h[2], h[0]
        if kind in _ALWAYS_KEPT:
            kept.append(h)
        elif kind == CITY:
            if not _after_given_name(text, start, gz):
                kept.append(h)
        elif kind == COUNTRY:
            if _keep_country(h, text, lower, doc, gz, starts, cues_seen):
                kept.append(h)
        elif _keep(h, text, lower, doc, gz, starts):
            kept.append(h)
    return kept


def _keep_country(hit, text: str, lower: str, doc, gz: Gazetteer, starts: dict,
                  cues_seen: dict) -> bool:
    start, end, iso3 = hit[0], hit[1], hit[3]
    cues = HOMONYM_CUES.get(iso3)
    if cues:
        s_start, s_end = doc.sentences[doc.sentence_at(start)] if doc.sentences else (0, len(text))
        cued = cues_seen.get((iso3, s_start))
        if cued is None:  # one look per sentence
            sentence = lower[s_start:s_end]
            cued = cues_seen[(iso3, s_start)] = any(cue in sentence for cue in cues)
        if cued:
            return False
    if _after_given_name(text, start, gz):
        return False
    if lower[max(0, start - 12):start].endswith(PRECEDING_HOMONYM_CUES):
        return False
    if text[start:end] in GIVEN_NAME_HOMONYMS:
        following = _next_word(text, end)
        if following[:1].isupper() and not _starts_hit(starts, end, text) and \
                following.lower() not in gz.stop_words:
            return False
    return True


def _keep(hit, text: str, lower: str, doc, gz: Gazetteer, starts: dict) -> bool:
    start, end, kind = hit[0], hit[1], hit[2]
    if kind == DEMONYM:
        regional = REGIONAL_DEMONYM_QUALIFIERS.get(hit[3])
        if regional and lower[max(0, start - 8):start].endswith(regional):
            return False  # "Latin American", "sud-américaine": a region's adjective
        before = previous_word(lower, start)
        if before not in institutions.LANGUAGE_CUES:
            earlier = previous_word(lower, start - len(before) - 1) if before else ""
            if earlier not in institutions.SPEAKING_VERBS:
                return True
        if doc.language == "fr" or text[start].islower():
            return False  # "en russe", "traduit du chinois": a language
        following = text[end:end + 2]  # "in Russian territory" is a country, "in Russian." not
        if following and following[0] in HYPHENS:
            # "in German-Polish relations": a compound of countries, unless a verb of
            # speaking says languages ("translated into Russian-English")
            earlier = previous_word(lower, start - len(before) - 1) if before else ""
            return earlier not in institutions.SPEAKING_VERBS and _starts_country(starts, end + 1)
        return following[:1] == " " and following[1:2].islower()
    if kind == PREFIX:
        if end >= len(text) or text[end] not in HYPHENS:
            return False
        partner = _next_word(text, end + 1).lower()
        compound = lower[start:end] + "-" + partner
        if compound in institutions.NOT_COUNTRY_COMPOUNDS:
            return False
        return partner in institutions.COMPOUND_PARTNERS or _starts_country(starts, end + 1)
    if kind == CTITLE:
        return previous_word(lower, start) in _DETERMINERS
    return True


def _after_given_name(text: str, start: int, gz: Gazetteer) -> bool:
    """Whether a capitalised given name stands right before ``start`` ("François Hollande")."""
    if start < 2 or text[start - 1] != " ":
        return False
    space = text.rfind(" ", max(0, start - 42), start - 1)
    if space != -1:
        word = text[space + 1:start - 1]
        if word.isalpha() or (word and word.replace("-", "").isalpha()):
            return word[0].isupper() and word in gz.given_names
    j = start - 2
    while j >= 0 and (text[j].isalpha() or text[j] in "-"):
        j -= 1
    word = text[j + 1:start - 1]
    return bool(word) and word[0].isupper() and word in gz.given_names


def _starts_hit(starts: dict, pos: int, text: str) -> bool:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos in starts


def _starts_country(starts: dict, pos: int) -> bool:
    return starts.get(pos, False)


def _select(hits: list) -> tuple[list, list, dict]:
    """Leftmost-longest non-overlapping hits of hits sorted by start, longest first:
    ``(selected, dropped, at)``, ``at`` from the start of each word a selected hit covers."""
    selected = []
    dropped = []
    at = {}
    last_end = -1
    for h in hits:
        start = h[0]
        if start >= last_end:
            selected.append(h)
            last_end = h[1]
            at[start] = h
            if h[5]:
                for offset in h[5]:
                    at[start + offset] = h
        else:
            dropped.append(h)
    return selected, dropped, at


def _nested_countries(selected: list, dropped: list, text: str) -> list:
    """Country hits inside a selected organisation or agreement name ("Parti communiste chinois").

    Inside the name of an international body (a table entry with no single country)
    a country word names the body's region or membership ("Organization of American
    States", "Conseil de coopération des États arabes du Golfe"), not a country: it is
    kept only as a partner of a compound ("Forum sur la coopération sino-africaine",
    "Forum on China-Africa Cooperation"), where it names a party.
    """
    if not dropped:
        return []
    containers = [h for h in selected if h[2] == ORG]
    if not containers:
        return []
    starts = [h[0] for h in containers]
    nested = []
    for h in dropped:
        if h[2] not in _COUNTRY_KINDS:
            continue
        i = bisect_left(starts, h[0] + 1) - 1
        if i >= 0 and containers[i][1] >= h[1]:
            if containers[i][6][3] is None and h[2] != PREFIX and not _in_compound(text, h[0], h[1]):
                continue
            nested.append(h)
    return nested


def _in_compound(text: str, start: int, end: int) -> bool:
    """Whether a hyphen joins the word at ``start:end`` to another ("China-Africa")."""
    return (start > 0 and text[start - 1] in HYPHENS) or (end < len(text) and text[end] in HYPHENS)
