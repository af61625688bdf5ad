"""The optional Cython build of the extractor: same facts as plain Python, never used when stale."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import bantin_extract
from bantin_extract import compiled, compiled_build, figures
from bantin_extract.cli import extract_file

FIXTURES = Path(__file__).parent / "fixtures" / "compiled"
SOURCES = Path(bantin_extract.__file__).parent
# What `make install` touches once the venv is installed and the extractor compiled when it can.
INSTALLED_STAMP = Path(sys.prefix) / ".installed"


def run_python(code: str, **env: str) -> subprocess.CompletedProcess:
    """A fresh interpreter: the compiled-or-not choice is made once per process, at import."""
    clean = {k: v for k, v in os.environ.items() if k not in (compiled.PURE_ENV, compiled.DIR_ENV)}
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, **env},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )


def require_compiled() -> None:
    """Skip where nothing can be compiled; fail where `make install` should have compiled."""
    if bantin_extract.COMPILED:
        return
    if compiled.pure_forced():
        pytest.skip(f"{compiled.PURE_ENV} forces plain Python")
    if missing := compiled_build.missing_tool():
        pytest.skip(f"the extractor cannot be compiled here: no {missing}")
    if not INSTALLED_STAMP.exists():
        pytest.skip("`make install` has not run in this venv")
    pytest.fail(
        "`make install` ran with Cython and a C compiler, yet the extractor runs as plain Python: "
        f"see {compiled.compiled_dir()}.log and the warnings above; run `make compiled`"
    )


def facts_lines(paths: list[Path]) -> list[str]:
    return [
        json.dumps(extract_file(str(path)), ensure_ascii=False, sort_keys=True) for path in paths
    ]


def pure_facts_lines(paths: list[Path]) -> list[str]:
    """The same files through the .py modules, in a process forced to plain Python."""
    code = (
        "import json, sys, bantin_extract, bantin_extract.figures as f\n"
        "from bantin_extract.cli import extract_file\n"
        "assert not bantin_extract.COMPILED and f.__file__.endswith('.py'), f.__file__\n"
        "for p in sys.argv[1:]:\n"
        "    print(json.dumps(extract_file(p), ensure_ascii=False, sort_keys=True))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)],
        env={**os.environ, compiled.PURE_ENV: "1"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return done.stdout.splitlines()


def test_compiled_modules_give_the_facts_plain_python_gives():
    require_compiled()
    assert figures.__file__.endswith(compiled.extension_suffix())
    paths = sorted(FIXTURES.glob("*.md"))
    assert facts_lines(paths) == pure_facts_lines(paths)


def test_compiled_modules_give_the_facts_plain_python_gives_on_eval_dev(shared_dir):
    require_compiled()
    paths = sorted((shared_dir / "eval" / "dev" / "articles").glob("*.txt"))
    assert paths
    assert facts_lines(paths) == pure_facts_lines(paths)


def fake_build(tmp_path: Path, names: list[str]) -> tuple[Path, Path]:
    """Copies of real sources and a manifest of their hashes; the extension files are empty
    placeholders, which is enough since a stale build is never loaded."""
    sources = tmp_path / "src"
    folder = tmp_path / "compiled"
    sources.mkdir(parents=True)
    (folder / compiled.PACKAGE).mkdir(parents=True)
    for name in names:
        (sources / f"{name}.py").write_bytes((SOURCES / f"{name}.py").read_bytes())
        (folder / compiled.PACKAGE / f"{name}{compiled.extension_suffix()}").touch()
    manifest = compiled_build.wanted_manifest("3.1.8", [])
    manifest["modules"] = {name: compiled.module_hash(sources, name) for name in names}
    (folder / compiled.MANIFEST).write_text(json.dumps(manifest))
    return sources, folder


def test_a_current_build_is_chosen(tmp_path, caplog, monkeypatch):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    sources, folder = fake_build(tmp_path, ["figures", "dates"])
    chosen = compiled.choose(folder, sources)
    assert sorted(chosen) == ["bantin_extract.dates", "bantin_extract.figures"]
    assert not caplog.records


def test_an_edited_source_makes_the_loader_choose_plain_python_and_say_which(
    tmp_path, caplog, monkeypatch
):
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    sources, folder = fake_build(tmp_path, ["figures", "dates"])
    with (sources / "dates.py").open("a", encoding="utf-8") as edited:
        edited.write("# một dòng sửa\n")
    assert compiled.choose(folder, sources) == {}
    [record] = caplog.records
    assert record.levelname == "WARNING"
    assert "dates.py" in record.getMessage()
    assert "figures.py" not in record.getMessage()
    assert "make install" in record.getMessage()


def stale(folder: Path, sources: Path) -> list[str]:
    manifest = json.loads((folder / compiled.MANIFEST).read_text())
    return compiled.stale_modules(manifest, folder, sources)


def test_an_edited_added_or_removed_pxd_makes_the_build_stale(tmp_path, monkeypatch):
    """The C types a .pxd declares are compiled in: a build from other declarations is stale."""
    monkeypatch.delenv(compiled.PURE_ENV, raising=False)
    sources, folder = fake_build(tmp_path, ["figures", "dates"])
    declarations = sources / "dates.pxd"
    declarations.write_text("")  # even an empty one is a change
    assert stale(folder, sources) == ["dates"]
    assert compiled.choose(folder, sources) == {}

    sources, folder = fake_build(tmp_path / "typed", ["dates"])
    declarations = sources / "dates.pxd"
    declarations.write_text("cpdef list date_mentions(str text)\n")
    manifest = json.loads((folder / compiled.MANIFEST).read_text())
    manifest["modules"]["dates"] = compiled.module_hash(sources, "dates")
    (folder / compiled.MANIFEST).write_text(json.dumps(manifest))
    assert sorted(compiled.choose(folder, sources)) == ["bantin_extract.dates"]
    declarations.write_text("cpdef list date_mentions(text)\n")
    assert compiled.choose(folder, sources) == {}
    declarations.unlink()
    assert compiled.choose(folder, sources) == {}


def test_every_pxd_lies_beside_a_compiled_module_and_counts_in_its_hash():
    """A .pxd beside a module that is not compiled would declare types nothing uses."""
    pxd_names = sorted(path.stem for path in SOURCES.glob("*.pxd"))
    assert set(pxd_names) <= set(compiled_build.MODULES)
    manifest = compiled_build.wanted_manifest("3.1.8", pxd_names)
    for name in pxd_names:
        py_only = hashlib.sha256((SOURCES / f"{name}.py").read_bytes()).hexdigest()
        assert manifest["modules"][name] != py_only


def test_a_stale_build_is_not_imported_and_the_warning_names_the_module(tmp_path):
    _, folder = fake_build(tmp_path, ["figures"])
    manifest = json.loads((folder / compiled.MANIFEST).read_text())
    manifest["modules"]["figures"] = "0" * 64  # built from another version of figures.py
    (folder / compiled.MANIFEST).write_text(json.dumps(manifest))
    done = run_python(
        "import bantin_extract, bantin_extract.figures as f; print(bantin_extract.COMPILED, f.__file__)",
        **{compiled.DIR_ENV: str(folder)},
    )
    assert done.stdout.split()[0] == "False"
    assert done.stdout.strip().endswith("figures.py")
    assert "figures.py" in done.stderr
    assert "make install" in done.stderr


def test_without_a_compiled_folder_the_extractor_runs_as_plain_python_silently(tmp_path):
    done = run_python(
        "import bantin_extract, bantin_extract.figures as f\n"
        "print(bantin_extract.COMPILED, f.__file__)\n"
        "print(bantin_extract.extract('Kết nạp 3 đảng viên mới.')['figures'][0]['value'])",
        **{compiled.DIR_ENV: str(tmp_path / "none")},
    )
    lines = done.stdout.splitlines()
    assert lines[0].startswith("False") and lines[0].endswith("figures.py")
    assert lines[1] == "3"
    assert done.stderr == ""


def run_builder(folder: Path, **env: str) -> subprocess.CompletedProcess:
    if compiled_build.cython_version() is None:
        pytest.skip("no Cython: the build stops before it needs a compiler")
    return subprocess.run(
        [sys.executable, "-m", "bantin_extract.compiled_build"],
        env={**os.environ, compiled.DIR_ENV: str(folder), **env},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_the_build_without_a_c_compiler_says_so_in_one_line_and_succeeds(tmp_path):
    done = run_builder(tmp_path / "compiled", CC=str(tmp_path / "no-such-cc"))
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "bantin.extract: không có trình biên dịch C nên không biên dịch; "
        "bộ trích xuất chạy bằng Python thuần (chậm hơn, cùng kết quả)"
    ]
    assert not (tmp_path / "compiled").exists()


def test_the_build_without_cython_says_so_in_one_line_and_succeeds(tmp_path):
    shadow = tmp_path / "shadow" / "Cython"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('no Cython in this test')\n")
    done = run_builder(tmp_path / "compiled", PYTHONPATH=str(shadow.parent))
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "bantin.extract: không có Cython nên không biên dịch; "
        "bộ trích xuất chạy bằng Python thuần (chậm hơn, cùng kết quả)"
    ]


def test_a_failing_build_says_so_and_succeeds(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    done = run_builder(blocker / "compiled")
    assert done.returncode == 0
    assert "không biên dịch được" in done.stdout
    assert "Python thuần" in done.stdout
