"""The live classroom view under a room's load (issue #19): 200 participants working through an assignment.

The service (deploy/sml_hub/liveview.py) runs in its own process as the hub starts it, against a stub of
the one hub API call it makes (a token -> its owner; the service caches the answer, as with a real hub).
Each participant is a thread-pool task posting, in order, what a morning's work produces: for each of
the assignment's exercises some failed runs (a name not defined, a wrong answer) and then a pass; the
posts of all participants interleave over loopback, 16 at a time. Printed:

- ingest latency per event, p50 and p95 (target: p95 under 50 ms), and as a ratio to the same server
  answering a request it refuses at once (no token: 401), measured in the same run: what the service's
  work adds to a bare round trip;
- the page's refresh: GET api/state for the assignment, as the trainer's page does every 2 s, with all
  200 participants on it (target: under 1 s), median and worst of 20;
- what reporting costs a participant: a check cell run 300 times in an IPython shell (course.checks
  loaded, as in a notebook), off the hub (the baseline), with the live view up, stopped (nothing on its
  port) and hanging (it accepts and never answers); the median per run and its ratio to the baseline
  (the same speed: about 1.0x in all three).

    .venv/bin/python benchmarks/live_view.py [--participants 200] [--exercises 12]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from sml_hub.testing import LiveViewProcess, StubHubAPI  # noqa: E402

ASSIGNMENT = "04-campaign-strategy"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def morning(participant: int, exercises: int, rng: random.Random) -> list[dict]:
    """One participant's check runs, in order: per exercise 0-3 failures, then a pass (most finish)."""
    events = []
    for number in range(exercises):
        exercise = f"exercise_{number + 1:02d}"
        for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
            kind = rng.choice(["wrong", "wrong", "not-run", "error"])
            message = {"wrong": f"`{exercise}` should be a whole number of posts, not {rng.randint(1, 99)}.",
                       "not-run": f"NameError: name '{exercise}' is not defined",
                       "error": "TypeError: unsupported operand type(s) for +: 'int' and 'str'"}[kind]
            events.append({"assignment": ASSIGNMENT, "exercise": exercise, "status": "failed", "kind": kind,
                           "message": message})
        if rng.random() < 0.9:
            events.append({"assignment": ASSIGNMENT, "exercise": exercise, "status": "passed"})
    return events


def check_cell_cost(url: str | None, token: str = "token-0", runs: int = 300) -> float:
    """Median seconds of one check cell run in an IPython shell, reporting to `url` (None: off the hub)."""
    import importlib

    from IPython.core.interactiveshell import InteractiveShell

    from course import live

    for name in ("SML_LIVE_VIEW_URL", "JUPYTERHUB_API_TOKEN", "NBGRADER_EXECUTION"):
        os.environ.pop(name, None)
    if url:
        os.environ.update({"SML_LIVE_VIEW_URL": url, "JUPYTERHUB_API_TOKEN": token})
    importlib.reload(live)  # a fresh sender: empty queue, not paused, no thread
    shell = InteractiveShell.instance()
    live.install()
    shell.run_cell("from course.checks import expect_number, passed\nengagement = 1840")
    cell = "expect_number(engagement, 1840, name='engagement')\npassed('engagement')"
    times = []
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        for _ in range(runs):
            start = time.perf_counter()
            shell.run_cell(cell)
            times.append(time.perf_counter() - start)
    shell.events.unregister("post_run_cell", live._after_cell) if url else None
    InteractiveShell.clear_instance()
    return statistics.median(times)


