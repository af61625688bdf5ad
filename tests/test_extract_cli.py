"""`bantin extract`: one JSON object per input file, in order; unreadable inputs named on stderr."""

import json
import subprocess
import sys
from pathlib import Path

from bantin_extract.schema import facts_errors

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
BANTIN = Path(sys.executable).parent / "bantin"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BANTIN), "extract", *args], capture_output=True, text=True, timeout=120
    )


def test_one_object_per_file_in_input_order():
    first, second = FIXTURES / "md_pelican_header.md", FIXTURES / "legacy_date_line_views.txt"
    result = run("--format", "jsonl", str(second), str(first))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["source"] for row in rows] == [str(second), str(first)]
    assert rows[0]["views"] == 437 and rows[0]["event_dates"] == ["2022-08-18"]
    assert rows[1]["published"] == "2024-03-05" and rows[1]["figures"][0]["value"] == 3
    assert all(facts_errors(row) == [] for row in rows)


def test_unreadable_inputs_are_named_and_the_rest_still_processed(tmp_path):
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Chi bộ có 5 đảng viên".encode("utf-16"))
    good = FIXTURES / "legacy_no_title.txt"
    missing = tmp_path / "khong-co.txt"
    result = run(str(utf16), str(tmp_path), str(good), str(missing))
    assert result.returncode != 0
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(good)]
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert str(utf16) in lines[0] and "UTF-8" in lines[0]
    assert str(tmp_path) in lines[1] and "thư mục" in lines[1]
    assert str(missing) in lines[2] and "không có tệp" in lines[2]


def test_json_is_readable_vietnamese():
    result = run(str(FIXTURES / "legacy_overline.txt"))
    assert "Đảng bộ Trường Đại học Miền Đông" in result.stdout  # ensure_ascii=False
