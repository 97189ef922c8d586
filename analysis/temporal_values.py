"""The values of temporal expressions: ISO text, years read from tense, shifts, weekdays,
a month joined to the year named next to it.

The arithmetic of :mod:`analysis.temporal` (HeidelTime's rules for news,
``../shared/REFERENCE.md`` §2) and the calendar words of one matched
expression (:class:`CalendarWords`), with the tables of
:mod:`analysis.lang.calendar` looked up once per language
(:func:`language_tables`).

>>> import datetime
>>> published = datetime.date(2025, 10, 16)          # a Thursday
>>> iso(2016, 3), infer_year(3, None, published, "future"), shift_date(published, "month", -1)
('2016-03', 2026, ('2025-09', 'month'))
>>> weekday_date(1, 0, published, "past")             # "mardi", in a past clause
'2025-10-14'
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import NamedTuple

from .temporal_patterns import table

__all__ = ["iso", "valid_date", "month_of_year", "apposition", "joins_year", "JOINED", "infer_year", "shift_date", "shift_anchor", "season_value", "weekday_date", "calendar_tables",
           "CalendarWords", "lower_case_months", "months_capitalised", "LanguageTables",
           "language_tables", "mod_words", "TOKEN"]

#: A run of digits or of letters: the tokens of an expression.
TOKEN = re.compile(r"\d+|[^\W\d_]+")


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """``iso(2016, 3)`` → ``'2016-03'``."""
    text = f"{year:04d}"
    if month:
        text += f"-{month:02d}"
        if day:
            text += f"-{day:02d}"
    return text


def valid_date(year, month, day=None) -> bool:
    """Whether ``year-month-day`` (day 1 if None) is a date of the calendar."""
    try:
        datetime.date(year, month, day or 1)
    except (TypeError, ValueError):
        return False
    return True


def infer_year(month: int, day: int | None, published, tense) -> int | None:
    """Year of a month (and day) written without one: HeidelTime's tense rule."""
    if published is None:
        return None
    year = published.year
    here = (month, day or 0)
    now = (published.month, published.day if day else 0)
    if tense == "future":
        return year if here >= now else year + 1
    if tense == "past":
        return year if here <= now else year - 1

    def gap(y):  # months (or days) away from publication, past preferred on ties
        if day and valid_date(y, month, day):
            return abs((datetime.date(y, month, day) - published).days), y > year
        return abs(12 * (y - year) + month - published.month) * 31, y > year
    return min((year - 1, year, year + 1), key=gap)


