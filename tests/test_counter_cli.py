"""`bantin counter import | export | serve` (bantin_counter.cli): files in, errors named."""

import json
from pathlib import Path

from bantin_cli.main import main

FIXTURES = Path(__file__).parent / "fixtures" / "counter"


def test_import_then_export_legacy_counts(tmp_path, capsys):
    db, snapshot = tmp_path / "counter.sqlite3", tmp_path / "snapshot.json"
    assert main(["counter", "import", "--db", str(db), str(FIXTURES / "legacy.csv")]) == 0
    assert "2 đường dẫn" in capsys.readouterr().out
    assert main(["counter", "export", "--db", str(db), "-o", str(snapshot)]) == 0
    data = json.loads(snapshot.read_text(encoding="utf-8"))
    assert data["legacy"] == {
        "/2024/03/hoi-nghi-chi-bo-thang-3-2024.html": 1234,
        "/2019/05/bai-cu.html": 17,
    }
    assert data["counts"] == {}
    assert data["site"]["total"] == 1251
    assert data["format"] == 1


def test_import_names_the_bad_line(tmp_path, capsys):
    bad = FIXTURES / "legacy_bad.csv"
    assert main(["counter", "import", "--db", str(tmp_path / "c.sqlite3"), str(bad)]) == 1
    assert f"{bad}:3" in capsys.readouterr().err


def test_import_json_legacy_counts(tmp_path):
    source = tmp_path / "cu.json"
    source.write_text(json.dumps({"/2019/05/bai-cu.html": 17}), encoding="utf-8")
    db = tmp_path / "c.sqlite3"
    assert main(["counter", "import", "--db", str(db), str(source)]) == 0
    source.write_text('{"/a.html": -1}', encoding="utf-8")
    assert main(["counter", "import", "--db", str(db), str(source)]) == 1


def test_serve_without_a_manifest_says_to_build_first(tmp_path, capsys):
    missing = tmp_path / "output" / "counter-manifest.json"
    code = main(
        ["counter", "serve", "--db", str(tmp_path / "c.sqlite3"), "--manifest", str(missing)]
    )
    assert code == 1
    assert "make html" in capsys.readouterr().err
