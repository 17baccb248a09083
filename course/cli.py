"""`course`: the trainer's routine in a few commands, over nbgrader.

    course build [ASSIGNMENT ...]      regenerate release/ from source/ (deterministic)
    course check [ASSIGNMENT ...]      run the quality gates and print a report
    course demo                        a trainer's cycle on a demo cohort
    course grade / report              (cohort grading: see `course grade --help`)

Plain `nbgrader` commands keep working from the course folder: both read nbgrader_config.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from course import build as builder

SUBCOMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable]] = {}


def subcommand(name: str, help_text: str, arguments: Callable[[argparse.ArgumentParser], None]):
    def register(function):
        SUBCOMMANDS[name] = (help_text, arguments, function)
        return function

    return register


def _assignments_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("assignments", nargs="*", metavar="ASSIGNMENT",
                        help="assignment folder names in source/ (default: all)")


@subcommand("build", "regenerate release/ from source/", _assignments_argument)
def cmd_build(args) -> int:
    chosen = builder.select(args.assignments)
    start = time.perf_counter()
    changed = builder.build(chosen)
    for path in changed:
        print(f"  updated {path.relative_to(builder.ROOT)}")
    print(f"Built {len(chosen)} assignment(s) in {time.perf_counter() - start:.1f} s; "
          f"{len(changed)} file(s) changed.")
    return 0


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    _assignments_argument(parser)
    parser.add_argument("--quick", action="store_true",
                        help="skip the gates that execute notebooks (runs, autograde)")


@subcommand("check", "run the quality gates on assignments", _check_arguments)
def cmd_check(args) -> int:
    from course import gates

    failures = 0
    for assignment in builder.select(args.assignments):
        print(f"\n== {assignment.name}")
        start = time.perf_counter()
        report = gates.check(assignment, quick=args.quick)
        for gate, problems in report.items():
            mark = "ok  " if not problems else "FAIL"
            print(f"  [{mark}] {gate}")
            for problem in problems:
                for line in problem.splitlines():
                    print(f"         {line}")
            failures += bool(problems)
        print(f"  ({time.perf_counter() - start:.1f} s)")
    print("\nAll gates pass." if not failures else f"\n{failures} gate(s) failed.")
    return 1 if failures else 0


@subcommand("demo", "run a trainer's cycle on a demo cohort and print the scores", lambda p: None)
def cmd_demo(args) -> int:
    from course import demo

    return demo.main()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="course", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, arguments, _) in SUBCOMMANDS.items():
        arguments(commands.add_parser(name, help=help_text, description=help_text))
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    return SUBCOMMANDS[args.command][2](args)


if __name__ == "__main__":
    sys.exit(main())
