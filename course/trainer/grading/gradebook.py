"""Gradebook records and scores: nbgrader's gradebook learns the assignment, each worker's scores are written
into it (the parent process is its only writer), and the scores come out again per participant (CSV export)
together with each submission's grading record."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import nbformat

from course.trainer.build import (
    ROOT,
    Assignment,
    editions_of,
    english_of,
    generate,
    module_of,
    nbgrader_config,
)
from course.trainer.grading.cells import _gid, _is_answer, _meta, exercises_of

if TYPE_CHECKING:
    from course.trainer.grading.autograde import Outcome

RECORD = "grading.json"  # beside each autograded submission: its findings, timing and error
# Who each participant is (course.trainer.roster: the roster kept in the course folder, else the gradebook's names),
# after the score columns of grades.csv, which keep their order.
NAME_COLUMNS = ("name_en", "name_hi", "designation", "district", "office")


def db_url_of(course_root: Path) -> str:
    return nbgrader_config(course_root).CourseDirectory.db_url


def register_assignment(assignment: Assignment, course_root: Path, db_url: str, out: Path) -> Path:
    """Make nbgrader's gradebook(s) know the assignment: GenerateAssignment from source/ into `out`."""
    return generate(Assignment(assignment.name, Path(course_root)), out, db_url)


def known_to_gradebook(assignment: Assignment, db_url: str) -> bool:
    """Does the gradebook already hold this assignment with the release's graded cells? (Then it is not
    regenerated: several graders doing that at once on PostgreSQL would delete each other's cells.)"""
    from nbgrader.api import Gradebook

    wanted = set()
    for notebook in assignment.notebooks:
        release = nbformat.read(str(assignment.release(notebook)), as_version=4)
        wanted |= {(Path(notebook).stem, _gid(c)) for c in release.cells if _meta(c).get("grade")}
    try:
        with Gradebook(db_url) as gb:
            found = gb.find_assignment(assignment.name)
            have = {(nb.name, cell.name) for nb in found.notebooks for cell in nb.grade_cells}
    except Exception:  # noqa: BLE001 - MissingEntry: not there yet
        return False
    return wanted == have


def _copy_duedate(name: str, from_url: str, to_url: str) -> None:
    from nbgrader.api import Gradebook

    with Gradebook(from_url) as real:
        duedate = real.find_assignment(name).duedate
    if duedate is not None:
        with Gradebook(to_url) as gb:
            gb.find_assignment(name).duedate = duedate
            gb.db.commit()


