"""Finds named people with honorific, degree and role. (Rules being written.)"""


def find_people(text: str) -> list[dict]:
    return []
