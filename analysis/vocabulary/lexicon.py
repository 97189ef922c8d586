"""The diplomatic lexicon and the CAMEO table, read once and compiled into an index.

Both tables are data under ``analysis/data/``:

- ``cameo.tsv`` (code, label, goldstein): the CAMEO event codes the lexicon
  uses, with GDELT's Goldstein weights (``CAMEO.goldsteinscale.txt``, as
  listed in ``../shared/REFERENCE.md`` §1);
- ``lexicon.tsv`` (language, headword, pattern, gap, category, cameo,
  goldstein, notes): one diplomatic term or expression per row.

A *pattern* is a sequence of parts separated by spaces, matched word by word
in order, with at most ``gap`` words between two parts (3 when empty).  A
part lists alternatives separated by ``|``; an alternative is

- ``word``: any word with the same Snowball stem (``signer`` matches *signé*,
  *signera*, *signant*; ``visit`` matches *visited*, *visiting*);
- ``=word``: exactly this lower-case form (``=pourparlers``);
- ``prefix*``: any word starting with the prefix (``entreti*``).

Rows of category ``ignore`` (no code) are blockers: longer readings that stop
a wrong shorter one (« en signe de » is not « signer »).  Rows of category
``agreement`` are names of agreements (« mémorandum d'entente »): terms
with the code of the event they point to, but not events by themselves.

>>> entry = compiled("fr").entries[0]
>>> entry.headword, entry.cameo, entry.goldstein
('déclarer', '010', 0.0)
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..config import PACKAGE_DATA_DIR
from ..text import stem

__all__ = ["Part", "Entry", "Multi", "Lexicon", "cameo_table", "lexicon_table", "compiled",
           "word_stem", "prefix_free", "DEFAULT_GAP", "NAME_CATEGORIES"]

DEFAULT_GAP = 3
_CACHE_LIMIT = 200_000


def _read_tsv(name: str) -> list[dict]:
    with open(PACKAGE_DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def _cameo_rows() -> tuple[tuple[str, str, float], ...]:
    return tuple((r["code"], r["label"], float(r["goldstein"])) for r in _read_tsv("cameo.tsv"))


def cameo_table():
    """The CAMEO reference table as a DataFrame (code, label, goldstein).

    >>> cameo_table().set_index("code").loc["057", "goldstein"]
    np.float64(8.0)
    """
    import pandas as pd

    return pd.DataFrame(list(_cameo_rows()), columns=["code", "label", "goldstein"])


def cameo_weights() -> dict[str, float]:
    """``{code: Goldstein weight}`` from ``cameo.tsv``."""
    return {code: weight for code, _, weight in _cameo_rows()}


def cameo_labels() -> dict[str, str]:
    """``{code: label}`` from ``cameo.tsv``."""
    return {code: label for code, label, _ in _cameo_rows()}


def lexicon_table():
    """The lexicon as a DataFrame, one row per term (all languages)."""
    import pandas as pd

    return pd.DataFrame(_read_tsv("lexicon.tsv"))


def word_stem(form: str, language: str) -> str:
    """The stem used for matching: Snowball, with one repair for French.

    Snowball leaves some French third-person plurals whole (« signent »,
    « saluent »); their singular (« signe », « salue ») stems like the rest
    of the verb.
    """
    stemmed = stem(form, language)
    if language == "fr" and stemmed == form and form.endswith("ent") and len(form) > 5:
        return stem(form[:-2], language)
    return stemmed


@dataclass(frozen=True, slots=True)
class Part:
    """One position of a pattern: exact forms, stems and prefixes it accepts."""

    forms: frozenset
    stems: frozenset
    prefixes: tuple
    language: str

    def matches(self, form: str) -> bool:
        """Whether the lower-case word ``form`` fills this part."""
        if form in self.forms:
            return True
        for prefix in self.prefixes:
            if form.startswith(prefix):
                return True
        return bool(self.stems) and word_stem(form, self.language) in self.stems


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon row, compiled."""

    index: int
    language: str
    headword: str
    pattern: str
    parts: tuple
    part_ids: tuple  # one id per part, keys of Lexicon.accepts()
    gap: int
    category: str
    cameo: str | None
    goldstein: float | None
    anchor: int  # index of the part the scan looks for first
    specificity: int  # exact forms > stems > prefixes, to break ties
    #: (term, category, cameo, goldstein) of its rows; None for a blocker
    row: tuple | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "row", None if self.is_blocker else
                           (self.headword, self.category, self.cameo, self.goldstein))

    @property
    def is_blocker(self) -> bool:
        return self.category == "ignore"

    @property
    def words_after(self) -> int:
        """How many words after the anchor word the pattern may reach."""
        return (self.gap + 1) * (len(self.parts) - 1 - self.anchor)

    @property
    def words_before(self) -> int:
        return (self.gap + 1) * self.anchor


