"""The `course` command and plain `nbgrader` agree, because both read nbgrader_config.py."""

import subprocess
import sys
from pathlib import Path

import pytest

from course import cli
from course.build import discover

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
    from course.build import nbgrader_config

    config = nbgrader_config(root)
    assert config.CourseDirectory.course_id == "social-media-lab"
    assert config.CourseDirectory.root == str(root)
    assert config.CourseDirectory.db_url.startswith("sqlite:///")
    assert config.Execute.timeout >= 30
