"""The text layer: sentences, tokens and stems with character offsets.

Everything works on whole texts with compiled patterns and returns offsets
into the text it was given, so every later table can point back to the exact
characters (``text[start:end]``).  No per-token objects are built: a token is
a ``(start, end)`` pair.

>>> doc = Document("d", "M. Bourita a reçu l’ambassadeur. Il a salué la visite.", "fr")
>>> [doc.text[s:e] for s, e in doc.sentences]
['M. Bourita a reçu l’ambassadeur.', 'Il a salué la visite.']
>>> [doc.text[s:e] for s, e in tokenize("l’ambassadeur maroco-russes")]
['l’', 'ambassadeur', 'maroco-russes']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .lang.abbreviations import ABBREVIATIONS, TITLES_EN, TITLES_FR
from .lang.punctuation import APOSTROPHES, ELISIONS, HYPHENS, NO_BREAK_SPACES, ORDINAL_SUFFIXES
from .lang.stop_words import STOP_WORDS

__all__ = [
    "Document", "split_sentences", "tokenize", "words", "stem", "is_stop_word",
    "lower_same_length",
]

_APOS = re.escape(APOSTROPHES)
_HYPH = re.escape(HYPHENS)
_NBSP = re.escape(NO_BREAK_SPACES)
_TITLE_ABBR = sorted({t for t in TITLES_FR | TITLES_EN} | {"etc", "cf", "n°", "art", "vol", "av", "bd"},
                     key=len, reverse=True)

# One pattern for every token, tried left to right at each position.  Order
# matters: dates before numbers, ordinals before words, elisions and title
# abbreviations before plain words, compounds (hyphens) inside words.
TOKEN_PATTERN = re.compile(
    rf"""
    (?P<date>\d{{4}}-\d{{2}}-\d{{2}}(?!\d))
  | (?P<ordinal>\d{{1,4}}(?:{'|'.join(sorted(ORDINAL_SUFFIXES, key=len, reverse=True))})(?![^\W_]))
  | (?P<time>\d{{1,2}}[hH]\d{{0,2}}(?![^\W_]))
  | (?P<number>\d{{1,3}}(?:[.{_NBSP}]\d{{3}})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?%?)
  | (?P<elision>(?<![^\W_])(?i:{'|'.join(ELISIONS)})[{_APOS}](?=[^\W\d_]))
  | (?P<abbr>(?<![^\W_])(?i:{'|'.join(re.escape(a) for a in _TITLE_ABBR)})\.(?=\s|$))
  | (?P<acronym>(?<![^\W_])(?:[A-Z]\.){{2,}})
  | (?P<word>(?i:aujourd[{_APOS}]hui)|[^\W_]+(?:[{_HYPH}][^\W_]+)*)
  | (?P<possessive>[{_APOS}]s(?![^\W_]))
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)

_WORD_CHAR = re.compile(r"[^\W_]")

# A blank line (possibly holding spaces) ends a paragraph.
_PARAGRAPH_BREAK = re.compile(rf"\n[ \t{_NBSP}]*\n\s*")
# A single line break ends a sentence unless the line reads on (a hard wrap):
# it ends in a letter, a digit, a comma or a hyphen.
_LINE_BREAK = re.compile(r"(?<![\w,;\-(«“'’])[ \t]*\n")

_punkt: PunktSentenceTokenizer | None = None


def _sentence_tokenizer() -> PunktSentenceTokenizer:
    """Punkt, untrained, with our French and English abbreviations (no download)."""
    global _punkt
    if _punkt is None:
        params = PunktParameters()
        params.abbrev_types = set(ABBREVIATIONS)
        _punkt = PunktSentenceTokenizer(params)
    return _punkt


