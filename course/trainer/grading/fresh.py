"""What `course grade` need not make again when nothing changed (issue #20: 1,000 participants).

Feedback: a participant's feedback page for an assignment is made again only when it is missing, or when
what it shows changed since it was made: the autograded notebooks (graded or regraded: their size and
time), or the gradebook's rows for that submission (a hand grade, a manual comment, extra credit given in
Formgrader: `gradebook.grade_states`). What each page was made from is kept in
`autograded/.course-feedback.json`. `generate_feedback` without `students` (and plain `nbgrader
generate_feedback`, Formgrader's button) still makes every page: an explicit full regeneration.

grades.csv and the cohort report: made again when this run graded or gave feedback, when one of them is
missing, or when the gradebook (every submission's rows, the participants' names), the roster or the list
of assignments changed since they were made.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from course.trainer.build import Assignment
from course.trainer.grading.gradebook import grade_states

STATE = ".course-feedback.json"  # in autograded/, beside the grading manifest


def _load(course_root: Path) -> dict:
    try:
        data = json.loads((Path(course_root) / "autograded" / STATE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _save(course_root: Path, data: dict) -> None:
    path = Path(course_root) / "autograded" / STATE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=0, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def _notebooks_state(notebooks: list[Path]) -> list:
    out = []
    for path in notebooks:
        stat = path.stat()
        out.append((path.name, stat.st_size, stat.st_mtime_ns))
    return out


def stale_feedback(assignment: Assignment, course_root: Path, states: dict | None = None,
                   db_url: str | None = None) -> tuple[list[str], dict[str, str]]:
    """(participants whose feedback page for `assignment` must be made, what each graded participant's
    page is made from now: pass it to `remember_feedback` once the pages are made)."""
    from course.trainer.grading.gradebook import db_url_of

    course_root = Path(course_root)
    graded = course_root / "autograded"
    if not graded.is_dir():
        return [], {}
    if states is None:
        states = grade_states(db_url or db_url_of(course_root))
    remembered = _load(course_root).get("feedback", {})
    stale, now = [], {}
    for student_dir in sorted(p for p in graded.iterdir() if p.is_dir()):
        notebooks = sorted((student_dir / assignment.name).glob("*.ipynb"))
        if not notebooks:
            continue
        student = student_dir.name
        made_from = hashlib.sha256(repr((_notebooks_state(notebooks), states.get((assignment.name, student))))
                                   .encode()).hexdigest()
        now[student] = made_from
        pages = course_root / "feedback" / student / assignment.name
        if remembered.get(f"{assignment.name}/{student}") != made_from or \
                not all((pages / f"{nb.stem}.html").is_file() for nb in notebooks):
            stale.append(student)
    return stale, now


def remember_feedback(assignment: Assignment, course_root: Path, made_from: dict[str, str]) -> None:
    """Keep what each participant's page was made from (only those whose pages exist: a failed one is made
    again next time)."""
    course_root = Path(course_root)
    data = _load(course_root)
    feedback = data.setdefault("feedback", {})
    for student, state in made_from.items():
        folder = course_root / "autograded" / student / assignment.name
        pages = course_root / "feedback" / student / assignment.name
        if all((pages / f"{nb.stem}.html").is_file() for nb in folder.glob("*.ipynb")):
            feedback[f"{assignment.name}/{student}"] = state
    _save(course_root, data)


def outputs_state(assignments: list[Assignment], course_root: Path, states: dict, db_url: str | None = None) -> str:
    """What grades.csv and the report are made from, as one digest: every submission's gradebook rows, the
    participants' names in the gradebook, the roster file and the assignments."""
    from nbgrader.api import Gradebook, Student
    from sqlalchemy import select

    from course.trainer import roster
    from course.trainer.grading.gradebook import db_url_of

    course_root = Path(course_root)
    student = Student.__table__
    with Gradebook(db_url or db_url_of(course_root)) as gb:
        names = sorted(gb.db.execute(select(student.c.id, student.c.first_name, student.c.last_name,
                                            student.c.email)).all(), key=repr)
    try:
        listed = (course_root / roster.ROSTER).read_bytes()
    except OSError:
        listed = b""
    digest = hashlib.sha256()
    digest.update(repr(sorted(states.items())).encode())
    digest.update(repr(names).encode())
    digest.update(hashlib.sha256(listed).digest())
    digest.update(repr([a.name for a in assignments]).encode())
    return digest.hexdigest()


def outputs_fresh(course_root: Path, paths: list[Path], state: str) -> bool:
    """Are grades.csv and the report there and made from `state`?"""
    return all(Path(p).is_file() for p in paths) and _load(course_root).get("outputs") == state


def remember_outputs(course_root: Path, state: str) -> None:
    data = _load(course_root)
    data["outputs"] = state
    _save(course_root, data)
