"""Each package exports exactly the public API we mean to support."""

import advisor
import bot
import index


def test_advisor_exports():
    assert advisor.__all__ == sorted([
        "Advisor", "AdvisorError", "Answer", "Catalog", "CatalogError", "CatalogImportError", "Comparison",
        "ConfigError", "Constraints", "FilterLine", "ImportReport", "ModelError", "ModelVersion", "Phone", "Pick",
        "Profile", "Reason", "Registry", "Relaxation", "RequestError", "Session", "Settings", "TrainingError",
        "aligned_table", "answer_chart", "display_width", "format_money", "has_cjk", "import_catalog", "load_catalog",
        "percentile",
        "write_atomically"])
    for name in advisor.__all__:
        assert getattr(advisor, name).__name__ == name


def test_index_exports():
    assert sorted(index.__all__) == ["Hit", "IndexInfo", "IndexMismatchError", "VectorIndex", "VectorIndexError"]


def test_bot_exports():
    assert sorted(bot.__all__) == ["BotConfigError", "BotConnectionError", "BotError", "BotSettings", "Store",
                                   "StoreError", "build_application", "check_api", "run_polling", "run_webhook",
                                   "webhook_app"]
    for name in bot.__all__:
        assert hasattr(bot, name)


def test_every_exported_error_is_an_advisor_error():
    from advisor import AdvisorError
    from bot._training import RetrainBusy, RetrainFailed

    exported = [getattr(package, name) for package in (advisor, bot, index) for name in package.__all__]
    errors = [e for e in exported if isinstance(e, type) and issubclass(e, BaseException)]
    assert {e.__name__ for e in errors} >= {"AdvisorError", "BotError", "VectorIndexError"}
    assert [e for e in [*errors, RetrainBusy, RetrainFailed] if not issubclass(e, AdvisorError)] == []


def test_the_bot_uses_only_the_advisor_packages_public_api():
    import pathlib
    import re

    bot_dir = pathlib.Path(bot.__file__).parent
    private = [f"{path.name}: {m}" for path in bot_dir.glob("*.py")
               for m in re.findall(r"from advisor\.(?!models\.training\b)[\w.]+ import", path.read_text())]
    assert private == []


def test_importing_the_advisor_package_loads_no_model_code():
    import subprocess
    import sys

    code = "import sys, advisor, advisor.catalog, index._errors; print('torch' in sys.modules, 'peft' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_chatting_never_imports_training_code(small_settings):
    import subprocess
    import sys

    code = ("import sys; from advisor import Advisor; a = Advisor.load(s); a.session().ask('phones under $400'); "
            "print('peft' in sys.modules, 'advisor.models.training' in sys.modules)")
    setup = (f"from pathlib import Path; from advisor.config import Settings; "
             f"s = Settings(home=Path({str(small_settings.home)!r}), catalog_path=Path({str(small_settings.catalog_path)!r}), "
             f"chipsets_path=Path({str(small_settings.chipsets_path)!r}))")
    out = subprocess.run([sys.executable, "-c", f"{setup}; {code}"], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_names_type_checkers_see_are_the_lazily_loaded_ones():
    import ast
    import importlib
    import pathlib

    for name in ("advisor", "advisor.evaluation", "advisor.models.ratings"):
        package = importlib.import_module(name)
        tree = ast.parse(pathlib.Path(package.__file__).read_text(encoding="utf-8"))
        guarded = next(node for node in tree.body
                       if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING")
        seen = {alias.name: imp.module for imp in guarded.body if isinstance(imp, ast.ImportFrom)
                for alias in imp.names}
        assert seen == package._EXPORTS, name
