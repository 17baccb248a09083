"""The hub's authenticator and spawner for Social Media Lab on one machine.

Unix groups are the single source of truth for roles (The Littlest JupyterHub's model): a member of
the trainers group is a trainer, a member of the participants group a participant. Both the hub's
groups (for hub roles) and the single-user server's configuration (Formgrader or not) follow them.
"""

from __future__ import annotations

import grp
import os
import pwd
from pathlib import Path

from jupyterhub.auth import PAMAuthenticator
from jupyterhub.spawner import LocalProcessSpawner
from traitlets import Set, Unicode

from . import cgroups

DEPLOY = Path(__file__).resolve().parent.parent
JUPYTER_CONFIG = DEPLOY / "jupyter"

TRAINERS = os.environ.get("SML_TRAINERS_GROUP", "sml-trainers")
PARTICIPANTS = os.environ.get("SML_PARTICIPANTS_GROUP", "sml-participants")
# hub group name -> unix group name
HUB_GROUPS = {"trainers": TRAINERS, "participants": PARTICIPANTS}


def unix_groups(username: str) -> set[str]:
    """Names of the unix groups `username` belongs to (primary and supplementary)."""
    try:
        entry = pwd.getpwnam(username)
    except KeyError:
        return set()
    names = set()
    for gid in os.getgrouplist(username, entry.pw_gid):
        try:
            names.add(grp.getgrgid(gid).gr_name)
        except KeyError:
            pass
    return names


def gradebook_url() -> str | None:
    """The URL deploy/gradebook-db.sh wrote (SML_GRADEBOOK_URL_FILE), or None without one."""
    path = Path(os.environ.get("SML_GRADEBOOK_URL_FILE", "/etc/social-media-lab/gradebook-url"))
    try:
        return path.read_text().strip() or None
    except OSError:
        return None


def role_of(username: str) -> str | None:
    groups = unix_groups(username)
    if TRAINERS in groups:
        return "trainer"
    if PARTICIPANTS in groups:
        return "participant"
    return None


class CourseAuthenticator(PAMAuthenticator):
    """PAM (the machine's own passwords), limited to the course's groups, hub groups mirrored from unix."""

    async def authenticate(self, handler, data):
        name = await super().authenticate(handler, data)
        if not name:
            return None
        if isinstance(name, dict):
            name = name["name"]
        groups = unix_groups(name)
        return {"name": name, "groups": sorted(hub for hub, unix in HUB_GROUPS.items() if unix in groups)}


class CourseSpawner(LocalProcessSpawner):
    """LocalProcessSpawner as the user's own account, in a per-user cgroup, configured by role."""

    exchange = Unicode("/srv/nbgrader/exchange", config=True, help="nbgrader exchange root")
    course_dir = Unicode("/srv/nbgrader/social-media-lab", config=True,
                         help="the course checkout trainers grade in (root:trainers, 2770)")
    bare_users = Set(Unicode(), config=True,
                     help="benchmarks/spawn.py only: accounts started as a plain jupyterhub-singleuser, with "
                          "nothing of the course (no start.py, no course settings or extensions), the baseline "
                          "a participant's spawn is measured against; same account, cgroup and limits")
    live_view_url = Unicode("", config=True,
                            help="where participants' kernels report check cells (sml_hub/liveview.py); '' for nowhere")

    _cgroup: cgroups.UserCgroup | None = None

    @property
    def bare(self) -> bool:
        return self.user.name in self.bare_users

    def get_env(self):
        env = super().get_env()
        if self.bare:
            return env
        role = role_of(self.user.name) or "participant"
        dirs = [JUPYTER_CONFIG / role, JUPYTER_CONFIG / "common"]
        env["JUPYTER_CONFIG_PATH"] = os.pathsep.join(str(d) for d in dirs)
        env["SML_ROLE"] = role
        env["SML_EXCHANGE"] = self.exchange
        if role == "participant" and self.live_view_url:
            # course/live.py posts each check cell's outcome there, with this server's own token.
            env["SML_LIVE_VIEW_URL"] = self.live_view_url
        if role == "trainer":
            env["SML_COURSE_DIR"] = self.course_dir
            # The `course` tool, installed non-editable, learns where the course lives from this.
            env["COURSE_ROOT"] = self.course_dir
            # The PostgreSQL gradebook made by deploy/gradebook-db.sh, for trainers' servers only: every
            # terminal, Formgrader and `course` there use it (the hub, as root, reads the 0640 file).
            url = gradebook_url()
            if url and "COURSE_DB_URL" not in env:
                env["COURSE_DB_URL"] = url
        # Kernels find `python`, `nbgrader` and `alembic` of the course's environment first.
        bin_dir = os.path.dirname(self.cmd[0]) if self.cmd else ""
        if bin_dir:
            env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "/usr/bin:/bin")
        # Trainers share files through their group: rw for the group, nothing for others.
        return env

    def make_preexec_fn(self, name):
        become_user = super().make_preexec_fn(name)
        group = self._cgroup
        role = role_of(name)

        def preexec():
            if group is not None:
                group.join()
            become_user()
            os.umask(0o007 if role == "trainer" else 0o077)

        return preexec

    async def start(self):
        if self.bare and self.cmd:
            self.cmd = [os.path.join(os.path.dirname(self.cmd[0]), "jupyterhub-singleuser")]
        self._cgroup = cgroups.create(f"user-{self.user.name}", self.mem_limit, self.cpu_limit)
        if self._cgroup is None:
            self.log.warning("No usable cgroups here: mem_limit/cpu_limit for %s are NOT enforced",
                             self.user.name)
        return await super().start()

    async def stop(self, now=False):
        await super().stop(now=now)
        if self._cgroup is not None:
            self._cgroup.remove()
            self._cgroup = None
