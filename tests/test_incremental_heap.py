"""The C heap's free memory goes back to the system while a site is written."""

import platform

import pytest
from incremental_support import EditedSite

import bantin_incremental.template
from bantin_incremental.heap import release_free_heap

glibc_only = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


@glibc_only
def test_freed_heap_memory_leaves_the_process():
    # 100 MB in strings of 2 KB, freed but for the last few: the memory freed lies below
    # memory still in use, and glibc keeps it as the process's own until asked.
    held = ["x" * (2048 + i % 7) for i in range(50_000)]
    del held[:-100]
    before = resident_mb()
    release_free_heap()
    assert resident_mb() < before - 50
    del held


def test_writing_gives_memory_back_every_so_many_pages(tmp_path, monkeypatch):
    releases = []
    monkeypatch.setattr(bantin_incremental.template, "PAGES_BETWEEN_RELEASES", 10)
    monkeypatch.setattr(
        bantin_incremental.template, "release_free_heap", lambda: releases.append(1)
    )
    rendered = EditedSite(tmp_path).build()
    assert len(rendered) >= 50
    # Each of the two writing processes counts its own pages; the first one's are seen here.
    assert len(releases) >= len(rendered) // 2 // 10 - 1
