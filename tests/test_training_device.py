"""Where training runs: a GPU when one is present, the CPU otherwise, or the device the operator set."""

from __future__ import annotations

import pytest

from advisor.config import Settings
from advisor.errors import ConfigError
from advisor.models.training.device import choose_device


def test_auto_takes_the_first_gpu_when_torch_sees_one():
    assert choose_device("auto", cuda_devices=2) == "cuda"


def test_auto_trains_on_the_cpu_without_a_gpu():
    assert choose_device("auto", cuda_devices=0) == "cpu"


def test_cpu_set_by_the_operator_wins_over_a_present_gpu():
    assert choose_device("cpu", cuda_devices=1) == "cpu"


def test_a_named_gpu_that_is_present_is_used():
    assert choose_device("cuda:1", cuda_devices=2) == "cuda:1"


@pytest.mark.parametrize("requested, devices", [("cuda", 0), ("cuda:2", 2)])
def test_a_named_gpu_that_is_absent_is_a_config_error_not_a_silent_cpu_run(requested, devices):
    with pytest.raises(ConfigError, match="set it to auto or cpu"):
        choose_device(requested, cuda_devices=devices)


def test_auto_asks_torch_when_not_told_how_many_gpus_there_are():
    import torch

    expected = "cuda" if torch.cuda.is_available() and torch.cuda.device_count() else "cpu"
    assert choose_device("auto") == expected


def test_the_device_setting_comes_from_the_environment_and_defaults_to_auto(tmp_path):
    assert Settings.from_env({"PHONE_ADVISOR_HOME": str(tmp_path)}).device == "auto"
    assert Settings.from_env({"PHONE_ADVISOR_HOME": str(tmp_path), "PHONE_ADVISOR_DEVICE": "cuda:0"}).device == "cuda:0"


@pytest.mark.parametrize("value", ["gpu", "cuda:", "CUDA", "mps"])
def test_an_unknown_device_setting_is_refused_at_start(tmp_path, value):
    with pytest.raises(ConfigError, match="PHONE_ADVISOR_DEVICE"):
        Settings.from_env({"PHONE_ADVISOR_HOME": str(tmp_path), "PHONE_ADVISOR_DEVICE": value})
