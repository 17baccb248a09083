"""`course report`: one HTML page a trainer opens in a browser, about the whole cohort.

Score distribution per assignment, difficulty per exercise (mean score, share with full marks, the most
common failure message and how many participants got it), completion over the cohort, participants at
risk, and the submissions that needed repair with the reason.

Two different shares, each labelled where it is shown: the score distribution is over all points
(hand-graded answers count once a trainer has graded them), while "at risk" and the completion chart's
"passed" bar use the autograded points only (after any late penalty), so they do not change while hand
grading is pending. At risk: below that share of the autograded points of the assignments submitted, or the
most recent assignment graded not submitted; an older one missed alone is listed apart ("not submitted", in
cohort.json and the participants table), not at risk (at 1,000 participants x 22 assignments, "any one missed"
listed 973). Charts are matplotlib PNGs embedded in the page (one file to mail around); the page
itself is the Jinja2 template `templates/report.html.j2`.

Participants appear by name (English and Hindi, designation and district) when the roster was imported
(`course roster import`, course.trainer.roster), else by the name the gradebook has, else by username. With a
roster, the cohort is the roster: someone on it who submitted nothing is counted, and listed at risk.
"""

from __future__ import annotations

import base64
import inspect
import io
import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import nbformat

from course.trainer import roster
from course.trainer.build import ROOT, Assignment
from course.trainer.grading import RECORD, _gid, _is_test, exercises_of, friendly_error, records, scores
from course.trainer.grading.autograde import failing_checks
from course.trainer.grading.gradebook import NAME_COLUMNS

AT_RISK_SHARE = 0.5  # below half the autograded points (after late penalty) over the submitted assignments


def autograded_points(assignment: Assignment) -> dict[str, float]:
    """The autograded exercises of an assignment: answer grade id -> the points of its test cells."""
    out: dict[str, float] = {}
    for notebook in assignment.notebooks:
        release = nbformat.read(str(assignment.release(notebook)), as_version=4)
        points = {_gid(c): float(c.metadata["nbgrader"].get("points", 0)) for c in release.cells if _is_test(c)}
        for answer, tests in exercises_of(release).items():
            out[answer] = out.get(answer, 0.0) + sum(points.get(t, 0.0) for t in tests)
    return out


def autograded_score(assignment: Assignment, row: dict, points: dict[str, float] | None = None
                     ) -> tuple[float, float] | None:
    """(autograded points scored minus the late penalty, autograded points available) of one participant's
    row from `grading.scores`; None when the assignment was not submitted. Hand-graded answers are left out."""
    if f"{assignment.name}/max" not in row:
        return None
    points = autograded_points(assignment) if points is None else points
    got = sum(float(row.get(f"{assignment.name}/{answer}") or 0) for answer in points)
    got = max(got - float(row.get(f"{assignment.name}/late_penalty") or 0), 0.0)
    return got, sum(points.values())


def _message(ename: str, evalue: str) -> str:
    """A failing check's message as the report shows it."""
    # A check's own message says what was wrong; a NameError only that the answer was never written (the
    # answer cell failed first).
    if ename in ("NameError", "NotImplementedError"):
        return "not attempted (the answer's name does not exist)"
    # (without the ❌ the participant sees: every message here is a failure)
    return friendly_error({"ename": ename, "evalue": evalue}).split("\nHint:")[0].removeprefix("❌ ")


def _failures_in_notebook(path: Path) -> dict[str, list[str]] | None:
    """{test grade id: [ename, evalue]} read from an autograded notebook (a submission graded before grading.json
    kept them); None when it cannot be read."""
    try:
        # nbgrader wrote it (v4): read without nbformat's schema validation, which cost most of a
        # 1,000-participant report's time (benchmarks/gradebook.py)
        data = json.loads(path.read_text(encoding="utf-8"))
        return failing_checks(data) if isinstance(data, dict) and isinstance(data.get("cells"), list) else None
    except Exception:  # noqa: BLE001 - an unreadable autograded file has no messages
        return None


