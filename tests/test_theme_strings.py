"""UI strings live in theme/i18n/vi.yml only: every T.key used exists, none is hard-coded."""

import re

import pytest
from conftest import ROOT

from bantin_theme.strings import StringsError, load_strings

THEME = ROOT / "theme"
# The files other engineers own, with their own string arrangements.
OTHERS = {
    "people.html",
    "person.html",
    "documents.html",
    "document.html",
    "statistics.html",
    "search.html",
    "view_count.html",
    "site_counter.html",
}
KEY = re.compile(r"\bT\.([a-z_]+)")
# Text between tags that contains a Vietnamese letter is a UI string written in place.
LITERAL = re.compile(r">\s*([^<>{}]*[à-ỹđĐ][^<>{}]*)<", re.IGNORECASE)


def own_templates():
    return [p for p in (THEME / "templates").rglob("*.html") if p.name not in OTHERS]


def test_every_key_used_is_defined():
    strings = load_strings(str(THEME))
    for template in own_templates():
        for key in KEY.findall(template.read_text(encoding="utf-8")):
            assert key in strings, f"{template.name}: T.{key} is not in theme/i18n/vi.yml"


def test_no_vietnamese_text_hard_coded_in_templates():
    for template in own_templates():
        text = re.sub(r"{#.*?#}", "", template.read_text(encoding="utf-8"), flags=re.DOTALL)
        assert LITERAL.findall(text) == [], template.name


def test_broken_strings_file_names_it(tmp_path):
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "vi.yml").write_text("home: [1, 2]\n", encoding="utf-8")
    with pytest.raises(StringsError, match=r"i18n/vi.yml"):
        load_strings(str(tmp_path))
