"""The live classroom view (issue #19): what a participant's kernel sends (course/live.py), what the service
keeps and shows (deploy/sml_hub/liveview.py), and who may send or read it.

The service runs in its own process, as the hub starts it, against a stub of the one hub API call it
makes (a token -> its owner). On the real hub, the same is exercised end to end by test_hub_e2e.py
(participants' kernels, the hub's OAuth and scopes) and test_browser_hub.py (the trainer's page).
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from sml_hub import liveview  # noqa: E402
from sml_hub.testing import LiveViewProcess, StubHubAPI  # noqa: E402

from course import live  # noqa: E402

TRAINER_SCOPES = ["access:services!service=live-view", liveview.SCOPE]
TOKENS = {
    "t-p1": {"kind": "user", "name": "p1", "scopes": ["users:activity!user=p1", "access:servers!server=p1/"]},
    "t-p2": {"kind": "user", "name": "p2", "scopes": ["access:services!service=live-view"]},
    "t-trainer": {"kind": "user", "name": "trainer", "scopes": TRAINER_SCOPES},
    "t-service": {"kind": "service", "name": "idle-culler", "scopes": TRAINER_SCOPES},
}


def event(exercise="engagement", status="failed", kind="wrong", message="`engagement` should be a number",
          assignment="00-getting-started", **extra):
    return {"assignment": assignment, "exercise": exercise, "status": status, "kind": kind, "message": message,
            **extra}


# --- the service over HTTP ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def service(tmp_path_factory):
    folder = tmp_path_factory.mktemp("live")
    course = folder / "course"
    (course / "release" / "00-getting-started").mkdir(parents=True)
    (course / "release" / "00-getting-started" / "00-getting-started.ipynb").write_text(json.dumps({"cells": [
        {"cell_type": "markdown", "source": "passed('not a code cell')"},
        {"cell_type": "code", "source": ["expect_number(engagement, name='engagement')\n", 'passed("engagement")']},
        {"cell_type": "code", "source": "x = 1"},
        {"cell_type": "code", "source": "recorded('typical_choice', typical_choice)"},
    ]}))
    (course / "roster.csv").write_text("username,name_en,name_hi,designation,district,office\n"
                                       "p1,Asha Kumari,आशा कुमारी,DPRO,Gaya,DPRO Gaya\n", encoding="utf-8")
    hub = StubHubAPI(TOKENS)
    process = LiveViewProcess(hub, folder / "live.sqlite", course_dir=course)
    yield process
    process.close()
    hub.close()


def test_a_participant_reports_as_the_owner_of_their_token_only(service):
    # the body names p2: the service ignores it and records the token's owner, p1
    assert service.post("t-p1", event(user="p2", username="p2")).status_code == 204
    state = service.get("api/state?assignment=00-getting-started", "t-trainer").json()
    rows = {row["user"]: row for row in state["participants"]}
    assert rows["p1"]["cells"]["engagement"]["status"] == "failed"
    assert "engagement" not in rows.get("p2", {"cells": {}})["cells"]
    assert rows["p1"]["name"] == "Asha Kumari" and rows["p1"]["name_hi"] == "आशा कुमारी"


@pytest.mark.parametrize("token, status", [(None, 401), ("not-a-token", 403), ("t-service", 403)])
def test_no_event_without_a_hub_users_token(service, token, status):
    before = service.get("export.csv", "t-trainer").text
    headers = {"Authorization": f"token {token}"} if token else {}
    import requests

    response = requests.post(service.url + "api/events", json=event(), headers=headers, timeout=10)
    assert response.status_code == status
    assert service.get("export.csv", "t-trainer").text == before


@pytest.mark.parametrize("body, says", [
    (event(exercise=""), "exercise"),
    (event(assignment="../../etc"), "assignment"),
    (event(status="done"), "status"),
    (event(kind="whatever"), "kind"),
    (event(message=["a", "list"]), "message"),
    ([1, 2], "object"),
])
def test_a_malformed_event_is_refused_with_a_reason(service, body, says):
    response = service.post("t-p1", body)
    assert response.status_code == 400
    assert says in response.text


def test_only_trainers_read_the_page_the_state_and_the_export(service):
    for path in ("", "api/state", "export.csv"):
        assert service.get(path, "t-trainer").status_code == 200, path
        # p2 may complete the service's login (access:services) but lacks the trainers' scope
        refused = service.get(path, "t-p2")
        assert refused.status_code == 403, path
        assert service.get(path, "t-p1").status_code == 403, path
        # no credentials: sent to the hub's login, never shown
        assert service.get(path).status_code in (302, 403), path
    assert "this page is for trainers" in service.get("", "t-p2").text
    import requests

    assert requests.post(service.url + "api/delete", headers={"Authorization": "token t-p2"}, timeout=10).status_code == 403


def test_the_page_shows_exercises_in_notebook_order_and_the_rooms_common_failures(service):
    service.post("t-p1", event())  # each test on its own: xdist may give this module's tests to two workers
    service.post("t-p1", event("typical_choice", status="passed", kind="", message=""))
    state = service.get("api/state?assignment=00-getting-started", "t-trainer").json()
    # the release's check cells, in order (not the markdown cell, not the plain code cell)
    assert state["exercises"][:2] == ["engagement", "typical_choice"]
    assert state["common"][0]["exercise"] == "engagement" and state["common"][0]["count"] >= 1
    page = service.get("", "t-trainer").text
    assert "Live classroom view" in page and "api/state" in page


def test_export_is_csv_of_every_event_and_holds_no_token(service):
    assert service.post("t-p1", event()).status_code == 204
    text = service.get("export.csv", "t-trainer").text
    header, *rows = text.strip().splitlines()
    assert header == "time_utc,username,assignment,exercise,status,kind,message"
    assert rows and all(",p1," in row for row in rows)
    assert "t-p1" not in text


# --- what the service keeps ---------------------------------------------------------------------
def test_a_streak_starts_again_when_the_failure_changes_and_ends_when_it_passes(tmp_path):
    store = liveview.Store(str(tmp_path / "s.sqlite"))
    t = time.time() - 3600  # recent: a restart keeps it
    store.add("p1", "a", "x", "failed", "not-run", "NameError", at=t + 100)
    store.add("p1", "a", "x", "failed", "not-run", "NameError", at=t + 200)
    assert store.cells[("a", "p1", "x")].since == t + 100
    store.add("p1", "a", "x", "failed", "wrong", "should be 3", at=t + 300)
    assert store.cells[("a", "p1", "x")].since == t + 300
    store.add("p1", "a", "x", "passed", "", "", at=t + 400)
    assert store.cells[("a", "p1", "x")].status == "passed"
    # what is on disk comes back after a restart
    again = liveview.Store(str(tmp_path / "s.sqlite"))
    assert again.cells == store.cells and again.last == store.last


def test_events_older_than_the_course_are_deleted_and_a_trainer_can_delete_all(tmp_path):
    now = time.time()
    store = liveview.Store(str(tmp_path / "s.sqlite"), keep_days=30)
    store.add("p1", "a", "x", "failed", "wrong", "old", at=now - 31 * 86400)
    store.add("p1", "a", "y", "passed", "", "", at=now - 29 * 86400)
    assert store.purge(now) == 1
    assert [row[3] for row in store.rows()] == ["y"] and ("a", "p1", "x") not in store.cells
    assert liveview.Store(str(tmp_path / "s.sqlite"), keep_days=30).cells.keys() == {("a", "p1", "y")}
    assert store.delete_all() == 1 and not list(store.rows()) and not store.cells
    assert os.stat(tmp_path / "s.sqlite").st_mode & 0o077 == 0, "personal data readable by others"


def test_stuck_idle_not_started_and_the_three_commonest_failures():
    store = liveview.Store(":memory:")
    now = 10_000.0
    store.add("p1", "a", "x", "failed", "wrong", "should be 3", at=now - 9 * 60)  # stuck 9 min
    store.add("p1", "a", "x", "failed", "wrong", "should be 3", at=now - 30)
    store.add("p2", "a", "x", "failed", "wrong", "should be 3", at=now - 60)  # 1 min: not stuck
    store.add("p3", "a", "x", "passed", "", "", at=now - 20 * 60)  # idle 20 min, not done
    store.add("p4", "a", "y", "failed", "not-run", "NameError: name 'y' is not defined", at=now - 60)
    store.add("p5", "a", "x", "failed", "error", "ZeroDivisionError: division by zero", at=now - 60)
    store.add("p5", "a", "y", "failed", "error", "TypeError: no", at=now - 30)
    names = {"p1": {"name": "Asha"}, "p9": {"name": "Zubair"}}
    shown = liveview.state(store, "a", names=names, exercises=["x", "y", "z"], stuck_minutes=5, idle_minutes=10,
                           now=now)
    assert shown["exercises"] == ["x", "y", "z"]
    assert [s["user"] for s in shown["stuck"]] == ["p1"] and shown["stuck"][0]["minutes"] == 9
    assert [s["user"] for s in shown["idle"]] == ["p3"]
    rows = {row["user"]: row for row in shown["participants"]}
    assert rows["p9"]["cells"] == {}, "a roster name with no event yet: not started everywhere"
    assert shown["common"][0] == {"exercise": "x", "kind": "wrong", "message": "should be 3", "count": 2}
    assert len(shown["common"]) == 3


def test_the_most_recently_active_assignment_is_shown_first():
    store = liveview.Store(":memory:")
    store.add("p1", "00-getting-started", "x", "passed", "", "", at=100)
    store.add("p1", "01-analytics", "x", "passed", "", "", at=200)
    shown = liveview.state(store, None, names={}, exercises=[], stuck_minutes=5, idle_minutes=10, now=300)
    assert shown["assignment"] == "01-analytics"
    assert [a["name"] for a in shown["assignments"]] == ["01-analytics", "00-getting-started"]


# --- what the kernel sends ----------------------------------------------------------------------
def test_nothing_is_sent_off_the_hub_or_while_validating_or_grading(monkeypatch):
    monkeypatch.delenv("SML_LIVE_VIEW_URL", raising=False)
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "x")
    assert live.target() is None
    monkeypatch.setenv("SML_LIVE_VIEW_URL", "http://127.0.0.1:9/services/live-view/")
    assert live.target() == ("http://127.0.0.1:9/services/live-view/api/events", "x")
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert live.target() is None
    monkeypatch.delenv("NBGRADER_EXECUTION")
    monkeypatch.delenv("JUPYTERHUB_API_TOKEN")
    assert live.target() is None


def test_the_sandboxed_graders_kernels_get_neither_the_url_nor_a_token(monkeypatch, tmp_path):
    from course.trainer.sandbox import kernel_env

    monkeypatch.setenv("SML_LIVE_VIEW_URL", "http://127.0.0.1:9/services/live-view/")
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "secret")
    env = kernel_env(tmp_path)
    assert "SML_LIVE_VIEW_URL" not in env and "JUPYTERHUB_API_TOKEN" not in env


def test_an_event_names_the_exercise_and_the_kind_never_the_code():
    from course.checks import CheckFailed

    source = "secret_answer = 41  # my own working\nexpect_number(x, 3, name='x')\npassed('x')"
    ok = live.event_of(source, None, "01-analytics")
    assert ok == {"assignment": "01-analytics", "exercise": "x", "status": "passed"}
    failed = live.event_of(source, CheckFailed("`x` should be 3.", hint="count again"), "01-analytics")
    assert failed["kind"] == "wrong" and failed["message"].startswith("`x` should be 3.")
    assert live.event_of(source, NameError("name 'x' is not defined"), "a")["kind"] == "not-run"
    assert live.event_of(source, ZeroDivisionError("division by zero"), "a")["message"] == \
        "ZeroDivisionError: division by zero"
    assert live.event_of("print(1)", None, "a") is None, "not a check cell: nothing to send"
    long = live.event_of(source, CheckFailed("y" * 5000), "a")
    assert len(long["message"]) == live.MESSAGE_CHARS
    assert not any("secret_answer" in str(v) for e in (ok, failed, long) for v in e.values())


class Receiver:
    """A live view stand-in: records posts, or holds every request without answering (`hang`)."""

    def __init__(self, hang: bool = False):
        self.events, self.hang, self.arrived = [], hang, threading.Event()
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.events.append((self.headers["Authorization"], json.loads(body)))
                receiver.arrived.set()
                if receiver.hang:
                    receiver.release.wait(30)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/services/live-view/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fresh_sender(monkeypatch):
    monkeypatch.setattr(live, "_paused_until", 0.0)
    monkeypatch.setattr(live, "_queue", live.queue.Queue(maxsize=100))
    monkeypatch.setattr(live, "_thread", None)
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "kernel-token")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    return live


def test_a_check_cell_in_a_kernel_reports_itself_with_the_servers_token(fresh_sender, monkeypatch, tmp_path):
    from IPython.core.interactiveshell import InteractiveShell

    receiver = Receiver()
    monkeypatch.setenv("SML_LIVE_VIEW_URL", receiver.url)
    folder = tmp_path / "01-analytics"
    folder.mkdir()
    monkeypatch.chdir(folder)
    shell = InteractiveShell.instance()
    try:
        monkeypatch.setattr(live, "_installed", False)
        assert live.install()
        shell.run_cell("from course.checks import expect_number, passed\nx = 2")
        shell.run_cell("expect_number(x, 3, name='x')\npassed('x')")
        shell.run_cell("y_typo\npassed('y')")
        shell.run_cell("x = 3")
        shell.run_cell("expect_number(x, 3, name='x')\npassed('x')")
        deadline = time.monotonic() + 10
        while len(receiver.events) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        shell.events.unregister("post_run_cell", live._after_cell)
        InteractiveShell.clear_instance()
        receiver.close()
    assert [token for token, _ in receiver.events] == ["token kernel-token"] * 3
    got = [(e["assignment"], e["exercise"], e["status"], e.get("kind")) for _, e in receiver.events]
    assert got == [("01-analytics", "x", "failed", "wrong"), ("01-analytics", "y", "failed", "not-run"),
                   ("01-analytics", "x", "passed", None)]


def test_a_live_view_that_never_answers_costs_the_check_nothing(fresh_sender, monkeypatch):
    receiver = Receiver(hang=True)
    monkeypatch.setenv("SML_LIVE_VIEW_URL", receiver.url)
    try:
        live.send(event())
        # the post is under way and held by the receiver; the participant's side already returned
        assert receiver.arrived.wait(10)
        assert live._thread.is_alive()
        for _ in range(500):  # and more checks keep returning at once: bounded queue, drops the rest
            live.send(event())
        assert live._queue.qsize() <= 100
    finally:
        receiver.close()


def test_when_the_live_view_is_down_events_are_dropped_not_queued(fresh_sender, monkeypatch):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("SML_LIVE_VIEW_URL", f"http://127.0.0.1:{port}/services/live-view/")
    before = live.dropped
    live.send(event())
    deadline = time.monotonic() + 10
    while live._paused_until == 0.0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert live._paused_until > time.monotonic(), "a refused post should pause sending"
    live.send(event())
    assert live._queue.qsize() == 0 and live.dropped >= before + 2
