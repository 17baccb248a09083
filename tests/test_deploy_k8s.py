"""deploy/: the Kubernetes files parse and pin what constraints.txt pins; the JupyterLab and nbgrader
settings the hub hands out are well-formed and actually match what they mean to override.

Fast and static: no cluster, no hub (tests/test_hub_e2e.py runs the real one-machine hub).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_pins import _normal as normal
from test_pins import constraints

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
# Packages only the Kubernetes hub image needs (never installed on this machine, so not in
# constraints.txt): each must still carry an exact pin.
K8S_ONLY = {"jupyterhub-kubespawner", "jupyterhub-nativeauthenticator"}


def dockerfile_pins() -> list[tuple[str, str]]:
    text = (K8S / "Dockerfile").read_text()
    return [(normal(n), v) for n, v in re.findall(r"(?<![\w.=-])([A-Za-z][A-Za-z0-9_.\-]*)==([0-9][^\s\\\"']*)", text)]


def test_k8s_yaml_parses():
    values = yaml.safe_load((K8S / "values.yaml").read_text())
    assert {"hub", "singleuser", "cull", "proxy"} <= values.keys()
    documents = list(yaml.safe_load_all((K8S / "storage.yaml").read_text()))
    kinds = [d["kind"] for d in documents]
    claims = {d["metadata"]["name"] for d in documents if d["kind"] == "PersistentVolumeClaim"}
    assert claims == {"sml-exchange", "sml-course", "sml-live-view"} and "Job" in kinds
    for document in documents:
        if document["kind"] == "PersistentVolumeClaim":
            # shared by every user pod; the live view's events by the hub pod alone
            shared = document["metadata"]["name"] != "sml-live-view"
            assert document["spec"]["accessModes"] == (["ReadWriteMany"] if shared else ["ReadWriteOnce"]), document


def test_k8s_yaml_has_no_key_twice():
    """YAML keeps the last of two equal keys without a word: a second `JupyterHub:` under hub.config
    would silently drop the authenticator. Refuse duplicates in every mapping."""

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
        twice = {key for key in keys if keys.count(key) > 1}
        assert not twice, f"line {node.start_mark.line + 1}: {sorted(twice)} given twice"
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    for name in ("values.yaml", "storage.yaml"):
        list(yaml.load_all((K8S / name).read_text(), Loader=Strict))
    with pytest.raises(AssertionError, match="given twice"):
        yaml.load("a:\n  b: 1\n  b: 2\n", Loader=Strict)


def test_the_live_view_is_the_same_service_on_kubernetes():
    """hub.services.live-view in values.yaml and jupyterhub_config.py's: the same scopes and roles, the
    script the hub image copies, and participants' kernels told where to post."""
    values = yaml.safe_load((K8S / "values.yaml").read_text())
    hub = values["hub"]
    service = hub["services"]["live-view"]
    assert service["oauth_client_allowed_scopes"] == ["custom:live-view:read"]
    assert "custom:live-view:read" in hub["config"]["JupyterHub"]["custom_scopes"]
    assert {"access:services!service=live-view", "custom:live-view:read"} <= set(hub["loadRoles"]["trainer"]["scopes"])
    assert "custom:live-view:read" not in hub["loadRoles"]["participant"]["scopes"]
    port = int(service["url"].rsplit(":", 1)[1])
    assert {"name": "live-view", "port": port, "targetPort": port} in hub["service"]["extraPorts"]
    (rule,) = [rule for rule in hub["networkPolicy"]["ingress"] if rule["ports"] == [{"port": port}]]
    senders = [source["podSelector"]["matchLabels"] for source in rule["from"]]
    assert {"hub.jupyter.org/network-access-hub": "true"} in senders and {"component": "hub"} in senders
    assert any(r["ports"] == [{"port": port}] for r in values["proxy"]["chp"]["networkPolicy"]["egress"])
    assert service["command"][-1] == "/opt/sml/live/liveview.py"
    assert "/opt/sml/live/" in (K8S / "Dockerfile").read_text()
    assert "SML_LIVE_VIEW_URL" in hub["extraConfig"]["20-roles-per-pod"]
    mount = {m["name"]: m["mountPath"] for m in hub["extraVolumeMounts"]}["live-view"]
    assert service["environment"]["SML_LIVE_DB"].startswith(mount + "/")
    one_machine = (ROOT / "deploy" / "jupyterhub_config.py").read_text()
    for needle in ('"name": "live-view"', 'LIVE_SCOPE = "custom:live-view:read"', '"oauth_client_allowed_scopes": [LIVE_SCOPE]'):
        assert needle in one_machine, needle


def test_image_pins_agree_with_constraints():
    lock = constraints()
    pins = dockerfile_pins()
    assert len(pins) >= 8, pins
    wrong = {name: (version, lock.get(name)) for name, version in pins
             if name in lock and lock[name] != version}
    assert not wrong, f"deploy/k8s/Dockerfile vs constraints.txt: {wrong}"
    unknown = {name for name, _ in pins if name not in lock} - K8S_ONLY
    assert not unknown, f"pinned in the Dockerfile but not in constraints.txt: {unknown}"
    for must in ("jupyterhub", "jupyterlab", "nbgrader", "notebook", "ipywidgets"):
        assert must in dict(pins), f"{must} is not pinned in the single-user image"
    # Every `pip install` in the Dockerfile is constrained by the same lock file.
    installs = re.findall(r"pip install([^\n]*)", (K8S / "Dockerfile").read_text())
    assert installs and all("-c /tmp/build/constraints.txt" in i for i in installs), installs


