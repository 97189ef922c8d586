"""Compare the temporal tables of the working tree with those of a baseline commit.

The timexes, milestones and timeline of the checked-out code must be
IDENTICAL to a reference version's (a speed-up must not change a row).  The
reference modules (temporal tagger, tense, milestones, timeline and their
language tables) are taken from ``--baseline`` with ``git show`` into a
throw-away package; mentions, terms and events come from the working tree
and are shared by both sides, so only the temporal code is compared.

Every document is also run in variants (no publication date; language
``und``; the other language) so rarely used branches are compared too;
random texts of calendar and event words and long runs of one piece
(``--fuzz``), and each timeline again from a harder milestones table
(shuffled rows, vaguer or missing dates, decades, missing labels, undated
or missing articles) are compared as well.

    .venv/bin/python scripts/compare_temporal.py --bench 500

The default baseline, ``b7cc36f``, is the last commit before the speed-up of
these modules (its tables were checked against the gold annotations).

Exit status 0 when every table is identical, 1 otherwise (the first
differences are printed).
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _compare import first_difference, folders_with_bench, git_show, parser, verdict

#: The commit before the speed-up of the temporal modules.
BASELINE = "b7cc36f"
#: The modules of the temporal stages and what they import.
_FILES = ("__init__.py", "temporal.py", "temporal_patterns.py", "tense.py", "milestones.py",
          "timeline.py", "schema.py", "temporal_values.py", "milestone_triggers.py", "milestone_pairing.py",
          "milestone_phrases.py",
          "lang/__init__.py", "lang/calendar.py", "lang/milestones.py", "lang/stop_words.py")


def reference_package(baseline: str, folder: Path):
    """Import the temporal modules of ``baseline`` as the package ``analysis_ref``."""
    package = folder / "analysis_ref"
    (package / "lang").mkdir(parents=True, exist_ok=True)
    for name in _FILES:
        if name == "__init__.py":
            text = ""          # the real one imports the whole pipeline
        else:
            try:
                text = git_show(baseline, f"analysis/{name}")
            except subprocess.CalledProcessError:       # a module newer than the baseline
                continue
        (package / name).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(folder))
    return (importlib.import_module("analysis_ref.temporal"),
            importlib.import_module("analysis_ref.milestones"))


def _variants(doc, Document):
    yield "as is", doc
    yield "no date", Document(doc.doc_id, doc.text, doc.language, None, sentences=doc.sentences)
    yield "und", Document(doc.doc_id, doc.text, "und", doc.published, sentences=doc.sentences)
    other = "en" if doc.language == "fr" else "fr"
    yield other, Document(doc.doc_id, doc.text, other, doc.published, sentences=doc.sentences)


def compare_folder(folder: Path, ref_temporal, ref_milestones, *, variants: bool, report) -> dict:
    """Compare every table for the articles under ``folder``; returns counts and seconds."""
    import pandas as pd

    from analysis import entities, milestones, schema, temporal, vocabulary
    from analysis.corpus import _frame
    from analysis.load import Article, iter_articles
    from analysis.text import Document

    articles = sorted((a for a in iter_articles([folder]) if isinstance(a, Article)),
                      key=lambda a: a.doc_id)
    stats = {"documents": 0, "timexes": 0, "milestones": 0, "timeline": 0, "differences": 0,
             "new_s": 0.0, "ref_s": 0.0}
    new_rows, ref_rows, published, language = [], [], {}, {}
    stats["frames"] = None
    for article in articles:
        doc = Document(article.doc_id, article.text, article.language, article.published)
        mentions = entities.find_mentions(doc)
        terms = vocabulary.find_terms(doc)
        events = vocabulary.code_events(doc, terms, mentions)
        published[doc.doc_id], language[doc.doc_id] = doc.published, doc.language
        for variant, d in _variants(doc, Document) if variants else [("as is", doc)]:
            started = time.perf_counter()
            tx = temporal.find_timexes(d)
            ms = milestones.find_milestones(d, terms=terms, events=events, mentions=mentions, timexes=tx)
            middle = time.perf_counter()
            ref_tx = ref_temporal.find_timexes(d)
            ref_ms = ref_milestones.find_milestones(d, terms=terms, events=events, mentions=mentions,
                                                    timexes=ref_tx)
            stats["new_s"] += middle - started
            stats["ref_s"] += time.perf_counter() - middle
            for name, new, ref in (("timexes", tx, ref_tx), ("milestones", ms, ref_ms)):
                if repr(new) != repr(ref):
                    stats["differences"] += 1
                    report(f"{folder} {doc.doc_id} [{variant}] {name} differ:\n"
                           f"  new {first_difference(new, ref)}")
            for row in tx:
                assert d.text[row[2]:row[3]] == row[4], row
            if variant == "as is":
                stats["documents"] += 1
                stats["timexes"] += len(tx)
                stats["milestones"] += len(ms)
                new_rows.extend(ms)
                ref_rows.extend(ref_ms)
    documents = pd.DataFrame({"doc_id": list(published),
                              "published": pd.to_datetime(list(published.values()), errors="coerce"),
                              "language": list(language.values())})
    for docs in (documents, None):
        new_frame = _frame(new_rows, schema.MILESTONES)
        ref_frame = _frame(ref_rows, schema.MILESTONES)
        started = time.perf_counter()
        new_tl = milestones.build_timeline(new_frame, docs)
        stats["new_s"] += time.perf_counter() - started
        ref_tl = ref_milestones.build_timeline(ref_frame, docs)
        new_ids = milestones.timeline_ids(new_frame)
        ref_ids = ref_milestones.timeline_ids(ref_frame)
        stats["timeline"] = len(new_tl)
        try:
            pd.testing.assert_frame_equal(new_tl, ref_tl, check_exact=True)
            assert repr(new_tl.to_dict("list")) == repr(ref_tl.to_dict("list"))
            assert new_ids == ref_ids
        except AssertionError as error:
            stats["differences"] += 1
            report(f"{folder} timeline (documents={'yes' if docs is not None else 'no'}) differs: "
                   f"{str(error)[:1500]}")
    stats["frames"] = (_frame(new_rows, schema.MILESTONES), documents)
    return stats


def compare_perturbed_timeline(milestones_frame, documents, ref_milestones, *, seed: int = 3) -> list[str]:
    """The timeline of a milestones table made harder: shuffled rows, vaguer or missing
    dates, other precisions (decades), missing labels; with and without documents."""
    import random

    import pandas as pd

    from analysis import milestones

    rng = random.Random(seed)
    frame = milestones_frame.sample(frac=1.0, random_state=seed).reset_index(drop=True)

    def date(value):
        roll = rng.random()
        if roll < 0.02:
            return None
        if roll < 0.03:
            return ""
        if roll < 0.15 and isinstance(value, str):
            return value[:rng.choice([3, 4, 7])]
        return value
    frame["date"] = [date(v) for v in frame["date"]]
    frame["precision"] = [rng.choice(["day", "week", "month", "quarter", "half", "year", "decade", None])
                          if rng.random() < 0.08 else v for v in frame["precision"]]
    frame["label"] = [None if rng.random() < 0.1 else v for v in frame["label"]]
    problems = []
    undated = documents.copy()       # articles without a date, without a row, twice
    undated.loc[undated.sample(frac=0.2, random_state=seed).index, "published"] = pd.NaT
    undated = undated.drop(undated.sample(frac=0.1, random_state=seed + 1).index)
    undated = pd.concat([undated, undated.sample(frac=0.05, random_state=seed + 2).assign(published=pd.NaT)],
                        ignore_index=True)
    for docs in (documents, undated, None):
        new = milestones.build_timeline(frame, docs)
        ref = ref_milestones.build_timeline(frame, docs)
        try:
            pd.testing.assert_frame_equal(new, ref, check_exact=True)
            assert repr(new.to_dict("list")) == repr(ref.to_dict("list"))
            assert milestones.timeline_ids(frame) == ref_milestones.timeline_ids(frame)
        except AssertionError as error:
            problems.append(f"perturbed timeline differs: {str(error)[:1500]}")
    return problems


_PIECES = ["le", "en", "du", "au", "et", "1er", "7", "28", "2016", "1999", "2030", "mars", "Mars", "sept.",
           "octobre", "May", "may", "jeudi", "Thursday", "hier", "l’an", "l'", "dernier", "fin", "mi-",
           "début", "semaine", "il y a", "deux", "ans", "ago", "the", "of", "-", "–", "/", ",", ".", "’s",
           "(", ")", "\n", "\n\n", "\u00a0", "\t", "2025-10-16", "16/10/2025", "Q3", "second", "semestre",
           "années", "1990s", "depuis", "since", "avant", "by", "a signé", "visite", "rupture", "rompu",
           "respectivement", "Visite Royale", "session", "signed", "visited", "Cairo", "n'a pas", "sera",
           "will", "accord", "Mémorandum d’entente", "Maroc", "Russie", "2015-2020", "du 28 au 30 octobre"]
_RUNS = ["123.", "1,5 ", "1er ", "3 mars ", "le 16 octobre 2025, ", "2021-2022 ", "mars2016", "l’2016",
         "2016-2017-", "x'1 ", "en 2015, ", "du 28 au ", "jeudi\u00a0", "le 1er mars, il a signé un accord. "]


def compare_texts(ref_temporal, ref_milestones, *, fuzz: int, report, seed: int = 11) -> int:
    """Random texts made of calendar and event words, and long runs of one piece; no
    publication date, French, English and both languages.  Returns the number of texts."""
    import datetime
    import random

    from analysis import milestones, temporal
    from analysis.text import Document

    rng = random.Random(seed)
    texts = [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(fuzz)]
    texts += [piece * (20_000 // len(piece)) for piece in _RUNS]
    for n, text in enumerate(texts):
        for language in ("fr", "en", "und"):
            for published in (datetime.date(2025, 10, 16), None):
                doc = Document(f"t{n}", text, language, published)
                new = temporal.find_timexes(doc)
                ref = ref_temporal.find_timexes(doc)
                if repr(new) == repr(ref):
                    new = milestones.find_milestones(doc, terms=[], events=[], mentions=[], timexes=new)
                    ref = ref_milestones.find_milestones(doc, terms=[], events=[], mentions=[], timexes=ref)
                if repr(new) != repr(ref):
                    report(f"text {n} [{language}, {published}] {text[:80]!r} differs:\n  new "
                           f"{first_difference(new, ref)}")
    return len(texts)


def main(argv=None) -> int:
    options = parser(__doc__.split("\n")[0], baseline=BASELINE)
    options.add_argument("--fuzz", type=int, default=300, help="random texts to compare (0: none)")
    args = options.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="compare-temporal-") as tmp:
        ref_temporal, ref_milestones = reference_package(args.baseline, Path(tmp))
        problems: list[str] = []
        for folder in folders_with_bench(args.folders, args.bench, Path(tmp)):
            stats = compare_folder(folder, ref_temporal, ref_milestones, variants=not args.no_variants,
                                   report=problems.append)
            name = "bench" if folder.name == "bench" else folder
            print(f"{name}: {stats['documents']} documents, {stats['timexes']} timexes, "
                  f"{stats['milestones']} milestones, {stats['timeline']} timeline entries; "
                  f"{stats['differences']} differences (new {stats['new_s']:.2f} s, "
                  f"reference {stats['ref_s']:.2f} s)")
            if stats["frames"] is not None and stats["milestones"]:
                found = compare_perturbed_timeline(*stats["frames"], ref_milestones)
                problems += found
                print(f"  perturbed timeline: {len(found)} differences")
        if args.fuzz:
            before = len(problems)
            count = compare_texts(ref_temporal, ref_milestones, fuzz=args.fuzz, report=problems.append)
            print(f"random texts and long runs: {count} texts x 6 variants; {len(problems) - before} differences")
    return verdict(problems)


if __name__ == "__main__":
    sys.exit(main())
