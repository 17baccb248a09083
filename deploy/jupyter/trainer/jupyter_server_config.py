"""Jupyter server settings for trainers only (participants' servers never read this folder).

Downloads from the course folder. Trainers reach the course through the link
~/social-media-lab -> /srv/nbgrader/social-media-lab (sml_hub/start.py makes it). JupyterLab's
Download and "Open in New Browser Tab" fetch /files/<path>, which jupyter_server serves with
AuthenticatedFileHandler, a tornado StaticFileHandler. Since tornado 6.5.9 that handler no longer
follows a symlink out of the directory it serves (the server's root, the home folder) unless the
target lies in its `allowed_symlink_directory` (an initializer argument, default: the root), and
answers 403 "... is not in root static directory": so grades.csv and reports/cohort.html could be
opened (the contents API follows the link) but not downloaded. Tornado's 6.5.9 release note and
jupyterlab/jupyterlab#19767 ("Tornado v6.5.9 has breaking change regarding following symlinks").

Trainers' file handler therefore allows the course folder as a symlink target, besides the root.
Nothing else changes: other links out of the home folder are still refused, the server still runs as
the trainer's own account (file permissions apply), and participants keep the default handler
(tests/test_hub_service.py checks both).
"""

import os

from jupyter_core.paths import is_hidden
from jupyter_server.base.handlers import AuthenticatedFileHandler
from tornado import web

c = get_config()  # noqa: F821

COURSE_DIR = os.environ.get("SML_COURSE_DIR", "/srv/nbgrader/social-media-lab")


class CourseFileHandler(AuthenticatedFileHandler):
    """/files/ for trainers: the server's root and, through the link to it, the course folder."""

    def initialize(self, path, default_filename=None, allowed_symlink_directory=None):
        # path is the server's root (FileContentsManager.files_handler_params' default).
        super().initialize(path, default_filename, allowed_symlink_directory=[path, COURSE_DIR])

    def validate_absolute_path(self, root, absolute_path):
        # tornado's checks: the path as written is under the root, and it resolves into the root or
        # the course folder. AuthenticatedFileHandler's own hidden-file check assumes the resolved
        # path is under the root (jupyter_core's is_hidden raises ValueError otherwise, a 500), so it
        # is done here instead: on the path as written, and on the resolved path within its folder.
        resolved = web.StaticFileHandler.validate_absolute_path(self, root, absolute_path)
        if resolved is None or self.contents_manager.allow_hidden:
            return resolved
        course = os.path.realpath(COURSE_DIR)
        base = course if (resolved + os.sep).startswith(course + os.sep) else os.path.realpath(root)
        if is_hidden(absolute_path, os.path.abspath(root)) or is_hidden(resolved, base):
            self.log.info("Refusing to serve hidden file, via 404 Error")
            raise web.HTTPError(404)
        return resolved


c.FileContentsManager.files_handler_class = CourseFileHandler
