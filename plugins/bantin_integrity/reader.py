"""The Markdown reader every bantin site uses: NFC text, day-first dates, typos reported with file:line."""

import difflib
import logging
import re
from datetime import date, datetime

import yaml
from pelican.plugins.yaml_metadata.yaml_metadata import HEADER_RE, YAMLMetadataReader

from bantin_integrity.fields import KNOWN_FIELDS, display_name
from bantin_text import DateError, nfc, parse_editor_datetime

logger = logging.getLogger("bantin.integrity")

_DATE_FIELDS = ("date", "modified")
_VIEWS = re.compile(r"^\d{1,3}(?:[.,\s]\d{3})*$|^\d+$")


class ContentError(ValueError):
    """Metadata that cannot be read; the message names the file and line."""


def _find_field(source_path: str, name: str) -> tuple[int, str] | None:
    """(line number, text after the colon) of the metadata field `name` in the header."""
    pattern = re.compile(rf"^\s*{re.escape(name)}\s*:(.*)$", re.IGNORECASE)
    try:
        with open(source_path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                match = pattern.match(line)
                if match:
                    return number, match.group(1).strip()
                if number > 80:
                    break
    except OSError:
        return None
    return None


def field_line(source_path: str, name: str) -> int | None:
    """The line on which the metadata field `name` is written, for error messages."""
    found = _find_field(source_path, name)
    return found[0] if found else None


def where(source_path: str, name: str | None = None) -> str:
    """ "content/a.md:3" when the field's line is known, else the path alone."""
    line = field_line(source_path, name) if name else None
    return f"{source_path}:{line}" if line else source_path


def parse_views(raw) -> int:
    """A legacy view count: "237", "1.234" or "1 234"."""
    text = str(raw).strip()
    if not _VIEWS.match(text):
        raise ValueError(f"'{text}' không phải số lượt xem; hãy viết một số nguyên, ví dụ 237")
    return int(re.sub(r"\D", "", text))


class BantinReader(YAMLMetadataReader):
    """Markdown with a Pelican or YAML metadata header, read the Vietnamese way."""

    def read(self, source_path):
        self._source_path = source_path
        try:
            with open(source_path, encoding="utf-8") as handle:
                text = handle.read()
        except UnicodeDecodeError as error:
            message = (
                f"{source_path}: tệp không phải UTF-8 (byte {error.start}); "
                "hãy lưu lại tệp với bảng mã UTF-8"
            )
            # Pelican logs only "Could not process <file>" for a reader's exception: say why here.
            logger.error(message)
            raise ContentError(message) from None
        self._check_yaml_header(source_path, text)
        content, metadata = super().read(source_path)
        self._report_unknown_fields(source_path, metadata)
        return nfc(content or ""), metadata

    def _check_yaml_header(self, source_path, text):
        # The YAML plugin logs a cut-off English message and goes on with no metadata, which
        # then reads as "missing Title": say where the header is broken instead.
        header = HEADER_RE.fullmatch(text)
        if not header:
            return
        try:
            yaml.safe_load(header.group("metadata"))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None  # the header starts on line 1
            place = f"{source_path}:{line}" if line else source_path
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            message = (
                f"{place}: phần đầu YAML (giữa hai dòng ---) bị lỗi: {problem}; hãy viết mỗi "
                "dòng dạng 'tên: giá trị' và đặt giá trị có dấu ':' trong ngoặc kép"
            )
            logger.error(message)
            raise ContentError(message) from None

    def process_metadata(self, name, value):
        # Markdown header path: every value passes through here.
        if isinstance(value, str):
            value = nfc(value)
        if name in _DATE_FIELDS:
            return self._read_date(name, value)
        if name == "views":
            return self._read_views(value)
        return super().process_metadata(name, value)

    def _parse_yaml_metadata(self, meta, source_path):
        # YAML header path: dates and views are read here before the YAML plugin sees them.
        prepared = {}
        for key, value in meta.items():
            name = str(key).lower()
            if isinstance(value, str):
                value = nfc(value)
            if name in _DATE_FIELDS and value is not None:
                value = self._read_date(name, value)
            elif name == "views" and value is not None:
                if isinstance(value, float):
                    # YAML reads "1.230" (Vietnamese for 1230) as the float 1.23: use the text.
                    found = _find_field(source_path, str(key))
                    value = found[1] if found else value
                value = self._read_views(value)
            prepared[key] = value
        output = super()._parse_yaml_metadata(prepared, source_path)
        for name in ("views",):
            if name in prepared:
                output[name] = prepared[name]
        return output

    def _read_date(self, name, value):
        if isinstance(value, datetime):
            return value
        if isinstance(value, date):
            return datetime(value.year, value.month, value.day)
        try:
            return parse_editor_datetime(value)
        except DateError as error:
            message = f"{where(self._source_path, name)}: {display_name(name)}: {error}"
            logger.error(message)
            raise ContentError(message) from None

    def _read_views(self, value):
        try:
            return parse_views(value)
        except ValueError as error:
            message = f"{where(self._source_path, 'views')}: Views: {error}"
            logger.error(message)
            raise ContentError(message) from None

    def _report_unknown_fields(self, source_path, metadata):
        allowed = set(KNOWN_FIELDS) | {
            k.lower() for k in self.settings.get("BANTIN_EXTRA_METADATA", ())
        }
        for name in metadata:
            if name in allowed:
                continue
            guess = difflib.get_close_matches(name, sorted(allowed), n=1, cutoff=0.6)
            hint = (
                f"; có phải ý bạn là '{display_name(guess[0])}'?"
                if guess
                else ("; các trường hợp lệ được liệt kê trong README (mục Viết bài)")
            )
            logger.error(
                "%s: trường thông tin lạ '%s'%s", where(source_path, name), display_name(name), hint
            )
