"""The report build's pages: one notebook as offline HTML, the index, the manifest.

Everything here writes HTML or JSON from values it is given; article text,
file names and reasons are data, escaped by the index template (autoescape)
and never pasted into markup.  :mod:`analysis.report` runs the build.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .report import ReportResult

__all__ = ["export_html", "write_atomic", "corpus_facts", "render_index", "build_manifest",
           "TEMPLATES_DIR", "TEMPLATE_NAME"]

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
#: nbconvert template: ``lab`` without require.js, MathJax, mermaid or widgets.
TEMPLATE_NAME = "offline"


def export_html(notebook, *, title: str, with_code: bool = False) -> str:
    """One executed notebook as a self-contained HTML page (code hidden unless asked)."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME, extra_template_basedirs=[str(TEMPLATES_DIR)],
        exclude_input=not with_code, exclude_input_prompt=not with_code,
        exclude_output_prompt=not with_code, embed_images=True)
    exporter.register_preprocessor(
        TagRemovePreprocessor(remove_cell_tags=("remove-cell",),
                              remove_input_tags=("remove-input",)), enabled=True)
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    return body


def write_atomic(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file and ``os.replace``.

    A reader never sees half a report, and a failed write leaves the old one.
    """
    from .io import atomic_write_text

    return atomic_write_text(text, path, newline="\n")


def corpus_facts(corpus) -> dict:
    """What the index says about the corpus: counts, languages, dates, sources, rejections."""
    docs = corpus.documents
    published = docs["published"].dropna() if "published" in docs else docs.iloc[0:0]
    rejected = corpus.rejected
    return {
        "articles": int(len(docs)),
        "duplicates": int(docs["duplicate_of"].notna().sum()) if len(docs) else 0,
        "languages": _counts(docs, "language"),
        "sources": _counts(docs, "source"),
        "first_date": published.min().date().isoformat() if len(published) else None,
        "last_date": published.max().date().isoformat() if len(published) else None,
        "undated": int(len(docs) - len(published)),
        "rejected": [(str(r.path), None if _missing(r.row) else int(r.row), str(r.reason))
                     for r in rejected.itertuples(index=False)],
    }


def _missing(value) -> bool:
    return value is None or value != value


def _counts(frame, column: str) -> list[tuple[str, int]]:
    if column not in frame or frame.empty:
        return []
    counts = frame[column].fillna("(unknown)").astype(str).value_counts()
    return [(str(name), int(n)) for name, n in counts.items()]


def build_manifest(facts: dict, results: list[ReportResult], *, built: dt.datetime,
                   seconds: float) -> str:
    """``build.json``: the same facts as the index, for scripts and CI."""
    return json.dumps({
        "built": built.isoformat(timespec="seconds"), "seconds": round(seconds, 2),
        "corpus": facts,
        "reports": [{"notebook": r.notebook.name, "html": r.html.name if r.html else None,
                     "title": r.title, "finding": r.finding, "ok": r.ok, "error": r.error,
                     "seconds": round(r.seconds, 2), "bytes": r.size,
                     "parameters": r.parameters} for r in results],
    }, ensure_ascii=False, indent=1, default=str) + "\n"


def render_index(facts: dict, results: list[ReportResult], *, built: dt.datetime,
                 seconds: float, out: Path) -> str:
    """The index page; every value is escaped by the template (autoescape)."""
    import jinja2
    from urllib.parse import quote

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    reports = [{
        "title": r.title, "finding": r.finding, "ok": r.ok, "error": r.error,
        "href": quote(r.html.relative_to(out).as_posix()) if r.html else None,
        "size_mb": f"{r.size / 1e6:.1f}", "seconds": f"{r.seconds:.1f}",
        "notebook": r.notebook.name,
    } for r in results]
    return env.get_template("index.html.j2").render(
        facts=facts, reports=reports, built=built.strftime("%Y-%m-%d %H:%M:%S %z"),
        seconds=f"{seconds:.1f}")
