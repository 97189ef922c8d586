"""Compare the terms and events tables of the working tree with those of a baseline commit.

The terms and events of the checked-out vocabulary annotator must be
IDENTICAL to a reference version's (a speed-up must not change a row).  The
reference modules (every module of ``analysis/vocabulary`` but the analyses,
and ``analysis/lang/event_markers.py``) are taken from ``--baseline`` with
``git show`` into a throw-away sub-package; sentences, mentions and the data
tables come from the working tree and are shared by both sides, so only the
vocabulary code is compared.

Every document is also run in variants (no publication date; language
``und``; the other language; no mentions; sentences missing; its words
shuffled; dates and other edge cases appended; a soup of its words and the
lexicon's) so rarely used branches and unusual word windows are compared
too.  Events are compared twice: with the
cues of the lexicon's scan (:mod:`analysis.vocabulary.cues`) and with the
event coder's own pass.

    .venv/bin/python scripts/compare_vocabulary.py --baseline d02f76f --bench 500

(``d02f76f``: the vocabulary before its speed-up.)

Exit status 0 when every table is identical, 1 otherwise (the first
differences are printed).
"""

from __future__ import annotations

import importlib
import importlib.util
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _compare import ROOT, first_difference, folders_with_bench, git_show, parser, verdict

#: Modules of the package not needed by the two stages.
_LEFT_OUT = ("__init__.py", "stats.py")


