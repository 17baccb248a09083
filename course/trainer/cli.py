"""`course`: the trainer's routine in a few commands, over nbgrader.

    course build [ASSIGNMENT ...]      regenerate release/ from source/ (deterministic)
    course check [ASSIGNMENT ...]      run the quality gates and print a report
    course translate ASSIGNMENT        what of its Hindi edition (i18n/hi/) is missing or stale
    course demo                        a trainer's cycle on a demo cohort
    course grade / report              (cohort grading: see `course grade --help`)
    course roster import FILE          the participants' names (English, Hindi), designation, district, office
    course certificates [--verify CODE]  a PDF for each participant who completed the course; check a code
    course guides [--out DIR]          printable PDFs of the trainer's guide and the participants' quick start

Plain `nbgrader` commands keep working from the course folder: both read nbgrader_config.py. Like them,
`course grade`, `report`, `demo`, `roster` and `certificates` act on the course folder they are run from
(the current folder, with its nbgrader_config.py), unless --root or COURSE_ROOT names another.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from course.trainer import build as builder

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
    from course.trainer import editions

    start = time.perf_counter()
    changed = editions.refresh()  # the editions' source folders first: they are built from source/ and i18n/
    chosen = builder.select(args.assignments)
    if args.assignments:  # an English assignment named: its editions' releases change with it
        chosen += [e for a in list(chosen) for e in builder.editions_of(a) if e.name not in {c.name for c in chosen}]
    changed += builder.build(chosen)
    for path in changed:
        print(f"  updated {path.relative_to(builder.ROOT)}")
    print(f"Built {len(chosen)} assignment(s) in {time.perf_counter() - start:.1f} s; "
          f"{len(changed)} file(s) changed.")
    return 0


def _translate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("assignment", metavar="ASSIGNMENT", help="an English assignment in source/")
    parser.add_argument("--lang", default="hi", choices=["hi"], help="the edition's language (default: hi)")
    parser.add_argument("--dry-run", action="store_true", help="list what is missing or stale, change nothing")


@subcommand("translate", "list the cells and check sentences of an assignment whose translation is missing or "
            "stale, and add blocks for them (English, marked TODO) to i18n/LANG/ASSIGNMENT.md", _translate_arguments)
def cmd_translate(args) -> int:
    from course.trainer import editions

    (english,) = builder.select([args.assignment])
    if editions.english_of(english.name):
        raise SystemExit(f"{english.name} is an edition: translate its English assignment instead")
    text, added = editions.skeleton(english, args.lang)
    path = editions.translation_file(english.name, args.lang)
    for item in added:
        print(f"  to translate: {item}")
    if added and not args.dry_run:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"Added {len(added)} block(s) marked TODO to {path.relative_to(builder.ROOT)}; translate them, "
              "then run `course build`.")
    elif not added:
        print(f"{path.relative_to(builder.ROOT)} is complete and up to date.")
    return 1 if added else 0


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    _assignments_argument(parser)
    parser.add_argument("--quick", action="store_true",
                        help="skip the gates that execute notebooks (runs, autograde)")


@subcommand("check", "run the quality gates on assignments", _check_arguments)
def cmd_check(args) -> int:
    from course.trainer import gates

    failures = 0
    for assignment in builder.select(args.assignments):
        print(f"\n== {assignment.name}")
        start = time.perf_counter()
        report, figures = gates.check(assignment, quick=args.quick)
        for gate, problems in report.items():
            mark = "ok  " if not problems else "FAIL"
            print(f"  [{mark}] {gate}")
            for problem in problems:
                for line in problem.splitlines():
                    print(f"         {line}")
            failures += bool(problems)
        for figure in figures:
            print(f"  {figure}")
        print(f"  ({time.perf_counter() - start:.1f} s)")
    print("\nAll gates pass." if not failures else f"\n{failures} gate(s) failed.")
    return 1 if failures else 0


def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("assignments", nargs="*", metavar="ASSIGNMENT",
                        help="assignments to take the demo cohort through (default: 00-getting-started)")
    parser.add_argument("--participants", type=int, default=40, help="size of the simulated cohort")
    parser.add_argument("--dir", default=None,
                        help="working folder (default: demo/ in the course folder, recreated)")
    _root_argument(parser)


@subcommand("demo", "take a simulated cohort of 40 through release, submission, grading and report",
            _demo_arguments)
def cmd_demo(args) -> int:
    from course.trainer import demo

    return demo.main(args.assignments, participants=args.participants, workdir=args.dir,
                     course=_course_root(args))


def _grade_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("assignments", nargs="*", metavar="ASSIGNMENT", help="assignments to grade")
    parser.add_argument("--all", action="store_true", help="every assignment in source/")
    parser.add_argument("--force", action="store_true", help="regrade unchanged submissions too")
    parser.add_argument("--workers", type=int, default=None, help="parallel graders (default: one per core)")
    parser.add_argument("--no-sandbox", action="store_true",
                        help="run participant code without the sandbox (only for trusted submissions)")
    parser.add_argument("--no-feedback", action="store_true", help="skip feedback, export and report")
    _root_argument(parser)


def _root_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", default=None, metavar="DIR",
                        help="the course folder (default: $COURSE_ROOT, else the current folder, as for "
                             "nbgrader: the one holding the nbgrader_config.py it reads); on a hub, the "
                             "trainers' course folder")


CONFIG = "nbgrader_config.py"


def _course_root(args) -> Path:
    """The course folder to act on, as nbgrader finds it: `--root`, else $COURSE_ROOT, else the current
    folder, whose nbgrader_config.py plain `nbgrader` commands read. Never the folder this package happens
    to be installed in: run from another course folder, that would grade and write into the wrong course."""
    given, how = (args.root, "--root") if getattr(args, "root", None) else (os.environ.get("COURSE_ROOT"),
                                                                           "COURSE_ROOT")
    root = Path(given or os.getcwd()).resolve()
    if (root / CONFIG).is_file():
        return root
    command = f"course {args.command}"
    if given:
        raise SystemExit(f"{command}: {root} (from {how}) is not a course folder: it has no {CONFIG}. "
                         f"Give the folder that holds the course's {CONFIG}, source/ and release/.")
    raise SystemExit(f"{command}: the current folder ({root}) is not a course folder: it has no {CONFIG}. "
                     f"Run it from the course folder (cd into the folder with {CONFIG}, as for plain "
                     "`nbgrader` commands), or name it with --root DIR or COURSE_ROOT=DIR.")


def _lean_imports() -> None:
    """Leave out jsonschema's optional "iri" format check (its parsers are half of `course grade`'s and
    `course report`'s start-up): the same as course.trainer.grading does when imported first."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)


