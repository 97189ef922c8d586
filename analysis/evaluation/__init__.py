"""``python -m analysis evaluate``: the annotations scored against hand annotations.

Each analysis keeps its own scorer (``evaluation/documents.py`` for the
published date, language and source read by the loader, ``evaluation/entities.py``,
``evaluation/vocabulary.py``, ``evaluation/milestones.py``), a function
``score(corpus, gold) -> (per-article DataFrame, headline dict)``.  This
module runs them on the sample corpus (or ``--input``) and prints the
per-article tables and the headline figures.
"""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path

from .. import config

SCORERS = ("documents", "entities", "vocabulary", "milestones")
DEFAULT_GOLD = config.PROJ_ROOT / "tests" / "fixtures" / "gold.json"


def load_gold(path: Path | str = DEFAULT_GOLD) -> dict:
    """The gold annotations, without their ``_doc`` entry."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def run(corpus, gold: dict, *, scorers=SCORERS) -> dict:
    """``{name: (per_article, headline)}`` for every scorer that is available."""
    results = {}
    for name in scorers:
        module = importlib.import_module(f".{name}", __name__)
        results[name] = module.score(corpus, gold)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis evaluate",
                                     description="Score the annotations against gold.json.")
    parser.add_argument("--input", type=Path, default=config.RAW_DATA_DIR,
                        help="folder of articles the gold describes (default: data/raw)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--spacy", action="store_true",
                        help="also score spaCy's fr_core_news_sm (requirements-bench.txt)")
    args = parser.parse_args(argv)

    import pandas as pd

    from ..corpus import annotate_corpus

    gold = load_gold(args.gold)
    corpus = annotate_corpus([args.input], cache=False)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_colwidth", 80)
    failed = False
    for name, (per_article, headline) in run(corpus, gold).items():
        print(f"\n== {name} ==")
        print(per_article.to_string(index=False))
        for key, value in headline.items():
            shown = f"{value:.3f}" if isinstance(value, float) else value
            print(f"  {key}: {shown}")
    if args.spacy:
        from .entities import score_spacy

        print("\n== spaCy fr_core_news_sm on the same gold ==")
        result = score_spacy(gold, corpus)
        if result is None:
            print("  spaCy or fr_core_news_sm is not installed (pip install -r requirements-bench.txt)")
        else:
            per_article, headline = result
            print(per_article.to_string(index=False))
            for key, value in headline.items():
                shown = f"{value:.3f}" if isinstance(value, float) else value
                print(f"  {key}: {shown}")
    return 1 if failed else 0
