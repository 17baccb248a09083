"""Small helpers the toolkit notebooks share: where the files are, and the dated HTML report.

The notebooks keep their analysis in their own cells, where an officer can read it; this file only
finds the folder of exports and writes the report page (the template is `report.html.j2`, next to it).
"""

from __future__ import annotations

import base64
import html
import io
from datetime import date
from pathlib import Path

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).resolve().parent
# The example files: copied next to the notebooks on the hub (deploy/install.sh), in the repository
# they are the test fixtures.
EXAMPLES = [HERE / "example-exports", HERE.parent / "tests" / "fixtures" / "exports"]


def folder(name: str = "", example: str = "") -> Path:
    """The folder to read: `name` when given, else the example files (`example` is a subfolder of them)."""
    if str(name).strip():
        path = Path(str(name).strip()).expanduser()
        if not path.is_dir():
            raise FileNotFoundError(f"No folder called {path} (looked in {Path.cwd()}). Check the name in FOLDER: "
                                    "upload your files into a folder first, then write that folder's name.")
        print(f"Reading your files in {path}")
        return path
    for base in EXAMPLES:
        path = base / example if example else base
        if path.is_dir():
            print(f"FOLDER is empty, so this runs on the EXAMPLE files in {path} (invented numbers).\n"
                  "To use your own files, write your folder's name in FOLDER and run all cells again.\n")
            return path
    raise FileNotFoundError("FOLDER is empty and the example files are not here: write your folder's name in FOLDER.")


def figure(fig) -> str:
    """A matplotlib figure as an <img> for the report (the page is one file: easy to mail)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="{html.escape(_title(fig))}" src="data:image/png;base64,{data}">'


def _title(fig) -> str:
    for ax in fig.get_axes():
        for loc in ("left", "center", "right"):
            if ax.get_title(loc):
                return ax.get_title(loc)
    return "chart"


def table(frame: pd.DataFrame, index: bool = False) -> str:
    """A table for the report: numbers right-aligned with thousands separators, missing values as "–"."""
    frame = frame.reset_index() if index else frame
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
               for c in frame.columns]

    def cell(value, is_number):
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return '<td class="num">–</td>' if is_number else "<td>–</td>"
        if is_number:
            shown = f"{value:,.2f}" if float(value) != int(value) else f"{int(value):,}"
            return f'<td class="num">{shown}</td>'
        return f"<td>{html.escape(str(value))}</td>"

    head = "".join(f'<th class="{"num" if n else ""}">{html.escape(str(c))}</th>'
                   for c, n in zip(frame.columns, numeric, strict=True))
    rows = "".join("<tr>" + "".join(cell(v, n) for v, n in zip(row, numeric, strict=True)) + "</tr>"
                   for row in frame.itertuples(index=False))
    return f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def text(value: str) -> str:
    """Plain text (with line breaks) for the report."""
    return "<p>" + html.escape(value).replace("\n", "<br>") + "</p>"


def checklist(items: list[str]) -> str:
    """Lines with an empty box to tick on paper."""
    return "<ul class=\"check\">" + "".join(f"<li>&#9744; {html.escape(i)}</li>" for i in items) + "</ul>"


def save_report(title: str, sections: list[tuple[str, str]], name: str, notes: list[str] = (),
                day: date | None = None) -> Path:
    """Write reports/<name>_made-<date>.html next to the notebook and say where it is.

    `sections` are (heading, html) pairs made with `figure`, `table` and `text`; `notes` are shown
    under the title (where the numbers come from, what they do not say).
    """
    day = day or date.today()
    env = Environment(loader=FileSystemLoader(HERE), autoescape=select_autoescape(["j2"]))
    page = env.get_template("report.html.j2").render(title=title, made=day.strftime("%d %B %Y"), notes=list(notes),
                                                     sections=sections)
    out = Path("reports") / f"{name}_made-{day:%Y-%m-%d}.html"
    try:
        out.parent.mkdir(exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except PermissionError:
        raise PermissionError("This copy of the toolkit is read-only. Copy the toolkit folder into your home "
                              "first (see the toolkit's README), open the notebook from there and run it again.") from None
    print(f"Report written: {out.resolve()}\nOpen it in the browser (double-click it in the file browser, then "
          "'Open in New Browser Tab'), or download it and send it by email.")
    return out
