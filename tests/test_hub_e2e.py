"""End to end on a real JupyterHub: PAM logins of real local users, configurable-http-proxy, the
course's spawner, nbgrader's exchange with the deployment's permissions, Formgrader for the trainer.

One test function walks the whole cycle (a module-scoped hub would be started twice under xdist):
a trainer generates and releases 00-getting-started through Formgrader's API; three participants log
in with their passwords and find the assignment already fetched; they work through their kernels
(websocket, like JupyterLab), validate and submit through the Assignment List's API, one of them
twice; the trainer collects and grades; the grades must be what the answers deserve. Then the
security properties are checked with the real file permissions, as the participants themselves.
"""

from __future__ import annotations

import concurrent.futures
import importlib.util
import json
import re
import secrets
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from sml_hub import cgroups  # noqa: E402
from sml_hub.testing import (  # noqa: E402
    COURSE_ID,
    ENV_BIN,
    LocalHub,
    ensure_environment,
    requirements_missing,
    run_notebook,
)

ASSIGNMENT = "00-getting-started"
NOTEBOOK = f"{ASSIGNMENT}.ipynb"
# Unique per run: engineers sharing this machine may run the suite at the same time.
PREFIX = f"sml-e2e-{secrets.token_hex(2)}"
# Files whose inode changed before this module was loaded were not made by the deployment under test
# (the hub, install.sh and everything they write come later): see made_by_the_deployment().
LOADED = time.time()
TRAINER, P1, P2, P3 = f"{PREFIX}-t", f"{PREFIX}-p1", f"{PREFIX}-p2", f"{PREFIX}-p3"

pytestmark = [pytest.mark.slow, pytest.mark.hub]


def nbgrader(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def strip_markers(source: str) -> str:
    return "\n".join(line for line in source.splitlines()
                     if not re.match(r"\s*###\s*(BEGIN|END) SOLUTION", line))


def source_text(cell: dict) -> str:
    return cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])


def answers_from_source() -> dict[str, str]:
    source = json.loads((ROOT / "source" / ASSIGNMENT / NOTEBOOK).read_text())
    return {nbgrader(c)["grade_id"]: strip_markers(source_text(c))
            for c in source["cells"] if nbgrader(c).get("solution")}


def autograded_points() -> tuple[float, dict[str, float]]:
    """Total autograded points and the points of each exercise (tests belong to the longest answer id
    they start with), read from the source notebook's nbgrader metadata."""
    source = json.loads((ROOT / "source" / ASSIGNMENT / NOTEBOOK).read_text())
    answer_ids = [nbgrader(c)["grade_id"] for c in source["cells"]
                  if c["cell_type"] == "code" and nbgrader(c).get("solution")]
    per_exercise: dict[str, float] = {a: 0.0 for a in answer_ids}
    for cell in source["cells"]:
        meta = nbgrader(cell)
        if cell["cell_type"] == "code" and meta.get("grade") and not meta.get("solution"):
            owners = [a for a in answer_ids if meta["grade_id"].startswith(a + "_")]
            per_exercise[max(owners, key=len)] += float(meta["points"])
    return sum(per_exercise.values()), per_exercise


def wrong_answer(grade_id: str) -> str:
    spec = importlib.util.spec_from_file_location("wrong", ROOT / "tests" / "wrong_answers" / f"{ASSIGNMENT}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.WRONG_ANSWERS[grade_id][0]


def fill(notebook: dict, answers: dict[str, str]) -> dict:
    for cell in notebook["cells"]:
        grade_id = nbgrader(cell).get("grade_id")
        if nbgrader(cell).get("solution") and grade_id in answers:
            cell["source"] = answers[grade_id]
    return notebook


def work(user, answers: dict[str, str]) -> list:
    """Open the fetched notebook, answer, run every cell in a kernel of the user's server, save."""
    path = f"{ASSIGNMENT}/{NOTEBOOK}"
    notebook = fill(user.get_notebook(path), answers)
    with user.kernel(path) as kernel:
        results = run_notebook(kernel, notebook, timeout=120)
    user.put_notebook(path, notebook)
    return results


@pytest.fixture(scope="module")
def hub():
    missing = requirements_missing()
    if missing:
        pytest.skip(missing)
    ensure_environment()
    with LocalHub(prefix=PREFIX, mem_limit="1G", cpu_limit=1.0) as hub:
        hub.add_user(TRAINER, "trainer")
        for name in (P1, P2, P3):
            hub.add_user(name, "participant")
        yield hub


def in_parallel(function, items):
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(items)) as pool:
        return list(pool.map(function, items))