def _blocks(text: str, start: int, end: int):
    """Yield (start, end) of the stretches between hard breaks, stripped."""
    pos = start
    for match in _LINE_BREAK.finditer(text, start, end):
        yield pos, match.start()
        pos = match.end()
    yield pos, end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: Punkt inside paragraphs; paragraph breaks always split.

    >>> text = "Le Roi a reçu M. Lavrov.\\n\\nLa visite a duré deux jours"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Le Roi a reçu M. Lavrov.', 'La visite a duré deux jours']
    """
    punkt = _sentence_tokenizer()
    spans: list[tuple[int, int]] = []
    para_start = 0
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    breaks.append((len(text), len(text)))
    for brk_start, brk_end in breaks:
        for b_start, b_end in _blocks(text, para_start, brk_start):
            block = text[b_start:b_end]
            if not block.strip():
                continue
            for s, e in punkt.span_tokenize(block):
                chunk = block[s:e]
                lead = len(chunk) - len(chunk.lstrip())
                trail = len(chunk) - len(chunk.rstrip())
                if e - trail > s + lead:
                    spans.append((b_start + s + lead, b_start + e - trail))
        para_start = brk_end
    return spans


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans of ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    return [m.span() for m in TOKEN_PATTERN.finditer(text, start, end)]


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the tokens that contain a letter or a digit (no punctuation)."""
    end = len(text) if end is None else end
    return [m.span() for m in TOKEN_PATTERN.finditer(text, start, end) if m.lastgroup != "punct"]


def lower_same_length(text: str) -> str:
    """``text.lower()`` that never changes the length (so offsets stay valid).

    A few characters lower-case to two ("İ" → "i̇"); those are kept as they are.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_stemmers: dict[str, object] = {}
_STEMMER_LANG = {"fr": "french", "en": "english", "es": "spanish", "de": "german",
                 "it": "italian", "pt": "portuguese"}


@lru_cache(maxsize=200_000)
def stem(word: str, language: str = "fr") -> str:
    """Snowball stem of a lower-cased word, cached (each word is stemmed once).

    >>> stem("signé", "fr"), stem("signature", "fr"), stem("visited", "en")
    ('sign', 'signatur', 'visit')
    """
    name = _STEMMER_LANG.get(language)
    if name is None:
        return word.lower()
    stemmer = _stemmers.get(name)
    if stemmer is None:
        from nltk.stem.snowball import SnowballStemmer

        stemmer = _stemmers[name] = SnowballStemmer(name)
    return stemmer.stem(word.lower())


def is_stop_word(word: str, language: str) -> bool:
    """Whether a word is a function word in ``language`` (FR/EN lists of the package)."""
    lowered = word.lower().replace("\u2019", "'")
    return lowered in STOP_WORDS.get(language, STOP_WORDS["en"])


class Document:
    """One article's body with its sentences and (lazily) tokens.

    The annotators receive a ``Document``; every offset they produce is into
    ``document.text``.  ``published`` is a ``datetime.date`` or ``None``.
    """

    __slots__ = ("doc_id", "text", "language", "published", "sentences", "_starts",
                 "_tokens", "_lower")

    def __init__(self, doc_id: str, text: str, language: str = "und", published=None,
                 sentences: list[tuple[int, int]] | None = None):
        self.doc_id = doc_id
        self.text = text
        self.language = language
        self.published = published
        self.sentences = split_sentences(text) if sentences is None else sentences
        self._starts = [s for s, _ in self.sentences]
        self._tokens = None
        self._lower = None

    @property
    def tokens(self) -> list[tuple[int, int]]:
        """Token spans of the whole text (computed once)."""
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens

    @property
    def lower(self) -> str:
        """The text lower-cased, same length as ``text``."""
        if self._lower is None:
            self._lower = lower_same_length(self.text)
        return self._lower

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the previous one if between two)."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def sentence_text(self, sent_id: int) -> str:
        start, end = self.sentences[sent_id]
        return self.text[start:end]

    def __repr__(self) -> str:
        return f"Document({self.doc_id!r}, {len(self.text)} chars, {self.language})"
