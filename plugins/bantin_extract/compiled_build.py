"""`python -m bantin_extract.compiled_build`: compiles the hottest extractor modules with Cython.

Run by `make install` (and again by make whenever an extractor source changed). The .py files
are compiled as they are (no annotations, Python semantics), with the C types a `<module>.pxd`
beside one declares for its hottest functions (str, list and Py_ssize_t offsets; direct calls
between a module's own functions): the same facts, less interpreter work. The result goes to
`<venv>/bantin-compiled/` with the manifest `compiled.activate()` checks. Without Cython or a C
compiler, or when compiling fails, it says so in one line and exits 0: the extractor then runs
as plain Python, which is slower but gives the same facts.
"""

import fcntl
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from bantin_extract.compiled import (
    MANIFEST,
    PACKAGE,
    PURE_ENV,
    SOURCE_DIR,
    compiled_dir,
    extension_suffix,
    module_hash,
    read_manifest,
)

# The modules that run the extractor's Python bytecode: share of the opcodes executed on 300
# bench-corpus articles (what is left is module-level set-up or runs once an article). First
# pass over the 1,000-article bench corpus, CPU ms an article: plain Python 1.56-1.58; these 19
# 1.40-1.41; the top 13 alone 1.42-1.43; all 29 modules 1.39-1.41, but 71 s of install on 2
# cores instead of 37 s. Interpreter work is what compiling removes; regex and str methods
# (a quarter of the time) stay as fast as they are.
MODULES = (
    "figures",  # 18.8 %
    "scanner",  # 14.1 %
    "roles",  # 12.7 %
    "unitphrase",  # 9.3 %
    "hotspots",  # 7.3 %
    "dates",  # 5.8 %
    "honorifics",  # 5.5 %
    "names",  # 5.4 %
    "documents",  # 2.8 %
    "degrees",  # 2.5 %
    "namestarts",  # 2.3 %
    "mentions",  # 2.2 %
    "people",  # 2.2 %
    "tokens",  # 1.9 %
    "lines",  # 1.8 %
    "numbervalues",  # 1.4 %
    "starts",  # 1.3 %
    "history",  # 1.3 %
    "text",  # 0.9 %
)
# Python semantics: annotations are not C types (a `float` argument stays an int when given
# one); only a .pxd declares C types, where they change nothing the extractor gives (typed
# lists and str are never given None or a subclass, offsets never pass 2**63), so the compiled
# facts are byte-identical to the plain-Python ones.
DIRECTIVES = {"language_level": 3, "annotation_typing": False}
FALLBACK = "bộ trích xuất chạy bằng Python thuần (chậm hơn, cùng kết quả)"


def say(message: str) -> None:
    print(f"bantin.extract: {message}", flush=True)


def cython_version() -> str | None:
    try:
        import Cython
    except ImportError:
        return None
    return Cython.__version__


def c_compiler() -> str | None:
    # setuptools compiles with $CC when it is set, else with the compiler Python was built with.
    command = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()
    return shutil.which(command[0]) if command else None


def missing_tool() -> str:
    """What compiling needs and this machine lacks, named for the person reading the install."""
    if cython_version() is None:
        return "Cython"
    if c_compiler() is None:
        return "trình biên dịch C"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "tệp Python.h (gói python3-dev)"
    return ""


def present_modules() -> list[str]:
    """MODULES still in the source tree: one merged away or renamed is skipped, not an error."""
    return [name for name in MODULES if (SOURCE_DIR / f"{name}.py").is_file()]


def wanted_manifest(cython: str, modules: list[str]) -> dict:
    """The manifest a build of the current sources would write."""
    return {
        "python": sys.version.split()[0],
        "ext_suffix": extension_suffix(),
        "cython": cython,
        "directives": DIRECTIVES,
        "modules": {name: module_hash(SOURCE_DIR, name) for name in modules},
    }


