"""Interrupted and concurrent runs (issue 8): a killed run leaves readable tables, two runs never mix.

``python -m analysis annotate`` runs in a subprocess on a few hundred
generated articles (sentences of the sample corpus, shuffled), over an output
folder that already holds the tables of a previous run.  It is stopped with
SIGINT and with SIGKILL at fixed moments (0.2 s, 0.5 s, 1 s after the start,
and while a table's temporary file exists, found by polling the folder).
Afterwards every table in the folder must be complete — ``pd.read_parquet``
reads it, with the contract's columns and the row count of either the
previous or the new run — and no temporary file may pass for a table.

To stop a run *while it writes* without depending on the machine's speed,
that run's ``DataFrame.to_parquet`` sleeps after writing each temporary file
(before the rename): the folder is then polled for the third temporary file.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import schema

# One worker runs them all (make test: pytest -n 2 --dist loadgroup): the
# generated corpus is built once, and the timed kills are not run side by side.
pytestmark = pytest.mark.xdist_group("interrupted")

PROJ_ROOT = Path(__file__).resolve().parents[1]
RAW_DIR = PROJ_ROOT / "data" / "raw"
N_ARTICLES = 200

# The CLI, with table writes slowed down when SLOW_TABLE_WRITE is set (seconds).
RUNNER = """
import os, sys, time
delay = float(os.environ.get("SLOW_TABLE_WRITE") or 0)
if delay:
    import pandas as pd
    _to_parquet = pd.DataFrame.to_parquet
    def to_parquet(self, path, *args, **kwargs):
        result = _to_parquet(self, path, *args, **kwargs)
        time.sleep(delay)  # the temporary file is complete and not yet renamed
        return result
    pd.DataFrame.to_parquet = to_parquet
