"""From articles to offline HTML reports in one command: ``python -m analysis report``.

The report build is the workbook's main job as users run it:

1. annotate the inputs (default ``data/raw``; unchanged articles come from the
   per-article cache);
2. execute ``notebooks/NN_*.ipynb`` in order with papermill, passing
   ``DATA_DIR`` and each ``--param KEY=VALUE`` to the notebooks that declare it
   in their ``parameters`` cell;
3. export each executed notebook to one self-contained HTML file (plotly.js
   embedded once, no CDN: :data:`TEMPLATE_NAME` under ``analysis/templates``);
4. write ``index.html``: the corpus, and a link and a one-line finding per report.

A failing notebook does not stop the others: its cell is named, what ran is
exported, the index marks it failed and the exit code is 1.

Example (what ``make report`` runs)::

    python -m analysis report data/raw --out reports --param LANGUAGE=fr
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import json
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import config
from .report_html import (TEMPLATE_NAME, TEMPLATES_DIR, build_manifest, corpus_facts,
                          export_html, render_index, write_atomic)

__all__ = ["build_reports", "main", "parse_params", "notebook_parameters", "read_finding",
           "notebook_title", "corpus_facts", "export_html", "render_index", "build_manifest",
           "write_atomic", "ReportResult", "TEMPLATES_DIR", "TEMPLATE_NAME"]

#: Notebooks that become reports: two digits, an underscore, a name.
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
#: The parameter every report notebook receives: the folder of articles.
DATA_PARAMETER = "DATA_DIR"
#: A cell with this tag gives the index its one-line finding for the report.
FINDING_TAG = "finding"
KERNEL_NAME = "python3"
MAX_FINDING_CHARS = 300


@dataclass
class ReportResult:
    """What happened to one notebook: where its report is and whether it ran through."""

    notebook: Path
    html: Path | None = None
    title: str = ""
    finding: str = ""
    seconds: float = 0.0
    size: int = 0
    error: str | None = None
    parameters: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


# --------------------------------------------------------------------------- command line

def main(argv: list[str] | None = None) -> int:
    """``python -m analysis report [INPUT ...] [--out reports/] [--with-code] [--param K=V ...]``."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis report",
        description="Annotate articles, run the notebooks on them and write offline HTML reports.")
    parser.add_argument("inputs", nargs="*", type=Path, metavar="INPUT",
                        help="article files or folders (default: data/raw)")
    parser.add_argument("--out", type=Path, default=None,
                        help=f"folder for the reports (default: {config.REPORTS_DIR})")
    parser.add_argument("--with-code", action="store_true", help="show the notebooks' code")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="a notebook parameter (JSON value, else text); repeatable")
    args = parser.parse_args(argv)
    try:
        params = parse_params(args.param)
    except ValueError as exc:
        parser.error(str(exc))
    return build_reports(args.inputs or None, out=args.out, with_code=args.with_code,
                         params=params)


def parse_params(pairs: list[str]) -> dict:
    """``KEY=VALUE`` strings to a dict; values are JSON when they parse, else text.

    >>> parse_params(["YEAR_MIN=2015", "DYAD=[\\"MAR\\", \\"RUS\\"]", "LANGUAGE=fr"])
    {'YEAR_MIN': 2015, 'DYAD': ['MAR', 'RUS'], 'LANGUAGE': 'fr'}
    """
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise ValueError(f"--param expects KEY=VALUE with KEY a Python name, got {pair!r}")
        try:
            params[key] = json.loads(value)
        except ValueError:
            params[key] = value
    return params


# --------------------------------------------------------------------------- the build

