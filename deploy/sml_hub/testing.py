"""A throw-away one-machine hub for tests and benchmarks: real users, real PAM, real proxy.

It is installed exactly as deploy/README.md tells an administrator to: deploy/install.sh (with the
SML_* variables pointing at a temporary folder), deploy/add-user.sh for the accounts, and JupyterHub
started from the installed copy of jupyterhub_config.py, never from the checkout.

    with LocalHub(prefix="sml-e2e") as hub:
        hub.add_user("sml-e2e-p1", "participant")
        alice = hub.login("sml-e2e-p1")          # password login through the hub's form
        alice.start_server()
        with alice.kernel("00-getting-started/00-getting-started.ipynb") as k:
            k.execute("1 + 1")

Everything listens on 127.0.0.1 only, on free ports; every wait is bounded; `close()` stops the hub
(and with it every server it spawned), deletes the users it created and their home folders, the
groups and the temporary exchange/course folders.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import requests
import websocket

DEPLOY = Path(__file__).resolve().parent.parent
REPO = DEPLOY.parent
# The hub environment deploy/hub-env.sh builds: readable by every user, course installed non-editable.
HUB_ENV = Path(os.environ.get("SML_HUB_ENV", "/opt/social-media-lab/hub-env"))
ENV_BIN = HUB_ENV / "bin"
COURSE_ID = "social-media-lab"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(cmd: list[str], *, input: str | None = None, env: dict | None = None, timeout: float = 120,
        cwd: str | Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, input=input, env=env, timeout=timeout, cwd=cwd, text=True,
                            capture_output=True)
    if check and result.returncode:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({result.returncode}):\n"
                           f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def ensure_environment(timeout: float = 900) -> None:
    """Bring the hub environment up to date with the checkout (quick when it already is)."""
    run(["bash", str(REPO / ".ci" / "setup.d" / "30-hub.sh")], timeout=timeout)


def requirements_missing() -> str | None:
    """Why a real hub cannot run here, or None."""
    if os.geteuid() != 0:
        return "needs root: the hub creates local users and spawns servers as them"
    if not (ENV_BIN / "jupyterhub").exists():
        return f"no hub environment in {HUB_ENV}: run .ci/setup.d/30-hub.sh"
    for tool in ("useradd", "userdel", "chpasswd", "groupadd", "runuser"):
        if not shutil.which(tool):
            return f"{tool} missing"
    return None


@dataclass
class LocalHub:
    prefix: str = "sml-test"
    mem_limit: str = "2G"
    cpu_limit: float = 1.0
    auto_fetch: bool = True
    cull_timeout: int = 3600
    extra_env: dict = field(default_factory=dict)

    def __post_init__(self):
        self.root = Path(tempfile.mkdtemp(prefix=f"{self.prefix}-"))
        self.root.chmod(0o755)
        self.exchange = self.root / "exchange"
        self.course_dir = self.root / "course"
        self.state = self.root / "state"
        self.hub_home = self.root / "hub"  # where install.sh puts jupyterhub_config.py, sml_hub, jupyter
        self.trainers = f"{self.prefix}-trainers"
        self.participants = f"{self.prefix}-participants"
        self.port, self.api_port, self.proxy_api_port = free_port(), free_port(), free_port()
        self.live_port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.users: dict[str, str] = {}  # name -> password
        self.process: subprocess.Popen | None = None
        self.log_path = self.root / "jupyterhub.log"

    # --- set-up -----------------------------------------------------------------------------
    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "SML_TRAINERS_GROUP": self.trainers,
            "SML_PARTICIPANTS_GROUP": self.participants,
            "SML_EXCHANGE": str(self.exchange),
            "SML_COURSE_DIR": str(self.course_dir),
            "SML_HUB_STATE": str(self.state),
            "SML_HUB_HOME": str(self.hub_home),
            "SML_HUB_ENV": str(HUB_ENV),
            "SML_INSTALL_SERVICE": "0",  # never replace a real hub's systemd unit with a test's
            "SML_HUB_PORT": str(self.port),
            "SML_HUB_API_PORT": str(self.api_port),
            "SML_PROXY_API_PORT": str(self.proxy_api_port),
            "SML_LIVE_PORT": str(self.live_port),
            "SML_MEM_LIMIT": self.mem_limit,
            "SML_CPU_LIMIT": str(self.cpu_limit),
            "SML_CULL_TIMEOUT": str(self.cull_timeout),
            "SML_AUTO_FETCH": "1" if self.auto_fetch else "0",
            "PATH": f"{ENV_BIN}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}",
        })
        env.update(self.extra_env)
        return env

    def install(self) -> None:
        """deploy/install.sh, as the docs say: the hub's files, groups, exchange and course folder."""
        self.install_output = run(["bash", str(DEPLOY / "install.sh")], env=self.env, timeout=900).stdout

    def add_user(self, name: str, role: str) -> str:
        password = secrets.token_urlsafe(12)
        self.users[name] = password
        run(["bash", str(DEPLOY / "add-user.sh"), name, role], input=password + "\n", env=self.env)
        return password

    def start(self, timeout: float = 90) -> None:
        self.install()
        log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [str(ENV_BIN / "jupyterhub"), "-f", str(self.hub_home / "jupyterhub_config.py")],
            cwd=self.state, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        if not self.wait_until_up(timeout):
            raise TimeoutError(f"hub not up after {timeout} s:\n{self.log()}")

    def wait_until_up(self, timeout: float) -> bool:
        """Whether the hub's API answers within `timeout` s (a hub this object started must stay alive)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"jupyterhub exited ({self.process.returncode}):\n{self.log()}")
            try:
                if requests.get(f"{self.url}/hub/api/", timeout=3).status_code == 200:
                    return True
            except requests.RequestException:
                pass
            time.sleep(0.5)
        return False

    def log(self, tail: int = 6000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-tail:]
        except OSError:
            return ""

    def __enter__(self) -> LocalHub:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            # SIGTERM: the hub stops every server it spawned (cleanup_servers) and the proxy.
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        for name in self.users:
            # Any process left by that user (a kernel a server failed to stop) goes first.
            run(["pkill", "-KILL", "-u", name], check=False)
            run(["userdel", "--remove", "--force", name], check=False)
            from .cgroups import find
            group = find(f"user-{name}")
            if group is not None:
                group.remove(timeout=5)
        for group in (self.trainers, self.participants):
            run(["groupdel", group], check=False)
        if self.log_path.exists():  # kept for a post-mortem: /tmp/<prefix>-jupyterhub.log, root's only
            kept = Path(tempfile.gettempdir()) / f"{self.prefix}-jupyterhub.log"
            kept.touch(mode=0o600)
            kept.chmod(0o600)
            shutil.copyfile(self.log_path, kept)
        shutil.rmtree(self.root, ignore_errors=True)

    # --- users ------------------------------------------------------------------------------
    def login(self, name: str, password: str | None = None) -> HubUser:
        user = HubUser(self, name, password or self.users[name])
        user.login()
        return user

    def as_user(self, name: str, cmd: list[str], *, cwd: str | Path | None = None, timeout: float = 180,
                check: bool = True, role: str | None = None, input: str | None = None,
                ) -> subprocess.CompletedProcess:
        """Run a command as `name` with the environment the hub gives that user's server."""
        role = role or ("trainer" if name in self.trainer_names() else "participant")
        env = {
            "HOME": f"/home/{name}", "USER": name, "LANG": "C.UTF-8",
            "PATH": f"{ENV_BIN}:/usr/local/bin:/usr/bin:/bin",
            "JUPYTER_CONFIG_PATH": f"{self.hub_home / 'jupyter' / role}:{self.hub_home / 'jupyter' / 'common'}",
            "SML_EXCHANGE": str(self.exchange), "SML_COURSE_DIR": str(self.course_dir), "SML_ROLE": role,
        }
        if role == "trainer":
            env["COURSE_ROOT"] = str(self.course_dir)  # for `course` commands (see CourseSpawner)
        env_args = [f"{k}={v}" for k, v in env.items()]
        return run(["runuser", "-u", name, "--", "env", "-i", *env_args, *cmd], cwd=cwd or f"/home/{name}",
                   timeout=timeout, check=check, input=input)

    def trainer_names(self) -> set[str]:
        import grp

        try:
            return set(grp.getgrnam(self.trainers).gr_mem)
        except KeyError:
            return set()


