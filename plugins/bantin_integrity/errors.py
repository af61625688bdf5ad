"""Collects every error logged during a build so the build fails at the end, listing them all."""

import logging

# Loggers whose errors mean an article was skipped or is wrong.
WATCHED_PREFIXES = ("pelican", "bantin", "yaml_metadata")


class BuildFailed(SystemExit):
    """Content had errors: prints the list and exits 1, with no traceback to wade through."""


class BuildFailedKeepServing(RuntimeError):
    """The same, for `make devserver`: Pelican's autoreload logs it and keeps watching."""


class ErrorCollector(logging.Handler):
    """Remembers ERROR records from Pelican and bantin loggers, in order."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record):
        if record.name.startswith(WATCHED_PREFIXES) or "yaml_metadata" in record.name:
            self.messages.append(record.getMessage().strip())

    def summary(self) -> str:
        lines = [
            f"Bản dựng thất bại: {len(self.messages)} lỗi trong nội dung, hãy sửa rồi dựng lại."
        ]
        lines += [f"  {i}. {message}" for i, message in enumerate(self.messages, 1)]
        return "\n".join(lines)
