"""phone-advisor core: understand a shopper, keep the conversation's filters, rank and explain.

Public API (everything else is private to the package)::

    advisor = Advisor.load(Settings.from_env())
    session = advisor.session()
    answer = session.ask("best camera under $500")

Names are imported on first use, so `import advisor.catalog` stays light (no model code).
"""

from __future__ import annotations

from advisor._lazy import lazy_exports

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
    "answer_chart": "advisor.chart",
    "format_money": "advisor._phrases",
    "import_catalog": "advisor.importer",
    "load_catalog": "advisor.catalog",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