def _parse_part(text: str, language: str) -> tuple[Part, list[str]]:
    forms, stems, prefixes, anchors = set(), set(), [], []
    for alt in text.split("|"):
        alt = alt.strip().lower().replace("\u2019", "'")
        if not alt:
            raise ValueError(f"empty alternative in {text!r}")
        if alt.startswith("="):
            forms.add(alt[1:])
            anchors.append(alt[1:])
        elif alt.endswith("*"):
            prefixes.append(alt[:-1])
            anchors.append(alt[:-1])
        else:
            stemmed = word_stem(alt, language)
            stems.add(stemmed)
            # Words sharing a stem share its beginning, except where Snowball
            # rewrites a letter (é → e, y → i): anchor on the common prefix.
            anchors.append(os.path.commonprefix([alt, stemmed]) or alt[:3])
    part = Part(frozenset(forms), frozenset(stems), tuple(prefixes), language)
    return part, anchors


def _specificity(pattern: str) -> int:
    return sum(3 if a.startswith("=") else 1 if a.endswith("*") else 2
               for a in pattern.replace("|", " ").split())


class Lexicon:
    """The entries of one language with the index the scanner uses.

    ``anchors`` are the beginnings of words that may fill an entry's anchor
    part (the keys of the scanner's Aho-Corasick automaton, :mod:`.terms`);
    :meth:`accepts` tells which parts of any entry a word fills,
    :meth:`candidates` which entries it may anchor and :meth:`plan` what the
    scanner does with it — all computed once per distinct word form (dict
    look-ups on the forms, stems and prefixes of all parts), then cached.
    """

    def __init__(self, language: str, rows: list[dict]):
        self.language = language
        self.entries: list[Entry] = []
        self._part_ids: dict[Part, int] = {}
        self._by_form: dict[str, list[int]] = {}
        self._by_stem: dict[str, list[int]] = {}
        self._by_prefix: dict[str, list[int]] = {}
        self._anchored: dict[int, list[Entry]] = {}
        anchors: set[str] = set()
        for row in rows:
            entry, entry_anchors = self._compile(len(self.entries), row)
            self.entries.append(entry)
            self._anchored.setdefault(entry.part_ids[entry.anchor], []).append(entry)
            anchors.update(entry_anchors)
        self._prefix_lengths = sorted({len(p) for p in self._by_prefix})
        self.anchors = frozenset(anchors)
        self._cache: dict[str, tuple] = {}
        #: form -> plan (see :meth:`plan`); '' never is a form.
        self.plans: dict[str, tuple] = {}
        #: word -> part ids it fills, for words read forwards and backwards
        self.accepted = _Accepted(self)
        self.accepted_reversed = _Accepted(self, reversed=True)

    def _part_id(self, part: Part) -> int:
        pid = self._part_ids.get(part)
        if pid is None:
            pid = self._part_ids[part] = len(self._part_ids)
            for form in part.forms:
                self._by_form.setdefault(form, []).append(pid)
            for stemmed in part.stems:
                self._by_stem.setdefault(stemmed, []).append(pid)
            for prefix in part.prefixes:
                self._by_prefix.setdefault(prefix, []).append(pid)
        return pid

    def _compile(self, index: int, row: dict) -> tuple[Entry, list[str]]:
        parsed = [_parse_part(text, self.language) for text in row["pattern"].split()]
        parts = tuple(p for p, _ in parsed)
        # The anchor part: the one whose shortest anchor is longest (a content
        # word, not « s' » or « en »).
        anchor = max(range(len(parsed)), key=lambda i: (min(len(a) for a in parsed[i][1]), -i))
        code = row["cameo"] or None
        entry = Entry(
            index=index, language=self.language, headword=row["headword"],
            pattern=row["pattern"], parts=parts,
            part_ids=tuple(self._part_id(p) for p in parts),
            gap=int(row["gap"]) if row["gap"] else DEFAULT_GAP,
            category=row["category"], cameo=code,
            goldstein=float(row["goldstein"]) if row["goldstein"] else None,
            anchor=anchor, specificity=_specificity(row["pattern"]),
        )
        return entry, parsed[anchor][1]

    def _lookup(self, form: str) -> tuple:
        """(accepted part ids, candidate entries, words after, words before) of a word."""
        found = self._cache.get(form)
        if found is not None:
            return found
        pids = list(self._by_form.get(form, ()))
        pids += self._by_stem.get(word_stem(form, self.language), ())
        for length in self._prefix_lengths:
            if length > len(form):
                break
            pids += self._by_prefix.get(form[:length], ())
        accepted = frozenset(pids) or _NOTHING
        candidates = tuple(e for pid in sorted(accepted) for e in self._anchored.get(pid, ()))
        found = (accepted, candidates,
                 max((e.words_after for e in candidates), default=0),
                 max((e.words_before for e in candidates), default=0))
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[form] = found
        return found

    def accepts(self, form: str) -> frozenset:
        """Ids of the parts (of any entry) that the lower-case word ``form`` fills."""
        return self._lookup(form)[0]

    def candidates(self, form: str) -> tuple:
        """Entries whose anchor part accepts the lower-case word ``form``."""
        return self._lookup(form)[1]

    def plan(self, form: str) -> tuple:
        """What the scanner does where the word ``form`` starts with an anchor.

        ``()`` when it anchors no entry, else ``(words_after, words_before,
        other, name, multis, every_single)``: the window the multi-word
        entries need (in words, as :attr:`Entry.words_after`), the one-word
        entries that can win there (the best of the others and the best of
        the names of agreements, or None: same span, so more specific, then
        earlier, wins), the multi-word entries as :class:`Multi` and every
        one-word entry.
        """
        plan = self.plans.get(form)
        if plan is not None:
            return plan
        _, candidates, after, before = self._lookup(form)
        if not candidates:
            plan = ()
        else:
            ones = [e for e in candidates if len(e.parts) == 1]
            best = {}
            for entry in sorted(ones, key=lambda e: (-e.specificity, e.index)):
                best.setdefault(entry.category in NAME_CATEGORIES, entry)
            multis = tuple(Multi.of(e) for e in candidates if len(e.parts) > 1)
            plan = (after, before, best.get(False), best.get(True), multis, tuple(ones))
        if len(self.plans) > _CACHE_LIMIT:
            self.plans.clear()
        self.plans[form] = plan
        return plan


