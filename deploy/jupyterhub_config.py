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

# The live classroom view's own permission: reading it (sml_hub/liveview.py). Trainers hold it.
LIVE_SCOPE = "custom:live-view:read"
c.JupyterHub.custom_scopes = {LIVE_SCOPE: {"description": "Read the live classroom view: who is stuck on what"}}

c.JupyterHub.load_roles = [
    {
        # Trainers see the cohort in the hub's admin page and can start/stop a participant's stuck
        # server; they cannot open participants' servers (no access:servers).
        "name": "trainer",
        "groups": ["trainers"],
        # They also open the live classroom view (sml_hub/liveview.py), which checks for its own scope.
        "scopes": ["self", "admin-ui", "list:users", "read:users", "read:servers", "servers",
                   "access:services!service=live-view", LIVE_SCOPE],
    },
    {
        # Participants may complete the live view's login, which then answers them 403: it is for trainers.
        "name": "participant",
        "groups": ["participants"],
        "scopes": ["self", "access:services!service=live-view"],
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
# A workshop morning's login wave queues instead of overloading the machine: at most 4 spawns per core at
# once (a spawn is about 2.5 s of CPU); the next participant gets sml_hub/templates/error.html's waiting page
# (English and Hindi), which tries again by itself after JupyterHub's Retry-After (5 to 15 s, below).
c.JupyterHub.concurrent_spawn_limit = int(env("SML_CONCURRENT_SPAWN_LIMIT", str(4 * (os.cpu_count() or 1))))
c.JupyterHub.template_paths = [str(DEPLOY / "sml_hub" / "templates")]
# The spawn request answers at once and the browser goes to JupyterHub's progress page ("Your server is
# starting up"), instead of a blank wait of up to 10 s (JupyterHub's default) before it: everyone sees they wait.
# JupyterHub's suggested wait before a queued participant tries again is 30 to 60 s, and its trait is not
# configurable (6.1.1); the application setting it feeds is. A spawn takes about 4 s here: 5 to 15 s.
c.JupyterHub.tornado_settings = {"slow_spawn_timeout": 0, "spawn_throttle_retry_range": (5, 15)}
c.Spawner.http_timeout = int(env("SML_HTTP_TIMEOUT", "90"))
c.CourseSpawner.exchange = env("SML_EXCHANGE", "/srv/nbgrader/exchange")
c.CourseSpawner.course_dir = env("SML_COURSE_DIR", "/srv/nbgrader/social-media-lab")
c.CourseSpawner.bare_users = set(filter(None, env("SML_BARE_USERS", "").split(",")))  # benchmarks only
LIVE_URL = f"http://127.0.0.1:{env('SML_LIVE_PORT', '10102')}"
# Participants' kernels post each check cell's outcome to the live view directly (course/live.py);
# empty turns reporting off without touching the service.
c.CourseSpawner.live_view_url = env("SML_LIVE_VIEW_URL", f"{LIVE_URL}/services/live-view/")

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
c.JupyterHub.services.append({
    # The live classroom view (sml_hub/liveview.py, deploy/README.md): trainers see who is stuck on what.
    # A hub-managed service with its own OAuth client; the hub gives it a token to look up senders' tokens.
    "name": "live-view",
    "url": LIVE_URL,
    "command": [sys.executable, str(DEPLOY / "sml_hub" / "liveview.py")],
    "environment": {
        "SML_LIVE_DB": env("SML_LIVE_DB", str(STATE / "live-view.sqlite")),
        "SML_COURSE_DIR": env("SML_COURSE_DIR", "/srv/nbgrader/social-media-lab"),
        "SML_LIVE_KEEP_DAYS": env("SML_LIVE_KEEP_DAYS", "90"),  # the course's duration; then deleted
        "SML_LIVE_STUCK_MINUTES": env("SML_LIVE_STUCK_MINUTES", "5"),
        "SML_LIVE_IDLE_MINUTES": env("SML_LIVE_IDLE_MINUTES", "10"),
        "PYTHONPATH": str(DEPLOY),
    },
    "oauth_client_allowed_scopes": [LIVE_SCOPE],
    "oauth_no_confirm": True,
    "display": False,
})
