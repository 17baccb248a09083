"""State-wide gradebook benchmark (issue #20, section 2): prints figures (it is not a timed test).

    .venv/bin/python benchmarks/gradebook.py [--participants 1000] [--postgres]

1. Generates a course folder (a copy of this course's source/ and release/, every assignment) whose nbgrader
   gradebook holds `--participants` invented participants (a roster imported with `course roster import`'s
   code: districts of Bihar, names made of invented syllables, usernames bench-NNNN) and realistic results:
   some assignments not submitted, some late (with a late penalty), hand-graded answers graded or still
   pending, some autograded answers regraded by hand. Rows go in through nbgrader's own ORM (nbgrader.api),
   so the schema is nbgrader's.
2. Leaves what earlier `course grade` runs leave: every submission autograded, with its grading.json (and the
   failing checks' messages in it), the first assignment's submissions, manifest and feedback pages.
3. Measures, each in its own process: `course report` (wall time, peak memory), the grades.csv export
   (grading.scores + export_csv, as `course grade` writes it), `course grade <assignment>` with nothing new
   to grade (every submission of that assignment graded before and unchanged, its feedback up to date), the
   same with --no-feedback, and the same after a trainer hand-graded HAND_GRADED answers in Formgrader (their
   feedback pages, grades.csv and the report are made again); each against its target.

sqlite by default; PostgreSQL with --postgres or when COURSE_DB_URL is a postgresql URL (with --postgres and
no COURSE_DB_URL, a throw-away server from tests/throwaway_postgres.py, when PostgreSQL is installed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGETS = {"report": 10.0, "export": 5.0, "grade": 5.0,  # seconds
           "hand": 15.0}  # (no target of its own: what it remakes, the export and the report, have 5 + 10 s)
HAND_GRADED = 5  # pending written answers graded in Formgrader before the last run
MEMORY_TARGET_MB = 500

# Invented names: syllables (Latin, Devanagari) put together at random; no list of real names is used.
SYLLABLES = [("ka", "का"), ("ri", "रि"), ("vo", "वो"), ("la", "ला"), ("me", "मे"), ("tu", "तु"), ("sha", "शा"),
             ("no", "नो"), ("pi", "पि"), ("dra", "द्रा"), ("ve", "वे"), ("su", "सु"), ("ma", "मा"), ("the", "थे"),
             ("ro", "रो"), ("gi", "गि"), ("bha", "भा"), ("yu", "यु"), ("ne", "ने"), ("ko", "को")]
DESIGNATIONS = ["District Public Relations Officer", "Assistant Director (Information)", "Information Assistant",
                "Media Cell Officer"]


def invented_name(rng: random.Random) -> tuple[str, str]:
    words_en, words_hi = [], []
    for length in (rng.choice((2, 3)), rng.choice((2, 3))):
        parts = [rng.choice(SYLLABLES) for _ in range(length)]
        words_en.append("".join(p[0] for p in parts).capitalize())
        words_hi.append("".join(p[1] for p in parts))
    return " ".join(words_en), " ".join(words_hi)


def write_roster(path: Path, participants: int, rng: random.Random) -> list[str]:
    import csv

    from course.trainer.roster import DISTRICTS_HI

    districts = sorted(DISTRICTS_HI)
    usernames = [f"bench-{i:04d}" for i in range(participants)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["username", "name_en", "name_hi", "designation", "district", "office", "email"])
        for username in usernames:
            en, hi = invented_name(rng)
            writer.writerow([username, en, hi, rng.choice(DESIGNATIONS), rng.choice(districts), "Media Cell", ""])
    return usernames


def make_course(where: Path) -> list:
    """A course folder: this course's config, source/ and release/ (every assignment); its assignments."""
    from course.trainer import build as builder

    where.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "nbgrader_config.py", where)
    for part in ("source", "release"):
        shutil.copytree(ROOT / part, where / part)
    return builder.modules(where)  # one per module: an edition's results fold into its English one