def test_the_leak_probe_counts_new_files_and_copies_as_the_deployments(tmp_path):
    """The split the probe relies on: a file written now, or copied now with its old times kept, is the
    deployment's; a file installed before this module loaded is the machine's."""
    import os
    import shutil

    written = tmp_path / "written.txt"
    written.write_text("x")
    old = tmp_path / "old.txt"
    old.write_text("y")
    os.utime(old, (LOADED - 86400, LOADED - 86400))
    kept = tmp_path / "kept.txt"
    shutil.copy2(old, kept)  # a day-old mtime, kept by the copy; the ctime is now
    assert os.stat(kept).st_mtime < LOADED - 1
    made, before = made_by_the_deployment([str(written), str(kept), os.__file__])
    assert made == [str(written), str(kept)] and before == [os.__file__]


def test_course_cycle_on_a_real_hub(hub):
    timings = {}
    start = time.perf_counter()

    def mark(step: str) -> None:
        timings[step] = round(time.perf_counter() - start, 1)
        print(f"  [{timings[step]:6.1f} s] {step}", flush=True)
    total, per_exercise = autograded_points()
    answers = answers_from_source()
    assert total > 0 and "engagement" in answers

    # --- the trainer generates and releases through Formgrader's API (as the Formgrader page does)
    mark("hub up, users created")
    # The idle culler runs as the hub's managed service.
    import psutil

    services = [" ".join(child.cmdline()) for child in psutil.Process(hub.process.pid).children(recursive=True)]
    assert any("jupyterhub_idle_culler" in cmd and "--timeout=" in cmd for cmd in services), services
    trainer = hub.login(TRAINER)
    trainer.start_server()
    generated = trainer.formgrader("POST", f"/assignment/{ASSIGNMENT}/assign").json()
    assert generated["success"], generated
    released = trainer.formgrader("POST", f"/assignment/{ASSIGNMENT}/release").json()
    assert released["success"], released
    outbound = hub.exchange / COURSE_ID / "outbound" / ASSIGNMENT / NOTEBOOK
    assert outbound.exists()
    mark("trainer spawned, generated, released")

    # --- participants log in (PAM, real passwords) and find the course already fetched
    participants = in_parallel(hub.login, [P1, P2, P3])
    in_parallel(lambda u: u.start_server(), participants)
    p1, p2, p3 = participants
    for user in participants:
        listing = {a["assignment_id"]: a for a in user.assignments()}
        assert listing[ASSIGNMENT]["status"] == "fetched", listing
        assert user.get_notebook(f"{ASSIGNMENT}/{NOTEBOOK}")["cells"], "fetched notebook is empty"
    mark("participants logged in, spawned, fetched")

    # --- Formgrader is the trainers' alone; the participants' servers do not even load it
    assert p1.api("GET", "/formgrader").status_code == 404
    assert p1.formgrader("GET", "/assignments").status_code == 404
    assert trainer.api("GET", "/formgrader").status_code == 200

    # --- work through the kernel: p1 right, p2 one exercise wrong, p3 blank first then right
    wrong = wrong_answer("engagement")
    # p3 submits the untouched notebook first (it happens), after Validate warned them
    p3_blank_validation = p3.validate(f"{ASSIGNMENT}/{NOTEBOOK}")
    assert p3_blank_validation["success"]
    failed = p3_blank_validation["value"].get("failed", [])
    assert any("expect_number(engagement" in f["source"] for f in failed), p3_blank_validation
    p3.assignment_action("submit", ASSIGNMENT)
    first_submit = time.time()
    mark("p3 validated and submitted a blank notebook")

    results = in_parallel(lambda pair: work(*pair), [(p1, answers), (p2, {**answers, "engagement": wrong})])
    assert not [r.error for r in results[0] if r.error], "p1's solved notebook raised"
    assert any("looks right" in r.text or r.outputs for r in results[0]), "no outputs came back"
    # p2 forgot the shares: the visible check accepts any whole number, the hidden test will not
    validation = p1.validate(f"{ASSIGNMENT}/{NOTEBOOK}")
    assert validation["success"] and "failed" not in validation["value"], validation
    p1.assignment_action("submit", ASSIGNMENT)
    p2.assignment_action("submit", ASSIGNMENT)
    mark("p1 and p2 worked, p1 validated, both submitted")

    # --- the live classroom view (issue #19): the hub started it; p1's and p2's check cells reached it
    # from their kernels, under their own names; Validate sent nothing (p3's blank validation above).
    live = live_state(trainer)
    rows = {row["user"]: row for row in live["participants"]}
    assert live["assignment"] == ASSIGNMENT and "engagement" in live["exercises"], live
    assert rows[P1]["cells"] and all(c["status"] == "passed" for c in rows[P1]["cells"].values()), rows[P1]
    assert rows[P2]["cells"]["engagement"]["status"] in ("passed", "failed"), rows[P2]  # p2 ran it too
    assert P3 not in rows or not rows[P3]["cells"], "Validate must not report to the live view"
    # p2, in a new kernel, runs the engagement check before the cells above it: the trainer sees why
    check_cell = next(source_text(c) for c in p2.get_notebook(f"{ASSIGNMENT}/{NOTEBOOK}")["cells"]
                      if c["cell_type"] == "code" and 'passed("engagement")' in source_text(c))
    with p2.kernel(f"{ASSIGNMENT}/{NOTEBOOK}") as kernel:
        kernel.execute("from course.checks import *")
        assert kernel.execute(check_cell).error, "the check passed without the cells above"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        cell = {r["user"]: r for r in live_state(trainer)["participants"]}[P2]["cells"]["engagement"]
        if cell["status"] == "failed" and cell["kind"] == "not-run":
            break
        time.sleep(0.5)
    assert cell["status"] == "failed" and cell["kind"] == "not-run" and "NameError" in cell["message"], cell
    # a participant cannot post in another's name: the body's name is ignored, the token's owner counts
    posted = requests.post(f"{hub.url}/services/live-view/api/events", headers=p2.headers, timeout=30, json={
        "assignment": ASSIGNMENT, "exercise": "views_per_person", "status": "failed", "kind": "wrong",
        "message": "posted by p2", "user": P1, "username": P1})
    assert posted.status_code == 204, posted.text
    rows = {r["user"]: r for r in live_state(trainer)["participants"]}
    assert rows[P1]["cells"]["views_per_person"]["status"] == "passed", "p2 changed p1's row"
    assert rows[P2]["cells"]["views_per_person"]["message"] == "posted by p2"
    # and the page is the trainers' alone: a participant gets 403, after the hub's own login
    for user in (p1, p2):
        assert user.session.get(f"{hub.url}/services/live-view/", timeout=60).status_code == 403
        assert user.session.get(f"{hub.url}/services/live-view/api/state", timeout=60).status_code == 403
        assert user.session.get(f"{hub.url}/services/live-view/export.csv", timeout=60).status_code == 403
    page = trainer.session.get(f"{hub.url}/services/live-view/", timeout=60)
    assert page.status_code == 200 and "Live classroom view" in page.text
    mark("live view: both participants shown to the trainer, p2's failure within 5 s, 403 for participants")

    time.sleep(max(0.0, 1.5 - (time.time() - first_submit)))  # nbgrader timestamps have 1 s resolution
    # The live view stops (a crash, an administrator): p3 works through the notebook as before, every check
    # cell answering as it does off the hub (course/live.py drops events it cannot post, in the background).
    (service,) = [child for child in psutil.Process(hub.process.pid).children(recursive=True)
                  if "liveview.py" in " ".join(child.cmdline())]
    service.kill()
    service.wait(timeout=30)
    p3_results = work(p3, answers)
    assert not [r.error for r in p3_results if r.error], "p3's solved notebook raised with the live view down"
    assert any("looks right" in r.text for r in p3_results), "the checks did not answer"
    mark("live view stopped: p3's notebook ran as before")
    listing = {a["assignment_id"]: a for a in p3.assignment_action("submit", ASSIGNMENT)["value"]}
    assert len(listing[ASSIGNMENT]["submissions"]) == 2, listing[ASSIGNMENT]
    mark("worked, validated, submitted")

    # --- both of p3's submissions stay in the exchange, each with its own timestamp
    inbound = hub.exchange / COURSE_ID / "inbound"
    p3_folders = sorted(inbound.glob(f"{P3}+{ASSIGNMENT}+*"))
    assert len(p3_folders) == 2, p3_folders
    stamps = [(folder / "timestamp.txt").read_text().strip() for folder in p3_folders]
    assert len(set(stamps)) == 2, stamps
    for folder in p3_folders:
        assert folder.stat().st_uid == hub_uid(P3), f"{folder} not owned by {P3}"
        assert re.fullmatch(rf"{re.escape(P3)}\+{ASSIGNMENT}\+.+\+[A-Za-z0-9_-]{{12}}", folder.name), folder.name

    # --- p2 tries to submit in p1's name (issue #20): a blank notebook in a folder named after p1, newer
    # than p1's own, and a link named after p1 to the course's source (solutions); p3 puts a link to the
    # source in their own submission. The trainers' collect (deploy/jupyter/trainer/nbgrader_config.py)
    # must take p1's real folder, copy nothing through a link, and report the plants.
    p1_stamp = (next(inbound.glob(f"{P1}+{ASSIGNMENT}+*")) / "timestamp.txt").read_text().strip()
    source = hub.course_dir / "source" / ASSIGNMENT
    plant = inbound / f"{P1}+{ASSIGNMENT}+2099-01-01 00:00:00.000000 UTC+plantedplant"
    link = inbound / f"{P1}+{ASSIGNMENT}+2099-06-01 00:00:00.000000 UTC+linkedlinked"
    hub.as_user(P2, [str(ENV_BIN / "python"), "-c", (
        "import os, shutil\n"
        f"os.mkdir({str(plant)!r})\n"
        f"shutil.copy({str(outbound)!r}, {str(plant / NOTEBOOK)!r})\n"
        f"open({str(plant / 'timestamp.txt')!r}, 'w').write('2099-01-01 00:00:00.000000 UTC')\n"
        f"os.symlink({str(source)!r}, {str(link)!r})\n")])
    p3_latest = next(f for f in p3_folders if (f / "timestamp.txt").read_text().strip() == max(stamps))
    hub.as_user(P3, [str(ENV_BIN / "python"), "-c",
                     f"import os; os.symlink({str(source / NOTEBOOK)!r}, {str(p3_latest / 'extra.ipynb')!r})"])
    assert plant.stat().st_uid == hub_uid(P2) and link.is_symlink()

    # --- the trainer collects through Formgrader and grades
    collected = trainer.formgrader("POST", f"/assignment/{ASSIGNMENT}/collect").json()
    assert collected["success"], collected
    p1_submitted = hub.course_dir / "submitted" / P1 / ASSIGNMENT
    assert (p1_submitted / "timestamp.txt").read_text().strip() == p1_stamp, "p1's own submission was not the one collected"
    fingerprint = "### BEGIN SOLUTION"
    for folder in (p1_submitted, hub.course_dir / "submitted" / P3 / ASSIGNMENT):
        assert not [p for p in folder.rglob("*") if p.is_symlink()], f"a link was copied into {folder}"
        assert not [p for p in folder.rglob("*") if p.is_file() and fingerprint in p.read_text(errors="replace")]
    assert not (hub.course_dir / "submitted" / P3 / ASSIGNMENT / "extra.ipynb").exists()
    quarantined = {json.loads(p.read_text())["folder"]: json.loads(p.read_text())
                   for p in (hub.course_dir / "quarantine").glob("*.json")}
    assert set(quarantined) == {plant.name, link.name}, quarantined
    assert f"(uid {hub_uid(P2)})" in quarantined[plant.name]["reason"], quarantined
    assert "symbolic link" in quarantined[link.name]["reason"], quarantined
    assert f"Not collected: {plant.name}" in collected.get("log", ""), collected
    mark("collected: p1's own folder, not p2's plant nor the link (both quarantined)")
    submitted_stamp = (hub.course_dir / "submitted" / P3 / ASSIGNMENT / "timestamp.txt").read_text().strip()
    assert submitted_stamp == max(stamps), (submitted_stamp, stamps)  # the latest one is graded
    # The trainer grades from a JupyterLab terminal, as deploy/README.md says: `course` is on the login
    # shell's PATH (/etc/profile.d from install.sh) and knows the course folder from COURSE_ROOT.
    status, screen = trainer.terminal(f"cd ~/social-media-lab && course grade {ASSIGNMENT}", timeout=600)
    assert status == 0, screen[-3000:]
    # The trainer is not root: participant code runs in bubblewrap in a user namespace (no network, none
    # of the course's files), not unsandboxed.
    assert "Sandbox: namespaces" in screen, screen[-3000:]
    mark("collected and graded with course grade")

    # --- grades: every autograded cell as the gradebook holds it, and the totals Formgrader shows
    cells = {name: cell_scores(hub, name) for name in (P1, P2, P3)}
    for name in (P1, P3):
        assert all(got == top for got, top in cells[name].values()), (name, cells[name], screen[-3000:])
    lost = {grade_id for grade_id, (got, top) in cells[P2].items() if got != top}
    assert lost and all(owner_of(grade_id) == "engagement" for grade_id in lost), (cells[P2], lost)
    rows = {row["student"]: row for row in trainer.formgrader("GET", f"/submissions/{ASSIGNMENT}").json()}
    for name in (P1, P2, P3):
        assert rows[name]["autograded"], rows[name]
        want = sum(got for got, _ in cells[name].values())
        assert float(rows[name]["score"]) == pytest.approx(want), (name, rows[name])
    assert float(rows[P1]["score"]) == pytest.approx(total)
    assert total - per_exercise["engagement"] <= float(rows[P2]["score"]) < total

    # --- the trainer grades p1's written answer in Formgrader, then feedback goes back both ways
    submitted = {row["student"]: row for row in
                 trainer.formgrader("GET", f"/submitted_notebooks/{ASSIGNMENT}/{ASSIGNMENT}").json()}
    assert submitted[P1]["needs_manual_grade"], submitted[P1]
    grades = trainer.formgrader("GET", "/grades", params={"submission_id": submitted[P1]["id"]}).json()
    (written,) = [g for g in grades if g["name"] == "reach_explained"]
    saved = trainer.formgrader("PUT", f"/grade/{written['id']}", json={"manual_score": 2}).json()
    assert saved["manual_score"] == 2 and not saved["needs_manual_grade"], saved
    made = trainer.formgrader("POST", f"/assignment/{ASSIGNMENT}/generate_feedback").json()
    assert made["success"], made
    status, screen = trainer.terminal(f"cd ~/social-media-lab && nbgrader generate_feedback {ASSIGNMENT} --force")
    assert status == 0, screen[-3000:]
    for name in (P1, P2, P3):
        html = hub.course_dir / "feedback" / name / ASSIGNMENT / f"{ASSIGNMENT}.html"
        assert_no_hidden_tests(html.read_text(), f"{name}'s feedback in the course folder")
        assert (hub.course_dir / "feedback" / name / ASSIGNMENT / "submission_secret.txt").exists()
    released = trainer.formgrader("POST", f"/assignment/{ASSIGNMENT}/release_feedback").json()
    assert released["success"], released
    mark("written answer graded, feedback generated (Formgrader and nbgrader) and released")

    # --- each participant fetches their own feedback from the Assignment List and opens it
    for user in participants:
        user.assignment_action("fetch_feedback", ASSIGNMENT)
        folders = user.api("GET", f"/api/contents/{ASSIGNMENT}/feedback").json()["content"]
        assert folders, f"{user.name} fetched no feedback"
        latest = max(folders, key=lambda f: f["name"])["path"]
        page = user.api("GET", f"/files/{latest}/{ASSIGNMENT}.html")
        assert page.status_code == 200, (user.name, page.status_code)
        assert_no_hidden_tests(page.text, f"{user.name}'s fetched feedback")
        auto = sum(got for got, _ in cells[user.name].values())
        if user.name == P1:  # the written answer was graded: nbgrader's own total
            assert re.search(rf"Score:\s*{auto + 2:g}(\.0+)?\s*/\s*{total + 2:g}", page.text), (user.name, auto)
        else:  # not graded yet: the autograded total, and the written answer awaiting the trainer
            assert re.search(rf"Autograded:\s*{auto:g}\s*/\s*{total:g}; written answers: awaiting your trainer",
                             page.text), (user.name, auto)
    mark("participants fetched and opened their feedback")

    # --- install.sh's modes: the checkout is private, the course folder and its sqlite gradebook belong
    # to the trainers group (the trainer's `course grade` above wrote into it)
    import grp
    import stat

    assert stat.S_IMODE(ROOT.stat().st_mode) == 0o700, oct(ROOT.stat().st_mode)
    gradebook = (hub.course_dir / "gradebook.db").stat()
    assert stat.S_IMODE(gradebook.st_mode) == 0o660 and grp.getgrgid(gradebook.st_gid).gr_name == hub.trainers
    assert stat.S_IMODE((hub.course_dir / "source").stat().st_mode) == 0o2770

    # --- what participants can and cannot read, tried as them with the real permissions
    assert_denied(hub, P2, f"import os; os.listdir({str(inbound)!r})")
    assert_denied(hub, P2, f"open({str(p3_folders[0] / NOTEBOOK)!r}.replace('{P3}', '{P1}')).read()",
                  error="FileNotFoundError")  # names are unguessable: even the right pattern misses
    assert_denied(hub, P2, f"open('/home/{P1}/{ASSIGNMENT}/{NOTEBOOK}').read()")
    assert_denied(hub, P2, f"open({str(hub.course_dir / 'source' / ASSIGNMENT / NOTEBOOK)!r}).read()")
    assert_denied(hub, P2, f"open({str(hub.course_dir / 'gradebook.db')!r}, 'rb').read()")
    assert_denied(hub, P2, f"import os; os.listdir({str(hub.course_dir / 'submitted')!r})")
    assert_denied(hub, P2, f"open({str(outbound)!r}, 'a').write('x')")
    assert_denied(hub, P2, f"import os; os.mkdir({str(hub.exchange / 'squatted-course')!r})")
    # ... while the same reads work for the trainer and the owner (the probes are not blind)
    assert_allowed(hub, TRAINER, f"open({str(hub.course_dir / 'source' / ASSIGNMENT / NOTEBOOK)!r}).read()")
    assert_allowed(hub, P1, f"open('/home/{P1}/{ASSIGNMENT}/{NOTEBOOK}').read()")
    assert_allowed(hub, P2, f"open({str(outbound)!r}).read()")

    # --- limits: every participant server runs in its cgroup with the configured caps
    group = cgroups.find(f"user-{P1}")
    assert group is not None and group.pids(), "p1's server is not in a cgroup"
    limits = cgroups.limits_of(group)
    assert limits["memory"] == 2**30 and limits["cpu"] == pytest.approx(1.0), limits
    with p1.kernel(f"{ASSIGNMENT}/{NOTEBOOK}") as kernel:
        hog = ("import subprocess, sys\n"
               "code = 'x = bytearray({n} * 2**20); print(len(x))'\n"
               "print(subprocess.run([sys.executable, '-c', code.format(n={n})]).returncode)")
        small = kernel.execute(hog.format(n=200), timeout=60)
        big = kernel.execute(hog.format(n=1500), timeout=120)
    assert small.text.strip().splitlines()[-1] == "0", small
    assert big.text.strip().splitlines()[-1] == "-9", f"1.5 GB in a 1 GB cgroup was not killed: {big}"

    mark("limits checked")

    # --- a bounded probe over everything each participant can read: no solution, no hidden test, no
    # database login. Its own home folder is left out (a participant's own answers are theirs).
    prints = fingerprints()
    for name in (P1, P2, P3):
        found = readable_files_containing(hub, name, prints, exclude=[name])
        made, machine = made_by_the_deployment(found)
        if machine:  # e.g. a CI harness's own copy of the change; a real hub has none, and install.sh made none
            print(f"  note: {name} can read solution lines in files that predate this test: {machine}")
        assert not made, f"{name} can read solutions or hidden tests in: {made}"
        logins = database_logins(hub, name)
        assert not logins, f"{name} logged in to a database: {logins}"
    # ... and the same probe is not blind: the trainer finds them in the course folder.
    assert any("/source/" in path for path in
               readable_files_containing(hub, TRAINER, prints, root=hub.course_dir))
    mark("probes as every participant")


