"""Report builds shared by ``test_report``, ``test_notebooks`` and ``test_browser``.

Executing notebooks costs a kernel start each, so every corpus is built once
per test process (``build`` memoizes by name) into the session's temporary
folder, with its own annotation cache.  Tests that share a build carry the
same ``xdist_group`` mark, so ``pytest -n 2 --dist loadgroup`` builds each
one once.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from analysis import config
from analysis.report import NOTEBOOK_GLOB, build_reports

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TINY_DIR = FIXTURES / "tiny"
HOSTILE_DIR = FIXTURES / "hostile"
#: The markup the hostile articles carry; it must show as text and run nowhere.
SCRIPT_MARKUP = "<script>alert(1)</script>"
#: A rejected input whose name is markup too (made at test time: not a name to commit).
HOSTILE_REJECTED_NAME = "<img src=x onerror=alert(1)>.pdf"


@dataclass
class Build:
    """One finished ``build_reports`` run and what it printed."""

    name: str
    out: Path
    code: int
    stdout: str
    stderr: str

    @property
    def manifest(self) -> dict:
        return json.loads((self.out / "build.json").read_text(encoding="utf-8"))

    @property
    def index(self) -> Path:
        return self.out / "index.html"

    @property
    def reports(self) -> list[dict]:
        return self.manifest["reports"]

    def report(self, notebook: str) -> dict:
        return next(r for r in self.reports if r["notebook"] == notebook)

    def pages(self) -> list[Path]:
        """The index, then every report it lists."""
        return [self.index] + [self.out / r["html"] for r in self.reports if r["html"]]


def project_notebooks() -> list[Path]:
    """The report notebooks of the project, in reading order."""
    return sorted(config.NOTEBOOKS_DIR.glob(NOTEBOOK_GLOB))


_BUILDS: dict[str, Build] = {}


def build(name: str, root: Path, inputs: list[Path] | None, **options) -> Build:
    """``build_reports(inputs, out=root/name, **options)``, once per process and name."""
    if name in _BUILDS:
        return _BUILDS[name]
    out = root / name
    stdout, stderr = io.StringIO(), io.StringIO()
    with _cache_in(root / "cache"), contextlib.redirect_stdout(stdout), \
            contextlib.redirect_stderr(stderr):
        code = build_reports(inputs, out=out, **options)
    result = _BUILDS[name] = Build(name, out, code, stdout.getvalue(), stderr.getvalue())
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result


def sample(root: Path) -> Build:
    """The project's notebooks on the bundled sample corpus (``DATA_DIR`` = data/raw)."""
    return build("sample", root, [config.RAW_DATA_DIR])


def tiny(root: Path) -> Build:
    """The project's notebooks on three short FR/EN articles of other countries."""
    return build("tiny", root, [TINY_DIR])


def hostile(root: Path) -> Build:
    """The project's notebooks on articles carrying markup, plus a rejected file named as markup."""
    if "hostile" not in _BUILDS:
        folder = root / "hostile-input"
        if not folder.exists():
            shutil.copytree(HOSTILE_DIR, folder)
            (folder / HOSTILE_REJECTED_NAME).write_bytes(b"%PDF-1.4 not an article")
        return build("hostile", root, [folder])
    return _BUILDS["hostile"]


@contextlib.contextmanager
def _cache_in(folder: Path):
    """Annotation cache in ``folder`` (this process and its kernels), tables beside it."""
    before_env = os.environ.get("ANALYSIS_CACHE_DIR")
    before = config.CACHE_DIR, config.PROCESSED_DATA_DIR
    os.environ["ANALYSIS_CACHE_DIR"] = str(folder)
    config.CACHE_DIR, config.PROCESSED_DATA_DIR = folder, folder.parent / "processed"
    try:
        yield
    finally:
        config.CACHE_DIR, config.PROCESSED_DATA_DIR = before
        if before_env is None:
            os.environ.pop("ANALYSIS_CACHE_DIR", None)
        else:
            os.environ["ANALYSIS_CACHE_DIR"] = before_env


# --------------------------------------------------------------------------- the builder's own demo

TINY_FILES = sorted(TINY_DIR.glob("*.txt"))[:2]


def demo(root: Path) -> Build:
    """Two notebooks written here, one failing on purpose, on two tiny articles (files).

    Checks the builder whatever the project's notebooks say: parameters
    (``TOP=7`` and ``LABEL=2016``, text by its default, declared by the first only,
    ``UNUSED`` by none), a failure at
    a known cell, a plotly chart, a finding cell, inputs given as files.
    """
    if "demo" in _BUILDS:
        return _BUILDS["demo"]
    import nbformat

    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    folder = root / "demo-notebooks"
    folder.mkdir(parents=True, exist_ok=True)
    notebooks = [
        _notebook(folder / "01_counts.ipynb", [
            md("# Article counts\n\nHow many articles, in which languages."),
            _tagged(code("DATA_DIR = None\nTOP = 3\nLABEL = 'all'"), "parameters"),
            code("import analysis\nfrom analysis import notebook\nnotebook.setup()\n"
                 "corpus = analysis.open_corpus(DATA_DIR)"),
            code("print(f'TOP={TOP!r} LABEL={LABEL!r} articles={len(corpus.documents)}')"),
            md("## Languages"),
            code("import plotly.express as px\n"
                 "by_language = corpus.documents['language'].value_counts()"
                 ".rename_axis('language').reset_index()\n"
                 "px.bar(by_language, x='language', y='count')"),
            md("## Summary"),
            _tagged(code("print(f'{len(corpus.documents)} articles were read. Nothing else.')"),
                    "finding"),
        ]),
        _notebook(folder / "02_broken.ipynb", [
            md("# Broken on purpose"),
            _tagged(code("DATA_DIR = None"), "parameters"),
            code("print('before the error')"),
            code("raise ValueError('deliberate failure')"),
            code("print('after the error')"),
            md("## Summary\n\nNever reached."),
        ]),
    ]
    return build("demo", root, TINY_FILES, notebooks=notebooks, params={"TOP": 7, "LABEL": 2016, "UNUSED": "x"})


def _tagged(cell, *tags):
    cell.metadata["tags"] = list(tags)
    return cell


def _notebook(path: Path, cells) -> Path:
    import nbformat

    notebook = nbformat.v4.new_notebook()
    notebook.cells = cells
    nbformat.write(notebook, path)
    return path
