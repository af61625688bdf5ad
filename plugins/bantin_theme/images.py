"""Intrinsic size of a cover image (SVG, PNG, GIF, JPEG, WebP), so the page reserves its space."""

import re
import struct

_SVG_TAG = re.compile(rb"<svg\b[^>]*>", re.IGNORECASE | re.DOTALL)
_SVG_ATTR = re.compile(rb'\b(width|height|viewBox)\s*=\s*["\']([^"\']+)["\']')
_SVG_LENGTH = re.compile(rb"^\s*([\d.]+)\s*(px)?\s*$")
_JPEG_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _svg_size(head: bytes) -> tuple[int, int] | None:
    tag = _SVG_TAG.search(head)
    if not tag:
        return None
    attrs = dict(_SVG_ATTR.findall(tag.group(0)))
    width, height = (_SVG_LENGTH.match(attrs.get(k, b"")) for k in (b"width", b"height"))
    if width and height:
        return round(float(width[1])), round(float(height[1]))
    box = attrs.get(b"viewBox", b"").replace(b",", b" ").split()
    if len(box) == 4:
        return round(float(box[2])), round(float(box[3]))
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker, length = data[at + 1], struct.unpack(">H", data[at + 2 : at + 4])[0]
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        at += 2 + length
    return None


def image_size(path: str) -> tuple[int, int] | None:
    """(width, height) in pixels, or None when the file is missing or not understood."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(256 * 1024)
    except OSError:
        return None
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return struct.unpack("<HH", data[6:10])
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP" and data[12:16] == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        return width, int.from_bytes(data[27:30], "little") + 1
    try:
        return _svg_size(data)
    except ValueError:
        return None
