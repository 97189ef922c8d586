"""The event words of a dated sentence: the vocabulary's terms and events, and the trigger table.

:func:`lexicon_triggers` reads the terms and events of the dated sentences
of an article once (kinds from :func:`kind_of_term`); :func:`sentence_triggers`
adds the words of the package's own table (:data:`analysis.lang.milestones.TRIGGERS`)
found in one sentence: an Aho-Corasick pass over the sentence finds the
literal start of every alternative of the table, and at each place only the
rows that can start with its next three letters are tried, in table order,
which finds what the pattern of the whole table (:func:`trigger_pattern`)
finds.  Used by :mod:`analysis.milestones`.

>>> [(t.kind, t.cameo) for t in sentence_triggers("l'algérie a annoncé la rupture.", 0, 31, None, "fr")]
[('declaration', '010'), ('rupture', '161')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lang import milestones as data
from .milestone_pairing import SHORT, Spans

__all__ = ["Trigger", "kind_of_term", "literal_prefixes", "trigger_pattern", "trigger_automaton",
           "lexicon_triggers", "sentence_triggers"]

_APOS = "['\u2019\u02bc]"
#: Characters around a negated event in which triggers of its kind are dropped.
_NEGATION_REACH = 40


class Trigger:
    """An event word of a dated sentence: where it is, its kind and CAMEO code."""

    __slots__ = ("start", "end", "kind", "cameo", "mode", "countries")

    def __init__(self, start, end, kind, cameo, mode=None, countries=()):
        self.start, self.end, self.kind, self.cameo = start, end, kind, cameo
        self.mode, self.countries = mode, countries

    def __repr__(self):
        return f"Trigger({self.start}, {self.end}, {self.kind!r}, {self.cameo!r})"


@lru_cache(maxsize=None)
def trigger_pattern(language: str) -> re.Pattern:
    """The package's trigger table as one pattern; group ``t<i>`` is row ``i``."""
    rows = data.TRIGGERS[language]
    alternatives = "|".join(f"(?P<t{i}>{pattern.replace(chr(39), _APOS)})"
                            for i, (_, _, pattern) in enumerate(rows))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


def literal_prefixes(pattern: str) -> list[str]:
    """The literal start of each top-level alternative of a trigger pattern.

    >>> literal_prefixes(r"rétabli\\w*|re-?establish|sign(?:ed|s)")
    ['rétabli', 're', 'sign']
    """
    alternatives, depth, current = [], 0, []
    for ch in pattern:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            alternatives.append("".join(current))
            current = []
        else:
            current.append(ch)
    alternatives.append("".join(current))
    prefixes = []
    for alternative in alternatives:
        literal = []
        for i, ch in enumerate(alternative):
            if ch in "\\([.|?*+{":
                break
            if i + 1 < len(alternative) and alternative[i + 1] in "?*{":
                break
            literal.append(ch)
        prefixes.append("".join(literal))
    return prefixes


