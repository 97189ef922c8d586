"""The lines above an article's body: title, bylines (date, author, source) and dateline.

:func:`split_front_matter` takes a title and byline lines off the top of an
article, :data:`DATELINE` and :func:`dateline_date` read a wire dateline
("NEW DELHI, 18 December (Reuters) - ", "SEOUL — ") at the start of the body.

Web pages and wire copy put short lines between the title and the first
paragraph: ``Publié le 20 décembre 2023 à 10h32 - Par RFI``, ``By Jane Doe,
Reuters | March 12, 2024``, ``*Kyodo News, May 8, 2023*``, ``Mis à jour le
3 mars 2024``.  :func:`parse_byline` reads such a line as a sequence of
*items* separated by dashes, bars, bullets or commas:

- a date, bare or after a lead ("Publié le", "Published on", "Updated"),
  with a weekday and a time of day optional ("mercredi 20 décembre 2023 à
  10h32", "Wed, March 12, 2024 10:32 GMT", "2024-03-12", "20/12/2023");
- an author lead and names ("Par RFI", "By Jane Doe, Reuters", "Par Le
  Figaro avec AFP");
- a source lead ("Source : AFP");
- one bare capitalised name next to a date ("Kyodo News, May 8, 2023").

The whole line must be made of these items, so a body sentence that merely
holds a date ("Le 20 décembre 2023, l'Égypte a annoncé…") is never a byline.
The words are data (:mod:`analysis.lang.bylines`, :mod:`analysis.lang.calendar`).

>>> b = parse_byline("Publié le 20 décembre 2023 à 10h32 - Par RFI")
>>> b.published, b.source
(datetime.date(2023, 12, 20), 'RFI')
>>> parse_byline("Le 20 décembre 2023, l'Égypte a annoncé l'échec des négociations.") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .lang import bylines as words
from .lang import calendar

__all__ = ["Byline", "parse_byline", "FrontMatter", "split_front_matter", "looks_like_title",
           "DATELINE", "dateline_date", "split_yaml_front_matter"]

#: A byline is a short line: longer ones are body text.
MAX_LENGTH = 200


@dataclass
class Byline:
    """What one byline line says (every field may be ``None``).

    ``published`` is the date the line gives as the publication (or a bare
    date), ``updated`` the date of a later revision ("Mis à jour le …").
    """

    published: dt.date | None = None
    updated: dt.date | None = None
    author: str | None = None
    source: str | None = None
    agency: str | None = None
    place: str | None = None


def _phrases(table: dict) -> str:
    """An alternation of a ``{lang: phrases}`` table, longest first, spaces flexible."""
    phrases = {p for values in table.values() for p in values}
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    months = {**calendar.MONTHS["fr"], **calendar.MONTHS["en"],
              **calendar.MONTH_ABBREVIATIONS["fr"], **calendar.MONTH_ABBREVIATIONS["en"]}
    month = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    weekday_names = [w for lang in calendar.WEEKDAYS.values() for w in lang]
    weekday_names += [w for lang in words.WEEKDAY_ABBREVIATIONS.values() for w in lang]
    weekday = "|".join(sorted(map(re.escape, weekday_names), key=len, reverse=True))
    zone = "|".join(sorted((z.upper() for z in words.TIME_ZONES), key=len, reverse=True))
    clock = (rf"(?:\d{{1,2}}\s*[h:.]\s*\d{{2}}(?:\s*[:.]\s*\d{{2}})?|\d{{1,2}}\s*h(?!\w)"
             rf"|\d{{1,2}}(?=\s*[ap]\.?\s?m\b))"
             rf"(?:\s*[ap]\.?\s?m\b\.?)?"
             rf"(?:\s*\(?(?-i:{zone})(?:\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?)?\)?(?!\w))?")
    time = rf"(?:(?:{_phrases(words.TIME_LEADS)})\s+|[,\-–]\s*)?{clock}"
    # "12:32 PM EST, Tue March 12, 2024": a time of day may come first.
    date = (rf"(?:{clock}\s*,?\s+)?(?:(?:{weekday})\b\.?,?\s+)?(?:"
            rf"(?:le\s+|the\s+)?(?P<d1>\d{{1,2}})(?:er|re|e|st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<m1>{month})\b\.?,?\s+(?P<y1>\d{{4}})"
            rf"|(?P<m2>{month})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
            rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?Z?)?"
            rf"|(?P<a4>\d{{1,2}})[/.](?P<b4>\d{{1,2}})[/.](?P<y4>\d{{4}}))(?!\w)"
            rf"(?:,?\s*{time})?")
    # Names are capitalised words (case matters); leads and dates are not.
    not_date = rf"(?!(?i:(?:{month}|{weekday})\b\.?,?\s+\d))"
    word = rf"{not_date}(?:[A-ZÀ-Ý][\w'’.&\-]*|[A-ZÀ-Ý]{{2,}})"
    particles = "|".join(sorted(map(re.escape, words.NAME_PARTICLES), key=len, reverse=True))
    name = rf"{word}(?:\s+(?:(?:{particles}|&)\s+)*{word}){{0,7}}"
    agency = rf"(?:\s+(?i:{_phrases(words.AGENCY_JOINERS)})\s+(?P<agency>{name}))?"
    units = _phrases(words.AGO_UNITS)
    ago = (rf"(?:(?:{_phrases(words.AGO_BEFORE)})\s+(?:\d+|une?)\s+(?:{units})"
           rf"|(?:\d+|an?)\s+(?:{units})\s+(?:{_phrases(words.AGO_AFTER)}))(?!\w)")
    reading = (rf"(?:(?:{_phrases(words.READING_TIME_BEFORE)})\s*:?\s*\d+\s*(?:{units})"
               rf"|\d+\s*(?:{units})\s+(?:{_phrases(words.READING_TIME_AFTER)}))(?!\w)\.?")
    english = (words.PUBLISHED_LEADS["en"] + words.UPDATED_LEADS["en"] + words.AUTHOR_LEADS["en"])
    return {
        "published": re.compile(rf"(?P<lead>{_phrases(words.PUBLISHED_LEADS)})\s*:?\s*{date}",
                                re.IGNORECASE),
        "updated": re.compile(rf"(?P<lead>{_phrases(words.UPDATED_LEADS)})\s*:?\s*"
                              rf"(?:(?:le|on)\s+)?(?:{date}|{time}|{ago})", re.IGNORECASE),
        "reading": re.compile(reading, re.IGNORECASE),
        "date": re.compile(date, re.IGNORECASE),
        "author": re.compile(rf"(?i:{_phrases(words.AUTHOR_LEADS)})\s*:?\s+"
                             rf"(?P<names>{name}(?:\s*,\s*{name}"
                             rf"|\s+(?i:{_phrases(words.NAME_JOINERS)})\s+{name})*){agency}"),
        "source": re.compile(rf"(?i:{_phrases(words.SOURCE_LEADS)})\s*:\s*(?P<names>{name}){agency}"),
        "name": re.compile(rf"(?P<names>{name})(?P<le>\s*,\s*le(?=\s+\d))?"),
        "separator": re.compile(r"\s*(?:[\-–—|·•/;,]|\s)\s*"),
        "emphasis": re.compile(r"(?<![\w*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*_])"),
        "english": re.compile(rf"\b(?:{_phrases({'en': english})})\b", re.IGNORECASE),
    }


_ITEMS = ("published", "updated", "reading", "author", "source", "date", "name")
_LINK = re.compile(r"\[([^\[\]\n]{1,120})\]\([^()\s]{0,500}\)")


def parse_byline(line: str) -> Byline | None:
    """The byline ``line`` is, or ``None`` when it is anything else (a title, body text).

    >>> parse_byline("*Kyodo News, May 8, 2023*")
    Byline(published=datetime.date(2023, 5, 8), updated=None, author=None, source='Kyodo News', agency=None, place=None)
    >>> parse_byline("By Jane Doe, Reuters | March 12, 2024").author
    'Jane Doe'
    """
    text = line.strip()
    if not text or len(text) > MAX_LENGTH:
        return None
    patterns = _patterns()
    if "](" in text:  # markdown links: "By [Jane Doe](https://…)"
        text = _LINK.sub(r"\1", text)
    bare = patterns["emphasis"].sub("", text).strip()
    emphasised = bare != text
    text = bare.strip(" \t:")
    items: list[tuple[str, re.Match]] = []
    pos = 0
    while pos < len(text):
        if items:
            sep = patterns["separator"].match(text, pos)
            if not sep:
                return None
            pos = sep.end()
            if pos >= len(text):
                break
        for kind in _ITEMS:
            match = patterns[kind].match(text, pos)
            if match and match.end() > pos:
                items.append((kind, match))
                pos = match.end()
                break
        else:
            return None
    return _interpret(items, english=bool(patterns["english"].search(text)), emphasised=emphasised)


def _interpret(items: list[tuple[str, re.Match]], *, english: bool, emphasised: bool) -> Byline | None:
    kinds = [kind for kind, _ in items]
    dated = any(k in ("published", "updated", "date") for k in kinds)
    if not items or not (dated or "author" in kinds or "source" in kinds
                         or set(kinds) == {"reading"}):
        return None
    if kinds.count("name") > 1 or ("name" in kinds and not dated):
        return None
    byline = Byline()
    for kind, match in items:
        if kind in ("published", "date"):
            date = _date(match, month_first=english)
            if date is None:
                return None
            byline.published = byline.published or date
        elif kind == "updated":
            byline.updated = byline.updated or _date(match, month_first=english)
        elif kind in ("author", "source"):
            names = [n.strip() for n in match["names"].split(",") if n.strip()]
            if kind == "author" and len(names) > 1:
                byline.author = ", ".join(names[:-1])
            byline.source = byline.source or names[-1]
            byline.agency = byline.agency or match["agency"]
        elif kind == "name":
            _bare_name(byline, match, emphasised=emphasised)
    return byline


def _bare_name(byline: Byline, match: re.Match, *, emphasised: bool) -> None:
    """A capitalised name next to a date: the outlet ("Kyodo News"), or the place of a
    dateline on its own line ("WASHINGTON, March 5, 2024", "Paris, le 3 mars 2024")."""
    name = match["names"].strip()
    place = bool(match["le"]) or (not emphasised and name.isupper()
                                  and name.lower() not in words.AGENCY_ACRONYMS)
    if place:
        byline.place = byline.place or name
    else:
        byline.source = byline.source or name


def _date(match: re.Match, *, month_first: bool) -> dt.date | None:
    """The date of a match of the date pattern (``None``: no date, or impossible)."""
    months = _month_numbers()
    try:
        if match["y1"]:
            return dt.date(int(match["y1"]), months[match["m1"].lower()], int(match["d1"]))
        if match["y2"]:
            return dt.date(int(match["y2"]), months[match["m2"].lower()], int(match["d2"]))
        if match["y3"]:
            return dt.date(int(match["y3"]), int(match["m3"]), int(match["d3"]))
        if match["y4"]:
            day, month = int(match["a4"]), int(match["b4"])
            if month_first:
                day, month = month, day
            if month > 12 >= day:
                day, month = month, day
            return dt.date(int(match["y4"]), month, day)
    except (ValueError, KeyError):
        return None
    return None


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    return {**calendar.MONTH_ABBREVIATIONS["fr"], **calendar.MONTH_ABBREVIATIONS["en"],
            **calendar.MONTHS["fr"], **calendar.MONTHS["en"]}


# --------------------------------------------------------------------------- YAML-like front matter

#: Keys of a YAML-like block read, and the field each fills (static site generators,
#: Jekyll/Hugo exports, note-taking tools: ``title:``, ``date:``, ``source:``…).
_YAML_KEYS = {
    "title": "title", "date": "published", "published": "published", "pubdate": "published",
    "published_at": "published", "updated": "updated", "modified": "updated",
    "source": "source", "publisher": "source", "author": "author", "authors": "author",
    "lang": "language", "language": "language",
}
#: A block longer than this is no front matter (a "---" rule far down the article).
_YAML_MAX_LINES = 40
_YAML_FENCE = re.compile(r"^(?:---|\+\+\+)[ \t]*$")
_YAML_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w\-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_YAML_ITEM = re.compile(r"^[ \t]+(?:-[ \t]+)?(?P<value>.*?)[ \t]*$")


def split_yaml_front_matter(text: str) -> tuple[FrontMatter | None, str, str | None]:
    """A YAML-like block between ``---`` lines at the very top of ``text``.

    Returns ``(front, body, language)``: ``front`` is ``None`` and ``body`` is
    ``text`` unchanged when the top is no such block (no closing fence within
    :data:`_YAML_MAX_LINES` lines, or a line that is no ``key: value``, no list
    item and no comment, or no key of :data:`_YAML_KEYS`): a malformed block never
    swallows the article.
    Unknown keys are skipped; dates are ISO or any byline date.

    >>> top, body, lang = split_yaml_front_matter("---\\ntitle: Talks end\\ndate: 2023-03-19\\n"
    ...                                            "source: 'Balkan Insight'\\n---\\n\\nThe leaders met.")
    >>> top.title, top.published, top.source, body
    ('Talks end', datetime.date(2023, 3, 19), 'Balkan Insight', 'The leaders met.')
    >>> split_yaml_front_matter("---\\nThe leaders met: no deal.\\n")[0] is None
    True
    """
    lines = text.split("\n", _YAML_MAX_LINES + 2)
    if not lines or not _YAML_FENCE.match(lines[0]):
        return None, text, None
    fields: dict[str, str] = {}
    key = None
    for i, line in enumerate(lines[1:_YAML_MAX_LINES + 2], start=1):
        if _YAML_FENCE.match(line) and line.strip() == lines[0].strip():
            if not any(key in _YAML_KEYS for key in fields):
                break   # "---\nUpdate: the talks resumed.\n---": a note between rules
            return _yaml_front(fields), "\n".join(lines[i + 1:]).strip(), _yaml_language(fields)
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        item = _YAML_LINE.match(line)
        if item:
            key = item["key"].lower()
            value = _unquote(item["value"] or "")
            if value and key not in fields:
                fields[key] = value
            continue
        nested = _YAML_ITEM.match(line)
        if nested and key is not None:  # "author:\n  - Jane Doe": the first item
            fields.setdefault(key, _unquote(nested["value"]))
            continue
        break
    return None, text, None


def _unquote(value: str) -> str:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):  # a flow list: its first item
        value = value[1:-1].split(",")[0].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def _yaml_front(fields: dict[str, str]) -> FrontMatter:
    top = FrontMatter()
    for key, value in fields.items():
        name = _YAML_KEYS.get(key)
        if name is None or not value:
            continue
        if name in ("published", "updated"):
            date = _yaml_date(value)
            if date is not None and getattr(top, name) is None:
                setattr(top, name, date)
        elif name != "language" and getattr(top, name) is None:
            setattr(top, name, value)
    top.bylines = int(any(_YAML_KEYS.get(k) in ("published", "updated", "source", "author")
                          for k in fields))
    return top


def _yaml_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        byline = parse_byline(value)
        return byline.published if byline else None


def _yaml_language(fields: dict[str, str]) -> str | None:
    value = fields.get("lang") or fields.get("language") or ""
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isalpha() else None


# --------------------------------------------------------------------------- title, bylines, dateline

_MD_TITLE = re.compile(r"^#{1,3}[ \t]+(?P<title>[^\n]+)$")

_MONTH = "|".join(sorted(map(re.escape, _month_numbers()), key=len, reverse=True))
_DATELINE_DATE = (
    rf"(?:le[ \t]+)?(?P<day>\d{{1,2}})(?:er)?[ \t]+(?P<month>{_MONTH})\.?(?:[ \t]+(?P<year>\d{{4}}))?"
    rf"|(?P<month2>{_MONTH})\.?[ \t]+(?P<day2>\d{{1,2}})(?:,?[ \t]+(?P<year2>\d{{4}}))?"
)
# "Rabat, 2 février 2023 (MAP) - …", "Moscow – …", "RABAT, 3 mars (MAP) -", "Paris (AFP) -",
# "SEOUL — …", "SEOUL—…".  The place is capitalised words (case matters: "la diplomatie -"
# is no place) and the dash opens a sentence: "Le Maroc – qui …" is no dateline.
_PLACE_WORD = r"[A-ZÀ-Ý][\w'’.\-]*"
_PLACE = rf"{_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|de|du|el|al|es|d'|la)){{0,3}}"
# AP style adds the country before the agency: "SEOUL, South Korea (AP) —"; two
# places share a dateline with a slash: "KYIV/MOSCOW, March 5 (Reuters) -".
DATELINE = re.compile(
    rf"""^(?P<place>{_PLACE}(?:/{_PLACE})?)
        (?:[ \t]*,[ \t]*(?P<region>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})(?=[ \t]*\())?
        (?:[ \t]*\((?P<agency1>[A-Z][\w .&-]{{1,24}})\))?
        (?:[ \t]*,[ \t]*(?i:{_DATELINE_DATE}))?
        (?:[ \t]*\((?P<agency2>[A-Z][\w .&-]{{1,24}})\))?
        (?:[ \t]*(?:--?|–|—)[ \t]+|[ \t]*[–—])(?=[«"“‘'A-ZÀ-Ý0-9])""",
    re.VERBOSE,
)

_TERMINAL = ".!?:;»”\"'’)…"


def looks_like_title(paragraph: str) -> bool:
    """One short line of two words or more without final punctuation.

    >>> looks_like_title("Le Caire annonce l'échec des négociations"), looks_like_title("Il a dit non.")
    (True, False)
    """
    text = paragraph.strip()
    return ("\n" not in text and 8 <= len(text) <= 200 and len(text.split()) >= 2
            and text[-1] not in _TERMINAL)


@dataclass
class FrontMatter:
    """The lines above the first paragraph: a title and bylines (see :func:`parse_byline`)."""

    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    agency: str | None = None
    author: str | None = None
    place: str | None = None
    updated: dt.date | None = None
    bylines: int = 0


#: Bylines read at most above the body (a title, then "Publié le …", "Mis à jour le …").
_MAX_BYLINES = 4


def split_front_matter(body: str) -> tuple[FrontMatter, str]:
    """A title and the byline lines at the top of ``body``, and the body without them.

    A title is a markdown ``# Title`` line, or a first short line without final
    punctuation standing alone as a paragraph (above or below the bylines) or
    followed by a byline.  Only the
    lines right after it (or at the very top) are read as bylines, up to the first
    line that is not one: a body sentence that holds a date stays body.

    >>> top, rest = split_front_matter("Le Caire et Addis-Abeba\\n\\nPublié le 20 décembre 2023 à 10h32 "
    ...                                "- Par RFI\\n\\nL'Égypte a annoncé mardi l'échec des négociations.")
    >>> top.title, top.published, top.source, rest[:9]
    ('Le Caire et Addis-Abeba', datetime.date(2023, 12, 20), 'RFI', "L'Égypte ")
    """
    top = FrontMatter()
    lines = body.split("\n")
    start = 0
    md = _MD_TITLE.match(lines[0]) if lines else None
    if md:
        top.title, start = md["title"].strip(), 1
    end = _read_bylines(lines, start, top)
    if not top.bylines and top.title is None and looks_like_title(lines[0]) \
            and not DATELINE.match(lines[0]):
        after_title = _read_bylines(lines, 1, top)
        if top.bylines:
            top.title, end = lines[0].strip(), after_title
    if top.title is not None:
        return top, "\n".join(lines[end:]).strip()
    body = "\n".join(lines[end:]).strip()  # a title may follow bylines read at the top
    if "\n\n" in body:
        first, rest = body.split("\n\n", 1)
        if looks_like_title(first) and not DATELINE.match(first):
            top.title, body = first.strip(), rest.strip()
    return top, body


def _read_bylines(lines: list[str], start: int, top: FrontMatter) -> int:
    """Read byline lines from ``lines[start]`` on (blank lines between them skipped) into
    ``top``; the index of the first line after the last byline (``start`` if none)."""
    end, i = start, start
    while i < len(lines) and top.bylines < _MAX_BYLINES:
        if not lines[i].strip():
            i += 1
            continue
        byline = parse_byline(lines[i])
        if byline is None:
            break
        top.bylines += 1
        top.published = top.published or byline.published
        top.updated = top.updated or byline.updated
        top.source = top.source or byline.source
        top.agency = top.agency or byline.agency
        top.author = top.author or byline.author
        top.place = top.place or byline.place
        i = end = i + 1
    return end


def dateline_date(match: re.Match, *, context: dt.date | None) -> dt.date | None:
    """The date of a :data:`DATELINE` match; a day and month without a year take the
    year of ``context`` (the header's or the file name's date).  ``None``: no date."""
    day = match["day"] or match["day2"]
    month = match["month"] or match["month2"]
    if not (day and month):
        return None
    year = match["year"] or match["year2"]
    year = int(year) if year else (context.year if context else None)
    if year is None:
        return None
    try:
        return dt.date(year, _month_numbers()[month.lower().rstrip(".")], int(day))
    except ValueError:
        return None
