"""Shared fixtures: the bundled sample corpus, its gold annotations, file builders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PROJ_ROOT = Path(__file__).resolve().parents[1]
RAW_DIR = PROJ_ROOT / "data" / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW_DIR


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((FIXTURES / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_corpus():
    """The bundled corpus annotated once per test session (no cache: fresh rows)."""
    from analysis.corpus import annotate_corpus

    return annotate_corpus([RAW_DIR], jobs=1, cache=False)


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Tests never share the user's annotation cache."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    from analysis import config

    monkeypatch.setattr(config, "CACHE_DIR", tmp_path_factory.getbasetemp() / "cache")
