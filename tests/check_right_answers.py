"""Grade the recorded right answers through real nbgrader autograde and list those that lose points.

    .venv/bin/python tests/check_right_answers.py [NN-name ...]

tests/right_answers/<assignment>.py defines RIGHT_ANSWERS = {answer grade id: [code, ...]}: correct
answers a participant could plausibly write, other than the solution in source/. Each one replaces
the solution in an otherwise solved notebook; the script grades them all (plus the plain solved
notebook) in one `course.trainer.gates.autograde` run per assignment and prints every right answer that does
not get its exercise's full marks, with the failing test cells' messages. Exit status 1 if any does.

The same grading is a quality gate (`course.trainer.gates.gate_autograde`, run by `course check` and by
tests/test_gates.py), which names the right answers that lose points; this script also prints the
failing checks' messages, for whoever fixes the checks.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from course.trainer import build, gates  # noqa: E402

load_right_answers = gates.load_right_answers


def _messages(graded_nb, test_ids: list[str]) -> dict[str, str]:
    """The failure message each failing test cell printed in the graded notebook."""
    found: dict[str, str] = {}
    for cell in graded_nb.cells:
        grade_id = gates.nbgrader_meta(cell).get("grade_id")
        if grade_id not in test_ids:
            continue
        lines = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                lines.append(f"{output.get('ename')}: {output.get('evalue')}")
            elif output.get("name") == "stderr":
                lines.append(output.get("text", "").strip())
        if lines:
            found[grade_id] = "\n".join(line for line in lines if line)
    return found


def check_assignment(assignment: build.Assignment) -> tuple[list[str], int]:
    """Problems found (set-up and lost points), and the number of right answers graded."""
    right = load_right_answers(assignment)
    problems: list[str] = []
    submissions: dict = {"solved": {}}
    cases: list[tuple[str, str, str, int, str, list[str]]] = []  # student, notebook, answer id, k, code, tests
    right_file = f"tests/right_answers/{assignment.name}.py"
    for notebook in assignment.notebooks:
        source = gates.read(assignment.source(notebook))
        release = gates.read(assignment.release(notebook))
        submissions["solved"][notebook] = gates.solved_submission(source, release)
        for answer_id in sorted(set(right) - set(gates.exercises(source))):
            problems.append(f"{notebook}: RIGHT_ANSWERS names {answer_id!r}, which is no autograded exercise")
        found, made, made_cases = gates.right_answer_submissions(notebook, source, release, right, right_file)
        problems += found
        for student, nb in made.items():
            submissions.setdefault(student, {})[notebook] = nb
        cases += made_cases
    workdir = Path(tempfile.mkdtemp(prefix="course-right-"))  # mode 0700: it gets a copy of source/
    try:
        report = gates.autograde(assignment, submissions, workdir)
        graded_root = workdir / "course" / "autograded"
        for notebook in assignment.notebooks:
            got, top = report.autograded("solved", notebook)
            if top == 0 or got != top:
                problems.append(f"{notebook}: the solved notebook itself scores {got:g}/{top:g}")
        for student, notebook, answer_id, k, code, test_ids in cases:
            got, top = report.exercise(student, notebook, test_ids)
            if top and got >= top:
                continue
            graded_path = graded_root / student / assignment.name / notebook
            messages = _messages(gates.read(graded_path), test_ids) if graded_path.exists() else {}
            scores = report.scores.get(student, {}).get(notebook, {})
            lines = [f"{notebook}: right answer #{k} for {answer_id!r} scores {got:g}/{top:g} "
                     f"(loses {top - got:g})",
                     textwrap.indent(code.rstrip(), "    | ", lambda line: True)]
            for test_id in test_ids:
                score, most = scores.get(test_id, (None, None))
                if score != most:
                    lines.append(f"    {test_id}: {score if score is not None else '?'}/{most}")
                    if test_id in messages:
                        lines.append(textwrap.indent(messages[test_id], "        "))
            if not scores:
                lines.append("    (not graded at all)")
            problems.append("\n".join(lines))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return problems, len(cases)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assignments", nargs="*", metavar="ASSIGNMENT", help="default: all")
    args = parser.parse_args(argv)
    failures = 0
    for assignment in build.select(args.assignments):
        start = time.perf_counter()
        problems, graded = check_assignment(assignment)
        print(f"\n== {assignment.name}: {graded} right answers graded in {time.perf_counter() - start:.0f} s, "
              f"{len(problems)} problem(s)")
        for problem in problems:
            print(problem)
        failures += len(problems)
        sys.stdout.flush()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