def test_image_python_matches_the_course_python():
    base = re.search(r"FROM python:(\d+\.\d+)\.(\d+)", (K8S / "Dockerfile").read_text())
    assert base, "the base image must pin a Python patch version"
    assert base.group(1) == "3.11" == f"{sys.version_info.major}.{sys.version_info.minor}"
    assert re.search(r"-\s*python=3\.11\b", (ROOT / "environment.yml").read_text())


def test_values_agree_with_the_rest_of_the_repo():
    values = yaml.safe_load((K8S / "values.yaml").read_text())
    version = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M).group(1)
    assert values["singleuser"]["image"]["tag"] == version
    assert values["hub"]["image"]["tag"] == version
    chp = json.loads((DEPLOY / "package.json").read_text())["dependencies"]["configurable-http-proxy"]
    assert values["proxy"]["chp"]["image"]["tag"] == chp
    lock = json.loads((DEPLOY / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/configurable-http-proxy"]["version"] == chp
    assert values["cull"]["enabled"] and values["cull"]["timeout"] > 0
    assert values["singleuser"]["memory"]["limit"] and values["singleuser"]["cpu"]["limit"]
    assert "COURSE_DB_URL" in values["hub"]["extraEnv"]
    for name, snippet in values["hub"]["extraConfig"].items():
        compile(snippet, f"extraConfig {name}", "exec")
    mounts = values["singleuser"]["storage"]["extraVolumeMounts"]
    assert [m["mountPath"] for m in mounts] == ["/srv/nbgrader/exchange"]  # the course: trainers only


def test_jupyterlab_overrides_match_the_defaults_they_disable():
    """A shortcut override only disables a default binding when command, keys and selector are equal."""
    schemas = Path(sys.prefix) / "share" / "jupyter" / "lab" / "schemas"
    tracker = schemas / "@jupyterlab" / "notebook-extension" / "tracker.json"
    if not tracker.exists():
        pytest.skip("JupyterLab schemas not installed in this environment")
    defaults = json.loads(tracker.read_text())["jupyter.lab.shortcuts"]
    overrides = json.loads((DEPLOY / "jupyter" / "common" / "labconfig" / "default_setting_overrides.json").read_text())
    disabled = overrides["@jupyterlab/shortcuts-extension:shortcuts"]["shortcuts"]
    merge_defaults = [s for s in defaults if s["command"].startswith("notebook:merge-cell")]
    assert merge_defaults, "JupyterLab has no merge shortcuts any more: revisit the overrides"
    for default in merge_defaults:
        assert any(d["command"] == default["command"] and d["keys"] == default["keys"]
                   and d["selector"] == default["selector"] and d.get("disabled") for d in disabled), default
    assert overrides["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    common = json.loads((DEPLOY / "jupyter" / "common" / "labconfig" / "page_config.json").read_text())
    assert common["disabledExtensions"]["@jupyterlab/cell-toolbar-extension"] is True
    assert (schemas / "@jupyterlab" / "cell-toolbar-extension").exists(), "cell toolbar extension renamed?"


def test_participants_get_no_formgrader():
    page = json.loads((DEPLOY / "jupyter" / "participant" / "labconfig" / "page_config.json").read_text())
    assert page["disabledExtensions"]["@jupyter/nbgrader:formgrader"] is True
    assert page["disabledExtensions"]["@jupyter/nbgrader:create-assignment"] is True
    server = json.loads((DEPLOY / "jupyter" / "participant" / "jupyter_server_config.json").read_text())
    assert server["ServerApp"]["jpserver_extensions"]["nbgrader.server_extensions.formgrader"] is False
    # no language server is installed: participants' servers do not load the extension that scans for them
    assert server["ServerApp"]["jpserver_extensions"]["jupyter_lsp"] is False
    assert not (DEPLOY / "jupyter" / "trainer" / "labconfig").exists()  # trainers keep everything


@pytest.mark.parametrize("script", ["deploy/install.sh", "deploy/hub-env.sh", "deploy/add-user.sh", "deploy/k8s/start-singleuser.sh",
                                    ".ci/setup.d/30-hub.sh"])
def test_shell_scripts_parse(script):
    subprocess.run(["bash", "-n", str(ROOT / script)], check=True, timeout=30)


def test_hub_config_loads():
    """jupyterhub_config.py runs (as JupyterHub would load it) and wires the course's classes."""
    from traitlets.config.loader import PyFileConfigLoader

    pytest.importorskip("jupyterhub")
    config = PyFileConfigLoader("jupyterhub_config.py", path=str(DEPLOY)).load_config()
    assert config.JupyterHub.authenticator_class == "sml_hub.hub.CourseAuthenticator"
    assert config.JupyterHub.spawner_class == "sml_hub.hub.CourseSpawner"
    assert config.JupyterHub.ip == "127.0.0.1"
    assert any(s["name"] == "idle-culler" for s in config.JupyterHub.services)
    roles = {r["name"]: r for r in config.JupyterHub.load_roles}
    assert "access:servers" not in roles["trainer"]["scopes"]
    assert set(roles["idle-culler"]["scopes"]) == {"list:users", "read:users:activity", "read:servers",
                                                   "delete:servers"}


def test_start_seeds_the_workspace_jupyterlab_reads():
    """start.py writes the default workspace under a fixed name to avoid importing jupyterlab_server;
    the name must be the one jupyterlab_server looks for."""
    jls = pytest.importorskip("jupyterlab_server.workspaces_handler")
    sys.path.insert(0, str(DEPLOY))
    from sml_hub import start

    assert start.WORKSPACE_FILE == jls.slugify("default") + jls.WORKSPACE_EXTENSION
