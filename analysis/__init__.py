"""analysis — the engine of the diplomatic-news workbook.

Raw article files → annotated tables → figures → reports.  The public API:

- :func:`annotate_corpus` (files or folders → :class:`Corpus`) and
  :func:`open_corpus` (what notebooks call, with a per-article cache);
- :class:`Corpus`: ``documents``, ``sentences``, ``mentions``, ``terms``,
  ``events``, ``timexes``, ``milestones``, ``timeline``, ``rejected``;
- modules by task: :mod:`analysis.load` (reading files), :mod:`analysis.text`
  (sentences, tokens, stems), :mod:`analysis.entities`, :mod:`analysis.vocabulary`,
  :mod:`analysis.temporal`, :mod:`analysis.milestones`, :mod:`analysis.plots`,
  :mod:`analysis.report`; ``python -m analysis --help`` for the commands.

Heavy modules are imported on first use, so ``import analysis`` is quick.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Corpus", "annotate_corpus", "open_corpus", "__version__"]


def __getattr__(name):
    if name in ("Corpus", "annotate_corpus", "open_corpus"):
        from . import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
