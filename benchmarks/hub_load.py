"""Load figures for the one-machine hub: N participants running a module notebook at the same time.

    sudo .venv/bin/python benchmarks/hub_load.py                 # N = 1, 2, 4, 8, 16
    sudo .venv/bin/python benchmarks/hub_load.py --sizes 1 2 4 --budget 600 --json out.json

For each N, N real local users log in to a throw-away hub (loopback only, deploy/jupyterhub_config.py,
per-user cgroups), and all N run every code cell of the solved 00-getting-started notebook in their
own kernel at once, through the proxy and the kernel websocket, like JupyterLab. It records each
cell's latency (request sent -> kernel idle), p50/p95 per round, the memory each participant's cgroup
holds after the run (server + kernel, the steady state) and its peak, the spawn times, and the load
of the machine. It stops by itself: after the last size, when p95 passed 2 s twice in a row, or when
the time budget is spent; then it removes the users and the hub. Figures, not a test.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import platform
import re
import secrets
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from sml_hub import cgroups  # noqa: E402
from sml_hub.testing import LocalHub, requirements_missing  # noqa: E402

ASSIGNMENT = "00-getting-started"
NOTEBOOK = f"{ASSIGNMENT}.ipynb"
PREFIX = f"sml-load-{secrets.token_hex(2)}"


def solved_notebook() -> dict:
    """The release notebook with the source's solutions filled in: what a participant ends up running."""
    source = json.loads((ROOT / "source" / ASSIGNMENT / NOTEBOOK).read_text())
    release = json.loads((ROOT / "release" / ASSIGNMENT / NOTEBOOK).read_text())

    def meta(cell):
        return cell.get("metadata", {}).get("nbgrader", {})

    def text(cell):
        return cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])

    answers = {meta(c)["grade_id"]: "\n".join(line for line in text(c).splitlines()
                                              if not re.match(r"\s*###\s*(BEGIN|END) SOLUTION", line))
               for c in source["cells"] if meta(c).get("solution")}
    for cell in release["cells"]:
        if meta(cell).get("solution") and meta(cell)["grade_id"] in answers:
            cell["source"] = answers[meta(cell)["grade_id"]]
    return release


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def one_participant(user, notebook: dict, cell_timeout: float) -> dict:
    """Run the notebook; a participant whose kernel never answers is a figure too, not a crash."""
    try:
        return _run_notebook(user, notebook, cell_timeout)
    except Exception as error:  # noqa: BLE001
        return {"latencies": [], "errors": 0, "memory": None, "peak": None, "notebook_seconds": None,
                "failed": f"{type(error).__name__}: {error}"[:200]}


def _run_notebook(user, notebook: dict, cell_timeout: float) -> dict:
    path = f"{ASSIGNMENT}/{NOTEBOOK}"
    user.api("PUT", f"/api/contents/{ASSIGNMENT}", json={"type": "directory"})
    user.put_notebook(path, notebook)
    group = cgroups.find(f"user-{user.name}")
    latencies, errors = [], 0
    started = time.perf_counter()
    with user.kernel(path) as kernel:
        for cell in notebook["cells"]:
            if cell["cell_type"] != "code":
                continue
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            result = kernel.execute(source, timeout=cell_timeout)
            latencies.append(result.seconds)
            errors += result.error is not None
        memory = group.memory_bytes() if group else None
    peak = None
    if group:
        for directory in group.dirs:
            if (directory / "memory.max_usage_in_bytes").exists():
                peak = int((directory / "memory.max_usage_in_bytes").read_text())
            elif (directory / "memory.peak").exists():
                peak = int((directory / "memory.peak").read_text())
    return {"latencies": latencies, "errors": errors, "memory": memory, "peak": peak,
            "notebook_seconds": time.perf_counter() - started}


