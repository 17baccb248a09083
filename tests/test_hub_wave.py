"""A login wave on a real hub (issue #20, part 1): spawns beyond c.JupyterHub.concurrent_spawn_limit queue.

The hub is started with a limit of 1. While one participant's server is starting, a second participant
arrives: the hub answers 429 with a Retry-After, and the page they see is the course's waiting page
(deploy/sml_hub/templates/error.html) in English and Hindi, which retries by itself; asking again after
the wait, as that page does, starts their server. Any other error page is still the hub's own.
benchmarks/spawn.py measures a wave of 20 with the production limit.
"""

from __future__ import annotations

import os
import re
import secrets
import sys
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from sml_hub.testing import LocalHub, ensure_environment, requirements_missing  # noqa: E402

PREFIX = f"sml-wave-{secrets.token_hex(2)}"
FIRST, SECOND, THIRD = f"{PREFIX}-p1", f"{PREFIX}-p2", f"{PREFIX}-p3"
CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / os.environ.get("COURSE_SCREENSHOTS", "build/screenshots")

pytestmark = [pytest.mark.slow, pytest.mark.hub]


@pytest.fixture(scope="module")
def hub():
    missing = requirements_missing()
    if missing:
        pytest.skip(missing)
    ensure_environment()
    with LocalHub(prefix=PREFIX, auto_fetch=False, extra_env={"SML_CONCURRENT_SPAWN_LIMIT": "1"}) as hub:
        hub.add_user(FIRST, "participant")
        hub.add_user(SECOND, "participant")
        hub.add_user(THIRD, "participant")
        yield hub


def test_a_participant_beyond_the_spawn_limit_waits_on_a_page_that_retries(hub):
    first, second = hub.login(FIRST), hub.login(SECOND)
    # the first participant's spawn is under way (202: pending) ...
    begun = first.hub_api("POST", f"/users/{FIRST}/server")
    assert begun.status_code in (201, 202), begun.text
    # ... when the second arrives through the browser's path
    page = second.session.get(f"{hub.url}/hub/spawn", timeout=60, allow_redirects=False)
    if page.status_code != 429 and begun.status_code == 201:
        pytest.skip("the first server was ready before the second arrived: nothing to queue")
    assert page.status_code == 429, page.status_code
    assert 5 <= int(page.headers["Retry-After"]) <= 15
    text = page.content.decode("utf-8")  # the page says utf-8 in its <meta>, not in its header
    assert "Please wait: your server starts in a moment" in text
    assert "कृपया प्रतीक्षा करें" in text and "window.location.reload()" in text
    assert "Too many users" not in text, "the hub's bare error took the place of the waiting page"
    first.start_server(timeout=200)  # 400 (already pending), then ready
    # asking again after the wait, as the page does, starts the second server
    second.start_server(timeout=200)
    for user in (first, second):
        assert user.hub_api("GET", f"/users/{user.name}").json()["servers"][""]["ready"]
    # other errors keep the hub's own page
    missing = requests.get(f"{hub.url}/hub/no-such-page", timeout=30)
    assert missing.status_code == 404 and "Please wait" not in missing.text


def test_in_the_browser_the_waiting_page_counts_down_and_lands_in_jupyterlab(hub):
    """What a participant sees: the waiting page (looked at: build/screenshots/hub-00-waiting.png), then,
    without touching anything, JupyterLab once the page has retried and the hub had room."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} missing")
    first = hub.login(FIRST)
    first.stop_server()
    begun = first.hub_api("POST", f"/users/{FIRST}/server")
    assert begun.status_code in (201, 202), begun.text
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 700})
            page.goto(f"{hub.url}/hub/login")
            page.fill("#username_input", THIRD)
            page.fill("#password_input", hub.users[THIRD])
            page.click("#login_submit")
            waiting = page.locator("#sml-queue")
            if begun.status_code == 201 and not waiting.count():
                pytest.skip("the first server was ready before the third arrived: nothing to queue")
            waiting.wait_for(timeout=30_000)
            assert "कृपया प्रतीक्षा करें" in page.inner_text("body")
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "hub-00-waiting.png"))
            # no click, no reload: the page retries and the participant arrives in JupyterLab
            page.wait_for_url(re.compile(rf"/user/{THIRD}/lab"), timeout=240_000)
        finally:
            browser.close()
