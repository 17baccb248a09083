"""In a real browser (Debian's chromium driven by Playwright) on a real hub: what participants and
trainers actually see.

A participant logs in through the hub's form and lands on JupyterLab with the Assignment List open;
the trainer releases 00-getting-started meanwhile; the participant refreshes the list, fetches,
opens the notebook, types a wrong answer and validates (the failing check's message shown whole), types the right answer, runs everything (the chart with a
Hindi title appears), validates with the toolbar button and submits from the Assignment List; then runs
the module's second part, 00b-tables-and-functions, solved (its explorer widget renders and answers). The
course's JupyterLab settings hold: no cell toolbar, Shift+M merges nothing, no news pop-up. Then a
trainer grades with `course grade` in a JupyterLab terminal, opens Formgrader in its own tab
(nbgrader #1870: it is blank inside JupyterLab on JupyterHub 4.1+), enters the manual grade of the
written answer, generates and releases feedback; the participant fetches it from the Assignment List
and opens it.

Screenshots go to build/screenshots/hub-*.png (look at them there); to refresh the committed ones,
run with COURSE_SCREENSHOTS=docs/screenshots.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "deploy"))

from sml_hub.testing import COURSE_ID, LocalHub, ensure_environment, requirements_missing  # noqa: E402

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
# A test run must not rewrite tracked files; the committed screenshots are refreshed on purpose.
SHOTS = ROOT / os.environ.get("COURSE_SCREENSHOTS", "build/screenshots")
ASSIGNMENT = "00-getting-started"
NOTEBOOK = f"{ASSIGNMENT}.ipynb"
WIDGET_IN = "00b-tables-and-functions"  # the module's second part has its explorer widget
# Unique per run: engineers sharing this machine may run the suite at the same time.
PREFIX = f"sml-br-{secrets.token_hex(2)}"
TRAINER, PARTICIPANT, SECOND = f"{PREFIX}-t", f"{PREFIX}-p", f"{PREFIX}-q"

pytestmark = [pytest.mark.slow, pytest.mark.hub]


def nbgrader(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


# A participant's mistake the engagement check fails with a message over 90 characters (print returns None).
WRONG_ENGAGEMENT = "engagement = print(reactions + comments + shares)"


def check_message(release: dict, grade_id: str, **answers) -> str:
    """The message the release's check cell `grade_id` fails with on these answers (course.checks, here)."""
    from course.checks import CheckFailed

    def text(cell) -> str:
        return cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])

    (cell,) = [c for c in release["cells"] if nbgrader(c).get("grade_id") == grade_id]
    # The check may use what the notebook's given cells defined before it (00: reactions, comments, ...).
    namespace: dict = {}
    for given in release["cells"][:release["cells"].index(cell)]:
        if given["cell_type"] == "code" and not nbgrader(given) and "course.setup()" not in text(given):
            exec(compile(text(given), "given cell", "exec"), namespace)
    namespace.update(answers)
    source = text(cell)
    try:
        exec(compile(source, grade_id, "exec"), namespace)  # the course's own visible check
    except CheckFailed as failure:
        return str(failure)
    raise AssertionError(f"{grade_id} passes on {answers}")


def solutions() -> dict[str, str]:
    source = json.loads((ROOT / "source" / ASSIGNMENT / NOTEBOOK).read_text())
    answers = {}
    for cell in source["cells"]:
        if nbgrader(cell).get("solution"):
            text = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            answers[nbgrader(cell)["grade_id"]] = "\n".join(
                line for line in text.splitlines() if not re.match(r"\s*###\s*(BEGIN|END) SOLUTION", line))
    return answers


@pytest.fixture(scope="module")
def hub():
    missing = requirements_missing()
    if missing:
        pytest.skip(missing)
    ensure_environment()
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} missing: run .ci/setup.d/30-hub.sh (apt-get install chromium)")
    with LocalHub(prefix=PREFIX, mem_limit="2G", cpu_limit=1.0) as hub:
        hub.add_user(TRAINER, "trainer")
        hub.add_user(PARTICIPANT, "participant")
        hub.add_user(SECOND, "participant")
        yield hub


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"hub-{name}.png"))


