"""Every path and limit of the workbook, in one place.

Notebooks and commands never spell ``../data``: they ask this module.  Two
environment variables override the defaults for a run:

- ``ANALYSIS_MAX_ARTICLE_BYTES``: the largest input file read as one article
  (default 5 MB; larger files are rejected with a reason, never read whole);
- ``ANALYSIS_CACHE_DIR``: where per-article annotations are cached;
- ``ANALYSIS_CELL_TIMEOUT``: seconds one notebook cell may run in a report build
  (default 900; a cell that takes longer fails that report, not the build).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJ_ROOT / "data"
RAW_DATA_DIR = DATA_DIR / "raw"
PROCESSED_DATA_DIR = DATA_DIR / "processed"
CACHE_DIR = Path(os.environ.get("ANALYSIS_CACHE_DIR", DATA_DIR / "cache"))
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"
PACKAGE_DATA_DIR = Path(__file__).resolve().parent / "data"

#: Files larger than this are rejected (or, for tabular files, read row by row).
MAX_ARTICLE_BYTES = int(os.environ.get("ANALYSIS_MAX_ARTICLE_BYTES", 5_000_000))
#: Tabular corpora (CSV, JSONL, Parquet) may be larger: they are streamed.
MAX_TABLE_BYTES = int(os.environ.get("ANALYSIS_MAX_TABLE_BYTES", 2_000_000_000))

#: Extensions read as one article per file, and as one article per row.
TEXT_SUFFIXES = (".txt", ".md")
TABLE_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".parquet")

#: Seconds a notebook cell may run during ``python -m analysis report``.
NOTEBOOK_CELL_TIMEOUT = int(os.environ.get("ANALYSIS_CELL_TIMEOUT", 900))
