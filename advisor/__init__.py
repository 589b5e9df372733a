"""phone-advisor core: understand a shopper, keep the conversation's filters, rank and explain.

Public API (everything else is private to the package)::

    advisor = Advisor.load(Settings.from_env())
    session = advisor.session()
    answer = session.ask("best camera under $500")

Names are imported on first use, so `import advisor.catalog` stays light (no model code).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from advisor._lazy import lazy_exports

if TYPE_CHECKING:  # the same names for type checkers, which cannot follow __getattr__
    from advisor._files import write_atomically
    from advisor._measures import percentile
    from advisor._phrases import format_money
    from advisor._tables import aligned_table, display_width
    from advisor._understand.scan import has_cjk
    from advisor.answer import Answer, Comparison, FilterLine, Pick, Reason, Relaxation
    from advisor.catalog import Catalog, Phone, load_catalog
    from advisor.chart import answer_chart
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
    from advisor.importer import ImportReport, import_catalog
    from advisor.personalize import Profile
    from advisor.registry import ModelVersion, Registry
    from advisor.request import Constraints
    from advisor.session import Session

_EXPORTS = {
    "Advisor": "advisor.engine",
    "AdvisorError": "advisor.errors",
    "Answer": "advisor.answer",
    "Catalog": "advisor.catalog",
    "CatalogError": "advisor.errors",
    "CatalogImportError": "advisor.errors",
    "Comparison": "advisor.answer",
    "ConfigError": "advisor.errors",
    "Constraints": "advisor.request",
    "FilterLine": "advisor.answer",
    "ModelError": "advisor.errors",
    "ImportReport": "advisor.importer",
    "ModelVersion": "advisor.registry",
    "Phone": "advisor.catalog",
    "Pick": "advisor.answer",
    "Profile": "advisor.personalize",
    "Registry": "advisor.registry",
    "Reason": "advisor.answer",
    "Relaxation": "advisor.answer",
    "RequestError": "advisor.errors",
    "Session": "advisor.session",
    "Settings": "advisor.config",
    "TrainingError": "advisor.errors",
    "aligned_table": "advisor._tables",
    "answer_chart": "advisor.chart",
    "display_width": "advisor._tables",
    "format_money": "advisor._phrases",
    "has_cjk": "advisor._understand.scan",
    "import_catalog": "advisor.importer",
    "load_catalog": "advisor.catalog",
    "percentile": "advisor._measures",
    "write_atomically": "advisor._files",
}

# a literal list, so that linters see the names above as exported
__all__ = [
    "Advisor", "AdvisorError", "Answer", "Catalog", "CatalogError", "CatalogImportError", "Comparison",
    "ConfigError", "Constraints", "FilterLine", "ImportReport", "ModelError", "ModelVersion", "Phone", "Pick",
    "Profile", "Reason", "Registry", "Relaxation", "RequestError", "Session", "Settings", "TrainingError",
    "aligned_table", "answer_chart", "display_width", "format_money", "has_cjk", "import_catalog", "load_catalog",
    "percentile",
    "write_atomically",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