def build_reports(inputs: list[Path] | None = None, *, out: Path | None = None,
                  with_code: bool = False, params: dict | None = None,
                  notebooks: list[Path] | None = None) -> int:
    """Annotate ``inputs``, execute the notebooks, export HTML reports and the index.

    Args:
        inputs: article files or folders (default ``data/raw``).
        out: folder for ``index.html`` and one ``NN_name.html`` per notebook
            (default ``reports/``).
        with_code: keep the code cells in the reports.
        params: notebook parameters; each goes to the notebooks that declare it.
        notebooks: the notebooks to run (default ``notebooks/NN_*.ipynb``, in order).

    Returns:
        The exit code: 0 when every notebook ran, 1 when one failed or there was
        nothing to run, 2 when an input does not exist.
    """
    started = time.perf_counter()
    out = Path(out) if out is not None else config.REPORTS_DIR
    params = dict(params or {})
    inputs = [Path(p) for p in inputs] if inputs else [config.RAW_DATA_DIR]
    # The bundled corpus's tables go where `make annotate` puts them; tables of
    # other inputs go with their reports and never replace those.
    bundled = [p.resolve() for p in inputs] == [config.RAW_DATA_DIR.resolve()]
    missing = [p for p in inputs if not p.exists()]
    if missing:
        for path in missing:
            print(f"error: input not found: {path}", file=sys.stderr)
        return 2
    if notebooks is None:
        notebooks = sorted(config.NOTEBOOKS_DIR.glob(NOTEBOOK_GLOB))
    notebooks = [Path(nb) for nb in notebooks]
    out.mkdir(parents=True, exist_ok=True)

    print(f"annotating {', '.join(map(str, inputs))} ...", flush=True)
    corpus = _annotate(inputs, tables_dir=config.PROCESSED_DATA_DIR if bundled else out / "tables")
    facts = corpus_facts(corpus)
    facts["inputs"] = [str(p) for p in inputs]
    print(f"  {facts['articles']} articles, {len(facts['rejected'])} rejected files "
          f"({time.perf_counter() - started:.1f} s)", flush=True)

    declared = {nb: _declared(nb) for nb in notebooks}
    unused = sorted(set(params) - {p for names in declared.values() for p in names})
    for key in unused:
        print(f"warning: --param {key} is declared by no notebook; ignored", file=sys.stderr)

    results: list[ReportResult] = []
    with tempfile.TemporaryDirectory(prefix="analysis-report-") as tmp, _importable_package():
        data_dir = _data_dir(inputs, Path(tmp) / "inputs")
        for i, nb in enumerate(notebooks, 1):
            print(f"[{i}/{len(notebooks)}] {nb.name} ...", flush=True)
            values = {DATA_PARAMETER: str(data_dir), **params}
            wanted = {k: _as_declared(v, declared[nb][k]) for k, v in values.items()
                      if k in declared[nb]}
            result = _run_notebook(nb, Path(tmp) / nb.name, out=out, parameters=wanted,
                                   with_code=with_code)
            results.append(result)
            status = "ok" if result.ok else "FAILED"
            print(f"  {status} in {result.seconds:.1f} s -> {result.html} "
                  f"({result.size / 1e6:.1f} MB)", flush=True)
            if not result.ok:
                print(f"  {nb.name}: {result.error}", file=sys.stderr, flush=True)

    built, seconds = dt.datetime.now().astimezone(), time.perf_counter() - started
    index = write_atomic(out / "index.html",
                         render_index(facts, results, built=built, seconds=seconds, out=out))
    manifest = write_atomic(out / "build.json",
                            build_manifest(facts, results, built=built, seconds=seconds))
    failed = [r for r in results if not r.ok]
    print(f"wrote {index}", flush=True)
    print(f"wrote {manifest}", flush=True)
    print(f"built {len(results) - len(failed)}/{len(results)} reports in "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    if not notebooks:
        print(f"error: no notebooks matching {NOTEBOOK_GLOB} to run", file=sys.stderr)
        return 1
    if failed:
        print("failed: " + ", ".join(r.notebook.name for r in failed), file=sys.stderr)
        return 1
    return 0


def _as_declared(value, default):
    """A value as the notebook expects it: text where its default is text.

    ``--param TERM=2016`` parses as the number 2016; a notebook whose default
    for ``TERM`` is a string gets ``"2016"``.

    >>> _as_declared(2016, "partenariat"), _as_declared(2016, None), _as_declared("fr", None)
    ('2016', 2016, 'fr')
    """
    if not isinstance(default, str) or isinstance(value, str) or value is None:
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _declared(nb: Path) -> dict:
    try:
        return notebook_parameters(nb)
    except Exception:  # unreadable: its run fails and says why
        return {}


def _annotate(inputs: list[Path], *, tables_dir: Path):
    from .corpus import annotate_corpus

    corpus = annotate_corpus(inputs, jobs=None, progress=True)
    corpus.write(tables_dir)
    return corpus


def _data_dir(inputs: list[Path], staging: Path) -> Path:
    """One folder holding every input, for the notebooks' ``DATA_DIR``.

    A single folder is used as it is; anything else is gathered into
    ``staging`` as symbolic links named like the inputs (so document ids are
    those ``annotate_corpus`` gives the same inputs).
    """
    if len(inputs) == 1 and inputs[0].is_dir():
        return inputs[0].resolve()
    staging.mkdir(parents=True)
    for path in inputs:
        path = path.resolve()
        link, n = staging / path.name, 1
        while link.exists() or link.is_symlink():
            n += 1
            link = staging / f"{path.stem}-{n}{path.suffix}"
        link.symlink_to(path, target_is_directory=path.is_dir())
    return staging


@contextlib.contextmanager
def _importable_package():
    """Let kernels started from ``notebooks/`` import :mod:`analysis` even if not installed."""
    root = str(config.PROJ_ROOT)
    before = os.environ.get("PYTHONPATH")
    parts = [p for p in (before or "").split(os.pathsep) if p]
    os.environ["PYTHONPATH"] = os.pathsep.join([root, *[p for p in parts if p != root]])
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = before


def _run_notebook(nb: Path, executed: Path, *, out: Path, parameters: dict,
                  with_code: bool) -> ReportResult:
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    result = ReportResult(notebook=nb, parameters=parameters)
    start = time.perf_counter()
    try:
        with _quiet_papermill():
            papermill.execute_notebook(
                str(nb), str(executed), parameters=parameters, kernel_name=KERNEL_NAME,
                language="python", cwd=str(nb.parent), progress_bar=False, log_output=False,
                request_save_on_cell_execute=False,
                execution_timeout=config.NOTEBOOK_CELL_TIMEOUT,
                # the kernel's own log says at every start that localhost TCP is not
                # encrypted, and at shutdown that it caught the interrupt nbclient sends;
                # a real failure reaches us as an exception or an error output instead
                extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
    except PapermillExecutionError as exc:
        result.error = (f"cell {exc.cell_index} (In [{exc.exec_count}]) raised "
                        f"{exc.ename}: {_first_line(exc.evalue)}")
    except Exception as exc:  # kernel died, bad notebook, missing kernel: still a report
        result.error = f"{type(exc).__name__}: {_first_line(str(exc))}"
    result.seconds = time.perf_counter() - start

    try:
        notebook = nbformat.read(executed if executed.exists() else nb, as_version=4)
    except Exception as exc:  # not a notebook at all: the report says so
        result.error = result.error or f"{type(exc).__name__}: {_first_line(str(exc))}"
        notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(
            f"# {html.escape(nb.stem)}\n\nThis notebook could not be read.")])
    result.title = notebook_title(notebook) or nb.stem
    result.finding = read_finding(notebook)
    result.html = out / f"{nb.stem}.html"
    markup = export_html(notebook, title=result.title, with_code=with_code)
    write_atomic(result.html, markup)
    result.size = len(markup.encode("utf-8"))
    return result


