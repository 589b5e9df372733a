"""Exceptions of the index package."""


class VectorIndexError(Exception):
    """The vector index cannot be built, read or searched as asked."""


class IndexMismatchError(VectorIndexError):
    """A saved index was built for another model, dimension or catalog."""
