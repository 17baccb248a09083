"""The gradebook on a real PostgreSQL server, with several graders writing at once: nothing is lost.

The server is this worker's throw-away one (the `postgres_server` fixture, tests/throwaway_postgres.py):
a private unix socket, no TCP, a role with a random password, deleted at the end. Skipped, with the
reason, without root or PostgreSQL's binaries (.ci/setup.d/20-grading.sh installs them).
COURSE_TEST_PG_URL points the tests at another server instead (a database the URL's role owns).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from course.trainer import gates, grading
from course.trainer.build import Assignment

NAME = "00-getting-started"
URL = ""  # set per test: the server URL with a private schema on the search path


@pytest.fixture(scope="session")
def server_url(request) -> str:
    """The gradebook server's URL: COURSE_TEST_PG_URL, else a fresh role on the throw-away server."""
    if os.environ.get("COURSE_TEST_PG_URL"):
        return os.environ["COURSE_TEST_PG_URL"]
    server = request.getfixturevalue("postgres_server")
    return server.add_login("sml_test", "sml_gradebook_test")


def _schema(server: str, name: str) -> str:
    """A fresh schema for one test (tests run in parallel on one database); its URL."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(server)
    try:
        with engine.begin() as connection:
            connection.execute(sqlalchemy.text(f"drop schema if exists {name} cascade"))
            connection.execute(sqlalchemy.text(f"create schema {name}"))
    finally:
        engine.dispose()
    separator = "&" if "?" in server else "?"
    return f"{server}{separator}options=-csearch_path%3D{name}"


@pytest.fixture
def pg_course(tmp_path, root, request, server_url):
    global URL
    name = "t_" + "".join(ch for ch in request.node.name.lower() if ch.isalnum())[:40] + f"_{os.getpid()}"
    URL = _schema(server_url, name)
    course_root = tmp_path / "course"
    for part in (f"source/{NAME}", f"release/{NAME}"):
        shutil.copytree(root / part, course_root / part)
    shutil.copy(root / "nbgrader_config.py", course_root)
    assignment = Assignment(NAME, course_root)
    grading.register_assignment(assignment, course_root, URL, tmp_path / "release-out")
    return assignment


def test_many_writers_at_once_lose_nothing(pg_course):
    """Eight threads record 40 participants' scores into the same gradebook concurrently."""
    from nbgrader.api import Gradebook

    release = gates.read(pg_course.release(f"{NAME}.ipynb"))
    grade_ids = [gates.nbgrader_meta(c)["grade_id"] for c in release.cells if gates.nbgrader_meta(c).get("grade")]
    outcomes = []
    for k in range(40):
        outcome = grading.Outcome(NAME, f"p{k:02d}", "x", timestamp="2026-12-01 10:00:00 UTC")
        outcome.notebooks[NAME] = {"grades": {g: [float(k % 2), 1.0, False] for g in grade_ids},
                                   "comments": {}, "late_penalty": 0.0}
        outcomes.append(outcome)
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda o: grading.record(URL, o), outcomes))
    with Gradebook(URL) as gb:
        assert len(gb.students) == 40
        for k in range(40):
            sub = gb.find_submission_notebook(NAME, NAME, f"p{k:02d}")
            assert {g.name: g.auto_score for g in sub.grades} == {g: float(k % 2) for g in grade_ids}


def _grader(course_root: str, url: str) -> None:
    from course.trainer import grading as g
    from course.trainer.build import Assignment as A

    run = g.grade([A(NAME, Path(course_root))], Path(course_root), db_url=url, workers=1, timeout=30)
    assert all(o.error is None for o in run.outcomes), [o.error for o in run.outcomes]


@pytest.mark.slow
def test_three_graders_grade_into_one_postgres_gradebook(pg_course, tmp_path):
    """Three trainers, each with a share of the cohort in their own course folder, grade at the same time."""
    from nbgrader.api import Gradebook

    source = gates.read(pg_course.source(f"{NAME}.ipynb"))
    release = gates.read(pg_course.release(f"{NAME}.ipynb"))
    expected = {}
    roots = []
    for grader in range(3):
        root = tmp_path / f"grader{grader}"
        shutil.copytree(pg_course.root, root, ignore=shutil.ignore_patterns("gradebook.db"))
        roots.append(root)
        for k in range(2):
            student = f"g{grader}-p{k}"
            nb = gates.solved_submission(source, release) if k == 0 else release
            folder = root / "submitted" / student / NAME
            folder.mkdir(parents=True)
            nbformat.write(nb, str(folder / f"{NAME}.ipynb"))
            expected[student] = k == 0
    context = multiprocessing.get_context("spawn")
    graders = [context.Process(target=_grader, args=(str(r), URL)) for r in roots]
    for process in graders:
        process.start()
    for process in graders:
        process.join(600)
    assert [p.exitcode for p in graders] == [0, 0, 0]
    with Gradebook(URL) as gb:
        assert {s.id for s in gb.students} == set(expected)
        for student, solved in expected.items():
            sub = gb.find_submission_notebook(NAME, NAME, student)
            autograded = [g for g in sub.grades if g.cell_type == "code"]
            got, top = sum(g.auto_score or 0 for g in autograded), sum(g.max_score for g in autograded)
            assert top > 0
            assert got == (top if solved else 0), (student, got, top)
