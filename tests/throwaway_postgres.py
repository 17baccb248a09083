"""A throw-away PostgreSQL server for the tests: no TCP at all, a private unix socket, deleted afterwards.

`initdb` (Debian's /usr/lib/postgresql/<version>/bin, installed by .ci/setup.d/20-grading.sh) refuses to
run as root, so it runs as the `postgres` system user (`runuser`) in a fresh 0700 folder under /tmp owned
by postgres. The server listens only on a unix socket in that folder (listen_addresses=''), so nothing
but root and postgres can even reach it. The superuser `postgres` logs in by peer authentication; every
other role needs a password (scram-sha-256), which the tests generate at random.

Each pytest(-xdist) worker starts its own server in its own folder (the `postgres_server` fixture in
conftest.py); the socket's port number only names the socket file, so every server can use 5432.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

PORT = 5432
PG_HBA = """\
# Written by tests/throwaway_postgres.py: unix socket only (no TCP), peer for the superuser.
local all postgres peer
local all all scram-sha-256
"""
SETTINGS = """
# tests/throwaway_postgres.py: private socket, no TCP, no durability (the data is deleted anyway).
listen_addresses = ''
unix_socket_directories = '{socket_dir}'
unix_socket_permissions = 0700
port = {port}
fsync = off
synchronous_commit = off
full_page_writes = off
"""


def bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin with initdb, pg_ctl and psql; None when missing."""
    found = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")]
    found = [d for d in found if (d / "pg_ctl").exists() and (d / "psql").exists()]
    if not found:
        return None
    return max(found, key=lambda d: [int(x) for x in re.findall(r"\d+", d.parent.name)] or [0])


def unavailable() -> str | None:
    """Why no throw-away server can be started here, or None when one can."""
    if os.geteuid() != 0:
        return "needs root (initdb runs as the postgres system user through runuser)"
    if bin_dir() is None:
        return "no PostgreSQL binaries in /usr/lib/postgresql/*/bin: run .ci/setup.d/20-grading.sh"
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return "no `postgres` system user: run .ci/setup.d/20-grading.sh"
    if shutil.which("runuser") is None:
        return "no runuser (util-linux)"
    return None


def _as_postgres(*command: str, **kwargs) -> subprocess.CompletedProcess:
    kwargs.setdefault("check", True)
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    return subprocess.run(["runuser", "-u", "postgres", "--", *command], cwd="/", **kwargs)


@dataclass
class Server:
    folder: Path  # 0700, postgres's: data/, sock/ and the log
    bin: Path
    port: int = PORT

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    @property
    def env(self) -> dict[str, str]:
        """libpq's variables that point psql (and deploy/gradebook-db.sh) at this server."""
        return {"PGHOST": str(self.socket_dir), "PGPORT": str(self.port)}

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL (given on stdin, so no secret shows in `ps`) as the superuser; its output, unaligned."""
        done = _as_postgres(str(self.bin / "psql"), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                            "-h", str(self.socket_dir), "-p", str(self.port), "-d", database, input=sql)
        return done.stdout.strip()

    def url(self, role: str, password: str, database: str) -> str:
        """SQLAlchemy URL that logs in as `role` through the private socket."""
        return (f"postgresql+psycopg://{role}:{quote(password, safe='')}@/{database}"
                f"?host={quote(str(self.socket_dir), safe='')}&port={self.port}")

    def add_login(self, role: str, database: str) -> str:
        """A role with a random password owning a fresh database; its URL."""
        password = secrets.token_hex(16)
        self.psql(f"create role {role} login password '{password}';\n"
                  f"create database {database} owner {role};\n")
        return self.url(role, password, database)

    def stop(self) -> None:
        """Stop the server (immediately) and delete everything it wrote."""
        try:
            if (self.data / "postmaster.pid").exists():
                _as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop",
                             check=False)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """initdb and start a server in a fresh folder; raises (after cleaning up) when that fails."""
    binaries = bin_dir()
    if binaries is None:
        raise RuntimeError(unavailable() or "no PostgreSQL binaries")
    postgres = pwd.getpwnam("postgres")
    # Directly under /tmp: pytest's own temp folders are 0700 root's (postgres could not enter them), and
    # a unix socket's path must stay under 108 bytes.
    folder = Path(tempfile.mkdtemp(prefix="sml-pg-", dir="/tmp"))  # mode 0700
    server = Server(folder, binaries)
    try:
        server.socket_dir.mkdir(mode=0o700)
        for path in (folder, server.socket_dir):
            os.chown(path, postgres.pw_uid, postgres.pw_gid)
        _as_postgres(str(binaries / "initdb"), "-D", str(server.data), "-U", "postgres", "-E", "UTF8",
                     "--locale=C", "--no-sync", "--no-instructions",
                     "--auth-local=peer", "--auth-host=reject")
        # Both files exist (postgres's): rewriting them in place keeps their owner and mode.
        (server.data / "pg_hba.conf").write_text(PG_HBA)
        with open(server.data / "postgresql.conf", "a") as conf:
            conf.write(SETTINGS.format(socket_dir=server.socket_dir, port=server.port))
        _as_postgres(str(binaries / "pg_ctl"), "-D", str(server.data), "-l", str(folder / "server.log"),
                     "-w", "-t", "60", "start")
        return server
    except BaseException as error:
        log = folder / "server.log"
        detail = log.read_text()[-2000:] if log.exists() else ""
        if isinstance(error, subprocess.CalledProcessError):
            detail = f"{error.stderr or ''}{error.stdout or ''}\n{detail}"
        server.stop()
        if isinstance(error, Exception):
            raise RuntimeError(f"throw-away PostgreSQL did not start: {error}\n{detail}") from error
        raise
