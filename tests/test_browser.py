"""Every report opens offline in a real headless Chromium, draws its charts, runs no article text.

Debian's ``chromium`` (``/usr/bin/chromium``) driven by the ``playwright``
package (never ``playwright install``, which downloads a browser).  Every
request that is not ``file:`` (or an inline ``data:``/``blob:`` URL) is
aborted and counted as a failure; console errors, page errors and dialogs are
recorded.  ``.ci/run`` installs chromium with apt-get when it is missing; on
a machine without it these tests skip (and fail under ``CI``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests import report_builds

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--mute-audio",
                 "--disable-dev-shm-usage"]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
NOTEBOOK_STEMS = [nb.stem for nb in report_builds.project_notebooks()]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = (f"Debian chromium is not installed at {CHROMIUM} "
                  "(apt-get install -y chromium; .ci/run does it)")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Visit:
    """What one page did in the browser."""

    path: Path
    remote_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    graph_divs: int = 0
    plotted: int = 0
    main_svgs: int = 0
    hovered: int = 0
    text: str = ""
    injected: dict = field(default_factory=dict)

    def assert_offline_and_clean(self):
        assert self.remote_requests == [], f"{self.path.name} asked the network"
        assert self.console_errors == [], f"{self.path.name} logged errors"
        assert self.page_errors == [], f"{self.path.name} raised in JavaScript"
        assert self.dialogs == [], f"{self.path.name} opened a dialog"


_INJECTED_JS = """() => ({
    onerror: document.querySelectorAll('[onerror]').length,
    javascript_links: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    img_x: document.querySelectorAll('img[src="x"]').length,
    alert_scripts: [...document.scripts].filter(s => /^\\s*alert\\(1\\)/.test(s.textContent)).length,
})"""

#: Marks where to hover: the first point of every trace and the middle of every subplot
#: (heatmaps have no point element).  Real mouse moves then go through plotly's own
#: hover code, as a reader's would.
_HOVER_PROBES_JS = """(limit) => {
    let n = 0;
    for (const gd of document.querySelectorAll('.js-plotly-plot')) {
        const targets = [...gd.querySelectorAll('.trace')].map(t => t.querySelector('.point'))
            .concat([...gd.querySelectorAll('.nsewdrag')]);
        for (const el of targets) {
            const box = el && el.getBoundingClientRect();
            if (box && box.width > 0 && box.height > 0 && n < limit) {
                el.setAttribute('data-hover-probe', n);
                n += 1;
            }
        }
    }
    return n;
}"""
MAX_HOVERS = 40


def visit(browser, path: Path, *, hover: bool = True) -> Visit:
    """Open ``path`` with the network cut off and record everything that happened."""
    seen = Visit(path)
    context = browser.new_context(service_workers="block")
    page = context.new_page()

    def route(route):
        if route.request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            seen.remote_requests.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page.on("request", lambda r: None if r.url.startswith(LOCAL_SCHEMES)
            else seen.remote_requests.append(r.url))
    page.on("websocket", lambda ws: seen.remote_requests.append(ws.url))
    page.on("console", lambda m: seen.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.page_errors.append(str(e)))

    def dialog(d):
        seen.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    try:
        page.goto(path.as_uri(), wait_until="load", timeout=60_000)
        page.wait_for_function(
            "document.querySelectorAll('.plotly-graph-div').length"
            " === document.querySelectorAll('.js-plotly-plot').length", timeout=30_000)
        seen.graph_divs = page.locator(".plotly-graph-div").count()
        seen.plotted = page.locator(".js-plotly-plot").count()
        seen.main_svgs = page.locator(".js-plotly-plot svg.main-svg").count()
        hover_texts = []
        if hover and seen.plotted:
            probes = page.evaluate(_HOVER_PROBES_JS, MAX_HOVERS)
            for i in range(probes):
                page.locator(f'[data-hover-probe="{i}"]').hover(force=True, timeout=5_000)
                hover_texts.append(page.evaluate(
                    "() => [...document.querySelectorAll('.hoverlayer')]"
                    ".map(h => h.textContent).join(' ')"))
            seen.hovered = sum(1 for t in hover_texts if t.strip())
        seen.text = page.inner_text("body") + "\n" + "\n".join(hover_texts)
        seen.injected = page.evaluate(_INJECTED_JS)
    finally:
        context.close()
    return seen


def _root(tmp_path_factory) -> Path:
    return tmp_path_factory.getbasetemp() / "reports"


# --------------------------------------------------------------------------- the sample corpus

@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return report_builds.sample(_root(tmp_path_factory))


@pytest.mark.xdist_group("reports")
def test_sample_index_is_static_and_links_every_report(browser, sample):
    seen = visit(browser, sample.index)
    seen.assert_offline_and_clean()
    assert seen.graph_divs == 0
    assert f"{sample.manifest['corpus']['articles']}" in seen.text
    for entry in sample.reports:
        assert entry["title"] in seen.text


@pytest.mark.xdist_group("reports")
@pytest.mark.parametrize("stem", NOTEBOOK_STEMS)
def test_sample_report_renders_every_chart_offline(browser, sample, stem):
    seen = visit(browser, sample.out / f"{stem}.html")
    seen.assert_offline_and_clean()
    assert seen.graph_divs > 0, f"{stem} has no plotly chart"
    assert seen.plotted == seen.graph_divs, f"{stem}: only {seen.plotted}/{seen.graph_divs} drawn"
    assert seen.main_svgs >= seen.plotted
    assert seen.hovered > 0, f"{stem}: no hover label appeared under the mouse"


# --------------------------------------------------------------------------- the builder's demo

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return report_builds.demo(_root(tmp_path_factory))


@pytest.mark.xdist_group("report-demo")
@pytest.mark.parametrize("page", ["index.html", "01_counts.html", "02_broken.html"])
def test_demo_pages_open_offline(browser, demo, page):
    seen = visit(browser, demo.out / page)
    seen.assert_offline_and_clean()
    if page == "01_counts.html":
        assert seen.graph_divs == seen.plotted == 1
    if page == "02_broken.html":
        assert "deliberate failure" in seen.text


# --------------------------------------------------------------------------- injected markup

@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return report_builds.hostile(_root(tmp_path_factory))


@pytest.fixture(scope="module")
def hostile_visits(browser, hostile):
    return {path.name: visit(browser, path) for path in hostile.pages()}


@pytest.mark.xdist_group("reports-hostile")
def test_hostile_build_runs_every_notebook(hostile):
    assert hostile.code == 0, hostile.stderr
    assert [r["notebook"] for r in hostile.reports] == [f"{s}.ipynb" for s in NOTEBOOK_STEMS]


@pytest.mark.xdist_group("reports-hostile")
def test_injected_markup_runs_nowhere(hostile_visits):
    for name, seen in hostile_visits.items():
        seen.assert_offline_and_clean()
        assert seen.injected == {"onerror": 0, "javascript_links": 0, "img_x": 0,
                                 "alert_scripts": 0}, name
        assert seen.plotted == seen.graph_divs, name


@pytest.mark.xdist_group("reports-hostile")
def test_injected_markup_shows_as_text(hostile_visits):
    reports = dict(hostile_visits)
    index = reports.pop("index.html")
    assert report_builds.SCRIPT_MARKUP in index.text  # the source's name
    assert report_builds.HOSTILE_REJECTED_NAME in index.text  # the rejected file's name
    if reports:
        assert any(report_builds.SCRIPT_MARKUP in seen.text for seen in reports.values())