from analysis.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _sentences() -> list[str]:
    sentences = []
    for path in sorted(RAW_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            sentences += [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if len(s.split()) > 3]
    return sentences


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """Generated articles, the previous run's tables, and the row counts of both runs."""
    from analysis.corpus import annotate_corpus

    root = tmp_path_factory.mktemp("interrupted")
    inputs = root / "articles"
    inputs.mkdir()
    sentences, rnd = _sentences(), random.Random(8)
    for i in range(N_ARTICLES):
        date = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        body = "\n\n".join(" ".join(rnd.sample(sentences, 3)) for _ in range(4))
        (inputs / f"{date}_article-{i:03d}.txt").write_text(
            f"date {date} Par Agence {i % 7}\n\n{body}\n", encoding="utf-8")
    previous = root / "previous"
    annotate_corpus([RAW_DIR], cache=False).write(previous)
    new = annotate_corpus([inputs], cache=False)
    counts = {name: (len(pd.read_parquet(previous / f"{name}.parquet")), len(getattr(new, name)))
              for name in schema.TABLES}
    assert len(new.documents) == N_ARTICLES and not (previous / "documents.parquet").stat().st_size == 0
    return inputs, previous, counts


def _start(inputs: Path, out: Path, *, slow_write: float = 0.0, jobs: int = 1) -> subprocess.Popen:
    env = dict(os.environ, SLOW_TABLE_WRITE=str(slow_write) if slow_write else "")
    command = [sys.executable, "-c", RUNNER] if slow_write else [sys.executable, "-m", "analysis"]
    return subprocess.Popen(command + ["annotate", str(inputs), "--out", str(out), "--jobs", str(jobs),
                                       "--no-cache"],
                            cwd=PROJ_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def _finish(proc: subprocess.Popen, timeout: float = 60) -> tuple[int, str, str]:
    """Wait for ``proc``; then end anything left in its session (pool workers)."""
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return proc.returncode, out, err


def _temp_files(folder: Path) -> list[str]:
    return sorted(n for n in os.listdir(folder) if n.endswith(".tmp"))


def _wait_for(condition, proc: subprocess.Popen, timeout: float = 30) -> bool:
    """Poll every 2 ms until ``condition()``; False if the run ended first."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.002)
    raise AssertionError("the run neither reached the moment nor ended")


def assert_tables_complete(out: Path, counts: dict[str, tuple[int, int]]) -> dict[str, str]:
    """Every table readable, with the contract's columns and the rows of one whole run.

    Returns which run each table comes from: ``"previous"``, ``"new"`` or
    ``"either"`` (both runs gave it as many rows).
    """
    rows = {}
    for name, columns in schema.TABLES.items():
        table = pd.read_parquet(out / f"{name}.parquet")
        assert list(table.columns) == list(columns), name
        before, after = counts[name]
        assert len(table) in (before, after), (name, len(table), counts[name])
        rows[name] = "either" if before == after else ("new" if len(table) == after else "previous")
    visible = {n for n in os.listdir(out) if not n.startswith(".")}
    assert visible == {f"{name}.parquet" for name in schema.TABLES}, visible
    return rows


MOMENTS = [("SIGINT", 0.2), ("SIGINT", 0.5), ("SIGINT", 1.0), ("SIGINT", "writing"),
           ("SIGKILL", 0.2), ("SIGKILL", 0.5), ("SIGKILL", 1.0), ("SIGKILL", "writing")]


@pytest.mark.parametrize("signame, moment", MOMENTS, ids=[f"{s}-{m}" for s, m in MOMENTS])
def test_killed_run_leaves_complete_tables(workspace, tmp_path, signame, moment):
    inputs, previous, counts = workspace
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    writing = moment == "writing"
    proc = _start(inputs, out, slow_write=0.25 if writing else 0.0)
    if writing:  # the third table's temporary file: two tables new, the rest old
        seen: set[str] = set()

        def third_table_being_written():
            seen.update(_temp_files(out))
            return len(seen) >= 3
        reached = _wait_for(third_table_being_written, proc)
        assert reached, "the run ended before writing its tables"
    else:
        time.sleep(moment)
    proc.send_signal(getattr(signal, signame))
    code, stdout, stderr = _finish(proc)

    rows = assert_tables_complete(out, counts)
    if signame == "SIGKILL":
        assert code in (-signal.SIGKILL, 0), (code, stderr[-2000:])
    else:  # Ctrl-C: a clear message (or Python's own exit before the CLI started)
        assert code in (130, -signal.SIGINT, 0), (code, stderr[-2000:])
        if code == 130:
            assert "interrupted" in stderr and "Traceback" not in stderr, stderr[-2000:]
    if writing and signame == "SIGKILL":
        assert _temp_files(out)  # the unfinished temporary file stays hidden, never a table
    replaced = [name for name, run in rows.items() if run == "new"]
    print(f"\n{signame} at {moment}: exit {code}; tables of the killed run: {replaced or 'none'}; "
          f"{len(_temp_files(out))} hidden temporary file(s) left")
    if writing and signame == "SIGKILL":  # the folder is usable again: the lock died with the run
        again = _start(inputs, out)
        code, _, again_err = _finish(again)
        assert code == 0, again_err[-2000:]
        assert assert_tables_complete(out, counts)["documents"] == "new" and not _temp_files(out)
    if writing:  # one run's tables, not new documents beside old mentions
        assert len(set(rows.values()) - {"either"}) == 1, (
            f"the folder mixes two runs after {signame} while writing: {rows}. Corpus.write "
            f"should call analysis.io.write_tables (all temporary files, then all renames)")


def test_write_tables_is_all_or_nothing(tmp_path, monkeypatch):
    """A failure (or Ctrl-C) while writing the third table leaves the first two as they were."""
    from analysis.io import write_tables

    old = {name: pd.DataFrame({"n": [1]}) for name in ("documents", "sentences", "mentions")}
    write_tables(old, tmp_path)
    real = pd.DataFrame.to_parquet
    calls = []

    def interrupted(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_tables({name: pd.DataFrame({"n": [2, 2]}) for name in old}, tmp_path)
    monkeypatch.undo()
    assert sorted(os.listdir(tmp_path)) == ["documents.parquet", "mentions.parquet", "sentences.parquet"]
    assert all(len(pd.read_parquet(tmp_path / f"{name}.parquet")) == 1 for name in old)
    assert oct(os.stat(tmp_path / "documents.parquet").st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_two_runs_on_one_folder_never_interleave(workspace, tmp_path):
    inputs, previous, counts = workspace
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    first = _start(inputs, out, slow_write=0.15)
    try:
        assert _wait_for(lambda: bool(_temp_files(out)), first), "the first run ended too early"
        second = subprocess.run([sys.executable, "-m", "analysis", "annotate", str(inputs), "--out",
                                 str(out), "--jobs", "1", "--no-cache"], cwd=PROJ_ROOT,
                                capture_output=True, text=True, timeout=60)
        assert first.poll() is None, "the first run ended while the second ran: no overlap tested"
    finally:
        code, _, first_err = _finish(first)
    assert second.returncode == 2, (second.returncode, second.stderr[-2000:])
    assert "Traceback" not in second.stderr
    assert str(out) in second.stderr and "another run" in second.stderr
    assert f"pid {first.pid}" in second.stderr and str(out / ".lock") in second.stderr, second.stderr
    assert code == 0, first_err[-2000:]
    rows = assert_tables_complete(out, counts)
    assert "previous" not in rows.values() and not _temp_files(out)


def test_sigkill_with_worker_processes_leaves_no_orphans(workspace, tmp_path):
    """Killing a run that annotates with two worker processes: tables intact, workers gone."""
    inputs, previous, counts = workspace
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    proc = _start(inputs, out, jobs=2)
    workers_started = _wait_for(lambda: len(_session_members(proc.pid)) >= 3, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline and _session_members(proc.pid):
        time.sleep(0.05)
    left = _session_members(proc.pid)
    os.killpg(proc.pid, signal.SIGKILL) if left else None  # they hold the pipes: end them first
    _finish(proc)
    assert workers_started, "the run ended before starting its workers"
    assert_tables_complete(out, counts)
    assert not left, f"worker processes still running after their parent was killed: {left}"


def _session_members(sid: int) -> list[int]:
    """Live processes in session ``sid`` (Linux /proc; empty elsewhere)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == sid and fields[0] != "Z":
                members.append(int(entry.name))
    return members


@pytest.mark.parametrize("wrapped", [False, True], ids=["plain", "wrapped-during-import"])
def test_ctrl_c_is_a_clear_message_even_when_python_wraps_it(monkeypatch, capsys, wrapped):
    """Ctrl-C during an import reaches the CLI as ``RuntimeError: Error calling __set_name__``."""
    import analysis.__main__ as cli

    def interrupted(_args):
        if not wrapped:
            raise KeyboardInterrupt
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as cause:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance") from cause

    monkeypatch.setattr(cli, "_annotate_locked", interrupted)
    assert cli._annotate(None) == 130
    assert "interrupted" in capsys.readouterr().err


def test_other_errors_are_not_taken_for_ctrl_c(monkeypatch):
    import analysis.__main__ as cli

    def broken(_args):
        raise RuntimeError("a real bug")

    monkeypatch.setattr(cli, "_annotate_locked", broken)
    with pytest.raises(RuntimeError, match="a real bug"):
        cli._annotate(None)
