"""A workshop morning's logins on the one-machine hub (issue #20, part 1): what a spawn costs, and a wave.

    sudo .venv/bin/python benchmarks/spawn.py                  # 3 rounds, a wave of 20 in one minute
    sudo .venv/bin/python benchmarks/spawn.py --rounds 1 --wave 4 --json out.json

A throw-away hub (deploy/jupyterhub_config.py, installed by install.sh, loopback only), with
00-getting-started released as a trainer releases it.

1. **The ratio.** In the same hub and the same run, alternately, a participant's spawn and a *bare* one:
   an account of the same group, cgroup and limits that the spawner starts as a plain
   `jupyterhub-singleuser` with nothing of the course (`c.CourseSpawner.bare_users`: no start.py, no
   course settings or server extensions, no fetch). Timed from the spawn request to the hub's "ready"
   (the hub's own start time, from its log) and to a first kernel answering `1 + 1` over the websocket.
   First logins (the participant's fetches the released assignment) and returning ones (stop, start).
   Target: a participant's spawn at most 1.3x the bare one.
2. **The wave.** `--wave` participants log in within `--within` seconds (random moments, as a room does
   at 10:00), each then opens the notebook's kernel and runs `1 + 1`. Printed: the time until all have a
   working kernel, the slowest spawn, and failures (the target is 0).

The machine's load is printed before and after each part. Figures, not a test.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import random
import re
import secrets
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from sml_hub.testing import ENV_BIN, LocalHub, requirements_missing  # noqa: E402

ASSIGNMENT = "00-getting-started"
NOTEBOOK = f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
PREFIX = f"sml-sp-{secrets.token_hex(2)}"


def load() -> str:
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def hub_start_seconds(hub: LocalHub, name: str, nth: int) -> float | None:
    """The hub's own figure for `name`'s nth start ("User X took 3.399 seconds to start")."""
    found = re.findall(rf"User {re.escape(name)} took ([0-9.]+) seconds to start", hub.log(10**8))
    return float(found[nth]) if len(found) > nth else None


STAMP = re.compile(r"^\[[IWE] (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (\w+)")


def phases(lines: list[str], name: str) -> dict | None:
    """Where one spawn's time went, from the hub's log (the server's log goes there too), in seconds:
    the hub until it starts the process (`hub`); the process until the server's first line: Python,
    start.py with any fetch, and the imports (`process`); the server's extensions until it listens
    (`extensions`); and the hub noticing it answers, proxy route included (`noticed`). One spawn at a time."""
    import datetime as dt

    def at(line):
        match = STAMP.match(line)
        return dt.datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S.%f").timestamp() if match else None

    requested = next((at(x) for x in lines if f"/users/{name}/server" in x and "POST" in x and at(x)), None)
    spawning = next((at(x) for x in lines if "spawner" in x and "Spawning" in x and at(x)), None)
    first = next((at(x) for x in lines if " ServerApp]" in x and at(x)), None)
    listening = next((at(x) for x in lines if "is running at" in x and at(x)), None)
    noticed = next((at(x) for x in lines if f"User {name} took" in x and at(x)), None)
    if None in (spawning, first, listening, noticed):
        return None
    # the POST's own log line comes when it answers (at once: slow_spawn_timeout 0), after Spawning
    return {"hub": max(0.0, spawning - (requested if requested and requested <= spawning else spawning)),
            "process": first - spawning, "extensions": listening - first, "noticed": noticed - listening}


def spawn(hub: LocalHub, user, nth: int, timeout: float = 300) -> dict:
    """Start `user`'s server and run 1 + 1 in a kernel; the seconds each took."""
    start = time.perf_counter()
    log_start = len(hub.log(10**9))
    user.start_server(timeout=timeout)
    ready = time.perf_counter()
    with user.kernel(NOTEBOOK if user.name not in hub.bare_names else "bare.ipynb") as kernel:
        answer = kernel.execute("1 + 1", timeout=120)
    done = time.perf_counter()
    if "2" not in answer.text:
        raise RuntimeError(f"{user.name}: 1 + 1 gave {answer.text!r}")
    return {"ready_s": ready - start, "kernel_s": done - start, "hub_s": hub_start_seconds(hub, user.name, nth),
            "kernel_after_ready_s": done - ready,
            "phases": phases(hub.log(10**9)[log_start:].splitlines(), user.name)}


def median(rows: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in rows if r[key] is not None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--wave", type=int, default=20)
    parser.add_argument("--within", type=float, default=60)
    parser.add_argument("--spawn-limit", type=int, default=4 * (os.cpu_count() or 1),
                        help="c.JupyterHub.concurrent_spawn_limit (default: the config's, 4 per core)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    missing = requirements_missing()
    if missing:
        print(f"cannot run: {missing}")
        return 2
    rng = random.Random(20)
    bare = [f"{PREFIX}-b{i}" for i in range(args.rounds)]
    course = [f"{PREFIX}-c{i}" for i in range(args.rounds)]
    wave = [f"{PREFIX}-w{i:02d}" for i in range(args.wave)]
    figures: dict = {"machine": {"cores": os.cpu_count(), "load_before": load()}}
    limit = args.spawn_limit
    with LocalHub(prefix=PREFIX, extra_env={"SML_BARE_USERS": ",".join(bare),
                                             "SML_CONCURRENT_SPAWN_LIMIT": str(limit)}) as hub:
        hub.bare_names = set(bare)
        trainer = f"{PREFIX}-t"
        hub.add_user(trainer, "trainer")
        for name in bare + course + wave:
            hub.add_user(name, "participant")
        # released as a trainer releases it (Formgrader's Release runs the same nbgrader command)
        hub.as_user(trainer, [str(ENV_BIN / "nbgrader"), "release_assignment", ASSIGNMENT, "--force"],
                    cwd=hub.course_dir)

        # --- 1. a participant's spawn against a bare jupyterhub-singleuser, alternately
        rows = {"course first": [], "bare first": [], "course again": [], "bare again": []}
        for i in range(args.rounds):
            pair = [("course", course[i]), ("bare", bare[i])]
            if i % 2:
                pair.reverse()  # neither always goes first
            for kind, name in pair:
                user = hub.login(name)
                rows[f"{kind} first"].append(spawn(hub, user, 0))
                user.stop_server()
                rows[f"{kind} again"].append(spawn(hub, user, 1))
                user.stop_server()
        figures["load_after_ratio"] = load()
        figures["spawn"] = {key: {"hub_s": round(median(r, "hub_s"), 2), "ready_s": round(median(r, "ready_s"), 2),
                                  "kernel_s": round(median(r, "kernel_s"), 2)} for key, r in rows.items() if r}

        # --- 2. the wave
        if not wave:
            figures["wave"] = None
        time.sleep(5 if wave else 0)
        figures["load_before_wave"] = load()
        offsets = sorted(rng.uniform(0, args.within) for _ in wave)
        began = time.perf_counter()

        def arrive(item):
            offset, name = item
            time.sleep(max(0.0, began + offset - time.perf_counter()))
            try:
                user = hub.login(name)
                result = spawn(hub, user, 0)
                return {"name": name, **result, "queued": user.queued, "finished_at": time.perf_counter() - began,
                        "error": None}
            except Exception as error:  # a failure is a figure here, not a crash
                return {"name": name, "error": f"{type(error).__name__}: {str(error)[:300]}",
                        "finished_at": time.perf_counter() - began}

        with concurrent.futures.ThreadPoolExecutor(max_workers=len(wave) or 1) as pool:
            results = list(pool.map(arrive, zip(offsets, wave, strict=True)))
        ok = [r for r in results if not r["error"]]
        figures["wave"] = None if not wave else {
            "participants": len(wave), "within_s": args.within,
            "all_ready_s": round(max(r["finished_at"] for r in results), 1) if results else None,
            "slowest_spawn_s": round(max(r["ready_s"] for r in ok), 1) if ok else None,
            "slowest_kernel_s": round(max(r["kernel_s"] for r in ok), 1) if ok else None,
            "median_spawn_s": round(statistics.median(r["ready_s"] for r in ok), 1) if ok else None,
            "queued": sum(1 for r in ok if r["queued"]),
            "spawn_limit": limit,
            "failures": len(results) - len(ok),
            "errors": sorted({r["error"] for r in results if r["error"]})[:3],
            "load_after": load(),
        }

    s = figures["spawn"]
    print(f"machine: {figures['machine']['cores']} cores; load {figures['machine']['load_before']} before, "
          f"{figures['load_after_ratio']} after the spawns")
    print("median of", args.rounds, "| hub's start time | to ready (API) | to a kernel's 1 + 1")
    for key, row in s.items():  # empty with --rounds 0
        print(f"  {key:13s} | {row['hub_s']:6.2f} s | {row['ready_s']:6.2f} s | {row['kernel_s']:6.2f} s")
    print("where the time went (medians, s): hub to process | process to server's first line (Python, start.py, "
          "fetch, imports) | extensions until listening | hub notices | first kernel after ready")
    for key, r in rows.items():
        got = [x["phases"] for x in r if x["phases"]]
        if got:
            parts = [statistics.median(g[k] for g in got) for k in ("hub", "process", "extensions", "noticed")]
            print(f"  {key:13s} | " + " | ".join(f"{v:5.2f}" for v in parts)
                  + f" | {statistics.median(x['kernel_after_ready_s'] for x in r):5.2f}")
    for when in ("first", "again") if s else ():
        c, b = s[f"course {when}"], s[f"bare {when}"]
        print(f"  ratio, {when} login: {c['hub_s'] / b['hub_s']:.2f}x the bare spawn (hub's time), "
              f"{c['kernel_s'] / b['kernel_s']:.2f}x to a kernel (target 1.3x)")
    w = figures["wave"]
    if w is None:
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1))
        return 0
    print(f"wave: {w['participants']} logins within {w['within_s']:g} s, at most {w['spawn_limit']} spawns at once (load {figures['load_before_wave']} before, "
          f"{w['load_after']} after): all with a working kernel after {w['all_ready_s']} s; slowest spawn "
          f"{w['slowest_spawn_s']} s, median {w['median_spawn_s']} s, slowest to a kernel {w['slowest_kernel_s']} s; "
          f"{w['queued']} waited in the queue (429, the waiting page); failures {w['failures']} (target 0) {w['errors'] or ''}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0 if not w["failures"] else 1


if __name__ == "__main__":
    sys.exit(main())
