"""deploy/gradebook-db.sh, the trainers' nbgrader configuration that reads its URL, and the removal of the
old known-password test role by .ci/setup.d/20-grading.sh, all against this worker's throw-away
PostgreSQL server (tests/throwaway_postgres.py). Root only: the tests create and delete a group and two
system users (a trainer and a participant) with random names.
"""

from __future__ import annotations

import grp
import os
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "deploy" / "gradebook-db.sh"
SETUP = ROOT / ".ci" / "setup.d" / "20-grading.sh"
JUPYTER = ROOT / "deploy" / "jupyter"


def _run(*command, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


@pytest.fixture
def accounts():
    """A throw-away trainers group with one member, and a participant outside it; deleted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("needs root (creates a group and system users)")
    tag = f"sml-gbt-{secrets.token_hex(3)}"
    group, trainer, participant = tag, f"{tag}-t", f"{tag}-p"
    try:
        _run("groupadd", "--system", group, check=True)
        for user, extra in ((trainer, ["-G", group]), (participant, [])):
            _run("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                 "--shell", "/usr/sbin/nologin", *extra, user, check=True)
        yield group, trainer, participant
    finally:
        for user in (trainer, participant):
            _run("userdel", user)
        _run("groupdel", group)


@pytest.fixture
def url_file():
    """Where the script writes the URL: a fresh folder everybody can enter, so only the file's mode decides."""
    folder = Path(tempfile.mkdtemp(prefix="sml-gbt-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder / "etc" / "gradebook-url"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _script(server, group: str, url_file: Path, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "SML_", "COURSE_DB_URL"))}
    env.update(server.env, SML_TRAINERS_GROUP=group, SML_GRADEBOOK_URL_FILE=str(url_file), **extra)
    done = _run("bash", str(SCRIPT), env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def _login(url: str) -> tuple[str, str]:
    import sqlalchemy

    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as connection:
            return tuple(connection.execute(sqlalchemy.text("select current_user, current_database()")).one())
    finally:
        engine.dispose()


def _cannot_login(url: str) -> str:
    import sqlalchemy

    with pytest.raises(sqlalchemy.exc.OperationalError) as caught:
        _login(url)
    return str(caught.value)


def _password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).password


def _as_trainer_process(url_file: Path, code: str, **extra: str) -> subprocess.CompletedProcess:
    """Python as a trainer's server runs it: the hub's JUPYTER_CONFIG_PATH and SML_* variables."""
    env = {k: v for k, v in os.environ.items() if k != "COURSE_DB_URL"}
    env.update(JUPYTER_CONFIG_PATH=f"{JUPYTER / 'trainer'}{os.pathsep}{JUPYTER / 'common'}",
               SML_COURSE_DIR=str(ROOT), SML_GRADEBOOK_URL_FILE=str(url_file), **extra)
    return _run(sys.executable, "-c", code, env=env, cwd=url_file.parent.parent)


TRAINER_CONFIG = f"""
import os, subprocess, sys
from traitlets.config.loader import PyFileConfigLoader
config = PyFileConfigLoader("nbgrader_config.py", path={str(JUPYTER / 'trainer')!r}).load_config()
print(config.CourseDirectory.db_url)
# What `course` finds in a terminal or kernel of that server (they inherit its environment): it loads
# the course's nbgrader_config.py alone (course.trainer.build.nbgrader_config, without importing nbgrader here).
child = ("from traitlets.config.loader import PyFileConfigLoader; "
         "print(PyFileConfigLoader('nbgrader_config.py', path={str(ROOT)!r}).load_config().CourseDirectory.db_url)")
print(subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True).stdout.strip())
"""


def test_gradebook_db_for_trainers_only(postgres_server, accounts, url_file):
    """The script makes role + database, a 0640 root:trainers URL file that logs in and holds nbgrader's
    tables; a re-run keeps the password, SML_GRADEBOOK_ROTATE=1 replaces it; only trainers read it."""
    from nbgrader.api import Gradebook

    group, trainer, participant = accounts
    first = _script(postgres_server, group, url_file)
    url = url_file.read_text().strip()
    password = _password(url)
    assert len(password) == 64 and url.startswith("postgresql+psycopg://social_media_lab:")
    assert password not in first.stdout + first.stderr
    info = url_file.stat()
    assert (info.st_uid, grp.getgrgid(info.st_gid).gr_name, stat.S_IMODE(info.st_mode)) == (0, group, 0o640)
    assert not [p for p in url_file.parent.iterdir() if p != url_file]  # no temporary file left behind

    # It logs in, by password (a wrong one is refused), and nbgrader creates its tables through it.
    assert _login(url) == ("social_media_lab", "social_media_lab")
    assert "password authentication failed" in _cannot_login(url.replace(password, "0" * 64))
    with Gradebook(url) as gb:
        gb.add_student("probe", first_name="Pro", last_name="Be")
    tables = postgres_server.psql("select tablename || ':' || tableowner from pg_tables "
                                  "where schemaname = 'public' order by 1", database="social_media_lab")
    assert "student:social_media_lab" in tables.split() and "assignment:social_media_lab" in tables.split()
    # Other roles of the cluster may not even connect to it.
    from sqlalchemy.engine import make_url

    other = make_url(postgres_server.add_login(f"sml_other_{secrets.token_hex(3)}", "sml_other_db"))
    other = other.set(database="social_media_lab").render_as_string(hide_password=False)
    assert "permission denied for database" in _cannot_login(other)

    # Trainers can read it, a participant cannot (the same probe, so it is not blind).
    readable = _run("runuser", "-u", trainer, "--", "cat", str(url_file))
    assert readable.returncode == 0 and readable.stdout.strip() == url, readable.stderr
    refused = _run("runuser", "-u", participant, "--", "cat", str(url_file))
    assert refused.returncode != 0 and "Permission denied" in refused.stderr and password not in refused.stdout

    # Trainers' configuration: nbgrader and (through the inherited environment) `course` use it.
    configured = _as_trainer_process(url_file, TRAINER_CONFIG)
    assert configured.returncode == 0, configured.stderr
    assert configured.stdout.split() == [url, url]
    listed = _as_trainer_process(url_file, "from nbgrader.apps import NbGraderApp; "
                                 "NbGraderApp.launch_instance(['db', 'student', 'list'])")
    assert listed.returncode == 0, listed.stderr
    assert "probe (Be, Pro)" in listed.stdout

    # A second run changes nothing: same password, still logs in, data kept.
    again = _script(postgres_server, group, url_file)
    assert "password kept" in again.stdout and password not in again.stdout + again.stderr
    assert url_file.read_text().strip() == url
    assert _login(url) == ("social_media_lab", "social_media_lab")
    info = url_file.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (0, grp.getgrnam(group).gr_gid, 0o640)

    # Rotation: a new password works, the old one no longer does, the gradebook is untouched.
    rotated = _script(postgres_server, group, url_file, SML_GRADEBOOK_ROTATE="1")
    new_url = url_file.read_text().strip()
    assert "new password" in rotated.stdout and new_url != url
    assert _password(new_url) not in rotated.stdout + rotated.stderr
    assert "password authentication failed" in _cannot_login(url)
    with Gradebook(new_url) as gb:
        assert [s.id for s in gb.students] == ["probe"]
    assert stat.S_IMODE(url_file.stat().st_mode) == 0o640


def test_trainer_config_without_the_file_or_with_course_db_url(tmp_path):
    """COURSE_DB_URL wins over the file; without the file the course's sqlite gradebook stays; the
    participants' configuration has no gradebook at all."""
    url_file = tmp_path / "etc" / "gradebook-url"
    url_file.parent.mkdir()
    code = TRAINER_CONFIG
    without = _as_trainer_process(url_file, code)
    assert without.returncode == 0, without.stderr
    assert without.stdout.split() == [f"sqlite:///{ROOT / 'gradebook.db'}"] * 2
    url_file.write_text("postgresql+psycopg://social_media_lab:secret@127.0.0.1:5432/social_media_lab\n")
    chosen = _as_trainer_process(url_file, code, COURSE_DB_URL="postgresql+psycopg://elsewhere/db")
    assert chosen.stdout.split() == ["postgresql+psycopg://elsewhere/db"] * 2, chosen.stderr
    from_file = _as_trainer_process(url_file, code)
    assert from_file.stdout.split() == [url_file.read_text().strip()] * 2, from_file.stderr
    assert not (JUPYTER / "participant" / "nbgrader_config.py").exists()
    assert "db_url" not in (JUPYTER / "common" / "nbgrader_config.py").read_text()


@pytest.mark.parametrize("encryption", ["scram-sha-256", "md5"])
def test_setup_removes_the_old_known_password_role(postgres_server, encryption):
    """20-grading.sh no longer makes `grader`/`grader`, and removes it (with its test database) from a
    running server, but leaves a role `grader` with another password alone."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(postgres_server.env)
    try:
        postgres_server.psql(f"set password_encryption = '{encryption}';\n"
                             "create role grader login password 'grader';\n"
                             "create database social_media_lab_test owner grader;\n")
        done = _run("bash", str(SETUP), env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "removing role grader" in done.stdout
        assert postgres_server.psql("select count(*) from pg_roles where rolname = 'grader'") == "0"
        assert postgres_server.psql("select count(*) from pg_database where datname = 'social_media_lab_test'") == "0"

        postgres_server.psql(f"set password_encryption = '{encryption}';\n"
                             "create role grader login password 'not-grader';\n")
        kept = _run("bash", str(SETUP), env=env)
        assert kept.returncode == 0, kept.stdout + kept.stderr
        assert "removing" not in kept.stdout
        assert postgres_server.psql("select rolcanlogin from pg_roles where rolname = 'grader'") == "t"
    finally:
        postgres_server.psql("drop database if exists social_media_lab_test;\ndrop role if exists grader;\n")
