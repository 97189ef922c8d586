"""The text layer: sentences, tokens and stems with character offsets.

Everything works on whole texts with compiled patterns and returns offsets
into the text it was given, so every later table can point back to the exact
characters (``text[start:end]``).  No per-token objects are built: a token is
a ``(start, end)`` pair.

>>> doc = Document("d", "M. Bourita a reçu l’ambassadeur. Il a salué la visite.", "fr")
>>> [doc.text[s:e] for s, e in doc.sentences]
['M. Bourita a reçu l’ambassadeur.', 'Il a salué la visite.']
>>> text = "l’ambassadeur maroco-russes"
>>> [text[s:e] for s, e in tokenize(text)]
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

# One pattern for every token, tried left to right at each position.  The
# first character picks the branch (a digit, a letter, anything else) so most
# alternatives are never tried; inside a branch, order matters: dates before
# numbers, ordinals before words, elisions and title abbreviations before
# plain words, compounds (hyphens) inside words.  Atomic branches make this
# about twice as fast as a flat alternation; most words are plain (not followed by
# a period or an apostrophe) and match the first branch without trying the others
# (benchmark: ``python -m analysis bench``).
TOKEN_PATTERN = re.compile(
    rf"""
    (?=\d)(?:
        (?P<date>\d{{4}}-\d{{2}}-\d{{2}}(?!\d))
      | (?P<ordinal>\d{{1,4}}(?:{'|'.join(sorted(ORDINAL_SUFFIXES, key=len, reverse=True))})(?![^\W_]))
      | (?P<time>\d{{1,2}}[hH]\d{{0,2}}(?![^\W_]))
      | (?P<number>\d{{1,3}}(?:[.{_NBSP}]\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?%?)
    )
  | (?=[^\W\d_])(?:
        (?P<plain>(?>[^\W_]+(?:[{_HYPH}][^\W_]+)*)(?![.{_APOS}]))
      | (?P<elision>(?i:{'|'.join(ELISIONS)})[{_APOS}](?=[^\W\d_]))
      | (?=[^\W\d_]{{1,6}}\.)(?P<abbr>(?i:{'|'.join(re.escape(a) for a in _TITLE_ABBR)})\.(?=\s|$))
      | (?P<acronym>(?:[A-Z]\.){{2,}})
      | (?P<word>(?i:aujourd[{_APOS}]hui)|[^\W_]+(?:[{_HYPH}][^\W_]+)*)
    )
  | (?P<possessive>[{_APOS}]s(?![^\W_]))
  | (?P<other_word>[^\W_]+(?:[{_HYPH}][^\W_]+)*)
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)

_WORD_CHAR = re.compile(r"[^\W_]")

# A blank line (possibly holding spaces) ends a paragraph.
_PARAGRAPH_BREAK = re.compile(rf"\n[ \t{_NBSP}]*\n\s*")
# A single line break ends a sentence unless the line reads on (a hard wrap):
# it ends in a letter, a digit, a comma or a hyphen (see ``_blocks``).  Matches
# start where a run of spaces starts, so a run of 100,000 spaces is one scan.
_LINE_BREAK = re.compile(r"(?<![ \t])[ \t]*+\n")
_READS_ON = re.compile(r"[\w,;\-(«“'’]")

# Sentence ends: terminal punctuation, closing quotes or brackets, then space.
# Possessive, and only from the first mark of a run (the look-behind after the
# first mark keeps the fast first-character scan): a line of 100,000 dots is
# one linear scan, where ``[.!?…]+`` retried at every dot was quadratic.
_SENTENCE_END = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*+[»\"”’)\]]*+(?=\s)")
# The word just before a period (to recognise abbreviations and initials).
_WORD_BEFORE = re.compile(r"([^\W\d_](?:[\w.’'-]*[^\W_])?)\.*$")
_NEXT_CHAR = re.compile(r"\s*+[«\"“(\[]?\s*+(\S)")  # possessive: no quadratic retry over spaces

_punkt: PunktSentenceTokenizer | None = None


def _punkt_tokenizer() -> PunktSentenceTokenizer:
    """NLTK's Punkt, untrained, with our abbreviations: the reference our splitter is tested against."""
    global _punkt
    if _punkt is None:
        params = PunktParameters()
        params.abbrev_types = set(ABBREVIATIONS)
        _punkt = PunktSentenceTokenizer(params)
    return _punkt


def _blocks(text: str, start: int, end: int):
    """Yield (start, end) of the stretches between hard breaks."""
    pos = start
    for match in _LINE_BREAK.finditer(text, start, end):
        brk, after = match.span()
        if brk and _READS_ON.match(text, brk - 1):
            if after - brk == 1:
                continue  # "…, \n" without spaces: a hard wrap, the sentence goes on
            brk += 1  # with trailing spaces it breaks, one space in (as it always has)
        yield pos, brk
        pos = after
    yield pos, end


def _is_boundary(text: str, stop: int, end_mark: str, block_end: int) -> bool:
    """Punkt's decisions without its training: abbreviations, initials, lower-case next word."""
    nxt = _NEXT_CHAR.match(text, stop, block_end)
    if nxt is None:
        return True
    if nxt.group(1).islower():
        return False
    if not end_mark.startswith(".") or end_mark.startswith(".."):
        return True
    before = _WORD_BEFORE.search(text, max(0, stop - 40), stop - len(end_mark) + 1)
    if before is None:
        return True
    word = before.group(1).lower()
    if word in ABBREVIATIONS or len(word) == 1:
        return False  # "M. Bourita", "Dr. Tedros", "J. Biden"
    if "." in word and len(word) <= 6:
        return False  # "U.S.", "S.A."
    return True


def split_sentences(text: str, *, engine: str = "rules") -> list[tuple[int, int]]:
    """Sentence spans of ``text``; paragraph breaks always split.

    Inside a paragraph, a sentence ends at terminal punctuation followed by
    space, unless the word before the period is a known abbreviation or an
    initial, or the next word starts in lower case — the decisions NLTK's
    Punkt takes with our abbreviation list (``engine="punkt"`` runs Punkt
    itself; the default is the same rules in one compiled pattern, 10× faster,
    since NLTK 3.10 routes Punkt's patterns through a timed regex wrapper).

    >>> text = "Le Roi a reçu M. Lavrov.\\n\\nLa visite a duré deux jours"
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Le Roi a reçu M. Lavrov.', 'La visite a duré deux jours']
    """
    spans: list[tuple[int, int]] = []
    para_start = 0
    breaks = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(text)]
    breaks.append((len(text), len(text)))
    for brk_start, brk_end in breaks:
        for b_start, b_end in _blocks(text, para_start, brk_start):
            if engine == "punkt":
                block = text[b_start:b_end]
                pieces = [(b_start + s, b_start + e) for s, e in _punkt_tokenizer().span_tokenize(block)]
            else:
                pieces = []
                pos = b_start
                for match in _SENTENCE_END.finditer(text, b_start, b_end):
                    if _is_boundary(text, match.end(), match.group(), b_end):
                        pieces.append((pos, match.end()))
                        pos = match.end()
                pieces.append((pos, b_end))
            for s, e in pieces:
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e > s:
                    spans.append((s, e))
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
