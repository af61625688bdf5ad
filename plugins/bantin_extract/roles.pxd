# C types for roles.py when Cython compiles it (compiled_build); the .py runs unchanged without.
# Typed str/list arguments never receive None or a subclass here, and offsets stay far below
# 2**63, so the facts are those of plain Python (checked by tests/test_extract_compiled.py).
import cython

cdef frozenset _GOES_ON_SHAPES


@cython.locals(begin=Py_ssize_t, end=Py_ssize_t, paren=bint, opener=str)
cpdef tuple read_role(list tokens, Py_ssize_t start, stop_at, name_at=*)

cpdef bint _acronym_head(list tokens, Py_ssize_t i)

@cython.locals(i=Py_ssize_t, nxt=Py_ssize_t, k=Py_ssize_t, text=str)
cpdef Py_ssize_t _scan(list tokens, Py_ssize_t begin, stop_at, bint paren, name_at)
