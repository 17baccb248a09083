"""Write source notebooks from Python, with nbgrader metadata filled in correctly.

Authors (and their scripts) describe a notebook as a list of cells; `write` gives every cell a stable
id and the right nbgrader metadata, so `course check` has nothing to complain about by construction.

    from course.trainer.authoring import md, code, answer, test, manual, write
    write("source/00-getting-started/00-getting-started.ipynb", [
        md("# Getting started"),
        code("import course\\ncourse.setup()"),
        answer("count_rows", "### BEGIN SOLUTION\\nn_rows = len(posts)\\n### END SOLUTION"),
        test("count_rows_check", "expect_number(n_rows, name='n_rows', integer=True)", points=1),
        manual("why_low_engagement", "YOUR ANSWER", points=2, rubric="..."),
    ])

Conventions the quality gates rely on:
- an exercise's answer cell has grade id `X`; its test cells have grade ids starting `X_`;
- hidden tests sit between `### BEGIN HIDDEN TESTS` and `### END HIDDEN TESTS` in a test cell.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

SCHEMA_VERSION = 3


def md(text: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_markdown_cell(_dedent(text))


def code(source: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_code_cell(_dedent(source))


def _nbgrader(cell, grade_id, *, solution=False, grade=False, locked=False, points=None, task=False):
    meta = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": locked,
        "schema_version": SCHEMA_VERSION,
        "solution": solution,
        "task": task,
    }
    if points is not None:
        meta["points"] = points
    cell.metadata["nbgrader"] = meta
    return cell


def answer(grade_id: str, source: str) -> nbformat.NotebookNode:
    """A code cell the participant fills in (solution between BEGIN/END SOLUTION)."""
    return _nbgrader(code(source), grade_id, solution=True)


def test(grade_id: str, source: str, points: float) -> nbformat.NotebookNode:
    """An autograded, locked test cell (visible part first; hidden part between the markers)."""
    return _nbgrader(code(source), grade_id, grade=True, locked=True, points=points)


def manual(grade_id: str, solution_text: str, points: float) -> nbformat.NotebookNode:
    """A free-text answer graded by hand; the text between the markers is the model answer."""
    return _nbgrader(md(solution_text), grade_id, solution=True, grade=True, points=points)


def readonly(grade_id: str, text: str) -> nbformat.NotebookNode:
    """A locked markdown cell (e.g. the rubric a trainer sees in Formgrader)."""
    return _nbgrader(md(text), grade_id, locked=True)


def write(path: str | Path, cells: list[nbformat.NotebookNode]) -> Path:
    """Write the notebook with stable cell ids, no outputs, and the course's kernel metadata."""
    path = Path(path)
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")[:40]
    used: set[str] = set()
    for index, cell in enumerate(cells):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        cell_id = grade_id if grade_id and grade_id not in used else f"{stem}-{index:03d}"
        used.add(cell_id)
        cell["id"] = cell_id
    nb.cells = cells
    nbformat.validate(nb)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n")
