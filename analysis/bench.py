"""``python -m analysis bench``: annotation speed and memory on a synthetic corpus.

The corpus is made of N articles whose sentences are drawn at random from the
bundled articles (French articles from French sentences, English from
English), with random publication dates and sources, written as real files
with header lines — varied documents, not one article repeated, so caches
are not flattered.  The run is the real one (:func:`analysis.annotate_corpus`
without the annotation cache): load, sentences, tokens, mentions, terms,
events, timexes, milestones, tables, timeline.

Figures are measurements on the machine at hand; this is not a test and
asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from . import config

_SOURCES = ("MAP", "Hespress FR", "Le360", "Morocco World News", "APS", "TASS", "Xinhua")


def build_synthetic_corpus(folder: Path, n_docs: int, *, seed: int = 7,
                           source_dir: Path | None = None) -> int:
    """Write ``n_docs`` article files into ``folder``; return the number of words."""
    from .load import Article, iter_articles
    from .text import split_sentences

    # sentences only: the annotators are not loaded here, so with --jobs the parent's
    # memory is what a real run's parent uses
    articles = sorted((a for a in iter_articles([source_dir or config.RAW_DATA_DIR])
                       if isinstance(a, Article)), key=lambda a: a.doc_id)
    pools: dict[str, list[str]] = {}
    seen: set[str] = set()
    for article in articles:
        if article.sha256 in seen:
            continue
        seen.add(article.sha256)
        pools.setdefault(article.language, []).extend(
            article.text[s:e] for s, e in split_sentences(article.text))
    weights = {lang: len(pool) for lang, pool in pools.items()}
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    first_day = dt.date(2000, 1, 1).toordinal()
    for i in range(n_docs):
        lang = rng.choices(list(weights), weights=list(weights.values()))[0]
        pool = pools[lang]
        sentences = rng.sample(pool, k=min(len(pool), rng.randint(8, 16)))
        paragraphs = [" ".join(sentences[j:j + 2]) for j in range(0, len(sentences), 2)]
        published = dt.date.fromordinal(first_day + rng.randrange(9500))
        by = "Par" if lang == "fr" else "By"
        body = "\n\n".join(paragraphs)
        words += len(body.split())
        (folder / f"{i:06d}.txt").write_text(
            f"date {published.isoformat()} {by} {rng.choice(_SOURCES)}\n\n{body}\n", encoding="utf-8")
    return words


def _peak_rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def _spacy_words_per_second(texts: list[str], words: int) -> float | None:
    try:
        import spacy
    except ImportError:
        return None
    try:
        nlp = spacy.load("fr_core_news_sm", exclude=["parser", "morphologizer", "senter",
                                                      "attribute_ruler", "lemmatizer"])
    except OSError:
        return None
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return words / (time.perf_counter() - started)


def _incremental(folder: Path, jobs: int) -> None:
    """Cold run with the cache, then one article added: only that one is annotated."""
    from .cache import AnnotationCache
    from .corpus import annotate_corpus

    cache_dir = Path(tempfile.mkdtemp(prefix="analysis-bench-cache-"))
    try:
        store = AnnotationCache(cache_dir)
        started = time.perf_counter()
        cold = annotate_corpus([folder], jobs=jobs, cache=store)
        cold_s = time.perf_counter() - started
        (folder / "zz-new.txt").write_text(
            "date 2025-11-28 Par MAP\n\nLe Maroc et le Sénégal ont signé jeudi à Dakar un "
            "mémorandum d’entente sur la coopération énergétique.\n", encoding="utf-8")
        started = time.perf_counter()
        warm = annotate_corpus([folder], jobs=jobs, cache=AnnotationCache(cache_dir))
        warm_s = time.perf_counter() - started
        print(f"incremental: cold run with cache {cold_s:.2f} s ({cold.stats['annotated']:,} annotated); "
              f"after adding one article {warm_s:.2f} s ({warm.stats['annotated']} annotated, "
              f"{warm.stats['cached']:,} from cache)")
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
        (folder / "zz-new.txt").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis bench", description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="synthetic articles (default 2000)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--vs-spacy", action="store_true",
                        help="also run spaCy fr_core_news_sm NER on the same articles")
    parser.add_argument("--incremental", action="store_true",
                        help="also time a cached rerun after adding one article")
    parser.add_argument("--keep", type=Path, help="write the synthetic corpus here and keep it")
    args = parser.parse_args(argv)

    from .corpus import annotate_corpus

    folder = args.keep or Path(tempfile.mkdtemp(prefix="analysis-bench-"))
    try:
        words = build_synthetic_corpus(folder, args.docs)
        timings: dict[str, float] = {}
        started = time.perf_counter()
        corpus = annotate_corpus([folder], jobs=args.jobs, cache=False, timings=timings)
        elapsed = time.perf_counter() - started
        own, children = _peak_rss_mb()
        print(f"synthetic corpus: {args.docs:,} articles, {words:,} words "
              f"({', '.join(f'{k} {v}' for k, v in corpus.documents['language'].value_counts().items())})")
        print(f"jobs={args.jobs}: {elapsed:.2f} s  ->  {words / elapsed:,.0f} words/s, "
              f"{args.docs / elapsed:,.0f} articles/s")
        print(f"peak RSS: {own:,.0f} MB (this process), {children:,.0f} MB (largest worker)")
        rows = {name: len(table) for name, table in corpus.tables().items()}
        print("rows: " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
        print("time per stage (s, % of the run):")
        for name in ("load", "annotate", "tables", "timeline"):
            seconds = timings.get(name, 0.0)
            print(f"  {name:<13} {seconds:8.3f}  {100 * seconds / elapsed:5.1f} %")
            if name == "annotate" and args.jobs == 1:
                for stage in ("sentences", "tokens", "mentions", "terms", "events", "timexes", "milestones"):
                    seconds = timings.get(stage, 0.0)
                    print(f"    {stage:<11} {seconds:8.3f}  {100 * seconds / elapsed:5.1f} %")
        if args.incremental:
            _incremental(folder, args.jobs)
        if args.vs_spacy:
            texts = corpus.documents["text"].tolist()
            spacy_rate = _spacy_words_per_second(texts, words)
            if spacy_rate is None:
                print("spaCy: not installed (pip install -r requirements-bench.txt)")
            else:
                print(f"spaCy fr_core_news_sm (tok2vec+ner), same articles: {spacy_rate:,.0f} words/s; "
                      f"ratio {words / elapsed / spacy_rate:,.1f}x")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
