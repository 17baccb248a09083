"""The live classroom view: a JupyterHub service that answers the trainers' question "who is stuck, and on what?".

Each time a participant runs a check cell on the hub, their kernel (course/live.py) posts one event here:
the assignment, the exercise, passed or failed, the kind of failure and the message the check showed.
Never code or answers. The sender is whoever owns the token the request carries (the server's
$JUPYTERHUB_API_TOKEN, resolved by the hub): a participant can only report as themselves.

    POST {prefix}api/events     a participant's kernel (token)            -> 204
    GET  {prefix}               the trainers' page (hub OAuth)            -> 200, 403 for anyone else
    GET  {prefix}api/state      what the page shows, as JSON              -> trainers only
    GET  {prefix}export.csv     every event kept                          -> trainers only
    POST {prefix}api/delete     forget every event (the page's button)    -> trainers only

Trainers are who holds the custom scope `custom:live-view:read` (jupyterhub_config.py gives it to the
trainer role). Events live in a SQLite file next to the hub's state, for `--keep-days` (the course's
duration), then are deleted. The hub starts this as a managed service (jupyterhub_config.py); its
settings come from SML_LIVE_* variables there.
"""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
import os
import re
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

SCOPE = "custom:live-view:read"
STATUSES = {"passed", "failed"}
KINDS = {"wrong", "not-run", "error", "syntax"}
NAME = re.compile(r"[\w.\-+ ()]{1,120}")  # an assignment or exercise name (the course's are shorter)
MESSAGE_CHARS = 500
RECENT = 15 * 60  # "in the room right now": failing cells whose last run is this recent
RATE = 120  # events a participant may post per minute (a loop of check runs); more are refused (429)
# Names are the sender's free text: without a bound, one participant could grow the service's memory, the
# database, the drop-down and the grid for every trainer. Far above a course's (50 assignments, 7 checks).
MAX_ASSIGNMENTS = 100  # different assignments one participant may report
MAX_EXERCISES = 50  # different exercises one participant may report in one assignment
MAX_BODY = 64 * 1024  # bytes of a request body, refused before it is read (an event is 8 KiB at most)


# --- what the page knows ------------------------------------------------------------------------
@dataclass
class Cell:
    status: str
    kind: str
    message: str
    at: float
    since: float  # when this streak (of passing, or of failing the same way) began


