# C types for degrees.py when Cython compiles it (compiled_build); the .py runs unchanged without.
# Typed str/list arguments never receive None or a subclass here, and offsets stay far below
# 2**63, so the facts are those of plain Python (checked by tests/test_extract_compiled.py).
import cython

cdef frozenset _SEPARATORS

@cython.locals(atoms=list, end=Py_ssize_t, found=tuple)
cpdef match_degree(list tokens, Py_ssize_t i)
