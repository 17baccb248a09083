"""Quality gates: the course's conventions as code, run by `course check` and by the test suite.

Each gate takes an assignment and returns a list of problems (empty when it passes), so the same code
prints a trainer-readable report and fails a test.

1. clean      notebooks have no outputs, validate, carry well-formed nbgrader metadata
2. sync/leak  release/ is what `course build` makes now; it holds no solution or hidden-test text
3. runs       the source notebook runs top to bottom; every chart has a title
   autograde  through real nbgrader: the solved notebook scores full marks, the blank release zero
4. wrong      every autograded exercise has a recorded wrong answer, and each one loses points
   right      every autograded exercise has at least two recorded right answers (other than the
              solution), and each one scores full marks (same autograde run as 3 and 4)
   twice      a recorded wrong answer costs points in its own exercise only (same run)
   fairness   one precision per exercise; answers rounded within it keep full marks and coarser ones are
              told so; objects that equal everything score 0; participants' edits of answer cells
              survive grading (course/trainer/fairness.py, same autograde run)
5. teaching   one H1, estimated time, learning outcomes, a hint per exercise, no local paths
6. pedagogy   every point-carrying cell names its kind, judgement is at least a third of the points, every
              idiom is explained where the course first uses it, the stated time follows the pace rule
              (course/trainer/pedagogy.py); in the autograde run, no exercise is solved by its hints' code
7. ruff       (run over the whole repository by the test suite)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from course.trainer import batching, fairness, pedagogy
from course.trainer.build import (
    ROOT,
    Assignment,
    NbgraderFailed,
    build_into,
    editions_of,
    english_of,
    generate,
    nbgrader_config,
    run_logged,
)
from course.trainer.editions import gate_edition as edition_problems
from course.trainer.markers import BEGIN_HIDDEN, BEGIN_SOLUTION, END_HIDDEN, END_SOLUTION, split_region

WRONG_ANSWERS_DIR = ROOT / "tests" / "wrong_answers"
RIGHT_ANSWERS_DIR = ROOT / "tests" / "right_answers"
MIN_RIGHT_ANSWERS = 2

# ------------------------------------------------------------------------------------------------
# Reading notebooks


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def nbgrader_meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def is_answer(cell) -> bool:
    meta = nbgrader_meta(cell)
    return bool(meta.get("solution")) and cell.cell_type == "code"


def is_test(cell) -> bool:
    meta = nbgrader_meta(cell)
    return bool(meta.get("grade")) and not meta.get("solution") and cell.cell_type == "code"


def is_manual(cell) -> bool:
    meta = nbgrader_meta(cell)
    return bool(meta.get("grade")) and bool(meta.get("solution")) and cell.cell_type == "markdown"


def exercises(nb) -> dict[str, list[str]]:
    """Autograded exercises: answer grade id -> grade ids of its test cells (by the `X_` prefix)."""
    answers = [nbgrader_meta(c)["grade_id"] for c in nb.cells if is_answer(c)]
    tests = [nbgrader_meta(c)["grade_id"] for c in nb.cells if is_test(c)]
    result: dict[str, list[str]] = {}
    for test_id in tests:
        # The longest matching answer id owns the test: `engagement_rate_check` is not `engagement`'s.
        owners = [a for a in answers if test_id.startswith(a + "_")]
        if owners:
            result.setdefault(max(owners, key=len), []).append(test_id)
    return {a: result[a] for a in answers if a in result}


def _region_lines(source: str, begin: str, end: str) -> list[str]:
    return [line.strip() for line in split_region(source, begin, end)[1]]


def strip_markers(source: str) -> str:
    """The solution as a participant would type it: the answer without nbgrader's marker lines."""
    kept = [line for line in source.splitlines() if line.strip() not in (BEGIN_SOLUTION, END_SOLUTION)]
    return "\n".join(kept)


# ------------------------------------------------------------------------------------------------
# Gate 1: clean notebooks with well-formed metadata

_GRADE_ID = re.compile(r"^[A-Za-z0-9_-]+$")


def gate_clean(assignment: Assignment) -> list[str]:
    problems = []
    for notebook in assignment.notebooks:
        for kind, path in (("source", assignment.source(notebook)), ("release", assignment.release(notebook))):
            if not path.exists():
                problems.append(f"{kind}/{assignment.name}/{notebook} is missing (run `course build`)")
                continue
            try:
                nb = read(path)
                nbformat.validate(nb)
            except Exception as error:  # any parse or schema error is the finding itself
                problems.append(f"{kind} {notebook}: not a valid notebook: {error}")
                continue
            problems += [f"{kind} {notebook}: {p}" for p in _clean_problems(nb)]
    problems += _lint_problems(assignment)
    return problems


