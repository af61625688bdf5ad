"""Chooses the Cython-compiled extractor modules when they match the sources, else plain Python.

`make install` compiles the hottest extractor modules (see `compiled_build`) into
`<venv>/bantin-compiled/`, with a manifest of the sha256 of each compiled module's source (its
.py and, when there is one, the .pxd that declares its C types). The
package imports this module first: `activate()` puts the compiled modules in front of the
.py files only when every hash still matches, so an edited .py is never silently shadowed by
an older build. `BANTIN_PURE_PYTHON=1` forces the .py files.
"""

import hashlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from pathlib import Path

logger = logging.getLogger("bantin.extract")

PACKAGE = "bantin_extract"
PURE_ENV = "BANTIN_PURE_PYTHON"
DIR_ENV = "BANTIN_COMPILED_DIR"
MANIFEST = "manifest.json"
SOURCE_DIR = Path(__file__).resolve().parent
REBUILD_HINT = "chạy `make install` (hoặc `make compiled`) để biên dịch lại"


def compiled_dir() -> Path:
    """The folder of this venv's compiled modules: outside the source tree, one per venv."""
    # The override serves tests and benchmarks that must not touch the venv's own build.
    return Path(os.environ.get(DIR_ENV) or Path(sys.prefix) / "bantin-compiled")


def module_hash(source_dir: Path, name: str) -> str:
    """sha256 of what a module is compiled from: its .py, then its .pxd when it has one."""
    digest = hashlib.sha256((source_dir / f"{name}.py").read_bytes())
    declarations = source_dir / f"{name}.pxd"
    if declarations.is_file():
        # A separator, so that adding even an empty .pxd changes the hash.
        digest.update(b"\0pxd\0" + declarations.read_bytes())
    return digest.hexdigest()


def extension_suffix() -> str:
    """What this interpreter's extension modules end with (".cpython-311-x86_64-linux-gnu.so")."""
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def pure_forced() -> bool:
    return os.environ.get(PURE_ENV, "").strip().lower() not in ("", "0", "false", "no")


def read_manifest(folder: Path) -> dict | None:
    """The manifest in `folder`, None when there is none; ValueError when it is unreadable."""
    try:
        text = (folder / MANIFEST).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ValueError(str(error)) from error
    manifest = json.loads(text)
    if not isinstance(manifest, dict) or not isinstance(manifest.get("modules"), dict):
        raise ValueError("thiếu mục 'modules'")
    return manifest


def stale_modules(manifest: dict, folder: Path, source_dir: Path = SOURCE_DIR) -> list[str]:
    """Compiled modules that cannot stand for their source: edited, removed or not built here."""
    suffix = extension_suffix()
    if manifest.get("ext_suffix") != suffix:
        # Built by another Python: none of its extension files would load here.
        return sorted(manifest["modules"])
    stale = []
    for name, digest in manifest["modules"].items():
        source = source_dir / f"{name}.py"
        built = folder / PACKAGE / f"{name}{suffix}"
        if not source.is_file() or not built.is_file() or module_hash(source_dir, name) != digest:
            stale.append(name)
    return sorted(stale)


def choose(folder: Path, source_dir: Path = SOURCE_DIR) -> dict[str, Path]:
    """Module name -> extension file to load, or {} for plain Python (warning why if stale)."""
    if pure_forced():
        return {}
    try:
        manifest = read_manifest(folder)
    except ValueError as error:
        logger.warning(
            "bantin.extract: bỏ qua bản biên dịch hỏng %s (%s); bộ trích xuất chạy bằng Python "
            "thuần, chậm hơn; %s",
            folder / MANIFEST,
            error,
            REBUILD_HINT,
        )
        return {}
    if manifest is None:
        return {}
    stale = stale_modules(manifest, folder, source_dir)
    if stale:
        logger.warning(
            "bantin.extract: bản biên dịch đã cũ so với mã nguồn của %s; bộ trích xuất chạy bằng "
            "Python thuần, chậm hơn; %s",
            ", ".join(f"{name}.py" for name in stale),
            REBUILD_HINT,
        )
        return {}
    suffix = extension_suffix()
    return {
        f"{PACKAGE}.{name}": folder / PACKAGE / f"{name}{suffix}" for name in manifest["modules"]
    }


class CompiledFinder:
    """Finds exactly the compiled modules the manifest vouched for; the rest import as .py."""

    def __init__(self, files: dict[str, Path]):
        self.files = files

    def find_spec(self, fullname, path=None, target=None):
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def activate() -> bool:
    """Install the compiled modules for this process when they are current; True if so."""
    if any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        return True
    files = choose(compiled_dir())
    if files:
        # Forked build workers inherit the finder and the modules imported before the fork.
        sys.meta_path.insert(0, CompiledFinder(files))
    return bool(files)
