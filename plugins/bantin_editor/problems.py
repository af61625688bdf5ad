"""A problem `bantin check` found: file, line, level, message (in Vietnamese)."""

import re
from dataclasses import asdict, dataclass

ERROR = "lỗi"
WARNING = "cảnh báo"

# "content/a.md:3: Date: ..." as bantin_integrity writes it: split into path, line, message.
_LOCATED = re.compile(
    r"^(?P<path>[^\n]+?\.(?:md|markdown|mkd|mdown)):(?P<line>\d+):\s*(?P<rest>.*)$", re.S
)


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    level: str
    message: str

    def __str__(self) -> str:
        place = f"{self.path}:{self.line}" if self.line else self.path
        return f"{place}: {self.level}: {self.message}"

    def as_dict(self) -> dict:
        return asdict(self)


def from_log_message(path: str, level: str, message: str) -> Problem:
    """A Problem from a logged message that may already start with "path:line:"."""
    match = _LOCATED.match(message)
    if match and match["path"].endswith(path.split("/")[-1]):
        return Problem(path, int(match["line"]), level, match["rest"].strip())
    if message.startswith(path):
        message = message[len(path) :].lstrip(": ")
    return Problem(path, None, level, message)
