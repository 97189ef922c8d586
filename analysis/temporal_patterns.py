"""The compiled patterns of the temporal tagger: one regular expression per language.

The pattern is built once per language from the tables of
:mod:`analysis.lang.calendar` and scans ``Document.lower`` in one pass.  Each
top-level alternative is a named group whose name is the *shape* of the
expression (``iso``, ``numeric``, ``range``, ``date``, ``part``,
``monthyear``, ``season``, ``decade``, ``relative``, ``weekday``, ``month``, ``year``,
``yearmod``, ``paren``); an optional ``lead`` word before it ("en", "since",
"avant") is consumed but kept out of the expression.  Order matters: at one
position the longest shapes are tried first (a range before a date, a date
before a month and year, a month and year before a bare month).

Bare months and bare years need a lead word (``(?(lead)…)``): "en mars",
"since 2012" are dates, "Mars" and "2000 personnes" are not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lang import calendar as cal

__all__ = ["timex_pattern", "table", "phrase", "scan", "scan_everywhere"]

_APOS = "['\u2019\u02bc]"
_HYPH = "[-\u2010\u2011]"
_DASH = "[-\u2010\u2011\u2013\u2014]"
_END = r"(?![^\W_])"          # not followed by a letter or digit
_START = r"(?<![^\W_])"       # not preceded by a letter or digit


def phrase(words: str) -> str:
    """A lower-case phrase as a pattern: any apostrophe, hyphen or run of spaces."""
    out = []
    for ch in words:
        if ch == "'":
            out.append(_APOS)
        elif ch == "-":
            out.append(_HYPH)
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _alt(words) -> str:
    """Alternation of phrases, longest first (regex alternation is ordered)."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(phrase(w) for w in words) + ")" if words else "(?!)"


@lru_cache(maxsize=None)
def table(name: str, language: str):
    """One calendar table for a language; ``und`` (or any other) merges French and English."""
    data = getattr(cal, name)
    if language in data:
        return data[language]
    fr, en = data["fr"], data["en"]
    if isinstance(fr, dict):
        return {**en, **fr}
    if isinstance(fr, frozenset):
        return fr | en
    return tuple(dict.fromkeys((*fr, *en)))


