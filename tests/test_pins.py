"""constraints.txt and environment.yml must pin the same versions, or the two install paths drift."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def constraints() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[_normal(name)] = version.strip()
    return pins


def environment_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        match = re.match(r"^\s*-\s*([A-Za-z0-9_.\-]+)==([^\s#]+)", line)
        if match:
            pins[_normal(match.group(1))] = match.group(2)
    return pins


def test_every_environment_pin_matches_constraints():
    lock, env = constraints(), environment_pins()
    assert env, "environment.yml pins nothing"
    drift = {name: (version, lock.get(name)) for name, version in env.items() if lock.get(name) != version}
    assert not drift, f"environment.yml vs constraints.txt: {drift}"


def test_direct_dependencies_are_pinned_in_both():
    text = (ROOT / "pyproject.toml").read_text()
    block = text.split("dependencies = [", 1)[1].split("]", 1)[0]
    direct = {_normal(n) for n in re.findall(r'"([A-Za-z0-9_.\-]+)', block)}
    lock, env = constraints(), environment_pins()
    assert direct <= lock.keys(), f"not in constraints.txt: {direct - lock.keys()}"
    assert direct <= env.keys(), f"not in environment.yml: {direct - env.keys()}"


def test_python_versions_agree():
    env = (ROOT / "environment.yml").read_text()
    assert re.search(r"-\s*python=3\.11\b", env)
    assert 'requires-python = ">=3.11,<3.12"' in (ROOT / "pyproject.toml").read_text()
