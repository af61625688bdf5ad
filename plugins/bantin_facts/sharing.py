"""Facts held compactly for the whole build: strings interned, dicts of one shape sharing their keys.

A large site holds the facts of every article from reading to the last page written: at
10,000 bulletins that is some 250,000 figure dicts and 80,000 people and documents, most of
three to five keys. An ordinary dict of three keys costs 184 bytes, nearly all of it its own
hash table of keys. CPython keeps the attribute dict of instances of one class as a "split"
dict: the keys live once, in a table all instances share, and each dict holds only its values
(104 bytes for three). Facts dicts are made that way: one throwaway class per shape (key
order), an instance given the values, its __dict__ kept. The result is a plain dict in every
respect (equal, same order, same pickle, marshal and JSON); only its memory differs. Should
another Python not split instance dicts, it is an ordinary dict, and only the saving is lost.
"""

import sys

# CPython shares the keys of at most 30 instance attributes per class.
_MOST_SHARED_KEYS = 30
# One class per shape (the keys in order): the shared key table must list them in that order.
_SHAPES: dict[tuple, type] = {}


def _key_shared(items: dict) -> dict:
    keys = tuple(items)
    shape = _SHAPES.get(keys)
    if shape is None:
        if len(keys) > _MOST_SHARED_KEYS or not all(type(key) is str for key in keys):
            return items
        shape = _SHAPES[keys] = type("FactsShape", (), {})
    holder = shape()
    for key, value in items.items():
        setattr(holder, key, value)
    return holder.__dict__


def shared(value):
    """`value` with strings interned (thousands of articles repeat names, roles, units, dates)
    and every dict made key-shared; lists stay lists, everything else is kept as it is."""
    kind = type(value)
    if kind is str:
        return sys.intern(value)
    if kind is dict:
        return _key_shared(
            {sys.intern(k) if type(k) is str else k: shared(v) for k, v in value.items()}
        )
    if kind is list:
        return [shared(item) for item in value]
    return value
