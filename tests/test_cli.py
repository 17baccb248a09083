"""The `course` command and plain `nbgrader` agree, because both read nbgrader_config.py."""

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from course.trainer import cli
from course.trainer.build import discover

BIN = Path(sys.executable).parent


def test_python_dash_m_course_shows_the_commands():
    result = subprocess.run([sys.executable, "-m", "course", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("build", "check", "demo"):
        assert command in result.stdout


def test_unknown_assignment_gets_a_suggestion(capsys):
    name = discover()[0].name
    with pytest.raises(SystemExit, match=f"Did you mean '{name}'"):
        cli.main(["build", name[:-1]])


def test_plain_nbgrader_generates_the_same_release(tmp_path, root):
    assignment = discover()[0]
    result = subprocess.run(
        [str(BIN / "nbgrader"), "generate_assignment", assignment.name, "--force",
         f"--CourseDirectory.release_directory={tmp_path / 'release'}",
         f"--CourseDirectory.db_url=sqlite:///{tmp_path / 'gradebook.db'}"],
        cwd=root, capture_output=True, text=True,
        env={"PATH": f"{BIN}:/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    for notebook in assignment.notebooks:
        made = (tmp_path / "release" / assignment.name / notebook).read_bytes()
        assert made == assignment.release(notebook).read_bytes(), f"{notebook} differs from release/"


def test_config_sets_course_id_and_relative_paths(root):
    from course.trainer.build import nbgrader_config

    config = nbgrader_config(root)
    assert config.CourseDirectory.course_id == "social-media-lab"
    assert config.CourseDirectory.root == str(root)
    assert config.CourseDirectory.db_url.startswith("sqlite:///")
    assert config.Execute.timeout >= 30


# `course grade`, `report` and `demo` act on the course folder they are run from, as nbgrader does
# (issue #14): the current folder's nbgrader_config.py, unless --root or COURSE_ROOT names another.
# The course folders here are made up (one notebook without solutions): no copy of source/ is made.

TINY = "tiny-one"


def _course_folder(where: Path, root: Path, assignment: str = TINY) -> Path:
    where.mkdir(parents=True)
    shutil.copy(root / "nbgrader_config.py", where / "nbgrader_config.py")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A tiny assignment")])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    (where / "source" / assignment).mkdir(parents=True)
    nbformat.write(notebook, str(where / "source" / assignment / f"{assignment}.ipynb"))
    return where


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """A working folder outside the repository, no COURSE_ROOT."""
    monkeypatch.delenv("COURSE_ROOT", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_grade_acts_on_the_course_folder_it_is_run_from(elsewhere, root, monkeypatch, capsys):
    course = _course_folder(elsewhere / "other-course", root)
    monkeypatch.chdir(course)
    assert cli.main(["grade", TINY, "--no-sandbox"]) == 0
    out = capsys.readouterr().out
    assert (course / "grades.csv").is_file() and (course / "reports" / "cohort.html").is_file()
    assert f"Scores: {course / 'grades.csv'}" in out, out


def test_report_acts_on_the_course_folder_it_is_run_from(elsewhere, root, monkeypatch, capsys):
    course = _course_folder(elsewhere / "other-course", root)
    monkeypatch.chdir(course)
    assert cli.main(["report"]) == 0
    assert f"Report: {course / 'reports' / 'cohort.html'}" in capsys.readouterr().out
    assert (course / "reports" / "cohort.html").is_file()


@pytest.mark.parametrize("command", [["grade", TINY], ["report"], ["demo"]])
def test_outside_a_course_folder_says_what_to_do(elsewhere, command):
    with pytest.raises(SystemExit) as stop:
        cli.main(command)
    message = str(stop.value)
    assert f"course {command[0]}: the current folder ({elsewhere.resolve()}) is not a course folder" in message
    assert "nbgrader_config.py" in message and "--root" in message and "COURSE_ROOT" in message
    assert not (elsewhere / "reports").exists() and not (elsewhere / "demo").exists()


def test_root_and_course_root_override_the_current_folder(elsewhere, root, monkeypatch, capsys):
    here = _course_folder(elsewhere / "here", root)
    there = _course_folder(elsewhere / "there", root)
    monkeypatch.chdir(here)
    assert cli.main(["report", "--root", str(there)]) == 0
    monkeypatch.setenv("COURSE_ROOT", str(there))
    assert cli.main(["report"]) == 0
    assert (there / "reports" / "cohort.html").is_file() and not (here / "reports").exists()
    capsys.readouterr()
    with pytest.raises(SystemExit, match=r"from --root\) is not a course folder: it has no nbgrader_config.py"):
        cli.main(["report", "--root", str(elsewhere)])


def test_demo_runs_on_the_course_folder_it_is_run_from(elsewhere, root, monkeypatch, capsys):
    from course.trainer import grading

    course = _course_folder(elsewhere / "other-course", root)
    monkeypatch.chdir(course)

    class Stop(Exception):  # grading is test_demo.py's business; here: which course, which folder
        pass

    def stop(assignments, course_root, **kwargs):
        raise Stop(course_root)

    monkeypatch.setattr(grading, "grade", stop)
    with pytest.raises(Stop) as stopped:
        cli.main(["demo", TINY, "--participants", "2"])
    assert stopped.value.args[0] == course / "demo"
    assert (course / "demo" / "release" / TINY / f"{TINY}.ipynb").is_file()
    assert len(list((course / "demo" / "submitted").glob(f"*/{TINY}/{TINY}.ipynb"))) == 2
    # --dir may not be the course folder itself: the demo deletes its folder first.
    with pytest.raises(SystemExit, match="holds the course itself"):
        cli.main(["demo", TINY, "--dir", str(course)])
    assert (course / "nbgrader_config.py").is_file()


# Roster and certificates (issue #19) act on the course folder the same way.

def test_the_help_lists_roster_and_certificates():
    result = subprocess.run([sys.executable, "-m", "course", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "roster" in result.stdout and "certificates" in result.stdout


@pytest.mark.parametrize("command", [["roster", "import", "participants.csv"], ["certificates"],
                                     ["certificates", "--verify", "SML-0000-0000-0000-0000"]])
def test_roster_and_certificates_outside_a_course_folder_say_what_to_do(elsewhere, command):
    with pytest.raises(SystemExit) as stop:
        cli.main(command)
    message = str(stop.value)
    assert f"course {command[0]}: the current folder ({elsewhere.resolve()}) is not a course folder" in message
    assert not (elsewhere / "certificates").exists() and not (elsewhere / "roster.csv").exists()


def test_verify_in_a_course_without_certificates_says_so(elsewhere, root, monkeypatch, capsys):
    course = _course_folder(elsewhere / "other-course", root)
    monkeypatch.chdir(course)
    assert cli.main(["certificates", "--verify", "SML-0000-0000-0000-0000"]) == 1
    assert "NOT VALID: SML-0000-0000-0000-0000 was not issued by this course" in capsys.readouterr().out