def shift_date(published, unit: str, n: int) -> tuple[str, str]:
    """``(value, precision)`` of the ``unit`` (day, week, month, year) ``n`` away from ``published``."""
    if unit == "day":
        return (published + datetime.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        monday = published - datetime.timedelta(days=published.weekday()) + datetime.timedelta(weeks=n)
        return monday.isoformat(), "week"
    if unit == "month":
        index = published.year * 12 + published.month - 1 + n
        return iso(index // 12, index % 12 + 1), "month"
    return iso(published.year + n), "year"


_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def season_value(code: str, direction: int, published, year: int | None = None) -> str | None:
    """ISO value (the season's first month) of a season named from publication or with its year.

    ``direction`` -1 is the last such season before the current one ("au
    printemps dernier", "last spring"), +1 the next after it, 0 the nearest
    one, or the current ("cet été", "this winter"; the coming one on a tie);
    with ``year`` the season of that year (TIMEX3: winter ``2022-WI`` starts in
    December 2022).  The precision of the value is ``season``.

    >>> published = datetime.date(2023, 2, 2)            # winter 2022-2023
    >>> season_value("SP", -1, published), season_value("WI", 0, published), season_value("SU", 1, published)
    ('2022-03', '2022-12', '2023-06')
    >>> season_value("FA", 0, None, 2020)
    '2020-09'
    """
    from .lang.calendar import SEASON_FIRST_MONTH

    first = SEASON_FIRST_MONTH[code]
    if year is not None:
        return iso(year, first)
    if published is None:
        return None
    month = published.month
    index = (month - 3) // 3 if month >= 3 else -1       # SP 0 … FA 2, WI 3 of the year before
    current = published.year * 4 + index if index >= 0 else (published.year - 1) * 4 + 3
    wanted = _SEASON_ORDER.index(code)
    candidate = (current // 4) * 4 + wanted
    if direction < 0:
        candidate -= 4 if candidate >= current else 0
    elif direction > 0:
        candidate += 4 if candidate <= current else 0
    else:
        candidate = min((candidate - 4, candidate, candidate + 4),
                        key=lambda c: (abs(c - current), c < current))
    return iso(candidate // 4, first)


def shift_anchor(value: str, precision: str | None, unit: str, n: int) -> tuple[str, str] | None:
    """``(value, precision)`` ``n`` units after an earlier date of the text, or None when the
    date is too vague for the unit (a month after "in 2019", a day after "in July 2019").

    >>> shift_anchor("2019-07", "month", "month", 1), shift_anchor("2019", "year", "month", 1)
    (('2019-08', 'month'), None)
    """
    parts = [int(x) for x in value.split("-")]
    if unit == "year":
        return (iso(parts[0] + n), "year") if precision != "decade" else None
    if unit == "month":
        if precision not in ("month", "day", "week") or len(parts) < 2:
            return None
        return shift_date(datetime.date(parts[0], parts[1], 1), "month", n)
    if len(parts) < 3 or precision not in (("day", "week") if unit == "week" else ("day",)):
        return None
    return shift_date(datetime.date(*parts), unit, n)


def weekday_date(weekday: int, direction: int, published, tense) -> str:
    """ISO date of a weekday: the last one (direction -1), the next one (+1), or by tense (0)."""
    behind = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if direction < 0:
        days = -(behind or 7)
    elif direction > 0:
        days = ahead or 7
    else:
        days = ahead if tense == "future" else -behind
    return (published + datetime.timedelta(days=days)).isoformat()


@lru_cache(maxsize=None)
def calendar_tables(language: str):
    """(months, abbreviations, weekdays, day words) of ``language``."""
    return (table("MONTHS", language), table("MONTH_ABBREVIATIONS", language),
            table("WEEKDAYS", language), table("DAY_WORDS", language))


class CalendarWords:
    """The calendar words of one matched expression, in order."""

    __slots__ = ("years", "days", "months", "weekdays", "words", "tokens")

    def __init__(self, lower: str, start: int, end: int, language: str):
        months, abbr, weekdays, day_words = calendar_tables(language)
        self.years = years = []
        self.days = days = []
        self.months = found = []
        self.weekdays = named_days = []
        self.words = words = []
        self.tokens = tokens = []
        for match in TOKEN.finditer(lower, start, end):
            tok, span = match.group(), match.span()
            tokens.append((tok, span))
            if tok.isdigit():
                (years if len(tok) == 4 else days).append(int(tok))
            elif tok in months:
                found.append((months[tok], span))
            elif tok in abbr and (lower[span[1]:span[1] + 1] == "." or days):
                found.append((abbr[tok], span))
            elif tok in weekdays:
                named_days.append(weekdays[tok])
            elif tok in day_words and not found:
                days.append(day_words[tok])
            else:
                words.append(tok)


@lru_cache(maxsize=None)
def lower_case_months(language: str) -> frozenset:
    """Month names that must be capitalised in ``language`` (English ones, not also French)."""
    if language == "fr":
        return frozenset()
    fr = table("MONTHS", "fr") if language != "en" else {}
    return frozenset(name for name in table("MONTHS", "en") if name not in fr)


def months_capitalised(parts: CalendarWords, text: str, language: str) -> bool:
    """Whether the English month names of an expression are capitalised ("May", not "may")."""
    if language == "fr" or not parts.months:
        return True
    english = lower_case_months(language)
    for _, (s, e) in parts.months:
        if text[s:e].lower() in english and not text[s].isupper():
            return False
    return True


class LanguageTables(NamedTuple):
    """The calendar tables one language reads while resolving, looked up once."""

    relative: dict
    numbers: dict
    units: dict
    in_before: tuple
    weekday_before: dict
    weekday_after: dict
    mod_words: tuple            # (content word of a part modifier, START/MID/END), table order
    period_nouns: dict
    period_ordinals: dict
    relative_periods: tuple     # (phrase, (unit, offset)) of months and years, table order
    current_period: tuple       # (phrase, unit, the phrase as a whole word), table order
    anaphoric: dict             # phrase → (unit, offset) from the last date of the text
    earlier: tuple              # "plus tôt", "earlier", "avant": a count before that date
    span_before: tuple          # "over" the next year: a span from publication
    seasons: dict               # season word → TIMEX3 code (SP, SU, FA, WI)
    season_before: dict         # "last", "ce" … → direction from publication
    season_after: dict          # "dernier", "prochain" → direction from publication
    season_after_only: dict     # "été", "fall" → the words they must follow to be seasons


@lru_cache(maxsize=None)
def language_tables(language: str) -> LanguageTables:
    """The tables :class:`analysis.temporal` reads for ``language``, built once."""
    relative = table("RELATIVE_EXPRESSIONS", language)
    return LanguageTables(
        relative=relative, numbers=table("NUMBER_WORDS", language), units=table("UNITS", language),
        in_before=tuple(table("IN_BEFORE", language)),
        weekday_before=table("WEEKDAY_MODIFIERS_BEFORE", language),
        weekday_after=table("WEEKDAY_MODIFIERS_AFTER", language),
        mod_words=tuple(mod_words(language).items()),
        period_nouns=table("PERIOD_NOUNS", language),
        period_ordinals=table("PERIOD_ORDINALS", language),
        relative_periods=tuple((w, o) for w, o in relative.items() if o[0] in ("month", "year")),
        current_period=tuple((w, u, re.compile(rf"(?<![\w']){re.escape(w)}(?!\w)"))
                             for w, u in table("CURRENT_PERIOD", language).items()),
        anaphoric=table("ANAPHORIC_EXPRESSIONS", language),
        earlier=(*table("EARLIER_AFTER", language), *table("EARLIER_CLOSING", language)),
        span_before=tuple(table("ANAPHORIC_SPAN_BEFORE", language)),
        seasons=table("SEASONS", language),
        season_before=table("SEASON_MODIFIERS_BEFORE", language),
        season_after=table("SEASON_MODIFIERS_AFTER", language),
        season_after_only={w: frozenset(b.split()[-1] for b in before)
                           for w, before in table("SEASON_AFTER_ONLY", language).items()})


_MOD_WORDS: dict[str, dict[str, str]] = {}
_GLUE = frozenset({"la", "le", "à", "de", "en", "au", "the", "of", "in"})


def mod_words(language: str) -> dict[str, str]:
    """The content word of each part modifier ("à la fin de" → "fin") → START/MID/END."""
    if language not in _MOD_WORDS:
        words = {}
        for key, mod in table("PART_MODIFIERS", language).items():
            for word in key.replace("-", " ").split():
                if word not in _GLUE:
                    words[word] = mod
        _MOD_WORDS[language] = words
    return _MOD_WORDS[language]


# --- a month and the year named next to it: one expression ---------------------------------

#: Kinds of a year named by a phrase ("last year", "l'année suivante").
JOINED = frozenset({"relative", "anaphoric"})
_MONTH_THEN_YEAR = re.compile(r"[\s,]*(?:(?:de|of)\s+)?")         # "September (of) last year"
_YEAR_THEN_MONTH = re.compile(r"[\s,]*(?:(?:en|in|le|on)\s+)?")   # "L'an dernier, en février"
_YEAR_DIGITS = re.compile(r"\d{4}")
_LIST_GAP = re.compile(r"\s*(?:,|et|ou|and|or)\s+(?:(?:en|in)\s+)?")


def joins_year(row, lower: str, start: int) -> bool:
    """Whether ``row`` is a month or a day without a year right before a year phrase at ``start``."""
    return row.kind in ("date", "part") and _MONTH_THEN_YEAR.fullmatch(lower, row.end, start) is not None \
        and not _YEAR_DIGITS.search(row.text)


_APPOSITION_GAP = re.compile(r",\s*(?:(?:on|le|the)\s+)?")


def apposition(rows: list, text: str) -> bool:
    """Makes the last two rows one when a deictic period is made precise right after it
    ("last month, on February 27", « la semaine dernière, le 8 mars »): the second's value
    over both; True when it did.

    >>> import datetime
    >>> from analysis.temporal import parse_timexes
    >>> [(t.text, t.value) for t in parse_timexes("La semaine dernière, le 8 mars, Rabat a signé.",
    ...                                           language="fr", published=datetime.date(2023, 3, 19))]
    [('La semaine dernière, le 8 mars', '2023-03-08')]
    """
    first, second = rows[-2], rows[-1]
    if first.kind not in JOINED or second.kind != "date" or first.value is None or second.value is None:
        return False
    if first.precision == "week":       # the day falls in that week
        if second.precision != "day" or not 0 <= (datetime.date.fromisoformat(second.value)
                                                  - datetime.date.fromisoformat(first.value)).days < 7:
            return False
    elif first.precision not in ("month", "year") or not second.value.startswith(first.value + "-"):
        return False
    if not _APPOSITION_GAP.fullmatch(text.lower(), first.end, second.start):
        return False
    rows[-2:] = [second._replace(start=first.start, text=text[first.start:second.end], lead=first.lead)]
    return True


def month_of_year(rows: list, text: str, lower: str, language: str) -> None:
    """Makes the last two rows one when they are a month (or a day) written without a year and
    a phrase naming the year next to it: "in September last year" → the September of last year;
    "L'an dernier, en février"; "en mars de l'année suivante"."""
    first, second = rows[-2], rows[-1]
    units = language_tables(language).units
    for day, year, gap in ((first, second, _MONTH_THEN_YEAR), (second, first, _YEAR_THEN_MONTH)):
        if day.kind not in ("date", "part") or year.kind not in JOINED \
                or not gap.fullmatch(lower, first.end, second.start) or _YEAR_DIGITS.search(day.text) \
                or not any(units.get(t) == "year" for t in TOKEN.findall(lower, year.start, year.end)):
            continue
        p = CalendarWords(lower, day.start, day.end, language)
        if not p.months:
            continue
        month, number = p.months[0][0], (p.days[0] if p.days else None)
        value = None
        if year.value is not None:
            if not valid_date(int(year.value[:4]), month, number):
                return
            value = iso(int(year.value[:4]), month, number)
        rows[-2:] = [first._replace(end=second.end, text=text[first.start:second.end], value=value,
                                    precision=("day" if number else "month") if value else None,
                                    kind="part" if day.kind == "part" else year.kind,
                                    resolved=value is not None, mod=day.mod, end_value=None)]
        i = len(rows) - 2        # "in May and June last year": May takes that year too
        while day is first and i >= 0 and rows[i].kind == "date" and not _YEAR_DIGITS.search(rows[i].text) \
                and _LIST_GAP.fullmatch(lower, rows[i].end, rows[i + 1].start):
            p = CalendarWords(lower, rows[i].start, rows[i].end, language)
            if not p.months or p.days:
                break
            listed = iso(int(value[:4]), p.months[0][0]) if value else None
            rows[i] = rows[i]._replace(value=listed, precision="month" if listed else None,
                                       resolved=listed is not None)
            i -= 1
        return
