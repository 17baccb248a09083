"""deploy/k8s/values.yaml against the Zero to JupyterHub chart's own schema, as Helm checks it (#20, part 3).

Helm validates a release's values by merging the user's file over the chart's `values.yaml` (maps merge
key by key, a user's `null` removes the chart's key, lists and scalars replace) and checking the result
against the chart's `values.schema.yaml` (JSON Schema, Draft 7). `../shared/vendor/z2jh/` holds unmodified
copies of both from the chart's repository (its README gives the commit); where it is absent (a clone
without the leads' material) the tests skip and say why.
"""

from __future__ import annotations

import copy
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
VALUES = ROOT / "deploy" / "k8s" / "values.yaml"
CHART = ROOT.parent / "shared" / "vendor" / "z2jh"

pytestmark = pytest.mark.skipif(
    not (CHART / "values.schema.yaml").is_file() or not (CHART / "values.yaml").is_file(),
    reason=f"the Zero to JupyterHub chart's schema and defaults are not at {CHART} "
           "(../shared/vendor/z2jh/ from the project's leads); nothing to validate against")


def helm_merge(defaults, overrides):
    """Helm's coalescing of user values over chart defaults: maps merge, null deletes, the rest replaces."""
    if not isinstance(defaults, dict) or not isinstance(overrides, dict):
        return copy.deepcopy(overrides)
    merged = copy.deepcopy(defaults)
    for key, value in overrides.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = helm_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def problems(values) -> list[str]:
    schema = load(CHART / "values.schema.yaml")
    merged = helm_merge(load(CHART / "values.yaml"), values)
    validator = jsonschema.Draft7Validator(schema)
    return sorted(f"{'.'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
                  for error in validator.iter_errors(merged))


def test_helm_merge_follows_helms_rules():
    chart = {"hub": {"image": {"name": "a", "tag": "1"}, "extraEnv": {"X": "1"}}, "list": [1, 2]}
    user = {"hub": {"image": {"tag": "2"}, "extraEnv": None}, "list": [3]}
    assert helm_merge(chart, user) == {"hub": {"image": {"name": "a", "tag": "2"}}, "list": [3]}
    assert chart["hub"]["image"]["tag"] == "1", "the chart's defaults are not modified"


def test_our_values_merged_over_the_charts_defaults_pass_its_schema():
    found = problems(load(VALUES))
    assert not found, "deploy/k8s/values.yaml fails the z2jh chart's schema:\n" + "\n".join(found)


@pytest.mark.parametrize("tamper, expected", [
    (lambda v: v["hub"].__setitem__("imag", v["hub"].pop("image")), "imag"),       # a misspelt key
    (lambda v: v["hub"]["image"].__setitem__("tag", 1), "tag"),                    # a number where text goes
    (lambda v: v.setdefault("singleuser", {}).__setitem__("cpu", "two"), "cpu"),   # a wrong shape
])
def test_the_check_rejects_values_the_chart_would_reject(tamper, expected):
    values = load(VALUES)
    tamper(values)
    found = problems(values)
    assert any(expected in problem for problem in found), found
