"""Interactive explorers that never wait on a frontend, and stay inert while nbgrader grades.

    explore(show_account, account=["IPRD Bihar", "DPRO Patna"], month=(1, 12))

shows the controls (a dropdown for a list, a slider for a (min, max, step) tuple, a text box for
text, as `ipywidgets.interact` does) with the function's output under them, and runs the function
again whenever a control changes.

Why not `ipywidgets.interact` itself: it runs the function inside an Output widget (`with out:`),
which leaves it to the frontend to move the function's output into the widget. A headless runner
(nbclient, under `course check` and the tests) plays that frontend: for every output it sends a
`comm_msg` back to the kernel on the shell socket, while it is itself waiting on that socket for the
cell's `execute_reply`. Now and then that wait misses the reply, which sits unread until the cell's
timeout runs out; then the run goes on as if nothing happened (jupyter/nbclient#312). Measured on
2 Dec 2026: 5 of 180 `interact` cells stalled for the whole 20 s timeout, 0 of 180 `explore` cells;
06's explorer cell once waited 200 s for a reply the kernel had sent at once (timeout 200 s), and the
gate's 120 s timeout explains the 124 s source run of issue #14.

So `explore` runs the function in the kernel, records what it prints and displays (charts
included), in order, and hands the record to the Output widget's `outputs` itself: messages go
from the kernel out, nothing has to come back, in JupyterLab or headless.

nbgrader sets NBGRADER_EXECUTION in the kernels it starts: there `explore` builds nothing at all.
"""

from __future__ import annotations

import contextlib
import io
import os
import traceback
from collections.abc import Callable
from typing import Any

__all__ = ["explore", "run_recorded", "under_grading"]


def under_grading() -> bool:
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def explore(function: Callable[..., Any], **controls: Any) -> None:
    """Controls for `function`'s parameters and its output under them; nothing while grading.

    Returns None, so the cell shows the explorer and not `<function show_account ...>` under it.
    """
    from course.i18n import shown, translate

    if under_grading():
        print(translate("(The interactive explorer is switched off while the notebook is being graded.)"))
        return None
    from IPython.display import display

    explorer = _explorer_class()(function, **controls)
    for control in explorer.kwargs_widgets:  # a control's label is its parameter's name: in an edition, translated
        control.description = shown(control.description)
    display(explorer)
    return None


# ------------------------------------------------------------------------------------------------
# Recording a function's output as notebook outputs


class _Record:
    """What a function printed and displayed, in order, as notebook outputs (nbformat dicts)."""

    def __init__(self) -> None:
        self.outputs: list[dict[str, Any]] = []

    def stream(self, name: str, text: str) -> None:
        if not text:
            return
        last = self.outputs[-1] if self.outputs else None
        if last is not None and last["output_type"] == "stream" and last["name"] == name:
            last["text"] += text
        else:
            self.outputs.append({"output_type": "stream", "name": name, "text": text})

    def display(self, data: dict, metadata: dict | None = None) -> None:
        self.outputs.append({"output_type": "display_data", "data": dict(data),
                             "metadata": dict(metadata or {})})

    def error(self, error: BaseException) -> None:
        from course.messages import explain

        text = explain(error)
        lines = text.splitlines() if text else _traceback_lines(error)
        self.outputs.append({"output_type": "error", "ename": type(error).__name__,
                             "evalue": str(error), "traceback": lines})


def _traceback_lines(error: BaseException) -> list[str]:
    shell = _shell()
    if shell is not None:
        return shell.InteractiveTB.structured_traceback(type(error), error, error.__traceback__)
    return "".join(traceback.format_exception(error)).splitlines()


class _Stream(io.TextIOBase):
    """sys.stdout / sys.stderr while recording."""

    def __init__(self, record: _Record, name: str) -> None:
        super().__init__()
        self._record, self._name = record, name

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._record.stream(self._name, text)
        return len(text)


def _shell():
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def _publisher(record: _Record):
    """The shell's display publisher while recording: `display(...)` and charts go to `record`."""
    from IPython.core.displaypub import DisplayPublisher

    class Publisher(DisplayPublisher):
        def publish(self, data, metadata=None, source=None, *, transient=None, update=False, **kwargs):
            record.display(data, metadata)

        def clear_output(self, wait=False):
            record.outputs.clear()

    return Publisher()


def _show_pending_charts() -> None:
    # Charts the cell drew before the explorer and has not shown yet: shown now, in the cell, as
    # `interact` does; a no-op outside matplotlib's inline backend.
    from ipywidgets.widgets.interaction import show_inline_matplotlib_plots

    show_inline_matplotlib_plots()


def _open_charts() -> set[int]:
    import sys

    pyplot = sys.modules.get("matplotlib.pyplot")
    return set(pyplot.get_fignums()) if pyplot is not None else set()


def _show_new_charts(before: set[int], show: bool) -> None:
    """Charts the function drew but did not show (no plt.show()): shown (or dropped) and closed, so
    that none waits for the next cell."""
    import sys

    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return
    for number in sorted(set(pyplot.get_fignums()) - before):
        figure = pyplot.figure(number)
        if show:
            from IPython.display import display

            display(figure)
        pyplot.close(figure)


def run_recorded(function: Callable[..., Any], kwargs: dict[str, Any]) -> list[dict[str, Any]]:
    """Call `function(**kwargs)`; what it prints, displays and draws (and an error, if it raises),
    in order, as a list of notebook outputs. The call's non-None return value is displayed too."""
    record = _Record()
    shell = _shell()
    saved = shell.display_pub if shell is not None else None
    _show_pending_charts()
    before = _open_charts()
    if shell is not None:
        shell.display_pub = _publisher(record)
    try:
        with contextlib.redirect_stdout(_Stream(record, "stdout")), \
                contextlib.redirect_stderr(_Stream(record, "stderr")):
            try:
                result = function(**kwargs)
                if result is not None:
                    from IPython.display import display

                    display(result)
                _show_new_charts(before, show=True)
            except Exception as error:  # the participant's function failed: say why, as a cell would
                _show_new_charts(before, show=False)
                record.error(error)
    finally:
        if shell is not None:
            shell.display_pub = saved
    return record.outputs


# ------------------------------------------------------------------------------------------------
# The widget


def _explorer_class():
    import ipywidgets

    class Explorer(ipywidgets.interactive):
        """`ipywidgets.interactive`'s controls and layout; the output recorded, never captured live."""

        def update(self, *args):
            self.kwargs = {widget._kwarg: widget.get_interact_value() for widget in self.kwargs_widgets}
            self.out.outputs = tuple(run_recorded(self.f, self.kwargs))

    return Explorer
