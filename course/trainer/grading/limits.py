"""Output limits: every output cut to a size a feedback page and the gradebook can hold."""

from __future__ import annotations

import json

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Integer


class LimitOutputSize(NbGraderPreprocessor):
    """Cap each output's size in characters (nbgrader's LimitOutput counts lines: one 100 MB line
    passes it)."""

    max_chars = Integer(20_000, help="Characters kept of one text output.").tag(config=True)
    max_data_bytes = Integer(2_000_000, help="Largest rich output (image, HTML) kept.").tag(config=True)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        for output in cell.outputs:
            if output.output_type == "stream" and len(output.text) > self.max_chars:
                cut = len(output.text) - self.max_chars
                output.text = output.text[: self.max_chars] + f"\n... output truncated ({cut:,} characters) ..."
            elif output.output_type == "error":
                output.evalue = str(output.evalue)[: self.max_chars]
                output.traceback = [line[: self.max_chars] for line in output.traceback]
            elif "data" in output:
                for mime, value in list(output.data.items()):
                    text = value if isinstance(value, str) else json.dumps(value)
                    if len(text) > self.max_data_bytes:
                        output.data.pop(mime)
                        output.data.setdefault("text/plain", f"... {mime} output dropped ({len(text):,} bytes) ...")
        return cell, resources