@contextlib.contextmanager
def _quiet_papermill():
    """Hide papermill's warnings about parameters cells it cannot parse.

    Its own parser gives up on comments with quotes or semicolons and then
    calls every parameter unknown; :func:`notebook_parameters` (the Python
    parser) already chose which parameters each notebook declares.
    """
    import logging

    logger = logging.getLogger("papermill")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _first_line(text: str) -> str:
    text = str(text).strip()
    return text.splitlines()[0] if text else ""


# --------------------------------------------------------------------------- notebooks

def notebook_parameters(nb: Path) -> dict:
    """The names (and literal defaults) a notebook declares in its ``parameters`` cell.

    Read from the cell's top-level assignments (papermill's convention), so a
    notebook without kernel metadata is read too.
    """
    import ast

    import nbformat

    notebook = nbformat.read(nb, as_version=4)
    declared: dict = {}
    for cell in notebook.cells:
        if cell.cell_type != "code" or "parameters" not in cell.get("metadata", {}).get("tags", []):
            continue
        for node in ast.parse(cell.source).body:
            targets = (node.targets if isinstance(node, ast.Assign)
                       else [node.target] if isinstance(node, ast.AnnAssign) and node.value else [])
            for target in targets:
                if isinstance(target, ast.Name):
                    try:
                        declared[target.id] = ast.literal_eval(node.value)
                    except ValueError:
                        declared[target.id] = None
        break
    return declared


def notebook_title(notebook) -> str:
    """The text of the first ``#`` heading in a markdown cell, or ``""``."""
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("# "):
                return _plain(line[2:])
    return ""


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"(\*\*|__|`|\*(?=\S)|(?<=\S)\*)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ0-9«“\"])")


def _plain(markdown: str) -> str:
    """Markdown reduced to its words (links to their text, emphasis marks removed)."""
    text = _MD_LINK.sub(r"\1", markdown)
    text = _MD_MARKS.sub("", text)
    return " ".join(text.split())


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""
    if len(sentence) > MAX_FINDING_CHARS:
        sentence = sentence[:MAX_FINDING_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def _output_text(cell) -> str:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stdout":
            return "".join(output.get("text", ""))
        data = output.get("data", {})
        for mime in ("text/markdown", "text/plain"):
            if mime in data:
                text = "".join(data[mime])
                return text.strip("'\"") if mime == "text/plain" else _plain(text)
    return ""


def read_finding(notebook) -> str:
    """The report's one-line finding for the index (plain text, not yet escaped).

    In order: a cell tagged ``finding`` (its printed output, or its markdown);
    else the closing summary: its first sentence after the heading, or the
    first printed line of the code cell that follows it.
    """
    cells = notebook.cells
    for cell in cells:
        if FINDING_TAG in cell.get("metadata", {}).get("tags", []):
            text = _output_text(cell) if cell.cell_type == "code" else _plain(_drop_headings(cell.source))
            if text.strip():
                return _first_sentence(text)
    for i in range(len(cells) - 1, -1, -1):
        cell = cells[i]
        if cell.cell_type == "markdown" and re.search(r"^#+\s*(summary|résumé|synthèse)",
                                                      cell.source, re.I | re.M):
            prose = _plain(_drop_headings(cell.source))
            if prose:
                return _first_sentence(prose)
            for after in cells[i + 1:]:
                text = _output_text(after) if after.cell_type == "code" else ""
                if text.strip():
                    return _first_sentence(text)
            break
    return ""


def _drop_headings(markdown: str) -> str:
    lines = [line for line in markdown.splitlines() if not line.lstrip().startswith("#")]
    return " ".join(line.lstrip("-*> ").strip() for line in lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
