"""Writes a build's pages in two processes: forked once every context is ready, each renders every other page.

Both processes run every generator's output step in the same order, so they meet the same
pages (and feeds) in the same sequence; each renders its share and leaves the other's to it
(the writer does not touch a page handed back as KeptPage, nor a feed the renderer says is
kept). Copying static files is the first process's alone. The second process reports what it
rendered (digests, page names) through a pipe and exits; the first waits for it before the
build goes on (sitemap, search index), and fails the build if it failed.
"""

import logging
import os
import pickle
import traceback

from pelican import signals
from pelican.generators import SourceFileGenerator, StaticGenerator

from bantin_integrity.writer import SourceNamingWriter

logger = logging.getLogger("bantin.incremental")

# Generators that copy files rather than render pages (static files, the theme's static
# folder, sources): they render no page, so leaving them out keeps both processes' page
# sequences alike.
COPIERS = (StaticGenerator, SourceFileGenerator)


class WorkerFailed(RuntimeError):
    """The second rendering process failed: its error is in the message."""


def share_output(generators, renderer, processes: int) -> None:
    """Make the generators' output steps run in `processes` (1 or 2) processes."""
    steps = [g for g in generators if hasattr(g, "generate_output")]
    if processes < 2 or not steps:
        return
    originals = {id(g): g.generate_output for g in steps}
    state = {"child": None}

    def first_step(generator, writer):
        # Only a writer that leaves KeptPage files alone may be told "the other one has it".
        if not isinstance(writer, SourceNamingWriter):
            return
        reader, writer_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(reader)
            _run_child(steps, originals, writer, renderer, writer_end)
        os.close(writer_end)
        state["child"] = (pid, reader)
        renderer.share = (0, 2)

    def wait_for_child(failed: bool) -> None:
        if state["child"] is None:
            return
        pid, reader = state["child"]
        state["child"] = None
        report = _child_report(pid, reader)
        # After our own failure the child's report is moot: the original error is the news.
        if not failed:
            _merge(report, renderer)

    def wrap(generator, last: bool, first: bool):
        original = originals[id(generator)]

        def generate_output(writer):
            if first:
                first_step(generator, writer)
            try:
                original(writer)
            except BaseException:
                wait_for_child(failed=True)
                raise
            if last:
                wait_for_child(failed=False)

        return generate_output

    for index, generator in enumerate(steps):
        generator.generate_output = wrap(generator, index == len(steps) - 1, index == 0)


def _run_child(steps, originals, writer, renderer, pipe: int) -> None:
    """The second process: render its share, report, and leave without returning."""
    status = 0
    try:
        renderer.share = (1, 2)
        # What plugins do once a generator's pages are written (e.g. bantin_counter's
        # manifest) is the first process's to do, once.
        with signals.article_writer_finalized.muted(), signals.page_writer_finalized.muted():
            for generator in steps:
                # Copying files is the first process's too: two copying one folder race.
                if not isinstance(generator, COPIERS):
                    originals[id(generator)](writer)
        report = {"records": renderer.manifest.current, "rendered": renderer.rendered}
        report.update(reused=renderer.reused, unkeyed=renderer.unkeyed)
    except BaseException:  # everything must reach the parent, then this process exits
        report = {"error": traceback.format_exc()}
        status = 1
    try:
        data = pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.write(pipe, view) :]
        os.close(pipe)
    finally:
        # Never return into the caller (Pelican, a test runner): this process only renders.
        os._exit(status)


def _child_report(pid: int, reader: int) -> dict:
    """Everything the second process sent, once it has exited."""
    chunks = []
    while chunk := os.read(reader, 1 << 20):
        chunks.append(chunk)
    os.close(reader)
    _, status = os.waitpid(pid, 0)
    try:
        report = pickle.loads(b"".join(chunks))
    except (pickle.UnpicklingError, EOFError, ValueError):
        report = {}
    if status != 0 and "error" not in report:
        report = {"error": f"tiến trình dựng trang thứ hai dừng bất thường (mã {status})"}
    return report


def _merge(report: dict, renderer) -> None:
    if "error" in report:
        raise WorkerFailed(f"bantin.incremental: dựng trang thất bại:\n{report['error']}")
    renderer.manifest.current.update(report["records"])
    renderer.rendered.extend(report["rendered"])
    renderer.reused += report["reused"]
    renderer.unkeyed += report["unkeyed"]
