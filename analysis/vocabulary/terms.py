"""Find the lexicon's terms in a document: rows of ``schema.TERMS``.

One pass of an Aho-Corasick automaton over ``doc.lower`` finds every word
that starts with an anchor of some entry (a few per hundred words); only
those words are looked up (once per distinct form, cached) and, for
multi-word entries, compared with the words around them.  No per-token loop
over the whole text, no loop over the lexicon.

Overlapping readings are resolved longest first: the reading covering more
words wins, then the one with more parts, then the more specific pattern
(exact forms over stems over prefixes).  Blockers (category ``ignore``) win
like any reading and are then dropped.  Names of agreements are resolved
apart, so they may overlap the event that concerns them.

>>> from analysis.text import Document
>>> doc = Document("d", "Les deux ministres ont procédé à la signature d’un Mémorandum d’entente.", "fr")
>>> [(row[4], row[6]) for row in find_terms(doc)]
[('signature d’un Mémorandum', 'signature'), ('Mémorandum d’entente', 'agreement')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from .lexicon import Entry, Lexicon, compiled

__all__ = ["find_terms", "match_spans", "NAME_CATEGORIES"]

#: Categories of names (not events), matched in a layer of their own.
NAME_CATEGORIES = frozenset({"agreement"})

_WORD = re.compile(r"[^\W_]+")
# Characters to read per word when looking for the other parts of a pattern
# (an upper bound: French and English words average 5-6 letters).
_CHARS_PER_WORD = 16


def _follow(part_ids, gap: int, words: list, accepted: list, cached, compute) -> int | None:
    """Match parts (ids, in order) against ``words``; return how many words the
    match used, or None.  ``accepted`` caches the part ids each word fills,
    shared by all the entries tried at one place."""
    pos = 0
    n = len(words)
    for pid in part_ids:
        limit = pos + gap + 1
        if limit > n:
            limit = n
        have = len(accepted)
        if have < limit:
            accepted.extend([(cached(w) or compute(w))[0] for w in words[have:limit]])
        for j in range(pos, limit):
            if pid in accepted[j]:
                pos = j + 1
                break
        else:
            return None
    return pos


@lru_cache(maxsize=64)
def _words(n: int) -> re.Pattern:
    """A pattern reading ``n`` words (and what separates them)."""
    return re.compile(r"(?:[\W_]*+[^\W_]++){%d}" % n)  # possessive: whole words only


_SEPARATOR = re.compile(r"[\W_]*")


def match_spans(doc, lexicon: Lexicon | None = None) -> list[tuple]:
    """Every reading of the lexicon in ``doc``, before overlaps are resolved.

    Returns ``(start, end, n_words, entry)`` tuples.
    """
    lexicon = lexicon or compiled(doc.language)
    if lexicon is None or not doc.text:
        return []
    lower = doc.lower
    starts = set()
    for end, length in lexicon.automaton.iter(lower):
        start = end - length + 1
        if start and lower[start - 1].isalnum():
            continue  # inside a word ("said" is not "aid")
        starts.add(start)
    if not starts:
        return []
    cached, compute = lexicon._cache.get, lexicon._lookup  # noqa: SLF001 - scanner and index go together
    word_at = _WORD.match
    findall = _WORD.findall
    readings = []
    append = readings.append
    sentences = doc.sentences or [(0, len(lower))]
    sentence_starts = [s for s, _ in sentences]
    for start in sorted(starts):
        word_end = word_at(lower, start).end()
        form = lower[start:word_end]
        _, candidates, need_after, need_before = cached(form) or compute(form)
        if not candidates:
            continue
        if need_after or need_before:
            sent_start, sent_end = sentences[bisect_right(sentence_starts, start) - 1]
            after = findall(lower, word_end, min(sent_end, word_end + _CHARS_PER_WORD * need_after)) \
                if need_after else ()
            after_ids = []
            if need_before:
                lo = max(sent_start, start - _CHARS_PER_WORD * need_before)
                before = findall(lower, lo, start)[::-1]
                before_ids = []
        for entry in candidates:
            anchor = entry.anchor
            part_ids = entry.part_ids
            if len(part_ids) == 1:
                append((start, word_end, 1, entry))
                continue
            first, last, n_words = start, word_end, 1
            if anchor < len(part_ids) - 1:
                used = _follow(part_ids[anchor + 1:], entry.gap, after, after_ids, cached, compute)
                if used is None:
                    continue
                last = _words(used).match(lower, word_end).end()
                n_words += used
            if anchor > 0:
                used = _follow(part_ids[anchor - 1::-1], entry.gap, before, before_ids, cached, compute)
                if used is None:
                    continue
                skip = len(before) - used
                pos = _words(skip).match(lower, lo).end() if skip else lo
                first = _SEPARATOR.match(lower, pos).end()
                n_words += used
            append((first, last, n_words, entry))
    return readings


def _resolve(readings: list[tuple]) -> list[tuple]:
    """Keep the longest non-overlapping readings.

    Names of agreements (« mémorandum d'entente ») are a layer of their own:
    they may overlap an event reading (« signature d'un mémorandum »,
    "suspended the treaty of friendship") without either losing.
    """
    names = [r for r in readings if r[3].category in NAME_CATEGORIES]
    if names:
        others = [r for r in readings if r[3].category not in NAME_CATEGORIES]
        return sorted(_longest(names) + _longest(others), key=lambda r: (r[0], r[1]))
    return _longest(readings)


def _longest(readings: list[tuple]) -> list[tuple]:
    order = sorted(readings, key=lambda r: (-r[2], -len(r[3].parts), -r[3].specificity,
                                            r[0], r[3].index))
    starts: list[int] = []
    ends: list[int] = []
    kept = []
    for reading in order:
        start, end = reading[0], reading[1]
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] < end:
            continue
        if i > 0 and ends[i - 1] > start:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        kept.append(reading)
    kept.sort(key=lambda r: r[0])
    return kept


def find_terms(doc) -> list[tuple]:
    """Rows of ``schema.TERMS`` for one document.

    ``(doc_id, sent_id, start, end, text, term, category, cameo, goldstein)``,
    ``term`` being the lexicon headword; ``text == doc.text[start:end]``.
    """
    rows = []
    text = doc.text
    doc_id = doc.doc_id
    sentence_at = doc.sentence_at
    for start, end, _, entry in _resolve(match_spans(doc)):
        if entry.is_blocker:
            continue
        rows.append((doc_id, sentence_at(start), start, end, text[start:end], entry.headword,
                     entry.category, entry.cameo, entry.goldstein))
    return rows