def hanging_server():
    """A port that accepts connections and never answers."""
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(512)
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--exercises", type=int, default=12)
    parser.add_argument("--workers", type=int, default=16)
    args = parser.parse_args()
    rng = random.Random(19)

    tokens = {f"token-{n}": {"kind": "user", "name": f"officer{n:03d}", "scopes": []} for n in range(args.participants)}
    tokens["trainer"] = {"kind": "user", "name": "trainer",
                         "scopes": ["access:services!service=live-view", "custom:live-view:read"]}
    load_before = os.getloadavg()
    folder = Path(tempfile.mkdtemp(prefix="sml-live-bench-", dir=ROOT / "build" if (ROOT / "build").is_dir() else None))
    hub = StubHubAPI(tokens)
    service = LiveViewProcess(hub, folder / "live.sqlite")
    try:
        work = [(f"token-{n}", morning(n, args.exercises, rng)) for n in range(args.participants)]
        # interleave: everybody's first event, then everybody's second... as a room works in parallel
        queue, depth = [], max(len(events) for _, events in work)
        for step in range(depth):
            queue += [(token, events[step]) for token, events in work if step < len(events)]
        local = {}

        def session() -> requests.Session:
            import threading

            key = threading.get_ident()
            if key not in local:
                local[key] = requests.Session()
            return local[key]

        def post(item) -> float:
            token, event = item
            start = time.perf_counter()
            response = session().post(service.url + "api/events", json=event, timeout=30,
                                      headers={"Authorization": f"token {token}"})
            took = time.perf_counter() - start
            assert response.status_code == 204, response.text
            return took

        def refused(_) -> float:
            start = time.perf_counter()
            response = session().post(service.url + "api/events", json={}, timeout=30)
            took = time.perf_counter() - start
            assert response.status_code == 401
            return took

        with concurrent.futures.ThreadPoolExecutor(args.workers) as pool:
            baseline = list(pool.map(refused, range(1000)))
            started = time.perf_counter()
            ingest = list(pool.map(post, queue))
            wall = time.perf_counter() - started

        refresh = []
        trainer = requests.Session()
        for _ in range(20):
            start = time.perf_counter()
            response = trainer.get(service.url + "api/state", params={"assignment": ASSIGNMENT}, timeout=30,
                                   headers={"Authorization": "token trainer"})
            refresh.append(time.perf_counter() - start)
            assert response.status_code == 200
        shown = response.json()
        assert len(shown["participants"]) == args.participants, len(shown["participants"])
        size = len(response.content)

        costs = {"off the hub (baseline)": check_cell_cost(None),
                 "live view up": check_cell_cost(service.url)}
        service.close()
        costs["live view stopped"] = check_cell_cost(service.url)
        hang = hanging_server()
        costs["live view hanging"] = check_cell_cost(f"http://127.0.0.1:{hang.getsockname()[1]}/services/live-view/")
        hang.close()
    finally:
        service.close()
        hub.close()
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    load_after = os.getloadavg()

    p50, p95 = percentile(ingest, 50) * 1000, percentile(ingest, 95) * 1000
    b50, b95 = percentile(baseline, 50) * 1000, percentile(baseline, 95) * 1000
    r50, rmax = statistics.median(refresh) * 1000, max(refresh) * 1000
    print(f"live view: {args.participants} participants x {args.exercises} exercises = {len(queue)} events, "
          f"{args.workers} at a time over loopback; {len(queue) / wall:.0f} events/s")
    print(f"  machine: {os.cpu_count()} cores; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    print(f"  ingest latency   p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   (target p95 < 50 ms: "
          f"{'met' if p95 < 50 else 'NOT met'})")
    print(f"  baseline (401)   p50 {b50:6.1f} ms   p95 {b95:6.1f} ms   -> ingest/baseline p95 {p95 / b95:.1f}x")
    print(f"  page refresh     median {r50:6.1f} ms   worst {rmax:6.1f} ms of 20 ({size / 1024:.0f} KB JSON; "
          f"target < 1000 ms: {'met' if rmax < 1000 else 'NOT met'})")
    print(f"  the page showed {len(shown['participants'])} participants, {len(shown['stuck'])} stuck, "
          f"{len(shown['common'])} common failures")
    base = costs["off the hub (baseline)"]
    print("  a check cell's run in a kernel, median of 300:")
    for what, cost in costs.items():
        print(f"    {what:24s} {cost * 1000:6.2f} ms   {cost / base:4.2f}x")


if __name__ == "__main__":
    main()