def login(page, hub, name: str) -> None:
    page.goto(f"{hub.url}/hub/login")
    page.fill("#username_input", name)
    page.fill("#password_input", hub.users[name])
    page.click("#login_submit")


def test_participant_and_trainer_in_the_browser(hub):
    answers = solutions()
    start = time.perf_counter()
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            participant_flow(hub, browser, answers)
            print(f"  [{time.perf_counter() - start:6.1f} s] participant done", flush=True)
            live_view_flow(hub, browser)
            print(f"  [{time.perf_counter() - start:6.1f} s] live view done", flush=True)
            trainer_flow(hub, browser)
            print(f"  [{time.perf_counter() - start:6.1f} s] trainer done", flush=True)
            participant_reads_feedback(hub, browser)
            print(f"  [{time.perf_counter() - start:6.1f} s] feedback read", flush=True)
        finally:
            browser.close()


def participant_flow(hub, browser, answers) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    login(page, hub, PARTICIPANT)
    # The hub spawns the server and hands over to JupyterLab, Assignment List already open.
    page.wait_for_url(re.compile(rf"/user/{PARTICIPANT}/lab"), timeout=180_000)
    page.wait_for_selector("#jp-main-dock-panel", timeout=120_000)
    assignments_tab = page.locator(".lm-TabBar-tab", has_text="Assignments")
    assignments_tab.first.wait_for(timeout=60_000)
    page.get_by_text("Released assignments").first.wait_for()
    shot(page, "01-first-login")

    # The trainer releases while the participant is logged in; the participant refreshes and fetches.
    trainer = hub.login(TRAINER)
    trainer.start_server()
    assert trainer.formgrader("POST", f"/assignment/{ASSIGNMENT}/assign").json()["success"]
    assert trainer.formgrader("POST", f"/assignment/{ASSIGNMENT}/release").json()["success"]
    hub.trainer_api = trainer
    released = page.locator("#released_assignments_list")
    for _ in range(10):
        page.locator("#refresh_assignments_list").first.click()
        if released.get_by_text(ASSIGNMENT).count():
            break
        page.wait_for_timeout(1000)
    released.get_by_text(ASSIGNMENT).first.wait_for()
    shot(page, "02-released")
    released.get_by_role("button", name="Fetch").click()
    fetched = page.locator("#fetched_assignments_list")
    fetched.get_by_text(ASSIGNMENT).first.wait_for()
    assert Path(f"/home/{PARTICIPANT}/{ASSIGNMENT}/{NOTEBOOK}").exists()

    # Answers the participant typed earlier (all but the first, typed below in the browser).
    participant = hub.login(PARTICIPANT)
    path = f"{ASSIGNMENT}/{NOTEBOOK}"
    notebook = participant.get_notebook(path)
    for cell in notebook["cells"]:
        grade_id = nbgrader(cell).get("grade_id")
        if nbgrader(cell).get("solution") and grade_id != "engagement":
            cell["source"] = answers[grade_id]
    participant.put_notebook(path, notebook)

    page.goto(f"{hub.url}/user/{PARTICIPANT}/lab/tree/{path}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=120_000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=120_000)
    # No cell toolbar (participants deleted grading cells with it), no news pop-up.
    assert page.locator(".jp-cell-toolbar").count() == 0
    assert page.get_by_text("official Jupyter news").count() == 0

    # First a common beginner's mistake (print instead of keeping the value), saved and validated: the
    # Validate dialog shows the failing check's whole message, hint included (issue #14: nbgrader cut
    # lines at 90 characters). Then the right answer is typed into the same cell, as a participant does.
    answer_cell = page.locator(".jp-Notebook .jp-CodeCell", has_text="raise NotImplementedError()").first
    answer_cell.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(WRONG_ENGAGEMENT)
    page.keyboard.press("Control+s")
    page.wait_for_timeout(1500)
    assert WRONG_ENGAGEMENT in json.dumps(participant.get_notebook(path)), "the typed answer was not saved"
    message = check_message(notebook, "engagement_check", engagement=None)
    assert max(len(line) for line in message.splitlines()) > 90, message  # else nothing would be cut
    page.locator(".validate-button").first.click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=180_000)
    dialog.get_by_text("The following cell failed").first.wait_for(timeout=180_000)
    dialog_text = dialog.inner_text()
    shot(page, "05a-validation-failed")
    for line in message.splitlines():
        assert line in dialog_text, f"{line!r} is not whole in the Validate dialog:\n{dialog_text}"
    dialog.get_by_role("button").last.click()
    dialog.wait_for(state="hidden")

    answer_cell = page.locator(".jp-Notebook .jp-CodeCell", has_text=WRONG_ENGAGEMENT).first
    answer_cell.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(answers["engagement"])

    # Shift+M in command mode would merge the selected cells: the course's settings switch it off.
    page.locator(".jp-Notebook .jp-MarkdownCell").nth(1).click()  # selects it, command mode
    page.keyboard.press("Escape")
    page.keyboard.press("Shift+ArrowDown")
    page.keyboard.press("Shift+m")
    page.wait_for_timeout(500)
    page.keyboard.press("Control+s")
    page.wait_for_timeout(1500)
    saved = participant.get_notebook(path)
    assert len(saved["cells"]) == len(notebook["cells"]), "Shift+M merged cells"
    assert "engagement = reactions + comments + shares" in json.dumps(saved), "the typed answer was not saved"

    # Run everything, save, validate.
    page.locator(".jp-Notebook").first.click()
    page.keyboard.press("Escape")
    page.get_by_role("menuitem", name="Run").click()
    page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()
    page.wait_for_timeout(1000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=180_000)
    page.wait_for_function(
        "() => ![...document.querySelectorAll('.jp-InputArea-prompt')].some(p => p.textContent.includes('[*]'))",
        timeout=180_000)
    # The chart is an image.
    # the first chart whose title has Hindi in it (the notebook's wording may change; the Devanagari stays)
    chart_cell = page.locator(".jp-Notebook .jp-CodeCell", has_text=re.compile(r"set_title\(.*[\u0900-\u097F]")).first
    chart = chart_cell.locator(".jp-OutputArea-output img").first
    chart.wait_for(timeout=60_000)
    assert chart.bounding_box()["height"] > 100
    assert "missing from" not in chart_cell.inner_text(), "a Devanagari glyph is missing from the font"
    chart_cell.scroll_into_view_if_needed()
    shot(page, "03-chart")
    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']",
                          has_text="Traceback")
    assert errors.count() == 0, errors.first.inner_text()
    page.keyboard.press("Control+s")
    page.wait_for_timeout(1500)

    page.locator(".validate-button").first.click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=180_000)
    dialog_text = dialog.inner_text()
    shot(page, "05-validated")
    assert "Success" in dialog_text and "passes" in dialog_text, dialog_text
    dialog.get_by_role("button").last.click()

    # Submit from the Assignment List.
    assignments_tab.first.click()
    fetched = page.locator("#fetched_assignments_list")
    fetched.get_by_role("button", name="Submit").first.click()
    page.locator("#submitted_assignments_list").get_by_text(ASSIGNMENT).first.wait_for(timeout=120_000)
    shot(page, "06-submitted")
    widget_flow(page, hub, participant)
    hindi_flow(page, hub, participant)
    inbound = hub.exchange / COURSE_ID / "inbound"
    assert len(list(inbound.glob(f"{PARTICIPANT}+{ASSIGNMENT}+*"))) == 1
    context.close()