HIDDEN = re.compile(r"###\s*BEGIN HIDDEN TESTS(.*?)###\s*END HIDDEN TESTS", re.S)
SOLUTION = re.compile(r"###\s*BEGIN SOLUTION(.*?)###\s*END SOLUTION", re.S)


def live_state(trainer) -> dict:
    """What the trainers' live view page shows for the assignment, fetched as the page does (hub OAuth)."""
    response = trainer.session.get(f"{trainer.hub.url}/services/live-view/api/state",
                                   params={"assignment": ASSIGNMENT}, timeout=60)
    assert response.status_code == 200, (response.status_code, response.text[:500])
    return response.json()


def fingerprints() -> list[str]:
    """Lines of every assignment's solutions and hidden tests that appear nowhere a participant may
    see them: not in any release notebook and not in the installed course package."""
    public = "".join(path.read_text() for path in (ROOT / "release").rglob("*.ipynb"))
    public += "".join(path.read_text() for path in (ROOT / "course").rglob("*.py"))
    lines = set()
    for path in (ROOT / "source").rglob("*.ipynb"):
        for cell in json.loads(path.read_text())["cells"]:
            text = source_text(cell)
            for block in HIDDEN.findall(text) + SOLUTION.findall(text):
                for line in block.splitlines():
                    line = line.strip()
                    if len(line) >= 30 and json.dumps(line)[1:-1] not in public and line not in public:
                        lines.add(line)
    assert len(lines) > 50, "too few fingerprints to probe with"
    return sorted(lines)


