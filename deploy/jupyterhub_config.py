"""JupyterHub for Social Media Lab on one machine (The Littlest JupyterHub style).

deploy/install.sh copies this file, with sml_hub/ and jupyter/, to /opt/social-media-lab/hub: the hub
runs from there, never from the repository checkout (which holds the solutions and is root's only).

    sudo deploy/install.sh                                   # install or update everything
    sudo systemctl restart social-media-lab-hub              # with systemd (deploy/systemd/)
    sudo make hub                                            # without: the same, in the foreground

Every setting can be changed through an SML_* environment variable (the tests start throw-away hubs
that way); the defaults are the production values. deploy/README.md explains each choice.
"""

import os
import sys
from pathlib import Path

DEPLOY = Path(__file__).resolve().parent
sys.path.insert(0, str(DEPLOY))

from sml_hub.hub import HUB_GROUPS, PARTICIPANTS, TRAINERS  # noqa: E402

c = get_config()  # noqa: F821

env = os.environ.get
STATE = Path(env("SML_HUB_STATE", "/srv/jupyterhub"))

# --- network: the proxy is the only public port; the hub API and the proxy API stay on loopback.
c.JupyterHub.ip = env("SML_HUB_IP", "127.0.0.1")  # put TLS (nginx/caddy) in front for the public
c.JupyterHub.port = int(env("SML_HUB_PORT", "8000"))
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(env("SML_HUB_API_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{env('SML_PROXY_API_PORT', '8001')}"
c.ConfigurableHTTPProxy.command = [env("SML_CHP", str(DEPLOY / "node_modules" / ".bin" / "configurable-http-proxy"))]
c.ConfigurableHTTPProxy.should_start = True
c.ConfigurableHTTPProxy.pid_file = str(STATE / "jupyterhub-proxy.pid")  # not in the working directory

# --- state: database, cookie secret and the proxy token live with the hub, readable by root only.
c.JupyterHub.db_url = env("SML_HUB_DB_URL", f"sqlite:///{STATE / 'jupyterhub.sqlite'}")
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
c.JupyterHub.cleanup_servers = True

# --- who may log in: real local accounts (PAM), members of the course's two unix groups only.
c.JupyterHub.authenticator_class = "sml_hub.hub.CourseAuthenticator"
c.PAMAuthenticator.allowed_groups = {TRAINERS, PARTICIPANTS}
c.PAMAuthenticator.open_sessions = False  # no systemd-logind/pam_systemd sessions on this machine
c.Authenticator.manage_groups = True  # hub groups "trainers"/"participants" follow the unix groups
c.Authenticator.admin_users = set(filter(None, env("SML_HUB_ADMINS", "").split(",")))

c.JupyterHub.load_roles = [
    {
        # Trainers see the cohort in the hub's admin page and can start/stop a participant's stuck
        # server; they cannot open participants' servers (no access:servers).
        "name": "trainer",
        "groups": ["trainers"],
        "scopes": ["self", "admin-ui", "list:users", "read:users", "read:servers", "servers"],
    },
    {
        "name": "idle-culler",
        "services": ["idle-culler"],
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    },
]
assert set(HUB_GROUPS) == {"trainers", "participants"}

# --- servers: each user's own account and home folder, capped by a per-user cgroup.
c.JupyterHub.spawner_class = "sml_hub.hub.CourseSpawner"
c.Spawner.cmd = [sys.executable, str(DEPLOY / "sml_hub" / "start.py")]
c.Spawner.default_url = "/lab"
c.Spawner.mem_limit = env("SML_MEM_LIMIT", "2G")  # enforced by sml_hub.cgroups (see README)
c.Spawner.cpu_limit = float(env("SML_CPU_LIMIT", "1"))
c.Spawner.start_timeout = int(env("SML_START_TIMEOUT", "120"))  # a busy machine starts servers slowly
c.Spawner.http_timeout = int(env("SML_HTTP_TIMEOUT", "90"))
c.CourseSpawner.exchange = env("SML_EXCHANGE", "/srv/nbgrader/exchange")
c.CourseSpawner.course_dir = env("SML_COURSE_DIR", "/srv/nbgrader/social-media-lab")

# --- idle culler: servers idle for an hour are stopped, freeing their memory for others.
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        # JupyterHub stops a managed service with SIGINT and waits 30 s before SIGTERM; a hub started
        # from a script with `&` hands down SIGINT ignored, so the culler is given its handler back.
        "command": [
            sys.executable, "-c",
            "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from jupyterhub_idle_culler import main; main()",
            f"--timeout={env('SML_CULL_TIMEOUT', '3600')}",
            f"--cull-every={env('SML_CULL_EVERY', '300')}",
        ],
    }
]
