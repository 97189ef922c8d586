"""The report builder: papermill runs, parameters, failures, offline HTML, the index.

The build here runs two small notebooks written by the test (one that works,
one that fails on purpose) on two of the tiny fixture articles, so it checks
the builder itself whatever the project's notebooks say.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

from analysis import report
from analysis.report import (build_reports, export_html, notebook_parameters, notebook_title,
                             parse_params, read_finding, render_index, write_atomic)
from tests import report_builds

pytestmark = pytest.mark.xdist_group("report-demo")
md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
TINY_FILES = report_builds.TINY_FILES


def _tagged(cell, *tags):
    cell.metadata["tags"] = list(tags)
    return cell


def _write(path: Path, cells) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.cells = cells
    nbformat.write(notebook, path)
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """Two notebooks (one fails at its third code cell) on two tiny articles."""
    return report_builds.demo(tmp_path_factory.getbasetemp())


# --------------------------------------------------------------------------- a whole build

@pytest.mark.slow
def test_failing_notebook_is_named_and_others_still_run(demo):
    assert demo.code == 1
    assert "02_broken.ipynb" in demo.stderr
    assert re.search(r"cell \d+ \(In \[\d+\]\) raised ValueError: deliberate failure", demo.stderr)
    ok, broken = demo.report("01_counts.ipynb"), demo.report("02_broken.ipynb")
    assert ok["ok"] and ok["error"] is None
    assert not broken["ok"] and "deliberate failure" in broken["error"]
    page = (demo.out / broken["html"]).read_text(encoding="utf-8")
    assert "before the error" in page and "deliberate failure" in page
    assert "after the error" not in page


@pytest.mark.slow
def test_progress_and_paths_are_printed(demo):
    assert "[1/2] 01_counts.ipynb" in demo.stdout and "[2/2] 02_broken.ipynb" in demo.stdout
    assert f"wrote {demo.out / 'index.html'}" in demo.stdout
    assert re.search(r"ok in \d+\.\d s -> .*01_counts\.html \(\d+\.\d MB\)", demo.stdout)


@pytest.mark.slow
def test_parameters_reach_only_the_notebooks_declaring_them(demo):
    ok, broken = demo.report("01_counts.ipynb"), demo.report("02_broken.ipynb")
    assert ok["parameters"]["TOP"] == 7
    assert set(broken["parameters"]) == {"DATA_DIR"}
    assert "--param UNUSED is declared by no notebook" in demo.stderr
    page = (demo.out / ok["html"]).read_text(encoding="utf-8")
    # LABEL's default is text, so 2016 arrives as text; two files make one DATA_DIR
    assert "TOP=7 LABEL='2016' articles=2" in page


@pytest.mark.slow
def test_index_links_each_report_with_status_and_finding(demo):
    page = demo.index.read_text(encoding="utf-8")
    for entry in demo.reports:
        assert f'href="{entry["html"]}"' in page
        assert (demo.out / entry["html"]).is_file()
    assert re.search(r'data-status="ok">\s*<a class="report-title" href="01_counts.html">'
                     r"Article counts</a>", page)
    assert re.search(r'data-status="failed">\s*<a class="report-title" href="02_broken.html">', page)
    assert "2 articles were read." in page
    assert demo.report("02_broken.ipynb")["finding"] == "Never reached."


@pytest.mark.slow
def test_reports_are_offline_with_plotly_embedded_once(demo):
    page = (demo.out / "01_counts.html").read_text(encoding="utf-8")
    assert len(re.findall(r"\*\s*plotly\.js v\d", page)) == 1
    assert 'class="plotly-graph-div"' in page
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link[^>]*\bhref\s*=", page, re.I)
    assert not re.search(r"<(iframe|object|embed)\b", page, re.I)
    assert not re.search(r"require(\.min)?\.js|mathjax@|MathJax\.js\?config", page)
    assert "widget-state" not in page and "unpkg.com" not in page
    assert "Content-Security-Policy" in page


@pytest.mark.slow
def test_code_is_hidden_by_default(demo):
    page = (demo.out / "01_counts.html").read_text(encoding="utf-8")
    assert "px.bar(" not in page and "open_corpus" not in page


@pytest.mark.slow
def test_tables_of_new_inputs_are_written_beside_the_reports(demo):
    assert (demo.out / "tables" / "documents.parquet").is_file()
    manifest = demo.manifest
    assert manifest["corpus"]["articles"] == 2
    assert all(r["bytes"] == (demo.out / r["html"]).stat().st_size for r in manifest["reports"])


# --------------------------------------------------------------------------- without a kernel

def test_missing_input_exits_2(tmp_path, capsys):
    assert build_reports([tmp_path / "nowhere"], out=tmp_path / "out", notebooks=[]) == 2
    assert "input not found" in capsys.readouterr().err


def test_no_notebook_exits_1_but_writes_the_index(tmp_path, capsys):
    assert build_reports(TINY_FILES, out=tmp_path / "out", notebooks=[]) == 1
    assert "no notebooks" in capsys.readouterr().err
    assert "No notebook was run." in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_main_parses_inputs_out_code_and_params(monkeypatch):
    seen = {}
    monkeypatch.setattr(report, "build_reports",
                        lambda inputs, **kw: seen.update(inputs=inputs, **kw) or 0)
    assert report.main(["a", "b", "--out", "r", "--with-code", "--param", "YEAR_MIN=2016",
                        "--param", "LANGUAGE=fr"]) == 0
    assert seen == {"inputs": [Path("a"), Path("b")], "out": Path("r"), "with_code": True,
                    "params": {"YEAR_MIN": 2016, "LANGUAGE": "fr"}}
    assert report.main([]) == 0 and seen["inputs"] is None and seen["with_code"] is False


def test_main_rejects_a_malformed_param():
    with pytest.raises(SystemExit) as exc:
        report.main(["--param", "no equals sign"])
    assert exc.value.code == 2


@pytest.mark.parametrize("pair, expected", [
    ("YEAR_MIN=2016", 2016),
    ("RATIO=0.5", 0.5),
    ("DYAD=[\"MAR\", \"RUS\"]", ["MAR", "RUS"]),
    ("LANGUAGE=fr", "fr"),
    ("SHOW=true", True),
    ("DATA_DIR=null", None),
    ("DATE=2024-01-01", "2024-01-01"),
    ("QUERY=a=b", "a=b"),
    ("EMPTY=", ""),
])
def test_param_values_are_json_when_they_parse(pair, expected):
    key = pair.split("=", 1)[0]
    assert parse_params([pair]) == {key: expected}


@pytest.mark.parametrize("pair", ["=1", "1X=2", "NOEQUALS", "A B=3"])
def test_param_names_must_be_python_names(pair):
    with pytest.raises(ValueError):
        parse_params([pair])


def test_notebook_parameters_reads_the_tagged_cell_only(tmp_path):
    path = _write(tmp_path / "01_x.ipynb", [
        md("# X"),
        code("LATER = 1"),
        _tagged(code("DATA_DIR = None\nDYAD: list = ['MAR', 'RUS']\nSTART = '2016-01-01'\n"
                     "LIMIT = 10  # rows\nimport os\nPATH = os.sep"), "parameters"),
        code("OTHER = 2"),
    ])
    assert notebook_parameters(path) == {"DATA_DIR": None, "DYAD": ["MAR", "RUS"],
                                         "START": "2016-01-01", "LIMIT": 10, "PATH": None}


def test_notebook_without_parameters_cell_declares_nothing(tmp_path):
    assert notebook_parameters(_write(tmp_path / "01_x.ipynb", [md("# X"), code("A = 1")])) == {}


def _output(cell, text: str):
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
    return cell


@pytest.mark.parametrize("cells, finding", [
    ([md("# T"), md("## Summary\n\nMorocco and Russia met **twice**. Then more.")],
     "Morocco and Russia met twice."),
    ([md("# T"), md("## Summary"),
      _output(code("print(x)"), "Le Maroc a signé 3 accords. Et plus.\n")],
     "Le Maroc a signé 3 accords."),
    ([md("# T"), _tagged(_output(code("x"), "Tagged wins.\n"), "finding"),
      md("## Summary\n\nNot this.")], "Tagged wins."),
    ([md("# T"), _tagged(md("### Finding\n\nA tagged [markdown](x.html) line."), "finding")],
     "A tagged markdown line."),
    ([md("# T"), md("## Résumé\n\n- Les visites dominent. Ensuite les accords.")],
     "Les visites dominent."),
    ([md("# T"), md("No summary here.")], ""),
])
def test_read_finding(cells, finding):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = cells
    assert read_finding(notebook) == finding


def test_a_long_finding_is_cut_at_a_word():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [md("## Summary\n\n" + "word " * 200)]
    finding = read_finding(notebook)
    assert len(finding) <= report.MAX_FINDING_CHARS and finding.endswith("word…")


def test_notebook_title_is_the_first_level_one_heading():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [code("# a comment"), md("Intro\n# Entity *frequency*\n## Part")]
    assert notebook_title(notebook) == "Entity frequency"


def test_export_shows_code_only_when_asked():
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [md("# T"), _output(code("shout('visible output')"), "visible output\n")]
    hidden = export_html(notebook, title="T")
    shown = export_html(notebook, title="T", with_code=True)
    assert "visible output" in hidden and "shout" not in hidden
    assert "shout" in shown


def test_index_escapes_every_corpus_value(tmp_path):
    markup = "<script>alert(1)</script>"
    facts = {"articles": 1, "duplicates": 0, "languages": [(markup, 1)],
             "sources": [("<img src=x onerror=alert(1)>", 1)], "first_date": "2024-01-01",
             "last_date": "2024-01-02", "undated": 0,
             "rejected": [(f"/in/{markup}.pdf", None, f"binary {markup}")]}
    result = report.ReportResult(notebook=Path("01_<b>.ipynb"), html=tmp_path / "01_<b>.html",
                                 title=markup, finding="javascript:alert(1) " + markup,
                                 error=f"ValueError: {markup}")
    import datetime as dt
    page = render_index(facts, [result], built=dt.datetime(2024, 1, 1), seconds=1.0,
                        out=tmp_path)
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 5
    assert 'href="01_%3Cb%3E.html"' in page


def test_manifest_is_json_with_every_report(tmp_path):
    import datetime as dt
    result = report.ReportResult(notebook=Path("01_a.ipynb"), html=tmp_path / "01_a.html",
                                 title="A", size=10, parameters={"DATA_DIR": "/x"})
    data = json.loads(report.build_manifest({"articles": 0}, [result],
                                            built=dt.datetime(2024, 1, 1), seconds=2.0))
    assert data["reports"][0] == {"notebook": "01_a.ipynb", "html": "01_a.html", "title": "A",
                                  "finding": "", "ok": True, "error": None, "seconds": 0.0,
                                  "bytes": 10, "parameters": {"DATA_DIR": "/x"}}


def test_write_atomic_replaces_whole_files_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "r" / "index.html"
    write_atomic(target, "first")
    write_atomic(target, "second ✓")
    assert target.read_text(encoding="utf-8") == "second ✓"
    assert [p.name for p in target.parent.iterdir()] == ["index.html"]


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path):
    target = write_atomic(tmp_path / "index.html", "old")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "bad \udc80 surrogate")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_offline_template_overrides_blocks_that_exist_in_nbconvert_lab():
    """If nbconvert renames a block, the override silently stops working: fail here instead."""
    import jupyter_core.paths

    ours = (report.TEMPLATES_DIR / report.TEMPLATE_NAME / "index.html.j2").read_text()
    overridden = set(re.findall(r"{%-?\s*block\s+(\w+)", ours))
    assert {"html_head_js_requirejs", "html_head_js_mathjax", "jupyter_widgets"} <= overridden
    lab = next(Path(d) / "nbconvert" / "templates" / "lab" / "index.html.j2"
               for d in jupyter_core.paths.jupyter_path()
               if (Path(d) / "nbconvert" / "templates" / "lab" / "index.html.j2").is_file())
    assert overridden <= set(re.findall(r"{%-?\s*block\s+(\w+)", lab.read_text()))


@pytest.mark.slow
def test_an_unreadable_notebook_fails_alone(tmp_path, capsys):
    broken = tmp_path / "01_not_json.ipynb"
    broken.write_text("{ this is not a notebook", encoding="utf-8")
    assert build_reports(TINY_FILES, out=tmp_path / "out", notebooks=[broken]) == 1
    err = capsys.readouterr().err
    assert "01_not_json.ipynb" in err
    manifest = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))
    assert manifest["reports"][0]["ok"] is False
    assert "could not be read" in (tmp_path / "out" / "01_not_json.html").read_text()