def open_and_run_all(page, hub, path: str, showing: str):
    """Open the participant's notebook at `path` in JupyterLab and Run All Cells, as a participant does; the
    notebook's panel (the one with `showing` in it: notebooks opened before stay open in hidden tabs)."""
    page.goto(f"{hub.url}/user/{PARTICIPANT}/lab/tree/{path}")
    panel = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden)").filter(has_text=showing).first
    panel.locator(".jp-Cell").first.wait_for(timeout=120_000)
    # The panel shows a spinner over its cells until its session is ready; a click before then is lost.
    page.wait_for_function("() => ![...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Spinner')]"
                           ".some(s => s.offsetParent !== null)", timeout=180_000)
    panel.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(timeout=120_000)
    panel.locator(".jp-MarkdownCell").first.click()
    page.keyboard.press("Escape")
    page.get_by_role("menuitem", name="Run").click()
    page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()
    return panel


def widget_flow(page, hub, participant) -> None:
    """The module's second part, solved, run in the browser: its explorer widget renders and answers."""
    path = f"{WIDGET_IN}.ipynb"
    participant.put_notebook(path, json.loads((ROOT / "source" / WIDGET_IN / path).read_text()))
    panel = open_and_run_all(page, hub, path, "explore(")
    page.wait_for_timeout(1000)
    panel.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(timeout=180_000)
    page.wait_for_function(
        "() => ![...document.querySelectorAll('.jp-InputArea-prompt')].some(p => p.textContent.includes('[*]'))",
        timeout=180_000)
    # The explorer widget renders (a dropdown of platforms). JupyterLab lays out only the cells near the
    # view, so bring the explorer's cell on screen first, as a participant scrolls to it.
    explorer = panel.locator(".jp-CodeCell", has_text="explore(").last
    explorer.scroll_into_view_if_needed()
    widget = explorer.locator(".jp-OutputArea-output .widget-dropdown select").first
    try:
        widget.wait_for(timeout=120_000)
    except Exception:
        shot(page, "04-widget-missing")
        print(explorer.inner_text()[-2000:])
        raise
    assert "Instagram" in widget.inner_text()
    widget.scroll_into_view_if_needed()
    widget.select_option("YouTube")
    # the explorer now shows YouTube's median reach by format, computed here from the same data
    from course.data import load

    posts = load("posts")
    medians = posts[posts["platform"] == "YouTube"].groupby("format")["reach"].median()
    page.get_by_text(re.compile(rf"{medians.idxmax()}\s+{medians.max():.1f}")).first.wait_for(timeout=30_000)
    shot(page, "04-widget")
    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']",
                          has_text="Traceback")
    assert errors.count() == 0, errors.first.inner_text()


