"""Temporal expressions: found in one pass, normalised against the publication date.

The rules follow HeidelTime's for news (``../shared/REFERENCE.md`` §2):
explicit dates keep the precision they are written with ("octobre 2002" →
``2002-10``); a weekday is the latest such day on or before publication
("jeudi" in an article of Thursday 2025-10-16 → ``2025-10-16``), or the next
one in a future clause ("doit se rendre mercredi"); a month or a day without
a year takes the publication year, shifted by the tense of the clause
(:mod:`analysis.tense`: "will", "is due to", « se rendra », « doit »…);
deictic words ("hier", "last week", "l'an dernier") are offsets from the
publication date, and a month next to one is that month of that year ("in
September last year", « L'an dernier, en février » → one expression; "last
September", "next March" are the nearest such months before or after).
Narrative expressions ("the following month", « deux ans plus tard », « le
lendemain ») are offsets from the last date written before them
(HeidelTime's reference for narratives); with no such date, or one too
vague for the unit, they stay unresolved.  Without a publication date,
absolute dates are kept and anchored ones are returned with ``value=None``
and ``resolved=False``.

Conventions of the ``timexes`` table:

- ``value``: ISO text ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; for a range of
  days the start (the end is :attr:`Timex.end_value`); a range of years
  ("from 1910 to 1945", « de 1910 à 1945 », "2015-2020") is two rows, its
  first and its last year (the table has no end column); for a week the Monday
  (precision ``week``); for a half or a quarter its first month (precision
  ``half`` / ``quarter``); for a decade its first year (precision ``decade``).
  For a season its first month (precision ``season``; winter starts in
  December: TIMEX3 ``2022-WI`` is ``2022-12``).
- ``precision``: day, week, month, season, quarter, half, year, decade.
- ``kind``: ``date`` (calendar words or digits), ``range`` ("du 28 au 30
  octobre", "2015-2020"), ``weekday``, ``relative`` (deictic, from the
  publication date: "hier", "last spring"), ``anaphoric`` (from the last date written), ``part`` (a part
  of a period: "fin juillet", "mi-2025", "second semestre 2025") and
  ``modifier``: an English year used as a noun modifier ("the 2030 World
  Cup", "Morocco's 2007 autonomy plan"), the date of the thing named rather
  than of an event; milestones ignore it.  A French year right after a noun
  ("Mondial 2030", "Vision 2030") is not tagged: it names a thing.

>>> import datetime
>>> [(t.text, t.value, t.kind) for t in parse_timexes(
...     "Le ministre a été reçu jeudi, après deux visites en octobre 2002 et en mars 2016.",
...     language="fr", published=datetime.date(2025, 10, 16))]
[('jeudi', '2025-10-16', 'weekday'), ('octobre 2002', '2002-10', 'date'), ('mars 2016', '2016-03', 'date')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from typing import NamedTuple

from .lang.calendar import (LEAD_TENSE, LIST_LEAD_WORDS, QUANTITY_UNITS, QUANTITY_WORDS,
                            WEAK_LEAD_WORDS)
from .temporal_patterns import scan, table
from .temporal_values import (JOINED, TOKEN, CalendarWords, apposition, calendar_tables, infer_year, iso,
                              joins_year, language_tables, lower_case_months, month_of_year, months_capitalised,
                              season_value, shift_anchor, shift_date, valid_date, weekday_date)
from .tense import clause_tense

__all__ = ["Timex", "find_timexes", "parse_timexes", "clause_tense", "compatible"]


class Timex(NamedTuple):
    """One temporal expression; the first seven fields are the table's columns."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    kind: str
    resolved: bool
    mod: str | None = None          # START, MID or END for a part of a period
    end_value: str | None = None    # the last day, month or year of a range
    lead: str | None = None         # the word before: "en", "since", "avant" …


#: Builds a :class:`Timex` from its ten fields (a third of the time of ``Timex(...)``).
_timex = partial(tuple.__new__, Timex)

_KIND = {"iso": "date", "numeric": "date", "date": "date", "monthyear": "date",
         "month": "date", "year": "date", "paren": "date", "decade": "date",
         "range": "range", "part": "part", "relative": "relative", "anaphoric": "anaphoric",
         "weekday": "weekday", "yearmod": "modifier", "monthmod": "date", "season": "date"}
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*(?:-[^\W\d_]+)*")
_SPACES = re.compile(r"\s+")
_TENSE_REACH = 120   # characters either side of an expression searched for a tense cue
_LIST_YEAR = re.compile(r"\s*(?:,|et|ou|and|or)\s+(?:en\s+|in\s+)?([^\W\d_]+)\.?\s+"
                        r"(?:de\s+|of\s+)?((?:1\d|20)\d\d)(?!\d)")


