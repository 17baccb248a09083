"""The hub as a service: the systemd unit, and a real hub behind deploy/nginx/social-media-lab.conf.

Behind nginx (TLS with a throw-away self-signed certificate, loopback ports): a participant and a
trainer log in through https, start their servers, and use them as JupyterLab does, through nginx:
a kernel's websocket, a terminal's websocket, file downloads (/files/...). Checked on the way:

- the trainer downloads grades.csv and reports/cohort.html from the course folder, reached through
  the link ~/social-media-lab (deploy/jupyter/trainer/jupyter_server_config.py), and nothing else
  outside the home folder: another link out of it is still refused;
- a participant's server still refuses a file reached through a link out of the home folder, while
  serving the participant's own files (so the refusal is not blind);
- a trainer's terminal finds `course` and `nbgrader` of the hub environment. jupyter_server_terminals
  starts `$SHELL -l` under JupyterHub (no tty), and Debian's /etc/profile sets PATH from scratch,
  dropping the hub environment the spawner put first; install.sh's /etc/profile.d/social-media-lab.sh
  puts it back for every login shell.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
import requests
import websocket

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from sml_hub.testing import (  # noqa: E402
    ENV_BIN,
    LocalHub,
    ensure_environment,
    free_port,
    requirements_missing,
)

UNIT = ROOT / "deploy" / "systemd" / "social-media-lab-hub.service"
NGINX_SITE = ROOT / "deploy" / "nginx" / "social-media-lab.conf"
NGINX = "/usr/sbin/nginx"
PREFIX = f"sml-svc-{secrets.token_hex(2)}"
TRAINER, PARTICIPANT = f"{PREFIX}-t", f"{PREFIX}-p"


# --- the systemd unit (no systemd needed: systemd-analyze verify reads the file offline) -------
def test_systemd_unit_verifies(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if not analyze:
        pytest.skip("systemd-analyze missing (apt-get install systemd)")
    text = UNIT.read_text()
    exec_start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    if not Path(exec_start.split("=", 1)[1].split()[0]).exists():
        pytest.skip(f"{exec_start}: the hub environment is not built here (.ci/setup.d/30-hub.sh)")
    for setting in ("KillMode=mixed", "Restart=on-failure", "WorkingDirectory=/srv/jupyterhub",
                    "StandardOutput=journal",
                    "ExecStart=/opt/social-media-lab/hub-env/bin/jupyterhub -f "
                    "/opt/social-media-lab/hub/jupyterhub_config.py"):
        assert setting in text.splitlines(), setting

    def verify(path: Path) -> subprocess.CompletedProcess:
        # --man=no: the Documentation= page is a URL, nothing to look up locally.
        return subprocess.run([analyze, "verify", "--man=no", str(path)], capture_output=True, text=True,
                              timeout=60)

    result = verify(UNIT)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    # Not blind: a typo in a setting is reported.
    broken = tmp_path / UNIT.name
    broken.write_text(text.replace("KillMode=mixed", "KillMode=mixd"))
    result = verify(broken)
    assert "mixd" in result.stderr, result.stderr


def test_hub_sh_parses():
    script = ROOT / "deploy" / "systemd" / "hub.sh"
    assert os.access(script, os.X_OK)
    subprocess.run(["bash", "-n", str(script)], check=True, timeout=30)
    usage = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=30)
    assert usage.returncode == 2 and "start|stop|restart|status" in usage.stderr


# --- nginx in front of a real hub ----------------------------------------------------------------
def nginx_missing() -> str | None:
    if not Path(NGINX).exists():
        subprocess.run(["bash", str(ROOT / ".ci" / "setup.d" / "40-tls.sh")], timeout=600, check=False)
    if not Path(NGINX).exists():
        return "nginx missing: run .ci/setup.d/40-tls.sh"
    if not shutil.which("openssl"):
        return "openssl missing"
    return None


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60)
    return cert, key


def render_site(hub_url: str, http_port: int, https_port: int, cert: Path, key: Path, webroot: Path) -> str:
    """deploy/nginx/social-media-lab.conf with loopback ports and the test's certificate; every
    replaced line must be there, so the test fails if the file drifts instead of testing less."""
    text = NGINX_SITE.read_text()
    for old, new in [
        ("    listen [::]:80;\n", ""),
        ("    listen [::]:443 ssl;\n", ""),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;"),
        ("/etc/letsencrypt/live/HUB.EXAMPLE.ORG/fullchain.pem", str(cert)),
        ("/etc/letsencrypt/live/HUB.EXAMPLE.ORG/privkey.pem", str(key)),
        ("root /var/www/html;", f"root {webroot};"),
        ("proxy_pass http://127.0.0.1:8000;", f"proxy_pass {hub_url};"),
    ]:
        assert old in text, f"{NGINX_SITE.name} no longer has {old!r}: update the test's rendering"
        text = text.replace(old, new)
    return text


class Nginx:
    """nginx as root with its own prefix, config, pid and logs; stopped on exit."""

    def __init__(self, folder: Path, site: str):
        self.folder = folder
        (folder / "site.conf").write_text(site)
        temp = "\n".join(f"    {kind}_temp_path {folder / kind};"
                         for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        self.conf = folder / "nginx.conf"
        self.conf.write_text(f"""worker_processes 1;