def hidden_test_lines() -> list[str]:
    """Lines of the hidden tests that the release does not show anyway (a hidden test may repeat a line of
    its visible check, e.g. the same expect_number call on the same values)."""
    source = json.loads((ROOT / "source" / ASSIGNMENT / NOTEBOOK).read_text())
    release = json.loads((ROOT / "release" / ASSIGNMENT / NOTEBOOK).read_text())
    shown = {line.strip() for cell in release["cells"] for line in source_text(cell).splitlines()}
    return [line.strip() for cell in source["cells"] for block in HIDDEN.findall(source_text(cell))
            for line in block.splitlines() if len(line.strip()) >= 20 and line.strip() not in shown]


def assert_no_hidden_tests(html: str, what: str) -> None:
    import html as html_lib

    text = html_lib.unescape(re.sub(r"<[^>]+>", "", html))
    assert "BEGIN HIDDEN TESTS" not in text and "BEGIN SOLUTION" not in text, what
    leaked = [line for line in hidden_test_lines() if line in text]
    assert not leaked, f"{what} shows hidden tests: {leaked[:3]}"


def readable_files_containing(hub, user: str, strings: list[str], *, exclude: list[str] = (),
                              root: Path = Path("/")) -> list[str]:
    """Files under `root` that `user` can read and that contain any of `strings` (grep, as the user;
    the strings go through stdin so no file holds them). Bounded by grep's own walk and a timeout."""
    skip = [f"--exclude-dir={name}" for name in ("proc", "sys", "dev", "run", *exclude)]
    result = hub.as_user(user, ["timeout", "600", "grep", "-r", "-l", "-I", "-s", "-F", "-f", "-",
                                *skip, str(root)], input="\n".join(strings) + "\n", timeout=660, check=False)
    # 2 also means some folder was unreadable (-s hides those): the trainer's probe shows it is not blind
    assert result.returncode in (0, 1, 2), (result.returncode, result.stderr[-2000:])
    return result.stdout.split()