@lru_cache(maxsize=None)
def timex_pattern(language: str) -> re.Pattern:
    """The whole-text pattern for ``language`` (``fr``, ``en``; others: both)."""
    en = language != "fr"
    fr = language != "en"
    month_full = _alt(table("MONTHS", language)) + _END
    abbr = _alt(table("MONTH_ABBREVIATIONS", language))
    month_day = rf"(?:{month_full}|{abbr}(?:\.|{_END}))"      # after a day number
    month_year = rf"(?:{month_full}|{abbr}\.)"                 # before a year
    suffixes = "|".join(sorted(table("DAY_SUFFIXES", language), key=len, reverse=True))
    day = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:{suffixes})?{_END}|{_alt(table('DAY_WORDS', language))}{_END})"
    year = rf"(?:1\d|20)\d\d{_END}"
    bare_year = r"(?:1[5-9]|20)\d\d(?![^\W_]|[.,]\d|\s?%)"
    lone_year = rf"{bare_year}(?!\s*{_DASH}\s*\d)"       # not the start of 2015-2020
    weekday = _alt(table("WEEKDAYS", language)) + _END
    sp = r"\s+"

    to_fr, to_en = r"(?:au|à|et(?:\s+le)?)", r"(?:to|and|through|until|till)"
    to_day = "|".join(x for x, ok in ((to_fr, fr), (to_en, en)) if ok)
    ranges = [
        rf"{day}\s*(?:{_DASH}|\s(?:{to_day})\s)\s*{day}{sp}(?:of{sp})?{month_day}(?:,?{sp}{year})?",
        rf"{day}{sp}{month_day}(?:,?{sp}{year})?\s*(?:{_DASH}|\s(?:au|à|to|until|till|through)\s)\s*"
        rf"{day}{sp}{month_day}(?:,?{sp}{year})?",
        rf"(?:entre|between){sp}{bare_year}{sp}(?:et|and){sp}{bare_year}",
        rf"(?:(?:de|from){sp})?{bare_year}{sp}(?:à|au|to|until|till){sp}{bare_year}",
        rf"{bare_year}\s*{_DASH}\s*{bare_year}",
    ]
    dates = [rf"(?:{weekday},?{sp})?{day}{sp}(?:of{sp})?{month_day}(?:,?{sp}{year})?"]
    if en:
        ranges += [
            rf"{month_day}{sp}{day}\s*(?:{_DASH}|\s(?:{to_en})\s)\s*{day}(?:,?{sp}{year})?",
            rf"{month_day}{sp}{day}\s*(?:{_DASH}|\s(?:to|until|till|through)\s)\s*{month_day}{sp}{day}"
            rf"(?:,?{sp}{year})?",
        ]
        dates += [rf"(?:{weekday},?{sp})?{month_day}{sp}{day}(?:,?{sp}{year})?"]

    relative_words = table("RELATIVE_EXPRESSIONS", language)
    rel_periods = _alt([w for w, (unit, _) in relative_words.items() if unit in ("month", "year")])
    current = _alt(table("CURRENT_PERIOD", language))
    mods = table("PART_MODIFIERS", language)
    mod_glued = _alt([m for m in mods if m.endswith(("-", "'"))])
    mod_spaced = _alt([m for m in mods if not m.endswith(("-", "'"))])
    ordinals = _alt(table("PERIOD_ORDINALS", language)) + _END
    nouns = _alt(table("PERIOD_NOUNS", language)) + _END
    period_of = rf"(?:{sp}(?:de{sp}|of{sp})?(?:{year}|{rel_periods}|{current}))"
    parts = [
        rf"(?:{mod_spaced}{sp}|{mod_glued})(?:{month_full}(?:{sp}(?:de{sp})?{year})?|{year}|{rel_periods}|{current})",
        rf"{ordinals}{sp}{nouns}{period_of}" + ("" if not fr else "?"),
        rf"[hq][1-4]{sp}{year}",
    ]
    numbers = _alt(table("NUMBER_WORDS", language))
    units = _alt(table("UNITS", language)) + _END
    count = rf"(?:{numbers}|\d{{1,3}}){_END}{sp}{units}"
    relatives = [_alt(relative_words) + _END]
    if table("AGO_BEFORE", language):
        relatives.append(rf"{_alt(table('AGO_BEFORE', language))}{sp}{count}")
    if table("IN_BEFORE", language):
        relatives.append(rf"{_alt(table('IN_BEFORE', language))}{sp}{count}")
    if table("AGO_AFTER", language):
        relatives.append(rf"{count}{sp}{_alt(table('AGO_AFTER', language))}{_END}")
    anaphoric_words = table("ANAPHORIC_EXPRESSIONS", language)
    later = (*table("LATER_AFTER", language), *table("EARLIER_AFTER", language))
    closing = (*table("LATER_CLOSING", language), *table("EARLIER_CLOSING", language))
    # "trois mois après," but not "trois mois après la signature"; the first letters first,
    # so the grammar skips these branches at most positions
    firsts = "".join(sorted({w[0] for w in (*anaphoric_words, *table("NUMBER_WORDS", language))}))
    anaphoric = [rf"(?=[{re.escape(firsts)}0-9])(?:{_alt(anaphoric_words)}{_END}"
                 rf"|{count}{sp}(?:{_alt(later)}{_END}|{_alt(closing)}(?=\s*(?:[,;:.!?)]|$))))"]
    decades = []
    if fr:
        decades.append(rf"années{sp}(?:19|20)?[0-9]0{_END}")
    if en:
        decades.append(rf"(?<=\bthe\s)(?:1[5-9]|20)\d0{_APOS}?s{_END}")

    season = _alt(table("SEASONS", language)) + _END
    season_before = table("SEASON_MODIFIERS_BEFORE", language)
    season_after = table("SEASON_MODIFIERS_AFTER", language)
    year_phrases = _alt([w for w, (unit, _) in relative_words.items() if unit == "year"])
    seasons = [rf"{season}{sp}(?:(?:de{sp}|of{sp})?{year}|(?:de{sp}|of{sp}){year_phrases}{_END})"]
    if season_before:
        seasons.append(rf"{_alt(season_before)}{sp}{season}")
    if season_after:
        seasons.append(rf"{season}{sp}{_alt(season_after)}{_END}")

    month_modifiers = table("MONTH_MODIFIERS_BEFORE", language)
    month_modified = rf"{_alt(month_modifiers)}{sp}{month_full}" if month_modifiers else "(?!)"
    before = table("WEEKDAY_MODIFIERS_BEFORE", language)
    after = table("WEEKDAY_MODIFIERS_AFTER", language)
    weekday_full = (rf"(?:{_alt(before)}{sp})?{weekday}" if before else weekday) + (
        rf"(?:{sp}{_alt(after)}{_END})?" if after else "")
    lists = r"\s*(?:,|et|ou|puis|and|or|then)\s+(?:(?:en|in)\s+)?"
    month_list = rf"{month_full}(?:{lists}{month_full})*(?!\s+(?:de\s+|of\s+)?(?:1\d|20)\d\d)"
    year_list = rf"{lone_year}(?:{lists}{lone_year})*"
    yearmod = table("YEAR_MODIFIER_BEFORE", language)
    yearmod_pattern = ""
    if yearmod:
        looks = "|".join(rf"(?<=\b{w}\s)" if w[0].isalpha() else rf"(?<=[{_APOS[1:-1]}]s\s)"
                         for w in yearmod)
        yearmod_pattern = rf"|(?:{looks})(?P<yearmod>{lone_year})(?=\s+[^\W\d_])"

    lead = _alt(table("LEAD_WORDS", language))
    pattern = "".join((
        _START,
        rf"(?:(?P<lead>{lead}(?=\s)|(?:d|jusqu){_APOS}(?=[^\W\d_]))\s*)?",
        "(?:",
        r"(?P<iso>(?:1\d|20)\d\d-[01]\d-[0-3]\d)(?!\d)",
        r"|(?P<numeric>[0-3]?\d[/.][01]?\d[/.](?:1\d|20)\d\d)(?!\d)",
        rf"|(?:(?:du|entre\s+le|les|from|between|on)\s+)?(?P<range>{'|'.join(ranges)})",
        rf"|(?P<date>{'|'.join(dates)})",
        rf"|(?P<part>{'|'.join(parts)})",
        rf"|(?P<monthyear>{month_year}{sp}(?:de{sp}|of{sp})?{year})",
        rf"|(?P<season>{'|'.join(seasons)})",
        rf"|(?P<decade>{'|'.join(decades)})",
        rf"|(?P<anaphoric>{'|'.join(anaphoric)})",
        rf"|(?P<relative>{'|'.join(relatives)})",
        rf"|(?P<weekday>{weekday_full})",
        rf"|(?P<monthmod>{month_modified})",
        rf"|(?(lead)(?P<month>{month_list})|(?!))",
        rf"|(?(lead)(?P<year>{year_list})|(?!))",
        rf"|\((?P<paren>{lone_year})\)",
        yearmod_pattern,
        ")",
    ))
    return re.compile(pattern)


