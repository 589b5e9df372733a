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
    from advisor._tables import aligned_table, display_width
    from advisor.catalog.ingest.importer import ImportReport, import_catalog
    from advisor.catalog.model import Catalog, Phone, load_catalog
    from advisor.config import Settings
    from advisor.dialogue.session import Session
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
    from advisor.explain.answer import Answer, Comparison, FilterLine, Pick, Reason, Relaxation
    from advisor.explain.chart import answer_chart
    from advisor.explain.phrases import format_money
    from advisor.models.registry import ModelVersion, Registry
    from advisor.ranking.personalize import Profile
    from advisor.understanding.request import Constraints
    from advisor.understanding.scan import has_cjk

_EXPORTS = {
    "Advisor": "advisor.engine",
    "AdvisorError": "advisor.errors",
    "Answer": "advisor.explain.answer",
    "Catalog": "advisor.catalog.model",
    "CatalogError": "advisor.errors",
    "CatalogImportError": "advisor.errors",
    "Comparison": "advisor.explain.answer",
    "ConfigError": "advisor.errors",
    "Constraints": "advisor.understanding.request",
    "FilterLine": "advisor.explain.answer",
    "ModelError": "advisor.errors",
    "ImportReport": "advisor.catalog.ingest.importer",
    "ModelVersion": "advisor.models.registry",
    "Phone": "advisor.catalog.model",
    "Pick": "advisor.explain.answer",
    "Profile": "advisor.ranking.personalize",
    "Registry": "advisor.models.registry",
    "Reason": "advisor.explain.answer",
    "Relaxation": "advisor.explain.answer",
    "RequestError": "advisor.errors",
    "Session": "advisor.dialogue.session",
    "Settings": "advisor.config",
    "TrainingError": "advisor.errors",
    "aligned_table": "advisor._tables",
    "answer_chart": "advisor.explain.chart",
    "display_width": "advisor._tables",
    "format_money": "advisor.explain.phrases",
    "has_cjk": "advisor.understanding.scan",
    "import_catalog": "advisor.catalog.ingest.importer",
    "load_catalog": "advisor.catalog.model",
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