def made_by_the_deployment(paths: list[str]) -> tuple[list[str], list[str]]:
    """Split `paths` into those created or changed since this module was loaded (by the hub, install.sh,
    the course cycle: a copy with its old times kept still gets a new ctime, which no user can set) and
    those that were on the machine before (another tool's files, which no deployment step put there)."""
    import os

    made, before = [], []
    for path in paths:
        try:
            changed = os.lstat(path).st_ctime
        except OSError:
            changed = LOADED  # gone since grep saw it: count it as ours
        (made if changed >= LOADED - 1 else before).append(path)
    return made, before


def database_logins(hub, user: str) -> list[str]:
    """The PostgreSQL logins that work for `user`: the old test role, the superuser, their own name,
    over TCP and the local socket. A machine without a PostgreSQL server answers none."""
    code = f"""
import psycopg
tries = [("127.0.0.1", "grader", "grader"), ("127.0.0.1", "postgres", ""), ("127.0.0.1", {user!r}, ""),
         ("/var/run/postgresql", "postgres", ""), ("/var/run/postgresql", {user!r}, ""),
         ("/var/run/postgresql", "grader", "grader")]
for host, name, password in tries:
    try:
        psycopg.connect(host=host, user=name, password=password, dbname="postgres", connect_timeout=5).close()
        print("LOGIN", host, name)
    except Exception:
        pass
"""
    result = hub.as_user(user, [str(ENV_BIN / "python"), "-c", code], timeout=120)
    return [line for line in result.stdout.splitlines() if line.startswith("LOGIN")]


