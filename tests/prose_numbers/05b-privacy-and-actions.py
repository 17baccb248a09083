"""Numbers about the course data in 05b-privacy-and-actions' text, computed from the data.

Each fragment below must appear word for word in source/05b-privacy-and-actions (tests/test_prose_numbers.py).
The rules the text talks about are run as the notebooks define them: the sample solution of part one's
Exercise 4 (`triage`, with `has_any` and the word lists) from source/05-community-standards, and the action
table (`decide_action`, given code) from this part, so a changed keyword list, a changed table or a
regenerated dataset shows which sentence to rewrite.
"""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pandas as pd

SOURCE = Path(__file__).resolve().parents[2] / "source"
NOTEBOOKS = [
    ("05-community-standards", ["05-community-standards-009", "05-community-standards-027", "triage"]),
    ("05b-privacy-and-actions", ["decide_action"]),
]
GRIEVANCE_QUEUE = ["escalate", "hide and escalate"]


def _solution() -> dict:
    namespace: dict = {"pd": pd}
    for stem, cell_ids in NOTEBOOKS:
        nb = json.loads((SOURCE / stem / f"{stem}.ipynb").read_text(encoding="utf-8"))
        cells = {cell["id"]: "".join(cell["source"]) for cell in nb["cells"]}
        with contextlib.redirect_stdout(io.StringIO()):
            for cell_id in cell_ids:
                exec(cells[cell_id], namespace)  # noqa: S102 - our own notebooks' solution cells
    return namespace


def claims(load):
    rules = _solution()
    comments = load("comments")
    label = comments["label"].astype(str)
    mine = comments["text"].map(rules["triage"])
    action = mine.map(rules["decide_action"])
    grievance = label == "grievance"
    as_personal = grievance & (mine == "personal_data")
    quoting = as_personal & comments["contains_aadhaar"]
    replied = grievance & ~action.isin(GRIEVANCE_QUEUE)
    assert set(mine[replied]) <= {"question", "appreciation"}, set(mine[replied])
    assert not action[grievance].isin(["hide", "delete"]).any(), "the text says the sample rule hides no grievance"
    aadhaar_shaped = comments.loc[comments["contains_aadhaar"], "aadhaar_valid"]
    passing = int(aadhaar_shaped.sum())
    return [
        ("grievances the sample rule calls personal_data, and why",
         f"the rule labels {as_personal.sum()} grievances personal_data, "
         + ("all of them" if quoting.sum() == as_personal.sum() else f"{quoting.sum()} of them")
         + " because they quote a 12-digit application number"),
        ("comments labelled personal_data", f"and so would all {(label == 'personal_data').sum()} comments in which"),
        ("grievances the sample rule sends to the reply queue, the only ones outside the grievance queue",
         f"the {replied.sum()} grievances the rule took for questions or thanks are the only ones outside the queue"),
        ("Aadhaar-shaped numbers that pass the Verhoeff check",
         "None of them: the course's numbers" if passing == 0 else f"{passing} of them."),
    ]
