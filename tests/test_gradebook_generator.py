"""benchmarks/gradebook.py's generator: a small gradebook on sqlite holds the mix a state-wide cohort has
(missing, late, pending hand grades) and `course report` reads it."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    spec = importlib.util.spec_from_file_location("bench_gradebook", ROOT / "benchmarks" / "gradebook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_small_generated_gradebook_has_the_mix_and_the_report_reads_it(tmp_path, monkeypatch):
    from course.trainer import report
    from course.trainer.grading import scores

    bench = _bench()
    course = tmp_path / "course"
    db_url = f"sqlite:///{course / 'gradebook.db'}"
    monkeypatch.setattr(bench, "make_course", lambda where: _two_assignments(where))
    assignments, usernames, mix = bench.generate(course, 20, db_url)
    assert len(assignments) == 2 and len(usernames) == 20
    assert mix["missing"] > 0 and mix["late"] > 0 and mix["pending_hand_grades"] > 0 and mix["submissions"] > 0

    rows = scores(assignments, course, db_url)
    assert {r["participant"] for r in rows} <= set(usernames) and rows
    assert any(r.get(f"{a.name}/needs_hand_grading") == "yes" for r in rows for a in assignments)
    assert any(float(r.get(f"{a.name}/late_penalty") or 0) > 0 for r in rows for a in assignments)
    assert all(r["district"] and r["name_en"] for r in rows)  # the roster's names reached the rows

    out = report.build_report(assignments, course, db_url)
    page = out.read_text(encoding="utf-8")
    assert "20" in page and all(a.name in page for a in assignments)


def _two_assignments(where: Path) -> list:
    import shutil

    from course.trainer import build as builder

    where.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "nbgrader_config.py", where)
    # Two assignments that have hand-graded answers, so pending hand grades can occur.
    chosen = [a for a in builder.modules(ROOT) if _has_hand_graded(a)][:2]
    for a in chosen:
        for part in ("source", "release"):
            shutil.copytree(ROOT / part / a.name, where / part / a.name)
    return [builder.Assignment(a.name, where) for a in chosen]


def _has_hand_graded(assignment) -> bool:
    import nbformat

    for notebook in assignment.notebooks:
        for cell in nbformat.read(str(assignment.release(notebook)), as_version=4).cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade") and meta.get("solution"):
                return True
    return False


def test_invented_names_are_latin_and_devanagari():
    bench = _bench()
    en, hi = bench.invented_name(random.Random(1))
    assert en.isascii() and any("\u0900" <= ch <= "\u097f" for ch in hi)


def test_the_report_groups_at_risk_and_participants_by_district(tmp_path, monkeypatch):
    from course.trainer import report
    from course.trainer import roster as roster_module

    bench = _bench()
    course = tmp_path / "course"
    db_url = f"sqlite:///{course / 'gradebook.db'}"
    monkeypatch.setattr(bench, "make_course", lambda where: _two_assignments(where))
    assignments, usernames, _ = bench.generate(course, 20, db_url)
    page = report.build_report(assignments, course, db_url).read_text(encoding="utf-8")
    districts = {p.district for p in roster_module.load(course).values()}
    assert len(districts) > 1
    first = sorted(districts)[0]
    assert f"<details><summary><b>{first}</b>: " in page  # at-risk list and participants table, per district
    assert page.count("<details>") >= len(districts) + 1


def test_by_district_keeps_the_order_within_a_district_and_puts_the_unknown_last():
    from course.trainer import report
    from course.trainer.roster import Person

    people = {"a": Person("a", "A", district="Patna"), "b": Person("b", "B", district="Gaya"),
              "c": Person("c", "C", district="Patna")}
    groups = report.by_district(["c", "x", "a", "b"], lambda name: name, people)
    assert [(g["district"], g["items"]) for g in groups] == [("Gaya", ["b"]), ("Patna", ["c", "a"]),
                                                              (report.NO_DISTRICT, ["x"])]
    assert len(report.by_district(["x", "y"], lambda name: name, {})) == 1  # no roster: one plain list


def test_marked_graded_as_earlier_runs_leave_it(tmp_path, monkeypatch):
    """mark_graded leaves each submission's grading.json with the failing checks (those the generator scored
    0), the first assignment's feedback pages up to date, and grades.csv/report remembered as made."""
    import json

    from course.trainer import report
    from course.trainer.grading import RECORD, fresh, grade_states, scores

    bench = _bench()
    course = tmp_path / "course"
    db_url = f"sqlite:///{course / 'gradebook.db'}"
    monkeypatch.setattr(bench, "make_course", lambda where: _two_assignments(where))
    assignments, usernames, _ = bench.generate(course, 20, db_url)
    marked = bench.mark_graded(course, assignments, db_url)
    rows = scores(assignments, course, db_url)
    first = assignments[0]
    submitters = [r["participant"] for r in rows if f"{first.name}/max" in r]
    assert marked == len(submitters) > 0
    failing = 0
    for username in submitters:
        record = json.loads((course / "autograded" / username / first.name / RECORD).read_text(encoding="utf-8"))
        assert set(record["failures"]) == {p.removesuffix(".ipynb") for p in first.notebooks}
        failing += sum(len(f) for f in record["failures"].values())
    assert failing > 0
    stale, _ = fresh.stale_feedback(first, course, grade_states(db_url))
    assert stale == []
    stats = report.exercise_stats(first, rows, course)
    assert any(s["message"] for s in stats)  # the messages come from grading.json (the notebooks have none)