# --- the scan: cheap triggers first, the grammar only where one fires ----------
#
# Trying the grammar at every position of a text costs about 1 µs a word
# (measured on the sample corpus); almost every expression holds a digit or
# one of a few hundred calendar words, so the scan finds those first and
# tries the grammar only at a trigger, or a few words before it when those
# words belong to the expression ("depuis le mois de mars", "il y a deux
# ans", "à la mi-juin").  Calendar words come from one Aho-Corasick pass over
# ``Document.lower``; runs of digits from a pattern that starts with a
# character class (``re`` then skips to the next digit in C, about four times
# faster than the digits as keys of the automaton).  The words before a
# trigger are read back a few characters at a time, never further than the
# longest of them.
# ``tests/test_temporal.py`` checks that this finds what a full ``finditer``
# finds.

_PIECES = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc]|[-\u2010\u2011](?=[^\W\d_]|$))?")
_WEAK_TRIGGERS = frozenset({
    "cette", "this", "last", "next", "earlier", "later", "the", "day", "after", "before",
    "après", "avant", "cours", "que",
    # words of anchored expressions whose unit word is the trigger ("the following month")
    "following", "previous", "same", "that", "même", "suivant", "suivante", "précédent",
    "précédente",
})
#: Tables whose phrases may start before their trigger word.
_BEFORE_TABLES = (
    "LEAD_WORDS", "RANGE_FROM", "DAY_PAIR", "WEEKDAY_MODIFIERS_BEFORE", "MONTH_MODIFIERS_BEFORE",
    "PART_MODIFIERS",
    "CURRENT_PERIOD", "RELATIVE_EXPRESSIONS", "PERIOD_ORDINALS", "NUMBER_WORDS",
    "AGO_BEFORE", "IN_BEFORE", "DECADE_WORDS", "WEEKDAYS", "DAY_WORDS", "ANAPHORIC_EXPRESSIONS",
    "SEASON_MODIFIERS_BEFORE",
)
_MAX_WORDS_BEFORE = 5
#: A run of ASCII digits; written ``[0-9][0-9]*`` (not ``[0-9]+``) so ``re`` searches
#: for its first character in C.
_DIGITS = re.compile(r"[0-9][0-9]*")
_VARIANTS = {"'": "'\u2019\u02bc", "-": "-\u2010\u2011"}


