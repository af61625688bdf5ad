"""bantin_sitedata: units, categories and menu come from data/*.yml; a broken file fails the build naming it."""

import shutil

import pytest
from conftest import FIXTURES, ROOT, build_site

from bantin_integrity.errors import BuildFailed


def test_site_data_becomes_settings(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    shutil.copyfile(FIXTURES / "integrity" / "iso_date.md", content / "a.md")
    site = build_site(content, tmp_path / "output")
    units = site.pelican.settings["UNITS"]
    assert any(unit["name"] == "Chi bộ Sinh viên" for unit in units)
    assert site.pelican.settings["CATEGORIES"]


def test_broken_yaml_names_the_file_and_line(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    shutil.copyfile(FIXTURES / "sitedata" / "units_broken_quote.yml", data / "units.yml")
    content = tmp_path / "content"
    content.mkdir()
    shutil.copyfile(FIXTURES / "integrity" / "iso_date.md", content / "a.md")
    with pytest.raises(BuildFailed) as failure:
        build_site(content, tmp_path / "output", SITE_DATA_PATH=str(data))
    message = str(failure.value.code)
    # The quote opened on line 2 is never closed: the scanner stops at the end of the file.
    assert f"{data / 'units.yml'}:4: không đọc được dữ liệu YAML" in message
    assert "đoạn bắt đầu ở dòng 2" in message
    assert "hãy sửa" in message
