"""Diplomatic vocabulary (issue 4): a bilingual lexicon coded to CAMEO, events, analyses.

- :func:`find_terms` (``doc`` → rows of ``schema.TERMS``) and
  :func:`code_events` (``doc, terms, mentions`` → rows of ``schema.EVENTS``)
  are the two pipeline stages;
- :func:`main_pair` gives the article's two main countries from its mentions;
- :mod:`.lexicon` reads the data (``analysis/data/lexicon.tsv``,
  ``analysis/data/cameo.tsv``); :mod:`.stats` holds the analyses the notebook
  ``02_diplomatic_vocabulary`` shows (frequencies, concordance, collocations,
  tone, keyness).
"""

from .events import MODES, actor_code, code_events, event_mode, main_pair
from .lexicon import cameo_table, lexicon_table
from .terms import find_terms

__all__ = ["find_terms", "code_events", "main_pair", "actor_code", "event_mode", "MODES",
           "cameo_table", "lexicon_table"]