@subcommand("grade", "autograde collected submissions in parallel, then feedback, export and report",
            _grade_arguments)
def cmd_grade(args) -> int:
    _lean_imports()
    from course.trainer import grading, report

    if not args.assignments and not args.all:
        print("Name an assignment, or --all.", file=sys.stderr)
        return 2
    root = _course_root(args)
    chosen = builder.select([] if args.all else args.assignments, root=root)
    run = grading.grade(chosen, root, force=args.force, workers=args.workers, sandbox=not args.no_sandbox)
    print(f"Sandbox: {run.sandbox}")
    print(f"Graded {len(run.outcomes)} submission(s) with {run.workers} worker(s) in {run.seconds:.1f} s; "
          f"{run.skipped} unchanged skipped.")
    for outcome in run.outcomes:
        notes = "; ".join(outcome.findings + ([f"ERROR {outcome.error}"] if outcome.error else []))
        if notes:
            print(f"  {outcome.student}/{outcome.assignment}: {notes}")
    if args.no_feedback:
        return 0
    from course.trainer.grading import fresh

    # Only the pages that are missing or out of date (graded or regraded now, hand-graded in Formgrader since
    # their page was made): with nothing new, none (#20: 1,000 pages took a minute and more).
    db_url = grading.db_url_of(root)
    states = grading.grade_states(db_url)
    remade = 0
    for assignment in chosen:
        stale, made_from = fresh.stale_feedback(assignment, root, states)
        made = grading.generate_feedback(assignment, root, students=stale) if stale else []
        fresh.remember_feedback(assignment, root, {s: made_from[s] for s in stale})
        remade += len(stale)
        print(f"Feedback: {len(made)} file(s) made for {len(stale)} participant(s) in feedback/*/{assignment.name}/"
              f"; {len(made_from) - len(stale)} up to date")
    everything = builder.modules(root)  # one result per module, whichever edition (course/trainer/editions.py)
    csv_path, page = root / "grades.csv", root / "reports" / "cohort.html"
    made_from = fresh.outputs_state(everything, root, states, db_url)
    if not run.outcomes and not remade and fresh.outputs_fresh(root, [csv_path, page], made_from):
        print(f"Scores: {csv_path} (up to date: nothing changed in the gradebook or the roster since it was made)")
        print(f"Report: {page} (up to date)")
    else:
        rows = grading.scores(everything, root)
        csv_path = grading.export_csv(rows, csv_path)
        print(f"Scores: {csv_path}")
        print(f"Report: {report.build_report(everything, root, rows=rows)}")
        fresh.remember_outputs(root, made_from)
    return 1 if any(o.error for o in run.outcomes) else 0


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    _assignments_argument(parser)
    _root_argument(parser)


