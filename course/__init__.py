"""Social Media Lab: the helper package behind the course notebooks and the trainer tools.

In a notebook:

    import course
    course.setup()
"""

from __future__ import annotations

__version__ = "0.1.0"


def setup() -> None:
    """Prepare a notebook: the house chart style (with Hindi fonts), friendly error messages and, in an edition in
    another language, its words in charts and printed labels."""
    from course import i18n, messages, plots

    plots.use_house_style()
    messages.install()
    i18n.install()  # in an edition in another language: its chart labels and printed labels
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.run_line_magic("matplotlib", "inline")
