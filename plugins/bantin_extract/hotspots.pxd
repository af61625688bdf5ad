# C types for hotspots.py when Cython compiles it (compiled_build); the .py runs unchanged without.
# Typed str/list arguments never receive None or a subclass here, and offsets stay far below
# 2**63, so the facts are those of plain Python (checked by tests/test_extract_compiled.py).
import cython

cdef frozenset _NOT_SPLIT_AFTER
cdef frozenset _NAME_SHAPES
cdef Py_ssize_t _CACHE_LIMIT
cdef dict _name_syllable_cache
cdef dict _sentence_end_cache
cdef dict _opens_cache
cdef dict _pair_cache
cdef dict _last_token_cache

cpdef bint _may_be_in_name(str word) except -1
cpdef bint _name_pair(tuple words) except -1
cpdef bint _ends_sentence(str chunk) except -1

@cython.locals(dot=Py_ssize_t)
cpdef Py_ssize_t _sentence_start(str line, Py_ssize_t at) except -1

@cython.locals(quote=Py_ssize_t)
cpdef Py_ssize_t _reading_start(str line, Py_ssize_t begin) except -1

@cython.locals(dot=Py_ssize_t)
cpdef Py_ssize_t _sentence_end(str line, Py_ssize_t at) except -1

@cython.locals(chunk=str)
cpdef bint _may_open_name(str line, Py_ssize_t start, str word) except -1

@cython.locals(spans=list, sentences=list, start=Py_ssize_t, begin=Py_ssize_t, end=Py_ssize_t, cut=Py_ssize_t, stop=Py_ssize_t, tokens=list)
cpdef tuple name_sentences(str line)
