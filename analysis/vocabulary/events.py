"""Code events from terms: rows of ``schema.EVENTS`` with mode and actors.

Every coded term (a lexicon match with a CAMEO code) is an event of its
sentence, except the names of agreements (category ``agreement``); terms of
one code and mode in one sentence are one event.  Its *mode* comes from the
words around it (tables in :mod:`analysis.lang.event_markers`), found by one
Aho-Corasick pass over ``doc.lower`` per document:

- ``negated``: « n'a pas signé », « sans signer », "did not sign",
  "rejected any negotiations";
- ``planned``: a future verb (« signera »), « doit / devrait / prochaine »,
  "will / next", a date after publication, or a verb of agreement or appeal
  earlier in the sentence (« ont convenu de tenir », "agreed to hold",
  « a appelé ... à ») — the agreeing or appealing itself stays ``actual``;
- ``reported``: a past event recalled: plus-que-parfait « avait rompu »,
  "had signed", "ten years ago", a date before publication near the term;
- ``actual`` otherwise.  Priority: negated > planned > reported > actual.

Actors (``source``, ``target``) come from :mod:`analysis.vocabulary.actors`;
the same pass finds the pair expressions (« les deux ministres ») it needs.
A third party's appeal to "both sides" is one row per side.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..lang import event_markers as M
from .actors import SentenceActors, actor_code, main_pair
from .terms import NAME_CATEGORIES

__all__ = ["code_events", "main_pair", "actor_code", "event_mode", "MODES", "NON_EVENT_CATEGORIES"]

MODES = ("actual", "reported", "planned", "negated")
#: Lexicon categories that are terms but not events: the name of an agreement
#: (« mémorandum d'entente », "free trade agreement") is not its signature.
NON_EVENT_CATEGORIES = NAME_CATEGORIES

_APOS = "['\u2019]"


def _alternation(words) -> str:
    """A regex alternation of phrases, longest first, apostrophes either way."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(re.escape(w).replace("'", _APOS).replace(r"\ ", r"\s+"))
    return "|".join(parts)


def _pair_phrases(language: str) -> dict[str, tuple]:
    """"les deux ministres", "both sides": every determiner + head, as cue phrases."""
    lang = language if language in ("fr", "en") else "en"
    gov = M.PAIR_HEADS_GOV_FR if lang == "fr" else M.PAIR_HEADS_GOV_EN
    plain = M.PAIR_HEADS_FR if lang == "fr" else M.PAIR_HEADS_EN
    dets = M.PAIR_DETERMINERS[lang]
    return {"pairgov": tuple(f"{d} {h}" for d in dets for h in gov) + M.PAIR_BARE[lang],
            "pairplain": tuple(f"{d} {h}" for d in dets for h in plain)}


def _cue_tables(language: str) -> dict[str, tuple]:
    tables = _mode_tables(language)
    tables.update(_pair_phrases(language))
    return tables


def _mode_tables(language: str) -> dict[str, tuple]:
    if language == "fr":
        return {"negword": M.NEGATION_WORDS_FR, "negbefore": M.NEGATION_BEFORE_FR,
                "near": M.PLANNED_NEAR_FR, "after": M.PLANNED_AFTER_FR,
                "scope": M.PLANNED_SCOPE_FR,
                "past": M.REPORTED_NEAR_FR, "pastaround": M.REPORTED_AROUND_FR,
                "ne": ("ne", "n'")}
    return {"negbefore": M.NEGATION_EN, "near": M.PLANNED_NEAR_EN, "after": M.PLANNED_AFTER_EN,
            "scope": M.PLANNED_SCOPE_EN, "past": M.REPORTED_NEAR_EN,
            "pastaround": M.REPORTED_AROUND_EN,
            "nt": ("n't",)}


@lru_cache(maxsize=None)
def _cue_automaton(language: str):
    """Aho-Corasick automaton of every cue phrase: value (kinds, length, month, elided)."""
    import ahocorasick

    values: dict[str, list] = {}
    for kind, phrases in _cue_tables(language).items():
        for phrase in phrases:
            for variant in {phrase, phrase.replace("'", "\u2019")}:
                values.setdefault(variant, []).append(kind)
    automaton = ahocorasick.Automaton()
    months = M.MONTHS.get(language, M.MONTHS["en"])
    for variant, kinds in values.items():
        automaton.add_word(variant, (tuple(dict.fromkeys(kinds)), len(variant), None,
                                     variant.endswith(("'", "\u2019"))))
    for number, month in enumerate(months, 1):
        automaton.add_word(month, (("month",), len(month), number, False))
    automaton.make_automaton()
    return automaton


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@lru_cache(maxsize=None)
def _date_context(language: str) -> re.Pattern:
    """What must stand before a year for it to date an event: a preposition or a month."""
    lang = language if language in M.MONTHS else "en"
    preps = M.DATE_PREPOSITIONS_FR if lang == "fr" else M.DATE_PREPOSITIONS_EN
    months = "|".join(M.MONTHS[lang])
    return re.compile(rf"(?:(?<![^\W_])(?:{_alternation(preps)})|(?<![^\W_])(?P<month>{months})"
                      rf"(?:\s+\d{{1,2}}(?:er|st|nd|rd|th)?,?)?)\s+$")


