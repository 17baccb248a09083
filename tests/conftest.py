import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from course.build import _tools_on_path  # noqa: E402

_tools_on_path()


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