def up_to_date(folder: Path, wanted: dict) -> bool:
    try:
        current = read_manifest(folder)
    except ValueError:
        return False
    return current == wanted and all(
        (folder / PACKAGE / f"{name}{wanted['ext_suffix']}").is_file() for name in wanted["modules"]
    )


def compile_into(stage: Path) -> None:
    """Cythonize and build the staged sources (stage/bantin_extract/*.py) into stage/lib."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    package = stage / PACKAGE
    extensions = cythonize(
        [Extension(f"{PACKAGE}.{path.stem}", [str(path)]) for path in package.glob("[!_]*.py")],
        compiler_directives=DIRECTIVES,
        nthreads=2,
        quiet=True,
    )
    distribution = Distribution({"ext_modules": extensions, "script_name": "compiled_build"})
    command = distribution.get_command_obj("build_ext")
    command.build_lib = str(stage / "lib")
    command.build_temp = str(stage / "tmp")
    command.parallel = 2
    distribution.run_command("build_ext")


def build(folder: Path, cython: str, modules: list[str]) -> None:
    """Stage copies of the sources, compile them, and swap the result in as `folder`."""
    with tempfile.TemporaryDirectory(prefix="bantin-compiled-", dir=folder.parent) as tmp:
        stage = Path(tmp)
        (stage / PACKAGE).mkdir()
        (stage / PACKAGE / "__init__.py").write_text("")
        # Hash the very bytes that get compiled: an edit made during the build makes it stale.
        hashes = {}
        for name in modules:
            for source in (SOURCE_DIR / f"{name}.py", SOURCE_DIR / f"{name}.pxd"):
                if source.is_file():  # Cython reads a .pxd found beside its .py
                    (stage / PACKAGE / source.name).write_bytes(source.read_bytes())
            hashes[name] = module_hash(stage / PACKAGE, name)
        log = folder.with_name(folder.name + ".log")
        with log.open("w", encoding="utf-8") as output:
            # A child process, so that gcc's and setuptools' chatter goes to the log, not the
            # terminal; the pure-Python extractor imports there, no stale-build warning.
            done = subprocess.run(
                [sys.executable, "-m", "bantin_extract.compiled_build", "--compile-into", tmp],
                stdout=output,
                stderr=subprocess.STDOUT,
                env={**os.environ, PURE_ENV: "1"},
                check=False,
            )
        if done.returncode != 0:
            raise RuntimeError(f"biên dịch lỗi, xem {log}")
        result = stage / "built" / PACKAGE
        result.mkdir(parents=True)
        suffix = extension_suffix()
        for name in modules:
            shutil.move(stage / "lib" / PACKAGE / f"{name}{suffix}", result / f"{name}{suffix}")
        manifest = {**wanted_manifest(cython, []), "modules": hashes}
        (stage / "built" / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
        # Renames, not copies: a process importing meanwhile sees the old set or the new one.
        old = stage / "old"
        if folder.exists():
            folder.rename(old)
        (stage / "built").rename(folder)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--compile-into"]:
        compile_into(Path(args[1]))
        return 0
    folder = compiled_dir()
    cython = cython_version()
    missing = missing_tool()
    if missing:
        shutil.rmtree(folder, ignore_errors=True)
        say(f"không có {missing} nên không biên dịch; {FALLBACK}")
        return 0
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        # Two `make test` at once in one checkout: the second waits, then finds the build done.
        with folder.with_name(folder.name + ".lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            modules = present_modules()
            if up_to_date(folder, wanted_manifest(cython, modules)):
                return 0
            say(f"biên dịch {len(modules)} mô-đun bằng Cython {cython} vào {folder} ...")
            build(folder, cython, modules)
    except Exception as error:  # never fail the install: plain Python gives the same facts
        # No build rather than an old one: the loader would warn about it at every import.
        shutil.rmtree(folder, ignore_errors=True)
        say(f"không biên dịch được ({error}); {FALLBACK}")
        return 0
    say("xong")
    return 0


if __name__ == "__main__":
    sys.exit(main())
