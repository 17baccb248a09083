"""Collecting submissions so that nobody submits in another's name (issue #20, part 4).

nbgrader's default exchange names a submission `inbound/<user>+<assignment>+<timestamp>+<random>`
and `collect` takes the newest folder by that name. Anyone who can write to `inbound/` can therefore
create a folder named after a colleague, newer than the colleague's own, and have it graded instead
(nbgrader's `CollectApp.check_owner` only logs a warning, then collects it). A folder can also be a
symbolic link, or hold links, to files the trainer can read and participants cannot (the solutions):
the trainer's copy would follow them.

`CheckedCollect` is nbgrader's collect with three changes:

- a folder is collected only if it is a real directory (not a link) owned by the uid its name
  claims; the newest such folder of each participant is collected, as nbgrader does;
- inside it, nothing is followed: links, pipes and devices are skipped and reported, and every
  file is opened without following a link (O_NOFOLLOW, relative to its already opened folder);
- what is refused is quarantined: not collected, logged as an error (Formgrader's collect shows
  it), and recorded in `<course>/quarantine/<folder>.json` for the trainer, who decides.

The uid a name claims is its account's (`pwd`) on one machine. On Kubernetes accounts exist only in
their own pods: the hub passes trainers the map of names to uids as `SML_UIDS` (JSON; see
deploy/k8s/values.yaml), which is read first. A name with no known uid is refused, never guessed.

It is set for trainers' servers in deploy/jupyter/trainer/nbgrader_config.py
(`c.ExchangeFactory.collect`), so Formgrader and `nbgrader collect` both use it. `course demo` and
the tests' single-account cohorts keep nbgrader's own collect: there every folder has one owner.
"""

from __future__ import annotations

import datetime
import glob
import json
import os
import pwd
import stat
from collections import defaultdict

from nbgrader.exchange.default.collect import ExchangeCollect
from nbgrader.utils import ignore_patterns
from traitlets import Dict, Unicode

NOFOLLOW_DIR = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
NOFOLLOW_FILE = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK  # a pipe must not block the trainer


class CheckedCollect(ExchangeCollect):
    uids = Dict(
        {},
        help="Expected owner uid of each participant's submissions, by name. Read before the "
             "environment variable SML_UIDS (JSON) and the system's accounts.",
    ).tag(config=True)

    quarantine_directory = Unicode(
        "quarantine",
        help="Folder, in the course directory, where refused submissions are recorded.",
    ).tag(config=True)

    # --- whose folder is it

    def expected_uid(self, name: str) -> int | None:
        if name in self.uids:
            return int(self.uids[name])
        mapped = _uids_from_environment()
        if name in mapped:
            return int(mapped[name])
        try:
            return pwd.getpwnam(name).pw_uid
        except KeyError:
            return None

    def refusal(self, path: str, name: str) -> str | None:
        """Why the folder at path may not be collected as name's submission (None: it may)."""
        try:
            info = os.lstat(path)
        except OSError as error:
            return f"cannot be read ({error.strerror})"
        if stat.S_ISLNK(info.st_mode):
            return f"is a symbolic link (to {os.readlink(path)!r}), not a submission folder"
        if not stat.S_ISDIR(info.st_mode):
            return "is not a folder"
        expected = self.expected_uid(name)
        if expected is None:
            return (f"claims the participant {name!r}, who has no account (uid) known here (made after "
                    "your server started? restart it from the hub's control panel, then collect again)")
        if info.st_uid != expected:
            return (f"claims the participant {name!r} (uid {expected}) but was made by "
                    f"{_account(info.st_uid)} (uid {info.st_uid})")
        return None

    def quarantine(self, path: str, name: str, reason: str) -> None:
        folder = os.path.basename(path)
        self.log.error("Not collected: %s %s. It stays in the exchange; see %s/%s.json",
                       folder, reason, self.quarantine_directory, folder)
        record = {
            "folder": folder,
            "assignment": self.coursedir.assignment_id,
            "claims": name,
            "reason": reason,
            "owner_uid": _owner_uid(path),
            "found": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        }
        where = os.path.join(self.coursedir.root, self.quarantine_directory)
        os.makedirs(where, exist_ok=True)
        with open(os.path.join(where, f"{folder}.json"), "w") as f:
            json.dump(record, f, indent=1)

    # --- which folder of each participant

    def init_src(self):
        super().init_src()  # checks the course and inbound folders, reads the due date
        student_id = self.coursedir.student_id or "*"
        pattern = os.path.join(self.inbound_path, f"{student_id}+{self.coursedir.assignment_id}+*")
        kept = []
        for path in glob.glob(pattern):
            record = self._path_to_record(path)
            reason = self.refusal(path, record["username"])
            if reason:
                self.quarantine(path, record["username"], reason)
            else:
                kept.append(record)
        by_user = defaultdict(list)
        for record in kept:
            by_user[record["username"]].append(record)
        self.src_records = [self._choose(records) for records in by_user.values()]

    def _choose(self, records: list[dict]) -> dict:
        """The newest, or with before_duedate the newest on time (nbgrader's own rule)."""
        records = self._sort_by_timestamp(records)
        if self.duedate is not None and self.before_duedate:
            on_time = [r for r in records if r["timestamp"] <= self.duedate]
            if on_time:
                return on_time[0]
        return records[0]

    # --- copying without following anything

    def do_copy(self, src, dest, log=None):
        if self.get_size(src) > 1000 * self.coursedir.max_dir_size:
            self.log.error("Directory size is too big")
            raise RuntimeError(f"Directory size of {src} is over {1000 * self.coursedir.max_dir_size} bytes")
        ignore = ignore_patterns(exclude=self.coursedir.ignore, include=self.coursedir.include,
                                 max_file_size=self.coursedir.max_file_size, log=self.log)
        skipped: list[str] = []
        fd = os.open(src, NOFOLLOW_DIR)
        try:
            _copy_folder(fd, src, dest, ignore, skipped)
        finally:
            os.close(fd)
        for path in skipped:
            self.log.error("Not collected: %s is not a regular file or folder (a link is never followed)", path)
        if self.coursedir.groupshared:
            _make_groupshared(dest, self.log)


