# C types for scanner.py when Cython compiles it (compiled_build); the .py runs unchanged without.
# Typed str/list arguments never receive None or a subclass here, and offsets stay far below
# 2**63, so the facts are those of plain Python (checked by tests/test_extract_compiled.py).
import cython

cdef frozenset _NAME_SHAPES
cdef frozenset _LIST_SEPARATORS
cdef frozenset _LIST_OPENERS
cdef frozenset _LIST_INTROS
cdef frozenset _CLAUSE_ENDS


@cython.final
cdef class LineScanner:
    cdef public list tokens
    cdef public list found
    cdef public Py_ssize_t _last_end

    @cython.locals(position=Py_ssize_t, i=Py_ssize_t)
    cpdef list scan(self, list tokens, stop=*)
    cdef _credit(self, Py_ssize_t i)
    @cython.locals(tokens=list, rank_start=Py_ssize_t, j=Py_ssize_t, k=Py_ssize_t, end=Py_ssize_t)
    cdef _introduced(self, Py_ssize_t i)
    @cython.locals(tokens=list, run_end=Py_ssize_t, start=Py_ssize_t, end=Py_ssize_t)
    cdef _bare(self, Py_ssize_t i)
    @cython.locals(end=Py_ssize_t)
    cdef _in_capitals(self, Py_ssize_t i)
    @cython.locals(tokens=list)
    cdef _bare_name(self, Py_ssize_t start, Py_ssize_t end)
    @cython.locals(tokens=list, k=Py_ssize_t)
    cdef _plural_honorific_before(self, Py_ssize_t start)
    @cython.locals(k=Py_ssize_t)
    cdef _honorific_before(self, Py_ssize_t begin)
    @cython.locals(tokens=list, position=Py_ssize_t, k=Py_ssize_t, chain=list)
    cdef Py_ssize_t _record(self, Py_ssize_t intro, Py_ssize_t start, Py_ssize_t end, honorific, degree, plural, title=*) except? -1
    @cython.locals(tokens=list, k=Py_ssize_t, end=Py_ssize_t)
    cdef _next_in_list(self, Py_ssize_t position, plural, honorific)
    @cython.locals(tokens=list)
    cdef str _span(self, Py_ssize_t start, Py_ssize_t end)
