"""Language-independent keys for names: one key for every transliteration of a name.

French and English transliterate Russian, Arabic and other names differently
(Sergueï/Sergei/Sergey, Poutine/Putin, Patrouchev/Patrushev, Abdelmadjid/
Abdelmajid).  :func:`name_key` folds those differences so the same person gets
the same key in any language, whether or not the actors table knows them.

>>> name_key("Sergueï Lavrov") == name_key("Sergey Lavrov") == name_key("Sergei Lavrov")
True
>>> name_key("Dmitri Patrouchev") == name_key("Dmitry Patrushev")
True
>>> name_key("Vladimir Poutine") == name_key("Vladimir Putin")
True
>>> name_key("Emmanuel Macron") == name_key("Brigitte Macron")
False
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "name_key", "token_keys", "slug"]

# Ordered rewrites applied to the accent-free, lower-cased name (the order matters:
# longer spellings first).  French spellings on the left, the common form on the right.
_REWRITES = (
    ("tch", "ch"), ("sch", "sh"), ("ch", "sh"), ("kh", "h"), ("dj", "j"), ("dzh", "j"),
    ("zh", "j"), ("ou", "u"), ("ph", "f"), ("gue", "ge"), ("gui", "gi"), ("qu", "k"),
    ("q", "k"), ("ck", "k"), ("c", "k"), ("w", "v"), ("y", "i"), ("aie", "ae"), ("ei", "e"),
    ("ie", "i"),
    ("ee", "i"), ("oo", "u"), ("ai", "e"), ("ay", "e"), ("ou", "u"),
)
_NON_LETTER = re.compile(r"[^a-z ]+")
_DOUBLE = re.compile(r"([a-z])\1+")
_FINAL_E = re.compile(r"(?<=[a-z]{3})e\b")
_FINAL_RE = re.compile(r"(?<=[a-z]{3}[bcdfgkptv])re\b")  # Alexandre / Alexander
_SPACES = re.compile(r"\s+")
# Arabic articles and particles that some spellings attach and others drop.
_PARTICLES = re.compile(r"\b(?:al|el|ad|ar|as|at|an|ibn|bin|ben)\b ?")


def fold(text: str) -> str:
    """Lower-case, accents removed, apostrophes dropped, hyphens as spaces.

    >>> fold("Côte d’Ivoire"), fold("Abdel-Fattah al-Sissi")
    ('cote divoire', 'abdel fattah al sissi')
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("’", "").replace("'", "").replace("-", " ").replace(".", " ")
    return _SPACES.sub(" ", plain).strip()


@lru_cache(maxsize=50_000)
def _word_key(word: str) -> str:
    for old, new in _REWRITES:
        if old in word:
            word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", _FINAL_RE.sub("er", word))
    return _FINAL_E.sub("", word)


@lru_cache(maxsize=50_000)
def name_key(name: str) -> str:
    """The transliteration-aware key of a person's (or any) name."""
    plain = _NON_LETTER.sub(" ", fold(name.replace("ç", "s")))
    plain = _PARTICLES.sub("", plain)
    return " ".join(_word_key(w) for w in plain.split())


def token_keys(name: str) -> tuple[str, ...]:
    """Keys of each word of a name (for "Bourita" → "Nasser Bourita" matching)."""
    return tuple(name_key(name).split())


@lru_cache(maxsize=50_000)
def slug(text: str) -> str:
    """A readable identifier from a name: ``slug("Comité de Travail")`` → ``'comite-de-travail'``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
