"""Page digests depend on values only: the same settings give the same digest in every process."""

import subprocess
import sys

DIGEST_OF_SETTINGS = """
import datetime
from bantin_incremental.fingerprint import Fingerprinter
# A date beside the sets: no longer plain data, so the digest walks the values itself.
settings = {
    "IGNORE": {"a.md", "b.md", "c.md", "đ.md"},
    "NESTED": [{"x", "y", "z"}],
    "SINCE": datetime.date(2024, 3, 5),
}
print(Fingerprinter().digest(settings).hex())
"""


def test_a_set_of_names_digests_alike_whatever_the_hash_seed():
    # String hashing (and so a set's order) changes from one Python process to the next.
    digests = {
        subprocess.run(
            [sys.executable, "-c", DIGEST_OF_SETTINGS],
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (1, 2, 3, 4)
    }
    assert len(digests) == 1