def _lint_problems(assignment: Assignment) -> list[str]:
    """ruff over the assignment's source notebooks, with the repository's settings (pyproject.toml): the test
    suite runs it over everything, and a fix pass that only ran `course check` left four lint errors for CI."""
    import subprocess
    import sys

    paths = [str(assignment.source(notebook)) for notebook in assignment.notebooks
             if assignment.source(notebook).exists()]
    config = assignment.root / "pyproject.toml"
    if not paths or not config.exists() or "[tool.ruff" not in config.read_text(encoding="utf-8"):
        return []  # a course folder without the repository's lint settings (a copy, a trainer's own course)
    try:
        done = subprocess.run([sys.executable, "-m", "ruff", "check", "--quiet", "--output-format", "concise",
                               *paths], cwd=assignment.root, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        return [f"ruff could not run: {error}"]
    if "No module named ruff" in done.stderr:
        return []  # a trainer's machine without the dev tools: the test suite still runs it
    return [f"lint: {line}" for line in done.stdout.splitlines() if line.strip() and not line.startswith("Found")]


def _clean_problems(nb) -> list[str]:
    problems = []
    seen: set[str] = set()
    for index, cell in enumerate(nb.cells, start=1):
        where = f"cell {index}"
        if cell.cell_type == "code":
            if cell.get("outputs"):
                problems.append(f"{where} has outputs (clear them before committing)")
            if cell.get("execution_count") is not None:
                problems.append(f"{where} has an execution count")
        if cell.cell_type == "markdown":
            from course.trainer.editions import hashtag_lines

            for line in hashtag_lines(cell.source):
                problems.append(f"{where}, line {line}, starts with a hashtag: the feedback page would show it as a "
                                "heading (move the word before it onto this line)")
        meta = nbgrader_meta(cell)
        if not meta:
            continue
        grade_id = meta.get("grade_id")
        if not grade_id or not _GRADE_ID.match(str(grade_id)):
            problems.append(f"{where} has a missing or odd grade_id {grade_id!r}")
            continue
        if grade_id in seen:
            problems.append(f"{where}: grade_id {grade_id!r} is used twice")
        seen.add(grade_id)
        if meta.get("schema_version") != 3:
            problems.append(f"{where} ({grade_id}): nbgrader schema_version should be 3")
        if meta.get("grade"):
            points = meta.get("points")
            # A visible check may be worth 0 when it runs the participant's earlier answer (its points then
            # sit in the hidden test, which grades with a reference the release must not show).
            free = is_test(cell) and BEGIN_HIDDEN not in cell.source and points == 0
            if not isinstance(points, int | float) or (points <= 0 and not free):
                problems.append(f"{where} ({grade_id}): graded cell needs positive points, has {points!r}")
        if is_test(cell) and not meta.get("locked"):
            problems.append(f"{where} ({grade_id}): test cells must be locked")
    answer_ids = {nbgrader_meta(c)["grade_id"] for c in nb.cells if is_answer(c)}
    for cell in nb.cells:
        if is_test(cell):
            grade_id = nbgrader_meta(cell)["grade_id"]
            if not any(grade_id.startswith(a + "_") for a in answer_ids):
                problems.append(f"test {grade_id!r} belongs to no answer cell (name it <answer id>_...)")
    return problems


# ------------------------------------------------------------------------------------------------
# Gate 2: release in sync with source, and nothing leaks


def gate_sync(assignment: Assignment) -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory(prefix="course-sync-") as scratch:
        fresh = Path(scratch)
        try:
            build_into([assignment], fresh)
        except Exception as error:  # nbgrader refuses malformed sources: report, don't crash
            return [f"`course build` fails: {type(error).__name__}: {error}"]
        made = fresh / assignment.name
        fresh_files = {p.relative_to(made) for p in made.rglob("*") if p.is_file()}
        have = {p.relative_to(assignment.release_dir) for p in assignment.release_dir.rglob("*") if p.is_file()}
        for rel in sorted(fresh_files | have):
            if rel not in have:
                problems.append(f"release is missing {rel} (run `course build`)")
            elif rel not in fresh_files:
                problems.append(f"release has {rel}, which the source no longer makes")
            elif (made / rel).read_bytes() != (assignment.release_dir / rel).read_bytes():
                problems.append(f"release/{assignment.name}/{rel} differs from a fresh build "
                                "(run `course build` and commit)")
    return problems


def gate_leaks(assignment: Assignment) -> list[str]:
    problems = []
    for notebook in assignment.notebooks:
        release_path = assignment.release(notebook)
        if not release_path.exists():
            continue
        source = read(assignment.source(notebook))
        release_text = release_path.read_text(encoding="utf-8")
        release_cells = "\n".join(c.source for c in read(release_path).cells)
        for marker in (BEGIN_SOLUTION, END_SOLUTION, BEGIN_HIDDEN, END_HIDDEN):
            if marker in release_text:
                problems.append(f"{notebook}: release contains the marker {marker!r}")
        secret, public = [], []
        for cell in source.cells:
            text = cell.source
            hidden = _region_lines(text, BEGIN_HIDDEN, END_HIDDEN)
            solution = _region_lines(text, BEGIN_SOLUTION, END_SOLUTION)
            secret += [(line, "hidden test") for line in hidden] + [(line, "solution") for line in solution]
            kept = set(hidden) | set(solution)
            public += [line.strip() for line in text.splitlines() if line.strip() not in kept]
        problems += [f"{notebook}: {p}" for p in _marker_problems(source)]
        public_text = "\n".join(public)
        release_lines = {line.strip() for line in release_cells.splitlines()}
        for line, kind in secret:
            if len(line) < 4 or line in public_text or line.startswith("#") and len(line) < 12:
                continue  # too short to identify, or written in the visible text on purpose
            if line in release_lines or (len(line) >= 20 and line in release_cells):
                problems.append(f"{notebook}: {kind} line leaks into the release: {line[:70]!r}")
    return problems


def _marker_problems(nb) -> list[str]:
    """Markers must pair up, and every exercise needs hidden tests: a lost marker line would publish them."""
    problems = []
    hidden_ids = set()
    for cell in nb.cells:
        grade_id = nbgrader_meta(cell).get("grade_id", "?")
        lines = [line.strip() for line in cell.source.splitlines()]
        for begin, end in ((BEGIN_SOLUTION, END_SOLUTION), (BEGIN_HIDDEN, END_HIDDEN)):
            if lines.count(begin) != lines.count(end):
                problems.append(f"cell {grade_id!r}: {begin!r} and {end!r} do not pair up")
        if BEGIN_HIDDEN in lines and END_HIDDEN in lines:
            hidden_ids.add(grade_id)
        if (BEGIN_HIDDEN in lines or END_HIDDEN in lines) and not is_test(cell):
            problems.append(f"cell {grade_id!r}: hidden tests outside a graded test cell")
    for answer_id, test_ids in exercises(nb).items():
        if not hidden_ids & set(test_ids):
            problems.append(f"exercise {answer_id!r} has no hidden tests (### BEGIN HIDDEN TESTS)")
    return problems


# ------------------------------------------------------------------------------------------------
# Gate 3: the source runs top to bottom, charts have titles


@dataclass
class RunResult:
    seconds: float
    peak_rss_mb: float
    untitled_figures: int
    figures: int
    error: str | None = None


_MEMORY_PROBE = (
    "import resource as _r, json as _j\n"
    "print('__COURSE_RSS__' + _j.dumps(_r.getrusage(_r.RUSAGE_SELF).ru_maxrss))"
)


def run_notebook(path: Path, timeout: int = 120) -> RunResult:
    """Execute a notebook with nbclient in its own folder; time it, measure the kernel's peak memory."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = read(path)
    nb.cells.append(nbformat.v4.new_code_cell(_MEMORY_PROBE))
    with tempfile.TemporaryDirectory(prefix="course-run-") as scratch:
        audit = Path(scratch) / "titles.jsonl"
        env_before = os.environ.get("COURSE_AUDIT_TITLES")
        os.environ["COURSE_AUDIT_TITLES"] = str(audit)
        start = time.perf_counter()
        error = None
        try:
            NotebookClient(nb, timeout=timeout, kernel_name="python3",
                           resources={"metadata": {"path": str(path.parent)}}).execute()
        except CellExecutionError as failure:
            error = _first_lines(str(failure), 12)
        finally:
            if env_before is None:
                os.environ.pop("COURSE_AUDIT_TITLES", None)
            else:
                os.environ["COURSE_AUDIT_TITLES"] = env_before
        seconds = time.perf_counter() - start
        records = [json.loads(line) for line in audit.read_text().splitlines()] if audit.exists() else []
    rss_kb = 0
    for output in nb.cells[-1].get("outputs", []):
        text = output.get("text", "")
        if "__COURSE_RSS__" in text:
            rss_kb = int(text.split("__COURSE_RSS__")[1].strip())
    return RunResult(seconds=seconds, peak_rss_mb=rss_kb / 1024, figures=len(records),
                     untitled_figures=sum(1 for r in records if not r["title"].strip()), error=error)


def _first_lines(text: str, n: int) -> str:
    return "\n".join(text.strip().splitlines()[-n:])


def gate_runs(assignment: Assignment, limits: dict | None = None) -> tuple[list[str], dict[str, RunResult]]:
    """Errors, untitled charts and kernel memory fail the gate; run time is reported, not judged
    (target 15 s), because a shared machine makes timings flake."""
    limits = {"rss_mb": 300} | (limits or {})
    problems, results = [], {}
    for notebook in assignment.notebooks:
        result = run_notebook(assignment.source(notebook))
        results[notebook] = result
        if result.error:
            problems.append(f"{notebook}: source does not run top to bottom:\n{result.error}")
        if result.untitled_figures:
            problems.append(f"{notebook}: {result.untitled_figures} of {result.figures} charts have no title")
        if result.peak_rss_mb > limits["rss_mb"]:
            problems.append(f"{notebook}: kernel peaked at {result.peak_rss_mb:.0f} MB "
                            f"(limit {limits['rss_mb']} MB)")
    return problems, results


# ------------------------------------------------------------------------------------------------
# Gates 3 and 4: real nbgrader autograde of solved, blank and wrong submissions


def _load_answers(assignment: Assignment, directory: Path | None, folder: str, name: str) -> dict[str, list[str]]:
    path = (directory or assignment.root / "tests" / folder) / f"{assignment.name}.py"
    if not path.exists():
        return {}
    namespace: dict = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # our own test data
    return namespace.get(name, {})


def load_wrong_answers(assignment: Assignment, directory: Path | None = None) -> dict[str, list[str]]:
    """tests/wrong_answers/<assignment>.py defines WRONG_ANSWERS = {answer grade id: [code, ...]}."""
    return _load_answers(assignment, directory, "wrong_answers", "WRONG_ANSWERS")


def load_partial_credit(assignment: Assignment, directory: Path | None = None) -> dict[str, dict[int, str]]:
    """tests/wrong_answers/<assignment>.py may define PARTIAL = {answer grade id: {case number: why}}: the
    recorded wrong answers that earn part of an exercise's points because part of the work is right (the
    syllabus: "partial credit where the work splits"). Every other wrong answer must score nothing."""
    found = _load_answers(assignment, directory, "wrong_answers", "PARTIAL")
    return {answer_id: {int(k): str(why) for k, why in cases.items()} for answer_id, cases in found.items()}


def load_right_answers(assignment: Assignment, directory: Path | None = None) -> dict[str, list[str]]:
    """tests/right_answers/<assignment>.py defines RIGHT_ANSWERS = {answer grade id: [code, ...]}."""
    return _load_answers(assignment, directory, "right_answers", "RIGHT_ANSWERS")


def _normalised(code: str) -> str:
    return "\n".join(line.rstrip() for line in code.strip().splitlines() if line.strip())


def solutions_of(source_nb) -> dict[str, str]:
    """Each code answer cell's solution as a participant would type it, by grade id."""
    return {nbgrader_meta(c)["grade_id"]: strip_markers(c.source) for c in source_nb.cells if is_answer(c)}