def _norm(words: str) -> str:
    return _SPACES.sub(" ", words.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2010", "-")
                       .replace("\u2011", "-")).strip()


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two ISO values can name the same time: equal, or one refines the other.

    >>> compatible("2016-03", "2016-03-14"), compatible("2016-03", "2016-05")
    (True, False)
    """
    if not a or not b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long == short or long.startswith(short + "-")


class _Resolver:
    """Turns one match into :class:`Timex` rows (one, or several for a list)."""

    def __init__(self, text, lower, language, published, sentences, rows):
        self.text, self.lower, self.language = text, lower, language
        self.published = published
        self.sentences = sentences
        self.rows = rows            # the expressions found so far (the anchor of "two years later")
        self._starts = None

    def tense(self, start, end):
        if self.lead and LEAD_TENSE.get(self.lead):
            return LEAD_TENSE[self.lead]
        if self._starts is None:
            self._starts = [s for s, _ in self.sentences]
        i = max(bisect_right(self._starts, start) - 1, 0)
        lo, hi = self.sentences[i] if self.sentences else (0, len(self.text))
        lo, hi = max(lo, start - _TENSE_REACH), min(hi, end + _TENSE_REACH)
        return clause_tense(self.text, self.lower, start, end, lo, hi, self.language)

    lead = None     # the lead word of the match being resolved

    def make(self, start, end, value, precision, kind, anchored=False, mod=None, end_value=None,
             lead=None):
        if anchored and value is None:
            precision = None
        return _timex((start, end, self.text[start:end], value, precision, kind, value is not None,
                       mod, end_value, lead or self.lead))

    def day_month(self, year, month, day, start, end):
        """(value, precision) of a date whose year may be missing."""
        if year is None:
            year = infer_year(month, day, self.published, self.tense(start, end))
            if year is None:
                return None, ("day" if day else "month")
        if day and not valid_date(year, month, day):
            return "invalid", None
        return iso(year, month, day), ("day" if day else "month")

    def __call__(self, match) -> list[Timex]:
        shape = match.lastgroup
        start, end = match.span(shape)
        method, kind = _SHAPES[shape]
        rows = method(self, start, end, kind)
        return [r for r in rows if r is not None and r.value != "invalid"]

    # One method per shape of :func:`analysis.temporal_patterns.timex_pattern`.

    def _iso(self, start, end, kind):
        y, m, d = (int(x) for x in self.lower[start:end].split("-"))
        return [self.make(start, end, iso(y, m, d), "day", kind)] if valid_date(y, m, d) else []

    def _numeric(self, start, end, kind):
        a, b, y = (int(x) for x in re.split(r"[/.]", self.lower[start:end]))
        d, m = (b, a) if self.language == "en" and valid_date(y, a, b) else (a, b)
        return [self.make(start, end, iso(y, m, d), "day", kind)] if valid_date(y, m, d) else []

    def _date(self, start, end, kind):
        p = CalendarWords(self.lower, start, end, self.language)
        if not p.months or not p.days or not months_capitalised(p, self.text, self.language):
            return []
        year = p.years[0] if p.years else None
        value, precision = self.day_month(year, p.months[0][0], p.days[0], start, end)
        return [self.make(start, end, value, precision, kind, anchored=year is None)]

    def _monthyear(self, start, end, kind):
        # the grammar's shape: a month (or an abbreviation and its period), "de"/"of", a
        # four-digit year at the end; what :class:`CalendarWords` would read, without the loop
        months, abbr, _, _ = calendar_tables(self.language)
        s, e = TOKEN.match(self.lower, start).span()
        name = self.lower[s:e]
        month = months[name] if name in months else abbr[name]
        if self.language != "fr" and self.text[s:e].lower() in lower_case_months(self.language) \
                and not self.text[s].isupper():
            return []
        return [_timex((start, end, self.text[start:end], f"{int(self.lower[end - 4:end]):04d}-{month:02d}",
                        "month", kind, True, None, None, self.lead))]

    def _paren(self, start, end, kind):
        return [self.make(start, end, self.lower[start:end], "year", kind)]

    _yearmod = _paren

    def _year(self, start, end, kind):
        rows, before = [], None
        for tok, (s, e) in CalendarWords(self.lower, start, end, self.language).tokens:
            if len(tok) == 4 and tok.isdigit():
                # "since 2012, in 2026": the second year has its own lead word
                lead = before if before in ("en", "in") and rows else None
                rows.append(self.make(s, e, tok, "year", kind, lead=lead))
            before = tok
        return rows

    def _month(self, start, end, kind):
        p = CalendarWords(self.lower, start, end, self.language)
        if not months_capitalised(p, self.text, self.language):
            return []
        if self.language == "fr" and any(self.text[s].isupper() for _, (s, _e) in p.months):
            return []   # "vers Mars": French months are lower-case after a word
        year = None
        following = _LIST_YEAR.match(self.lower, end)
        if following and following.group(1) in table("MONTHS", self.language):
            year = int(following.group(2))
        rows = []
        for month, (s, e) in p.months:
            value, precision = self.day_month(year, month, None, s, e)
            rows.append(self.make(s, e, value, precision, kind, anchored=year is None))
        return rows

    def _monthmod(self, start, end, kind):
        """"last September", "next March", "this May": the month named from publication."""
        p = CalendarWords(self.lower, start, end, self.language)
        if not p.months or not months_capitalised(p, self.text, self.language):
            return []
        month = p.months[0][0]
        if self.published is None:
            return [self.make(start, end, None, "month", kind, anchored=True)]
        modifier = _norm(self.lower[start:p.months[0][1][0]])
        direction = table("MONTH_MODIFIERS_BEFORE", self.language).get(modifier, 0)
        year, now = self.published.year, self.published.month
        if direction < 0 and month >= now:       # "last October" in October: a year ago
            year -= 1
        elif direction > 0 and month <= now:
            year += 1
        return [self.make(start, end, iso(year, month), "month", kind)]

    def _season(self, start, end, kind):
        """"au printemps dernier", "last spring", "cet hiver", "the autumn of 2020"."""
        lang = language_tables(self.language)
        words = _norm(self.lower[start:end]).split()
        at = next(i for i, w in enumerate(words) if w in lang.seasons)
        code, after = lang.seasons[words[at]], " ".join(words[at + 1:])
        if words[at] in lang.season_after_only and not at:        # "a été dernier", "prices fall"
            before = _norm(self.lower[max(0, start - 12):start]).replace("'", "' ").split()
            if not before or before[-1] not in lang.season_after_only[words[at]]:
                return []
        if after[-4:].isdigit():                            # "l'été 2023", "the autumn of 2020"
            return [self.make(start, end, season_value(code, 0, None, int(after[-4:])), "season", kind)]
        offset = lang.relative.get(after.removeprefix("de ").removeprefix("of "))
        if offset is not None:          # "au printemps de l'année dernière", "in the spring of last year"
            value = None if self.published is None else season_value(
                code, 0, None, self.published.year + offset[1])
        else:
            direction = lang.season_before.get(" ".join(words[:at]), lang.season_after.get(after, 0))
            value = season_value(code, direction, self.published)
        return [self.make(start, end, value, "season", "relative", anchored=value is None)]

    def _decade(self, start, end, kind):
        digits = re.search(r"\d+", self.lower[start:end]).group()
        year = int(digits) if len(digits) == 4 else 1900 + int(digits)
        return [self.make(start, end, iso(year), "decade", kind)]

    def _range(self, start, end, kind):
        p = CalendarWords(self.lower, start, end, self.language)
        if not months_capitalised(p, self.text, self.language):
            return []
        if not p.days:       # 2015-2020, de 2015 à 2020: the first and the last year, one row each
            years = [(int(t), span) for t, span in p.tokens if len(t) == 4 and t.isdigit()]
            (y1, (s1, e1)), (y2, (s2, e2)) = years[0], years[-1]
            if y1 >= y2:
                return []
            return [self.make(s1, e1, iso(y1), "year", kind, end_value=iso(y2)),
                    _timex((s2, e2, self.text[s2:e2], iso(y2), "year", kind, True, None, None, None))]
        d1, d2 = p.days[0], p.days[-1]
        m1, m2 = p.months[0][0], p.months[-1][0]
        if len(p.years) >= 2:
            y1, y2 = p.years[0], p.years[-1]
        else:
            y2 = p.years[0] if p.years else None
            if y2 is None:
                y2 = infer_year(m2, d2, self.published, self.tense(start, end))
            y1 = None if y2 is None else (y2 - 1 if (m1, d1) > (m2, d2) else y2)
        if y1 is None:
            return [self.make(start, end, None, "day", kind, anchored=True)]
        if not (valid_date(y1, m1, d1) and valid_date(y2, m2, d2)):
            return []
        return [self.make(start, end, iso(y1, m1, d1), "day", kind, end_value=iso(y2, m2, d2))]

    def _relative(self, start, end, kind):
        lang = language_tables(self.language)
        phrase = _norm(self.lower[start:end])
        offset = lang.relative.get(phrase)
        if offset is None:
            tokens = phrase.split()
            numbers, units = lang.numbers, lang.units
            count = next((int(t) if t.isdigit() else numbers[t] for t in tokens
                          if t.isdigit() or t in numbers), None)
            unit = next((units[t] for t in tokens if t in units), None)
            if count is None or unit is None:
                return []
            future = phrase.startswith(lang.in_before) if lang.in_before else False
            offset = (unit, count if future else -count)
        if self.published is None:
            return [self.make(start, end, None, offset[0], kind, anchored=True)]
        value, precision = shift_date(self.published, *offset)
        return [self.make(start, end, value, precision, kind)]

    def _anaphoric(self, start, end, kind):
        lang = language_tables(self.language)
        phrase = _norm(self.lower[start:end])
        offset = lang.anaphoric.get(phrase)
        if offset is None:          # "deux ans plus tard", "three months earlier"
            tokens = phrase.split()
            count = next(int(t) if t.isdigit() else lang.numbers[t] for t in tokens
                         if t.isdigit() or t in lang.numbers)
            unit = next(lang.units[t] for t in tokens if t in lang.units)
            offset = (unit, -count if phrase.endswith(lang.earlier) else count)
        elif phrase.startswith("the next ") and lang.span_before:
            before = self.lower[max(0, start - 12):start].split()
            if before and before[-1] in lang.span_before:    # "over the next year": from publication
                if self.published is None:
                    return [self.make(start, end, None, offset[0], "relative", anchored=True)]
                return [self.make(start, end, *shift_date(self.published, *offset), "relative")]
        rows = self.rows
        if offset[0] == "year" and rows and joins_year(rows[-1], self.lower, start):
            rows = rows[:-1]            # "mars de l'année suivante": that March is not the anchor
        anchor = next((r for r in reversed(rows) if r.value is not None and r.kind != "modifier"), None)
        shifted = None
        if anchor is not None:
            shifted = shift_anchor(anchor.end_value or anchor.value, anchor.precision, *offset)
        value, precision = shifted or (None, None)
        return [self.make(start, end, value, precision, kind, anchored=True)]

    def _weekday(self, start, end, kind):
        weekday = calendar_tables(self.language)[2].get(self.lower[start:end])
        if weekday is not None:         # the name alone (what :class:`CalendarWords` would find)
            words, weekdays = (), (weekday,)
        else:
            p = CalendarWords(self.lower, start, end, self.language)
            words, weekdays = p.words, p.weekdays
        direction = 0
        if words:
            lang = language_tables(self.language)
            modifiers_before, modifiers_after = lang.weekday_before, lang.weekday_after
            for word in words:
                direction = modifiers_before.get(word, direction)
                direction = modifiers_after.get(word, direction)
            if "coming" in words:
                direction = 1
        if self.published is None or not weekdays:
            return [self.make(start, end, None, "day", kind, anchored=True)]
        tense = self.tense(start, end) if direction == 0 else None
        return [self.make(start, end, weekday_date(weekdays[0], direction, self.published, tense),
                          "day", kind)]

    def _part(self, start, end, kind):
        lang = language_tables(self.language)
        p = CalendarWords(self.lower, start, end, self.language)
        phrase = _norm(self.lower[start:end])
        words = p.words
        mod = next((m for w, m in lang.mod_words if w in words), None)
        nouns, ordinals = lang.period_nouns, lang.period_ordinals
        period = next((nouns[w] for w in words if w in nouns), None)
        half_or_quarter = _HALF_OR_QUARTER.match(phrase) if period is None else None
        if half_or_quarter:
            period = ("half", 6) if phrase[0] == "h" else ("quarter", 3)
        year = p.years[0] if p.years else None
        if year is None:
            unit_offset = next((o for w, o in lang.relative_periods if w in phrase), None)
            current = next((u for w, u, word in lang.current_period
                            if w in phrase and word.search(phrase)), None)
            if unit_offset is None and current:
                unit_offset = (current, 0)
            if unit_offset and not p.months:
                if self.published is None:
                    return [self.make(start, end, None, unit_offset[0], kind, anchored=True, mod=mod)]
                value, precision = shift_date(self.published, *unit_offset)
                if period is None:
                    return [self.make(start, end, value, precision, kind, mod=mod)]
                year = int(value[:4])
        if period is not None:
            rank = next((ordinals[t] for t, _ in p.tokens if t in ordinals), None)
            if rank is None and _HALF_OR_QUARTER.match(phrase):
                rank = int(phrase[1])
            if rank is None:
                return []
            precision, size = period
            count = 12 // size
            rank = count if rank == -1 else rank
            if not 1 <= rank <= count:
                return []
            year = year if year is not None else (self.published.year if self.published else None)
            value = None if year is None else iso(year, (rank - 1) * size + 1)
            return [self.make(start, end, value, precision, kind, anchored=True, mod=mod)]
        if p.months:
            value, precision = self.day_month(year, p.months[0][0], None, start, end)
            if not months_capitalised(p, self.text, self.language):
                return []
            return [self.make(start, end, value, precision, kind, anchored=year is None, mod=mod)]
        if year is not None:
            return [self.make(start, end, iso(year), "year", kind, mod=mod)]
        return []


_SHAPES = {shape: (getattr(_Resolver, "_" + shape), kind) for shape, kind in _KIND.items()}
_HALF_OR_QUARTER = re.compile(r"[hq][1-4]\b")


def _lead_ok(lead: str | None, shape: str, match, lower: str, language: str, rows: list) -> bool:
    """Checks on the word before a bare month or year (lists, quantities)."""
    if lead is None or shape not in ("month", "year"):
        return True
    if lead in LIST_LEAD_WORDS:
        return bool(rows) and match.start() - rows[-1].end <= 12
    if lead in WEAK_LEAD_WORDS:
        before = lower[max(0, match.start() - 30):match.start()].split()
        if before and before[-1] in QUANTITY_WORDS:
            return False
        # a plural noun or a unit after the number makes it a count: "de 2000 touristes"
        after = _WORD.match(lower, match.end() + 1) if lower[match.end():match.end() + 1] == " " else None
        if after and (after.group() in QUANTITY_UNITS or (
                after.group()[-1] in "sx" and after.group() not in _stop_words(language))):
            return False
    return True


def _stop_words(language: str) -> frozenset:
    from .lang.stop_words import STOP_WORDS

    return STOP_WORDS.get(language) or STOP_WORDS["fr"] | STOP_WORDS["en"]


def parse_timexes(text: str, *, language: str = "fr", published=None, lower: str | None = None,
                  sentences: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Every temporal expression of ``text`` with its normalised value, in text order.

    ``published`` is a ``datetime.date`` or None; ``sentences`` (spans) bound
    the tense cues, computed with :func:`analysis.text.split_sentences` if not given.
    """
    lower = text.lower() if lower is None else lower
    if sentences is None:
        from .text import split_sentences

        sentences = split_sentences(text)
    rows: list[Timex] = []
    resolve = _Resolver(text, lower, language, published, sentences, rows)
    for match in scan(lower, language):
        lead = match.group("lead")
        if lead:
            lead = _norm(lead) if not lead.isalpha() else lead
            if not _lead_ok(lead, match.lastgroup, match, lower, language, rows):
                continue
        resolve.lead = lead
        found = resolve(match)
        if found:
            rows.extend(found)
            if len(rows) > 1 and (rows[-1].kind in JOINED or rows[-2].kind in JOINED):
                if not apposition(rows, text):
                    month_of_year(rows, text, lower, language)
    return rows


def find_timexes(doc) -> list[tuple]:
    """Rows of ``schema.TIMEXES`` for one :class:`~analysis.text.Document`.

    >>> import datetime
    >>> from analysis.text import Document
    >>> doc = Document("d", "L’Algérie a annoncé mardi la rupture.", "fr", datetime.date(2021, 8, 25))
    >>> find_timexes(doc)
    [('d', 0, 20, 25, 'mardi', '2021-08-24', 'day', 'weekday', True)]
    """
    language = doc.language if doc.language in ("fr", "en") else "und"
    found = parse_timexes(doc.text, language=language, published=doc.published, lower=doc.lower,
                          sentences=doc.sentences)
    if not found:
        return []
    sentence_at, doc_id = doc.sentence_at, doc.doc_id
    return [(doc_id, sentence_at(t.start), t.start, t.end, t.text, t.value, t.precision,
             t.kind, t.resolved) for t in found]
