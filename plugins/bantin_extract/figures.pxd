# C types for figures.py when Cython compiles it (compiled_build); the .py runs unchanged without.
# Typed str/list arguments never receive None or a subclass here, and offsets stay far below
# 2**63, so the facts are those of plain Python (checked by tests/test_extract_compiled.py).
import cython

cdef frozenset _WORD_STARTS
cdef frozenset _QUALIFIER_LAST
cdef frozenset _ELLIPTIC_FIRST
cdef frozenset _NOT_NAMING

cpdef bint _inside(bytearray mask, Py_ssize_t start, Py_ssize_t end) except -1

@cython.locals(chunk=str, words=list)
cpdef tuple _previous_words(str text, Py_ssize_t start)

@cython.locals(begin=Py_ssize_t)
cpdef bint _quoted(str text, Py_ssize_t start) except -1

cpdef bint _named(str text, Py_ssize_t start) except -1

@cython.locals(start=Py_ssize_t, end=Py_ssize_t, text_start=Py_ssize_t, before=str, figure=dict)
cpdef _digit_figure(str text, match, spans)
