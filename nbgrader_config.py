"""nbgrader configuration for Social Media Lab.

Plain `nbgrader ...` commands and the `course` tool both read this file, so the two never disagree.
"""

import os
from pathlib import Path

c = get_config()  # noqa: F821 (injected by traitlets when nbgrader loads this file)

COURSE_ROOT = Path(__file__).resolve().parent

# One course id everywhere: the exchange, the hub's Formgrader service and the gradebook use it.
c.CourseDirectory.course_id = "social-media-lab"

# Paths relative to this file, so the course works from any checkout location and any working directory.
c.CourseDirectory.root = str(COURSE_ROOT)
c.CourseDirectory.source_directory = "source"
c.CourseDirectory.release_directory = "release"
c.CourseDirectory.submitted_directory = "submitted"
c.CourseDirectory.autograded_directory = "autograded"
c.CourseDirectory.feedback_directory = "feedback"
# nbgrader's own list, and a Hindi edition's edition.grading.json: what its hidden tests say, which the
# grader puts beside a submission (course/trainer/editions.py); never copied into a release, a submission
# or a feedback folder.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", "edition.grading.json"]

# sqlite suits one trainer on one machine; several graders at once need PostgreSQL
# (COURSE_DB_URL=postgresql+psycopg://user@host/social_media_lab).
c.CourseDirectory.db_url = os.environ.get("COURSE_DB_URL", f"sqlite:///{COURSE_ROOT / 'gradebook.db'}")

# The slowest solution cell takes about 2 s; 60 s leaves room on a busy hub while an infinite loop in a
# participant's answer still ends in a minute instead of blocking the grading queue.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True
# A kernel that fails to start is retried once: a shared grading machine sometimes starts them slowly.
c.Execute.startup_timeout = 120

# Feedback, made by Formgrader's "Generate Feedback", plain `nbgrader generate_feedback` or `course grade`
# alike: nbgrader's GetGrades, then the course's SanitizeFeedback (test cells as in the release, so no
# hidden test; errors as one line, no traceback; a table of results on top). Named as strings so this
# file loads without importing the course package; generating feedback imports it (installed on the hub)
# and fails rather than fall back to nbgrader's pages, which show the hidden tests.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "course.trainer.grading.SanitizeFeedback",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
# The release it shows test cells from: the one beside this file (on the hub, the trainers' course folder).
c.SanitizeFeedback.release_root = str(COURSE_ROOT)
# The page itself: nbgrader's feedback template, except that a written answer a trainer has not graded yet
# says "awaiting your trainer" instead of "Score: 0.0", and the header gives the autograded total apart
# until every written answer is graded (course.trainer.grading.FeedbackExporter; nbgrader's own would show a
# total that counts ungraded answers as 0).
c.GenerateFeedback.exporter_class = "course.trainer.grading.FeedbackExporter"

# `nbgrader validate` cuts every line of a failing cell's code and error at Validator.width (90) characters,
# so a check's message or hint ended mid-sentence ("...shares for e..."). The course's messages are full
# sentences that say how to fix the answer and run past 90 characters with the value they quote; 1000
# keeps them whole. (It also sets the width of the ===== line between failed cells.) The participants'
# servers read the same setting from deploy/jupyter/common/nbgrader_config.py.
c.Validator.width = 1000

# Participants see the familiar nbgrader stub; the course's checks explain it when they meet it.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# Grading sandbox (`course grade`, course/trainer/sandbox.py): participant code runs in bubblewrap as the
# unprivileged user below, without network, seeing only Python and the course package.
# A notebook kernel peaks at about 350 MB of address space (RSS 150-250 MB): 1.5 GB leaves room for
# bigger datasets, while a memory bomb gets a MemoryError instead of taking the grading machine down.
c.Sandbox.memory_mb = 1536
# A whole notebook uses under 10 s of CPU; 180 s also covers two 60 s timeouts of interrupted loops, and
# ends a loop stuck in C code that no interrupt reaches.
c.Sandbox.cpu_seconds = 180
# Threads count against it (one per kernel thread); a fork bomb stops here.
c.Sandbox.max_processes = 512
# Created by .ci/setup.d/20-grading.sh; `nobody` is used when missing.
c.Sandbox.user = "course-sandbox"
# `course grade` refuses to run participant code unsandboxed unless told `--no-sandbox`.
c.Sandbox.required = True
# nbgrader counts output lines; the course also caps characters (one 100 MB line stays a 20 kB one).
c.LimitOutputSize.max_chars = 20_000
# Plain `nbgrader autograde` keeps nbgrader's own pipeline (the quality gates use it). To give it the
# course's repair, guard and sandbox as well, uncomment:
# from course.trainer.grading import use_course_pipeline; use_course_pipeline(c)

# Certificates (`course certificates`, course/trainer/certificates.py): who gets one and what it says. The
# command's options win over these. Defaults: every assignment in source/ submitted, at least 60% of
# their points, no written answer still awaiting grading.
# c.Certificates.modules = ["00-getting-started", "01-analytics"]
# c.Certificates.min_score = 60.0
# c.Certificates.wait_for_hand_grading = True
# c.Certificates.trainer = "Trainer's name"
# c.Certificates.trainer_hi = "प्रशिक्षक का नाम"
# c.Certificates.issuer = "Information & Public Relations Department"
