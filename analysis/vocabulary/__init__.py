"""Diplomatic vocabulary (issue 4): a bilingual lexicon coded to CAMEO, events, analyses.

- :func:`find_terms` (``doc`` → rows of ``schema.TERMS``) and
  :func:`code_events` (``doc, terms, mentions`` → rows of ``schema.EVENTS``)
  are the two pipeline stages;
- :func:`main_pair` gives the article's two main countries from its mentions,
  :func:`actor_code` the CAMEO actor code of one mention (:mod:`.actors`);
- :mod:`.lexicon` reads the data (``analysis/data/lexicon.tsv``,
  ``analysis/data/cameo.tsv``) and compiles, once per word form, what the
  scan does with it; :mod:`.cues` holds the event coder's cue phrases, found
  in the same Aho-Corasick pass as the lexicon's terms; :mod:`.stats` holds
  the analyses the notebook ``02_diplomatic_vocabulary`` shows (frequencies,
  concordance, collocations, tone, keyness).
"""

from .actors import actor_code, main_pair
from .events import MODES, NON_EVENT_CATEGORIES, code_events, event_mode
from .lexicon import cameo_table, lexicon_table
from .terms import find_terms

__all__ = ["find_terms", "code_events", "main_pair", "actor_code", "event_mode", "MODES",
           "NON_EVENT_CATEGORIES", "cameo_table", "lexicon_table"]
