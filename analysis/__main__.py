"""Command line: ``python -m analysis {annotate,report,evaluate,bench}``.

Imports are lazy so that ``--help`` and small runs start quickly.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def _annotate(args) -> int:
    try:
        return _annotate_locked(args)
    except BaseException as exc:
        if not _interrupted(exc):
            raise
        print("interrupted: the tables in the output folder are those of the previous run",
              file=sys.stderr)
        return 130


def _interrupted(exc: BaseException) -> bool:
    """Whether Ctrl-C caused ``exc``, even wrapped by Python on the way.

    A Ctrl-C that lands while a module is being imported can surface as
    another error (Python 3.11 turns it into ``RuntimeError: Error calling
    __set_name__`` while a dataclass is being built); its cause is still
    the ``KeyboardInterrupt``.

    >>> try:
    ...     try:
    ...         raise KeyboardInterrupt
    ...     except KeyboardInterrupt as inner:
    ...         raise RuntimeError("Error calling __set_name__") from inner
    ... except RuntimeError as outer:
    ...     _interrupted(outer)
    True
    >>> _interrupted(ValueError("x"))
    False
    """
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, KeyboardInterrupt):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _annotate_locked(args) -> int:
    from . import config
    from .corpus import annotate_corpus
    from .lock import Busy, OutputLock

    inputs = args.inputs or [config.RAW_DATA_DIR]
    missing = [p for p in inputs if not Path(p).exists()]
    for path in missing:
        print(f"warning: {path} does not exist", file=sys.stderr)
    out = Path(args.out or config.PROCESSED_DATA_DIR)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        with OutputLock(out):
            corpus = annotate_corpus(inputs, jobs=args.jobs, cache=not args.no_cache,
                                     progress=True, engine=args.engine, scheduler=args.scheduler)
            paths = corpus.write(out)
    except Busy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    stats = corpus.stats
    print(f"annotated {len(corpus.documents)} article(s) from {', '.join(map(str, inputs))} "
          f"in {elapsed:.2f} s ({stats['annotated']} annotated, {stats['cached']} from cache, "
          f"{stats['duplicates']} duplicate(s))")
    for path in paths:
        name = path.stem
        print(f"  {name:<11} {len(getattr(corpus, name)):>8,} rows  -> {path}")
    if len(corpus.rejected):
        print(f"rejected {len(corpus.rejected)} input(s):")
        for row in corpus.rejected.itertuples(index=False):
            print(f"  {row.path}: {row.reason}")
    warned = corpus.documents.loc[corpus.documents["warnings"].notna(), ["doc_id", "warnings"]]
    for row in warned.itertuples(index=False):
        print(f"warning: {row.doc_id}: {row.warnings}")
    return 0


def _report(argv) -> int:
    from . import report

    return report.main(argv)


def _evaluate(argv) -> int:
    from .evaluation import main

    return main(argv)


def _bench(argv) -> int:
    from .bench import main

    return main(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="Diplomatic-news workbook: annotate articles, "
                                                 "build reports, evaluate, benchmark.")
    sub = parser.add_subparsers(dest="command", required=True)
    annotate = sub.add_parser("annotate", help="read articles and write the annotated tables")
    annotate.add_argument("inputs", nargs="*", type=Path,
                          help="files or folders (default: data/raw)")
    annotate.add_argument("--out", type=Path, help="output folder (default: data/processed)")
    annotate.add_argument("--jobs", type=int, default=0,
                          help="worker processes (default 0: all cores)")
    annotate.add_argument("--engine", choices=("local", "dask"), default="local",
                          help="local processes (default) or a Dask cluster")
    annotate.add_argument("--scheduler", metavar="ADDRESS",
                          help="with --engine dask: the scheduler (tcp://host:8786); "
                               "default: a cluster on this machine")
    annotate.add_argument("--no-cache", action="store_true",
                          help="annotate every article again instead of reusing cached rows")
    for name, helptext in (("report", "annotate, run the notebooks and export HTML reports"),
                           ("evaluate", "score the annotations against gold.json"),
                           ("bench", "measure annotation speed and memory")):
        sub.add_parser(name, help=helptext, add_help=False)
    if argv and argv[0] in ("report", "evaluate", "bench"):
        return {"report": _report, "evaluate": _evaluate, "bench": _bench}[argv[0]](argv[1:])
    args = parser.parse_args(argv)
    return _annotate(args)


if __name__ == "__main__":
    sys.exit(main())