@dataclass
class Store:
    """Every event kept (SQLite) and, in memory, each participant's latest state of each exercise."""

    path: str
    keep_days: float = 90
    cells: dict = field(default_factory=dict)  # (assignment, user, exercise) -> Cell
    last: dict = field(default_factory=dict)  # (assignment, user) -> time of the last event
    order: dict = field(default_factory=lambda: defaultdict(dict))  # assignment -> {exercise: first seen}
    assignments_of: Counter = field(default_factory=Counter)  # user -> how many assignments reported
    exercises_of: Counter = field(default_factory=Counter)  # (assignment, user) -> how many exercises

    def __post_init__(self):
        if self.path != ":memory:":
            old = os.umask(0o077)  # personal data: the hub's own, nobody else's
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path)
            finally:
                os.umask(old)
            # a file made before (copied, restored, an older version) keeps its mode: make it private too;
            # SQLite makes the -wal and -shm files with the database's mode
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(self.path + suffix):
                    os.chmod(self.path + suffix, 0o600)
        else:
            self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA secure_delete=ON")  # what is deleted is overwritten, not left in free pages
        self.db.execute("""CREATE TABLE IF NOT EXISTS events (
            id INTEGER PRIMARY KEY, at REAL NOT NULL, user TEXT NOT NULL, assignment TEXT NOT NULL,
            exercise TEXT NOT NULL, status TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL)""")
        self.db.commit()
        self.purge()
        self.reload()

    def reload(self) -> None:
        self.cells.clear()
        self.last.clear()
        self.order.clear()
        self.assignments_of.clear()
        self.exercises_of.clear()
        for row in self.db.execute("SELECT at, user, assignment, exercise, status, kind, message FROM events ORDER BY id"):
            self._apply(*row)

    def purge(self, now: float | None = None) -> int:
        """Delete what is older than keep_days; how many events went."""
        cutoff = (time.time() if now is None else now) - self.keep_days * 86400
        gone = self.db.execute("DELETE FROM events WHERE at < ?", (cutoff,)).rowcount
        self.db.commit()
        if gone:
            self._forget_on_disk()
            self.reload()
        return gone

    def delete_all(self) -> int:
        gone = self.db.execute("DELETE FROM events").rowcount
        self.db.commit()
        self.db.execute("VACUUM")
        self._forget_on_disk()
        self.reload()
        return gone

    def _forget_on_disk(self) -> None:
        # The write-ahead log still holds the pages as they were before the delete (every event, until
        # it is overwritten): copy the log into the database and empty it.
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def refuses(self, user: str, assignment: str, exercise: str) -> str | None:
        """Why an event that would add a new assignment or exercise for this user is refused; None to take it."""
        if (assignment, user, exercise) in self.cells:
            return None
        if (assignment, user) not in self.last and self.assignments_of[user] >= MAX_ASSIGNMENTS:
            return f"more than {MAX_ASSIGNMENTS} different assignments from one participant"
        if self.exercises_of[(assignment, user)] >= MAX_EXERCISES:
            return f"more than {MAX_EXERCISES} different exercises in one assignment from one participant"
        return None

    def add(self, user: str, assignment: str, exercise: str, status: str, kind: str, message: str,
            at: float | None = None) -> None:
        at = time.time() if at is None else at
        self.db.execute("INSERT INTO events (at, user, assignment, exercise, status, kind, message) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)", (at, user, assignment, exercise, status, kind, message))
        self.db.commit()
        self._apply(at, user, assignment, exercise, status, kind, message)

    def _apply(self, at, user, assignment, exercise, status, kind, message) -> None:
        key = (assignment, user, exercise)
        before = self.cells.get(key)
        if before is None:
            self.exercises_of[(assignment, user)] += 1
            if (assignment, user) not in self.last:
                self.assignments_of[user] += 1
        same = before is not None and before.status == status and (status == "passed" or before.message == message)
        self.cells[key] = Cell(status, kind, message, at, before.since if same else at)
        self.last[(assignment, user)] = max(at, self.last.get((assignment, user), 0))
        self.order[assignment].setdefault(exercise, len(self.order[assignment]))

    def rows(self):
        return self.db.execute("SELECT at, user, assignment, exercise, status, kind, message FROM events ORDER BY id")


# --- what the page shows ------------------------------------------------------------------------
def release_exercises(course_dir: str | None, assignment: str) -> list[str]:
    """The exercises of an assignment in notebook order: the names its check cells pass to passed()/recorded()."""
    # the name comes from the page's query: one folder of release/, never a path out of it
    if not course_dir or not assignment or not NAME.fullmatch(assignment) or not assignment.strip("."):
        return []
    found: list[str] = []
    folder = Path(course_dir) / "release" / assignment
    try:
        notebooks = sorted(folder.glob("*.ipynb"))
    except OSError:
        return []
    from_cell = re.compile(r"""\b(?:passed|recorded)\(\s*(["'])(.+?)\1""")
    for path in notebooks:
        try:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
            for cell in cells:
                if not isinstance(cell, dict) or cell.get("cell_type") != "code":
                    continue
                source = cell.get("source", "")
                source = "".join(map(str, source)) if isinstance(source, list) else str(source)
                match = from_cell.search(source)
                if match and match.group(2) not in found:
                    found.append(match.group(2))
        except (OSError, ValueError, AttributeError, TypeError, RecursionError):
            continue  # not a notebook (a trainer's stray file): the exercises of the others
    return found


_names_cache: dict[tuple, dict[str, dict]] = {}


