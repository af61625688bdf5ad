"""Publishing from CI: both workflow files valid against their published schemas, calling real targets."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from bantin_editor.admin import decap_config
from bantin_editor.project import load_site
from bantin_integrity.fields import KNOWN_FIELDS

GITHUB = ROOT / ".github" / "workflows" / "publish.yml"
GITLAB = ROOT / ".gitlab-ci.yml"


def _check_jsonschema() -> str:
    found = Path(sys.executable).with_name("check-jsonschema")
    if found.exists():
        return str(found)
    return shutil.which("check-jsonschema") or pytest.skip("check-jsonschema is not installed")


@pytest.mark.parametrize(
    ("path", "schema"), [(GITHUB, "vendor.github-workflows"), (GITLAB, "vendor.gitlab-ci")]
)
def test_workflow_validates_against_its_schema(path, schema):
    result = subprocess.run(
        [_check_jsonschema(), "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _commands(path: Path) -> str:
    return "\n".join(re.findall(r"(?:run:|- )\s*(.+)", path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("path", [GITHUB, GITLAB])
def test_workflow_tests_checks_builds_and_calls_real_make_targets(path):
    commands = _commands(path)
    order = [
        commands.find(step) for step in ("bash .ci/run", "make check", "make publish", "make admin")
    ]
    assert -1 not in order and order == sorted(order), commands
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    # "make X" at the start of a command, after any VAR=value (not "apt-get install make ...").
    for target in set(re.findall(r"^(?:\w+=\S+\s+)*make (\w[\w-]*)", commands, re.M)):
        assert re.search(rf"^{target}:", makefile, re.M), f"make {target} has no target"
    assert "pagefind" in commands


def test_github_deploys_with_the_official_pages_actions():
    workflow = yaml.safe_load(GITHUB.read_text(encoding="utf-8"))
    uses = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert workflow["permissions"]["pages"] == "write"


def test_gitlab_publishes_public():
    pipeline = yaml.safe_load(GITLAB.read_text(encoding="utf-8"))
    assert pipeline["pages"]["artifacts"]["paths"] == ["public"]
    assert "OUTPUTDIR=public" in " ".join(pipeline["pages"]["script"])


def test_admin_fields_are_bantin_metadata_with_site_data_selects():
    site = load_site(ROOT)
    (collection,) = decap_config(site, backend={"name": "git-gateway"})["collections"]
    fields = {field["name"].lower(): field for field in collection["fields"]}
    assert set(fields) - {"body"} <= set(KNOWN_FIELDS)
    assert {"title", "date", "unit", "category", "tags", "views", "image"} <= set(fields)
    assert {name for name in KNOWN_FIELDS if name.startswith("facts_")} <= set(fields)
    assert fields["unit"]["options"] == [unit["name"] for unit in site.units]
    assert fields["category"]["options"] == [category["name"] for category in site.categories]
    assert fields["date"]["format"].endswith("Z")  # stored with its +07:00 offset
    assert collection["format"] == "yaml-frontmatter"
    # The browser editor starts where `bantin new` does: the category marked `default: true`.
    assert fields["category"]["default"] == site.default_category()["name"] == "Tin tức"


def test_package_json_pins_decap_and_node_modules_is_ignored():
    import json

    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    versions = {**package.get("dependencies", {}), **package.get("devDependencies", {})}
    assert re.fullmatch(r"\d+\.\d+\.\d+", versions["decap-cms"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", versions["decap-server"])
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    assert lock["packages"]["node_modules/decap-cms"]["version"] == versions["decap-cms"]
    assert "node_modules/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
