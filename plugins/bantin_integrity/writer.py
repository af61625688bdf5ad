"""Pelican's writer, naming the source of both pages when two would be written to one file.

It also leaves alone a file whose page a template hands back as a KeptPage (bantin_incremental:
the file already holds exactly that page), so an unchanged page costs no write.
"""

import io
import logging

from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

logger = logging.getLogger("bantin.integrity")


class KeptPage(str):
    """A rendered page that its output file already holds, byte for byte."""


# Put in the template context by this writer: a template may answer KeptPage("") for a page
# its file already holds, without reading the file (another writer would write what it gets).
WRITER_KEEPS_FILES = "_bantin_writer_keeps_files"


class _ObservedTemplate:
    """The template Pelican renders, telling the writer whether the page came back kept."""

    def __init__(self, template, writer: "SourceNamingWriter"):
        self._template = template
        self._writer = writer

    def render(self, *args, **kwargs):
        context = dict(*args, **kwargs)
        context[WRITER_KEEPS_FILES] = True
        output = self._template.render(context)
        # Pelican opens the file right after rendering: _open_w reads this flag next.
        self._writer._next_is_kept = isinstance(output, KeptPage)
        return output

    def __getattr__(self, name):
        return getattr(self._template, name)


class SourceNamingWriter(Writer):
    """Remembers which article, page or template wrote each file, for the overwrite error."""

    # Set by bantin_incremental for the build it runs: keeps_feed(elements, context, path, url,
    # feed_type, feed_title) is True when the feed's file already holds that feed.
    feed_keeper = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._origins: dict[str, str] = {}
        self._templates: dict[str, str] = {}
        self._writing = ""
        self._next_is_kept = False

    def write_file(self, name, template, context, *args, **kwargs):
        content = kwargs.get("article") or kwargs.get("page")
        self._writing = getattr(content, "source_path", None) or self._generated_by(template)
        observed = _ObservedTemplate(template, self)
        return super().write_file(name, observed, context, *args, **kwargs)

    def _generated_by(self, template) -> str:
        # One text per template, shared by every file it writes (tens of thousands of pages).
        name = getattr(template, "name", template)
        described = self._templates.get(name)
        if described is None:
            described = self._templates[name] = f"trang tạo tự động từ mẫu '{name}'"
        return described

    def write_feed(
        self,
        elements,
        context,
        path=None,
        url=None,
        feed_type="atom",
        override_output=False,
        feed_title=None,
    ):
        # feed_keeper (bantin_incremental) knows whether the feed's file already holds it.
        keeper = type(self).feed_keeper
        may_keep = bool(path) and keeper is not None
        if may_keep and keeper.keeps_feed(elements, context, path, url, feed_type, feed_title):
            self._writing = f"nguồn tin {path}"
            self._record_without_writing(sanitised_join(self.output_path, path), override_output)
            return None
        return super().write_feed(
            elements, context, path, url, feed_type, override_output, feed_title
        )

    def _open_w(self, filename, encoding, override=False):
        kept, self._next_is_kept = self._next_is_kept, False
        try:
            if kept:
                self._record_without_writing(filename, override)
                handle = io.StringIO()
            else:
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

    def _record_without_writing(self, filename, override):
        """Pelican's rules for writing one file twice, applied to a file left as it is."""
        if filename in self._overridden_files:
            if override:
                raise FileOverwriteFailedError(f"{filename} được ghi đè lần thứ hai")
            return
        if filename in self._written_files and not override:
            raise FileOverwriteFailedError(f"{filename} đã được ghi")
        if override:
            self._overridden_files.add(filename)
        self._written_files.add(filename)
