"""Social Media Lab: the helper package behind the course notebooks and the trainer tools.

In a notebook:

    import course
    course.setup()
"""

from __future__ import annotations

__version__ = "0.1.0"


def setup() -> None:
    """Prepare a notebook: the house chart style (with Hindi fonts) and friendly error messages."""
    from course import messages, plots

    plots.use_house_style()
    messages.install()
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.run_line_magic("matplotlib", "inline")
