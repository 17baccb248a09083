"""course.widgets.explore: inert while nbgrader grades; otherwise controls whose output the kernel records
itself, so that a headless run never has to answer the widget (the stall of issue #14 item 7)."""

import time

import ipywidgets
import matplotlib
import nbformat
import pytest

from course import widgets

matplotlib.use("Agg")


@pytest.fixture
def shown(monkeypatch):
    """What explore() displays, instead of a frontend."""
    seen = []
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", lambda *objects, **kwargs: seen.extend(objects))
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    return seen


def test_explore_runs_nothing_under_grading(monkeypatch, capsys):
    calls = []
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert widgets.explore(calls.append, platform=["Facebook", "X"]) is None
    assert calls == []
    assert "switched off" in capsys.readouterr().out


def test_explore_shows_controls_and_the_output_in_order_and_returns_none(shown):
    def show(platform="Facebook", month=1):
        print("first", platform, month)
        print("second")

    assert widgets.explore(show, platform=["Facebook", "X"], month=(1, 12)) is None
    (explorer,) = shown
    assert isinstance(explorer, ipywidgets.interactive)
    dropdown, slider, out = explorer.children
    assert isinstance(dropdown, ipywidgets.Dropdown) and isinstance(slider, ipywidgets.IntSlider)
    assert out.outputs == ({"output_type": "stream", "name": "stdout", "text": "first Facebook 1\nsecond\n"},)
    dropdown.value = "X"  # what a participant's click does: the function runs again, its output replaces the old
    assert out.outputs[0]["text"].startswith("first X 1")
    assert len(out.outputs) == 1


def test_an_error_in_the_function_is_shown_under_the_controls_not_raised(shown):
    import matplotlib.pyplot as plt

    def broken(rumour_id="R01"):
        plt.subplots()
        print("working on", rumour_id)
        raise KeyError(rumour_id)

    widgets.explore(broken, rumour_id=["R01", "R02"])
    outputs = shown[0].children[-1].outputs
    assert [o["output_type"] for o in outputs] == ["stream", "error"]
    assert outputs[1]["ename"] == "KeyError"
    assert plt.get_fignums() == []  # the failed call's chart does not wait for the next cell


def test_a_chart_drawn_without_show_is_recorded_and_closed():
    import matplotlib.pyplot as plt

    def draw(n):
        fig, ax = plt.subplots()
        ax.set_title(f"{n} shares")

    outputs = widgets.run_recorded(draw, {"n": 3})
    assert len(outputs) == 1  # in a notebook, display_data with the PNG (see the headless test below)
    assert plt.get_fignums() == []


NOTEBOOK = [
    "import course\ncourse.setup()\nimport matplotlib.pyplot as plt\nfrom course.widgets import explore",
    "def show(n=1):\n"
    "    fig, ax = plt.subplots()\n"
    "    ax.plot([0, n])\n"
    "    ax.set_title(f'n = {n}')\n"
    "    plt.show()\n"
    "    print('n is', n)\n"
    "\n"
    "\n"
    "explore(show, n=[1, 2, 3])",
    "print('next cell')",
]


def test_headless_run_sends_the_kernel_nothing_but_the_cells():
    """nbclient plays the frontend of an Output widget that captures live output: it answers with comm_msg
    on the shell socket while waiting there for the cell's reply, and now and then misses the reply until
    its timeout (jupyter/nbclient#312). explore's output is recorded by the kernel: nothing to answer."""
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in NOTEBOOK]
    sent = []
    client = NotebookClient(nb, timeout=60, kernel_name="python3")
    start_client = client.async_start_new_kernel_client

    async def recording_client(*args, **kwargs):
        kc = await start_client(*args, **kwargs)
        send = kc.shell_channel.send
        kc.shell_channel.send = lambda msg: (sent.append(msg["msg_type"]), send(msg))[1]
        return kc

    client.async_start_new_kernel_client = recording_client
    started = time.perf_counter()
    client.execute()
    assert set(sent) == {"kernel_info_request", "execute_request"}, sent
    assert time.perf_counter() - started < 50
    outputs = [state["outputs"] for state in client.widget_state.values() if state.get("_model_name") == "OutputModel"]
    assert [[o["output_type"] for o in out] for out in outputs] == [["display_data", "stream"]]
    assert "image/png" in outputs[0][0]["data"] and outputs[0][1]["text"] == "n is 1\n"
    assert nb.cells[2].outputs[0]["text"] == "next cell\n"
