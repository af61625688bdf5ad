"""Finds official documents referred to. (Rules being written.)"""


def find_documents(text: str) -> list[dict]:
    return []
