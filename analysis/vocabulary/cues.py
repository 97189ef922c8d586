"""The cue phrases of the event coder and the one pass that finds them.

A *cue* is a word or phrase around a trigger that decides an event's mode
(« n'a pas », "will", « avait », a month) or stands for the article's pair of
countries (« les deux ministres », "both sides"); the tables are in
:mod:`analysis.lang.event_markers`.  Cues are found by Aho-Corasick over
``doc.lower``.

The scan of :func:`~analysis.vocabulary.terms.find_terms` runs one automaton
holding both the lexicon's anchors and these cues (the cost of such a pass is
in walking the text, not in its hits), and leaves the cue hits of the
document here (:func:`remember`); :func:`hits` gives them to the event coder
when it codes that same document next, or scans the text itself;
:func:`scan_cues` turns those hits into the ``(start, end, kind, year, month)``
cues the event coder reads, with the years that may date an event.

>>> kinds, length, month, elided, inside = cue_values("fr")["n'"]
>>> kinds, length, elided
(('ne',), 2, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import event_markers as M
from .endings import END_KINDS

__all__ = ["cue_values", "cue_automaton", "hits", "remember", "cue_language", "scan_cues"]


def cue_language(language: str) -> str:
    """The language whose cues a document of ``language`` is read with ('fr' or 'en')."""
    return language if language in M.MONTHS else "en"


def _pair_phrases(language: str) -> dict[str, tuple]:
    """"les deux ministres", "both sides": every determiner + head, as cue phrases."""
    lang = language if language in ("fr", "en") else "en"
    gov = M.PAIR_HEADS_GOV_FR if lang == "fr" else M.PAIR_HEADS_GOV_EN
    plain = M.PAIR_HEADS_FR if lang == "fr" else M.PAIR_HEADS_EN
    dets = M.PAIR_DETERMINERS[lang]
    return {"pairgov": tuple(f"{d} {h}" for d in dets for h in gov) + M.PAIR_BARE[lang],
            "pairplain": tuple(f"{d} {h}" for d in dets for h in plain)}


def _mode_tables(language: str) -> dict[str, tuple]:
    if language == "fr":
        return {"negword": M.NEGATION_WORDS_FR, "negbefore": M.NEGATION_BEFORE_FR,
                "near": M.PLANNED_NEAR_FR, "after": M.PLANNED_AFTER_FR,
                "scope": M.PLANNED_SCOPE_FR,
                "past": M.REPORTED_NEAR_FR, "pastaround": M.REPORTED_AROUND_FR,
                "negafter": M.NEGATION_AFTER_FR, "pastafter": M.REPORTED_AFTER_FR,
                "purpose": M.PURPOSE_FR, "ne": ("ne", "n'"),
                "endbefore": M.TERMINATIVE_BEFORE_FR, "endafter": M.TERMINATIVE_AFTER_FR,
                "attempt": M.ATTEMPT_FR, "cond": M.CONDITIONAL_FR, "notcond": M.NOT_CONDITIONAL_FR}
    participation = tuple(f"{n} {v}" for negations, verbs in (
        (M.NEGATION_BEFORE_BASE_EN, M.PARTICIPATION_BASE_EN),
        (M.NEGATION_BEFORE_PAST_EN, M.PARTICIPATION_PAST_EN)) for n in negations for v in verbs)
    return {"negbefore": M.NEGATION_EN, "nt": ("n't",), "negjoin": participation,
            "near": M.PLANNED_NEAR_EN, "after": M.PLANNED_AFTER_EN,
            "scope": M.PLANNED_SCOPE_EN, "past": M.REPORTED_NEAR_EN,
            "pastaround": M.REPORTED_AROUND_EN,
            "negafter": M.NEGATION_AFTER_EN, "pastafter": M.REPORTED_AFTER_EN,
            "purpose": M.PURPOSE_EN,
            "endbefore": M.TERMINATIVE_BEFORE_EN, "endafter": M.TERMINATIVE_AFTER_EN,
            "attempt": M.ATTEMPT_EN, "cond": M.CONDITIONAL_EN, "notcond": M.NOT_CONDITIONAL_EN}


@lru_cache(maxsize=None)
def cue_values(language: str) -> dict[str, tuple]:
    """Every cue phrase (both apostrophes) -> ``(kinds, length, month, elided, inside)``.

    ``kinds``: what the phrase is a cue of; ``month``: its number for a
    month name (whose value replaces any other); ``elided``: it ends with an
    apostrophe (a word may follow without a space); ``inside``: it may start
    inside a word ("hasn't").
    """
    tables = _mode_tables(language)
    tables.update(_pair_phrases(language))
    found: dict[str, list] = {}
    for kind, phrases in tables.items():
        for phrase in phrases:
            for variant in {phrase, phrase.replace("'", "\u2019")}:
                found.setdefault(variant, []).append(kind)
    values = {}
    for variant, kinds in found.items():
        kinds = tuple(dict.fromkeys(kinds))
        inside = "nt" in kinds or variant.startswith(("n't", "n\u2019t"))    # "won't attend"
        values[variant] = (kinds, len(variant), None, variant.endswith(("'", "\u2019")), inside)
    for number, month in enumerate(M.MONTHS.get(language, M.MONTHS["en"]), 1):
        values[month] = (("month",), len(month), number, False, False)
    return values


@lru_cache(maxsize=None)
def cue_automaton(language: str):
    """Aho-Corasick automaton of the cues alone: values of :func:`cue_values`."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for variant, value in cue_values(language).items():
        automaton.add_word(variant, value)
    automaton.make_automaton()
    return automaton


