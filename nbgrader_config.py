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

# sqlite suits one trainer on one machine; several graders at once need PostgreSQL
# (COURSE_DB_URL=postgresql+psycopg://user@host/social_media_lab).
c.CourseDirectory.db_url = os.environ.get("COURSE_DB_URL", f"sqlite:///{COURSE_ROOT / 'gradebook.db'}")

# The slowest solution cell takes about 2 s; 60 s leaves room on a busy hub while an infinite loop in a
# participant's answer still ends in a minute instead of blocking the grading queue.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True
# A kernel that fails to start is retried once: a shared grading machine sometimes starts them slowly.
c.Execute.startup_timeout = 120

# Participants see the familiar nbgrader stub; the course's checks explain it when they meet it.
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
