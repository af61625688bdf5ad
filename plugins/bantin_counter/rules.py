"""Counting rules as pure functions: the reader's day, the reader key, the client address."""

import hashlib
import hmac
import ipaddress
import socket
from datetime import datetime
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


def _packed(address: str) -> tuple[int, bytes] | None:
    """(family, packed bytes) of an IP address, None when it is not one. socket's C parser:
    this runs for every hit, and the ipaddress module costs several times more."""
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            return family, socket.inet_pton(family, address)
        except (OSError, ValueError):
            continue
    return None


def parse_networks(specs: list[str]) -> tuple:
    """Trusted proxy addresses or CIDR ranges as (family, network, mask) integers; raises
    ValueError naming the bad one."""
    networks = []
    for spec in specs:
        try:
            network = ipaddress.ip_network(spec.strip(), strict=False)
        except ValueError as error:
            raise ValueError(f"địa chỉ proxy không hợp lệ: {spec!r} ({error})") from None
        family = socket.AF_INET if network.version == 4 else socket.AF_INET6
        networks.append((family, int(network.network_address), int(network.netmask)))
    return tuple(networks)


def _is_trusted(packed: tuple[int, bytes] | None, trusted: tuple) -> bool:
    if packed is None:
        return False
    family, raw = packed
    number = int.from_bytes(raw, "big")
    return any(family == kind and number & mask == net for kind, net, mask in trusted)


def client_address(peer: str, forwarded_for: str | None, trusted: tuple) -> str:
    """The reader's address: the peer, unless the peer is a trusted proxy, in which case the
    right-most X-Forwarded-For entry that is not itself a trusted proxy (entries further left
    are whatever the client chose to send, so they are never believed)."""
    if not forwarded_for or not _is_trusted(_packed(peer), trusted):
        return peer
    for hop in reversed(forwarded_for.split(",")):
        hop = hop.strip()
        if not hop:
            continue
        packed = _packed(hop)
        if packed is None:
            return peer
        if not _is_trusted(packed, trusted):
            return socket.inet_ntop(*packed)  # one spelling per address
    return peer