def hindi_flow(page, hub, participant) -> None:
    """The Hindi edition (issue #21), as released: its text is Hindi, a wrong answer's check message is the Hindi
    the course gives (the edition's edition.json beside the notebook), and the page's Devanagari is drawn with a
    Devanagari font (Chrome says which fonts it used for a node: no box, no last-resort font)."""
    import contextlib

    edition = f"{ASSIGNMENT}-hi"
    release = ROOT / "release" / edition
    notebook = json.loads((release / f"{edition}.ipynb").read_text())
    wrong = "engagement = reactions + comments"
    for cell in notebook["cells"]:
        if nbgrader(cell).get("grade_id") == "engagement":
            cell["source"] = wrong
    participant.api("PUT", f"/api/contents/{edition}", json={"type": "directory"})
    participant.put_notebook(f"{edition}/{edition}.ipynb", notebook)
    participant.api("PUT", f"/api/contents/{edition}/edition.json",
                    json={"type": "file", "format": "text", "content": (release / "edition.json").read_text()})
    with contextlib.chdir(release):  # the message the course gives in that folder, computed here
        expected = check_message(notebook, "engagement_check", engagement=409 - 57)
    assert re.search(r"[\u0900-\u097F]", expected) and "संकेत" in expected, expected

    panel = open_and_run_all(page, hub, f"{edition}/{edition}.ipynb", "अनुमानित समय")
    check = panel.locator(".jp-CodeCell", has_text="expect_number(engagement").first
    check.scroll_into_view_if_needed()
    first_line = expected.splitlines()[0]
    message = check.locator(".jp-OutputArea-output", has_text=first_line.strip("`")[:20]).first
    message.wait_for(timeout=180_000)
    # Read the text itself, not what is drawn: JupyterLab skips drawing a cell that scrolled off (its
    # contentVisibility windowing), and innerText of an undrawn node is "" (CI at f720228 read nothing here).
    check.scroll_into_view_if_needed()
    shown = "\n".join(check.locator(".jp-OutputArea-output").all_text_contents())
    for line in expected.splitlines():
        assert line.replace("`", "") in shown.replace("`", ""), f"{line!r} not in the output:\n{shown}"
    shot(page, "07-hindi-check")
    # Which fonts Chrome drew the heading and the message with: a Devanagari font, and no fallback box.
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    # The message's output: the one holding its Devanagari (a text is in the <pre>'s coloured spans, not the <pre>).
    page.evaluate("""text => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output')]
                     .find(o => o.textContent.includes(text)).setAttribute('data-font-probe', '1')""",
                  next(part for part in re.findall(r"[\u0900-\u097F][\u0900-\u097F ]+", expected) if len(part) > 4))
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    for selector in (".jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownCell h1", "[data-font-probe]"):
        names = []
        for node in cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": f"{selector}, {selector} *"})["nodeIds"]:
            names += [f["familyName"] for f in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]
        assert any("Devanagari" in n for n in names), (selector, names)
        assert not any("LastResort" in n or n == "" for n in names), (selector, names)