pid {folder / 'nginx.pid'};
error_log {folder / 'error.log'} info;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    access_log {folder / 'access.log'};
{temp}
    include {folder / 'site.conf'};
}}
""")
        self.process: subprocess.Popen | None = None

    def log(self, name: str) -> str:
        try:
            return (self.folder / name).read_text(errors="replace")
        except OSError:
            return ""

    def __enter__(self) -> Nginx:
        command = [NGINX, "-p", str(self.folder), "-c", str(self.conf)]
        subprocess.run([*command, "-t"], check=True, capture_output=True, timeout=30)
        self.process = subprocess.Popen([*command, "-g", "daemon off;"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True)
        return self

    def wait_for(self, port: int, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited ({self.process.returncode}):\n{self.log('error.log')}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(f"nginx not listening on {port}:\n{self.log('error.log')}")

    def __exit__(self, *exc) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # SIGTERM: nginx's fast shutdown
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def wss_url(user, path: str) -> str:
    return user.server_url.replace("https://", "wss://", 1) + path


def open_websocket(user, path: str, cert: Path) -> websocket.WebSocket:
    return websocket.create_connection(wss_url(user, path), header=[f"Authorization: token {user.token}"],
                                       sslopt={"ca_certs": str(cert)}, timeout=60)


def kernel_says(user, cert: Path, code: str, timeout: float = 120) -> str:
    """Start a kernel, run `code` over its websocket (wss, through nginx) like JupyterLab does, and
    return what it printed."""
    response = user.api("POST", "/api/sessions", json={
        "path": "nginx-probe.ipynb", "name": "nginx-probe.ipynb", "type": "notebook",
        "kernel": {"name": "python3"}})
    response.raise_for_status()
    session_id, kernel_id = response.json()["id"], response.json()["kernel"]["id"]
    ws = open_websocket(user, f"/api/kernels/{kernel_id}/channels", cert)
    try:
        msg_id = uuid.uuid4().hex
        ws.send(json.dumps({
            "header": {"msg_id": msg_id, "username": user.name, "session": uuid.uuid4().hex,
                       "msg_type": "execute_request", "version": "5.3", "date": ""},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": code, "silent": False, "store_history": False, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True}}))
        printed, idle, replied = [], False, False
        deadline = time.monotonic() + timeout
        while not (idle and replied):
            ws.settimeout(max(0.1, deadline - time.monotonic()))
            raw = ws.recv()
            if isinstance(raw, bytes):
                continue
            message = json.loads(raw)
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = message["header"]["msg_type"], message["content"]
            if kind == "stream":
                printed.append(content["text"])
            elif kind == "error":
                raise AssertionError(f"kernel error: {content['ename']}: {content['evalue']}")
            elif kind == "status" and content["execution_state"] == "idle":
                idle = True
            elif kind == "execute_reply":
                replied = True
        return "".join(printed)
    finally:
        ws.close()
        user.api("DELETE", f"/api/sessions/{session_id}")


def terminal_says(user, cert: Path, command: str, marker: str, timeout: float = 60) -> str:
    """Open a terminal through the server's API, type `command` in it over the terminal websocket, and
    return the terminal's output up to (and including) `marker`."""
    response = user.api("POST", "/api/terminals")
    response.raise_for_status()
    name = response.json()["name"]
    ws = open_websocket(user, f"/terminals/websocket/{name}", cert)
    output = ""
    try:
        ws.send(json.dumps(["stdin", command + "\r"]))
        deadline = time.monotonic() + timeout
        while marker not in output:
            if time.monotonic() > deadline:
                raise TimeoutError(f"terminal did not print {marker!r} in {timeout} s:\n{output[-3000:]}")
            ws.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                message = json.loads(ws.recv())
            except websocket.WebSocketTimeoutException:
                continue
            if message[0] == "stdout":
                output += message[1]
        return output
    finally:
        ws.close()
        user.api("DELETE", f"/api/terminals/{name}")


