"""nbgrader's marker lines, and splitting a cell's source at them (one place for fairness and gates)."""
from __future__ import annotations

BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"


def split_region(source: str, begin: str, end: str) -> tuple[list[str], list[str]]:
    """The lines outside and inside the begin/end markers (the marker lines themselves dropped)."""
    outside, inside, within = [], [], False
    for line in source.splitlines():
        stripped = line.strip()
        if stripped == begin:
            within = True
        elif stripped == end:
            within = False
        else:
            (inside if within else outside).append(line)
    return outside, inside
