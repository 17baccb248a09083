"""`course demo`: a simulated cohort of 40 taken through a trainer's whole cycle, with real nbgrader.

1. release   the release is built from source/ into a fresh course folder (demo/), then published to a
             temporary exchange with nbgrader's `release_assignment`;
2. work      each participant fetches it (`fetch_assignment`) into their own folder and "works": correct,
             partly correct, blank, the common wrong answers recorded in tests/wrong_answers/, a few
             damaged notebooks and a few hostile ones; then `submit`s it; two never submit;
3. collect   `collect` brings the submissions into demo/submitted/;
4. grade     `course grade` (parallel, sandboxed), feedback, CSV export and the HTML report, on sqlite;
5. names     the cohort's roster (synthetic names in English and Hindi, imported before the release, as
             `course roster import` does) puts names in grades.csv and the report;
   Where a module has a Hindi edition (`<name>-hi`), about 40% of the cohort fetch and submit that one:
   the grades, the report and the certificates still give one result per module;
6. certify   `course certificates` makes a PDF for each participant who met the criteria, and one code is
             checked as `course certificates --verify CODE` would.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from course.trainer import build as builder
from course.trainer import certificates, gates, grading, report, roster

DEFAULT_ASSIGNMENTS = ["00-getting-started"]
HINDI_SHARE = 0.4  # of the demo cohort works in the Hindi edition where a module has one

HOSTILE = {
    "os._exit": "import os\nos._exit(1)",
    "memory bomb": "hog = bytearray(50 * 1024 ** 3)",
    "snooping": "import glob\nprint(glob.glob('/work/*/source/*/*.ipynb'), open('gradebook.db', 'a'))",
    "lying __eq__": "class Yes(int):\n    def __eq__(self, other):\n        return True\n    __hash__ = int.__hash__\n",
}


def _exchange_config(course_root: Path, exchange: Path, student_dir: Path | None = None):
    from traitlets.config import Config

    config = builder.nbgrader_config(course_root, root=str(course_root))
    extra = Config()
    extra.Exchange.root = str(exchange)
    if student_dir is not None:
        extra.Exchange.assignment_dir = str(student_dir)
    config.merge(extra)
    return config


def _run(exchange_class, config, assignment: str, student: str | None = None) -> None:
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory

    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = assignment
    if student:
        coursedir.student_id = student
    app = exchange_class(coursedir=coursedir, authenticator=Authenticator(config=config), config=config)
    app.start()


def _work(kind: str, rng: random.Random, source, release, wrong: dict[str, list[str]]):
    """A participant's notebook of the given kind, and a note of what they did."""
    answers = [gates.nbgrader_meta(c)["grade_id"] for c in source.cells
               if gates.is_answer(c) and gates.nbgrader_meta(c).get("grade_id")]
    if kind == "correct":
        return gates.solved_submission(source, release), "correct"
    if kind == "blank":
        return release, "blank"
    if kind == "wrong":
        choices = [a for a in answers if wrong.get(a)]
        picked = rng.sample(choices, k=min(len(choices), rng.choice([1, 2])))
        replace = {a: rng.choice(wrong[a]) for a in picked}
        return gates.solved_submission(source, release, replace), "common mistakes in " + ", ".join(picked)
    if kind == "partial":
        stop = rng.randrange(1, max(2, len(answers)))
        replace = {a: "# YOUR CODE HERE\nraise NotImplementedError()" for a in answers[stop:]}
        return gates.solved_submission(source, release, replace), f"stopped after {stop} exercise(s)"
    if kind == "hostile":
        name = rng.choice(sorted(HOSTILE))
        nb = gates.solved_submission(source, release)
        first = next(c for c in nb.cells if gates.is_answer(c))
        first.source = HOSTILE[name] + "\n" + first.source
        return nb, f"hostile: {name}"
    if kind == "damaged":
        nb = gates.solved_submission(source, release)
        how = rng.choice(["metadata stripped", "test cell deleted", "cells duplicated"])
        if how == "metadata stripped":
            for cell in nb.cells:
                cell.metadata.pop("nbgrader", None)
        elif how == "test cell deleted":
            index = next(i for i, c in enumerate(nb.cells) if gates.is_test(c))
            del nb.cells[index]
        else:
            index = next(i for i, c in enumerate(nb.cells) if gates.is_answer(c))
            nb.cells[index + 1:index + 1] = [nbformat.from_dict(json.loads(json.dumps(c)))
                                             for c in nb.cells[index:index + 3]]
        return nb, f"damaged: {how}"
    raise ValueError(kind)


