"""nbgrader settings for trainers: the course's own nbgrader_config.py, shared by the trainers group.

SML_COURSE_DIR is the course checkout on the hub (root:trainers, mode 2770), set by the hub's spawner.
Formgrader, `course` and plain `nbgrader` all read the same file, so they never disagree.
"""

import os

c = get_config()  # noqa: F821

course_dir = os.environ.get("SML_COURSE_DIR", "/srv/nbgrader/social-media-lab")
load_subconfig(os.path.join(course_dir, "nbgrader_config.py"))  # noqa: F821
c.Exchange.root = os.environ.get("SML_EXCHANGE", "/srv/nbgrader/exchange")
# Formgrader needs the course inside the server's root folder (the home folder): the hub's start-up
# script links ~/social-media-lab to the course, and nbgrader reaches it through the link.
link = os.path.join(os.path.expanduser("~"), "social-media-lab")
if os.path.islink(link) and os.path.realpath(link) == os.path.realpath(course_dir):
    c.CourseDirectory.root = link
# Several trainers share one course folder and one exchange course folder through their unix group:
# groupshared makes nbgrader create files group-writable and directories setgid.
c.CourseDirectory.groupshared = True