def solved_submission(source_nb, release_nb, replace: dict[str, str] | None = None):
    """The release notebook with every answer cell filled in from the source (or from `replace`)."""
    answers = {nbgrader_meta(c)["grade_id"]: strip_markers(c.source)
               for c in source_nb.cells if nbgrader_meta(c).get("solution")}
    answers.update(replace or {})
    nb = nbformat.from_dict(json.loads(json.dumps(release_nb)))
    for cell in nb.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if nbgrader_meta(cell).get("solution") and grade_id in answers:
            cell.source = answers[grade_id]
    return nb


@dataclass
class GradeReport:
    # student -> notebook -> grade id -> (score, max score)
    scores: dict[str, dict[str, dict[str, tuple[float, float]]]] = field(default_factory=dict)
    seconds: float = 0.0
    # student -> notebook -> the autograded notebook (with outputs), for the students asked for
    graded: dict[str, dict[str, nbformat.NotebookNode]] = field(default_factory=dict)
    hints_solving: dict[str, list[str]] = field(default_factory=dict)  # notebook -> exercises its hints solve
    # recorded wrong answers that lose some points but keep others (partial credit: printed by course check)
    wrong_with_points: list[str] = field(default_factory=list)

    def autograded(self, student: str, notebook: str) -> tuple[float, float]:
        cells = self.scores.get(student, {}).get(notebook, {})
        got = sum(s for s, m in cells.values() if s is not None)
        top = sum(m for s, m in cells.values() if s is not None)
        return got, top

    def exercise(self, student: str, notebook: str, test_ids: list[str]) -> tuple[float, float]:
        cells = self.scores.get(student, {}).get(notebook, {})
        pairs = [cells[t] for t in test_ids if t in cells]
        return sum(s or 0 for s, _ in pairs), sum(m for _, m in pairs)


# A kernel that could not start is the machine's, not the submission's: two kernels started at once can pick
# the same free TCP port (zmq "Address already in use"), and the loser "didn't respond in 120 seconds".
_KERNEL_START = re.compile(r"Kernel didn't respond|Address already in use|Kernel died before replying")
_FAILED_STUDENT = re.compile(r"error processing assignment '[^']+' for student '([^']+)'")


def run_with_kernel_retry(app_for, retries: int = 2) -> None:
    """Run nbgrader's autograde (`app_for()` makes the app; `app_for(student)` one for that student only); a
    student whose kernel could not start is graded again, up to `retries` times. Any other error is raised."""
    try:
        run_logged(app_for())
        return
    except NbgraderFailed as error:
        failed = list(dict.fromkeys(_FAILED_STUDENT.findall(str(error))))
        if not (failed and retries and _KERNEL_START.search(str(error))):
            raise
    for student in failed:
        run_with_kernel_retry(lambda who=None, student=student: app_for(student), retries - 1)