class HubUser:
    """One person using the hub through HTTP, as a browser would (form login, then an API token)."""

    def __init__(self, hub: LocalHub, name: str, password: str):
        self.hub, self.name, self.password = hub, name, password
        self.session = requests.Session()
        self.token: str | None = None

    @property
    def server_url(self) -> str:
        return f"{self.hub.url}/user/{self.name}"

    def login(self) -> None:
        page = self.session.get(f"{self.hub.url}/hub/login", timeout=30)
        page.raise_for_status()
        xsrf = self.session.cookies.get("_xsrf", path="/hub/")
        response = self.session.post(
            f"{self.hub.url}/hub/login?next=",
            data={"username": self.name, "password": self.password, "_xsrf": xsrf},
            allow_redirects=False, timeout=60)
        if response.status_code != 302:
            raise PermissionError(f"login of {self.name} refused ({response.status_code})")
        xsrf = self.session.cookies.get("_xsrf", path="/hub/") or xsrf
        made = self.session.post(
            f"{self.hub.url}/hub/api/users/{self.name}/tokens",
            json={"note": "sml test", "expires_in": 3600},
            headers={"X-XSRFToken": xsrf}, timeout=30)
        made.raise_for_status()
        self.token = made.json()["token"]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"token {self.token}"}

    def hub_api(self, method: str, path: str, **kwargs) -> requests.Response:
        return requests.request(method, f"{self.hub.url}/hub/api{path}", headers=self.headers,
                                timeout=kwargs.pop("timeout", 60), **kwargs)

    def start_server(self, timeout: float = 150) -> None:
        """Start the server and wait until it is ready. In a login wave the hub may answer 429 (more spawns
        pending than c.JupyterHub.concurrent_spawn_limit): wait Retry-After seconds and ask again, as the
        hub's waiting page does in a browser; `self.queued` counts those waits."""
        deadline = time.monotonic() + timeout
        self.queued = 0
        while True:
            response = self.hub_api("POST", f"/users/{self.name}/server")
            if response.status_code != 429 or time.monotonic() > deadline:
                break
            self.queued += 1
            time.sleep(float(response.headers.get("Retry-After", "5")))
        if response.status_code not in (201, 202, 400):  # 400: already running
            raise RuntimeError(f"spawn of {self.name}: {response.status_code} {response.text}")
        while time.monotonic() < deadline:
            model = self.hub_api("GET", f"/users/{self.name}").json()
            server = model.get("servers", {}).get("", {})
            if server.get("ready"):
                return
            if not server.get("pending") and not server:
                raise RuntimeError(f"server of {self.name} stopped while starting:\n{self.hub.log()}")
            time.sleep(0.5)
        raise TimeoutError(f"server of {self.name} not ready after {timeout} s:\n{self.hub.log()}")

    def stop_server(self, timeout: float = 60) -> None:
        self.hub_api("DELETE", f"/users/{self.name}/server")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.hub_api("GET", f"/users/{self.name}").json().get("servers"):
                return
            time.sleep(0.5)

    def api(self, method: str, path: str, **kwargs) -> requests.Response:
        """A request to the user's own server, through the proxy (path starts with /)."""
        return requests.request(method, f"{self.server_url}{path}", headers=self.headers,
                                timeout=kwargs.pop("timeout", 120), **kwargs)

    # --- files and notebooks ----------------------------------------------------------------
    def get_notebook(self, path: str) -> dict:
        response = self.api("GET", f"/api/contents/{path}", params={"content": "1"})
        response.raise_for_status()
        return response.json()["content"]

    def put_notebook(self, path: str, notebook: dict) -> None:
        response = self.api("PUT", f"/api/contents/{path}",
                            json={"type": "notebook", "format": "json", "content": notebook})
        response.raise_for_status()

    def kernel(self, notebook_path: str) -> Kernel:
        response = self.api("POST", "/api/sessions", json={
            "path": notebook_path, "name": Path(notebook_path).name, "type": "notebook",
            "kernel": {"name": "python3"}})
        response.raise_for_status()
        return Kernel(self, response.json()["kernel"]["id"], response.json()["id"])

    def terminal(self, command: str, timeout: float = 600) -> tuple[int, str]:
        """Type `command` into a new JupyterLab terminal of the user's server (the same login shell a
        person gets from File > New > Terminal); returns its exit status and what the screen showed."""
        response = self.api("POST", "/api/terminals")
        response.raise_for_status()
        name = response.json()["name"]
        url = self.server_url.replace("http://", "ws://") + f"/terminals/websocket/{name}"
        ws = websocket.create_connection(url, header=[f"Authorization: token {self.token}"], timeout=60)
        marker = f"__sml_done_{uuid.uuid4().hex[:8]}_"
        screen = ""
        try:
            ws.send(json.dumps(["stdin", f"{command}; echo {marker}$?__\r"]))
            deadline = time.monotonic() + timeout
            while True:
                ws.settimeout(max(0.1, deadline - time.monotonic()))
                try:
                    message = json.loads(ws.recv())
                except websocket.WebSocketTimeoutException:
                    raise TimeoutError(f"terminal: {command!r} not done in {timeout} s:\n{screen[-3000:]}") from None
                if message[0] == "stdout":
                    screen += message[1]
                    done = re.search(re.escape(marker) + r"(\d+)__", screen)
                    if done:
                        text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r", "", screen[:done.start()])
                        return int(done.group(1)), text
                elif message[0] == "disconnect":
                    raise RuntimeError(f"terminal closed:\n{screen[-3000:]}")
        finally:
            ws.close()
            self.api("DELETE", f"/api/terminals/{name}")

    # --- nbgrader, as the JupyterLab extension calls it ------------------------------------
    def assignments(self) -> list[dict]:
        response = self.api("GET", "/assignments", params={"course_id": COURSE_ID})
        response.raise_for_status()
        return response.json()["value"]

    def assignment_action(self, action: str, assignment_id: str):
        response = self.api("POST", f"/assignments/{action}",
                            data={"course_id": COURSE_ID, "assignment_id": assignment_id}, timeout=180)
        response.raise_for_status()
        return response.json()

    def validate(self, path: str) -> dict:
        response = self.api("POST", "/assignments/validate", data={"path": path}, timeout=300)
        response.raise_for_status()
        return response.json()

    def formgrader(self, method: str, path: str, **kwargs) -> requests.Response:
        return self.api(method, f"/formgrader/api{path}", timeout=kwargs.pop("timeout", 300), **kwargs)


