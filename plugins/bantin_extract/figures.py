"""Finds figures: how many of what. (Rules being written.)"""


def find_figures(text: str) -> list[dict]:
    return []
