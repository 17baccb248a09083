"""The autograde gate with its wrong answers batched (course/trainer/batching.py) against one wrong answer per
submission, in the same run: prints figures (it is not a timed test).

    .venv/bin/python benchmarks/gate_batching.py [ASSIGNMENT ...]

For each assignment (default: 01b-fair-comparisons and 07b-links-and-access, the two with the most recorded
wrong answers), the whole gate runs twice, alternating which goes first: once as `make test` runs it, once
with every wrong answer in a submission of its own (the gate before batching). Both must find the same
problems (none, on a course that passes). Prints the submissions graded, the seconds, the ratio, and the
machine's load before and after, since the machine is shared.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from course.trainer import batching, gates  # noqa: E402
from course.trainer.build import select  # noqa: E402


def one_per_submission(cells, tests_of, cases):
    return [[case] for case in cases]


def run(assignment, batched: bool) -> tuple[int, float, list[str]]:
    original = batching.plan
    if not batched:
        batching.plan = one_per_submission
    try:
        start = time.perf_counter()
        problems, report = gates.gate_autograde(assignment)
        return len(report.scores), time.perf_counter() - start, problems
    finally:
        batching.plan = original


def main(names: list[str]) -> int:
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    total = {True: 0.0, False: 0.0}
    for index, assignment in enumerate(select(names or ["01b-fair-comparisons", "07b-links-and-access"])):
        order = (True, False) if index % 2 == 0 else (False, True)
        found = {}
        for batched in order:
            found[batched] = run(assignment, batched)
            total[batched] += found[batched][1]
        (n_b, s_b, p_b), (n_s, s_s, p_s) = found[True], found[False]
        print(f"{assignment.name}: batched {n_b} submissions in {s_b:.1f} s; one wrong answer per submission "
              f"{n_s} in {s_s:.1f} s; ratio {s_b / s_s:.2f}; problems {len(p_b)} and {len(p_s)}"
              + ("" if sorted(p_b) == sorted(p_s) else " (DIFFERENT: see above)"))
        if sorted(p_b) != sorted(p_s):
            print("  batched only:", [p for p in p_b if p not in p_s])
            print("  one per submission only:", [p for p in p_s if p not in p_b])
    print(f"all: batched {total[True]:.1f} s, one per submission {total[False]:.1f} s, "
          f"ratio {total[True] / total[False]:.2f}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