def reset_peaks(names: list[str]) -> None:
    for name in names:
        group = cgroups.find(f"user-{name}")
        for directory in group.dirs if group else []:
            if (directory / "memory.max_usage_in_bytes").exists():
                try:
                    (directory / "memory.max_usage_in_bytes").write_text("0")
                except OSError:
                    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8, 16])
    parser.add_argument("--budget", type=float, default=1500, help="seconds for the whole run (default 25 min)")
    parser.add_argument("--cell-timeout", type=float, default=120)
    parser.add_argument("--mem-limit", default="2G")
    parser.add_argument("--cpu-limit", type=float, default=1.0)
    parser.add_argument("--login-batch", type=int, default=4,
                        help="participants who log in (spawn) at the same moment (default 4)")
    parser.add_argument("--start-timeout", type=int, default=300, help="hub's Spawner.start_timeout")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    args = parser.parse_args(argv)
    if max(args.sizes) > 32:
        parser.error("at most 32 participants: this runs on one machine")
    missing = requirements_missing()
    if missing:
        print(f"hub_load: cannot run here: {missing}", file=sys.stderr)
        return 2

    deadline = time.monotonic() + args.budget
    notebook = solved_notebook()
    figures = {
        "machine": {"cpus": os.cpu_count(), "memory_gb": round(os.sysconf("SC_PAGE_SIZE") *
                                                              os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
                    "kernel": platform.release(), "python": platform.python_version()},
        "load_before": loadavg(), "uptime_before": os.popen("uptime").read().strip(),
        "limits": {"mem": args.mem_limit, "cpu": args.cpu_limit},
        "notebook": NOTEBOOK, "code_cells": sum(c["cell_type"] == "code" for c in notebook["cells"]),
        "rounds": [],
    }
    print(f"machine: {figures['machine']}; {figures['uptime_before']}", flush=True)
    over = 0
    timeouts = {"SML_START_TIMEOUT": str(args.start_timeout), "SML_HTTP_TIMEOUT": str(args.start_timeout)}
    with LocalHub(prefix=PREFIX, mem_limit=args.mem_limit, cpu_limit=args.cpu_limit, auto_fetch=False,
                  extra_env=timeouts) as hub:
        users = []
        for n in sorted(args.sizes):
            if time.monotonic() > deadline:
                print(f"budget spent: stopping before N={n}", flush=True)
                break
            # New participants for this round log in and spawn together.
            new = [f"{PREFIX}-{i:02d}" for i in range(len(users) + 1, n + 1)]
            for name in new:
                hub.add_user(name, "participant")
            # They log in a few at a time (a class arrives over minutes, not in the same second).
            spawn_seconds, logged = [], []
            for batch in range(0, len(new), args.login_batch):
                names = new[batch:batch + args.login_batch]
                spawn_start = time.perf_counter()
                with concurrent.futures.ThreadPoolExecutor(max_workers=len(names)) as pool:
                    batch_users = list(pool.map(hub.login, names))
                    done = list(pool.map(
                        lambda u: (u.start_server(timeout=args.start_timeout + 30), time.perf_counter())[1],
                        batch_users))
                spawn_seconds += [t - spawn_start for t in done]
                logged += batch_users
            users += logged
            reset_peaks([u.name for u in users])
            round_start = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(max_workers=n) as pool:
                results = list(pool.map(lambda u: one_participant(u, notebook, args.cell_timeout), users))
            failed = [r["failed"] for r in results if r.get("failed")]
            results = [r for r in results if not r.get("failed")] or [
                {"latencies": [float("nan")], "errors": 0, "memory": None, "peak": None, "notebook_seconds": 0}]
            latencies = [x for r in results for x in r["latencies"]]
            memory = [r["memory"] for r in results if r["memory"]]
            peaks = [r["peak"] for r in results if r["peak"]]
            row = {
                "n": n,
                "p50_s": round(statistics.median(latencies), 3),
                "p95_s": round(percentile(latencies, 95), 3),
                "max_s": round(max(latencies), 3),
                "notebook_s_median": round(statistics.median(r["notebook_seconds"] for r in results), 1),
                "round_s": round(time.perf_counter() - round_start, 1),
                "cell_errors": sum(r["errors"] for r in results),
                "participants_failed": len(failed),
                "failures": sorted(set(failed))[:3],
                "mem_per_participant_mb": round(statistics.mean(memory) / 2**20) if memory else None,
                "peak_per_participant_mb": round(max(peaks) / 2**20) if peaks else None,
                "spawn_s_max": round(max(spawn_seconds), 1) if spawn_seconds else None,
                "load_after": loadavg(),
            }
            figures["rounds"].append(row)
            print(json.dumps(row), flush=True)
            over = over + 1 if (row["p95_s"] > 2 or failed) else 0
            if over >= 2:
                print("p95 above 2 s twice in a row: stopping", flush=True)
                break
    figures["uptime_after"] = os.popen("uptime").read().strip()
    crossing = [r["n"] for r in figures["rounds"] if r["p95_s"] > 2]
    figures["first_n_with_p95_over_2s"] = crossing[0] if crossing else None
    print("\n| N | p50 cell (s) | p95 cell (s) | max (s) | notebook (s) | memory / participant (MB) | peak (MB) | spawn (s) | load after |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in figures["rounds"]:
        print(f"| {r['n']} | {r['p50_s']} | {r['p95_s']} | {r['max_s']} | {r['notebook_s_median']} | "
              f"{r['mem_per_participant_mb']} | {r['peak_per_participant_mb']} | {r['spawn_s_max']} | {r['load_after']} |")
    print(f"\nfirst N with p95 > 2 s: {figures['first_n_with_p95_over_2s']}; {figures['uptime_after']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
