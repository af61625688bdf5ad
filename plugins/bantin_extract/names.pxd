# C types for names.py when Cython compiles it (compiled_build); the .py runs unchanged without.
# Typed str/list arguments never receive None or a subclass here, and offsets stay far below
# 2**63, so the facts are those of plain Python (checked by tests/test_extract_compiled.py).
import cython

cdef frozenset _ENDING_FIRST
cdef frozenset _NOT_FIRST
cdef frozenset _ORG_OPENING_FIRST
cdef frozenset _FAMILY_WORDS
cdef frozenset _GIVEN_TOO

@cython.locals(i=Py_ssize_t)
cpdef bint _ends_here(list tokens, Py_ssize_t i)

@cython.locals(end=Py_ssize_t, cut=Py_ssize_t, n=Py_ssize_t, caps=bint)
cpdef Py_ssize_t read_name(list tokens, Py_ssize_t start, bint allow_caps)
