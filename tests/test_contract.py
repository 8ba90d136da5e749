"""The stable `extract` contract, checked with the shared checker when ../shared is present."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKER = ROOT.parent / "shared" / "tools" / "check_contract.py"
EXE = Path(sys.executable).with_name("newsevents")


@pytest.mark.slow
@pytest.mark.skipif(not CHECKER.exists(), reason="../shared/tools/check_contract.py not present")
def test_shared_contract_checker_passes() -> None:
    run = subprocess.run([sys.executable, str(CHECKER), str(EXE)], capture_output=True, text=True, timeout=300,
                         cwd=ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