def _cells(assignment) -> list[tuple[str, list[dict]]]:
    """Per notebook (stem): its graded and answer cells, from the release, as nbgrader records them."""
    import nbformat

    out = []
    for notebook in assignment.notebooks:
        release = nbformat.read(str(assignment.release(notebook)), as_version=4)
        cells = []
        for cell in release.cells:
            meta = cell.metadata.get("nbgrader", {})
            if not (meta.get("grade") or meta.get("solution")):
                continue
            cells.append({"name": meta["grade_id"], "type": cell.cell_type, "grade": bool(meta.get("grade")),
                          "solution": bool(meta.get("solution")), "points": float(meta.get("points", 0) or 0)})
        out.append((Path(notebook).stem, cells))
    return out


def _uid() -> str:
    return uuid.uuid4().hex


def fill(db_url: str, assignments: list, usernames: list[str], rng: random.Random) -> dict[str, int]:
    """Assignments, notebooks and cells (from the release), then one submission per participant and
    assignment (or none), bulk-inserted through nbgrader's ORM tables. Returns counts of the mix."""
    from nbgrader.api import Assignment as NbAssignment
    from nbgrader.api import (
        Comment,
        Grade,
        Gradebook,
        GradeCell,
        Notebook,
        SolutionCell,
        SubmittedAssignment,
        SubmittedNotebook,
    )

    mix = {"submissions": 0, "missing": 0, "late": 0, "pending_hand_grades": 0, "hand_graded": 0, "regraded": 0}
    start = dt.datetime(2026, 1, 5, 10, 0)
    with Gradebook(db_url) as gb:
        session = gb.db
        for number, assignment in enumerate(assignments):
            duedate = start + dt.timedelta(days=14 * number)
            a = NbAssignment(id=_uid(), name=assignment.name, duedate=duedate, course_id=gb.course_id)
            session.add(a)
            layout = []
            for stem, cells in _cells(assignment):
                nb = Notebook(id=_uid(), name=stem, assignment=a)
                session.add(nb)
                ids = {}
                for cell in cells:
                    cid = _uid()
                    if cell["grade"]:
                        session.add(GradeCell(id=cid, name=cell["name"], max_score=cell["points"],
                                              cell_type=cell["type"], notebook=nb))
                    else:
                        session.add(SolutionCell(id=cid, name=cell["name"], notebook=nb))
                    ids[cell["name"]] = cid
                layout.append((nb.id, cells, ids))
            session.flush()
            # Later assignments are submitted by fewer people (a course thins out); some never start.
            submit_share = 0.97 - 0.25 * number / max(len(assignments) - 1, 1)
            subs, notebooks, grades, comments = [], [], [], []
            for username in usernames:
                if rng.random() > submit_share:
                    mix["missing"] += 1
                    continue
                late = rng.random() < 0.08
                mix["late"] += late
                mix["submissions"] += 1
                when = duedate + (dt.timedelta(hours=rng.randint(2, 72)) if late
                                  else -dt.timedelta(hours=rng.randint(1, 240)))
                sid = _uid()
                subs.append({"id": sid, "assignment_id": a.id, "student_id": username, "timestamp": when})
                skill = rng.betavariate(5, 2)  # most do well, a tail struggles
                for nb_id, cells, ids in layout:
                    snid = _uid()
                    earned = 0.0
                    for cell in cells:
                        cid = ids[cell["name"]]
                        if cell["solution"]:
                            comments.append({"id": _uid(), "notebook_id": snid, "cell_id": cid,
                                             "auto_comment": None, "manual_comment": None})
                        if not cell["grade"]:
                            continue
                        top = cell["points"]
                        if cell["solution"]:  # hand-graded answer: graded, or still pending
                            if rng.random() < 0.6:
                                manual, needs = round(top * rng.choice((0, 0.5, 1, 1, 1)), 1), False
                                mix["hand_graded"] += 1
                            else:
                                manual, needs = None, True
                                mix["pending_hand_grades"] += 1
                            grades.append({"id": _uid(), "notebook_id": snid, "cell_id": cid, "auto_score": None,
                                           "manual_score": manual, "extra_credit": None,
                                           "needs_manual_grade": needs})
                            continue
                        auto = top if rng.random() < skill else 0.0
                        manual = None
                        if auto == 0 and rng.random() < 0.03:  # a trainer regraded it by hand
                            manual = top
                            mix["regraded"] += 1
                        earned += manual if manual is not None else auto
                        grades.append({"id": _uid(), "notebook_id": snid, "cell_id": cid, "auto_score": auto,
                                       "manual_score": manual, "extra_credit": None, "needs_manual_grade": False})
                    penalty = round(min(earned, 1.0), 1) if late else 0.0
                    notebooks.append({"id": snid, "assignment_id": sid, "notebook_id": nb_id, "flagged": False,
                                      "late_submission_penalty": penalty})
            session.execute(SubmittedAssignment.__table__.insert(), subs)
            if notebooks:
                session.execute(SubmittedNotebook.__table__.insert(), notebooks)
            if grades:
                session.execute(Grade.__table__.insert(), grades)
            if comments:
                session.execute(Comment.__table__.insert(), comments)
            session.commit()
    return mix


