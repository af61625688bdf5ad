"""The editor's guide stays truthful: every metadata field and every editor command is in it."""

from conftest import ROOT

from bantin_editor import check, legacy_import, new
from bantin_integrity.fields import KNOWN_FIELDS, display_name

GUIDE = ROOT / "docs" / "huong-dan-bien-tap.md"


def test_every_metadata_field_is_explained():
    text = GUIDE.read_text(encoding="utf-8")
    missing = [name for name in KNOWN_FIELDS if f"| `{display_name(name)}` |" not in text]
    assert not missing, f"thiếu trong hướng dẫn: {missing}"


def test_every_option_the_guide_uses_exists():
    text = GUIDE.read_text(encoding="utf-8")
    for module, options in (
        (new, ["--unit", "--category"]),
        (legacy_import, ["--into", "--unit", "--force", "--report"]),
        (check, ["--format"]),
    ):
        for option in options:
            assert option in text
        parser_help = _help(module)
        for option in options:
            assert option in parser_help


def _help(module) -> str:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        module.parse_args(["--help"])
    return out.getvalue()