def autograde(assignment: Assignment, submissions: dict[str, dict[str, nbformat.NotebookNode]],
              workdir: Path, keep: set[str] | None = None) -> GradeReport:
    """Grade `submissions` ({student: {notebook: nb}}) with nbgrader in a throw-away course folder;
    the graded notebooks of the students in `keep` come back in `report.graded`."""
    from nbgrader.api import Gradebook
    from nbgrader.converters import Autograde
    from nbgrader.coursedir import CourseDirectory

    course = workdir / "course"
    shutil.copytree(assignment.source_dir, course / "source" / assignment.name)
    shutil.copy(assignment.root / "nbgrader_config.py", course / "nbgrader_config.py")
    db = workdir / "gradebook.db"
    # Generating the release registers the assignment and its checksums in this throw-away gradebook.
    generate(Assignment(assignment.name, course), course / "release", f"sqlite:///{db}")
    for student, notebooks in submissions.items():
        folder = course / "submitted" / student / assignment.name
        folder.mkdir(parents=True)
        for name, nb in notebooks.items():
            nbformat.write(nb, str(folder / name))
    config = nbgrader_config(assignment.root, root=str(course), db_url=f"sqlite:///{db}")
    # The throw-away kernels need no graceful goodbye: 0.2 to 0.5 s saved per submission, as in course grade.
    config.Execute.shutdown_kernel = "immediate"

    def app_for(student: str | None = None):
        coursedir = CourseDirectory(config=config)
        coursedir.assignment_id = assignment.name
        if student is not None:
            coursedir.student_id = student
        app = Autograde(coursedir=coursedir, config=config)
        app.force = True
        app.create_student = True
        return app

    start = time.perf_counter()
    run_with_kernel_retry(app_for)
    report = GradeReport(seconds=time.perf_counter() - start)
    with Gradebook(f"sqlite:///{db}") as gradebook:
        for student in submissions:
            report.scores[student] = {}
            for name in submissions[student]:
                stem = Path(name).stem
                try:
                    sub = gradebook.find_submission_notebook(stem, assignment.name, student)
                except Exception:  # not graded at all: leave empty, gates report it
                    continue
                report.scores[student][name] = {
                    g.name: (g.auto_score, g.max_score) for g in sub.grades if g.cell_type == "code"
                }
    for student in keep or ():
        for name in submissions.get(student, {}):
            graded = course / "autograded" / student / assignment.name / name
            if graded.exists():
                report.graded.setdefault(student, {})[name] = read(graded)
    return report


def right_answer_submissions(notebook: str, source, release, right: dict[str, list[str]], right_file: str):
    """(problems, {student: notebook}, cases) for one notebook's recorded right answers; cases are
    (student, notebook, answer id, k, code, tests).

    Submission `right-k` answers every exercise with its k-th right answer (the solution where it has
    fewer): a right answer must keep its own marks and cost no other exercise anything, so grading them
    together proves both, in a handful of submissions instead of one per answer.
    """
    problems: list[str] = []
    replace: dict[int, dict[str, str]] = {}
    cases: list[tuple[str, str, str, int, str, list[str]]] = []
    solutions = solutions_of(source)
    for answer_id, test_ids in exercises(source).items():
        codes = right.get(answer_id, [])
        if len(codes) < MIN_RIGHT_ANSWERS:
            problems.append(f"{notebook}: exercise {answer_id!r} has {len(codes)} recorded right answer(s) "
                            f"in {right_file}; at least {MIN_RIGHT_ANSWERS} wanted")
        for k, code in enumerate(codes, start=1):
            if _normalised(code) == _normalised(solutions[answer_id]):
                problems.append(f"{notebook}: right answer #{k} for {answer_id!r} is the solution itself")
            replace.setdefault(k, {})[answer_id] = code
            cases.append((f"right-{k}", notebook, answer_id, k, code, test_ids))
    made = {f"right-{k}": solved_submission(source, release, answers) for k, answers in replace.items()}
    return problems, made, cases


