"""The project's notebooks: committed clean, shaped as the house style asks, and they run.

Shape (``STYLE.md``): a ``#`` title first, a paragraph, a ``parameters`` cell
declaring ``DATA_DIR = None``, and a closing ``## Summary`` in words.  Runs:
every notebook executes through :func:`analysis.report.build_reports` on the
sample corpus and on the tiny fixture corpus given as ``DATA_DIR``.
"""

from __future__ import annotations

import ast
import re

import nbformat
import pytest

from analysis.report import DATA_PARAMETER, notebook_parameters
from tests import report_builds

NOTEBOOKS = report_builds.project_notebooks()
IDS = [nb.name for nb in NOTEBOOKS]


@pytest.fixture(params=NOTEBOOKS, ids=IDS)
def notebook_path(request):
    return request.param


def _read(path):
    return nbformat.read(path, as_version=4)


# --------------------------------------------------------------------------- as committed

def test_notebooks_are_numbered_in_reading_order():
    numbers = [int(nb.name[:2]) for nb in NOTEBOOKS]
    assert numbers == sorted(set(numbers)), "two notebooks share a number"


def test_committed_without_outputs(notebook_path):
    notebook = _read(notebook_path)
    nbformat.validate(notebook)
    for i, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"cell {i} has outputs"
            assert cell.execution_count is None, f"cell {i} has an execution count"
    assert "widgets" not in notebook.metadata


def test_starts_with_a_title_and_what_it_answers(notebook_path):
    cells = _read(notebook_path).cells
    first = cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    prose = first.source.split("\n", 1)[1].strip() if "\n" in first.source else ""
    if not prose:  # the paragraph may be the next cell
        prose = cells[1].source.strip() if cells[1].cell_type == "markdown" else ""
    assert len(prose.split()) >= 8, "the title needs a paragraph: what it answers, from what"


def test_has_a_parameters_cell_with_data_dir(notebook_path):
    cells = _read(notebook_path).cells
    tagged = [c for c in cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0].cell_type == "code"
    declared = notebook_parameters(notebook_path)
    assert DATA_PARAMETER in declared and declared[DATA_PARAMETER] is None
    first_code = next(c for c in cells if c.cell_type == "code")
    assert first_code is tagged[0], "the parameters cell comes before any other code"


def test_ends_with_a_summary_in_words(notebook_path):
    cells = _read(notebook_path).cells
    last_markdown = max(i for i, c in enumerate(cells) if c.cell_type == "markdown")
    summary = cells[last_markdown].source
    assert re.match(r"##\s+Summary\b", summary), "the last markdown cell is the '## Summary'"
    words = re.sub(r"^#.*$", "", summary, flags=re.M).split()
    following = cells[last_markdown + 1:]
    assert words or following, "the summary states findings: prose, or a cell printing them"
    assert len(following) <= 2, "the summary closes the notebook"


def test_cells_call_the_package_and_define_nothing(notebook_path):
    for i, cell in enumerate(_read(notebook_path).cells):
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        defined = [n for n in ast.walk(tree)
                   if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        assert not defined, f"cell {i} defines {defined[0].name}: move it to the package"
        imported = {alias.name for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))
                    for alias in n.names} | {n.module for n in ast.walk(tree)
                                             if isinstance(n, ast.ImportFrom) and n.module}
        assert not imported & {"ipywidgets", "tqdm.auto", "tqdm.notebook"}, f"cell {i}: widgets"
        assert "nltk.download" not in cell.source, f"cell {i} downloads NLTK data"


def test_notebooks_set_up_plotly_before_charts(notebook_path):
    sources = [c.source for c in _read(notebook_path).cells if c.cell_type == "code"]
    assert any("notebook.setup()" in s for s in sources), "call analysis.notebook.setup()"


# --------------------------------------------------------------------------- executed

@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.getbasetemp() / "reports"
    return {"sample": report_builds.sample(root), "tiny": report_builds.tiny(root)}


@pytest.mark.slow
@pytest.mark.xdist_group("reports")
@pytest.mark.parametrize("corpus", ["sample", "tiny"])
def test_notebook_executes(builds, notebook_path, corpus):
    build = builds[corpus]
    entry = build.report(notebook_path.name)
    assert entry["ok"], f"{notebook_path.name} on the {corpus} corpus: {entry['error']}"
    assert entry["parameters"][DATA_PARAMETER]  # the corpus reached the notebook
    assert entry["finding"], "the index needs a one-line finding (summary or 'finding' cell)"
    assert (build.out / entry["html"]).stat().st_size == entry["bytes"]


@pytest.mark.slow
@pytest.mark.xdist_group("reports")
def test_tiny_corpus_is_what_the_notebooks_saw(builds):
    facts = builds["tiny"].manifest["corpus"]
    assert facts["articles"] == 3 and facts["rejected"] == []
    assert dict(facts["languages"]) == {"fr": 2, "en": 1}