@pytest.mark.slow
@pytest.mark.hub
def test_hub_behind_nginx_with_tls(monkeypatch):
    missing = requirements_missing() or nginx_missing()
    if missing:
        pytest.skip(missing)
    ensure_environment()
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}-nginx-"))
    folder.chmod(0o755)  # nginx's workers (nobody) create their temp folders in it
    try:
        cert, key = self_signed_certificate(folder)
        webroot = folder / "www"
        webroot.mkdir()
        # A world-readable folder outside every home: links to it must be refused.
        outside = folder / "outside"
        outside.mkdir()
        (outside / "note.txt").write_text("not served through a link\n")
        os.chmod(outside / "note.txt", 0o644)

        with LocalHub(prefix=PREFIX) as hub:
            hub.add_user(TRAINER, "trainer")
            hub.add_user(PARTICIPANT, "participant")
            http_port, https_port = free_port(), free_port()
            site = render_site(hub.url, http_port, https_port, cert, key, webroot)
            with Nginx(folder, site) as nginx:
                nginx.wait_for(https_port)
                nginx.wait_for(http_port)
                check_behind_nginx(hub, nginx, monkeypatch, cert, outside, http_port, https_port)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_behind_nginx(hub, nginx, monkeypatch, cert, outside, http_port, https_port):
    # Plain http: only a redirect to https (and certificate renewal).
    plain = requests.get(f"http://127.0.0.1:{http_port}/hub/login", allow_redirects=False, timeout=30)
    assert plain.status_code == 301 and plain.headers["Location"] == "https://127.0.0.1/hub/login"

    # From here on, everything goes through nginx over TLS, verified against the test's certificate.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    hub.url = f"https://127.0.0.1:{https_port}"
    page = requests.get(f"{hub.url}/hub/login", timeout=30)
    assert page.status_code == 200 and "Strict-Transport-Security" in page.headers

    participant = hub.login(PARTICIPANT)
    trainer = hub.login(TRAINER)
    participant.start_server()
    trainer.start_server()

    # A kernel's websocket through nginx (JupyterLab's notebook), and nginx really upgraded it.
    assert kernel_says(participant, cert, "print(6 * 7)").strip() == "42"
    assert f"/user/{PARTICIPANT}/api/kernels/" in nginx.log("access.log")
    upgraded = [line for line in nginx.log("access.log").splitlines() if "/channels" in line]
    assert upgraded and all('" 101 ' in line for line in upgraded), upgraded

    # Participant: their own file is served, a file through a link out of the home is not.
    participant.api("PUT", "/api/contents/mine.txt",
                    json={"type": "file", "format": "text", "content": "my own\n"}).raise_for_status()
    own = participant.api("GET", "/files/mine.txt", params={"download": "1"})
    assert own.status_code == 200 and own.text == "my own\n"
    hub.as_user(PARTICIPANT, ["ln", "-s", str(outside), f"/home/{PARTICIPANT}/outside"])
    refused = participant.api("GET", "/files/outside/note.txt", params={"download": "1"})
    assert refused.status_code in (403, 404), (refused.status_code, refused.text[:300])
    assert "not served" not in refused.text

    # Trainer: grades.csv and the cohort report, in the course folder behind ~/social-media-lab.
    grades = "student_id,assignment,score\nsomeone,00-getting-started,7.0\n"
    hub.as_user(TRAINER, ["sh", "-c", "test -L ~/social-media-lab && mkdir -p ~/social-media-lab/reports"
                          f" && printf '%s' '{grades}' > ~/social-media-lab/grades.csv"
                          " && echo '<html><body>cohort</body></html>' > ~/social-media-lab/reports/cohort.html"])
    got = trainer.api("GET", "/files/social-media-lab/grades.csv", params={"download": "1"})
    assert got.status_code == 200, (got.status_code, got.text[:300])
    assert got.text == grades
    assert "attachment" in got.headers.get("Content-Disposition", "")
    report = trainer.api("GET", "/files/social-media-lab/reports/cohort.html")
    assert report.status_code == 200 and "cohort" in report.text
    # ... and nothing else outside the home: another link out of it is still refused.
    hub.as_user(TRAINER, ["ln", "-s", str(outside), f"/home/{TRAINER}/outside"])
    refused = trainer.api("GET", "/files/outside/note.txt", params={"download": "1"})
    assert refused.status_code in (403, 404), (refused.status_code, refused.text[:300])

    # Trainer's terminal (websocket through nginx): the hub environment's tools are found.
    marker = f"SML-{secrets.token_hex(3)}"
    output = terminal_says(trainer, cert, f"command -v course nbgrader python; echo {marker}-$((6*7))",
                           f"{marker}-42")
    for tool in ("course", "nbgrader", "python"):
        assert f"{ENV_BIN}/{tool}" in output, f"{tool} is not the hub environment's:\n{output[-2000:]}"
    assert "/terminals/websocket/" in nginx.log("access.log")


