"""Helpers shared by the people-finder tests: the finder on prepared text, and a neutral sentence."""

from bantin_extract.people import find_people
from bantin_extract.text import prepare

BODY = "Hội nghị diễn ra trong không khí dân chủ, cởi mở và đạt được nhiều kết quả tốt đẹp."


def people(text: str) -> list[dict]:
    return find_people(prepare(text))


def by_name(text: str) -> dict[str, dict]:
    return {person["name"]: person for person in people(text)}
