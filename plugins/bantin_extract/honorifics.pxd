# C types for honorifics.py when Cython compiles it (compiled_build); the .py runs unchanged without.
# Typed str/list arguments never receive None or a subclass here, and offsets stay far below
# 2**63, so the facts are those of plain Python (checked by tests/test_extract_compiled.py).
import cython

cdef frozenset _FIRST_KEYS
cdef frozenset _ONE_WORD
cdef frozenset _FAMILY_TOO
cdef frozenset _PLAIN
cdef frozenset _MIDDLE
cdef frozenset _SENTENCE_MARKS
cdef frozenset _COUNT_WORDS
cdef dict _SINGLE
cdef dict _SINGLE_KEY
cdef tuple _DONG_CHI
cdef tuple _D_C
cdef tuple _D_DOT_C
cdef tuple _GIAO
cdef dict _STATUS_TRIE
cdef dict _PARTY_MEMBER_TRIE
cdef dict _RANK_TRIE

cpdef bint _family_name_next(list tokens, Py_ssize_t i) except -1
cpdef bint _middle_and_given(list tokens, Py_ssize_t i) except -1
@cython.locals(before=str)
cpdef bint _sentence_start(list tokens, Py_ssize_t i) except -1
@cython.locals(k=Py_ssize_t)
cpdef bint _keys_at(list tokens, Py_ssize_t i, tuple words) except -1
@cython.locals(k=Py_ssize_t)
cpdef _longest(dict trie, list tokens, Py_ssize_t i)
cpdef match_rank(list tokens, Py_ssize_t i)
cpdef bint _is_count(token) except -1
cpdef match_honorific(list tokens, Py_ssize_t i)
