"""JupyterLab smoke test: notebook 01 runs on a real server's kernel and its plotly chart arrives.

Starts ``jupyter lab`` from the project's environment (as ``make lab`` does)
on a free localhost port with a token and a throw-away runtime folder, then,
through the server's REST API and the kernel websocket (the Jupyter messaging
protocol in JSON), opens ``notebooks/01_*.ipynb``, starts a session on a
``python3`` kernel, runs every code cell in order and checks that a
``application/vnd.plotly.v1+json`` output (what Lab's plotly renderer draws)
comes back.  The server is shut down at the end.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from analysis import config

PLOTLY_MIME = "application/vnd.plotly.v1+json"
CELL_TIMEOUT = 180
START_TIMEOUT = 90

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("jupyter")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JupyterServer:
    """A ``jupyter lab`` process and the few REST calls the test needs."""

    def __init__(self, root: Path, scratch: Path):
        self.port, self.token = _free_port(), secrets.token_hex(24)
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ,
                   JUPYTER_RUNTIME_DIR=str(scratch / "runtime"),
                   JUPYTER_CONFIG_DIR=str(scratch / "config"),
                   IPYTHONDIR=str(scratch / "ipython"),
                   ANALYSIS_CACHE_DIR=str(scratch / "cache"))
        self.log = open(scratch / "jupyter.log", "w+b")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1",
             f"--port={self.port}", "--ServerApp.port_retries=0",
             f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={root}",
             "--LabApp.extension_manager=readonly",
             "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
             # CI containers run as root, which Jupyter refuses without this flag
             *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])],
            env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=root)

    def request(self, method: str, path: str, body: dict | None = None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method, headers={
            "Authorization": f"token {self.token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as response:
            raw = response.read()
            kind = response.headers.get("Content-Type", "")
            return json.loads(raw) if raw and "json" in kind else raw.decode("utf-8", "replace")

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"jupyter lab exited ({self.process.returncode}):\n{self.output()}")
            try:
                self.request("GET", "/api/status")
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.3)
        raise TimeoutError(f"jupyter lab did not answer in {START_TIMEOUT} s:\n{self.output()}")

    def output(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-4000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                self.request("POST", "/api/shutdown")
                self.process.wait(timeout=20)
            except Exception:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    jupyter = JupyterServer(config.PROJ_ROOT, tmp_path_factory.mktemp("jupyter"))
    try:
        jupyter.wait_ready()
        yield jupyter
    finally:
        jupyter.stop()


def run_cells(server: JupyterServer, kernel_id: str, sources: list[str]) -> list[dict]:
    """Execute ``sources`` in order on the kernel; one record per cell (status, outputs, error)."""
    import websocket  # websocket-client, a jupyter_server dependency

    session = uuid.uuid4().hex
    ws = websocket.create_connection(
        f"ws://127.0.0.1:{server.port}/api/kernels/{kernel_id}/channels?session_id={session}",
        header=[f"Authorization: token {server.token}"], timeout=CELL_TIMEOUT)
    records = []
    try:
        for source in sources:
            msg_id = uuid.uuid4().hex
            ws.send(json.dumps({
                "header": {"msg_id": msg_id, "session": session, "username": "test",
                           "msg_type": "execute_request", "version": "5.3",
                           "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
                "parent_header": {}, "metadata": {}, "buffers": [], "channel": "shell",
                "content": {"code": source, "silent": False, "store_history": True,
                            "user_expressions": {}, "allow_stdin": False,
                            "stop_on_error": True}}))
            record = {"source": source, "status": None, "mimetypes": set(), "error": None}
            idle = False
            while record["status"] is None or not idle:
                message = json.loads(ws.recv())
                if message.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind, content = message["msg_type"], message["content"]
                if kind == "execute_reply":
                    record["status"] = content["status"]
                elif kind in ("display_data", "execute_result"):
                    record["mimetypes"].update(content.get("data", {}))
                elif kind == "error":
                    record["error"] = f"{content['ename']}: {content['evalue']}"
                elif kind == "status" and content["execution_state"] == "idle":
                    idle = True
            records.append(record)
            if record["status"] != "ok":
                break
    finally:
        ws.close()
    return records


def test_notebook_01_runs_in_jupyterlab_and_sends_plotly_output(server):
    notebooks = sorted(config.NOTEBOOKS_DIR.glob("01_*.ipynb"))
    if not notebooks:
        pytest.skip("notebooks/01_*.ipynb is not written yet")
    rel = notebooks[0].relative_to(config.PROJ_ROOT).as_posix()

    assert "<html" in server.request("GET", "/lab").lower()  # the Lab page itself is served
    model = server.request("GET", f"/api/contents/{rel}?content=1")
    assert model["type"] == "notebook"
    sources = [c["source"] if isinstance(c["source"], str) else "".join(c["source"])
               for c in model["content"]["cells"] if c["cell_type"] == "code"]

    session = server.request("POST", "/api/sessions", {
        "path": rel, "name": notebooks[0].name, "type": "notebook",
        "kernel": {"name": "python3"}})
    try:
        records = run_cells(server, session["kernel"]["id"], sources)
    finally:
        server.request("DELETE", f"/api/sessions/{session['id']}")

    failed = [r for r in records if r["status"] != "ok"]
    assert not failed, f"cell failed in JupyterLab: {failed[0]['error']}\n{failed[0]['source']}"
    assert len(records) == len(sources)
    assert any(PLOTLY_MIME in r["mimetypes"] for r in records), "no plotly output reached Lab"
    # the same output also carries the embedded HTML the report export uses
    assert any({PLOTLY_MIME, "text/html"} <= r["mimetypes"] for r in records)
