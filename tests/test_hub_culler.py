"""The idle culler really stops an idle participant's server (its hub role and scopes are enough),
and the server's cgroup goes with it. A real hub with a 20 s idle timeout instead of an hour."""

from __future__ import annotations

import secrets
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from sml_hub import cgroups  # noqa: E402
from sml_hub.testing import LocalHub, ensure_environment, requirements_missing  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.hub]
PREFIX = f"sml-cull-{secrets.token_hex(2)}"


def test_idle_server_is_culled():
    missing = requirements_missing()
    if missing:
        pytest.skip(missing)
    ensure_environment()
    name = f"{PREFIX}-p"
    with LocalHub(prefix=PREFIX, cull_timeout=20, extra_env={"SML_CULL_EVERY": "5"}) as hub:
        hub.add_user(name, "participant")
        user = hub.login(name)
        user.start_server()
        assert user.hub_api("GET", f"/users/{name}").json()["servers"], "server did not start"
        assert cgroups.find(f"user-{name}") is not None
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline:
            if not user.hub_api("GET", f"/users/{name}").json().get("servers"):
                break
            time.sleep(2)
        else:
            pytest.fail(f"idle server of {name} still running after 150 s:\n{hub.log()}")
        assert "Culling server" in hub.log(tail=200_000) or "culling" in hub.log(tail=200_000).lower()
        assert cgroups.find(f"user-{name}") is None, "the stopped server's cgroup was left behind"
