"""Which unit (chi bộ, đảng bộ) an article belongs to: its Unit: matched against data/units.yml."""

from bantin_text import canon


class UnitIndex:
    """Looks units up by name or alias, blind to case, NFC/NFD and old/new tone placement."""

    def __init__(self, units: list[dict] | None):
        self.units = [unit for unit in units or [] if isinstance(unit, dict) and unit.get("slug")]
        self._by_key = {}
        for unit in self.units:
            for name in [unit.get("name"), *(unit.get("aliases") or [])]:
                if name:
                    self._by_key.setdefault(canon(str(name)), unit)
        # Thousands of articles name the same few units: each spelling is keyed once.
        self._found: dict[str, dict | None] = {}

    def find(self, name: str | None) -> dict | None:
        """The unit called `name` ("Chi bộ Khoa Toán – Tin", "chi bộ khoa toán - tin"...), or None."""
        if not name:
            return None
        unit = self._found.get(name, self)
        if unit is self:
            unit = self._found[name] = self._by_key.get(canon(name))
        return unit

    def names(self) -> list[str]:
        return [unit["name"] for unit in self.units]
