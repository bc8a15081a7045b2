"""Config loading: defaults, env substitution, every problem reported with its location."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import whsec
from watcher.config_load import load_config, parse_config
from watcher.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def test_example_configs_are_valid() -> None:
    config = load_config(ROOT / "config" / "watcher.example.toml", env={})
    assert config.feeds and config.sinks
    assert config.database.path.is_absolute()
    env = {
        "WATCHER_WEBHOOK_SECRET": whsec(),
        "SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T/B/X",
    }
    config = load_config(ROOT / "config" / "watcher.webhooks.toml", env=env)
    assert [s.type for s in config.sinks] == ["webhook", "webhook", "mqtt"]


def test_defaults() -> None:
    config = parse_config({})
    assert config.polling.interval == 900
    assert config.classification.min_score == 0.5
    assert config.web.host == "127.0.0.1"


def test_env_substitution_happens_after_parsing() -> None:
    config = parse_config(
        {"sinks": [{"type": "webhook", "name": "h", "url": "${HOOK}", "secret": "${S}"}]},
        env={"HOOK": "https://example.org/hook", "S": whsec()},
    )
    sink = config.sinks[0]
    assert sink.url.get_secret_value() == "https://example.org/hook"  # type: ignore[union-attr]
    assert "example.org" not in repr(config)  # secrets are masked in reprs


def test_every_problem_has_a_location() -> None:
    data = {
        "polling": {"interval": -1},
        "feeds": [
            {"url": "https://ok.example/feed"},
            {"url": "ftp://x/feed"},
            {"url": "https://a/", "interval": "soon"},
        ],
        "sinks": [
            {"type": "mqtt", "name": "m", "url": "http://broker"},
            {"type": "pigeon", "name": "p"},
        ],
        "classification": {"categories": ["offer", "gossip"]},
    }
    with pytest.raises(ConfigError) as info:
        parse_config(data, env={})
    problems = "\n".join(info.value.problems)
    assert "polling.interval" in problems
    assert "feeds[1].url" in problems
    assert "feeds[2].interval" in problems
    assert "sinks[0].url" in problems
    assert "sinks[1]" in problems
    assert "classification.categories" in problems
    assert len(info.value.problems) >= 6


def test_missing_env_var_is_reported() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"sinks": [{"type": "webhook", "name": "h", "url": "${NOPE}"}]}, env={})
    assert any(
        "sinks[0].url: environment variable NOPE is not set" in p for p in info.value.problems
    )


@pytest.mark.parametrize(
    "secret, why",
    [("plain", "whsec_"), ("whsec_!!!", "base64"), ("whsec_c2hvcnQ=", "24")],
)
def test_weak_webhook_secret_rejected(secret: str, why: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(
            {
                "sinks": [
                    {"type": "webhook", "name": "h", "url": "https://e.org/h", "secret": secret}
                ]
            }
        )
    assert why in "\n".join(info.value.problems)
    assert secret not in "\n".join(info.value.problems) or secret == "plain"


def test_duplicate_names_and_feeds() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(
            {
                "feeds": [{"url": "https://a.example/f"}, {"url": "https://a.example/f"}],
                "sinks": [{"type": "mqtt", "name": "x"}, {"type": "mqtt", "name": "x"}],
            }
        )
    text = "\n".join(info.value.problems)
    assert "unique" in text


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[polling\ninterval = 3")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "absent.toml")


def test_relative_paths_follow_the_config_file(tmp_path: Path) -> None:
    cfg = tmp_path / "sub" / "w.toml"
    cfg.parent.mkdir()
    cfg.write_text('[database]\npath = "data/w.db"\n')
    assert load_config(cfg).database.path == cfg.parent / "data" / "w.db"