def exercise_stats(assignment: Assignment, rows: list[dict], course_root: Path,
                   graded_records: dict[str, dict] | None = None) -> list[dict]:
    """Per exercise: mean share of points, share with full marks, the most common failure message and
    `message_count`, the number of participants who got it (each counted once, however many of the
    exercise's test cells failed with it).

    The failing checks come from each submission's grading record (`grading.json`, `failures`: `course grade`
    keeps them there); a submission graded before that was kept falls back to its autograded notebook."""
    if graded_records is None:
        graded_records = records(course_root, assignment.name)
    stats = []
    for notebook in assignment.notebooks:
        release = nbformat.read(str(assignment.release(notebook)), as_version=4)
        stem = Path(notebook).stem
        points = {_gid(c): float(c.metadata["nbgrader"].get("points", 0)) for c in release.cells if _is_test(c)}
        messages: dict[str, Counter] = {}
        graded = course_root / "autograded"
        owner = {t: a for a, tests in exercises_of(release).items() for t in tests}
        tops = {a: sum(points.get(t, 0) for t in tests) for a, tests in exercises_of(release).items()}
        for row in rows:
            if all(float(row.get(f"{assignment.name}/{a}") or 0) >= top for a, top in tops.items()):
                continue  # full marks on every exercise of this notebook: no failure message to read
            kept = (graded_records.get(row["participant"]) or {}).get("failures")
            if isinstance(kept, dict) and isinstance(kept.get(stem), dict):
                failing = kept[stem]
            else:
                path = graded / row["participant"] / assignment.name / notebook
                failing = _failures_in_notebook(path) if path.exists() else None
                if failing is None:
                    continue
            seen: dict[str, set[str]] = {}  # this participant's messages per exercise
            for gid, (ename, evalue) in failing.items():
                if gid in owner:
                    seen.setdefault(owner[gid], set()).add(_message(ename, evalue))
            for answer, texts in seen.items():
                messages.setdefault(answer, Counter()).update(texts)
        for answer, tests in exercises_of(release).items():
            top = sum(points.get(t, 0) for t in tests)
            got = [row[f"{assignment.name}/{answer}"] for row in rows if f"{assignment.name}/{answer}" in row]
            if not got or not top:
                continue
            counted = messages.get(answer, Counter())
            real = Counter({m: n for m, n in counted.items() if not m.startswith("not attempted")})
            common = (real or counted).most_common(1)
            stats.append({
                "exercise": answer,
                "mean": sum(got) / len(got) / top,
                "full": sum(1 for g in got if g >= top) / len(got),
                "message": common[0][0] if common else "",
                "message_count": common[0][1] if common else 0,
                "graded": len(got),
            })
    return stats


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


# Charts drawn before, by what they show: drawing is most of a state-wide report's time (45 charts for 22
# assignments), and `course grade` after one assignment's grading or a few hand grades changes two or three.
# build_report sets the folder (reports/.charts/ beside the page) and keeps only the charts it used.
_CHART_CACHE: dict = {"folder": None, "used": set()}


def _chart(what: tuple, draw) -> str:
    """The chart showing `what` (everything it is drawn from): from the cache, else `draw()`'s figure."""
    import hashlib

    import matplotlib

    folder = _CHART_CACHE["folder"]
    if folder is None:
        return _png(draw())
    key = hashlib.sha256(repr((what, _CHART_CODE, matplotlib.__version__)).encode()).hexdigest()[:40]
    path = Path(folder) / f"{key}.png"
    _CHART_CACHE["used"].add(path.name)
    try:
        return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode()
    except OSError:
        pass
    url = _png(draw())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(url.split(",", 1)[1]))
    except OSError:
        pass  # (a read-only reports folder: drawn each time)
    return url


def _distribution_chart(assignment: Assignment, rows: list[dict]) -> str | None:

    shares = [row[f"{assignment.name}/total"] / row[f"{assignment.name}/max"] * 100
              for row in rows if row.get(f"{assignment.name}/max")]
    if not shares:
        return None
    return _chart(("distribution", assignment.name, shares), lambda: _draw_distribution(assignment.name, shares))


def _draw_distribution(name: str, shares: list[float]):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3))
    ax.hist(shares, bins=[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100.001], color="#3b6ea5", edgecolor="white")
    ax.set_title(f"{name}: score distribution ({len(shares)} participants)")
    ax.set_xlabel("score (% of all points, hand-graded answers counted when graded)")
    ax.set_ylabel("participants")
    # (no at-risk line here: "at risk" is measured on the autograded points only)
    return fig


