"""nbgrader settings every hub user shares: the course id and where the exchange lives.

The hub puts this folder on JUPYTER_CONFIG_PATH for every single-user server (see
deploy/jupyterhub_config.py), so participants never configure anything themselves.
"""

import os

c = get_config()  # noqa: F821

c.CourseDirectory.course_id = "social-media-lab"
c.Exchange.root = os.environ.get("SML_EXCHANGE", "/srv/nbgrader/exchange")
# Submissions are stored as inbound/<user>+<assignment>+<timestamp>+<random>: the random part (on by
# default) is what keeps one participant from guessing, and so reading, another's submission folder
# in the write-only inbound directory. Keep it on.
c.ExchangeSubmit.add_random_string = True
# Without groupshared, every nbgrader exchange command first forces the exchange root to mode 0777
# (world-writable: anyone could rename or squat course folders). With it, nbgrader leaves existing
# folders as deploy/install.sh made them (root-owned, no world write anywhere but inbound's -wx).
c.CourseDirectory.groupshared = True
# `nbgrader validate` (a participant's or trainer's terminal) cuts each line of a failed check at
# Validator.width, 90 characters by default: the course's check messages and hints are full sentences
# that say how to fix the answer, often longer than that. 1000 keeps them whole (the same value as the
# course's own nbgrader_config.py, which trainers' servers also read).
c.Validator.width = 1000
