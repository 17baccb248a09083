"""One house style for every chart, with Devanagari (Hindi) text shaped correctly.

matplotlib 3.11 shapes Devanagari itself (libraqm); it only needs a font with the glyphs. The course
ships Noto Sans Devanagari (SIL Open Font License, see fonts/NOTO-LICENSE.txt) so a chart never shows
boxes, whatever fonts the hub image has.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import matplotlib
from matplotlib import font_manager

FONT_DIR = Path(__file__).parent / "fonts"
HINDI_FONT = "Noto Sans Devanagari"
# Latin first keeps English text in the familiar face; Devanagari characters fall back to Noto.
FONT_FAMILY = ["DejaVu Sans", HINDI_FONT]

HIGHLIGHT = "#d9480f"  # the one colour that carries the message
MUTED = "#adb5bd"  # everything else
PALETTE = ["#1c7ed6", "#d9480f", "#2b8a3e", "#f59f00", "#7048e8", "#868e96"]

_registered = False


def register_fonts() -> None:
    """Make the shipped Devanagari font known to matplotlib (idempotent)."""
    global _registered
    if _registered:
        return
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font_manager.fontManager.addfont(str(path))
    _registered = True


def use_house_style() -> None:
    """Readable defaults: big text, no chart junk, a fallback font for Hindi."""
    register_fonts()
    matplotlib.rcParams.update(
        {
            # A list of concrete families turns on per-glyph fallback; the "sans-serif" alias does not.
            "font.family": FONT_FAMILY,
            "font.size": 11,
            "axes.titlesize": 13,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "axes.grid.axis": "y",
            "grid.alpha": 0.3,
            "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
            "figure.figsize": (7.5, 4.2),
            "figure.dpi": 100,
            "savefig.bbox": "tight",
        }
    )
    _audit_titles_if_asked()


def figure_title(fig) -> str:
    """The visible title of a figure: its suptitle or the first Axes title found."""
    if fig._suptitle is not None and fig._suptitle.get_text().strip():
        return fig._suptitle.get_text()
    for ax in fig.get_axes():
        for loc in ("center", "left", "right"):
            if ax.get_title(loc).strip():
                return ax.get_title(loc)
    return ""


def _audit_titles_if_asked() -> None:
    """Quality gate hook: with COURSE_AUDIT_TITLES=path, record every rendered figure lacking a title."""
    log = os.environ.get("COURSE_AUDIT_TITLES")
    if not log:
        return
    from matplotlib.backend_bases import FigureCanvasBase

    if getattr(FigureCanvasBase.print_figure, "_course_audit", False):
        return
    original = FigureCanvasBase.print_figure

    def print_figure(self, *args, **kwargs):
        with open(log, "a", encoding="utf-8") as out:
            out.write(json.dumps({"title": figure_title(self.figure)}) + "\n")
        return original(self, *args, **kwargs)

    print_figure._course_audit = True
    FigureCanvasBase.print_figure = print_figure
