"""Numbers about the course data in teaching text are computed from the data, not trusted.

Each `tests/prose_numbers/NN-name.py` defines `claims(load)`: it receives `course.data.load`, computes
numbers from the datasets, and returns `(what, text)` pairs. `text` is the sentence fragment, with the
computed numbers formatted into it, that must appear word for word in that assignment's source notebook
(markdown, comments or sample answers). A regenerated dataset that changes a number changes `text`, the
fragment is then missing from the notebook, and this test names the sentence to rewrite.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from course.data import load

ROOT = Path(__file__).resolve().parents[1]
CLAIM_FILES = sorted((ROOT / "tests" / "prose_numbers").glob("[0-9][0-9]*-*.py"))
sys.path.insert(0, str(ROOT / "tests" / "prose_numbers"))  # the files share helpers in _common.py


def _claims(path: Path):
    spec = importlib.util.spec_from_file_location(f"prose_{path.stem.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.claims(load)


def _notebook_text(stem: str) -> str:
    nb = json.loads((ROOT / "source" / stem / f"{stem}.ipynb").read_text(encoding="utf-8"))
    text = "\n".join("".join(cell["source"]) for cell in nb["cells"])
    return re.sub(r"\s+", " ", text)  # a fragment may wrap across lines in the notebook


def test_claim_files_exist():
    assert CLAIM_FILES, "no tests/prose_numbers/NN-name.py files"


@pytest.mark.parametrize("path", CLAIM_FILES, ids=lambda p: p.stem)
def test_numbers_in_prose_match_the_data(path):
    text = _notebook_text(path.stem)
    claims = _claims(path)
    assert claims, f"{path.name} claims nothing"
    missing = [(what, fragment) for what, fragment in claims if re.sub(r"\s+", " ", fragment) not in text]
    assert not missing, "\n".join(
        f"{path.stem}: {what}: the data gives {fragment!r}, which the notebook does not say" for what, fragment in missing
    )