@lru_cache(maxsize=None)
def trigger_automaton(language: str):
    """Aho-Corasick automaton of the literal starts of every trigger (both apostrophes)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for _, _, pattern in data.TRIGGERS[language]:
        for prefix in literal_prefixes(pattern):
            for variant in {prefix, prefix.replace("'", "\u2019")}:
                automaton.add_word(variant, len(variant))
    automaton.make_automaton()
    return automaton


def kind_of_term(category: str | None, cameo: str | None, headword: str | None = None) -> str | None:
    """Milestone kind of a vocabulary term or event, or None (cooperation, aid …).

    >>> kind_of_term("reduction_of_relations", "161"), kind_of_term("reduction_of_relations", "161",
    ...                                                              "recall ambassador")
    ('rupture', 'recall')
    """
    if headword:
        kind = data.KIND_OF_HEADWORD.get(headword)
        if kind:
            return kind
    if cameo:
        for size in (3, 2):
            kind = data.KIND_OF_CAMEO.get(cameo[:size])
            if kind:
                return kind
    return data.KIND_OF_CATEGORY.get(category) if category else None


_KIND_MEMO: dict = {}
_MISSING = object()


def _kind(category, cameo, headword=None) -> str | None:
    """:func:`kind_of_term`, remembered (terms and events repeat a few hundred pairs)."""
    key = (category, cameo, headword)
    kind = _KIND_MEMO.get(key, _MISSING)
    if kind is _MISSING:
        kind = kind_of_term(category, cameo, headword)
        if len(_KIND_MEMO) < 10_000:
            _KIND_MEMO[key] = kind
    return kind


def lexicon_triggers(terms, events, wanted) -> dict[int, tuple[list, list, list]]:
    """Per dated sentence: (triggers of its terms, triggers of its events, negated spans).

    One pass over each table; kinds come from :func:`kind_of_term` (remembered).
    A term of a narrower kind than its code's (:data:`~analysis.lang.milestones.KIND_OF_HEADWORD`)
    gives that kind to an event of the same code on its words; a hosting term
    (:data:`~analysis.lang.milestones.HOST_CODES`) counts only under an event.
    """
    out: dict[int, tuple[list, list, list]] = {}
    memo, missing, hosts = _KIND_MEMO, _MISSING, data.HOST_CODES
    coded: dict[int, Spans] = {}         # spans of the events (not negated), by sentence
    for row in events:
        if row[1] in wanted and row[8] is not None and row[7] != "negated":
            spans = coded.get(row[1])
            if spans is None:
                spans = coded[row[1]] = Spans([])
            spans.spans.append((row[8], row[9]))
    no_events = Spans(())
    narrower: dict[int, list] = {}       # terms whose headword narrows their code's kind
    for row in terms:
        sid = row[1]
        if sid in wanted:
            key = (row[6], row[7], row[5])
            kind = memo.get(key, missing)
            if kind is missing:
                kind = _kind(*key)
            if kind:
                if row[7] in hosts and not coded.get(sid, no_events).overlaps(row[2], row[3]):
                    continue            # hosts no visitor: no visit
                entry = out.get(sid) or out.setdefault(sid, ([], [], []))
                entry[0].append(Trigger(row[2], row[3], kind, row[7]))
                if kind != _kind(row[6], row[7]):
                    narrower.setdefault(sid, []).append((row[2], row[3], row[7], kind))
    for row in events:
        sid = row[1]
        if sid not in wanted or row[8] is None:
            continue
        kind = memo.get((None, row[2], None), missing)
        if kind is missing:
            kind = _kind(None, row[2])
        for a, b, code, narrow in narrower.get(sid, ()):
            if code == row[2] and a < row[9] and row[8] < b:
                kind = narrow
                break
        if row[7] == "negated":          # « n'a pas signé (l'accord) »: no milestone there
            entry = out.get(sid) or out.setdefault(sid, ([], [], []))
            entry[2].append((row[8] - _NEGATION_REACH, row[9] + _NEGATION_REACH, kind))
        elif kind:
            source, target = row[4], row[5]
            if source and len(source) >= 3:
                countries = (source[:3], target[:3]) if target and len(target) >= 3 else (source[:3],)
            else:
                countries = (target[:3],) if target and len(target) >= 3 else ()
            entry = out.get(sid) or out.setdefault(sid, ([], [], []))
            entry[1].append(Trigger(row[8], row[9], kind, row[2], row[7], countries))
    return out


@lru_cache(maxsize=None)
def _trigger_rows(language: str) -> dict[str, tuple]:
    """The first three characters a trigger can start with → the rows of the table that
    can match there, in table order, as (pattern of the row, kind, CAMEO code).

    Every alternative of the table starts with at least three literal characters
    (:func:`literal_prefixes`), so a row whose alternatives start otherwise cannot
    match at a place: trying only the others, in order, finds what the whole
    pattern of :func:`trigger_pattern` finds (its first matching row).
    """
    by_start: dict[str, list] = {}
    for i, (kind, cameo, pattern) in enumerate(data.TRIGGERS[language]):
        row = (re.compile(rf"(?<![^\W_])(?:{pattern.replace(chr(39), _APOS)})(?![^\W_])"), kind, cameo)
        for prefix in literal_prefixes(pattern):
            for start in _apostrophes(prefix[:3]):
                rows = by_start.setdefault(start, [])
                if not rows or rows[-1][0] is not row:
                    rows.append((row, i))
    return {start: tuple(row for row, _ in sorted(rows, key=lambda r: r[1]))
            for start, rows in by_start.items()}


def _apostrophes(text: str) -> list[str]:
    """``text`` with each apostrophe written in every way the patterns accept."""
    out = [""]
    for ch in text:
        out = [s + v for s in out for v in ("'\u2019\u02bc" if ch == "'" else ch)]
    return out


def sentence_triggers(lower, lo, hi, lexicon, language) -> list[Trigger]:
    """The event words of the sentence ``lower[lo:hi]``: the lexicon's, then the table's."""
    found = lexicon[0] + lexicon[1] if lexicon else []
    n_lexicon = len(found)
    narrow = None
    # the automaton reads a copy of the string it is given: the sentence, not the article
    first = lo + 1
    starts = {first + last - length for last, length in trigger_automaton(language).iter(lower[lo:hi])}
    if starts:
        rows_at = _trigger_rows(language)
        covered = lo
        for start in sorted(starts):
            if start < covered or (start and lower[start - 1].isalnum()):
                continue
            for pattern, kind, cameo in rows_at.get(lower[start:start + 3], ()):
                match = pattern.match(lower, start, hi)
                if match:
                    covered = match.end()
                    trigger = Trigger(start, covered, kind, cameo)
                    found.append(trigger)
                    if kind in data.NARROW_KINDS:
                        if narrow is None:
                            narrow = []
                        narrow.append(trigger)
                    break
    # the table's narrower kinds win over the lexicon's broader reading of the same words
    # ("a rappelé son ambassadeur": a recall, not just a reduction of relations)
    # (spans indexed once: a sentence can hold thousands of triggers)
    if narrow and n_lexicon:
        narrow_spans = Spans([(t.start, t.end) for t in narrow])
        found = [t for t in found[:n_lexicon]
                 if t.kind in data.NARROW_KINDS or not narrow_spans.overlaps(t.start, t.end)] \
            + found[n_lexicon:]
    if lexicon and lexicon[2]:
        negated = lexicon[2]
        if len(negated) <= SHORT:
            found = [t for t in found if not any(a < t.end and t.start < b and k in (None, t.kind)
                                                 for a, b, k in negated)]
        else:       # kind → the negated spans that drop it (its kind's and kindless ones)
            dropping = {kind: Spans([(a, b) for a, b, k in negated if k in (None, kind)])
                        for kind in {t.kind for t in found}}
            found = [t for t in found if not dropping[t.kind].overlaps(t.start, t.end)]
    return found
