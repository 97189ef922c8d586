"""Figure builders called by the notebooks (one module per analysis).

Each function takes tables from :class:`analysis.Corpus` and returns a plotly
figure or an HTML string with article text escaped.  Here: the pieces every
figure shares.
"""

from __future__ import annotations

#: One colour per entity label, used by every chart and highlight.
LABEL_COLORS = {
    "PERSON": "#1f77b4",
    "COUNTRY": "#d62728",
    "PLACE": "#2ca02c",
    "ORG": "#9467bd",
    "AGREEMENT": "#ff7f0e",
}


_MATHJAX_SCRIPT = None


def _strip_mathjax(markup: str) -> str:
    global _MATHJAX_SCRIPT
    if _MATHJAX_SCRIPT is None:
        import re

        _MATHJAX_SCRIPT = re.compile(r"<script[^>]*\bsrc=[\"'][^\"']*mathjax[^\"']*[\"'][^>]*>\s*</script>",
                                     re.IGNORECASE)
    return _MATHJAX_SCRIPT.sub("", markup)


def register_offline_renderer() -> None:
    """Register ``offline_notebook``: plotly.js embedded once, no MathJax from a CDN.

    plotly's ``notebook`` renderer (not connected) embeds plotly.js once per
    notebook but also adds a MathJax ``<script src>`` pointing to a CDN to
    every figure (plotly.py#5158, ``../shared/REFERENCE.md`` §5).  This is
    the same renderer with that tag removed.
    """
    import plotly.io as pio
    from plotly.io._base_renderers import NotebookRenderer

    if "offline_notebook" in pio.renderers:
        return

    class OfflineNotebookRenderer(NotebookRenderer):
        def to_mimebundle(self, fig_dict):
            bundle = super().to_mimebundle(fig_dict)
            bundle["text/html"] = _strip_mathjax(bundle["text/html"])
            return bundle

    pio.renderers["offline_notebook"] = OfflineNotebookRenderer(connected=False)


#: Above this many points, a chart of one point per entry or article merges
#: them (per period and row) and says so in its subtitle.  Two thousand
#: markers keep a chart readable and its report light (~0.5 kB of hover text
#: each): a few hundred entries, as in the bundled corpus, are always shown one by one.
MAX_POINTS = 2_000

#: Periods tried in turn when merging points, finest first.
PERIODS = ("month", "quarter", "year", "decade")
_FREQ = {"month": "M", "quarter": "Q", "year": "Y"}


def period_start(dates, period: str):
    """The first day of each date's ``period`` (month, quarter, year or decade); NaT stays NaT.

    >>> import pandas as pd
    >>> dates = pd.Series(pd.to_datetime(["2016-03-14", "2019-11-02"]))
    >>> [str(d.date()) for d in period_start(dates, "quarter")]
    ['2016-01-01', '2019-10-01']
    >>> [str(d.date()) for d in period_start(dates, "decade")]
    ['2010-01-01', '2010-01-01']
    """
    import pandas as pd

    dates = pd.to_datetime(dates)
    if period == "decade":
        years = dates.dt.year
        firsts = {y: pd.Timestamp(int(y) // 10 * 10, 1, 1) for y in years.dropna().unique()}
        return pd.to_datetime(years.map(firsts))
    return dates.dt.to_period(_FREQ[period]).dt.start_time


def period_label(start, period: str) -> str:
    """How a period starting at ``start`` is written: '2016-03', '2016 Q1', '2016', '2010s'.

    >>> import pandas as pd
    >>> [period_label(pd.Timestamp(2016, 1, 1), p) for p in PERIODS]
    ['2016-01', '2016 Q1', '2016', '2010s']
    """
    if start != start:  # NaT
        return "undated"
    if period == "month":
        return f"{start:%Y-%m}"
    if period == "quarter":
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}" if period == "year" else f"{start.year // 10 * 10}s"


def merging_period(dates, *keys, max_points: int = MAX_POINTS):
    """The finest period at which ``dates`` and ``keys`` make at most ``max_points`` groups.

    Returns ``(starts, period)``: each row's period start and the period's
    name; decades when even those make more groups (then there are more
    than ``max_points``, one per key and decade).
    """
    import pandas as pd

    for period in PERIODS:
        starts = period_start(dates, period)
        groups = pd.DataFrame({"start": starts, **{f"key{i}": k for i, k in enumerate(keys)}})
        if len(groups.drop_duplicates()) <= max_points:
            break
    return starts, period


def subtitle(*lines: str | None) -> dict:
    """Layout settings for a subtitle saying how a chart merged its points (none if it did not).

    Each line is escaped; a margin makes room for the lines under the title.

    >>> subtitle("10,000 articles: monthly means")["title_subtitle_text"]
    '10,000 articles: monthly means'
    >>> subtitle(None)
    {}
    """
    import html

    lines = [line for line in lines if line]
    if not lines:
        return {}
    return {"title_subtitle_text": "<br>".join(html.escape(line) for line in lines),
            "margin_t": 80 + 18 * len(lines)}


def count_of(n: int, noun: str) -> str:
    """``count_of(1, "article")`` → '1 article'; ``count_of(10000, "article")`` → '10,000 articles'."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")
