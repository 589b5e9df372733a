"""Catalog upload: staged beside the live catalog, confirmed by the admin, swapped only on success."""

from __future__ import annotations

import pytest

from advisor import CatalogImportError
from bot import _catalog_upload as upload
from bot._handlers_admin import _import_failed
from tests.emulator.harness import ADMIN_ID, SMALL_CATALOG, Shopper, own_advisor, running_bot, settings_for

LINES = SMALL_CATALOG.read_text(encoding="utf-8").splitlines(keepends=True)
REFUSED = "The catalog was not imported:"


async def _send(admin: Shopper, name: str, content: bytes, **options):
    before = len(admin.replies)
    admin.user.send_document(name, content, **options)
    return (await admin.emu.wait_sent(admin.chat_id, before + 1, timeout=60))[-1]


async def test_a_good_upload_is_confirmed_before_it_replaces_the_catalog(emulator, tmp_path):
    advisor = own_advisor(tmp_path)
    original = advisor.settings.catalog_path.read_bytes()
    async with running_bot(settings_for(emulator, tmp_path, advisor), advisor):
        admin = Shopper(emulator, emulator.user(ADMIN_ID))
        old_answer = (await admin.say("phone under $300"))[0]
        question = await _send(admin, "phones.csv", "".join(LINES[:-3]).encode())
        unchanged = (advisor.settings.catalog_path.read_bytes() == original, len(advisor.catalog))
        await admin.press(question, label="Replace", expect=0)
        await emulator.wait_for(lambda: question.message_id == admin.replies[-1].message_id
                                and admin.replies[-1].text.startswith("Catalog imported"), 60, "the swap")
        _, stale = await admin.press(old_answer, label="👍 1", expect=0)
    assert stale["text"] == "This button is from an older answer. Please ask again."
    assert question.text.startswith("The file checks out: 35 phones (the catalog in use has 38)")
    assert unchanged == (True, 38)
    assert len(advisor.catalog) == 35 and advisor.settings.catalog_path.read_bytes() != original


async def test_a_cancelled_upload_changes_nothing(emulator, tmp_path):
    advisor = own_advisor(tmp_path)
    original = advisor.settings.catalog_path.read_bytes()
    async with running_bot(settings_for(emulator, tmp_path, advisor), advisor):
        admin = Shopper(emulator, emulator.user(ADMIN_ID))
        question = await _send(admin, "phones.csv", "".join(LINES[:-3]).encode())
        await admin.press(question, label="Cancel", expect=0)
        await emulator.wait_for(lambda: admin.replies[-1].text.startswith("Cancelled"), 10, "the cancel")
    assert advisor.settings.catalog_path.read_bytes() == original
    assert list(upload.uploads_dir(advisor.settings).iterdir()) == []


@pytest.mark.parametrize(("content", "where"), [
    ("".join(LINES[:3]) + "only,three,fields\n", "row 4: 3 columns"),
    (LINES[0].encode() + LINES[1][:20].encode() + b"\xff" + LINES[1][20:].encode(),
     "row 2, column 21: the file is not UTF-8"),
    (LINES[0] + "\x00" + LINES[1], "row 2: the file contains a NUL byte"),
    (LINES[0], "the file has a header but no rows"),
    (LINES[0] + "\"unterminated" + LINES[1], "row 2: 1 columns"),
], ids=["columns", "not-utf8", "binary", "header-only", "open-quote"])
def test_every_parse_failure_is_named_by_row_and_column(tmp_path, content, where):
    data = content if isinstance(content, bytes) else content.encode()
    with pytest.raises(CatalogImportError) as refused:
        upload.check_structure(data)
    assert where in str(refused.value)


async def test_a_refused_upload_says_where_and_keeps_the_catalog(emulator, tmp_path):
    advisor = own_advisor(tmp_path)
    original = advisor.settings.catalog_path.read_bytes()
    async with running_bot(settings_for(emulator, tmp_path, advisor), advisor):
        reply = await _send(Shopper(emulator, emulator.user(ADMIN_ID)), "phones.csv",
                            ("".join(LINES[:3]) + "only,three,fields\n").encode())
    assert reply.text.startswith(REFUSED) and "row 4: 3 columns" in reply.text
    assert advisor.settings.catalog_path.read_bytes() == original


async def test_uploads_are_refused_in_groups_and_without_a_known_size(emulator, tmp_path):
    advisor = own_advisor(tmp_path)
    group = emulator.group(-100123)
    good = "".join(LINES[:-3]).encode()
    async with running_bot(settings_for(emulator, tmp_path, advisor), advisor):
        in_group = await _send(Shopper(emulator, emulator.user(ADMIN_ID), chat_id=group), "phones.csv", good,
                               chat_id=group)
        no_size = await _send(Shopper(emulator, emulator.user(ADMIN_ID)), "phones.csv", good, size_known=False)
    assert in_group.text == "Send catalog files to me in a private chat, not in a group."
    assert no_size.text.startswith(REFUSED) and "size is unknown" in no_size.text
    assert len(advisor.catalog) == 38


def test_the_row_count_is_capped(monkeypatch):
    monkeypatch.setattr(upload, "MAX_CATALOG_ROWS", 10)
    with pytest.raises(CatalogImportError, match="more than 10 rows"):
        upload.check_structure("".join(LINES[:12]).encode())


@pytest.fixture(scope="module")
def swapped_advisor(tmp_path_factory):
    """One advisor for the swap failure cases: each leaves its catalog as it found it (that is the point)."""
    return own_advisor(tmp_path_factory.mktemp("swap"))


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), MemoryError(), RuntimeError("faiss")])
def test_any_failure_while_swapping_puts_the_previous_catalog_back(swapped_advisor, monkeypatch, error):
    advisor = swapped_advisor
    live = advisor.settings.catalog_path
    original = live.read_bytes()
    token, path = upload.new_upload_path(advisor.settings)
    path.write_text("".join(LINES[:-3]), encoding="utf-8")
    staged = upload.stage(advisor.settings, token, path)

    def failing_reload():
        raise error

    monkeypatch.setattr(advisor, "reload", failing_reload)  # the fault, where the index would be rebuilt
    with pytest.raises(type(error)):
        upload.swap(advisor.settings, advisor, staged.path)
    assert live.read_bytes() == original and len(advisor.catalog) == 38


def test_a_long_refusal_fits_in_one_telegram_message():
    text = _import_failed("en", "unknown column <&> " * 2000)
    assert len(text) <= 4096 and text.startswith(REFUSED)
