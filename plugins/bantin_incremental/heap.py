"""Hands the C heap's free memory back to the system at the build's turns and while writing (glibc only).

Reading 10,000 articles leaves the C allocator's heap full of holes: Markdown's working
strings, records taken from the second reading process, bodies re-made without their UTF-8
twin, the indexes' working lists; writing leaves more (each page's HTML and its parts).
glibc keeps freed pages as the process's own until asked (malloc_trim): they counted in its
memory to the end of the build, and in the second writing process forked from it, some 60 MB
at 10,000 articles. Elsewhere (musl, macOS, Windows) nothing is done.
"""

import ctypes
import functools


@functools.cache
def _malloc_trim():
    try:
        # The symbols the process already has: the C library's among them, no file looked up.
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None


def release_free_heap() -> None:
    """Return the heap's free pages to the system, where the C library can."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


# Pages rendered between two releases while writing: a release takes a few ms, and each
# lets the next pages fault fresh memory in (kernel time); 500 kept no less memory than 2,000.
PAGES_BETWEEN_RELEASES = 2000
