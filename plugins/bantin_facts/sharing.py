"""Facts held compactly for the whole build: strings interned, dicts of one shape sharing their keys.

A large site holds the facts of every article from reading to the last page written: at
10,000 bulletins that is some 250,000 figure dicts and 80,000 people and documents, most of
three to five keys. An ordinary dict of three keys costs 184 bytes, nearly all of it its own
hash table of keys. CPython keeps the attribute dict of instances of one class as a "split"
dict: the keys live once, in a table all instances share, and each dict holds only its values
(96 bytes for three). Facts dicts are made that way: one throwaway class per shape (key
order), whose first instance's __dict__ is copied for each dict of that shape. The result is
a plain dict in every respect (equal, same order, same pickle, marshal and JSON); only its
memory differs. Should another Python not split instance dicts, it is an ordinary dict, and
only the saving is lost.
"""

import sys

# CPython shares the keys of at most 30 instance attributes per class.
_MOST_SHARED_KEYS = 30
# One key-shared dict per shape (the keys in order), values None: each dict of that shape is a
# copy of it given its values. Copying and updating keys it already has keep the key table
# shared, all in C: twice as fast as setting an instance's attributes one by one.
_TEMPLATES: dict[tuple, dict] = {}


def _key_shared(items: dict) -> dict:
    keys = tuple(items)
    template = _TEMPLATES.get(keys)
    if template is None:
        if len(keys) > _MOST_SHARED_KEYS or not all(type(key) is str for key in keys):
            return items
        shape = type("FactsShape", (), {})
        holder = shape()
        for key in keys:
            setattr(holder, key, None)
        # Each new instance takes one slot of room for more keys from the shared table, down
        # to one: after these, a dict copied from the template holds its values and no more.
        for _ in range(_MOST_SHARED_KEYS):
            shape()
        template = _TEMPLATES[keys] = holder.__dict__
    shaped = template.copy()
    shaped.update(items)
    return shaped


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
