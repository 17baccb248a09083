"""The roster (issue #19): `course roster import FILE` puts names into nbgrader's gradebook and keeps the file
in the course folder; unknown or duplicate usernames are refused with their line and nothing is imported;
grades.csv and the cohort report show the names.

The course folders here are small and made up (two tiny assignments, scores written straight into the
gradebook as grading would): no notebook is executed. `test_certificates.py` uses the same cohort.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import warnings
from pathlib import Path

import pytest

from course.trainer import authoring, cli, roster
from course.trainer.build import Assignment

MODULES = {  # assignment -> (autograded points, hand-graded points)
    "01-tiny": (4, 1),
    "02-small": (5, 0),
}
ROSTER_ROWS = [
    ["username", "name_en", "name_hi", "designation", "district", "office", "email"],
    ["po-gaya-01", "Priyanka Kumari", "प्रियंका कुमारी", "District Public Relations Officer", "Gaya",
     "Gaya Demo Media Cell", "priyanka@example.org"],
    ["po-patna-02", "Mohammad Imran Ansari", "मोहम्मद इमरान अंसारी", "Information Assistant", "Patna",
     "Patna Demo Media Cell", ""],
    ["po-siwan-03", "Rakesh Kumar", "राकेश कुमार", "Assistant Public Relations Officer", "Siwan", "", ""],
    ["po-saran-04", "Kshitij Shrivastava", "क्षितिज श्रीवास्तव", "Social Media Coordinator", "Saran", "", ""],
    ["po-nalanda-05", "Sangeeta Devi", "संगीता देवी", "Information Assistant", "Nalanda", "", ""],
    ["po-buxar-06", "Jyoti Kumari", "ज्योति कुमारी", "Information Assistant", "Buxar", "", ""],
]
ACCOUNTS = [row[0] for row in ROSTER_ROWS[1:]] + ["po-kaimur-07"]
# What each participant did: per assignment (autograded score, hand-graded score or None = still to grade),
# None = not submitted. po-kaimur-07 was graded but is not in the roster.
WORK = {
    "po-gaya-01": {"01-tiny": (4, 1), "02-small": (5, None)},
    "po-patna-02": {"01-tiny": (4, 1), "02-small": (4, None)},
    "po-siwan-03": {"01-tiny": (4, 1), "02-small": None},
    "po-saran-04": {"01-tiny": (1, 0), "02-small": (2, None)},
    "po-nalanda-05": {"01-tiny": (4, None), "02-small": (5, None)},
    "po-kaimur-07": {"01-tiny": (4, 1), "02-small": (5, None)},
}
SUBMITTED = {"01-tiny": "2026-03-04 06:30:00", "02-small": "2026-03-05 20:15:00"}  # UTC


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _notebook(course: Path, name: str) -> None:
    auto, manual = MODULES[name]
    number = name.split("-")[0]
    cells = [authoring.md(f"# {number} · {name.split('-')[1].title()} module: a made-up assignment"),
             authoring.answer("x", "### BEGIN SOLUTION\nx = 1\n### END SOLUTION"),
             authoring.test("x_check", "assert x == 1", points=auto)]
    if manual:
        cells.append(authoring.manual("why", "=== BEGIN MARK SCHEME ===\nany\n=== END MARK SCHEME ===",
                                      points=manual))
    authoring.write(course / "source" / name / f"{name}.ipynb", cells)


def make_course(where: Path, root: Path) -> Path:
    """A course folder with the two assignments released and known to its gradebook, and no participant."""
    from course.trainer.grading import db_url_of, register_assignment

    where.mkdir(parents=True)
    shutil.copy(root / "nbgrader_config.py", where / "nbgrader_config.py")
    for name in MODULES:
        _notebook(where, name)
        register_assignment(Assignment(name, where), where, db_url_of(where), where / "release")
    return where


def record_work(course: Path, work: dict = WORK) -> None:
    """Scores written into the gradebook as `course grade` (and a trainer in Formgrader) would leave them."""
    from nbgrader.api import Gradebook, MissingEntry
    from sqlalchemy.exc import SAWarning

    from course.trainer.grading import db_url_of

    with warnings.catch_warnings():  # nbgrader's own autoflush notices, as in grading
        warnings.simplefilter("ignore", SAWarning)
        with Gradebook(db_url_of(course)) as gb:
            for student, assignments in work.items():
                try:
                    gb.find_student(student)
                except MissingEntry:
                    gb.add_student(student)
                for name, done in assignments.items():
                    if done is None:
                        continue
                    auto, manual = done
                    gb.update_or_create_submission(name, student, timestamp=SUBMITTED[name])
                    notebook = gb.find_submission_notebook(name, name, student)
                    for grade in notebook.grades:
                        if grade.name == "x_check":
                            grade.auto_score = auto
                        elif grade.name == "why":
                            grade.manual_score = manual
                            grade.needs_manual_grade = manual is None
                    gb.db.commit()


@pytest.fixture(scope="module")
def graded_course(tmp_path_factory, root) -> Path:
    course = make_course(tmp_path_factory.mktemp("roster") / "course", root)
    record_work(course)
    return course


@pytest.fixture
def course(graded_course, tmp_path) -> Path:
    """A fresh copy of the graded course for one test."""
    return Path(shutil.copytree(graded_course, tmp_path / "course"))


def _students(course: Path) -> dict[str, tuple]:
    with sqlite3.connect(course / "gradebook.db") as db:
        return {row[0]: row[1:] for row in db.execute("select id, first_name, last_name, email from student")}


def test_a_good_roster_goes_into_the_gradebook_and_the_course_folder(course, tmp_path):
    source = write_csv(tmp_path / "participants.csv", ROSTER_ROWS)
    result = roster.import_roster(source, course, accounts=set(ACCOUNTS), accounts_from="a list")
    assert [p.username for p in result.people] == ACCOUNTS[:-1]
    students = _students(course)
    # nbgrader's own columns, as `nbgrader db student import` would fill them: Formgrader shows these
    assert students["po-gaya-01"] == ("Priyanka", "Kumari", "priyanka@example.org")
    assert students["po-patna-02"] == ("Mohammad Imran", "Ansari", None)
    assert students["po-buxar-06"] == ("Jyoti", "Kumari", None)  # not graded yet: added
    assert sorted(result.added) == ["po-buxar-06"] and len(result.updated) == 5
    assert result.graded_not_in_roster == ["po-kaimur-07"]
    # the side file: exactly what was imported, private to the trainers
    kept = course / roster.ROSTER
    assert kept.read_bytes() == source.read_bytes()
    assert kept.stat().st_mode & 0o777 == 0o640
    people = roster.load(course)
    assert people["po-saran-04"].name_hi == "क्षितिज श्रीवास्तव" and people["po-saran-04"].district_hi == "सारण"
    assert not list(course.glob(".roster-*"))  # no temporary file left
    said = "\n".join(roster.describe(result))
    assert "checked against a list" in said and "po-kaimur-07" in said


def test_importing_again_updates_the_names(course, tmp_path):
    roster.import_roster(write_csv(tmp_path / "a.csv", ROSTER_ROWS), course, accounts=set(ACCOUNTS))
    changed = [list(r) for r in ROSTER_ROWS]
    changed[1][1], changed[1][2] = "Priyanka Kumari Sinha", "प्रियंका कुमारी सिन्हा"
    roster.import_roster(write_csv(tmp_path / "b.csv", changed), course, accounts=set(ACCOUNTS))
    assert _students(course)["po-gaya-01"][:2] == ("Priyanka Kumari", "Sinha")
    assert roster.load(course)["po-gaya-01"].name_hi == "प्रियंका कुमारी सिन्हा"


def _refused(course: Path, rows: list[list[str]], tmp_path: Path, accounts=ACCOUNTS) -> str:
    before = _students(course)
    with pytest.raises(roster.RosterError) as error:
        roster.import_roster(write_csv(tmp_path / "bad.csv", rows), course, accounts=set(accounts))
    assert _students(course) == before, "half imported"
    assert not (course / roster.ROSTER).exists() and not list(course.glob(".roster-*"))
    return str(error.value)


def test_an_unknown_username_is_refused_with_its_line_and_nothing_is_imported(course, tmp_path):
    rows = [list(r) for r in ROSTER_ROWS]
    rows[3][0] = "po-siwan-3"  # line 4: a typo for po-siwan-03
    message = _refused(course, rows, tmp_path)
    assert "nothing imported" in message
    assert "line 4: unknown username 'po-siwan-3': no such participant account (did you mean 'po-siwan-03'?)" \
        in message, message


def test_a_duplicate_username_is_refused_with_both_lines(course, tmp_path):
    rows = [list(r) for r in ROSTER_ROWS] + [["po-patna-02", "Amit Kumar", "अमित कुमार", "", "Patna", "", ""]]
    message = _refused(course, rows, tmp_path)
    assert "line 8: duplicate username 'po-patna-02', already on line 3" in message, message


@pytest.mark.parametrize("change, expected", [
    ((1, 0, "PO-Gaya-01"), "line 2: username 'PO-Gaya-01' has capitals: hub usernames are lower case"),
    ((2, 0, "po patna"), "line 3: username 'po patna' is not a hub username"),
    ((1, 2, "Priyanka Kumari"), "line 2: po-gaya-01: name_hi 'Priyanka Kumari' is not in Devanagari"),
    ((1, 1, "प्रियंका कुमारी"), "line 2: po-gaya-01: name_en 'प्रियंका कुमारी' is in Devanagari"),
    ((1, 1, ""), "line 2: po-gaya-01: name_en is empty"),
])
def test_other_mistakes_are_named_with_their_line(course, tmp_path, change, expected):
    rows = [list(r) for r in ROSTER_ROWS]
    line, column, value = change
    rows[line][column] = value
    assert expected in _refused(course, rows, tmp_path)


def test_a_missing_column_and_a_file_not_in_utf8_are_explained(course, tmp_path):
    rows = [[c for i, c in enumerate(r) if i != 5] for r in ROSTER_ROWS]  # no office column
    assert "line 1: the header has no column office" in _refused(course, rows, tmp_path)
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("username,name_en\npo-gaya-01,Priyanka Kumari é\n".encode("latin-1"))
    with pytest.raises(roster.RosterError, match="not UTF-8.*CSV UTF-8"):
        roster.import_roster(latin, course, accounts=set(ACCOUNTS))


def test_a_bad_import_keeps_the_roster_before_it(course, tmp_path):
    good = write_csv(tmp_path / "good.csv", ROSTER_ROWS)
    roster.import_roster(good, course, accounts=set(ACCOUNTS))
    with pytest.raises(roster.RosterError):
        roster.import_roster(write_csv(tmp_path / "bad.csv", ROSTER_ROWS + [ROSTER_ROWS[1]]), course,
                             accounts=set(ACCOUNTS))
    assert (course / roster.ROSTER).read_bytes() == good.read_bytes()


def test_without_a_list_of_accounts_the_hub_group_is_asked(monkeypatch):
    assert roster.hub_accounts("no-such-group-for-sure") is None
    import grp

    # The one-machine hub: deploy/add-user.sh puts each participant in the participants group.
    monkeypatch.setattr(grp, "getgrnam", lambda name: grp.struct_group(("sml-participants", "x", 4242,
                                                                        ["po-gaya-01", "po-patna-02"])))
    assert roster.hub_accounts() == {"po-gaya-01", "po-patna-02"}


def test_the_command_imports_or_explains(course, tmp_path, capsys):
    accounts = tmp_path / "accounts.txt"
    accounts.write_text("# from the hub's admin page\n" + "\n".join(ACCOUNTS) + "\n")
    bad = write_csv(tmp_path / "bad.csv", ROSTER_ROWS + [["po-gaya-10", "Ravi Rai", "रवि राय", "", "Gaya", "", ""]])
    assert cli.main(["roster", "import", str(bad), "--accounts", str(accounts), "--root", str(course)]) == 1
    err = capsys.readouterr().err
    assert "nothing imported" in err and "line 8: unknown username 'po-gaya-10'" in err, err
    good = write_csv(tmp_path / "good.csv", ROSTER_ROWS)
    assert cli.main(["roster", "import", str(good), "--accounts", str(accounts), "--root", str(course)]) == 0
    out = capsys.readouterr().out
    assert "Roster: 6 participant(s) imported" in out and f"usernames checked against {accounts}" in out, out


def test_grades_csv_keeps_its_columns_and_adds_the_names(course, tmp_path):
    from course.trainer import grading
    from course.trainer.build import discover

    assignments = discover(course)
    before = grading.export_csv(grading.scores(assignments, course), tmp_path / "before.csv")
    roster.import_roster(write_csv(tmp_path / "r.csv", ROSTER_ROWS), course, accounts=set(ACCOUNTS))
    after = grading.export_csv(grading.scores(assignments, course), tmp_path / "after.csv")
    with before.open(encoding="utf-8") as a, after.open(encoding="utf-8") as b:
        old, new = list(csv.DictReader(a)), list(csv.DictReader(b))
    per = ["x", "why", "late_penalty", "total", "max", "needs_hand_grading"]
    scores = ["participant", *[f"01-tiny/{c}" for c in per], *[f"02-small/{c}" for c in per if c != "why"],
              "total", "max"]  # the columns grades.csv always had, in their order
    names = ["name_en", "name_hi", "designation", "district", "office"]
    assert list(new[0]) == list(old[0]) == scores + names
    assert {r[c] for r in old for c in names} == {""}  # no roster yet, no names in the gradebook
    rows = {r["participant"]: r for r in new}
    assert rows["po-saran-04"]["name_hi"] == "क्षितिज श्रीवास्तव" and rows["po-saran-04"]["district"] == "Saran"
    assert rows["po-gaya-01"]["name_en"] == "Priyanka Kumari"
    assert rows["po-kaimur-07"]["name_en"] == ""  # not in the roster
    assert [{k: r[k] for k in scores} for r in new] == [{k: r[k] for k in scores} for r in old]


def test_the_report_shows_names(course, tmp_path):
    from course.trainer import report
    from course.trainer.build import discover

    roster.import_roster(write_csv(tmp_path / "r.csv", ROSTER_ROWS), course, accounts=set(ACCOUNTS))
    path = report.build_report(discover(course), course)
    page = path.read_text(encoding="utf-8")
    for name in ("Priyanka Kumari", "प्रियंका कुमारी", "Mohammad Imran Ansari", "Jyoti Kumari", "po-kaimur-07"):
        assert name in page, name
    saved = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    # the roster is the cohort: po-buxar-06 submitted nothing and is at risk for it
    assert "po-buxar-06" in saved["participants"] and saved["names"]["po-buxar-06"] == "Jyoti Kumari"
    why = {name: reason for name, _, reason in saved["at_risk"]}
    assert why["po-buxar-06"] == "nothing submitted"
    assert why["po-siwan-03"] == "not submitted: 02-small"
    # the participants' table: each assignment, and all of them (one not submitted counts 0)
    from course.trainer import grading

    rows = grading.scores(discover(course), course)
    table = {line["username"]: line for line in report._cohort_table(discover(course), rows, saved["participants"],
                                                                    roster.load(course))}
    assert table["po-siwan-03"]["shares"] == [1.0, None] and table["po-siwan-03"]["total"] == 0.5
    assert table["po-buxar-06"]["total"] is None and table["po-nalanda-05"]["pending"]
    assert list(table)[-1] == "po-kaimur-07"  # no name: after the named ones


def test_a_roster_broken_by_hand_never_stops_the_scores(course, tmp_path, capsys):
    from course.trainer import grading, report
    from course.trainer.build import discover

    roster.import_roster(write_csv(tmp_path / "r.csv", ROSTER_ROWS), course, accounts=set(ACCOUNTS))
    kept = course / roster.ROSTER
    kept.write_text(kept.read_text(encoding="utf-8") + "po-gaya-01,Again,फिर से,,Gaya,,\n", encoding="utf-8")
    rows = grading.scores(discover(course), course)
    named = {r["participant"]: (r["name_en"], r["name_hi"]) for r in rows}
    assert named["po-gaya-01"] == ("Priyanka Kumari", "")  # what the gradebook has, without the side file
    assert report.build_report(discover(course), course).is_file()
    err = capsys.readouterr().err
    assert "Names left out" in err and "line 8: duplicate username 'po-gaya-01'" in err, err
    with pytest.raises(roster.RosterError, match="duplicate username"):
        roster.load(course)