#: (lower-case text, language, cue hits) of the last document scanned; the
#: text itself is the key (the same object, so the same characters), not the
#: document, which may then be freed as soon as it is done with.
_last: list = [None, None, None]


def remember(lower: str, language: str, found: list) -> None:
    """Keep the cue hits ``(last offset, value)`` a scan found in ``lower``."""
    _last[0], _last[1], _last[2] = lower, language, found


def hits(doc) -> list:
    """The cue hits ``(last offset, value)`` of ``doc``, in the order of the text.

    Those the lexicon scan left when it last read this very text (same
    object) in the same language, else from a pass of :func:`cue_automaton`.
    """
    language = cue_language(doc.language)
    lower = doc.lower
    if _last[0] is lower and _last[1] == language:
        return _last[2]
    return list(cue_automaton(language).iter(lower))


# --- the cues of one document, with the years that may date its events ----------------

_APOS = "['\u2019]"


def _alternation(words) -> str:
    """A regex alternation of phrases, longest first, apostrophes either way."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(re.escape(w).replace("'", _APOS).replace(r"\ ", r"\s+"))
    return "|".join(parts)


#: The first two digits of the years an event may be dated by (1800-2099).
_CENTURIES = ("18", "19", "20")


def _years(lower: str) -> list[int]:
    """Offsets of the four-digit years 18xx-20xx standing alone (no letter or
    digit touching them), in order: a search for the centuries, not a
    regular expression over the whole text."""
    size = len(lower)
    found = []
    for century in _CENTURIES:
        start = lower.find(century)
        while start >= 0:
            end = start + 4
            if (end <= size and lower[start + 2:end].isdecimal()
                    and not (start and lower[start - 1].isalnum())
                    and not (end < size and lower[end].isalnum())):
                found.append(start)
            start = lower.find(century, start + 1)
    found.sort()
    return found


@lru_cache(maxsize=None)
def _date_context(language: str) -> re.Pattern:
    """What must stand before a year for it to date an event: a preposition or a month."""
    lang = language if language in M.MONTHS else "en"
    preps = M.DATE_PREPOSITIONS_FR if lang == "fr" else M.DATE_PREPOSITIONS_EN
    months = "|".join(M.MONTHS[lang])
    return re.compile(rf"(?<![^\W_])(?:(?:{_alternation(preps)})|(?P<month>{months})"
                      rf"(?:\s+\d{{1,2}}(?:er|st|nd|rd|th)?,?)?)\s+$")


def scan_cues(doc, ends: list | None = None) -> list[tuple]:
    """(start, end, kind, year, month) for every cue of the document, by start.

    The terminative words (kinds ``endbefore``, ``endafter``) go to ``ends``
    when given (in the order of the text), never among the mode cues."""
    language = cue_language(doc.language)
    lower = doc.lower
    size = len(lower)
    cues = []
    append = cues.append
    month_cues = {}
    for last, (kinds, length, month, elided, inside) in hits(doc):
        start = last - length + 1
        if start and not inside and lower[start - 1].isalnum():
            continue
        if not elided and last + 1 < size and lower[last + 1].isalnum():
            continue
        if month is not None:
            month_cues[last + 1] = len(cues)
            # A month alone dates an event in French ("fin juillet"), not
            # in English ("may", "march" are words too).
            append((start, last + 1, "date" if language == "fr" else "month", None, month))
            continue
        for kind in kinds:
            if kind in END_KINDS:
                if ends is not None:
                    ends.append((start, last + 1, kind, None, None))
                continue
            append((start, last + 1, kind, None, None))
    context = _date_context(language)
    for start in _years(lower):
        before = context.search(lower, max(0, start - 30), start)
        if before is None:
            continue
        month = None
        if before.group("month"):
            index = month_cues.get(before.end("month"))
            if index is not None:
                month = cues[index][4]
                cues[index] = (cues[index][0], cues[index][1], "month", None, month)
        append((start, start + 4, "date", int(lower[start:start + 4]), month))
    cues.sort()
    return cues
