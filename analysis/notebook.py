"""What every notebook calls first, so charts survive in JupyterLab *and* in HTML exports.

``../shared/REFERENCE.md`` §5: plotly's default in an ipykernel is the mimetype
renderer only, which nbconvert drops.  ``plotly_mimetype+notebook`` gives
JupyterLab its mimetype and the export an embedded plotly.js (once per
notebook, never from a CDN), and our own renderer leaves MathJax out.
"""

from __future__ import annotations

import html

__all__ = ["setup", "escape", "show_html"]

_done = False


def setup() -> None:
    """Configure plotly and pandas for the workbook's notebooks (idempotent)."""
    global _done
    if _done:
        return
    import pandas as pd
    import plotly.io as pio

    from .plots import register_offline_renderer

    register_offline_renderer()
    pio.renderers.default = "plotly_mimetype+offline_notebook"
    pio.templates.default = "plotly_white"
    pd.set_option("display.max_colwidth", 120)
    pd.set_option("display.max_rows", 60)
    _done = True


def escape(text) -> str:
    """Article text made safe to put inside HTML (it is data, never markup)."""
    return html.escape("" if text is None else str(text), quote=True)


def show_html(markup: str) -> None:
    """Display a fragment of HTML that the package built (with escaped article text)."""
    from IPython.display import HTML, display

    display(HTML(markup))
