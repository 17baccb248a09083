"""Gate 6: ruff over the helper package, the tests, the tools and every notebook's code."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_passes():
    targets = [p for p in ("course", "tests", "datagen", "source", "benchmarks", "deploy") if (ROOT / p).exists()]
    result = subprocess.run([sys.executable, "-m", "ruff", "check", *targets], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
