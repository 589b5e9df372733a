"""Exceptions of the index package, under the project's one base (advisor.errors, a light import)."""

from advisor.errors import AdvisorError


class VectorIndexError(AdvisorError):
    """The vector index cannot be built, read or searched as asked."""


class IndexMismatchError(VectorIndexError):
    """A saved index was built for another model, dimension or catalog."""