def _piece(word: str) -> str:
    return word.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2010", "-").replace("\u2011", "-")


def _pieces(phrases) -> set[str]:
    return {_piece(p) for phrase in phrases for p in _PIECES.findall(phrase)}


def _spellings(word: str) -> list[str]:
    """Every spelling whose :func:`_piece` is ``word`` (any apostrophe, any hyphen)."""
    out = [""]
    for ch in word:
        out = [s + v for s in out for v in _VARIANTS.get(ch, ch)]
    return out


@lru_cache(maxsize=None)
def _triggers(language: str):
    """(Aho-Corasick automaton of trigger words, every spelling of a word that may come before
    one, the length of the longest)."""
    import ahocorasick

    from .lang.stop_words import STOP_WORDS

    stop = STOP_WORDS.get(language) or STOP_WORDS["fr"] | STOP_WORDS["en"]
    words = set(table("MONTHS", language)) | set(table("MONTH_ABBREVIATIONS", language))
    words |= set(table("WEEKDAYS", language)) | set(table("PERIOD_NOUNS", language))
    # a season word that is also a frequent other word ("a été", "prices fall") triggers only
    # with its modifier; before a year the year is the trigger, read back to the season
    ambiguous = table("SEASON_AFTER_ONLY", language)
    words |= set(table("SEASONS", language)) - set(ambiguous)
    words |= {f"{w} {a}" for w in ambiguous for a in table("SEASON_MODIFIERS_AFTER", language)}
    words |= {f"{b} {w}" for w in ambiguous for b in table("SEASON_MODIFIERS_BEFORE", language)}
    words |= {u for u in table("UNITS", language) if len(u) >= 3}
    if language != "en":
        words.add("an")         # "un an plus tard" (in English "an" is the article)
    for name in ("RELATIVE_EXPRESSIONS", "CURRENT_PERIOD", "ANAPHORIC_EXPRESSIONS"):
        for phrase in table(name, language):
            words |= {w.rstrip("'-") for w in _pieces([phrase])
                      if len(w.rstrip("'-")) >= 3 and w.rstrip("'-") not in stop | _WEAK_TRIGGERS}
    words |= set(table("AGO_BEFORE", language)) | set(table("AGO_AFTER", language))
    automaton = ahocorasick.Automaton()
    for word in words:
        for variant in {word, word.replace("'", "\u2019")}:
            automaton.add_word(variant, len(variant))
    automaton.make_automaton()
    before = set()
    for name in _BEFORE_TABLES:
        before |= _pieces(table(name, language))
    before |= {"le", "la", "les", "l'", "du", "de", "d'", "the", "of", "on", "à", "au", "en", "in"}
    before |= set(table("SEASONS", language))
    spellings = frozenset(s for word in before for s in _spellings(word))
    return automaton, spellings, max(map(len, spellings))


