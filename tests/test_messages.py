"""In a real kernel, a failed check shows the friendly message as an error output (and nothing more)."""

import nbformat
from nbclient import NotebookClient


def test_friendly_messages_appear_as_error_outputs():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import course\ncourse.setup()"),
        nbformat.v4.new_code_cell("from course.checks import expect_number\nexpect_number('3', name='x')"),
        nbformat.v4.new_code_cell("raise NotImplementedError()"),
        nbformat.v4.new_code_cell("reech"),
        nbformat.v4.new_code_cell("1 / 0"),
    ]
    NotebookClient(nb, allow_errors=True, kernel_name="python3", timeout=60).execute()
    outputs = [cell.outputs for cell in nb.cells]
    assert outputs[0] == []
    for cell_outputs in outputs[1:]:
        assert [o.output_type for o in cell_outputs] == ["error"], cell_outputs
    check, stub, name, other = (o[0] for o in outputs[1:])
    assert check.ename == "CheckFailed"
    assert "❌ `x` should be a number, but it is text" in check.traceback[0]
    assert any("Hint: remove the quotation marks" in line for line in check.traceback)
    assert len(check.traceback) == 2, "no Python traceback after the friendly message"
    assert "not written yet" in stub.traceback[0]
    assert "`reech` does not exist yet" in name.traceback[0]
    assert other.ename == "ZeroDivisionError" and len(other.traceback) > 2, "other errors keep Python's traceback"


def test_a_letter_without_quotes_is_told_to_use_quotes():
    from course.messages import explain

    assert 'write "C"' in explain(NameError("name 'C' is not defined"))
    assert "does not exist yet" in explain(NameError("name 'reach' is not defined"))
    assert 'in quotes: "YouTube"' in explain(NameError("name 'YouTube' is not defined"))  # a 04b reviewer's variant