# --- without systemd: deploy/systemd/hub.sh --------------------------------------------------------
def signal_ignored(pid: int, signum: int) -> bool:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigIgn:"):
            return bool(int(line.split()[1], 16) & (1 << (signum - 1)))
    return False


@pytest.mark.slow
@pytest.mark.hub
def test_hub_sh_starts_and_stops_the_hub_quickly():
    """hub.sh start/status/stop on a throw-away hub. `start` launches the hub in the background of a
    script, which leaves SIGINT ignored; unless hub.sh gives it back, the idle culler ignores the
    hub's SIGINT and every stop waits out JupyterHub's 30 s interrupt_timeout."""
    import signal

    missing = requirements_missing()
    if missing:
        pytest.skip(missing)
    ensure_environment()
    hub = LocalHub(prefix=f"{PREFIX}-sh")
    assert all(hasattr(hub, name) for name in ("install", "env", "hub_home", "root")), \
        "LocalHub no longer has install/env/hub_home/root: adapt this test"
    script = ROOT / "deploy" / "systemd" / "hub.sh"
    env: dict[str, str] = {}

    def hub_sh(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(script), *args], env=env, capture_output=True, text=True,
                              timeout=timeout)

    try:
        hub.install()
        env.update(hub.env)
        env.update({"SML_HUB_CONFIG": str(Path(hub.hub_home) / "jupyterhub_config.py"),
                    "SML_HUB_LOG": str(Path(hub.root) / "hub-sh.log"), "SML_HUB_DEFAULTS": "/nonexistent"})
        started = hub_sh("start")
        assert started.returncode == 0, started.stdout + started.stderr
        if not hub.wait_until_up(90):
            pytest.fail(f"hub.sh started no hub:\n{(Path(hub.root) / 'hub-sh.log').read_text()[-3000:]}")
        assert hub_sh("status").returncode == 0
        pid = int((Path(env["SML_HUB_STATE"]) / "jupyterhub.pid").read_text())
        culler = None
        deadline = time.monotonic() + 30
        while culler is None and time.monotonic() < deadline:
            ps = subprocess.run(["ps", "-ww", "-o", "pid=,args=", "--ppid", str(pid)], capture_output=True, text=True)
            culler = next((int(line.split()[0]) for line in ps.stdout.splitlines()
                           if "jupyterhub_idle_culler" in line), None)
            time.sleep(0.5)
        assert culler is not None, "the idle culler service did not start"
        assert not signal_ignored(pid, signal.SIGINT) and not signal_ignored(culler, signal.SIGINT)

        start = time.monotonic()
        stopped = hub_sh("stop")
        took = time.monotonic() - start
        assert stopped.returncode == 0 and "stopped" in stopped.stdout, stopped.stdout + stopped.stderr
        assert took < 20, f"stopping took {took:.0f} s (the culler waited out SIGINT?)"
        assert hub_sh("status").returncode == 3
    finally:
        if env:
            hub_sh("stop")
        hub.close()
