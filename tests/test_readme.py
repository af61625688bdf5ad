"""The README tells a newcomer the truth: its commands and field table match the project."""

import re

from conftest import ROOT

from bantin_integrity.fields import KNOWN_FIELDS, display_name

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first_block = README.split("```")[1]
    assert re.search(r"^make serve\b", first_block, re.MULTILINE)
    assert re.search(r"^make test\b", first_block, re.MULTILINE)


def test_every_metadata_field_is_in_the_table():
    rows = set(re.findall(r"^\| `([A-Za-z_]+)` \|", README, re.MULTILINE))
    assert rows >= {display_name(name) for name in KNOWN_FIELDS}


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_makefile_has_every_target_the_readme_names():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z-]+):", makefile, re.MULTILINE))
    named = set(re.findall(r"`make ([a-z-]+)", README))
    assert named <= targets, named - targets
