"""Numbers about the course data in 05-community-standards' text, computed from the data.

Each fragment below must appear word for word in source/05-community-standards (tests/test_prose_numbers.py).
The rules the text talks about (`triage_v1`, the sample solution's `triage`, and `decide_action`, given
code since issue #16) are run as the notebook defines them: their cells are executed from the source notebook, so a changed keyword list or
a regenerated dataset shows which sentence to rewrite.
"""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pandas as pd

NOTEBOOK = Path(__file__).resolve().parents[2] / "source" / "05-community-standards" / "05-community-standards.ipynb"
# has_any and triage_v1; count_digits; the solution of Exercise 4 (triage); ACTIONS and decide_action
CELLS = ["05-community-standards-009", "05-community-standards-027", "triage", "decide_action"]
GRIEVANCE_QUEUE = ["escalate", "hide and escalate"]


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
    action = mine.map(rules["decide_action"])
    year = comments["posted_at"].dt.year
    right = mine == label
    grievance = label == "grievance"
    as_personal = grievance & (mine == "personal_data")
    quoting = as_personal & comments["contains_aadhaar"]
    replied = grievance & ~action.isin(GRIEVANCE_QUEUE)
    assert set(mine[replied]) <= {"question", "appreciation"}, set(mine[replied])
    v1 = comments["text"].map(rules["triage_v1"])
    abuse_precision = (label[v1 == "abuse"] == "abuse").mean()
    aadhaar_shaped = comments.loc[comments["contains_aadhaar"], "aadhaar_valid"]
    passing = int(aadhaar_shaped.sum())
    return [
        ("comments in the dataset", f"holds {len(comments):,} invented comments"),
        ("the sample rule, right overall, on the tuning year and the held-out year",
         f"{_pct(right[year == 2025].mean())} of the 2025 comments and {_pct(right[year == 2026].mean())} of the "
         "2026 ones"),
        ("grievances the sample rule calls personal_data, and why",
         f"the rule labels {as_personal.sum()} grievances personal_data, "
         + ("all of them" if quoting.sum() == as_personal.sum() else f"{quoting.sum()} of them")
         + " because they quote a 12-digit application number"),
        ("comments labelled personal_data", f"and so would all {(label == 'personal_data').sum()} comments in which"),
        ("grievances the sample rule sends to the reply queue, the only ones outside the grievance queue",
         f"the {replied.sum()} grievances the rule took for questions or thanks are the only ones outside the queue"),
        ("the first rule's precision for abuse (Exercise 3's scenario)",
         f"For abuse the rule is right {_pct(abuse_precision)} of the time"),
        ("the first rule's precision for abuse, in the explanation of option A of auto_hide",
         f"{_pct(abuse_precision)} precision means that "
         + ("more than a third" if abuse_precision < 2 / 3 else "some")),
        ("Aadhaar-shaped numbers that pass the Verhoeff check",
         "None of them: the course's numbers" if passing == 0 else f"{passing} of them."),
    ]