@dataclass
class Result:
    outputs: list[dict]
    error: dict | None
    seconds: float

    @property
    def text(self) -> str:
        parts = []
        for output in self.outputs:
            if output.get("output_type") == "stream":
                parts.append(output["text"])
            elif "data" in output:
                parts.append(output["data"].get("text/plain", ""))
        return "".join(parts)


class Kernel:
    """A kernel of the user's server, driven over its websocket like JupyterLab does."""

    def __init__(self, user: HubUser, kernel_id: str, session_id: str):
        self.user, self.id, self.session_id = user, kernel_id, session_id
        url = user.server_url.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
        self.ws = websocket.create_connection(url, header=[f"Authorization: token {user.token}"],
                                              timeout=120)
        self.session = uuid.uuid4().hex

    def execute(self, code: str, timeout: float = 120) -> Result:
        msg_id = uuid.uuid4().hex
        message = {
            "header": {"msg_id": msg_id, "username": self.user.name, "session": self.session,
                       "msg_type": "execute_request", "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True},
        }
        start = time.perf_counter()
        self.ws.send(json.dumps(message))
        outputs, error, idle, replied = [], None, False, False
        deadline = time.monotonic() + timeout
        while not (idle and replied):
            self.ws.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                raw = self.ws.recv()
            except websocket.WebSocketTimeoutException:
                raise TimeoutError(f"cell did not finish in {timeout} s:\n{code[:300]}") from None
            if isinstance(raw, bytes):
                continue
            reply = json.loads(raw)
            if reply.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = reply["header"]["msg_type"]
            content = reply["content"]
            if kind in ("stream", "execute_result", "display_data", "error"):
                outputs.append({"output_type": kind, **content})
                if kind == "error":
                    error = content
            elif kind == "status" and content.get("execution_state") == "idle":
                idle = True
            elif kind == "execute_reply":
                replied = True
                if content.get("status") == "error" and error is None:
                    error = content
        return Result(outputs, error, time.perf_counter() - start)

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.user.api("DELETE", f"/api/sessions/{self.session_id}")

    def __enter__(self) -> Kernel:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def run_notebook(kernel: Kernel, notebook: dict, *, timeout: float = 120) -> list[Result]:
    """Execute every code cell in order, storing outputs in the notebook like JupyterLab would."""
    results = []
    count = 0
    for cell in notebook["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        result = kernel.execute(source, timeout=timeout)
        count += 1
        cell["execution_count"] = count
        cell["outputs"] = [_nbformat_output(o, count) for o in result.outputs]
        results.append(result)
    return results


def _nbformat_output(output: dict, count: int) -> dict:
    kind = output["output_type"]
    if kind == "stream":
        return {"output_type": "stream", "name": output["name"], "text": output["text"]}
    if kind == "error":
        return {"output_type": "error", "ename": output["ename"], "evalue": output["evalue"],
                "traceback": output["traceback"]}
    made = {"output_type": kind, "data": output.get("data", {}), "metadata": output.get("metadata", {})}
    if kind == "execute_result":
        made["execution_count"] = count
    return made


# --- the live view without a hub: for its unit tests and its benchmark ---------------------------
class StubHubAPI:
    """The one hub API call the live view makes, GET /hub/api/user with a token, answered from `tokens`
    (token -> user model, e.g. {"kind": "user", "name": "p1", "scopes": [...]}); any other token: 403.
    `delays` (token -> seconds) makes the hub slow to answer for those tokens."""

    def __init__(self, tokens: dict[str, dict], delays: dict[str, float] | None = None):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.tokens = tokens
        self.delays = delays or {}
        self.calls = 0
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                stub.calls += 1
                token = self.headers.get("Authorization", "").partition(" ")[2]
                time.sleep(stub.delays.get(token, 0))
                model = stub.tokens.get(token) if self.path.rstrip("/").endswith("/hub/api/user") else None
                body = json.dumps(model or {"status": 403, "message": "no such token"}).encode()
                self.send_response(200 if model else 403)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class LiveViewProcess:
    """sml_hub/liveview.py in its own process, as the hub starts it (the same environment variables),
    pointed at a StubHubAPI. `url` is the service's base URL, prefix included."""

    def __init__(self, hub: StubHubAPI, db: Path, *, course_dir: Path | None = None, python: str | None = None,
                 extra_env: dict | None = None, timeout: float = 30):
        import sys

        port = free_port()
        prefix = "/services/live-view/"
        self.url = f"http://127.0.0.1:{port}{prefix}"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "JUPYTERHUB_API_URL": f"{hub.url}/hub/api",
            "JUPYTERHUB_API_TOKEN": "service-token",
            "JUPYTERHUB_BASE_URL": "/",
            "JUPYTERHUB_HOST": "",
            "JUPYTERHUB_SERVICE_NAME": "live-view",
            "JUPYTERHUB_SERVICE_URL": f"http://127.0.0.1:{port}",
            "JUPYTERHUB_SERVICE_PREFIX": prefix,
            "JUPYTERHUB_CLIENT_ID": "service-live-view",
            "JUPYTERHUB_OAUTH_CALLBACK_URL": f"{prefix}oauth_callback",
            "JUPYTERHUB_OAUTH_ACCESS_SCOPES": json.dumps(["access:services!service=live-view"]),
            "JUPYTERHUB_OAUTH_CLIENT_ALLOWED_SCOPES": json.dumps(["custom:live-view:read"]),
            "SML_LIVE_DB": str(db),
            "PYTHONPATH": str(DEPLOY),
            **({"SML_COURSE_DIR": str(course_dir)} if course_dir else {}),
            **(extra_env or {}),
        }
        self.log_path = Path(db).with_suffix(".log")
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen([python or sys.executable, str(DEPLOY / "sml_hub" / "liveview.py")],
                                        env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"live view exited: {self.log_path.read_text()}")
            try:
                requests.get(self.url, timeout=2, allow_redirects=False)
                return
            except requests.RequestException:
                time.sleep(0.1)
        self.close()
        raise TimeoutError(f"live view not up after {timeout} s: {self.log_path.read_text()}")

    def post(self, token: str, event: dict, **kwargs) -> requests.Response:
        return requests.post(self.url + "api/events", json=event, timeout=10,
                             headers={"Authorization": f"token {token}"}, **kwargs)

    def get(self, path: str, token: str | None = None, **kwargs) -> requests.Response:
        headers = {"Authorization": f"token {token}"} if token else {}
        return requests.get(self.url + path, headers=headers, timeout=10, allow_redirects=False, **kwargs)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()
