"""The toolkit (toolkit/, issue #18): ready notebooks an officer runs on their own exports.

Each notebook runs top to bottom on the example files in a temporary copy laid out as deploy/install.sh
lays it out on the hub (toolkit/ plus example-exports/), and writes its dated report. Trainers read the
toolkit during the course and every participant after it, so it must hold no line of any assignment's
solutions or hidden tests.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOLKIT = ROOT / "toolkit"
FIXTURES = ROOT / "tests" / "fixtures" / "exports"
NOTEBOOKS = sorted(TOOLKIT.glob("*.ipynb"))
# what each report must say (its labels), by notebook
REPORTS = {
    "01-weekly-report.ipynb": ("weekly-report_week-of-2026-10-26", ["total post reach", "a person counts once per post",
                                                                     "engagement rate by reach", "पहुँच",
                                                                     "a person counts once per day"]),
    "02-best-formats-and-times.ipynb": ("best-formats-and-times", ["too few to say", "enough posts?", "Posting time"]),
    "03-rumour-watch.ipynb": ("rumour-watch", ["Rumour watch", "[phone]", "[id]", "hide and escalate"]),
    "04-access-checklist.ipynb": ("access-checklist", ["transferred: remove the access today",
                                                       "only 1 serving official(s) with full control", "&#9744;"]),
}


def test_every_notebook_has_its_report_check():
    assert [nb.name for nb in NOTEBOOKS] == sorted(REPORTS)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs_and_valid(notebook):
    nb = nbformat.read(notebook, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, notebook.name


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_opens_with_put_your_files_here(notebook):
    nb = nbformat.read(notebook, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    first_code = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
    assert "Put your files here" in nb.cells[first_code - 1].source
    assert 'FOLDER = ""' in nb.cells[first_code].source  # empty: the example files, and the notebook says so


def _fingerprints() -> list[str]:
    """Lines (30+ characters) of the assignments' solutions and hidden tests that are not public, as
    tests/test_hub_e2e.py collects them for its probe of everything a participant can read."""
    hidden = re.compile(r"###\s*BEGIN HIDDEN TESTS(.*?)###\s*END HIDDEN TESTS", re.S)
    solution = re.compile(r"###\s*BEGIN SOLUTION(.*?)###\s*END SOLUTION", re.S)
    public = "".join(p.read_text() for p in (ROOT / "release").rglob("*.ipynb"))
    public += "".join(p.read_text() for p in (ROOT / "course").rglob("*.py"))
    lines = set()
    for path in (ROOT / "source").rglob("*.ipynb"):
        for cell in json.loads(path.read_text())["cells"]:
            text = "".join(cell["source"])
            for block in hidden.findall(text) + solution.findall(text):
                for line in block.splitlines():
                    line = line.strip()
                    if len(line) >= 30 and json.dumps(line)[1:-1] not in public and line not in public:
                        lines.add(line)
    return sorted(lines)


def test_no_solution_or_hidden_test_line_in_the_toolkit():
    fingerprints = _fingerprints()
    assert len(fingerprints) > 50
    for path in [p for p in TOOLKIT.rglob("*") if p.is_file()]:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".ipynb":
            text = "\n".join("".join(c["source"]) for c in json.loads(text)["cells"])
        found = [line for line in fingerprints if line in text]
        assert not found, f"{path.name} holds solution or hidden-test lines: {found[:3]}"


def test_ruff_passes_on_the_toolkit():
    subprocess.run([sys.executable, "-m", "ruff", "check", str(TOOLKIT)], check=True, cwd=ROOT)


def _hub_layout(target: Path) -> Path:
    """toolkit/ with example-exports/ beside the notebooks, as deploy/install.sh installs it."""
    copy = target / "toolkit"
    shutil.copytree(TOOLKIT, copy, ignore=shutil.ignore_patterns("reports", "__pycache__", ".ipynb_checkpoints"))
    shutil.copytree(FIXTURES, copy / "example-exports", ignore=shutil.ignore_patterns("bad", "*.py", "__pycache__"))
    return copy


def test_folder_defaults_to_the_examples_and_says_so(tmp_path, capsys, monkeypatch):
    copy = _hub_layout(tmp_path)
    monkeypatch.syspath_prepend(str(copy))
    sys.modules.pop("kit", None)
    import kit

    assert kit.folder("") == copy / "example-exports"
    assert "EXAMPLE files" in capsys.readouterr().out
    assert kit.folder("", example="comments") == copy / "example-exports" / "comments"
    with pytest.raises(FileNotFoundError, match="No folder called"):
        kit.folder("my-exports")
    monkeypatch.chdir(tmp_path)
    out = kit.save_report("A title", [("Numbers", kit.text("a < b"))], "demo", ["a note"], day=date(2026, 12, 2))
    page = out.read_text(encoding="utf-8")
    assert out.name == "demo_made-2026-12-02.html"
    assert "A title" in page and "a &lt; b" in page and "Made on 02 December 2026" in page and "a note" in page
    sys.modules.pop("kit", None)


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_top_to_bottom_on_the_examples_and_writes_its_report(notebook, tmp_path, monkeypatch):
    from nbclient import NotebookClient

    copy = _hub_layout(tmp_path)
    titles = tmp_path / "titles.jsonl"
    monkeypatch.setenv("COURSE_AUDIT_TITLES", str(titles))  # course.plots records every chart's title
    nb = nbformat.read(copy / notebook.name, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(copy)}}).execute()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", (notebook.name, output.get("evalue"))
            assert not (output.output_type == "stream" and output.name == "stderr"), (notebook.name, output.text)
            assert "Warning" not in output.get("text", ""), (notebook.name, output.get("text"))
    charts = [json.loads(line) for line in titles.read_text().splitlines()] if titles.exists() else []
    assert all(c["title"].strip() for c in charts), charts
    name, says = REPORTS[notebook.name]
    report = copy / "reports" / f"{name}_made-{date.today():%Y-%m-%d}.html"
    assert report.exists(), sorted(p.name for p in (copy / "reports").glob("*"))
    page = report.read_text(encoding="utf-8")
    missing = [s for s in says if s not in page]
    assert not missing, (notebook.name, missing)
    assert "<img" in page or notebook.name.startswith("04")


@pytest.mark.skipif(os.geteuid() != 0, reason="install.sh's toolkit step sets root ownership")
def test_install_sh_puts_the_toolkit_where_trainers_read_it_and_opens_it_after_the_course(tmp_path):
    script = (ROOT / "deploy" / "install.sh").read_text()
    start = script.index("# The toolkit: toolkit/ with its example files")
    end = script.index('rm -rf "$TOOLKIT.old" "$toolkit_stage"') + len('rm -rf "$TOOLKIT.old" "$toolkit_stage"')
    target = tmp_path / "opt" / "toolkit"
    env = {"PATH": os.environ["PATH"], "REPO": str(ROOT), "TOOLKIT": str(target), "staging": str(tmp_path / "none"),
           "TRAINERS": "root"}
    # During the course its notebooks do what graded exercises ask: trainers only.
    for _ in range(2):  # idempotent: a second run replaces the first
        subprocess.run(["bash", "-euo", "pipefail", "-c", script[start:end]], check=True, env=env, timeout=60)
    assert sorted(p.name for p in target.glob("*.ipynb")) == [nb.name for nb in NOTEBOOKS]
    assert (target / "export-formats.md").exists() and (target / "example-exports" / "Views.csv").exists()
    assert not (target / "example-exports" / "bad").exists()
    assert not list((target / "example-exports").glob("*.py"))
    assert oct(target.stat().st_mode & 0o777) == "0o750" and oct((target / "kit.py").stat().st_mode & 0o777) == "0o640"
    # After the course: SML_TOOLKIT_OPEN=1 makes it everyone's.
    subprocess.run(["bash", "-euo", "pipefail", "-c", script[start:end]], check=True,
                   env={**env, "SML_TOOLKIT_OPEN": "1"}, timeout=60)
    assert oct(target.stat().st_mode & 0o777) == "0o755" and oct((target / "kit.py").stat().st_mode & 0o777) == "0o644"
    assert sorted(p.name for p in target.parent.iterdir()) == ["toolkit"]  # no staging left behind
