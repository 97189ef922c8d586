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
