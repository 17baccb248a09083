"""nbgrader settings for trainers: the course's own nbgrader_config.py, shared by the trainers group.

SML_COURSE_DIR is the course checkout on the hub (root:trainers, mode 2770), set by the hub's spawner.
Formgrader, `course` and plain `nbgrader` all read the same file, so they never disagree.

The gradebook: when deploy/gradebook-db.sh has made the PostgreSQL database, its URL (with the password)
is in SML_GRADEBOOK_URL_FILE (/etc/social-media-lab/gradebook-url, 0640 root:sml-trainers) and is used
unless COURSE_DB_URL is set. It is exported as COURSE_DB_URL, which the course's nbgrader_config.py reads:
terminals and kernels of a trainer's server (so `course` and `nbgrader` run there) inherit it from the
server, which reads this file when Formgrader loads. Participants' configuration never mentions it.
"""

import os
import sys

c = get_config()  # noqa: F821

url_file = os.environ.get("SML_GRADEBOOK_URL_FILE", "/etc/social-media-lab/gradebook-url")
if not os.environ.get("COURSE_DB_URL") and os.path.exists(url_file):
    try:
        with open(url_file) as f:
            url = f.readline().strip()
    except OSError as error:
        # An account not (yet) in the trainers group, which cannot reach the course folder either: say why.
        print(f"nbgrader_config: cannot read the gradebook URL in {url_file} ({error.strerror}); "
              "is this account in the trainers group?", file=sys.stderr)
    else:
        if url:
            os.environ["COURSE_DB_URL"] = url

course_dir = os.environ.get("SML_COURSE_DIR", "/srv/nbgrader/social-media-lab")
load_subconfig(os.path.join(course_dir, "nbgrader_config.py"))  # noqa: F821
if os.environ.get("COURSE_DB_URL"):
    c.CourseDirectory.db_url = os.environ["COURSE_DB_URL"]
c.Exchange.root = os.environ.get("SML_EXCHANGE", "/srv/nbgrader/exchange")
# Formgrader needs the course inside the server's root folder (the home folder): the hub's start-up
# script links ~/social-media-lab to the course, and nbgrader reaches it through the link.
link = os.path.join(os.path.expanduser("~"), "social-media-lab")
if os.path.islink(link) and os.path.realpath(link) == os.path.realpath(course_dir):
    c.CourseDirectory.root = link
# Several trainers share one course folder and one exchange course folder through their unix group:
# groupshared makes nbgrader create files group-writable and directories setgid.
c.CourseDirectory.groupshared = True
# Collect (Formgrader's button and `nbgrader collect`) takes only folders made by the participant they
# name, follows no link, and records what it refuses in the course's quarantine/ folder: with nbgrader's
# own collect, one participant could submit a blank in a colleague's name (course/trainer/exchange.py).
c.ExchangeFactory.collect = "course.trainer.exchange.CheckedCollect"
