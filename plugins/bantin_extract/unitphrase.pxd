# C types for unitphrase.py when Cython compiles it (compiled_build); the .py runs unchanged without.
# Typed str/list arguments never receive None or a subclass here, and offsets stay far below
# 2**63, so the facts are those of plain Python (checked by tests/test_extract_compiled.py).
import cython

cdef frozenset _MARKS
cdef Py_ssize_t _MAX_TOKENS
cdef dict _READ
cdef Py_ssize_t _READ_LIMIT
cdef object _UNREAD

@cython.locals(newline=Py_ssize_t)
cpdef Py_ssize_t line_start(str text, Py_ssize_t at, Py_ssize_t limit) except -1


@cython.final
cdef class Tokens:
    cdef public list _tokens
    cdef public list _chunks
    cdef public list words
    cdef public Py_ssize_t text_end
    cdef public str _text
    cdef public Py_ssize_t _at
    cdef public str _window
    cdef public object _upper
    cdef public list _starts

    cdef void _scan(self, str chunk, Py_ssize_t index) except *
    @cython.locals(chunk=Py_ssize_t, offset=Py_ssize_t, position=Py_ssize_t, starts=list, chunks=list, window=str)
    cpdef Py_ssize_t end(self, Py_ssize_t index) except -1


@cython.locals(end=Py_ssize_t, window=str, chunks=list)
cpdef unit_after_text(str text, Py_ssize_t at, bint known_only)

@cython.locals(items=list, words=list, skip=Py_ssize_t, count=Py_ssize_t, end=Py_ssize_t)
cpdef unit_after(Tokens tokens, bint known_only)

cpdef Py_ssize_t _comrade(list words) except -1

@cython.locals(index=Py_ssize_t, phrase=list, word=str, lowered=str)
cpdef list _open_phrase(list words, Py_ssize_t start, Py_ssize_t limit, Tokens tokens, Py_ssize_t fixed=*)
