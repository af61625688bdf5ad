"""Run one command in a fresh subprocess and measure it: wall time, CPU time and peak memory."""

import os
import signal
import subprocess
import time
from dataclasses import dataclass


@dataclass
class Measurement:
    """What one child process cost; rss_mb is its peak resident memory (ru_maxrss)."""

    wall: float
    cpu: float
    rss_mb: float
    returncode: int
    log: str = ""


class BuildTimeout(RuntimeError):
    """The child ran past its time limit and was stopped."""


def measure(command: list[str], timeout: float, log_path: str) -> Measurement:
    """Run `command`, its output into `log_path`; stop its process group after `timeout` s."""
    with open(log_path, "w", encoding="utf-8") as log:
        start = time.perf_counter()
        child = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            while True:
                pid, status, usage = os.wait4(child.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() - start > timeout:
                    raise BuildTimeout(
                        f"{' '.join(command)} vượt quá {timeout:.0f} s; xem {log_path}"
                    )
                time.sleep(0.01)
        except BaseException:
            # The child runs in its own session: stop it with us (timeout, Ctrl-C, SIGTERM).
            os.killpg(child.pid, signal.SIGKILL)
            os.wait4(child.pid, 0)
            raise
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux; wait4 folds in the child's own waited-for children.
    return Measurement(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        rss_mb=usage.ru_maxrss / 1024,
        returncode=child.returncode,
        log=log_path,
    )
