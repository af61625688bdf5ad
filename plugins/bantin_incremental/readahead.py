"""Reads articles in two processes: a second one reads and extracts from the end of the list while the build reads from the start.

Reading an article (Markdown to HTML, metadata) and extracting its facts is most of a cold
build's reading time and needs nothing from other articles. The build forks once the files are
listed; the second process takes files from the end of the list, the first from the start,
each claiming a file under a lock before reading it, until they meet. For each file it read,
the second process leaves what the Markdown reader returned, the facts it extracted and every
log record it made, in a file they share; the first hands those to Pelican in place of reading
the file again, so everything after the reader (metadata defaults, signals, the article
object, the checks of bantin_integrity) runs in the build's own process as before, and the log
says what it would have said. A file the second process could not read is read again by the
first, which then reports the error itself.
"""

import logging
import mmap
import multiprocessing
import os
import pickle
import struct
import tempfile

from pelican import signals
from pelican.contents import Article

from bantin_facts import hand_over_facts, take_facts

logger = logging.getLogger("bantin.incremental")

# Two int64 in memory both processes see: the first index the first process has not passed,
# and the lowest index the second process has claimed.
_FRONTS = struct.Struct("qq")


class _Capture(logging.Handler):
    """Keeps every record the second process logs, made picklable, for the file being read."""

    def __init__(self):
        super().__init__(logging.NOTSET)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        # Arguments and tracebacks may not pickle: keep the text the first process would print.
        record.msg = record.getMessage()
        record.args = None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        record.stack_info = None
        self.records.append(record)


class ReadAhead:
    """One generator's reading, shared with a second process for the files in `paths`."""

    def __init__(self, generator, paths: list[str]):
        self.generator = generator
        self.paths = paths
        self.index = {
            os.path.abspath(os.path.join(generator.path, path)): i for i, path in enumerate(paths)
        }
        self.lock = multiprocessing.Lock()
        self.fronts = mmap.mmap(-1, _FRONTS.size)
        # The last file is the second process's from the start, so it always has one to read.
        self.fronts[:] = _FRONTS.pack(0, len(paths) - 1)
        # Open until finish(): the second process writes here, the first reads it back.
        self.results = tempfile.TemporaryFile(prefix="bantin-readahead-")  # noqa: SIM115
        self.pid: int | None = None
        self.received: dict[int, tuple] | None = None
        self.readers: dict[str, object] = {}
        # How many files the first process took from the second instead of reading them.
        self.taken = 0

    # The first process ------------------------------------------------------------------

    def start(self) -> None:
        # Whatever is buffered would otherwise be printed by both processes.
        for handler in logging.getLogger().handlers:
            handler.flush()
        pid = os.fork()
        if pid == 0:
            self._second_process()
        self.pid = pid
        for fmt, reader in self.generator.readers.readers.items():
            self.readers[fmt] = reader.read
            reader.read = self._reading(reader.read)

    def _reading(self, read):
        def read_or_take(path):
            index = self.index.get(path)
            if index is None or not self._claimed_by_second(index):
                return read(path)
            taken = self._take(index)
            if taken is None:
                return read(path)
            output, records, facts = taken
            self.taken += 1
            for record in records:
                logging.getLogger(record.name).handle(record)
            take_facts(facts)
            return output

        return read_or_take

    def _claimed_by_second(self, index: int) -> bool:
        with self.lock:
            first, second = _FRONTS.unpack(self.fronts[:])
            if index < second:
                self.fronts[:] = _FRONTS.pack(max(first, index + 1), second)
                return False
            # Met: the second process stops after the file it is reading.
            self.fronts[:] = _FRONTS.pack(len(self.paths), second)
            return True

    def _take(self, index: int):
        if self.received is None:
            self._wait()
        return self.received.pop(index, None)

    def _wait(self) -> None:
        self.received = {}
        if self.pid is None:
            return
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if status != 0:
            # Whatever it did not leave is read here again: nothing is lost, only time.
            logger.debug("bantin.incremental: tiến trình đọc thứ hai dừng với mã %s", status)
        self.results.seek(0)
        while True:
            try:
                # One unpickler per record: each was pickled with a fresh memo.
                index, taken = _SettingsFromName(self.results, self.generator.settings).load()
            except EOFError:
                break
            except (pickle.UnpicklingError, ValueError, AttributeError, ImportError):
                break  # a record cut short by a crash: the files after it are read again
            self.received[index] = taken

    def finish(self) -> None:
        """Wait for the second process and put the readers back; called whether reading failed or not."""
        if self.pid is not None:
            with self.lock:
                second = _FRONTS.unpack(self.fronts[:])[1]
                self.fronts[:] = _FRONTS.pack(len(self.paths), second)
            self._wait()
        for fmt, read in self.readers.items():
            self.generator.readers.readers[fmt].read = read
        self.readers = {}
        self.results.close()
        self.fronts.close()

    # The second process -----------------------------------------------------------------

    def _second_process(self) -> None:
        status = 0
        try:
            self._read_from_the_end()
        except BaseException:  # whatever happens, never return into Pelican
            status = 1
        finally:
            os._exit(status)

    def _read_from_the_end(self) -> None:
        capture = _Capture()
        root = logging.getLogger()
        root.handlers = [capture]
        generator = self.generator
        outputs = {}
        for reader in generator.readers.readers.values():
            reader.read = _recording(reader.read, outputs, capture)
        # What this process reads is handed over, not kept: no content cache of its own.
        generator.readers._cache_data_policy = False
        pickler = _SettingsByName(self.results, generator.settings)
        first_process = os.getppid()
        for index in range(len(self.paths) - 1, -1, -1):
            if os.getppid() != first_process:
                break  # the build was stopped: nobody will take what is read now
            with self.lock:
                first = _FRONTS.unpack(self.fronts[:])[0]
                if index < first:
                    break
                self.fronts[:] = _FRONTS.pack(first, index)
            outputs.clear()
            hand_over_facts()
            try:
                generator.readers.read_file(
                    base_path=generator.path,
                    path=self.paths[index],
                    content_class=Article,
                    context=generator.context,
                    preread_signal=signals.article_generator_preread,
                    preread_sender=generator,
                    context_signal=signals.article_generator_context,
                    context_sender=generator,
                )
            except Exception:  # the first process reads it again and says why
                continue
            if len(outputs) != 1:
                continue
            ((output, records),) = outputs.values()
            pickler.dump((index, (output, records, hand_over_facts())))
            pickler.clear_memo()
        self.results.flush()


def _recording(read, outputs: dict, capture: _Capture):
    """The reader, keeping what it returned and logged: the rest of reading the first process does again."""

    def read_and_keep(path):
        capture.records = []
        output = read(path)
        outputs[path] = (output, capture.records)
        # What is logged after the reader returns (metadata, content_object_init: the facts,
        # the checks) is logged again by the first process when it does that part itself.
        capture.records = []
        return output

    return read_and_keep


class _SettingsByName(pickle.Pickler):
    """Pickles the build's settings as a name: categories, tags and authors point to them."""

    def __init__(self, handle, settings):
        super().__init__(handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.settings = settings

    def persistent_id(self, obj):
        return "settings" if obj is self.settings else None


class _SettingsFromName(pickle.Unpickler):
    """Gives back this process's own settings where the second process had its copy."""

    def __init__(self, handle, settings):
        super().__init__(handle)
        self.settings = settings

    def persistent_load(self, pid):
        if pid != "settings":
            raise pickle.UnpicklingError(f"unknown reference {pid!r}")
        return self.settings