def reference_package(baseline: str, folder: Path):
    """Import the vocabulary modules of ``baseline`` as ``analysis._vocabulary_ref``.

    Returns its ``(terms, events)`` modules.
    """
    package = folder / "vocabulary_ref"
    package.mkdir(parents=True, exist_ok=True)

    listed = subprocess.run(["git", "ls-tree", "--name-only", f"{baseline}:analysis/vocabulary"],
                            cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()
    for name in listed:
        if not name.endswith(".py") or name in _LEFT_OUT:
            continue
        text = git_show(baseline, f"analysis/vocabulary/{name}")
        text = text.replace("from ..lang import event_markers as M", "from . import event_markers as M")
        (package / name).write_text(text, encoding="utf-8")
    (package / "event_markers.py").write_text(git_show(baseline, "analysis/lang/event_markers.py"), encoding="utf-8")
    (package / "__init__.py").write_text("", encoding="utf-8")
    import analysis  # noqa: F401 - the parent of the reference package

    name = "analysis._vocabulary_ref"
    spec = importlib.util.spec_from_file_location(name, package / "__init__.py",
                                                  submodule_search_locations=[str(package)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return importlib.import_module(f"{name}.terms"), importlib.import_module(f"{name}.events")


def _variants(doc, Document, rng):
    yield "as is", doc
    yield "no date", Document(doc.doc_id, doc.text, doc.language, None, sentences=doc.sentences)
    yield "und", Document(doc.doc_id, doc.text, "und", doc.published, sentences=doc.sentences)
    other = "en" if doc.language == "fr" else "fr"
    yield other, Document(doc.doc_id, doc.text, other, doc.published, sentences=doc.sentences)
    yield "no sentences", Document(doc.doc_id, doc.text, doc.language, doc.published, sentences=[])
    yield "first sentence missing", Document(doc.doc_id, doc.text, doc.language, doc.published,
                                             sentences=doc.sentences[1:])
    words = doc.text.split(" ")
    rng.shuffle(words)
    yield "shuffled", Document(doc.doc_id, " ".join(words), doc.language, doc.published)
    yield "dates and edges", Document(doc.doc_id, doc.text + _EDGES, doc.language, doc.published)
    yield "lexicon soup", Document(doc.doc_id, _soup(words, doc.language, rng), doc.language,
                                   doc.published)


_SEPARATORS = (" ", " ", " ", " ", ", ", "\u2019", "'", "-", "\n", " « ", "  ", ". ", " (", ") ")


def _soup(words: list[str], language: str, rng) -> str:
    """The article's words mixed with the lexicon's own forms, prefixes and
    headwords, joined by varied separators: many entries, gaps and cut words."""
    from analysis.vocabulary.lexicon import compiled

    lexicon = compiled(language if language in ("fr", "en") else "fr")
    pool = [w for e in lexicon.entries for p in e.parts for w in (*p.forms, *p.prefixes)]
    pool += [e.headword for e in lexicon.entries]
    picked = [rng.choice(pool) if rng.random() < 0.4 else rng.choice(words) for _ in range(len(words))]
    return "".join(w + rng.choice(_SEPARATORS) for w in picked)


#: Dates written every way, years glued to letters or digits, elisions, a
#: negation split over a line, a sentence without a full stop.
_EDGES = ("\n\nLe 3 mars 2019, en\u00a02021, depuis août 1994 ; fin juillet 2026 a2020 20201 "
          "(2018) 1899 2100 October 15, 2027 in 2016, since May 2019: 19\u0662\u0660 "
          "l\u2019accord n\u2019a pas\n été signé ; they hadn't signed_it, n'a jamais "
          "signé le mémorandum d'entente, the two ministers will sign — both sides agreed to hold talks")


def compare_folder(folder: Path, ref_terms, ref_events, *, variants: bool, report) -> dict:
    """Compare the terms and events of every article under ``folder``; counts and seconds."""
    from analysis import entities, vocabulary
    from analysis.load import Article, iter_articles
    from analysis.vocabulary import cues
    from analysis.text import Document

    rng = random.Random(11)
    articles = sorted((a for a in iter_articles([folder]) if isinstance(a, Article)),
                      key=lambda a: a.doc_id)
    stats = {"documents": 0, "terms": 0, "events": 0, "differences": 0,
             "new_terms_s": 0.0, "ref_terms_s": 0.0, "new_events_s": 0.0, "ref_events_s": 0.0}
    for article in articles:
        doc = Document(article.doc_id, article.text, article.language, article.published)
        for variant, d in _variants(doc, Document, rng) if variants else [("as is", doc)]:
            d.lower, d.tokens  # noqa: B018 - computed before the clocks, as in the pipeline
            mentions = entities.find_mentions(d)
            for given in (mentions, None) if variant == "as is" else (mentions,):
                started = time.perf_counter()
                terms = vocabulary.find_terms(d)
                middle = time.perf_counter()
                events = vocabulary.code_events(d, terms, given)
                done = time.perf_counter()
                cues.remember(None, None, None)  # the event coder reads the cues itself
                alone = vocabulary.code_events(d, terms, given)
                done_alone = time.perf_counter()
                ref_t = ref_terms.find_terms(d)
                ref_middle = time.perf_counter()
                ref_e = ref_events.code_events(d, ref_t, given)
                ref_done = time.perf_counter()
                if given is mentions:
                    stats["new_terms_s"] += middle - started
                    stats["new_events_s"] += done - middle
                    stats["ref_terms_s"] += ref_middle - done_alone
                    stats["ref_events_s"] += ref_done - ref_middle
                label = variant if given is not None else "no mentions"
                for name, new, ref in (("terms", terms, ref_t), ("events", events, ref_e),
                                       ("events without the shared scan", alone, ref_e)):
                    if repr(new) != repr(ref):
                        stats["differences"] += 1
                        report(f"{folder} {d.doc_id} [{label}] {name} differ:\n"
                               f"  new {first_difference(new, ref)}")
                for row in terms:
                    assert d.text[row[2]:row[3]] == row[4], row
                for row in events:
                    assert d.text[row[8]:row[9]] == row[6], row
            if variant == "as is":
                stats["documents"] += 1
                stats["terms"] += len(terms)
                stats["events"] += len(events)
    return stats


def main(argv=None) -> int:
    args = parser(__doc__.split("\n")[0], baseline="HEAD").parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="compare-vocabulary-") as tmp:
        ref_terms, ref_events = reference_package(args.baseline, Path(tmp))
        problems: list[str] = []
        for folder in folders_with_bench(args.folders, args.bench, Path(tmp)):
            stats = compare_folder(folder, ref_terms, ref_events, variants=not args.no_variants,
                                   report=problems.append)
            name = "bench" if folder.name == "bench" else folder
            print(f"{name}: {stats['documents']} documents, {stats['terms']} terms, "
                  f"{stats['events']} events; {stats['differences']} differences "
                  f"(terms: new {stats['new_terms_s']:.3f} s, reference {stats['ref_terms_s']:.3f} s; "
                  f"events: new {stats['new_events_s']:.3f} s, reference {stats['ref_events_s']:.3f} s)")
    return verdict(problems)


if __name__ == "__main__":
    sys.exit(main())