def _difficulty_chart(assignment: Assignment, stats: list[dict]) -> str | None:

    if not stats:
        return None
    bars = [(s["exercise"], s["mean"], s["full"]) for s in stats]
    return _chart(("difficulty", assignment.name, bars), lambda: _draw_difficulty(assignment.name, bars))


def _draw_difficulty(name: str, bars: list[tuple[str, float, float]]):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 0.45 * len(bars) + 1.2))
    names = [b[0] for b in bars][::-1]
    ax.barh(names, [b[1] * 100 for b in bars][::-1], color="#e0a526", label="mean score")
    ax.barh(names, [b[2] * 100 for b in bars][::-1], color="#3b6ea5", height=0.35, label="full marks")
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of participants / of points")
    ax.set_title(f"{name}: difficulty per exercise")
    ax.legend(loc="lower right", fontsize=8)
    return fig


def _completion_chart(assignments: list[Assignment], rows: list[dict], everyone: list[str]) -> str | None:

    if not assignments or not everyone:
        return None
    by_name = {r["participant"]: r for r in rows}
    submitted, attempted, passed = [], [], []
    for assignment in assignments:
        points = autograded_points(assignment)
        have = [by_name[p] for p in everyone if f"{assignment.name}/max" in by_name.get(p, {})]
        submitted.append(len(have))
        keys = [k for k in (have[0] if have else {}) if k.startswith(assignment.name + "/") and k.split("/")[1]
                not in ("total", "max", "late_penalty", "needs_hand_grading")]
        attempted.append(sum(1 for r in have if any(isinstance(r[k], float | int) and r[k] > 0 for k in keys)))
        shares = [autograded_score(assignment, r, points) for r in have]
        passed.append(sum(1 for got, top in shares if top and got / top >= AT_RISK_SHARE))
    names = [a.name for a in assignments]
    what = (names, submitted, attempted, passed, len(everyone), AT_RISK_SHARE)
    return _chart(("completion", what), lambda: _draw_completion(*what))


def _draw_completion(names: list[str], submitted: list[int], attempted: list[int], passed: list[int], cohort: int,
                     share: float):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3))
    x = range(len(names))
    ax.bar([i - 0.27 for i in x], submitted, width=0.27, label="submitted", color="#95a5a6")
    ax.bar(list(x), attempted, width=0.27, label="scored any points", color="#e0a526")
    ax.bar([i + 0.27 for i in x], passed, width=0.27, label=f"≥ {share:.0%} of autograded points", color="#3b6ea5")
    ax.set_xticks(list(x), [name.split("-")[0] for name in names])
    ax.set_ylim(0, cohort * 1.15)
    ax.axhline(cohort, color="black", linewidth=0.8, linestyle=":")
    ax.set_title(f"Completion over the cohort ({cohort} participants)")
    ax.set_xlabel("assignment")
    ax.set_ylabel("participants")
    ax.legend(fontsize=8, loc="upper right", ncols=3)
    return fig


def build_report(assignments: list[Assignment], course_root: Path = ROOT, db_url: str | None = None,
                 out: Path | None = None, rows: list[dict] | None = None) -> Path:
    """Write the report; returns its path (default: <course>/reports/cohort.html). `rows`: what
    `grading.scores(assignments, ...)` gave, when the caller has it already (`course grade` wrote grades.csv
    from it)."""
    import matplotlib

    matplotlib.use("Agg")
    rows = scores(assignments, course_root, db_url) if rows is None else rows
    out = out or course_root / "reports" / "cohort.html"
    charts = out.parent / CHARTS
    _CHART_CACHE.update(folder=charts, used=set())
    try:
        page, everyone, at_risk, not_submitted, people = _page(assignments, course_root, rows)
    finally:
        used = _CHART_CACHE["used"]
        _CHART_CACHE.update(folder=None, used=set())
    for old in charts.glob("*.png") if charts.is_dir() else []:
        if old.name not in used:  # a chart no longer shown
            old.unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    names = {name: people[name].name_en for name in everyone if name in people}
    (out.with_suffix(".json")).write_text(json.dumps({"participants": everyone, "at_risk": at_risk,
                                                      "not_submitted": not_submitted, "names": names},
                                                     indent=1, ensure_ascii=False),
                                          encoding="utf-8")
    return out


