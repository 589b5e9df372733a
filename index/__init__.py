"""FAISS vector index: build, save, load and search with an allow-list.

The index knows integer ids and vectors, nothing about phones. Errors:

VectorIndexError        base class
 +-- IndexMismatchError the saved index does not fit what the caller expects (dimension, fingerprint)
"""

from index._errors import IndexMismatchError, VectorIndexError
from index._vector_index import Hit, IndexInfo, VectorIndex

__all__ = ["Hit", "IndexInfo", "IndexMismatchError", "VectorIndex", "VectorIndexError"]
