"""Counting rules as pure functions: the reader's day, the reader key, the client address."""

import hashlib
import hmac
import ipaddress
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

# Readers are Vietnamese: "today" and "this month" turn over at midnight in Hà Nội, not UTC.
SITE_TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
READER_KEY_BYTES = 16


def site_day(timestamp: float) -> str:
    """The reader's calendar day, "YYYY-MM-DD" in Asia/Ho_Chi_Minh."""
    return datetime.fromtimestamp(timestamp, SITE_TIMEZONE).date().isoformat()


def reader_key(salt: bytes, ip: str, user_agent: str) -> bytes:
    """A keyed hash of IP and User-Agent: equal for one reader on one day, unlinkable once the
    day's salt is deleted, and never reversible to the address."""
    message = ip.encode("utf-8", "replace") + b"\n" + user_agent.encode("utf-8", "replace")
    return hmac.new(salt, message, hashlib.sha256).digest()[:READER_KEY_BYTES]


def parse_networks(specs: list[str]) -> tuple:
    """Trusted proxy addresses or CIDR ranges; raises ValueError naming the bad one."""
    networks = []
    for spec in specs:
        try:
            networks.append(ipaddress.ip_network(spec.strip(), strict=False))
        except ValueError as error:
            raise ValueError(f"địa chỉ proxy không hợp lệ: {spec!r} ({error})") from None
    return tuple(networks)


@lru_cache(maxsize=4096)
def _is_trusted(address: str, trusted: tuple) -> bool:
    # Cached: the peer is nearly always the same proxy, and parsing costs more than hashing.
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted)


def client_address(peer: str, forwarded_for: str | None, trusted: tuple) -> str:
    """The reader's address: the peer, unless the peer is a trusted proxy, in which case the
    right-most X-Forwarded-For entry that is not itself a trusted proxy (entries further left
    are whatever the client chose to send, so they are never believed)."""
    if not forwarded_for or not _is_trusted(peer, trusted):
        return peer
    for hop in reversed([part.strip() for part in forwarded_for.split(",")]):
        if not hop:
            continue
        if not _is_trusted(hop, trusted):
            try:
                return str(ipaddress.ip_address(hop))
            except ValueError:
                return peer
    return peer
