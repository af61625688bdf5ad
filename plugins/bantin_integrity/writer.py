"""Pelican's writer, naming the source of both pages when two would be written to one file."""

import logging

from pelican.writers import FileOverwriteFailedError, Writer

logger = logging.getLogger("bantin.integrity")


class SourceNamingWriter(Writer):
    """Remembers which article, page or template wrote each file, for the overwrite error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._origins: dict[str, str] = {}
        self._writing = ""

    def write_file(self, name, template, context, *args, **kwargs):
        content = kwargs.get("article") or kwargs.get("page")
        self._writing = getattr(content, "source_path", None) or (
            f"trang tạo tự động từ mẫu '{getattr(template, 'name', template)}'"
        )
        return super().write_file(name, template, context, *args, **kwargs)

    def _open_w(self, filename, encoding, override=False):
        try:
            handle = super()._open_w(filename, encoding, override)
        except FileOverwriteFailedError:
            message = (
                f"{self._writing} và {self._origins.get(filename, 'một trang khác')} cùng được "
                f"ghi ra {filename}: hãy đặt 'Slug:' khác cho bài viết hoặc trang này để "
                "không trang nào bị ghi đè"
            )
            logger.error(message)
            raise FileOverwriteFailedError(message) from None
        self._origins.setdefault(filename, self._writing)
        return handle