CHARTS = ".charts"  # beside the page: the charts drawn before (see _chart)


def _page(assignments: list[Assignment], course_root: Path, rows: list[dict]):
    """The page's HTML, and the cohort, at-risk and not-submitted lists and people for cohort.json."""
    listed = roster.load(course_root, strict=False)
    people = _people(rows, listed)
    everyone = sorted({r["participant"] for r in rows} | set(listed))
    graded = [a for a in assignments if any(f"{a.name}/max" in r for r in rows)]
    completion = _completion_chart(graded, rows, everyone)
    at_risk_unsorted, not_submitted = _classify(graded, rows, everyone)
    at_risk = _sort_risk(at_risk_unsorted)
    sections = []
    for assignment in graded:
        graded_records = records(course_root, assignment.name)
        stats = exercise_stats(assignment, rows, course_root, graded_records)
        charts = [_distribution_chart(assignment, rows), _difficulty_chart(assignment, stats)]
        sections.append({"name": assignment.name, "charts": [c for c in charts if c],
                         "stats": sorted(stats, key=lambda s: s["mean"]),
                         "attention": _needing_attention(course_root, assignment.name, graded_records)})
    cohort = _cohort_table(graded, rows, everyone, people)
    page = _template().render(participants=len(everyone), assignments=len(graded),
                              made=f"{datetime.now(UTC):%Y-%m-%d %H:%M}", at_risk=at_risk,
                              at_risk_share=AT_RISK_SHARE, completion=completion, sections=sections,
                              people=people, cohort=cohort, graded=[a.name for a in graded],
                              at_risk_by_district=by_district(at_risk, lambda item: item[0], people),
                              not_submitted=not_submitted,
                              cohort_by_district=by_district(cohort, lambda line: line["username"], people))
    return page, everyone, at_risk, not_submitted, people


# How the charts are drawn, part of each cached chart's key: a change to the drawing draws them all again.
# (their source text: the code objects' repr holds memory addresses, which differ from one process to the next)
_CHART_CODE = "".join(inspect.getsource(f) for f in (_png, _draw_distribution, _draw_difficulty, _draw_completion))

NO_DISTRICT = "(no district in the roster)"


def by_district(items: list, username_of, people: dict[str, roster.Person]) -> list[dict]:
    """`items` grouped by their participant's district (the roster's), districts in alphabetical order and those
    without one last, each group keeping the items' order: [{"district", "items"}]. A state-wide cohort
    (benchmarks/gradebook.py: 1,000 participants) makes one list of hundreds of names; a district's trainer
    looks for their own district. One group only (no roster, or one district) means: show the plain list."""
    groups: dict[str, list] = {}
    for item in items:
        person = people.get(username_of(item))
        groups.setdefault(getattr(person, "district", "") or NO_DISTRICT, []).append(item)
    order = sorted(groups, key=lambda name: (name == NO_DISTRICT, name))
    return [{"district": name, "items": groups[name]} for name in order]


def _people(rows: list[dict], listed: dict[str, roster.Person]) -> dict[str, roster.Person]:
    """Who is who: the roster, and the names `scores` gave the rows (the roster's, else the gradebook's)."""
    people = dict(listed)
    for row in rows:
        if row["participant"] not in people and row.get("name_en"):
            people[row["participant"]] = roster.Person(username=row["participant"],
                                                       **{c: row.get(c) or "" for c in NAME_COLUMNS})
    return people


