"""Cohort grading: parallel, sandboxed, repair-first autograding on top of nbgrader, then feedback and export.

    course grade 00-getting-started        grade new or changed submissions in submitted/
    course grade --all --force              regrade everything

How it works (all of it nbgrader underneath), one module per job:

1. `gradebook`: the trainer's gradebook learns the assignment (nbgrader GenerateAssignment, as `nbgrader
   generate_assignment` would); `run` makes a *template* course folder once per assignment: the release
   and a throw-away sqlite gradebook that knows the assignment's cells and checksums.
2. `autograde`: each submission is graded by a worker process in its own copy of the template: nbgrader's
   Autograde runs in-process with extra preprocessors: `intake.RepairFromRelease` (first sanitizer:
   finds and reads the notebook, rebuilds its structure from the release, matching cells by grade id) and
   `execute.SandboxedExecute` (nbgrader's Execute with the kernel in `course.trainer.sandbox`, a guard before each
   test cell, and a rerun when participant code kills the kernel), then `limits.LimitOutputSize`
   (nbgrader's LimitOutput counts lines, not characters). Workers share nothing: no sqlite lock is ever
   contended, a crash loses one submission.
3. `run`: the parent process is the only writer of the trainer's gradebook: it copies each worker's scores
   in as the worker finishes (`gradebook.record`: the same fields nbgrader's SaveAutoGrades writes;
   hand-given scores are kept), in one transaction per submission, retried on a conflict (PostgreSQL with
   several trainers at once).
4. `feedback`: nbgrader GenerateFeedback plus `SanitizeFeedback` and the course's page
   (`FeedbackExporter`, template `feedback.html.j2`); `gradebook.scores` and `export_csv` for the CSV;
   the HTML report is `course.trainer.report`.

Idempotent: a fingerprint of each submission folder and of the release is kept in
`autograded/.course-grading.json`; unchanged submissions are skipped unless forced. `submitted/` is only read.

Everything is importable from `course.trainer.grading` itself, as nbgrader_config.py does
(`course.trainer.grading.SanitizeFeedback`, `course.trainer.grading.FeedbackExporter`).
"""

from __future__ import annotations

import sys

# nbformat imports jsonschema, whose optional check of the "iri" string format imports rfc3987_syntax, which
# builds 39 parsers when imported: half of this package's import time in every `course grade`/`report` (1 s of
# 2 on a quiet machine; benchmarks/gradebook.py, `python -X importtime`). Nothing in grading checks that format
# (nbformat's schemas do not use it), so where jsonschema is not imported yet the optional check is left out. A
# process that imported jsonschema before (a Jupyter server) keeps it as it is.
if "jsonschema" not in sys.modules:
    sys.modules.setdefault("rfc3987_syntax", None)  # (None: `import` raises ImportError, which jsonschema expects)

from course.trainer.grading.autograde import Outcome, autograde_config, grade_one, use_course_pipeline
from course.trainer.grading.cells import _gid, _is_answer, _is_test, _meta, _source, exercises_of
from course.trainer.grading.execute import GUARD, SandboxedExecute
from course.trainer.grading.feedback import (
    AWAITING,
    FEEDBACK_TEMPLATE,
    FeedbackExporter,
    SanitizeFeedback,
    friendly_error,
    generate_feedback,
    require_sanitized_feedback,
)
from course.trainer.grading.gradebook import (
    RECORD,
    db_url_of,
    export_csv,
    grade_states,
    known_to_gradebook,
    record,
    records,
    register_assignment,
    scores,
)
from course.trainer.grading.intake import (
    Intake,
    RepairFromRelease,
    copy_submitted_files,
    read_submitted,
    rebuild,
    submitted_files,
)
from course.trainer.grading.limits import LimitOutputSize
from course.trainer.grading.run import (
    MANIFEST,
    GradingRun,
    Job,
    find_jobs,
    fingerprint,
    grade,
    load_manifest,
    make_template,
    progress_bar,
    save_manifest,
)

__all__ = [
    # what other code and nbgrader_config.py use
    "SanitizeFeedback", "FeedbackExporter", "use_course_pipeline",
    "grade", "GradingRun", "Outcome", "generate_feedback", "scores", "export_csv", "records", "record",
    "db_url_of", "grade_states", "register_assignment", "make_template", "grade_one", "find_jobs", "load_manifest",
    "friendly_error", "exercises_of", "rebuild", "RECORD",
    # the rest of each job's public names
    "AWAITING", "FEEDBACK_TEMPLATE", "GUARD", "MANIFEST", "Intake", "Job", "LimitOutputSize",
    "RepairFromRelease", "SandboxedExecute", "autograde_config", "copy_submitted_files", "fingerprint",
    "known_to_gradebook", "progress_bar", "read_submitted", "require_sanitized_feedback", "save_manifest",
    "submitted_files",
    # cell helpers course.trainer.report imports
    "_gid", "_is_answer", "_is_test", "_meta", "_source",
]
