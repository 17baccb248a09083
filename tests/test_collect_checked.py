"""Nobody submits in another's name (issue #20, part 4): `nbgrader collect` with the trainers' exchange
class (course.trainer.exchange.CheckedCollect) collects each participant's newest folder that they
made themselves, follows no link, and quarantines what it refuses. The same inbound folder collected
with nbgrader's own class shows the attack is real (the test is not blind).

The hub end-to-end test (tests/test_hub_e2e.py) plants folders as a real participant; this one runs
anywhere. The plant owned by another uid needs root (CI runs as root); without root the rest runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NBGRADER = [sys.executable, "-m", "nbgrader"]
SECRET = "### BEGIN SOLUTION engagement = 42"
OTHER_UID = 4242  # owns the planted folder; no account needs to exist


def stamp(hour: int) -> str:
    return f"2026-12-01 {hour:02d}:00:00.000000 UTC"


def submission(inbound: Path, user: str, hour: int, text: str) -> Path:
    folder = inbound / f"{user}+a1+{stamp(hour)}+{'x' * 11}{hour % 10}"
    folder.mkdir()
    (folder / "a1.ipynb").write_text(text)
    (folder / "timestamp.txt").write_text(stamp(hour))
    return folder


def course(tmp_path: Path, checked: bool) -> tuple[Path, Path]:
    course_dir, exchange = tmp_path / "course", tmp_path / "exchange"
    inbound = exchange / "c1" / "inbound"
    inbound.mkdir(parents=True)
    course_dir.mkdir()
    settings = [
        "c = get_config()",
        "c.CourseDirectory.course_id = 'c1'",
        f"c.CourseDirectory.root = {str(course_dir)!r}",
        f"c.Exchange.root = {str(exchange)!r}",
    ]
    if checked:
        settings += [
            "c.ExchangeFactory.collect = 'course.trainer.exchange.CheckedCollect'",
            f"c.CheckedCollect.uids = {{'alice': {os.getuid()}, 'bob': {OTHER_UID + 1}}}",
        ]
    (course_dir / "nbgrader_config.py").write_text("\n".join(settings) + "\n")

    secrets = tmp_path / "source"
    secrets.mkdir()
    (secrets / "a1.ipynb").write_text(SECRET)
    (secrets / "timestamp.txt").write_text(stamp(23))

    alice = submission(inbound, "alice", 10, "alice's own answers")
    (alice / "leak.ipynb").symlink_to(secrets / "a1.ipynb")  # a link inside her own folder
    (alice / "notes").mkdir()
    (alice / "notes" / "draft.txt").write_text("kept")
    (alice / "notes" / "source").symlink_to(secrets, target_is_directory=True)
    os.mkfifo(alice / "pipe")  # would block a copy that opens it
    # newer than alice's: a link to a folder of solutions, claiming to be alice's
    (inbound / f"alice+a1+{stamp(12)}+linklinklink").symlink_to(secrets, target_is_directory=True)
    if os.geteuid() == 0:  # newest of all: a blank notebook made by someone else in alice's name
        os.chown(submission(inbound, "alice", 13, "a blank planted by another participant"), OTHER_UID, -1)
    submission(inbound, "bob", 10, "made by this uid, not bob's")
    submission(inbound, "no-such-officer", 10, "nobody's")
    return course_dir, inbound


def collect(course_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SML_UIDS": ""}
    return subprocess.run([*NBGRADER, "collect", "a1"], cwd=course_dir, env=env,
                          capture_output=True, text=True, timeout=120)


def tree_text(folder: Path) -> str:
    return "\n".join(p.read_text() for p in sorted(folder.rglob("*")) if p.is_file())


def test_plain_nbgrader_collects_the_planted_link(tmp_path):
    course_dir, _ = course(tmp_path, checked=False)
    result = collect(course_dir)
    assert result.returncode == 0, result.stderr
    collected = course_dir / "submitted" / "alice" / "a1"
    newest = "a blank planted by another participant" if os.geteuid() == 0 else SECRET
    assert newest in tree_text(collected)


def test_checked_collect_takes_her_own_folder_and_follows_nothing(tmp_path):
    course_dir, inbound = course(tmp_path, checked=True)
    result = collect(course_dir)
    assert result.returncode == 0, result.stderr
    log = result.stderr

    collected = course_dir / "submitted" / "alice" / "a1"
    assert (collected / "a1.ipynb").read_text() == "alice's own answers"
    assert (collected / "timestamp.txt").read_text() == stamp(10)
    assert (collected / "notes" / "draft.txt").read_text() == "kept"
    assert SECRET not in tree_text(collected)
    assert not any(p.is_symlink() for p in collected.rglob("*"))
    assert not (collected / "pipe").exists() and not (collected / "leak.ipynb").exists()
    for skipped in ("leak.ipynb", "pipe", "source"):
        assert f"{skipped} is not a regular file or folder" in log, log

    # refused: the link, bob's folder made by another uid, a name with no account, and (as root) the plant
    assert not (course_dir / "submitted" / "bob").exists()
    assert not (course_dir / "submitted" / "no-such-officer").exists()
    records = {p.name: json.loads(p.read_text()) for p in (course_dir / "quarantine").glob("*.json")}
    reasons = {r["claims"] + "@" + r["folder"].split("+")[2][11:13]: r["reason"] for r in records.values()}
    assert "symbolic link" in reasons["alice@12"], reasons
    assert f"claims the participant 'bob' (uid {OTHER_UID + 1})" in reasons["bob@10"], reasons
    assert "no account (uid) known here" in reasons["no-such-officer@10"], reasons
    if os.geteuid() == 0:
        assert f"(uid {OTHER_UID})" in reasons["alice@13"], reasons
        assert len(records) == 4
    for record in records.values():
        assert f"Not collected: {record['folder']}" in log
    # the refused folders stay in the exchange as evidence; nothing was moved or deleted
    assert len(list(inbound.iterdir())) == len(records) + 1


def test_the_trainers_config_uses_it():
    text = (ROOT / "deploy" / "jupyter" / "trainer" / "nbgrader_config.py").read_text()
    assert "c.ExchangeFactory.collect = \"course.trainer.exchange.CheckedCollect\"" in text
