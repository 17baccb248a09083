"""`course demo`: build the release, then grade a solved and a blank submission with real nbgrader.

A first cut of the trainer's cycle; the cohort-grading pipeline replaces it with a full demo cohort.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from course import build as builder
from course import gates


def main() -> int:
    assignments = builder.discover()
    changed = builder.build(assignments)
    print(f"Release built for {len(assignments)} assignment(s) ({len(changed)} file(s) changed).")
    worst = 0
    for assignment in assignments:
        submissions = {"demo-solved": {}, "demo-blank": {}}
        for notebook in assignment.notebooks:
            source = gates.read(assignment.source(notebook))
            release = gates.read(assignment.release(notebook))
            submissions["demo-solved"][notebook] = gates.solved_submission(source, release)
            submissions["demo-blank"][notebook] = release
        with tempfile.TemporaryDirectory(prefix="course-demo-") as scratch:
            report = gates.autograde(assignment, submissions, Path(scratch))
        for student in submissions:
            for notebook in assignment.notebooks:
                got, top = report.autograded(student, notebook)
                print(f"  {assignment.name:28} {student:12} {got:5g} / {top:g} autograded points")
                if student == "demo-solved" and got != top or student == "demo-blank" and got != 0:
                    worst = 1
    return worst
