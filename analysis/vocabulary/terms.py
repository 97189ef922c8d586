"""Find the lexicon's terms in a document: rows of ``schema.TERMS``.

One pass of an Aho-Corasick automaton over ``doc.lower`` finds every word
that starts with an anchor of some entry (and, in the same pass, the event
coder's cues: :mod:`.cues`); only those words are looked up, in a plan
computed once per distinct form (:meth:`.lexicon.Lexicon.plan`) and, for
multi-word entries, compared with the words around them, read by one regular
expression per side.  No per-token loop over the whole text, no loop over
the lexicon.

Overlapping readings are resolved longest first: the reading covering more
words wins, then the one with more parts, then the more specific pattern
(exact forms over stems over prefixes).  Blockers (category ``ignore``) win
like any reading and are then dropped.  Names of agreements are resolved
apart, so they may overlap the event that concerns them.

A lexicon word written with a capital inside a run of capitalised words in
mid-sentence ("the Organization of American States", "the European Union
Council") is part of a proper name, not the common word the lexicon lists
(every lexicon form is lower-case): one-word readings (names of agreements
excepted) that are capitalised, not the first word of their sentence and
next to another capitalised word are dropped
(:func:`_inside_capitalised_name`); a sentence written in title case (a
headline, most of its words capitalised) keeps them.  A one-word participle
that ends a hyphenated compound ("a government-backed foundation") is an
adjective, no term (:func:`_compound_adjective`).  The event coder also
drops events inside the entity mentions of names
(:data:`.events.NAME_LABELS`).

>>> from analysis.text import Document
>>> doc = Document("d", "Les deux ministres ont procédé à la signature d’un Mémorandum d’entente.", "fr")
>>> [(row[4], row[6]) for row in find_terms(doc)]
[('signature d’un Mémorandum', 'signature'), ('Mémorandum d’entente', 'agreement')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..lang.event_markers import VERB_PREFIXES
from .cues import cue_language, cue_values, remember
from .lexicon import NAME_CATEGORIES, Lexicon, compiled, prefix_free

__all__ = ["find_terms", "match_spans", "NAME_CATEGORIES"]

_WORD = re.compile(r"[^\W_]+")
# Characters to read per word when looking for the other parts of a pattern
# (an upper bound: French and English words average 5-6 letters).
_CHARS_PER_WORD = 16
# How far to look for the space that ends a word (a longer word is read by
# ``_WORD``: the same end, all its characters being letters or digits).
_LONGEST_WORD = 64


@lru_cache(maxsize=None)
def _scanner(language: str):
    """The Aho-Corasick automaton of one pass over a document: the lexicon's
    anchors (value: their length; prefix-free, so one anchor at most starts
    at a place) and the event coder's cues (value: a tuple, :mod:`.cues`);
    a key that is both has ``(length, cue)``."""
    import ahocorasick

    values: dict[str, object] = {anchor: len(anchor) for anchor in prefix_free(compiled(language).anchors)}
    for key, cue in cue_values(cue_language(language)).items():
        values[key] = (values[key], cue) if key in values else cue
    automaton = ahocorasick.Automaton()
    for key, value in values.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


class _NextWords(dict):
    """``n`` -> a pattern capturing the next ``n`` words, one group each (fewer at the end)."""

    def __missing__(self, n: int) -> re.Pattern:
        pattern = self[n] = re.compile(r"(?:[\W_]*+([^\W_]++))?" * n)
        return pattern


_NEXT_WORDS = _NextWords()


def _scan(doc, lexicon: Lexicon, every_single: bool = False) -> tuple[list, list, list, list]:
    """The readings of the lexicon in ``doc``, before overlaps are resolved.

    Returns the one-word and the multi-word readings of the events and
    other terms, then those of the names of agreements (a layer of their
    own).  One-word readings are ``(start, end, entry)``, only the best per
    place and layer unless ``every_single``; multi-word ones are sortable
    tuples ``(-words, -parts, -specificity, start, entry index, end, entry)``.

    The words a multi-word entry may use are read by one regular expression
    per side, within the sentence and a budget of characters: after the
    anchor in the text, before it in the reversed text (so the nearest word
    comes first), each word in a group of its own; an entry whose clue
    (:class:`~.lexicon.Multi`) is not in that text is not followed.
    """
    lower = doc.lower
    size = len(lower)
    plans = lexicon.plans
    plan_of = lexicon.plan
    accepted = lexicon.accepted.__getitem__
    accepted_reversed = lexicon.accepted_reversed.__getitem__
    word_at = _WORD.match
    next_words = _NEXT_WORDS.__getitem__
    find = lower.find
    sentences = doc.sentences or [(0, size)]
    sentence_starts = [s for s, _ in sentences]
    singles: list[tuple] = []
    multis: list[tuple] = []
    name_singles: list[tuple] = []
    name_multis: list[tuple] = []
    cues: list[tuple] = []
    for last, value in _scanner(lexicon.language).iter(lower):
        if value.__class__ is int:
            length = value
        elif len(value) == 2:  # an anchor that is also a cue
            length, cue = value
            cues.append((last, cue))
        else:  # a cue for the event coder
            cues.append((last, value))
            continue
        start = last - length + 1
        if start and lower[start - 1].isalnum():
            continue  # inside a word ("said" is not "aid")
        # the word: up to the next space when that is all letters (most
        # often), else as far as the letters go; the space is looked for
        # within _LONGEST_WORD characters only (a text without spaces, words
        # between tabs, must not be read to its end for every hit)
        word_end = find(" ", start, start + _LONGEST_WORD)
        if word_end < 0 or not (form := lower[start:word_end]).isalnum():
            word_end = word_at(lower, start).end()
            form = lower[start:word_end]
        plan = plans.get(form)
        if plan is None:
            plan = plan_of(form)
        if not plan:
            continue
        need_after, need_before, other, name, multi, ones = plan
        if every_single:
            for entry in ones:
                (name_singles if entry.category in NAME_CATEGORIES else singles).append(
                    (start, word_end, entry))
        else:
            if other is not None:
                singles.append((start, word_end, other))
            if name is not None:
                name_singles.append((start, word_end, name))
        if not multi:
            continue
        sent_start, sent_end = sentences[bisect_right(sentence_starts, start) - 1]
        if need_after:
            limit = word_end + _CHARS_PER_WORD * need_after
            if limit > sent_end:
                limit = sent_end
            after_text = lower[word_end:limit]
            after_words = None
        if need_before:
            lo = start - _CHARS_PER_WORD * need_before
            if lo < sent_start:
                lo = sent_start
            before_text = lower[lo:start]
            before_words = None
        for (after_parts, before_parts, reach, parts, specificity, index, entry, is_name,
             after_clue, before_clue) in multi:
            if after_clue is not None:
                for clue in after_clue:
                    if clue in after_text:
                        break
                else:
                    continue
            elif before_clue is not None:
                for clue in before_clue:
                    if clue in before_text:
                        break
                else:
                    continue
            # each part is looked for within ``reach`` words of the previous
            # one, the first word that fills it taken (no backtracking)
            if after_parts:
                if after_words is None:
                    after = next_words(need_after).match(after_text)
                    n_after = after.lastindex or 0
                    after_words = after.groups()
                pos = _place_parts(after_parts, after_words, n_after, reach, accepted)
                if pos < 0:
                    continue
                used_after = pos
            if before_parts:
                if before_words is None:
                    before = next_words(need_before).match(before_text[::-1])
                    n_before = before.lastindex or 0
                    before_words = before.groups()
                pos = _place_parts(before_parts, before_words, n_before, reach, accepted_reversed)
                if pos < 0:
                    continue
                first = start - before.end(pos)
                n_words = 1 + pos
            else:
                first = start
                n_words = 1
            if after_parts:
                s, e = after.span(used_after)
                # a word cut by the end of the window ends where it ends in the text
                end = word_at(lower, word_end + s).end() if e == len(after_text) else word_end + e
                n_words += used_after
            else:
                end = word_end
            (name_multis if is_name else multis).append(
                (-n_words, parts, specificity, first, index, end, entry))
    remember(lower, cue_language(lexicon.language), cues)
    return singles, multis, name_singles, name_multis


def _place_parts(parts, words, n_words: int, reach: int, accepted) -> int:
    """Find each part within ``reach`` words of the previous one (the first word that
    fills it, no backtracking); the number of words used, or -1 when a part is missing."""
    pos = 0
    for pid in parts:
        ceiling = min(pos + reach, n_words)
        for pos in range(pos, ceiling):
            if pid in accepted(words[pos]):
                break
        else:
            return -1
        pos += 1
    return pos


def match_spans(doc, lexicon: Lexicon | None = None) -> list[tuple]:
    """Every reading of the lexicon in ``doc``, before overlaps are resolved.

    Returns ``(start, end, n_words, entry)`` tuples by start, end and entry.
    """
    lexicon = lexicon or compiled(doc.language)
    if lexicon is None or not doc.text:
        return []
    singles, multis, name_singles, name_multis = _scan(doc, lexicon, every_single=True)
    readings = [(s, e, 1, entry) for s, e, entry in singles + name_singles]
    readings += [(r[3], r[5], -r[0], r[6]) for r in multis + name_multis]
    readings.sort(key=lambda r: (r[0], r[1], r[3].index))
    return readings


def _resolve(singles: list[tuple], multis: list[tuple], name_singles: list[tuple],
             name_multis: list[tuple]) -> list[tuple]:
    """Keep the longest non-overlapping readings, as ``(start, end, entry)`` by start.

    Names of agreements (« mémorandum d'entente ») are a layer of their own:
    they may overlap an event reading (« signature d'un mémorandum »,
    "suspended the treaty of friendship") without either losing.  Longer
    readings first, then more parts, more specific, earlier; a one-word
    reading (the best of its place) stays unless a longer one covers it.
    """
    kept = _longest(singles, multis)
    if name_singles or name_multis:
        kept = sorted(_longest(name_singles, name_multis) + kept, key=_span)
    return kept


def _longest(singles: list[tuple], multis: list[tuple]) -> list[tuple]:
    if not multis:
        singles.sort(key=_first)
        return singles
    starts: list[int] = []
    ends: list[int] = []
    kept = []
    multis.sort()
    for reading in multis:
        start, end = reading[3], reading[5]
        i = bisect_left(starts, start)
        if i < len(starts) and starts[i] < end:
            continue
        if i > 0 and ends[i - 1] > start:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        kept.append((start, end, reading[6]))
    n = len(starts)
    for reading in singles:
        start = reading[0]
        i = bisect_left(starts, start)
        if i < n and starts[i] < reading[1]:
            continue
        if i > 0 and ends[i - 1] > start:
            continue
        kept.append(reading)
    kept.sort(key=_first)
    return kept


def _first(reading: tuple) -> int:
    return reading[0]


def _span(reading: tuple) -> tuple:
    return reading[0], reading[1]


def _capitalised(word: str) -> bool:
    """"States", "Union": an upper-case initial, not all capitals ("UN", "NATO")."""
    return bool(word) and word[0].isupper() and not word.isupper()


_WORDS_BEFORE = re.compile(r"([^\W_]+)[\s\-]$")
_WORD_AFTER = re.compile(r"[\s\-]([^\W_]+)")
#: Share of capitalised words above which a sentence is a title-case headline.
_TITLE_CASE = 0.6


def _inside_capitalised_name(text: str, start: int, end: int, sentence: tuple, facts: dict) -> bool:
    """Whether the capitalised word ``text[start:end]`` stands inside a name.

    It must not open its sentence (after quotes or a dash) and must touch
    another capitalised word (one space or hyphen apart), in a sentence not
    written in title case.  ``facts`` caches what is read of a whole sentence
    (:func:`_first_letter`, :func:`_title_case`), once per sentence however
    many terms it holds: one sentence of megabytes naming thousands of bodies
    stays linear.
    """
    sent_start, sent_end = sentence
    known = facts.get(sentence)
    if known is None:  # [first letter, title case or None until needed]
        known = facts[sentence] = [_first_letter(text, sent_start, sent_end), None]
    first = known[0]
    if start <= first if first < sent_end else not any(c.isalnum() for c in text[sent_start:start]):
        return False  # the sentence's first word (or a word after a sentence without letters)
    before = _WORDS_BEFORE.search(text, max(sent_start, start - 40), start)
    after = _WORD_AFTER.match(text, end, sent_end)
    if not ((before and _capitalised(before.group(1))) or (after and _capitalised(after.group(1)))):
        return False
    if known[1] is None:
        known[1] = _title_case(text, sent_start, sent_end)
    return not known[1]


def _first_letter(text: str, sent_start: int, sent_end: int) -> int:
    """The offset of the first letter or digit of a sentence (``sent_end`` if none)."""
    return next((i for i in range(sent_start, sent_end) if text[i].isalnum()), sent_end)


def _title_case(text: str, sent_start: int, sent_end: int) -> bool:
    """Whether a sentence is written in title case (a headline): at least
    :data:`_TITLE_CASE` of its words capitalised."""
    words = _WORD.findall(text, sent_start, sent_end)
    capitals = sum(1 for w in words if w[0].isupper())
    return not capitals < _TITLE_CASE * len(words)


_PART_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+)-$")


def _compound_adjective(lower: str, start: int, end: int) -> bool:
    """Whether the participle ``lower[start:end]`` ends a hyphenated compound
    adjective ("government-backed", "state-funded"): no event.  After a verb
    prefix ("co-signed", "re-elected") it stays a verb."""
    if not lower.endswith("ed", start, end) or start < 2 or lower[start - 1] != "-":
        return False
    before = _PART_BEFORE_HYPHEN.search(lower, max(0, start - 30), start)
    return bool(before) and before.group(1) not in VERB_PREFIXES


def find_terms(doc) -> list[tuple]:
    """Rows of ``schema.TERMS`` for one document.

    ``(doc_id, sent_id, start, end, text, term, category, cameo, goldstein)``,
    ``term`` being the lexicon headword; ``text == doc.text[start:end]``.
    """
    lexicon = compiled(doc.language)
    if lexicon is None or not doc.text:
        return []
    rows = []
    append = rows.append
    text = doc.text
    lower = doc.lower
    doc_id = doc.doc_id
    sentences = doc.sentences or [(0, len(text))]
    starts = [s for s, _ in sentences]
    facts: dict[tuple, list] = {}  # per sentence, see _inside_capitalised_name
    for start, end, entry in _resolve(*_scan(doc, lexicon)):
        row = entry.row
        if row is None:
            continue  # a blocker
        sent_id = bisect_right(starts, start) - 1
        if (text[start].isupper() and len(entry.parts) == 1 and entry.category not in NAME_CATEGORIES
                and not text[start:end].isupper()
                and _inside_capitalised_name(text, start, end, sentences[sent_id if sent_id > 0 else 0],
                                             facts)):
            continue  # "the Organization of American States": a name
        if len(entry.parts) == 1 and _compound_adjective(lower, start, end):
            continue  # "a government-backed foundation": no praise
        append((doc_id, sent_id if sent_id > 0 else 0, start, end, text[start:end], *row))
    return rows
