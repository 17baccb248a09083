"""Start one user's single-user server: seed the layout, fetch released assignments, then exec.

The hub runs this as the user (after setuid), in place of `jupyterhub-singleuser`:

1. first login only: write a default JupyterLab workspace whose main area holds the Assignment List,
   so participants land on their assignments;
2. trainers: link ~/social-media-lab to the course folder (Formgrader needs it under the root);
   participants: fetch every released assignment not yet in their home folder (nbgrader's own fetch,
   in-process), so the course is there on first login without typing a command;
3. start `jupyterhub-singleuser` with the hub's arguments: in this process when step 2 fetched (it has
   imported much of what the server needs), by exec otherwise.

Failures in 1 and 2 are logged and never stop the server from starting.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

ASSIGNMENT_LIST = "nbgrader-assignment-list:nbgrader-assignment-list"


def log(message: str) -> None:
    print(f"[sml-start] {message}", file=sys.stderr, flush=True)


# jupyterlab_server's file name for the workspace "default" (slugify("default") + WORKSPACE_EXTENSION),
# written out so a start does not import the Jupyter stack twice; tests/test_deploy_k8s.py checks it.
WORKSPACE_FILE = "default-37a8.jupyterlab-workspace"


def seed_workspace(home: Path) -> None:
    folder = home / ".jupyter" / "lab" / "workspaces"
    target = folder / WORKSPACE_FILE
    if target.exists():
        return
    workspace = {
        "data": {
            "layout-restorer:data": {
                "main": {
                    "dock": {"type": "tab-area", "currentIndex": 0, "widgets": [ASSIGNMENT_LIST]},
                    "current": ASSIGNMENT_LIST,
                },
                "left": {"collapsed": False, "visible": True, "current": "filebrowser",
                         "widgets": ["filebrowser"]},
                "right": {"collapsed": True, "visible": True, "widgets": []},
            },
            ASSIGNMENT_LIST: {"data": {}},
        },
        "metadata": {"id": "default"},
    }
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(workspace, indent=1))
    log(f"seeded {target}")


def link_course(home: Path) -> None:
    """Trainers: ~/social-media-lab -> the shared course folder (Formgrader wants it under the root)."""
    course = os.environ.get("SML_COURSE_DIR")
    link = home / "social-media-lab"
    if course and not link.exists() and not link.is_symlink():
        link.symlink_to(course)
        log(f"linked {link} -> {course}")


def fetch_released(home: Path) -> list[str]:
    """Fetch every released assignment that is not in the home folder yet; returns the ids fetched."""
    # Most starts have nothing new: look at the outbound folder before importing nbgrader (seconds).
    outbound = Path(os.environ.get("SML_EXCHANGE", "/srv/nbgrader/exchange")) / "social-media-lab" / "outbound"
    try:
        released = os.listdir(outbound)
    except OSError:
        released = []
    if not [name for name in released if not (home / name).exists()]:
        return []
    from nbgrader.apps import NbGrader
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange import ExchangeFactory

    os.chdir(home)
    app = NbGrader()
    app.load_config_file()
    config = app.config
    authenticator = Authenticator(config=config)
    lister = ExchangeFactory(config=config).List(
        coursedir=CourseDirectory(config=config), authenticator=authenticator, config=config)
    fetched = []
    for assignment in lister.start():
        if assignment.get("status") != "released":
            continue
        coursedir = CourseDirectory(config=config)
        coursedir.assignment_id = assignment["assignment_id"]
        fetch = ExchangeFactory(config=config).FetchAssignment(
            coursedir=coursedir, authenticator=authenticator, config=config)
        fetch.start()
        fetched.append(assignment["assignment_id"])
    if fetched:
        log(f"fetched {', '.join(fetched)}")
    return fetched


def main() -> None:
    home = Path(os.environ.get("HOME", os.path.expanduser("~")))
    role = os.environ.get("SML_ROLE")
    steps = [seed_workspace]
    if role == "trainer":
        steps.append(link_course)
    if role == "participant" and os.environ.get("SML_AUTO_FETCH", "1") == "1":
        steps.append(fetch_released)
    for step in steps:
        try:
            step(home)
        except BaseException:  # noqa: B036 (a failed fetch must never keep the server down)
            log(f"{step.__name__} failed (server starts anyway):\n{traceback.format_exc()}")
    os.chdir(home)
    singleuser = str(Path(sys.executable).parent / "jupyterhub-singleuser")
    if "nbgrader" in sys.modules:
        # The fetch imported much of what the server imports too (nbgrader for its Assignment List, traitlets,
        # jupyter_core, nbconvert): start the server in this process instead of importing it all again after
        # an exec. A first login's spawn is about 1.7 s shorter (benchmarks/spawn.py).
        sys.argv = [singleuser, *sys.argv[1:]]
        from jupyterhub.singleuser import main as singleuser_main

        sys.exit(singleuser_main())
    os.execv(singleuser, [singleuser, *sys.argv[1:]])


if __name__ == "__main__":
    main()