def _trigger_starts(lower: str, language: str) -> list[int]:
    """Sorted distinct offsets where a trigger starts: a calendar word, a number, "q3"."""
    automaton = _triggers(language)[0]
    size = len(lower)
    starts = []
    append = starts.append
    for last, length in automaton.iter(lower):
        first = last - length + 1
        if (first == 0 or not lower[first - 1].isalnum()) and \
                (last + 1 >= size or not lower[last + 1].isalnum()):
            append(first)
    for match in _DIGITS.finditer(lower):
        first = match.start()
        if first and lower[first - 1].isalnum():
            if not lower[first - 1].isalpha():          # digits of another script: a number goes on
                continue
            while first and lower[first - 1].isalpha():  # "q3 2025", "h1": from the letter
                first -= 1
        append(first)
    return sorted(set(starts))


def _word_before(lower: str, end: int, covered: int, longest: int | None = None) -> tuple[int, int]:
    """``(start, end)`` of the word the scan reads before ``end``.

    Spaces are skipped back to ``covered``; the word starts after the last
    space, line break or no-break space after ``covered`` (at 0 if there is
    none), or after the last apostrophe inside it.  With ``longest``, only
    that many characters before the word's end are read: a word longer than
    ``longest`` comes back as some span longer than ``longest`` (no word
    before a trigger is that long), so a run of 100,000 letters and digits
    is not read again for each number in it.
    """
    while end > covered and lower[end - 1] in " \t\u00a0\u202f":
        end -= 1
    window = covered if longest is None else max(covered, end - longest - 1)
    separator = max(lower.rfind(" ", window, end), lower.rfind("\n", window, end),
                    lower.rfind("\u00a0", window, end))
    first = separator + 1
    elision = first if longest is None else max(first, end - longest - 1)
    elided = max(lower.rfind("'", elision, end - 1), lower.rfind("\u2019", elision, end - 1))
    if elided >= 0:
        return elided + 1, end
    if separator < 0 and window > covered:
        return window - 1, end          # the word began before the window: too long
    return first, end


def scan(lower: str, language: str):
    """Matches of :func:`timex_pattern` in ``lower``, left to right, as ``finditer`` would give."""
    hits = _trigger_starts(lower, language)
    if not hits:
        return
    match_at = timex_pattern(language).match
    _, before, longest = _triggers(language)
    read_back = _word_back(longest)
    size = len(lower)
    reverse = lower[::-1]
    covered = 0
    for hit in hits:
        if hit < covered:
            continue
        starts = [hit]
        end = hit
        for _ in range(_MAX_WORDS_BEFORE):
            # the word before ``end``, read on the reversed text, at most ``longest`` + 1 letters
            found = read_back(reverse, size - end, size - covered) if end > covered else None
            if found is not None and found.start(1) >= 0 and found.end() < size - covered:
                if reverse[found.end()] not in _STOPS:
                    break                       # longer than any word that may come before
                first, word_end = size - found.end(), size - found.start(1)
            else:   # no word, or one that runs back to ``covered``: the plain search
                first, word_end = _word_before(lower, end, covered, longest)
                if first >= word_end:
                    break
            if lower[first:word_end] not in before:
                break
            starts.insert(0, first)
            end = first
        for start in starts:
            match = match_at(lower, start)
            if match is not None and match.end() > hit:
                yield match
                covered = match.end()
                break


#: Where a word before a trigger starts, read backwards: after a space, a line break, a
#: no-break space or an apostrophe ("l\u2019an": "an", then "l\u2019").
_STOPS = frozenset(" \n\u00a0'\u2019")


@lru_cache(maxsize=None)
def _word_back(longest: int):
    """On the reversed text, from the end of a word: the spaces before it (skipped), then the
    word back to a stop (:data:`_STOPS`), read for at most ``longest`` + 1 characters."""
    return re.compile("[ \t\u00a0\u202f]*([^ \n\u00a0][^'\u2019 \n\u00a0]{0,%d})?" % longest).match


def scan_everywhere(lower: str, language: str):
    """The same matches by trying the grammar at every position (slow; the reference for tests)."""
    return timex_pattern(language).finditer(lower)