# What a failing check says in an autograded notebook (and now in grading.json): invented, course-like.
FAILURES = [("CheckFailed", "`{cell}` should be a number, but it is text: '409'."),
            ("CheckFailed", "`{cell}` is 0.41; expected 0.38 (to 2 decimal places). Hint: divide by the reach, "
                            "not the followers."),
            ("CheckFailed", "`{cell}` should have 5 rows, one per platform; it has 4."),
            ("NameError", "name '{cell}' is not defined")]


def _failures(db_url: str) -> dict[str, dict[str, dict[str, dict[str, list[str]]]]]:
    """{assignment: {participant: {notebook: {test grade id: [ename, evalue]}}}}: each autograded test cell the
    generator scored 0 fails with one of FAILURES (the same for the same participant and cell, whatever the
    run). Every submission is there (an empty notebook entry when nothing failed). Three queries in all."""
    import zlib

    from nbgrader.api import BaseCell, Grade, Gradebook, GradeCell
    from sqlalchemy import select

    from course.trainer.grading.gradebook import _submitted_notebooks

    grade, base, grade_cell = Grade.__table__, BaseCell.__table__, GradeCell.__table__
    out: dict[str, dict] = {}
    with Gradebook(db_url) as gb:
        where = _submitted_notebooks(gb.db)
        for name, student, stem in where.values():
            out.setdefault(name, {}).setdefault(student, {}).setdefault(stem, {})
        query = (select(grade.c.notebook_id, base.c.name, grade.c.auto_score, grade_cell.c.max_score)
                 .select_from(grade).join(base, grade.c.cell_id == base.c.id)
                 .join(grade_cell, grade.c.cell_id == grade_cell.c.id)
                 .where(grade_cell.c.cell_type == "code"))
        for notebook_id, cell, auto, most in gb.db.execute(query).all():
            if auto == 0 and most and notebook_id in where:
                name, student, stem = where[notebook_id]
                ename, evalue = FAILURES[zlib.crc32(f"{student}/{cell}".encode()) % len(FAILURES)]
                out[name][student][stem][cell] = [ename, evalue.format(cell=cell.rsplit("_", 1)[0])]
    return out


def mark_graded(course: Path, assignments: list, db_url: str) -> int:
    """What earlier `course grade` runs leave: every submission's autograded/ folder (the release's notebooks,
    hard-linked) with its grading record (grading.json: findings, and the failing checks' messages the report
    reads); for the first assignment, each submitter's submitted/ folder with the manifest entry that says it is
    graded and unchanged, and their feedback pages with what each was made from; grades.csv and the report as
    made from this gradebook. Returns how many submissions of the first assignment."""
    from dataclasses import asdict

    from nbgrader.coursedir import CourseDirectory

    from course.trainer.build import modules, nbgrader_config
    from course.trainer.grading import RECORD, Outcome, fresh, grade_states, run

    ignore = CourseDirectory(config=nbgrader_config(course)).ignore
    manifest, first = {}, []
    every = _failures(db_url)
    for number, assignment in enumerate(assignments):
        failures = every.get(assignment.name, {})
        submitters = sorted(failures)
        for username in submitters:
            folder = course / "autograded" / username / assignment.name
            shutil.copytree(assignment.release_dir, folder, copy_function=os.link)
            outcome = Outcome(assignment.name, username, "", failures=failures[username], seconds=2.4)
            record = asdict(outcome)
            record.pop("workdir", None)
            (folder / RECORD).write_text(json.dumps(record, indent=1), encoding="utf-8")
            if number == 0:
                submitted = course / "submitted" / username / assignment.name
                shutil.copytree(assignment.release_dir, submitted)
                manifest[f"{assignment.name}/{username}"] = run.fingerprint(submitted, assignment.release_dir, ignore)
                pages = course / "feedback" / username / assignment.name
                pages.mkdir(parents=True)
                for notebook in assignment.notebooks:
                    (pages / f"{Path(notebook).stem}.html").write_text("<!-- made by an earlier course grade -->")
        if number == 0:
            first = submitters
    (course / "autograded" / run.MANIFEST).write_text(json.dumps(manifest))
    states = grade_states(db_url)
    _, made_from = fresh.stale_feedback(assignments[0], course, states)
    fresh.remember_feedback(assignments[0], course, made_from)
    # grades.csv and the report (made by the first two timed runs, from this very gradebook)
    fresh.remember_outputs(course, fresh.outputs_state(modules(course), course, states, db_url))
    return len(first)