def load_names(course_dir: str | None) -> dict[str, dict]:
    """username -> names and district, from the course's roster (`course roster import`); {} without one.
    Read again only when the roster file changes (the page asks every 2 s)."""
    if not course_dir:
        return {}
    try:
        stat = (Path(course_dir) / "roster.csv").stat()
        key = (course_dir, stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = (course_dir, None, None)
    if key not in _names_cache:
        _names_cache.clear()
        _names_cache[key] = _read_names(course_dir)
    return _names_cache[key]


def _read_names(course_dir: str) -> dict[str, dict]:
    try:
        from course.trainer.roster import load
        people = load(Path(course_dir), strict=False)
    except Exception:  # no roster, no course package here, an unreadable file: usernames only
        return {}
    return {u: {"name": p.name_en, "name_hi": p.name_hi, "district": p.district} for u, p in people.items()}


def most_recent(store: Store) -> str | None:
    """The assignment whose last event is the newest (None before any)."""
    return max(store.last.items(), key=lambda item: item[1])[0][0] if store.last else None


def state(store: Store, assignment: str | None, *, names: dict[str, dict], exercises: list[str],
          stuck_minutes: float, idle_minutes: float, now: float | None = None) -> dict:
    """The page's content for one assignment (the most recently active one when None)."""
    now = time.time() if now is None else now
    latest: dict[str, float] = {}
    people: dict[str, set] = defaultdict(set)
    for (a, user), at in store.last.items():
        latest[a] = max(at, latest.get(a, 0))
        people[a].add(user)
    assignments = [{"name": a, "participants": len(people[a]), "last": latest[a]}
                   for a in sorted(latest, key=lambda a: -latest[a])]
    if assignment is None:
        assignment = most_recent(store)
    seen = sorted(store.order.get(assignment, {}), key=store.order.get(assignment, {}).get)
    columns = list(exercises) + [e for e in seen if e not in exercises]
    users = sorted(people.get(assignment, set()) | set(names), key=lambda u: (names.get(u, {}).get("name") or u).lower())

    def who(user: str) -> dict:
        person = names.get(user, {})
        return {"user": user, "name": person.get("name", ""), "name_hi": person.get("name_hi", ""),
                "district": person.get("district", "")}

    rows, stuck, idle, failing = [], [], [], Counter()
    for user in users:
        cells = {}
        for exercise in columns:
            cell = store.cells.get((assignment, user, exercise))
            if cell is None:
                continue
            cells[exercise] = {"status": cell.status, "kind": cell.kind, "message": cell.message,
                               "at": cell.at, "since": cell.since}
            if cell.status == "failed":
                if now - cell.since >= stuck_minutes * 60:
                    stuck.append({**who(user), "exercise": exercise, "minutes": int((now - cell.since) // 60),
                                  "message": cell.message, "kind": cell.kind})
                if now - cell.at <= RECENT:
                    failing[(exercise, cell.kind, cell.message)] += 1
        last = store.last.get((assignment, user))
        done = bool(columns) and all(cells.get(e, {}).get("status") == "passed" for e in columns)
        is_idle = last is not None and not done and now - last >= idle_minutes * 60
        if is_idle:
            idle.append({**who(user), "minutes": int((now - last) // 60)})
        rows.append({**who(user), "last": last, "idle": is_idle, "done": done, "cells": cells})
    stuck.sort(key=lambda s: -s["minutes"])
    idle.sort(key=lambda s: -s["minutes"])
    common = [{"exercise": e, "kind": k, "message": m, "count": n}
              for (e, k, m), n in sorted(failing.items(), key=lambda item: (-item[1], item[0]))[:3]]
    return {"now": now, "assignment": assignment, "assignments": assignments, "exercises": columns,
            "participants": rows, "stuck": stuck, "idle": idle, "common": common,
            "settings": {"stuck_minutes": stuck_minutes, "idle_minutes": idle_minutes, "keep_days": store.keep_days}}


def parse_event(body: bytes) -> dict:
    """A posted event, checked; ValueError says what is wrong. The sender's name never comes from here."""
    if len(body) > 8192:
        raise ValueError("event too large")
    try:
        event = json.loads(body)
    except (ValueError, RecursionError):
        raise ValueError("not JSON") from None
    if not isinstance(event, dict):
        raise ValueError("not a JSON object")
    out = {}
    for key in ("assignment", "exercise"):
        value = event.get(key)
        if not isinstance(value, str) or not NAME.fullmatch(value):
            raise ValueError(f"{key}: a name of 1 to 120 letters, digits, spaces or .-+_() is required")
        out[key] = value
    if event.get("status") not in STATUSES:
        raise ValueError(f"status: one of {sorted(STATUSES)}")
    out["status"] = event["status"]
    kind = event.get("kind") or ""
    if out["status"] == "failed" and kind not in KINDS:
        raise ValueError(f"kind: one of {sorted(KINDS)}")
    out["kind"] = kind if out["status"] == "failed" else ""
    message = event.get("message") or ""
    if not isinstance(message, str):
        raise ValueError("message: text")
    # a lone surrogate (undecodable bytes of a file name, say) cannot be stored as UTF-8: replaced
    message = message[:MESSAGE_CHARS].encode("utf-8", "replace").decode("utf-8")
    out["message"] = message if out["status"] == "failed" else ""
    return out


FORMULA = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # and their full-width forms


def spreadsheet_text(value) -> str:
    """A CSV cell that Excel or LibreOffice shows as text, never runs as a formula: the sender's names and
    messages can start with = + - @ (OWASP "CSV injection"); those get a leading apostrophe."""
    text = str(value)
    if text[:1] in ("\t", "\r", "\n") or text.lstrip()[:1] in FORMULA:
        return "'" + text
    return text


# --- the service --------------------------------------------------------------------------------
def make_app(store: Store, *, prefix: str, course_dir: str | None, stuck_minutes: float, idle_minutes: float):
    from jupyterhub.services.auth import HubAuth, HubOAuthCallbackHandler, HubOAuthenticated, UserNotAllowed
    from jupyterhub.utils import url_path_join
    from tornado import web

    token_auth = HubAuth(cache_max_age=600)
    page_template = (Path(__file__).with_name("liveview.html")).read_text(encoding="utf-8")
    recent_posts: dict[str, list[float]] = defaultdict(list)

    class Base(web.RequestHandler):
        def set_default_headers(self):
            self.set_header("X-Content-Type-Options", "nosniff")  # text and JSON are never run as a page

        def write_error(self, status_code, **kwargs):
            # "400: status: one of ..." for a client that can act on it; never a traceback
            error = kwargs.get("exc_info", (None, None, None))[1]
            why = getattr(error, "log_message", None) or self._reason
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish(f"{status_code}: {why}")

    class Events(Base):
        """A participant's kernel posts here with its server's token; the hub says whose it is."""

        def check_xsrf_cookie(self):  # token only, never a cookie: nothing a page can forge
            pass

        async def post(self):
            match = re.match(r"(?:token|bearer)\s+(\S+)", self.request.headers.get("Authorization", ""), re.I)
            if not match:
                raise web.HTTPError(401, "a hub token is required")
            model = await token_auth.user_for_token(match.group(1), sync=False)
            if not model or model.get("kind", "user") != "user" or not model.get("name"):
                raise web.HTTPError(403, "the token is not a hub user's")
            user = model["name"]
            now = time.time()
            posts = [t for t in recent_posts[user] if now - t < 60]
            if len(posts) >= RATE:
                raise web.HTTPError(429, "too many events")
            posts.append(now)
            recent_posts[user] = posts
            try:
                event = parse_event(self.request.body)
            except ValueError as error:
                raise web.HTTPError(400, str(error)) from None
            refused = store.refuses(user, event["assignment"], event["exercise"])
            if refused:
                raise web.HTTPError(400, refused)
            store.add(user, **event, at=now)
            self.set_status(204)

    class TrainersOnly(HubOAuthenticated, Base):
        # hub_auth: HubOAuth.instance(), the one the callback handler uses too (it keeps the logins' states)

        async def prepare(self):
            # HubAuthenticated.get_current_user asks the hub synchronously, holding up every participant's
            # post while the hub answers (slowest when the room logs in at once): ask here, without
            # blocking, and leave the answer where get_current_user looks first.
            model = await self.hub_auth.get_user(self, sync=False)
            try:
                self._hub_auth_user_cache = self.check_hub_user(model) if model else None
            except UserNotAllowed as error:
                self._hub_auth_user_cache = None
                raise web.HTTPError(403, f"{error.model.get('kind', 'user')} {error.model.get('name')} "
                                         "is not allowed") from None

        def trainer(self) -> dict:
            user = self.current_user
            if not user:
                raise web.HTTPError(403)
            if SCOPE not in set(user.get("scopes", [])):
                self.set_status(403)
                self.finish("<!doctype html><meta charset=utf-8><title>403</title>"
                            "<h1>403: this page is for trainers</h1>"
                            "<p>The live classroom view shows the trainers which exercises participants are on.</p>")
                return {}
            return user

    class Page(TrainersOnly):
        @web.authenticated
        def get(self):
            if not self.trainer():
                return
            # only the page's own script runs, whatever text ever gets into it
            nonce = base64.b64encode(os.urandom(18)).decode()
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            self.set_header("Content-Security-Policy",
                            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
                            "connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'self'; "
                            "base-uri 'none'")
            xsrf = self.xsrf_token.decode() if isinstance(self.xsrf_token, bytes) else self.xsrf_token
            page = page_template.replace("<script>", f'<script nonce="{nonce}">', 1)
            page = page.replace("{{PREFIX}}", json.dumps(prefix)).replace("{{XSRF}}", json.dumps(xsrf))
            self.finish(page)

    class State(TrainersOnly):
        @web.authenticated
        def get(self):
            if not self.trainer():
                return
            # the one asked for, or the most recently active: its exercises from the release, one state
            assignment = self.get_argument("assignment", None) or most_recent(store)
            exercises = release_exercises(course_dir, assignment) if assignment else []
            shown = state(store, assignment, names=load_names(course_dir), exercises=exercises,
                          stuck_minutes=stuck_minutes, idle_minutes=idle_minutes)
            self.set_header("Cache-Control", "no-store")
            self.finish(shown)

    class Export(TrainersOnly):
        @web.authenticated
        def get(self):
            if not self.trainer():
                return
            out = io.StringIO()
            out.write("\ufeff")  # Excel reads the file as UTF-8 (Hindi messages, names) only with this mark
            writer = csv.writer(out)
            writer.writerow(["time_utc", "username", "assignment", "exercise", "status", "kind", "message"])
            for at, *texts in store.rows():
                stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(at))
                writer.writerow([stamp, *map(spreadsheet_text, texts)])
            self.set_header("Content-Type", "text/csv; charset=utf-8")
            self.set_header("Content-Disposition", 'attachment; filename="live-view-events.csv"')
            self.finish(out.getvalue())

    class Delete(TrainersOnly):
        @web.authenticated
        def post(self):
            if not self.trainer():
                return
            self.finish({"deleted": store.delete_all()})

    return web.Application([
        (prefix, Page),
        (url_path_join(prefix, "api/events"), Events),
        (url_path_join(prefix, "api/state"), State),
        (url_path_join(prefix, "api/delete"), Delete),
        (url_path_join(prefix, "export.csv"), Export),
        (url_path_join(prefix, "oauth_callback"), HubOAuthCallbackHandler),
    ], cookie_secret=os.urandom(32), xsrf_cookies=True)


def main(argv: list[str] | None = None) -> None:
    env = os.environ.get
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=env("SML_LIVE_DB", "live-view.sqlite"))
    parser.add_argument("--course-dir", default=env("SML_COURSE_DIR"))
    parser.add_argument("--keep-days", type=float, default=float(env("SML_LIVE_KEEP_DAYS", "90")))
    parser.add_argument("--stuck-minutes", type=float, default=float(env("SML_LIVE_STUCK_MINUTES", "5")))
    parser.add_argument("--idle-minutes", type=float, default=float(env("SML_LIVE_IDLE_MINUTES", "10")))
    args = parser.parse_args(argv)

    import signal

    from tornado.ioloop import IOLoop, PeriodicCallback

    signal.signal(signal.SIGINT, signal.default_int_handler)  # the hub stops managed services with SIGINT
    store = Store(args.db, keep_days=args.keep_days)
    prefix = env("JUPYTERHUB_SERVICE_PREFIX", "/services/live-view/")
    app = make_app(store, prefix=prefix, course_dir=args.course_dir,
                   stuck_minutes=args.stuck_minutes, idle_minutes=args.idle_minutes)
    url = urlparse(env("JUPYTERHUB_SERVICE_URL", "http://127.0.0.1:10102"))
    app.listen(url.port or 80, url.hostname or "127.0.0.1", xheaders=True, max_body_size=MAX_BODY)
    PeriodicCallback(store.purge, 3600 * 1000).start()
    print(f"live view on {url.geturl()}{prefix}: {args.db}, kept {args.keep_days:g} days", file=sys.stderr, flush=True)
    try:
        IOLoop.current().start()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