def _scan_cues(doc) -> list[tuple]:
    """(start, end, kind, year, month) for every cue of the document, by start."""
    language = doc.language if doc.language in M.MONTHS else "en"
    lower = doc.lower
    size = len(lower)
    cues = []
    month_cues = {}
    for last, (kinds, length, month, elided) in _cue_automaton(language).iter(lower):
        start = last - length + 1
        if start and lower[start - 1].isalnum() and "nt" not in kinds:
            continue
        if not elided and last + 1 < size and lower[last + 1].isalnum():
            continue
        for kind in kinds:
            if kind == "month":
                month_cues[last + 1] = len(cues)
                # A month alone dates an event in French ("fin juillet"), not
                # in English ("may", "march" are words too).
                cues.append((start, last + 1, "date" if language == "fr" else "month", None, month))
            else:
                cues.append((start, last + 1, kind, None, None))
    context = _date_context(language)
    for m in _YEAR.finditer(lower):
        start, end = m.span()
        if (start and lower[start - 1].isalnum()) or (end < size and lower[end].isalnum()):
            continue
        before = context.search(lower, max(0, start - 30), start)
        if before is None:
            continue
        month = None
        if before.group("month"):
            index = month_cues.get(before.end("month"))
            if index is not None:
                month = cues[index][4]
                cues[index] = (cues[index][0], cues[index][1], "month", None, month)
        cues.append((start, end, "date", int(m.group()), month))
    cues.sort()
    return cues


# French future and conditional endings on the trigger itself ("signera",
# "rendront", "recevrait"); not the passé simple "déclara".
_FUTURE_FR = re.compile(r"(?:(?:er|ir|dr|vr|ur)(?:a|ai|as|ons|ez|ont)|(?:er|dr|vr)(?:ait|aient))$")
_FIRST_WORD = re.compile(r"[^\W_]+")

_NEAR = 55      # characters before the trigger for near cues
_NEG_NEAR = 40  # ... for French "ne"
_NEG_BEFORE = 20  # ... for "not", "sans", "refused", "rejected" (a few words at most)
_DATE_NEAR = 80


def event_mode(doc, start: int, end: int, cues: list[tuple] | None = None,
               cue_starts: list[int] | None = None) -> str:
    """The mode of the event whose trigger is ``doc.text[start:end]``.

    >>> from analysis.text import Document
    >>> doc = Document("d", "Le Maroc n’a pas signé l’accord.", "fr")
    >>> event_mode(doc, doc.text.index("signé"), doc.text.index("signé") + 5)
    'negated'
    """
    if cues is None:
        cues = _scan_cues(doc)
        cue_starts = [c[0] for c in cues]
    sent_start, sent_end = doc.sentences[doc.sentence_at(start)] if doc.sentences else (0, len(doc.text))
    lo = bisect_left(cue_starts, sent_start)
    hi = bisect_left(cue_starts, sent_end)
    negated = planned = reported = False
    ne_at = None
    neg_words = []
    nearest_date = None
    trigger_scopes = False
    for cue_start, cue_end, kind, year, month in cues[lo:hi]:
        if cue_start < end and cue_end > start and kind != "negword":
            # the cue is the trigger itself ("ont convenu de", "agreed to hold"):
            # what follows is planned, the agreeing is not.  A negation word
            # may sit inside a trigger (« n'entretiennent plus de relations »).
            trigger_scopes |= kind == "scope"
            continue
        before = cue_end <= start
        gap = start - cue_end if before else cue_start - end
        if kind == "ne":
            if before and gap <= _NEG_NEAR:
                ne_at = cue_start
        elif kind == "negword":
            neg_words.append(cue_start)
        elif kind in ("negbefore", "nt"):
            negated |= before and gap < _NEG_BEFORE
        elif kind == "near":
            planned |= before and gap <= _NEAR
        elif kind == "after":
            planned |= not before and gap <= 25
        elif kind == "scope":
            planned |= before
        elif kind == "past":
            reported |= before and gap <= _NEAR
        elif kind == "pastaround":
            reported |= gap <= (_NEAR if before else 30)
        elif kind == "date" and gap <= _DATE_NEAR and (nearest_date is None or gap < nearest_date[0]):
            if before or not trigger_scopes:
                nearest_date = (gap, year, month)
    if ne_at is not None and any(ne_at < w <= end + 15 for w in neg_words):
        negated = True
    if negated:
        return "negated"
    if doc.language == "fr":
        first_word = _FIRST_WORD.match(doc.lower, start, end)
        planned |= bool(first_word and len(first_word.group()) > 5
                        and _FUTURE_FR.search(first_word.group()))
    if nearest_date is not None and doc.published is not None:
        _, year, month = nearest_date
        pub = (doc.published.year, doc.published.month)
        when = (year if year is not None else pub[0], month or 0)
        if year is not None and year > pub[0] or (year is not None and month and when > pub):
            planned = True
        elif year is not None and year < pub[0] or (month and when < pub):
            reported = True
    if planned:
        return "planned"
    return "reported" if reported else "actual"


def code_events(doc, terms, mentions) -> list[tuple]:
    """Rows of ``schema.EVENTS`` for one document.

    ``(doc_id, sent_id, cameo, goldstein, source, target, trigger, mode,
    start, end)``; ``trigger == doc.text[start:end]`` is the term's text.
    Terms of one code and mode in one sentence are one event (« signature
    d'un Mémorandum ... signé »): the first term is its trigger.
    """
    coded = [t for t in terms if t[7] is not None and t[6] not in NON_EVENT_CATEGORIES]
    if not coded:
        return []
    cues = _scan_cues(doc)
    cue_starts = [c[0] for c in cues]
    actors = SentenceActors(doc, mentions if mentions is not None else (), {t[1] for t in coded}, cues)
    rows = []
    first_term: dict[tuple, int] = {}
    for doc_id, sent_id, start, end, text, _term, _category, cameo, weight in coded:
        mode = event_mode(doc, start, end, cues, cue_starts)
        key = (sent_id, cameo, mode)
        if first_term.setdefault(key, start) != start:
            continue
        for source, target in actors.assign(sent_id, start, end):
            rows.append((doc_id, sent_id, cameo, weight, source, target, text, mode, start, end))
    return rows