@subcommand("report", "write the cohort report (HTML with charts) from the gradebook", _report_arguments)
def cmd_report(args) -> int:
    _lean_imports()
    from course.trainer import report

    root = _course_root(args)
    chosen = builder.as_modules(builder.select(args.assignments, root=root))
    path = report.build_report(chosen, root)
    print(f"Report: {path}  (open it in a browser)")
    return 0


def _roster_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["import"], help="import: check FILE and put it in the gradebook")
    parser.add_argument("file", metavar="FILE",
                        help="CSV (UTF-8) with a header row: username,name_en,name_hi,designation,district,"
                             "office, optionally email and designation_hi; one row per participant")
    parser.add_argument("--accounts", metavar="FILE", default=None,
                        help="the participants' accounts, one username a line, to check the roster's usernames "
                             "against (default: the members of the hub's participants group on this machine)")
    _root_argument(parser)


@subcommand("roster", "import the participants' names (English and Hindi), designation, district and office",
            _roster_arguments)
def cmd_roster(args) -> int:
    from course.trainer import roster

    root = _course_root(args)
    accounts = roster.read_accounts(args.accounts) if args.accounts else None
    try:
        result = roster.import_roster(args.file, root, accounts=accounts, accounts_from=args.accounts)
    except roster.RosterError as error:
        print(f"course roster import: {error}", file=sys.stderr)
        return 1
    print("\n".join(roster.describe(result)))
    return 0


def _certificates_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verify", metavar="CODE", default=None,
                        help="check a certificate's code against the register and the gradebook; makes nothing")
    parser.add_argument("--modules", nargs="+", metavar="ASSIGNMENT", default=None,
                        help="assignments to complete (default: c.Certificates.modules, else all in source/)")
    parser.add_argument("--min-score", type=float, default=None, metavar="PERCENT",
                        help="least score over those modules, in percent of their points (default: "
                             "c.Certificates.min_score, else 60)")
    parser.add_argument("--trainer", default=None, help="the trainer's name as printed (c.Certificates.trainer)")
    parser.add_argument("--trainer-hi", default=None, help="the trainer's name in Hindi (c.Certificates.trainer_hi)")
    parser.add_argument("--count-ungraded-as-zero", action="store_true",
                        help="issue even while written answers await hand grading (they count 0; grading them "
                             "later changes the score, and the certificate then no longer verifies)")
    parser.add_argument("--date", default=None, metavar="YYYY-MM-DD", type=_date,
                        help="date of issue (default: today)")
    _root_argument(parser)


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


@subcommand("certificates", "make a PDF certificate for each participant who completed the course, or "
            "--verify CODE", _certificates_arguments)
def cmd_certificates(args) -> int:
    from course.trainer import certificates, roster

    root = _course_root(args)
    try:
        if args.verify is not None:
            verdict = certificates.verify(root, args.verify)
            print("\n".join(verdict.lines))
            return 0 if verdict.valid else 1
        chosen = certificates.settings(
            root, modules=args.modules, min_score=args.min_score, trainer=args.trainer, trainer_hi=args.trainer_hi,
            wait_for_hand_grading=False if args.count_ungraded_as_zero else None)
        result = certificates.issue(root, chosen, issued=args.date)
    except (certificates.CertificateError, roster.RosterError) as error:
        print(f"course certificates: {error}", file=sys.stderr)
        return 2
    print("\n".join(certificates.describe(result, root)))
    return 0


def _guides_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="DIR", default=None,
                        help="the folder to write the PDFs in (default: build/guides/ in the course's repository)")
    parser.add_argument("--docs", metavar="DIR", default=None,
                        help="the folder holding the guides' Markdown (default: docs/ in the course's repository)")


@subcommand("guides", "make printable PDFs of the trainer's guide and the participants' one-page quick start "
            "(English and Hindi) from docs/", _guides_arguments)
def cmd_guides(args) -> int:
    from course.trainer import guides

    try:
        made = guides.build(docs=args.docs, out=args.out)
    except guides.GuideError as error:
        print(f"course guides: {error}", file=sys.stderr)
        return 1
    print("\n".join(guides.describe(made)))
    return 0


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