def code_cells(nb) -> list[tuple[str | None, str, str]]:
    """The notebook's code cells in order as (grade id, kind, code) for course/trainer/batching.py: kind
    "answer" (code: the solution as a participant types it), "test" or "given"."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kind = "answer" if is_answer(cell) else "test" if is_test(cell) else "given"
        cells.append((nbgrader_meta(cell).get("grade_id"), kind,
                      strip_markers(cell.source) if kind == "answer" else cell.source))
    return cells


CODE_STUB = "# YOUR CODE HERE\nraise NotImplementedError()"
HINTS_STUDENT = "hints-pasted"


def hints_pasted_submission(source, release) -> tuple[nbformat.NotebookNode, list[str]]:
    """The release with every exercise answered by the code of its own hints, pasted where the stub is.

    Each answer cell first re-runs the previous exercise's solution, so an exercise is judged on its hints
    alone and never on an earlier exercise's failure. Returns the notebook and the exercises whose hints
    hold code (the only ones judged).
    """
    solutions = solutions_of(source)
    found = exercises(source)
    with_code: list[str] = []
    pasted: dict[str, str] = {}
    previous = None
    for index, cell in enumerate(source.cells):
        if not is_answer(cell):
            continue
        grade_id = nbgrader_meta(cell)["grade_id"]
        pieces = [piece for hint in pedagogy.hints_before(source, index) for piece in pedagogy.hint_code(hint)]
        if pieces and grade_id in found:
            with_code.append(grade_id)
        pasted[grade_id] = (previous or "", pedagogy.pasted_hints(pieces, pedagogy.assigned_names(
            solutions[grade_id])))
        previous = solutions[grade_id]
    nb = nbformat.from_dict(json.loads(json.dumps(release)))
    for cell in nb.cells:
        grade_id = nbgrader_meta(cell).get("grade_id")
        if is_answer(cell) and grade_id in pasted:
            restore, code = pasted[grade_id]
            body = cell.source.replace(CODE_STUB, code) if CODE_STUB in cell.source else code
            cell.source = f"{restore}\n{body}" if restore else body
    return nb, with_code


def _hints_that_solve(report: GradeReport, notebook: str, judged: list[str], found: dict[str, list[str]]) -> list[str]:
    solving = []
    for answer_id in judged:
        got, top = report.exercise(HINTS_STUDENT, notebook, found[answer_id])
        if top and got >= top:
            solving.append(answer_id)
    return solving


def gate_autograde(assignment: Assignment, wrong_dir: Path | None = None,
                   right_dir: Path | None = None) -> tuple[list[str], GradeReport]:
    """Solved scores full autograded marks, blank scores zero, each recorded wrong answer loses points,
    each recorded right answer scores its exercise's full marks: all in one autograde run."""
    problems: list[str] = []
    # An edition in another language has the English code and tests byte for byte (gate `edition`), so
    # the recorded wrong and right answers and the fairness cases, proved on the English, are not run
    # again: its solved, blank and hints-pasted notebooks are.
    edition = english_of(assignment.name) is not None
    wrong = {} if edition else load_wrong_answers(assignment, wrong_dir)
    partial = {} if edition else load_partial_credit(assignment, wrong_dir)
    wrong_file = f"tests/wrong_answers/{assignment.name}.py"
    right = {} if edition else load_right_answers(assignment, right_dir)
    right_file = f"tests/right_answers/{assignment.name}.py"
    submissions: dict[str, dict[str, nbformat.NotebookNode]] = {"solved": {}, "blank": {}}
    expectations: list[tuple[str, str, str, list[str], int]] = []  # student, notebook, answer id, tests, k
    right_cases: list[tuple[str, str, str, list[str]]] = []
    batched: dict[tuple[str, str], set[str]] = {}  # (student, notebook) -> the exercises it answers wrongly
    all_exercises: set[str] = set()
    for notebook in assignment.notebooks:
        source = read(assignment.source(notebook))
        release = read(assignment.release(notebook))
        submissions["solved"][notebook] = solved_submission(source, release)
        submissions["blank"][notebook] = release
        all_exercises |= set(exercises(source))
        found, made, cases_made = right_answer_submissions(notebook, source, release, right, right_file)
        problems += [] if edition else found
        for student, nb in made.items():
            submissions.setdefault(student, {})[notebook] = nb
        right_cases += [(student, nb_name, answer_id, test_ids)
                        for student, nb_name, answer_id, _, _, test_ids in cases_made]
        # Wrong answers that cannot reach each other's exercises share a submission (course/trainer/batching.py):
        # there each must lose points in its own exercise, and every exercise not answered wrongly keeps full marks.
        found_here = exercises(source)
        cases: list[batching.Case] = []
        for answer_id in found_here:
            recorded = wrong.get(answer_id, [])
            if not recorded and not edition:
                problems.append(f"{notebook}: exercise {answer_id!r} has no recorded wrong answer in "
                                f"tests/wrong_answers/{assignment.name}.py")
            cases += [batching.Case(answer_id, k, code) for k, code in enumerate(recorded, start=1)]
        for n, group in enumerate(batching.plan(code_cells(source), found_here, cases), start=1):
            student = f"wrong-together-{n}" if len(group) > 1 else f"wrong-{group[0].answer_id}-{group[0].k}"
            submissions.setdefault(student, {})[notebook] = solved_submission(
                source, release, {case.answer_id: case.code for case in group})
            batched[(student, notebook)] = {case.answer_id for case in group}
            expectations += [(student, notebook, case.answer_id, found_here[case.answer_id], case.k) for case in group]
    exercises_of = {notebook: exercises(read(assignment.source(notebook))) for notebook in assignment.notebooks}
    for answer_id in sorted(set(right) - all_exercises):
        problems.append(f"{right_file} names {answer_id!r}, which is no autograded exercise")
    fair = FairnessCases(keep={"solved"}) if edition else fairness_cases(assignment, submissions)
    if not edition and editions_of(assignment):
        fair.keep |= set(submissions) | {HINTS_STUDENT}  # every graded notebook: what its checks said, for the editions
    problems += fair.static_problems
    hint_judged: dict[str, list[str]] = {}
    for notebook in assignment.notebooks:
        nb, hint_judged[notebook] = hints_pasted_submission(read(assignment.source(notebook)),
                                                             read(assignment.release(notebook)))
        submissions.setdefault(HINTS_STUDENT, {})[notebook] = nb
    with tempfile.TemporaryDirectory(prefix="course-grade-") as scratch:
        report = autograde(assignment, submissions, Path(scratch), keep=fair.keep)
    problems += fair.judge(report)
    problems += untranslated_messages(assignment, report)
    report.hints_solving = {}
    for notebook, judged in hint_judged.items():
        solving = _hints_that_solve(report, notebook, judged, exercises_of[notebook])
        report.hints_solving[notebook] = solving
        problems += [f"{notebook}: the code in the hints of {answer_id!r}, pasted as the answer, solves it: "
                     "a hint names the idea or the method, never the whole answer" for answer_id in solving]
    for notebook in assignment.notebooks:
        got, top = report.autograded("solved", notebook)
        if top == 0:
            problems.append(f"{notebook}: the solved notebook was not graded (or has no autograded tests)")
        elif got != top:
            failing = [g for g, (s, m) in report.scores["solved"][notebook].items() if s != m]
            problems.append(f"{notebook}: solved notebook scores {got:g}/{top:g}; failing: {failing}")
        got, top = report.autograded("blank", notebook)
        if got != 0:
            passing = [g for g, (s, m) in report.scores["blank"][notebook].items() if s]
            problems.append(f"{notebook}: blank release scores {got:g}/{top:g}; passing: {passing}")
    for student, notebook, answer_id, test_ids, case in expectations:
        got, top = report.exercise(student, notebook, test_ids)
        if top == 0 or got >= top:
            problems.append(f"{notebook}: wrong answer #{case} for {answer_id!r} still scores {got:g}/{top:g}")
        elif got:
            why = partial.get(answer_id, {}).get(case)
            report.wrong_with_points.append(f"{notebook}: {answer_id} #{case} {got:g}/{top:g}"
                                            + (f" (partial credit: {why})" if why else ""))
            if not why:
                problems.append(f"{notebook}: wrong answer #{case} for {answer_id!r} keeps {got:g}/{top:g}: a wrong "
                                "answer gets no point, unless the part it gets right earns it; then say so in "
                                f"PARTIAL in {wrong_file}")
        elif case in partial.get(answer_id, {}):
            problems.append(f"{wrong_file}: PARTIAL names wrong answer #{case} for {answer_id!r}, which scores 0")
    for answer_id, cases in partial.items():
        for k in cases:
            if not 1 <= k <= len(wrong.get(answer_id, [])):
                problems.append(f"{wrong_file}: PARTIAL names wrong answer #{k} for {answer_id!r}, which is not recorded")
    problems += _charged_twice(expectations, report, exercises_of, batched)
    for (student, notebook) in {(student, notebook) for student, notebook, _, _ in right_cases}:
        answered = {answer_id for s_, n_, answer_id, _ in right_cases if (s_, n_) == (student, notebook)}
        for other, tests in exercises_of.get(notebook, {}).items():
            got, top = report.exercise(student, notebook, tests)
            if other not in answered and top and got < top:
                problems.append(f"{notebook}: with the right answers #{student.rsplit('-', 1)[1]} of other exercises, "
                                f"{other!r} (answered as the solution does) scores only {got:g}/{top:g}: a right "
                                "answer costs another exercise points")
    for student, notebook, answer_id, test_ids in right_cases:
        got, top = report.exercise(student, notebook, test_ids)
        if top == 0 or got < top:
            case = student.rsplit("-", 1)[1]
            failing = [t for t in test_ids
                       if (s := report.scores.get(student, {}).get(notebook, {}).get(t)) and s[0] != s[1]]
            problems.append(f"{notebook}: right answer #{case} for {answer_id!r} scores only {got:g}/{top:g}"
                            f"{f'; failing: {failing}' if failing else ''} (see tests/check_right_answers.py "
                            f"{assignment.name} for the messages)")
    return problems, report