#: Categories of names (not events): a layer of their own when overlaps are resolved.
NAME_CATEGORIES = frozenset({"agreement"})

_NOTHING = frozenset()


class Multi(NamedTuple):
    """A multi-word entry as the scanner follows it from its anchor word.

    ``after``: part ids after the anchor, in order; ``before``: part ids
    before it, nearest first; ``reach``: words a part may be looked for in
    (gap + 1); ``parts``, ``specificity`` (negated) and ``index``: the sort
    key of its readings after their length (more parts, more specific,
    earlier entry first); ``name``: whether it names an agreement.

    ``after_clue`` / ``before_clue``: strings one of which must occur in the
    text after / before the anchor for the entry to match there (the forms
    and prefixes of one of its parts without stems: a word that fills such a
    part contains one of them), or None — a test on the text, cheaper than
    reading its words.
    """

    after: tuple
    before: tuple
    reach: int
    parts: int
    specificity: int
    index: int
    entry: Entry
    name: bool
    after_clue: tuple | None
    before_clue: tuple | None

    @classmethod
    def of(cls, entry: Entry) -> "Multi":
        ids, anchor = entry.part_ids, entry.anchor
        clue, clue_after = None, False
        for i, part in enumerate(entry.parts):
            if i == anchor or part.stems:
                continue
            keys = tuple(sorted(part.forms | set(part.prefixes), key=lambda k: (len(k), k)))
            # the rarer the better: longer strings first, then fewer of them
            if clue is None or (len(keys[0]), -len(keys)) > (len(clue[0]), -len(clue)):
                clue, clue_after = keys, i > anchor
        return cls(ids[anchor + 1:], ids[anchor - 1::-1] if anchor else (), entry.gap + 1,
                   -len(entry.parts), -entry.specificity, entry.index, entry,
                   entry.category in NAME_CATEGORIES,
                   clue if clue_after else None, None if clue_after else clue)


class _Accepted(dict):
    """Word -> the part ids it fills (:meth:`Lexicon.accepts`); ``None`` (no
    word) fills none.  With ``reversed``, the keys are words spelt backwards.
    A dictionary that fills itself: ``accepted[word]`` always answers."""

    __slots__ = ("lexicon", "reversed")

    def __init__(self, lexicon: "Lexicon", reversed: bool = False):
        super().__init__({None: _NOTHING})
        self.lexicon = lexicon
        self.reversed = reversed

    def __missing__(self, word: str) -> frozenset:
        value = self.lexicon._lookup(word[::-1] if self.reversed else word)[0]
        if len(self) > _CACHE_LIMIT:
            self.clear()
            self[None] = _NOTHING
        self[word] = value
        return value


def prefix_free(anchors) -> list[str]:
    """The anchors without those another anchor begins: where a longer one
    occurs, its beginning occurs too, so the automaton reports one hit per place."""
    kept: list[str] = []
    for anchor in sorted(anchors):
        if kept and anchor.startswith(kept[-1]):
            continue
        kept.append(anchor)
    return kept


@lru_cache(maxsize=None)
def compiled(language: str) -> Lexicon | None:
    """The compiled lexicon of ``language`` ('fr', 'en'), or None if there is none."""
    rows = [r for r in _read_tsv("lexicon.tsv") if r["language"] == language]
    return Lexicon(language, rows) if rows else None
