"""Build `release/` from `source/` with nbgrader, deterministically.

nbgrader's GenerateAssignment does the work (solutions and hidden tests stripped, cells locked and
checksummed). It runs in this process against a throw-away gradebook, so building never touches the
trainer's gradebook, and the output is copied into `release/` only where it changed.
"""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_SUFFIX = ".ipynb"


@dataclass(frozen=True)
class Assignment:
    name: str
    root: Path

    @property
    def source_dir(self) -> Path:
        return self.root / "source" / self.name

    @property
    def release_dir(self) -> Path:
        return self.root / "release" / self.name

    @property
    def notebooks(self) -> list[str]:
        return sorted(p.name for p in self.source_dir.glob(f"*{NOTEBOOK_SUFFIX}"))

    def source(self, notebook: str) -> Path:
        return self.source_dir / notebook

    def release(self, notebook: str) -> Path:
        return self.release_dir / notebook


EDITION_LANGUAGES = ("hi",)  # editions in other languages: `<english name>-<language>` (course/trainer/editions.py)


def english_of(name: str) -> tuple[str, str] | None:
    """('00-getting-started', 'hi') for the edition '00-getting-started-hi'; None for an English assignment."""
    for lang in EDITION_LANGUAGES:
        if name.endswith(f"-{lang}") and len(name) > len(lang) + 1:
            return name[: -len(lang) - 1], lang
    return None


def module_of(name: str) -> str:
    """The module an assignment belongs to: its English assignment's name (one result per participant)."""
    pair = english_of(name)
    return pair[0] if pair else name


def modules(root: Path = ROOT) -> list[Assignment]:
    """The English assignments: one per module, whatever editions it has."""
    return [a for a in discover(root) if english_of(a.name) is None]


def as_modules(assignments: list[Assignment]) -> list[Assignment]:
    """Each assignment's module (an edition stands for its English assignment), once, in order."""
    out: list[Assignment] = []
    for assignment in assignments:
        module = Assignment(module_of(assignment.name), assignment.root)
        if module not in out:
            out.append(module)
    return out


def editions_of(assignment: Assignment) -> list[Assignment]:
    """The editions of an English assignment in other languages that exist in its course's source/."""
    return [Assignment(f"{assignment.name}-{lang}", assignment.root) for lang in EDITION_LANGUAGES
            if any((assignment.root / "source" / f"{assignment.name}-{lang}").glob(f"*{NOTEBOOK_SUFFIX}"))]


def discover(root: Path = ROOT) -> list[Assignment]:
    """Every folder of `source/` that holds a notebook, in name order."""
    source = root / "source"
    if not source.is_dir():
        return []
    return [
        Assignment(path.name, root)
        for path in sorted(source.iterdir())
        if path.is_dir() and any(path.glob(f"*{NOTEBOOK_SUFFIX}"))
    ]


def select(names: list[str] | None, root: Path = ROOT) -> list[Assignment]:
    """The assignments named (all when none are), with a helpful error for a typo."""
    found = discover(root)
    if not names:
        return found
    by_name = {a.name: a for a in found}
    chosen = []
    for name in names:
        name = name.rstrip("/").split("/")[-1]
        if name not in by_name:
            import difflib

            close = difflib.get_close_matches(name, by_name, n=1)
            suggestion = f" Did you mean {close[0]!r}?" if close else ""
            raise SystemExit(f"No assignment {name!r} in source/.{suggestion} "
                             f"Assignments: {', '.join(by_name) or '(none)'}")
        chosen.append(by_name[name])
    return chosen


def nbgrader_config(course_root: Path = ROOT, **overrides):
    """The course's nbgrader config, with CourseDirectory overrides (e.g. db_url, release_directory)."""
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    _tools_on_path()
    config = PyFileConfigLoader("nbgrader_config.py", path=str(course_root)).load_config()
    extra = Config()
    for key, value in overrides.items():
        setattr(extra.CourseDirectory, key, value)
    config.merge(extra)
    return config


def _tools_on_path() -> None:
    """nbgrader runs `alembic` (and kernels run `python`) by name: find the ones beside this Python."""
    import os
    import sys

    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
    _cache_alembic_version()


def _cache_alembic_version() -> None:
    """nbgrader starts an `alembic heads` subprocess each time it creates a gradebook (seconds on a busy
    machine, and the course creates throw-away gradebooks often); ask alembic's Python API, once."""
    import functools

    import nbgrader.api

    if hasattr(nbgrader.api.get_alembic_version, "cache_info"):
        return

    @functools.lru_cache(maxsize=1)
    def alembic_head() -> str:
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        with nbgrader.api._temp_alembic_ini("sqlite:////tmp/gradebook.db") as alembic_ini:
            return ScriptDirectory.from_config(Config(alembic_ini)).get_current_head()

    nbgrader.api.get_alembic_version = alembic_head


def generate(assignment: Assignment, out_dir: Path, db_url: str) -> Path:
    """Run nbgrader's GenerateAssignment for one assignment into `out_dir`, registering it in the gradebook
    at `db_url`; returns the folder made."""
    from nbgrader.converters import GenerateAssignment
    from nbgrader.coursedir import CourseDirectory

    config = nbgrader_config(
        assignment.root,
        root=str(assignment.root),
        release_directory=str(out_dir),
        db_url=db_url,
    )
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = assignment.name
    app = GenerateAssignment(coursedir=coursedir, config=config)
    app.force = True
    app.create_assignment = True
    run_logged(app)
    return out_dir / assignment.name


class NbgraderFailed(RuntimeError):
    """nbgrader refused: the message carries nbgrader's own log, which says why."""


def run_logged(app) -> None:
    """Start an nbgrader app, turning its logged errors into an exception message."""
    import io
    import logging
    import warnings

    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setLevel(logging.WARNING)
    app.log.addHandler(handler)
    try:
        with warnings.catch_warnings():
            # nbgrader 0.9.6 on SQLAlchemy 2.x warns on every autograde; harmless, and it buries real errors.
            warnings.filterwarnings("ignore", message="Object of type <Submitted")
            app.start()
    except Exception as error:
        raise NbgraderFailed(f"{error}\n{buffer.getvalue().strip()}") from None
    finally:
        app.log.removeHandler(handler)


def build_into(assignments: list[Assignment], out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="course-build-") as scratch:
        db = Path(scratch) / "gradebook.db"
        for assignment in assignments:
            generate(assignment, out_dir, f"sqlite:///{db}")


def build(assignments: list[Assignment] | None = None, root: Path = ROOT) -> list[Path]:
    """Regenerate release/ for the assignments; returns the files that changed."""
    assignments = discover(root) if assignments is None else assignments
    changed: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="course-release-") as scratch:
        fresh_root = Path(scratch)
        build_into(assignments, fresh_root)
        for assignment in assignments:
            fresh = fresh_root / assignment.name
            target = assignment.release_dir
            changed += _sync_tree(fresh, target)
    return changed


def _sync_tree(fresh: Path, target: Path) -> list[Path]:
    changed = []
    target.mkdir(parents=True, exist_ok=True)
    fresh_files = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
    old_files = {p.relative_to(target) for p in target.rglob("*") if p.is_file()}
    for rel in sorted(fresh_files):
        src, dst = fresh / rel, target / rel
        if not dst.exists() or not filecmp.cmp(src, dst, shallow=False):
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
            changed.append(dst)
    for rel in sorted(old_files - fresh_files):
        (target / rel).unlink()
        changed.append(target / rel)
    return changed
