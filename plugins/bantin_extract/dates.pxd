# C types for dates.py when Cython compiles it (compiled_build); the .py runs unchanged without.
# Typed str/list arguments never receive None or a subclass here, and offsets stay far below
# 2**63, so the facts are those of plain Python (checked by tests/test_extract_compiled.py).
import cython

cdef frozenset _LEAD_LAST
cdef frozenset _LIST_LEAD_LAST
cdef frozenset _HOLIDAY_LAST

@cython.locals(begin=Py_ssize_t, tail=str)
cpdef _written_before(pattern, frozenset last, str text, Py_ssize_t start, Py_ssize_t reach)

@cython.locals(mentions=list, day=Py_ssize_t, month=Py_ssize_t, year=Py_ssize_t, final=Py_ssize_t, start=Py_ssize_t, end=Py_ssize_t, pairs=list, dates=tuple)
cpdef list date_mentions(str text)
