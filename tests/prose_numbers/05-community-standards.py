"""Numbers about the course data in 05-community-standards' text, computed from the data.

Each fragment below must appear word for word in source/05-community-standards (tests/test_prose_numbers.py).
The rules the text talks about (`triage_v1` and the sample solution's `triage`) are run as the notebook
defines them: their cells are executed from the source notebook, so a changed keyword list or a regenerated
dataset shows which sentence to rewrite. The action table's figures are in 05b-privacy-and-actions.py.
"""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pandas as pd

NOTEBOOK = Path(__file__).resolve().parents[2] / "source" / "05-community-standards" / "05-community-standards.ipynb"
# has_any and triage_v1; count_digits and the word lists; the solution of Exercise 4 (triage)
CELLS = ["05-community-standards-009", "05-community-standards-027", "triage"]


def _solution() -> dict:
    cells = {cell["id"]: "".join(cell["source"]) for cell in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]}
    namespace: dict = {"pd": pd}
    with contextlib.redirect_stdout(io.StringIO()):
        for cell_id in CELLS:
            exec(cells[cell_id], namespace)  # noqa: S102 - our own notebook's solution cells
    return namespace


def _pct(share: float) -> str:
    return f"{100 * share:.1f}%"


def claims(load):
    rules = _solution()
    comments = load("comments")
    label = comments["label"].astype(str)
    mine = comments["text"].map(rules["triage"])
    year = comments["posted_at"].dt.year
    right = mine == label
    v1 = comments["text"].map(rules["triage_v1"])
    abuse_precision = (label[v1 == "abuse"] == "abuse").mean()
    return [
        ("comments in the dataset", f"holds {len(comments):,} invented comments"),
        ("the sample rule, right overall, on the tuning year and the held-out year",
         f"{_pct(right[year == 2025].mean())} of the 2025 comments and {_pct(right[year == 2026].mean())} of the "
         "2026 ones"),
        ("the first rule's precision for abuse (Exercise 3's scenario)",
         f"For abuse the rule is right {_pct(abuse_precision)} of the time"),
        ("the first rule's precision for abuse, in the explanation of option A of auto_hide",
         f"{_pct(abuse_precision)} precision means that "
         + ("more than a third" if abuse_precision < 2 / 3 else "some")),
    ]