def owner_of(test_id: str) -> str:
    """The exercise (answer grade id) a test cell belongs to: the longest answer id it starts with."""
    return max((a for a in answers_from_source() if test_id.startswith(a + "_")), key=len)


def cell_scores(hub, student: str) -> dict[str, tuple[float, float]]:
    """grade id -> (autograded score, max score) of the student's submission, from the gradebook."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{hub.course_dir / 'gradebook.db'}") as gradebook:
        notebook = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
        return {grade.name: (grade.auto_score, grade.max_score) for grade in notebook.grades
                if grade.auto_score is not None}


def hub_uid(name: str) -> int:
    import pwd

    return pwd.getpwnam(name).pw_uid


def probe(hub, user: str, statement: str):
    code = (f"try:\n    {statement}\n    print('ALLOWED')\n"
            "except Exception as e:\n    print('DENIED', type(e).__name__)")
    return hub.as_user(user, [str(ENV_BIN / "python"), "-c", code], timeout=60).stdout.strip()


def assert_denied(hub, user: str, statement: str, error: str = "PermissionError") -> None:
    result = probe(hub, user, statement)
    assert result == f"DENIED {error}", f"{user}: {statement} -> {result}"


def assert_allowed(hub, user: str, statement: str) -> None:
    result = probe(hub, user, statement)
    assert result == "ALLOWED", f"{user}: {statement} -> {result}"
