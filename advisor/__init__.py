"""phone-advisor core: understand a shopper, keep the conversation's filters, rank and explain.

Public API (everything else is private to the package)::

    advisor = Advisor.load(Settings.from_env())
    session = advisor.session()
    answer = session.ask("best camera under $500")
"""

from advisor.answer import Answer, Comparison, FilterLine, Pick, Reason, Relaxation
from advisor.catalog import Catalog, Phone, load_catalog
from advisor.config import Settings
from advisor.engine import Advisor
from advisor.errors import (
    AdvisorError,
    CatalogError,
    CatalogImportError,
    ConfigError,
    ModelError,
    RequestError,
    TrainingError,
)
from advisor.request import Constraints
from advisor.session import Session

__all__ = [
    "Advisor", "AdvisorError", "Answer", "Catalog", "CatalogError", "CatalogImportError", "Comparison",
    "ConfigError", "Constraints", "FilterLine", "ModelError", "Phone", "Pick", "Reason", "Relaxation",
    "RequestError", "Session", "Settings", "TrainingError", "load_catalog",
]
