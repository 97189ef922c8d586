"""What the ``compare_*.py`` scripts share: a baseline's files, the command line, the folders, diffs.

Each script imports the stage modules of a baseline commit as a separate
package and compares their tables with the working tree's on the same inputs.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_FOLDERS = [ROOT / "data/raw", ROOT / "tests/fixtures/holdout", ROOT / "tests/fixtures/tiny"]


def git_show(baseline: str, path: str) -> str:
    """The text of ``path`` (relative to the repository) at commit ``baseline``."""
    return subprocess.run(["git", "show", f"{baseline}:{path}"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout


def parser(description: str, *, baseline: str) -> argparse.ArgumentParser:
    """The options every comparison takes (``--baseline --bench --no-variants FOLDER...``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--baseline", default=baseline,
                        help=f"git revision of the reference (default {baseline})")
    parser.add_argument("--bench", type=int, default=500, help="synthetic articles to add (0: none)")
    parser.add_argument("--no-variants", action="store_true", help="only each document as it is")
    parser.add_argument("folders", nargs="*", type=Path, default=list(DEFAULT_FOLDERS))
    return parser


def folders_with_bench(folders: list[Path], n_bench: int, tmp: Path) -> list[Path]:
    """``folders`` plus, when ``n_bench`` > 0, a synthetic corpus written under ``tmp``."""
    from analysis.bench import build_synthetic_corpus

    folders = list(folders)
    if n_bench:
        bench = Path(tmp) / "bench"
        build_synthetic_corpus(bench, n_bench)
        folders.append(bench)
    return folders


def first_difference(new, ref) -> str:
    """The first row where two lists of rows differ, for the report."""
    for i, (a, b) in enumerate(zip(new, ref)):
        if repr(a) != repr(b):
            return f"row {i}: {a!r}\n  ref row {i}: {b!r}"
    return f"{len(new)} rows vs {len(ref)} rows: extra {(new[len(ref):] or ref[len(new):])[:3]!r}"


def verdict(problems: list[str]) -> int:
    """Print the first differences and IDENTICAL or the count; the exit code."""
    for line in problems[:20]:
        print(line)
    print("IDENTICAL" if not problems else f"{len(problems)} DIFFERENCES")
    return 0 if not problems else 1