_CHECK_LINE = ("✅", "📝", "📘", "❌")  # how the checks' printed lines start (course/checks.py)


def check_messages(nb) -> list[str]:
    """What the test cells of a graded notebook said: each check's failure, and each printed check line."""
    said: list[str] = []
    for cell in nb.cells:
        if cell.cell_type != "code" or not is_test(cell):
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and output.get("ename") == "CheckFailed":
                said.append(output.get("evalue", ""))
            elif output.get("output_type") == "stream" and output.get("name") == "stdout":
                said += [line for line in output.get("text", "").splitlines() if line.startswith(_CHECK_LINE)]
    return [text for text in said if text.strip()]


_CODE_OR_QUOTE = re.compile(r"https?://\S+|`[^`]*`|'[^']*'|\"[^\"]*\"|\([^()]*\)")
_DEVANAGARI_RUN = re.compile(r"[\u0900-\u097F]+")


def _english_left(translated: str, english: str) -> bool:
    """A translation that kept five English words in a row (outside code, quotes and brackets): a template
    matched, but a sentence inside it stayed English ("📘 B क्यों नहीं: A gap of 0.13 points is well within...")."""
    if translated == english:
        return True
    if not _DEVANAGARI_RUN.search(translated):
        return False  # nothing to translate: a number, a name, code
    bare = translated
    while (stripped := _CODE_OR_QUOTE.sub(" ", bare)) != bare:  # links, code, quotes, brackets (nested too)
        bare = stripped
    stretches = _DEVANAGARI_RUN.split(bare)
    # a list of data values ("carousel, link, long_video, text") is not a sentence: count words between commas
    return any(len(re.findall(r"[A-Za-z]{2,}", part)) >= 5
               for stretch in stretches for part in re.split(r"[,;:]", stretch))


def untranslated_messages(assignment: Assignment, report: GradeReport) -> list[str]:
    """The messages the English assignment's graded submissions (solved, blank, every recorded wrong and right
    answer) got from its checks, looked up in each edition as the edition's kernel would: each one found
    nowhere would reach a participant of that edition in English."""
    from course import i18n

    problems = []
    for edition in editions_of(assignment):
        messages: dict[str, str] = {}
        for name in ("edition.json", "edition.grading.json"):
            path = edition.source_dir / name
            if path.is_file():
                messages.update(json.loads(path.read_text(encoding="utf-8")).get("messages", {}))
        lang = english_of(edition.name)[1]
        missing: list[str] = []
        for student, notebooks in report.graded.items():
            if student.startswith("always-equal-"):
                continue  # a made-up object that equals anything: no participant's answer
            for nb in notebooks.values():
                for text in check_messages(nb):
                    found = (i18n._translate(text, lang, messages) or i18n._translate(text + " ", lang, messages)
                             or i18n._translate(text, lang, messages, course_templates=False))
                    if (found is None or _english_left(found, text)) and text not in missing:
                        missing.append(text)
        if missing:
            shown = "\n    ".join(m[:300].replace("\n", " | ") for m in missing[:5])
            problems.append(f"{edition.name}: {len(missing)} message(s) its checks say to the recorded answers would "
                            f"be shown in English: translate them (or the pieces the code joins) in "
                            f"i18n/{lang}/{assignment.name}.md, e.g.\n    {shown}")
    return problems


def _charged_twice(expectations, report: GradeReport, exercises_of: dict[str, dict[str, list[str]]],
                   batched: dict[tuple[str, str], set[str]] | None = None) -> list[str]:
    """A recorded wrong answer costs points in its own exercise only: every other exercise of the notebook,
    answered as the solution does, keeps full marks (a correct answer never loses a point). In a submission
    that answers several exercises wrongly at once, those exercises are not "other" exercises."""
    problems = []
    for student, notebook, answer_id, _, case in expectations:
        wrong_here = (batched or {}).get((student, notebook), {answer_id})
        for other, tests in exercises_of.get(notebook, {}).items():
            if other == answer_id or other in wrong_here:
                continue
            got, top = report.exercise(student, notebook, tests)
            if top and got < top:
                problems.append(f"{notebook}: wrong answer #{case} for {answer_id!r} also costs {other!r} "
                                f"{top - got:g} of {top:g} points: one mistake charged twice. Grade {other!r} on "
                                f"its own (build its inputs in the test, or call a reference for {answer_id!r})")
    return problems