def cohort_kinds(participants: int, rng: random.Random) -> list[str]:
    """A realistic mix: most do the work, some make the usual mistakes, a few stop or break things."""
    mix = (["correct"] * 12 + ["wrong"] * 11 + ["partial"] * 7 + ["blank"] * 3 + ["damaged"] * 3
           + ["hostile"] * 2 + ["absent"] * 2)
    # Sampled evenly through the mix, so a smaller demo cohort keeps its blanks, breakages and absentees.
    kinds = [mix[i * len(mix) // participants] for i in range(participants)]
    rng.shuffle(kinds)
    return kinds


def main(assignments: list[str] | None = None, participants: int = 40, workdir: str | None = None,
         seed: int = 2026, course: Path | None = None) -> int:
    """Run the demo on assignments of the course folder `course` (default: the one this package is in),
    in `workdir` (default: demo/ inside it), which is deleted and made again."""
    start = time.perf_counter()
    course = Path(course or builder.ROOT).resolve()
    modules = builder.as_modules(builder.select(assignments or DEFAULT_ASSIGNMENTS, root=course))
    # A mixed cohort (issue #21): where a module has a Hindi edition, some participants work in it.
    chosen = [edition for module in modules for edition in [module, *builder.editions_of(module)]]
    course_root = Path(workdir).resolve() if workdir else course / "demo"
    if course_root == course or course_root in course.parents:
        raise SystemExit(f"course demo: {course_root} holds the course itself; the demo deletes and remakes "
                         "its folder, so give it one of its own with --dir.")
    if course_root.exists():
        shutil.rmtree(course_root)
    course_root.mkdir(parents=True)
    shutil.copy(course / "nbgrader_config.py", course_root / "nbgrader_config.py")
    for assignment in chosen:
        shutil.copytree(assignment.source_dir, course_root / "source" / assignment.name)
    builder.build_into([builder.Assignment(a.name, course_root) for a in chosen], course_root / "release")
    everything = [builder.Assignment(a.name, course_root) for a in chosen]
    local = [builder.Assignment(a.name, course_root) for a in modules]
    print(f"1. Release built from source/ into {course_root}/release for {', '.join(a.name for a in everything)}")

    from nbgrader.exchange.default import (
        ExchangeCollect,
        ExchangeFetchAssignment,
        ExchangeReleaseAssignment,
        ExchangeSubmit,
    )

    rng = random.Random(seed)
    kinds = cohort_kinds(participants, rng)
    names = [f"po-{district}-{i:02d}" for i, district in zip(range(1, participants + 1),
                                                               rng.choices(_DISTRICTS, k=participants), strict=True)]
    people = demo_roster(names, random.Random(seed), course_root)
    imported = roster.import_roster(people, course_root, accounts=set(names),
                                    accounts_from="the demo cohort's accounts")
    print(f"   Roster: {len(imported.people)} participants imported from {people.name} (synthetic names in "
          f"English and Hindi), kept as {imported.path.name}")
    plan: dict[str, str] = {}
    # Who reads Hindi: drawn apart from the rest, so the cohort's work is the same with or without editions.
    prefers = random.Random(seed + 1)
    language = {name: "hi" if prefers.random() < HINDI_SHARE else "en" for name in names}
    with tempfile.TemporaryDirectory(prefix="course-exchange-") as scratch:
        exchange, homes = Path(scratch) / "exchange", Path(scratch) / "home"
        exchange.mkdir(mode=0o777)
        for module in local:
            versions = {"en": module, **{builder.english_of(e.name)[1]: e for e in everything
                                         if builder.module_of(e.name) == module.name and e != module}}
            for version in versions.values():
                _run(ExchangeReleaseAssignment, _exchange_config(course_root, exchange), version.name)
            wrong = gates.load_wrong_answers(builder.Assignment(module.name, course))
            for name, kind in zip(names, kinds, strict=True):
                assignment = versions.get(language[name], module)
                source = gates.read(assignment.source(assignment.notebooks[0]))
                home = homes / name
                home.mkdir(parents=True, exist_ok=True)
                config = _exchange_config(course_root, exchange, home)
                _run(ExchangeFetchAssignment, config, assignment.name)
                if kind == "absent":
                    plan[name] = "did not submit"
                    continue
                for notebook in assignment.notebooks:
                    path = home / assignment.name / notebook
                    release = gates.read(path)
                    nb, note = _work(kind, rng, gates.read(assignment.source(notebook)) if notebook !=
                                     assignment.notebooks[0] else source, release, wrong)
                    nbformat.write(nb, str(path))
                    plan[name] = note
                _run(ExchangeSubmit, config, assignment.name, student=name)
            used = {lang: sum(versions.get(language[n], module) == v for n in names) for lang, v in versions.items()}
            print(f"2. {len(names)} participants fetched {module.name}"
                  + (f" ({', '.join(f'{n} in {lang}' for lang, n in used.items())})" if len(versions) > 1 else "")
                  + f"; {sum(k != 'absent' for k in kinds)} submitted through the exchange")
            for version in versions.values():
                _run(ExchangeCollect, _exchange_config(course_root, exchange), version.name)
            print(f"3. Collected into {course_root}/submitted/")
    run = grading.grade(everything, course_root)
    print(f"4. Graded {len(run.outcomes)} submissions with {run.workers} workers in {run.seconds:.0f} s "
          f"(sandbox {run.sandbox})")
    feedback = sum(len(grading.generate_feedback(a, course_root)) for a in everything)
    rows = grading.scores(local, course_root)
    csv_path = grading.export_csv(rows, course_root / "grades.csv")
    report_path = report.build_report(local, course_root)
    print(f"5. Feedback: {feedback} HTML file(s) under {course_root}/feedback/")
    print(f"   Scores:   {csv_path}")
    print()
    width = max(len(n) for n in names)
    named = max(len(r["name_en"]) for r in rows) if rows else 0
    for row in rows:
        parts = [f"{row.get(a.name + '/total', 0):4g}/{row.get(a.name + '/max', 0):g}"
                 + (f" ({row[a.name + '/edition']})" if row.get(a.name + "/edition", "en") != "en" else "     ")
                 for a in local]
        print(f"   {row['participant']:{width}}  {row['name_en']:{named}}  {'  '.join(parts)}  "
              f"{plan.get(row['participant'], '')}")
    _certify(course_root)
    print(f"\nReport: {report_path}\n(open it in a browser; {time.perf_counter() - start:.0f} s in all)")
    failed = [o for o in run.outcomes if o.error]
    for outcome in failed:
        print(f"grading error for {outcome.student}: {outcome.error}", file=sys.stderr)
    return 1 if failed else 0


def _certify(course_root: Path) -> None:
    """Step 6: certificates for the demo cohort (the demo grades no written answer: they count 0)."""
    chosen = certificates.settings(course_root, trainer=DEMO_TRAINER[0], trainer_hi=DEMO_TRAINER[1],
                                   issuer="Demo cohort: every name is synthetic",
                                   issuer_hi="डेमो समूह: सभी नाम काल्पनिक हैं", wait_for_hand_grading=False)
    result = certificates.issue(course_root, chosen)
    lines = certificates.describe(result, course_root)
    print(f"6. {lines[1]}")
    print(f"   {lines[0]}; {len(result.not_eligible)} not eligible (see `course certificates`)")
    if result.made:
        code = result.made[0][1]
        verdict = certificates.verify(course_root, code)
        print(f"   course certificates --root {course_root} --verify {code}\n   -> {verdict.lines[0]}")


# Synthetic names for the demo roster: common given names and surnames of Bihar, in English and Devanagari,
# combined at random (gender-consistent); offices are invented. No real officer is meant.
_MALE = [("Ravi", "रवि"), ("Amit", "अमित"), ("Sanjay", "संजय"), ("Rajesh", "राजेश"), ("Manoj", "मनोज"),
         ("Vikash", "विकास"), ("Rakesh", "राकेश"), ("Sunil", "सुनील"), ("Pankaj", "पंकज"), ("Abhishek", "अभिषेक"),
         ("Rahul", "राहुल"), ("Alok", "आलोक"), ("Santosh", "संतोष"), ("Dilip", "दिलीप"), ("Ajay", "अजय"),
         ("Vinod", "विनोद"), ("Prakash", "प्रकाश"), ("Mukesh", "मुकेश"), ("Ranjan", "रंजन"), ("Saurabh", "सौरभ")]
_FEMALE = [("Priyanka", "प्रियंका"), ("Anjali", "अंजलि"), ("Sunita", "सुनीता"), ("Rekha", "रेखा"), ("Pooja", "पूजा"),
           ("Neha", "नेहा"), ("Kiran", "किरण"), ("Suman", "सुमन"), ("Archana", "अर्चना"), ("Shweta", "श्वेता"),
           ("Nisha", "निशा"), ("Kumkum", "कुमकुम"), ("Sangeeta", "संगीता"), ("Jyoti", "ज्योति"), ("Rashmi", "रश्मि")]
_SURNAMES = [("Singh", "सिंह"), ("Yadav", "यादव"), ("Sinha", "सिन्हा"), ("Jha", "झा"), ("Mishra", "मिश्रा"),
             ("Pandey", "पांडेय"), ("Thakur", "ठाकुर"), ("Choudhary", "चौधरी"), ("Paswan", "पासवान"),
             ("Mandal", "मंडल"), ("Mahto", "महतो"), ("Verma", "वर्मा"), ("Srivastava", "श्रीवास्तव"), ("Rai", "राय")]
_MALE_SURNAMES = [("Kumar", "कुमार"), ("Prasad", "प्रसाद")]
_FEMALE_SURNAMES = [("Kumari", "कुमारी"), ("Devi", "देवी")]
_MUSLIM_MALE = [("Mohammad Imran", "मोहम्मद इमरान"), ("Shahid", "शाहिद"), ("Tanveer", "तनवीर"),
                ("Irfan", "इरफ़ान"), ("Faisal", "फ़ैसल")]
_MUSLIM_FEMALE = [("Nazia", "नाज़िया"), ("Shabnam", "शबनम"), ("Farah", "फ़रहा"), ("Rukhsana", "रुख़साना"),
                  ("Tabassum", "तबस्सुम")]
_MUSLIM_SURNAMES = [("Ansari", "अंसारी"), ("Khan", "ख़ान"), ("Alam", "आलम"), ("Hussain", "हुसैन")]
_DESIGNATIONS = [("District Public Relations Officer", "जिला जनसंपर्क पदाधिकारी"),
                 ("Assistant Public Relations Officer", "सहायक जनसंपर्क पदाधिकारी"),
                 ("Information Assistant", "सूचना सहायक"), ("Social Media Coordinator", "सोशल मीडिया समन्वयक")]
DEMO_TRAINER = ("Sushma Sinha", "सुषमा सिन्हा")


def demo_name(rng: random.Random) -> tuple[str, str]:
    """A synthetic full name (English, Hindi): given name and surname of the same gender and community."""
    female = rng.random() < 0.35
    if rng.random() < 0.15:
        given, family = rng.choice(_MUSLIM_FEMALE if female else _MUSLIM_MALE), rng.choice(_MUSLIM_SURNAMES)
    else:
        given = rng.choice(_FEMALE if female else _MALE)
        family = rng.choice(_SURNAMES + (_FEMALE_SURNAMES if female else _MALE_SURNAMES) * 3)
    return f"{given[0]} {family[0]}", f"{given[1]} {family[1]}"


def demo_roster(usernames: list[str], rng: random.Random, folder: Path) -> Path:
    """The demo cohort's roster file as a trainer fills it in, `participants.csv` in `folder`."""
    import csv

    path = folder / "participants.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["username", "name_en", "name_hi", "designation", "designation_hi", "district", "office"])
        for username in usernames:
            district = username.split("-")[1].capitalize()
            designation = rng.choice(_DESIGNATIONS)
            writer.writerow([username, *demo_name(rng), *designation, district, f"{district} Demo Media Cell"])
    return path


_DISTRICTS = ["patna", "gaya", "bhagalpur", "muzaffarpur", "darbhanga", "purnia", "nalanda", "saran",
              "vaishali", "siwan", "begusarai", "rohtas"]