def live_view_flow(hub, browser) -> None:
    """The trainers' live classroom view (issue #19), in the browser: the participant above ran checks in
    JupyterLab; a second participant runs one now, before the cells it needs; the trainer's open page shows
    both, with their names from the roster, the second within five seconds. The participant gets 403."""
    roster = (f"username,name_en,name_hi,designation,district,office\n"
              f"{PARTICIPANT},Asha Kumari,आशा कुमारी,DPRO,Gaya,DPRO Gaya\n"
              f"{SECOND},Ravi Ranjan,रवि रंजन,APRO,Patna,DPRO Patna\n")
    # as deploy/README.md says: the trainer imports the department's file (course finds the course folder)
    hub.as_user(TRAINER, ["bash", "-c", "cat > cohort.csv && course roster import cohort.csv"], input=roster)
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    login(page, hub, TRAINER)
    page.wait_for_url(re.compile(rf"/user/{TRAINER}/"), timeout=180_000)
    page.goto(f"{hub.url}/services/live-view/")
    first = page.locator(f'tr[data-user="{PARTICIPANT}"]')
    try:
        first.wait_for(timeout=10_000)
    except Exception:
        shot(page, "live-view-failed")
        raise AssertionError(
            f"the live view page shows no row for {PARTICIPANT}: {page.inner_text('body')[:2000]}") from None
    assert "Asha Kumari" in first.inner_text()
    # the page opens on the assignment worked on last (the participant's last was the Hindi edition)
    page.locator(f'#assignment option[value="{ASSIGNMENT}"]').wait_for(state="attached")
    page.select_option("#assignment", ASSIGNMENT)
    page.locator(f'tr[data-user="{PARTICIPANT}"] td.passed').first.wait_for(timeout=5_000)
    assert first.locator("td.passed").count() >= 3, first.inner_text()

    second = hub.login(SECOND)
    second.start_server()
    check = next(c for c in json.loads((hub.course_dir / "release" / ASSIGNMENT / NOTEBOOK).read_text())["cells"]
                 if c["cell_type"] == "code" and 'passed("engagement")' in "".join(c["source"]))
    with second.kernel(f"{ASSIGNMENT}/{NOTEBOOK}") as kernel:
        kernel.execute("from course.checks import *")
        assert kernel.execute("".join(check["source"])).error, "the check passed without the cells above"
    row = page.locator(f'tr[data-user="{SECOND}"]')
    row.wait_for(timeout=5_000)  # the page polls every 2 s: within five seconds of the run
    failing = row.locator('td.failed[data-exercise="engagement"]')
    failing.wait_for(timeout=5_000)
    assert "cells above not run" in failing.get_attribute("title") and "NameError" in failing.get_attribute("title")
    assert "Ravi Ranjan" in row.inner_text()
    assert "engagement" in page.locator("#common").inner_text()
    shot(page, "10-live-view")
    context.close()

    context = browser.new_context(viewport={"width": 1000, "height": 600})
    context.set_default_timeout(60_000)
    page = context.new_page()
    login(page, hub, PARTICIPANT)
    page.wait_for_url(re.compile(rf"/user/{PARTICIPANT}/"), timeout=180_000)
    response = page.goto(f"{hub.url}/services/live-view/")
    assert response.status == 403 and "this page is for trainers" in page.content()
    context.close()