@dataclass
class FairnessCases:
    """The rounding, always-equal and edited-cell cases of one assignment (course/trainer/fairness.py)."""

    static_problems: list[str] = field(default_factory=list)
    keep: set[str] = field(default_factory=set)
    # (notebook, answer id, test ids, places) per exercise
    exercises: list[tuple[str, str, list[str], int | None]] = field(default_factory=list)
    edit_marks: dict[str, list[str]] = field(default_factory=dict)  # notebook -> answer ids marked
    rounding: dict[str, list[int]] = field(default_factory=dict)  # notebook -> decimals its answers are rounded to

    def judge(self, report: GradeReport) -> list[str]:
        problems = []
        for notebook, answer_id, test_ids, places in self.exercises:
            for k in self.rounding[notebook]:
                student = f"rounded-{k}"
                got, top = report.exercise(student, notebook, test_ids)
                if top and got >= top:
                    continue
                graded = report.graded.get(student, {}).get(notebook)
                said = fairness.failing_messages(graded, test_ids) if graded is not None else ""
                if places is not None and k >= places:
                    problems.append(f"{notebook}: {answer_id!r} rounded to {k} decimals scores {got:g}/{top:g}, "
                                    f"though its checks accept places={places}: {_first_lines(said, 2)}")
                elif fairness.ROUNDING_MESSAGE not in said:
                    problems.append(f"{notebook}: {answer_id!r} rounded to {k} decimals scores {got:g}/{top:g} "
                                    f"without saying it is a rounding: {_first_lines(said, 2) or 'no message'}")
            for kind in fairness.ALWAYS_EQUAL_KINDS:
                got, top = report.exercise(f"always-equal-{kind}", notebook, test_ids)
                if got:
                    problems.append(f"{notebook}: {answer_id!r} answered with an object that equals everything "
                                    f"({kind}) scores {got:g}/{top:g}; compare type first (course.checks)")
        for notebook, answer_ids in self.edit_marks.items():
            graded = report.graded.get("solved", {}).get(notebook)
            if graded is None:
                continue
            for answer_id in fairness.edit_marks_kept(graded, answer_ids):
                problems.append(f"{notebook}: the participant's edit of cell {answer_id!r} did not survive grading "
                                "in its place")
        return problems


def fairness_cases(assignment: Assignment, submissions: dict[str, dict[str, nbformat.NotebookNode]]) -> FairnessCases:
    """Add the fairness submissions to `submissions` (the solved ones get edit marks); see course/trainer/fairness.py."""
    cases = FairnessCases(keep={"solved"})
    for notebook in assignment.notebooks:
        source = read(assignment.source(notebook))
        release = read(assignment.release(notebook))
        found = exercises(source)
        cases.static_problems += fairness.precision_problems(notebook, source, found)
        cases.static_problems += fairness.edit_cell_problems(notebook, source)
        cells = {nbgrader_meta(c).get("grade_id"): c for c in source.cells}
        shared = fairness.shared_names(source)
        solutions = solutions_of(source)
        decimals = set(fairness.ROUNDING_DECIMALS)
        for answer_id, test_ids in found.items():
            places = fairness.places_of([cells[t].source for t in test_ids])
            cases.exercises.append((notebook, answer_id, test_ids, min(places) if places else None))
            decimals |= places  # rounded to exactly its places, every exercise keeps full marks
        cases.rounding[notebook] = sorted(decimals)
        cases.keep |= {f"rounded-{k}" for k in decimals}
        for k in sorted(decimals):
            submissions.setdefault(f"rounded-{k}", {})[notebook] = solved_submission(
                source, release, {a: fairness.rounded_answer(solutions[a], k, shared) for a in found})
        for kind in fairness.ALWAYS_EQUAL_KINDS:
            submissions.setdefault(f"always-equal-{kind}", {})[notebook] = solved_submission(
                source, release, {a: fairness.always_equal_answer(solutions[a], kind, shared) for a in found})
        if "solved" in submissions and notebook in submissions["solved"]:
            _, cases.edit_marks[notebook] = fairness.with_edit_marks(submissions["solved"][notebook])
    return cases


# ------------------------------------------------------------------------------------------------
# Gate 5: teaching conventions

_LOCAL_PATH = re.compile(r"(?<![\w.])(/home/|/root/|/Users/|/tmp/|/work/|[A-Za-z]:\\\\)")


def gate_teaching(assignment: Assignment) -> list[str]:
    problems = []
    for notebook in assignment.notebooks:
        nb = read(assignment.source(notebook))
        markdown = [c for c in nb.cells if c.cell_type == "markdown"]
        h1 = [line for c in markdown for line in c.source.splitlines() if re.match(r"^# \S", line)]
        if len(h1) != 1:
            problems.append(f"{notebook}: should have exactly one H1 title, has {len(h1)}")
        top = "\n".join(c.source for c in nb.cells[:3] if c.cell_type == "markdown").lower()
        if not re.search(r"(estimated time|अनुमानित समय)\W*\d+\s*(min|मिनट)", top):
            problems.append(f"{notebook}: no estimated time ('Estimated time: NN minutes', 'अनुमानित समय: NN "
                            "मिनट') in the first cells")
        if not re.search(r"you will be able to|by the end|what you will learn|learning outcomes|अंत तक आप|सकेंगे|सीखेंगे|पाएँगे", top):
            problems.append(f"{notebook}: no learning outcomes in the first cells")
        previous_answer = -1
        for index, cell in enumerate(nb.cells):
            if is_answer(cell) or is_manual(cell):
                lead = nb.cells[previous_answer + 1:index]
                if not any(c.cell_type == "markdown" and "<details" in c.source for c in lead) and is_answer(cell):
                    grade_id = nbgrader_meta(cell)["grade_id"]
                    problems.append(f"{notebook}: exercise {grade_id!r} has no hint (<details>) before it")
                previous_answer = index
        for index, cell in enumerate(nb.cells, start=1):
            if _LOCAL_PATH.search(cell.source):
                problems.append(f"{notebook}: cell {index} mentions a local absolute path")
        manual_points = sum(nbgrader_meta(c).get("points", 0) for c in nb.cells if is_manual(c))
        total = sum(nbgrader_meta(c).get("points", 0) for c in nb.cells if nbgrader_meta(c).get("grade"))
        if total and manual_points > total / 5 + 1e-9:
            problems.append(f"{notebook}: hand-graded answers are {manual_points:g} of {total:g} points "
                            "(at most a fifth)")
    return problems


# ------------------------------------------------------------------------------------------------
# Gate 6: what the grades measure, what the text explains, an honest pace (course/trainer/pedagogy.py)


_COURSE_SCANS: dict[tuple, dict] = {}


def _course_scan(root: Path) -> dict:
    """What the course-wide rules need from every source notebook (idioms used before their explanation; every
    autograded decision), computed once per state of the source notebooks: `course check` of every assignment
    would otherwise scan the course once per assignment."""
    notebooks = sorted((root / "source").glob("*/*.ipynb"))
    key = (str(root), tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in notebooks))
    if key not in _COURSE_SCANS:
        from course.trainer.build import discover

        read_all = [(f"{a.name}/{name}", read(a.source(name))) for a in discover(root) for name in a.notebooks
                    if english_of(a.name) is None]  # an edition's decisions and idioms are its English ones
        _COURSE_SCANS.clear()
        _COURSE_SCANS[key] = {
            "unexplained": pedagogy.unexplained_idioms(read_all),
            "decisions": [d for _, nb in read_all for d in pedagogy.decisions(nb)],
        }
    return _COURSE_SCANS[key]