def record(db_url: str, outcome: Outcome, attempts: int = 5) -> None:
    """Write one worker's scores into the trainer's gradebook (one transaction, retried on conflicts)."""
    import warnings

    from nbgrader.api import Gradebook
    from sqlalchemy.exc import IntegrityError, OperationalError, SAWarning

    warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader's own autoflush notices
    for attempt in range(attempts):
        try:
            with Gradebook(db_url) as gb:
                try:
                    gb.find_student(outcome.student)
                except Exception:  # noqa: BLE001 - MissingEntry
                    gb.add_student(outcome.student)
                kwargs = {"timestamp": outcome.timestamp} if outcome.timestamp else {}
                gb.update_or_create_submission(outcome.assignment, outcome.student, **kwargs)
                for stem, data in outcome.notebooks.items():
                    sub = gb.find_submission_notebook(stem, outcome.assignment, outcome.student)
                    sub.late_submission_penalty = data["late_penalty"]
                    for grade in sub.grades:
                        if grade.name not in data["grades"]:
                            continue
                        auto, _, needs_manual = data["grades"][grade.name]
                        grade.auto_score = auto
                        grade.needs_manual_grade = bool(needs_manual) or grade.manual_score is not None
                    for comment in sub.comments:
                        if comment.name in data["comments"]:
                            comment.auto_comment = data["comments"][comment.name]
                gb.db.commit()
            return
        except (IntegrityError, OperationalError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


def scores(assignments: list[Assignment], course_root: Path = ROOT, db_url: str | None = None) -> list[dict]:
    """One row per participant: exercise scores, per-assignment totals with late penalty, grand total.

    One result per module whichever edition was submitted (issue #21): an edition's scores go under its
    English assignment's name (`00-getting-started/...`), with `00-getting-started/edition` saying which
    ("en", "hi") for a module that has editions; a participant who submitted both editions is counted once, by the later submission."""
    from nbgrader.api import Gradebook

    db_url = db_url or db_url_of(course_root)
    rows: dict[str, dict] = {}
    wanted = list(assignments)
    for assignment in assignments:
        wanted += [e for e in editions_of(assignment) if e.name not in {a.name for a in wanted}]
    latest: dict[tuple[str, str], str] = {}  # (participant, module) -> the timestamp its columns come from
    with_editions = {module_of(a.name) for a in wanted if english_of(a.name)}  # only these get an edition column
    with Gradebook(db_url) as gb:
        everything = _submissions(gb)
        for assignment in wanted:
            module = module_of(assignment.name)
            edition = (english_of(assignment.name) or (module, "en"))[1]
            try:
                gb.find_assignment(assignment.name)
            except Exception:  # noqa: BLE001 - never graded
                continue
            layout = {}  # per notebook: its exercises (answer -> test cells) and hand-graded answers, in order
            for notebook in assignment.notebooks:
                release = nbformat.read(str(assignment.release(notebook)), as_version=4)
                by_hand = [_gid(c) for c in release.cells if _is_answer(c) and _meta(c).get("grade")]
                layout[Path(notebook).stem] = (exercises_of(release), by_hand)
            # Three queries in all rather than several per participant (a cohort of 1,000 took
            # minutes through nbgrader's lazily loaded objects): benchmarks/gradebook.py.
            submitted, penalties, all_grades = everything.get(assignment.name, ({}, {}, {}))
            for student_id in sorted(submitted):
                timestamp = submitted[student_id]
                row = rows.setdefault(student_id, {"participant": student_id})
                when = str(timestamp or "")
                if (student_id, module) in latest and latest[student_id, module] >= when:
                    continue  # the other edition's submission is the later one
                if (student_id, module) in latest:  # this one is later: drop the other edition's columns
                    for column in [k for k in row if k.startswith(f"{module}/")]:
                        del row[column]
                latest[student_id, module] = when
                total = top = penalty = 0.0
                pending = False
                for stem, (exercises, by_hand) in layout.items():
                    grades = all_grades.get((student_id, stem), {})
                    for answer, tests in exercises.items():
                        got = sum((grades[t].score or 0) for t in tests if t in grades)
                        most = sum(grades[t].max_score for t in tests if t in grades)
                        row[f"{module}/{answer}"] = round(got, 3)
                        total += got
                        top += most
                    for gid in by_hand:  # hand-graded answers
                        if gid in grades:
                            grade = grades[gid]
                            pending = pending or grade.needs_manual_grade
                            row[f"{module}/{gid}"] = "" if grade.score is None or \
                                grade.needs_manual_grade else round(grade.score, 3)
                            total += grade.score or 0
                            top += grade.max_score
                    penalty += penalties.get((student_id, stem)) or 0
                row[f"{module}/late_penalty"] = round(penalty, 3)
                row[f"{module}/total"] = round(max(total - penalty, 0), 3)
                row[f"{module}/max"] = round(top, 3)
                row[f"{module}/needs_hand_grading"] = "yes" if pending else ""
                if module in with_editions:
                    row[f"{module}/edition"] = edition
                row["timestamp"] = str(timestamp or "")
        names = _names(course_root, gb)
    for row in rows.values():
        row["total"] = round(sum(v for k, v in row.items() if k.endswith("/total")), 3)
        row["max"] = round(sum(v for k, v in row.items() if k.endswith("/max")), 3)
        person = names.get(row["participant"])
        for column in NAME_COLUMNS:
            row[column] = getattr(person, column, "") if person else ""
    return sorted(rows.values(), key=lambda r: r["participant"])


class _Grade(NamedTuple):
    score: float | None
    max_score: float
    needs_manual_grade: bool


def _submissions(gb) -> dict[str, tuple[dict, dict, dict]]:
    """Every submission in bulk, per assignment name: ({student: timestamp}, {(student, notebook): late
    penalty}, {(student, notebook): {grade cell name: _Grade}}). One scan of each table: filtering per
    assignment made SQLite scan the grade table once per assignment."""
    from nbgrader.api import Assignment as NbAssignment
    from nbgrader.api import (
        BaseCell,
        Grade,
        GradeCell,
        Notebook,
        SubmittedAssignment,
        SubmittedNotebook,
        TaskCell,
    )
    from sqlalchemy import select

    assignment, sub, sub_nb = NbAssignment.__table__, SubmittedAssignment.__table__, SubmittedNotebook.__table__
    notebook, grade, base = Notebook.__table__, Grade.__table__, BaseCell.__table__
    grade_cell, task_cell = GradeCell.__table__, TaskCell.__table__
    out: dict[str, tuple[dict, dict, dict]] = {}
    db = gb.db
    for name, student, timestamp in db.execute(
            select(assignment.c.name, sub.c.student_id, sub.c.timestamp)
            .select_from(sub).join(assignment, sub.c.assignment_id == assignment.c.id)).all():
        out.setdefault(name, ({}, {}, {}))[0][student] = timestamp
    for name, student, stem, late in db.execute(
            select(assignment.c.name, sub.c.student_id, notebook.c.name, sub_nb.c.late_submission_penalty)
            .select_from(sub_nb)
            .join(sub, sub_nb.c.assignment_id == sub.c.id)
            .join(assignment, sub.c.assignment_id == assignment.c.id)
            .join(notebook, sub_nb.c.notebook_id == notebook.c.id)).all():
        out.setdefault(name, ({}, {}, {}))[1][(student, stem)] = late
    # Plain columns (nbgrader's Grade.score and Grade.max_score are correlated subqueries per row), combined
    # here exactly as nbgrader does: the manual score if any, else the autograded one, plus extra credit;
    # the grade cell's (or task cell's) points. The grade table (about 200,000 rows for 1,000 participants x 22
    # assignments) is read without joins, through the driver's own cursor, and its ids looked up in the small
    # tables: SQLAlchemy's rows and the joins' strings took most of the export's time.
    where = _submitted_notebooks(db)
    cells = {cell_id: (name, most if most is not None else task_most) for cell_id, name, most, task_most in db.execute(
        select(base.c.id, base.c.name, grade_cell.c.max_score, task_cell.c.max_score)
        .select_from(base)
        .outerjoin(grade_cell, base.c.id == grade_cell.c.id)
        .outerjoin(task_cell, base.c.id == task_cell.c.id)).all()}
    query = select(grade.c.notebook_id, grade.c.cell_id, grade.c.auto_score, grade.c.manual_score,
                   grade.c.extra_credit, grade.c.needs_manual_grade)
    for notebook_id, cell_id, auto, manual, extra, needs in _raw(db, query):
        if notebook_id not in where or cell_id not in cells:
            continue  # (as the joins left out a grade without its notebook or cell)
        name, student, stem = where[notebook_id]
        cell, most = cells[cell_id]
        score = manual if manual is not None else auto
        score = 0.0 if score is None else score + (extra or 0.0)
        out.setdefault(name, ({}, {}, {}))[2].setdefault((student, stem), {})[cell] = _Grade(score, most or 0.0,
                                                                                            bool(needs))
    return out


def _submitted_notebooks(db) -> dict[str, tuple[str, str, str]]:
    """Every submitted notebook's id -> (assignment name, participant, notebook name)."""
    from nbgrader.api import Assignment as NbAssignment
    from nbgrader.api import Notebook, SubmittedAssignment, SubmittedNotebook
    from sqlalchemy import select

    assignment, sub, sub_nb = NbAssignment.__table__, SubmittedAssignment.__table__, SubmittedNotebook.__table__
    notebook = Notebook.__table__
    return {nb_id: (name, student, stem) for nb_id, name, student, stem in db.execute(
        select(sub_nb.c.id, assignment.c.name, sub.c.student_id, notebook.c.name)
        .select_from(sub_nb)
        .join(sub, sub_nb.c.assignment_id == sub.c.id)
        .join(assignment, sub.c.assignment_id == assignment.c.id)
        .join(notebook, sub_nb.c.notebook_id == notebook.c.id)).all()}


def _raw(db, query) -> list[tuple]:
    """The rows of a select without parameters, as plain tuples from the database driver's cursor (SQLAlchemy's
    result rows cost a few microseconds each: seconds for the grade table of a state-wide cohort). Only for
    columns the driver returns as Python wants them (text, numbers, booleans; not SQLite's datetimes)."""
    connection = db.connection()
    sql = str(query.compile(dialect=connection.dialect))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def _names(course_root: Path, gb) -> dict:
    from course.trainer import roster

    return roster.people(course_root, gradebook=gb, strict=False)  # a broken roster never stops the scores


def export_csv(rows: list[dict], path: Path) -> Path:
    import csv

    # (a dict keeps the order the columns are first met in: a list's `in` took a second for 1,000 rows of 300)
    found: dict[str, None] = {"participant": None}
    last = {"total", "max", "timestamp", *NAME_COLUMNS}
    for row in rows:
        for key in row:
            if key not in found and key not in last:
                found[key] = None
    columns = [*found, "total", "max", *NAME_COLUMNS]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def records(course_root: Path, assignment: str) -> dict[str, dict]:
    """The grading records (findings, timing) of every graded participant of an assignment."""
    out = {}
    graded = course_root / "autograded"
    if not graded.is_dir():
        return out
    for student in sorted(p for p in graded.iterdir() if p.is_dir()):
        path = student / assignment / RECORD
        if path.exists():
            out[student.name] = json.loads(path.read_text(encoding="utf-8"))
    return out


def grade_states(db_url: str) -> dict[tuple[str, str], str]:
    """(assignment, participant) -> a digest of everything the gradebook holds about that submission and a
    feedback page or grades.csv shows: every grade (autograded, manual, extra credit, still to grade by hand),
    every comment (autograded, manual), each notebook's late penalty. A hand grade or comment given in
    Formgrader changes it; nothing else does. One scan of each table, without joins (benchmarks/gradebook.py:
    1,000 participants x 22 assignments)."""
    import hashlib

    from nbgrader.api import Comment, Grade, Gradebook, SubmittedNotebook
    from sqlalchemy import select

    grade, comment, sub_nb = Grade.__table__, Comment.__table__, SubmittedNotebook.__table__
    rows: dict[str, list] = {}
    with Gradebook(db_url) as gb:
        db = gb.db
        where = _submitted_notebooks(db)
        queries = [
            select(grade.c.notebook_id, grade.c.cell_id, grade.c.auto_score, grade.c.manual_score,
                   grade.c.extra_credit, grade.c.needs_manual_grade),
            select(comment.c.notebook_id, comment.c.cell_id, comment.c.auto_comment, comment.c.manual_comment),
            select(sub_nb.c.id, sub_nb.c.late_submission_penalty),
        ]
        for kind, query in enumerate(queries):
            for notebook_id, *rest in _raw(db, query):
                rows.setdefault(notebook_id, []).append((kind, *rest))
    out: dict[tuple[str, str], list] = {}
    for notebook_id, values in rows.items():
        if notebook_id in where:
            name, student, stem = where[notebook_id]
            out.setdefault((name, student), []).append((stem, sorted(values, key=repr)))
    return {key: hashlib.sha256(repr(sorted(values)).encode()).hexdigest() for key, values in out.items()}