def hand_grade(db_url: str, assignment: str, how_many: int) -> list[str]:
    """A trainer grades `how_many` pending written answers of `assignment` in Formgrader: their participants."""
    from nbgrader.api import Gradebook

    done = []
    with Gradebook(db_url) as gb:
        for sub in sorted(gb.find_assignment(assignment).submissions, key=lambda s: s.student_id):
            pending = [g for nb in sub.notebooks for g in nb.grades if g.needs_manual_grade]
            if pending and len(done) < how_many:
                pending[0].manual_score = pending[0].max_score
                pending[0].needs_manual_grade = False
                done.append(sub.student_id)
        gb.db.commit()
    return done


# Runs the measured command as its own child and writes its peak RSS (KB) and CPU seconds to argv[1]. Linux
# carries a forked child's memory high-water mark (its copy of the parent) through exec: measured straight from
# this process, every command showed this process's own size (hundreds of MB once the gradebook is generated).
LAUNCHER = ("import os, sys\n"
            "pid = os.fork()\n"
            "if pid == 0:\n"
            "    os.execv(sys.argv[2], sys.argv[2:])\n"
            "_, status, usage = os.wait4(pid, 0)\n"
            "open(sys.argv[1], 'w').write(f'{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}')\n"
            "sys.exit(os.waitstatus_to_exitcode(status))\n")


def measured(command: list[str], env: dict, cwd: Path) -> tuple[float, float, int, str, float]:
    """(wall seconds, peak RSS in MB of the process and the children it waited for, exit code, tail of output,
    CPU seconds: user + system, which the machine's other users change less than the wall time)."""
    with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryFile() as out:
        figures = Path(scratch) / "rusage"
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(figures), *command], env=env, cwd=cwd,
                                   stdout=out, stderr=subprocess.STDOUT)
        process.wait()
        seconds = time.perf_counter() - start
        out.seek(0)
        tail = out.read().decode(errors="replace")[-600:]
        rss_kb, cpu = (float(x) for x in figures.read_text().split()) if figures.exists() else (0.0, 0.0)
    return seconds, rss_kb / 1024, process.returncode, tail, cpu


EXPORT = ("import sys; from pathlib import Path; from course.trainer import build, grading; root = Path(sys.argv[1]); "
          "grading.export_csv(grading.scores(build.modules(root), root), root / 'grades.csv')")


def postgres_url(args) -> tuple[str | None, object | None, str | None]:
    """(URL, server to stop, why skipped)."""
    given = os.environ.get("COURSE_DB_URL", "")
    if given.startswith("postgresql"):
        return given, None, None
    if not args.postgres:
        return None, None, None
    sys.path.insert(0, str(ROOT / "tests"))
    import throwaway_postgres

    why = throwaway_postgres.unavailable()
    if why:
        return None, None, f"PostgreSQL skipped: {why} (or set COURSE_DB_URL to a postgresql+psycopg:// URL)"
    server = throwaway_postgres.start()
    return server.add_login("bench", "bench_gradebook"), server, None


