"""`make eval`: runs `bantin extract` over ../shared/eval/dev/articles and prints score.py's table."""

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def main() -> int:
    if not (EVAL / "score.py").is_file():
        print(f"make eval: bỏ qua, không thấy {EVAL} (bộ đánh giá nằm cạnh kho mã)")
        return 0
    articles = sorted(str(p) for p in (EVAL / "dev" / "articles").glob("*.txt"))
    bantin = ROOT / ".venv" / "bin" / "bantin"
    result = subprocess.run([str(bantin), "extract", *articles], capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        return result.returncode
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as pred:
        pred.write(result.stdout)
    extra = sys.argv[1:]
    return subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            "--gold",
            str(EVAL / "dev" / "gold"),
            "--pred",
            pred.name,
            *extra,
        ],
        cwd=str(EVAL),
    ).returncode


if __name__ == "__main__":
    sys.exit(main())
