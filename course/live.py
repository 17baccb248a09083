"""Tell the trainers' live classroom view (deploy/sml_hub/liveview.py) how each check cell went.

After a notebook cell runs in a kernel on the course hub, if the cell is a check cell (it calls
`passed("name")` or `recorded("name")`), one event goes to the live view: the assignment (the notebook's
folder), the exercise (that name), passed or failed, the kind of failure and the check's message as
the participant saw it. Never the cell's code, another cell, or an answer. The hub token of the
participant's own server goes with it: the live view asks the hub whose it is.

Sending never slows or breaks a notebook. The cell's result is put on a bounded queue and a background
thread posts it, with a short timeout; when the live view cannot be reached, events are dropped (not
retried) for a while; an event it refuses (400) is dropped alone. The token goes to SML_LIVE_VIEW_URL
only: never through a proxy of the environment (http_proxy), never after a redirect. Nothing is sent:
- outside the hub (no SML_LIVE_VIEW_URL or no JUPYTERHUB_API_TOKEN: a laptop, CI, the trainer's tools);
- while nbgrader validates or autogrades (NBGRADER_EXECUTION is set; the sandboxed grader's kernels
  also get a clean environment, course/trainer/sandbox.py);
- outside an IPython kernel (a script importing course.checks).
"""

from __future__ import annotations

import json
import os
import queue
import re
import threading
import time
import urllib.error
import urllib.request

URL_VARIABLE = "SML_LIVE_VIEW_URL"
TIMEOUT = 3.0  # seconds a post may take, in the background thread
PAUSE = 60.0  # after a failed post, seconds during which events are dropped
MESSAGE_CHARS = 500

_EXERCISE = re.compile(r"""\b(?:passed|recorded)\(\s*(["'])(.+?)\1""")
_queue: queue.Queue = queue.Queue(maxsize=100)
_lock = threading.Lock()
_thread: threading.Thread | None = None
_installed = False
_paused_until = 0.0
sent = 0  # events posted (for tests and the curious)
dropped = 0  # events not posted: queue full, live view unreachable


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # urllib would send the Authorization header on to wherever a redirect points


# The hub's own address, straight: no http_proxy/https_proxy of the environment (urllib's default opener
# would send the token to one, and would keep the proxy it saw first for the whole process).
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects())


def target() -> tuple[str, str] | None:
    """(events URL, token) when this kernel should report; None otherwise."""
    base = os.environ.get(URL_VARIABLE, "").strip()
    token = os.environ.get("JUPYTERHUB_API_TOKEN", "").strip()
    if not base or not token or os.environ.get("NBGRADER_EXECUTION"):
        return None
    return base.rstrip("/") + "/api/events", token


def exercise_of(source: str) -> str | None:
    """The exercise a check cell reports: the first name it passes to passed() or recorded()."""
    match = _EXERCISE.search(source or "")
    return match.group(2) if match else None


def event_of(source: str, error: BaseException | None, assignment: str) -> dict | None:
    """The event for a cell that ran (None when the cell is not a check cell)."""
    exercise = exercise_of(source)
    if exercise is None:
        return None
    event = {"assignment": assignment, "exercise": exercise[:120]}
    if error is None:
        return {**event, "status": "passed"}
    from course.checks import CheckFailed

    if isinstance(error, CheckFailed):
        kind, message = "wrong", str(error)
    elif isinstance(error, NameError):
        kind, message = "not-run", f"{type(error).__name__}: {error}"
    elif isinstance(error, SyntaxError):
        kind, message = "syntax", f"{type(error).__name__}: {error.msg}"
    else:
        kind, message = "error", f"{type(error).__name__}: {error}".strip()
    return {**event, "status": "failed", "kind": kind, "message": message[:MESSAGE_CHARS]}


def send(event: dict) -> None:
    """Queue an event for the background thread; never blocks, never raises."""
    global _thread, dropped
    if target() is None or time.monotonic() < _paused_until:
        dropped += 1
        return
    try:
        _queue.put_nowait(event)
    except queue.Full:
        dropped += 1
        return
    with _lock:
        if _thread is None or not _thread.is_alive():
            _thread = threading.Thread(target=_post_forever, name="course-live-view", daemon=True)
            _thread.start()


def _post_forever() -> None:
    # Nothing may escape this loop: a thread's uncaught exception is printed on stderr, which the kernel
    # shows under whatever cell is running.
    global sent, dropped, _paused_until
    while True:
        try:
            event = _queue.get()
            where = target()
            if where is None:
                continue
            url, token = where
            request = urllib.request.Request(url, data=json.dumps(event).encode(), method="POST", headers={
                "Authorization": f"token {token}", "Content-Type": "application/json"})
            with _opener.open(request, timeout=TIMEOUT) as response:
                response.read()
            sent += 1
        except Exception as error:  # down, slow, refused, a bad URL: drop, pause, never bother the participant
            dropped += 1
            if isinstance(error, urllib.error.HTTPError):
                try:
                    error.close()
                except Exception:
                    pass
                if error.code == 400:
                    continue  # this event refused (a folder name the live view does not take): only this one
            _paused_until = time.monotonic() + PAUSE
            while True:  # and what queued behind it
                try:
                    _queue.get_nowait()
                    dropped += 1
                except queue.Empty:
                    break


def _after_cell(result) -> None:
    try:
        info = getattr(result, "info", None)
        source = getattr(info, "raw_cell", "") or ""
        error = result.error_before_exec or result.error_in_exec
        event = event_of(source, error, os.path.basename(os.getcwd()))
        if event is not None:
            send(event)
    except Exception:  # reporting must never show an error in the notebook
        pass


def install() -> bool:
    """Report check cells from this IPython kernel, when it runs on the hub; whether it now does."""
    global _installed
    if _installed:
        return True
    if target() is None:
        return False
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    if shell is None or not hasattr(shell, "events"):
        return False
    shell.events.register("post_run_cell", _after_cell)
    _installed = True
    return True