def trainer_flow(hub, browser) -> None:
    trainer = hub.trainer_api
    assert trainer.formgrader("POST", f"/assignment/{ASSIGNMENT}/collect").json()["success"]
    # `course grade`, typed into a JupyterLab terminal of the trainer's server (deploy/README.md).
    status, screen = trainer.terminal(f"cd ~/social-media-lab && course grade {ASSIGNMENT}", timeout=600)
    assert status == 0, screen[-3000:]
    submitted = trainer.formgrader("GET", f"/submitted_notebooks/{ASSIGNMENT}/{ASSIGNMENT}").json()
    (mine,) = [s for s in submitted if s["student"] == PARTICIPANT]
    assert mine["needs_manual_grade"], mine

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(60_000)
    page = context.new_page()
    login(page, hub, TRAINER)
    page.wait_for_url(re.compile(rf"/user/{TRAINER}/lab"), timeout=180_000)
    # Formgrader in its own tab, not inside JupyterLab (nbgrader #1870).
    page = context.new_page()
    page.goto(f"{hub.url}/user/{TRAINER}/formgrader")
    page.get_by_text(ASSIGNMENT).first.wait_for()
    shot(page, "07-formgrader")
    page.goto(f"{hub.url}/user/{TRAINER}/formgrader/submissions/{mine['id']}/")
    score = page.locator("input.score#reach_explained")  # the written answer's grade box
    score.wait_for()
    score.scroll_into_view_if_needed()
    shot(page, "08-manual-grading-before")
    score.fill("2")
    score.press("Tab")  # Formgrader saves on change
    page.wait_for_timeout(2000)
    shot(page, "09-manual-grade-entered")
    context.close()

    grades = trainer.formgrader("GET", "/grades", params={"submission_id": mine["id"]}).json()
    written = [g for g in grades if g["name"] == "reach_explained"]
    assert written and written[0]["manual_score"] == 2, written
    after = trainer.formgrader("GET", f"/submitted_notebooks/{ASSIGNMENT}/{ASSIGNMENT}").json()
    (mine_after,) = [s for s in after if s["student"] == PARTICIPANT]
    assert not mine_after["needs_manual_grade"], mine_after
    assert mine_after["score"] == pytest.approx(mine_after["max_score"]), mine_after

    # Feedback: Generate, then Release, from Formgrader's Manage Assignments page.
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(60_000)
    page = context.new_page()
    login(page, hub, TRAINER)
    page.wait_for_url(re.compile(rf"/user/{TRAINER}/lab"), timeout=180_000)
    page.goto(f"{hub.url}/user/{TRAINER}/formgrader")
    row = page.locator("tr", has_text=ASSIGNMENT).first
    row.wait_for()
    for column, done in (("generate-feedback", "Successfully generated feedback"),
                         ("release-feedback", "Successfully released feedback")):
        row.locator(f".{column} a").first.click()
        modal = page.locator(".modal-dialog", has_text=done)
        modal.wait_for(timeout=300_000)
        shot(page, f"10-{column}")
        modal.get_by_role("button", name="Close").first.click()
        modal.wait_for(state="hidden")
    context.close()


def participant_reads_feedback(hub, browser) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(60_000)
    page = context.new_page()
    login(page, hub, PARTICIPANT)
    page.wait_for_url(re.compile(rf"/user/{PARTICIPANT}/lab"), timeout=180_000)
    # JupyterLab restores the last layout (the notebook in front): bring the Assignment List forward.
    tab = page.locator(".lm-TabBar-tab", has_text="Assignments").first
    tab.wait_for(timeout=60_000)
    tab.click()
    page.locator("#refresh_assignments_list").first.click()
    submitted = page.locator("#submitted_assignments_list")
    submitted.get_by_role("button", name="Fetch Feedback").first.click()
    folder = Path(f"/home/{PARTICIPANT}/{ASSIGNMENT}/feedback")
    deadline = time.monotonic() + 120
    while not list(folder.glob(f"*/{ASSIGNMENT}.html")) and time.monotonic() < deadline:
        page.wait_for_timeout(1000)
    (html,) = folder.glob(f"*/{ASSIGNMENT}.html")
    shot(page, "11-feedback-fetched")
    page.goto(f"{hub.url}/user/{PARTICIPANT}/files/{html.relative_to(f'/home/{PARTICIPANT}')}")
    body = page.locator("body")
    body.wait_for()
    text = body.inner_text()
    shot(page, "12-feedback")
    assert re.search(r"Score:\s*\d", text), text[:2000]
    assert "BEGIN HIDDEN TESTS" not in text and "Traceback" not in text, text[:2000]
    context.close()