def _copy_folder(fd: int, shown: str, dest: str, ignore, skipped: list[str]) -> None:
    os.makedirs(dest, exist_ok=True)
    names = sorted(os.listdir(fd))
    ignored = set(ignore(shown, names))
    for name in names:
        path = os.path.join(shown, name)
        info = os.stat(name, dir_fd=fd, follow_symlinks=False)
        if stat.S_ISLNK(info.st_mode):
            skipped.append(path)
        elif name in ignored:
            continue
        elif stat.S_ISDIR(info.st_mode):
            child = os.open(name, NOFOLLOW_DIR, dir_fd=fd)
            try:
                _copy_folder(child, path, os.path.join(dest, name), ignore, skipped)
            finally:
                os.close(child)
        elif stat.S_ISREG(info.st_mode):
            _copy_file(fd, name, path, os.path.join(dest, name), skipped)
        else:
            skipped.append(path)


def _copy_file(fd: int, name: str, shown: str, dest: str, skipped: list[str]) -> None:
    source = os.open(name, NOFOLLOW_FILE, dir_fd=fd)
    try:
        info = os.fstat(source)
        if not stat.S_ISREG(info.st_mode):  # swapped after the listing
            skipped.append(shown)
            return
        with open(source, "rb", closefd=False) as reader, open(dest, "wb") as writer:
            while chunk := reader.read(1 << 20):
                writer.write(chunk)
        os.chmod(dest, stat.S_IMODE(info.st_mode) & 0o777)
        os.utime(dest, ns=(info.st_atime_ns, info.st_mtime_ns))
    finally:
        os.close(source)


def _make_groupshared(dest: str, log) -> None:
    """As nbgrader's do_copy: folders ug+rwx and setgid, files ug+rw, for trainers sharing a course."""
    for folder, _, files in os.walk(dest):
        for path, bits, mask in [(folder, 0o2770, 0o2777)] + [(os.path.join(folder, f), 0o660, 0o777) for f in files]:
            mode = os.stat(path).st_mode
            if mode & bits != bits:
                try:
                    os.chmod(path, (mode | bits) & mask)
                except PermissionError:
                    log.warning("Could not update permissions of %s to make it groupshared", path)


def _uids_from_environment() -> dict:
    text = os.environ.get("SML_UIDS", "")
    if not text:
        return {}
    try:
        mapped = json.loads(text)
    except ValueError:
        return {}
    return mapped if isinstance(mapped, dict) else {}


def _account(uid: int) -> str:
    try:
        return repr(pwd.getpwuid(uid).pw_name)
    except KeyError:
        return "an unknown account"


def _owner_uid(path: str) -> int | None:
    try:
        return os.lstat(path).st_uid
    except OSError:
        return None
