"""Shared fixtures: paths to ../shared (skipped cleanly when absent), the CLI, generated plans."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KEHOACH_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold"
SCORER = SHARED / "eval" / "score.py"
ARTIFACTS = ROOT / "tests" / "artifacts"


def kehoach_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "kehoach"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "pipeline.cli"]


def run_cli(*args, check: bool = False, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*kehoach_cmd(), *map(str, args)], capture_output=True, text=True, check=check, **kw)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SEEDS.is_dir() or not GOLD.is_dir():
        pytest.skip(f"the real plans are not here ({SEEDS}); CI has ../shared")
    return SHARED


@pytest.fixture(scope="session")
def seed_texts(shared) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def score(gold: Path, docs: Path) -> dict:
    """Run the project's scorer (../shared/eval/score.py) and return its metrics."""
    if not SCORER.exists():
        pytest.skip("the scorer ../shared/eval/score.py is not here")
    cmd = " ".join(kehoach_cmd()) + " extract {file} --json"
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--docs", str(docs), "--cmd", cmd, "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)