def generate(course: Path, participants: int, db_url: str, seed: int = 20) -> tuple[list, list[str], dict]:
    """The course folder with its roster and gradebook; (assignments, usernames, mix)."""
    from course.trainer import roster

    rng = random.Random(seed)
    assignments = make_course(course)
    roster_file = course / "roster-import.csv"
    usernames = write_roster(roster_file, participants, rng)
    roster.import_roster(roster_file, course, accounts=set(usernames), accounts_from="the benchmark", db_url=db_url)
    mix = fill(db_url, assignments, usernames, rng)
    return assignments, usernames, mix


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL (throw-away server unless COURSE_DB_URL)")
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it (report HTML to look at)")
    args = parser.parse_args()
    # nbgrader's Gradebook runs `alembic` from PATH: this environment's, also when run as .venv/bin/python
    # (make bench) without the environment activated
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    load_before = os.getloadavg()
    url, server, skipped = postgres_url(args)
    if skipped:
        print(skipped)
        return 0
    scratch = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-gradebook-", dir="/root"
                                                                      if os.access("/root", os.W_OK) else None))
    try:
        course = scratch / "course"
        db_url = url or f"sqlite:///{course / 'gradebook.db'}"
        start = time.perf_counter()
        assignments, usernames, mix = generate(course, args.participants, db_url)
        graded = assignments[0]
        marked = mark_graded(course, assignments, db_url)
        backend = "PostgreSQL" if db_url.startswith("postgresql") else "sqlite"
        print(f"gradebook ({backend}): {len(usernames)} participants x {len(assignments)} assignments, "
              f"generated in {time.perf_counter() - start:.0f} s: {mix['submissions']} submissions, "
              f"{mix['missing']} missing, {mix['late']} late, {mix['hand_graded']} hand-graded answers graded, "
              f"{mix['pending_hand_grades']} pending, {mix['regraded']} regraded; "
              f"every submission autograded on disk; {marked} of {graded.name} submitted and unchanged")
        env = dict(os.environ, COURSE_DB_URL=db_url, COURSE_ROOT=str(course),
                   PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
        course_cli = str(Path(sys.executable).parent / "course")
        runs = [("report", "course report", [course_cli, "report", "--root", str(course)]),
                # the charts drawn by the run before come from reports/.charts/ (nothing changed in between)
                ("report", "  again (charts drawn before)", [course_cli, "report", "--root", str(course)]),
                ("export", "grades.csv export", [sys.executable, "-c", EXPORT, str(course)]),
                ("grade", f"course grade {graded.name} (nothing new)",
                 [course_cli, "grade", graded.name, "--root", str(course)]),
                # the same without the feedback pages, grades.csv and report it makes again afterwards
                ("grade", "  the same with --no-feedback",
                 [course_cli, "grade", graded.name, "--no-feedback", "--root", str(course)]),
                # a trainer hand-grades a few answers in Formgrader: their pages, grades.csv and the report again
                ("hand", f"  the same after {HAND_GRADED} hand grades",
                 [course_cli, "grade", graded.name, "--root", str(course)])]
        failed = 0
        for key, label, command in runs:
            if key == "hand":
                hand_grade(db_url, graded.name, HAND_GRADED)
            seconds, peak, code, tail, cpu = measured(command, env, course)
            ok = seconds <= TARGETS[key] and peak <= MEMORY_TARGET_MB and code == 0
            failed += not ok
            print(f"{label:45s} {seconds:6.1f} s (target <= {TARGETS[key]:.0f} s, cpu {cpu:5.1f} s)  peak {peak:5.0f} MB "
                  f"(target <= {MEMORY_TARGET_MB} MB)  {'ok' if ok else 'MISSED'}"
                  + ("" if code == 0 else f"  exit {code}: {tail}"))
            if key in ("grade", "hand") and "--no-feedback" not in command:
                print("    " + " | ".join(line.strip() for line in tail.splitlines()
                                        if line.startswith(("Feedback:", "Scores:"))))
        report = course / "reports" / "cohort.html"
        if report.exists():
            print(f"report page: {report.stat().st_size / 1e6:.1f} MB" + (f" ({report})" if args.keep else ""))
    finally:
        if server is not None:
            server.stop()
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    load_after = os.getloadavg()
    print(f"machine: nproc={os.cpu_count()}, load average before {load_before[0]:.1f}, after {load_after[0]:.1f} "
          "(shared with other users)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
