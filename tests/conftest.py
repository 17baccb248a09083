import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from course.trainer.build import _tools_on_path  # noqa: E402

_tools_on_path()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def postgres_server():
    """This worker's throw-away PostgreSQL server (tests/throwaway_postgres.py): a private unix socket, no
    TCP, stopped and deleted at the end of the session even when tests fail. Skipped, with the reason,
    without root or PostgreSQL's binaries (outside CI; in CI that is an error)."""
    import os

    import throwaway_postgres

    reason = throwaway_postgres.unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"throw-away PostgreSQL: {reason}")
        pytest.skip(f"throw-away PostgreSQL: {reason}")
    server = throwaway_postgres.start()
    try:
        yield server
    finally:
        server.stop()