def _unexplained_in_course(root: Path) -> list[tuple[str, str, int]]:
    """Idioms used before their explanation, in the whole course (the rule is course-wide)."""
    return _course_scan(root)["unexplained"]


def pedagogy_figures(assignment: Assignment) -> tuple[list[str], list[str]]:
    """(problems, figures): points by kind, judgement share, idioms explained, minutes stated vs computed."""
    problems, figures = [], []
    totals = {k: 0.0 for k in pedagogy.KINDS}
    if english_of(assignment.name) is not None:
        return _edition_pedagogy(assignment)
    for notebook in assignment.notebooks:
        nb = read(assignment.source(notebook))
        found, kind_problems = pedagogy.points_by_kind(nb)
        problems += [f"{notebook}: {p}" for p in kind_problems]
        for k, v in found.items():
            totals[k] += v
        stated = pedagogy.stated_minutes(nb)
        computed, parts = pedagogy.minutes(nb)
        figures.append(f"{notebook}: minutes stated {stated} vs computed {computed:.0f} (reading "
                       f"{parts['reading']:.0f}, given code {parts['code']:.0f}, exercises {parts['exercises']:.0f})")
        if stated is not None and abs(stated - computed) > pedagogy.TOLERANCE * computed:
            problems.append(f"{notebook}: the stated time ({stated} min) is more than "
                            f"{pedagogy.TOLERANCE:.0%} away from the pace rule's {computed:.0f} min (README, "
                            "\"An honest pace\"): correct the estimate or the notebook")
        low, high = pedagogy.MODULE_MINUTES
        if not low <= round(computed) <= high:
            where = (f"{notebook}: the pace rule gives {computed:.0f} min; an assignment fits {low} to {high} "
                     "(split it into parts, or move optional depth into <details>)")
            if assignment.name in pedagogy.NOT_YET_SPLIT:
                figures.append(f"{where}: still to split (pedagogy.NOT_YET_SPLIT)")
            else:
                problems.append(where)
        found = pedagogy.decisions(nb)
        if found:
            figures.append(f"{notebook}: decisions' defensible letters {' '.join(d.right for d in found)}; the "
                           f"longest option in {sum(d.right_is_longest for d in found)} of {len(found)}")
        problems += [f"{notebook}: {p}" for p in pedagogy.decision_problems(found)]
    total = sum(totals.values())
    figures.append(f"points by kind: {pedagogy.kind_split(totals)}")
    if total and totals["judgement"] < pedagogy.JUDGEMENT_SHARE * total - 1e-9:
        problems.append(f"judgement is {totals['judgement']:g} of {total:g} points; at least a third wanted "
                        "(autograded decisions and hand-graded answers)")
    if any(pedagogy.decisions(read(assignment.source(notebook))) for notebook in assignment.notebooks):
        problems += pedagogy.course_letter_problems(_course_scan(assignment.root)["decisions"])
    mine = [(where, idiom, cell) for where, idiom, cell in _unexplained_in_course(assignment.root)
            if where.split("/")[0] == assignment.name]
    figures.append(f"idioms without an explanation: {len(mine) or 'none'}")
    problems += [f"{where.split('/')[1]}: {idiom!r} is first used in cell {cell} with no explanation before it "
                 "(a markdown cell that names it in `code`; a concept in **bold**)" for where, idiom, cell in mine]
    return problems, figures


def _edition_pedagogy(assignment: Assignment) -> tuple[list[str], list[str]]:
    """An edition's points, decisions and idioms are its English assignment's (the same code and tests; its
    text explains the same idioms in the same cells): what is its own is the time it states, which must be
    the English one's (the pace rule is measured on the English)."""
    english_name, _lang = english_of(assignment.name)
    english = Assignment(english_name, assignment.root)
    problems, figures = [], []
    for notebook in english.notebooks:
        ours = assignment.source_dir / notebook.replace(english_name, assignment.name, 1)
        if not ours.exists():
            continue
        stated, want = pedagogy.stated_minutes(read(ours)), pedagogy.stated_minutes(read(english.source(notebook)))
        figures.append(f"{ours.name}: minutes stated {stated}, as the English {want}")
        if stated != want:
            problems.append(f"{ours.name}: states {stated} minutes; its English notebook states {want}")
    return problems, figures


def gate_pedagogy(assignment: Assignment) -> list[str]:
    return pedagogy_figures(assignment)[0]


# ------------------------------------------------------------------------------------------------

def gate_edition(assignment: Assignment) -> list[str]:
    return edition_problems(assignment)


GATES = {
    "edition": gate_edition,
    "clean": gate_clean,
    "sync": gate_sync,
    "leaks": gate_leaks,
    "teaching": gate_teaching,
    "pedagogy": gate_pedagogy,
}


def check(assignment: Assignment, *, quick: bool = False) -> tuple[dict[str, list[str]], list[str]]:
    """Run every gate on one assignment; `quick` skips the ones that execute notebooks.

    Returns the problems per gate and a few figures worth printing (run time, memory, grading time).
    """
    report = {name: gate(assignment) for name, gate in GATES.items()}
    figures: list[str] = pedagogy_figures(assignment)[1]
    if not quick:
        report["runs"], runs = gate_runs(assignment)
        figures += [f"{notebook}: runs in {r.seconds:.1f} s, kernel peak {r.peak_rss_mb:.0f} MB, "
                    f"{r.figures} chart(s)" for notebook, r in runs.items()]
        report["autograde"], grades = gate_autograde(assignment)
        what = ("solved, blank and hints pasted; its wrong and right answers are the English edition's, "
                "proved there" if english_of(assignment.name) else "solved, blank, wrong and right answers")
        figures.append(f"autograded {len(grades.scores)} submissions ({what}) in {grades.seconds:.1f} s")
        solving = [f"{nb}: {a}" for nb, found in grades.hints_solving.items() for a in found]
        figures.append(f"hints that solve their exercise: {', '.join(solving) or 'none'}")
        figures.append(f"recorded wrong answers that keep some points: {len(grades.wrong_with_points)}"
                       + "".join(f"\n    {w}" for w in grades.wrong_with_points))
    return report, figures