def _cohort_table(assignments: list[Assignment], rows: list[dict], everyone: list[str], people: dict
                  ) -> list[dict]:
    """One line per participant, by name (those without one last): each assignment's share of all its points
    (after late penalty; None when not submitted) and the share of the points of every assignment graded
    (one not submitted counts 0)."""
    by_name = {r["participant"]: r for r in rows}
    most = {a.name: max((r[f"{a.name}/max"] for r in rows if f"{a.name}/max" in r), default=0.0)
            for a in assignments}
    out = []
    for username in everyone:
        row = by_name.get(username, {})
        shares = [row[f"{a.name}/total"] / row[f"{a.name}/max"] if row.get(f"{a.name}/max") else None
                  for a in assignments]
        got = sum(row.get(f"{a.name}/total", 0.0) for a in assignments)
        hindi = [row.get(f"{a.name}/edition") == "hi" for a in assignments]  # the edition used, where it has one
        out.append({"username": username, "shares": shares, "hindi": hindi,
                    "total": got / sum(most.values()) if row and sum(most.values()) else None,
                    "pending": any(row.get(f"{a.name}/needs_hand_grading") for a in assignments)})
    person = people.get
    return sorted(out, key=lambda line: (person(line["username"]) is None,
                                         getattr(person(line["username"]), "name_en", line["username"])))


def _needing_attention(course_root: Path, assignment: str, graded_records: dict[str, dict] | None = None
                       ) -> list[tuple[str, list[str]]]:
    """(participant, what was found and done) for each submission that needed repair or could not be graded."""
    out = []
    if graded_records is None:
        graded_records = records(course_root, assignment)
    for name, rec in graded_records.items():
        found = list(rec.get("findings", [])) + ([f"grading error: {rec['error']}"] if rec.get("error") else [])
        if found:
            out.append((name, found))
    return out


def _template():
    """The page, `templates/report.html.j2` in this package (Jinja2, which nbconvert already brings)."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader(__package__, "templates"), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["percent"] = lambda share: f"{share:.0%}"
    return env.get_template("report.html.j2")


def _at_risk(assignments: list[Assignment], rows: list[dict], everyone: list[str]) -> list[tuple[str, float, str]]:
    """Participants at risk: below AT_RISK_SHARE of the autograded points (after late penalty) of the assignments
    they submitted, or the most recent assignment graded not submitted (nothing submitted at all included):
    (name, share, why), lowest share first. An older assignment missed alone does not put a participant at risk
    (`_not_submitted` lists them): at 1,000 participants and 22 assignments, counting any one missed listed 973."""
    return _sort_risk(_classify(assignments, rows, everyone)[0])


def _not_submitted(assignments: list[Assignment], rows: list[dict], everyone: list[str]) -> list[tuple[str, list[str]]]:
    """Participants not at risk who did not submit an older assignment: (name, the assignments missed)."""
    return _classify(assignments, rows, everyone)[1]


def _sort_risk(items: list[tuple[str, float, str]]) -> list[tuple[str, float, str]]:
    return sorted(items, key=lambda item: item[1])


def _classify(assignments: list[Assignment], rows: list[dict], everyone: list[str]
              ) -> tuple[list[tuple[str, float, str]], list[tuple[str, list[str]]]]:
    by_name = {r["participant"]: r for r in rows}
    points = {a.name: autograded_points(a) for a in assignments}
    latest = assignments[-1].name if assignments else None  # (course order: the most recently released)
    at_risk, missed_older = [], []
    for name in everyone:
        row = by_name.get(name, {})
        missing = [a.name for a in assignments if f"{a.name}/max" not in row]
        each = {a.name: autograded_score(a, row, points[a.name]) for a in assignments}
        got = sum(score[0] for score in each.values() if score)
        top = sum(score[1] for score in each.values() if score)
        share = got / top if top else 0.0
        why = []
        if missing and len(missing) == len(assignments) and len(assignments) > 1:
            why.append("nothing submitted")
        elif latest in missing:
            why.append("not submitted: " + ", ".join(missing))
        if share < AT_RISK_SHARE and top:
            weak = [a for a, score in each.items() if score and score[1] and score[0] / score[1] < AT_RISK_SHARE]
            why.append("low score in " + ", ".join(weak) if weak else "low score")
        if why:
            if missing and latest not in missing and len(missing) < len(assignments):
                why.append("not submitted: " + ", ".join(missing))
            at_risk.append((name, share, "; ".join(why)))
        elif missing:
            missed_older.append((name, missing))
    return at_risk, missed_older


__all__ = ["build_report", "by_district", "exercise_stats", "autograded_points", "autograded_score", "RECORD"]
