"""Load and validate the TOML configuration.

The file is read with tomllib, `${NAME}` references are replaced by environment
variables (after parsing, so a secret can never change the TOML structure), and the
result is validated by the models of `config`. Every problem is reported with its
location (`feeds[3].interval: …`) and collected into one ConfigError: a bad
configuration never starts the daemon.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .config import Config, MqttSinkConfig, WebhookSinkConfig
from .config_words import location, plain_problem, raw_problems, secret_value
from .errors import ConfigError

__all__ = ["load_config", "parse_config"]

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _substitute(value: Any, env: Mapping[str, str], path: str, problems: list[str]) -> Any:
    if isinstance(value, str):

        def repl(m: re.Match[str]) -> str:
            name = m.group(1)
            try:
                found = secret_value(name, env)
            except ValueError as e:
                problems.append(f"{path}: {e}")
                return ""
            if found is None:
                problems.append(f"{path}: environment variable {name} is not set")
                return ""
            return found

        return _ENV_REF.sub(repl, value)
    if isinstance(value, dict):
        return {
            k: _substitute(v, env, f"{path}.{k}" if path else k, problems) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_substitute(v, env, f"{path}[{i}]", problems) for i, v in enumerate(value)]
    return value


def _keys_at(loc: tuple[int | str, ...], data: Mapping[str, Any]) -> list[str]:
    """The keys a table at `loc` may hold (for "did you mean …?")."""
    model: type[BaseModel] = Config
    node: Any = data
    for part in loc[:-1]:
        if isinstance(part, int) or part in ("mqtt", "webhook"):
            if isinstance(part, int) and isinstance(node, list) and part < len(node):
                node = node[part]
            continue
        node = node.get(part) if isinstance(node, dict) else None
        if part == "sinks":
            model = MqttSinkConfig  # replaced below once the table's type is known
            continue
        sub = model.model_fields.get(str(part))
        ann = getattr(sub, "annotation", None) if sub else None
        found = next((a for a in (ann, *getattr(ann, "__args__", ())) if isinstance(a, type)), None)
        if found is None or not issubclass(found, BaseModel):
            return []
        model = found
    if isinstance(node, dict) and model is MqttSinkConfig and node.get("type") == "webhook":
        model = WebhookSinkConfig
    return list(model.model_fields)


def parse_config(
    data: Mapping[str, Any], *, env: Mapping[str, str] | None = None, base: Path | None = None
) -> Config:
    """Validate an already-parsed TOML document. Raises ConfigError listing every problem.

    Relative paths (database, pattern files, CA file) are taken relative to `base`, and
    the files named must exist, when `base` is given."""
    problems: list[str] = []
    data = _substitute(dict(data), os.environ if env is None else env, "", problems)
    try:
        config = Config.model_validate(data)
    except ValidationError as e:
        for err in e.errors():
            where = location(err["loc"], data)
            problems.append(f"{where}: {plain_problem(err, _keys_at(err['loc'], data))}")
        config = None
    problems += raw_problems(data, base)
    if problems or config is None:
        raise ConfigError(f"{len(problems)} problem(s) in the configuration", problems)
    if base is not None:
        config = _resolve_paths(config, base)
    return config


def _resolve_paths(config: Config, base: Path) -> Config:
    """Make relative paths relative to the config file's folder."""

    def resolve(p: Path) -> Path:
        return p if p.is_absolute() else (base / p)

    database = config.database.model_copy(update={"path": resolve(config.database.path)})
    classification = config.classification.model_copy(
        update={"pattern_files": tuple(resolve(p) for p in config.classification.pattern_files)}
    )
    sinks = tuple(
        s.model_copy(update={"ca_file": resolve(s.ca_file)})
        if isinstance(s, MqttSinkConfig) and s.ca_file is not None
        else s
        for s in config.sinks
    )
    return config.model_copy(
        update={"database": database, "classification": classification, "sinks": sinks}
    )


def load_config(path: str | Path, *, env: Mapping[str, str] | None = None) -> Config:
    """Read, substitute and validate a TOML config file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from e
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not UTF-8 text") from e
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from e
    if not data:
        raise ConfigError(
            f"{path}: the file is empty: `watcher init {path}` writes a starter configuration"
        )
    try:
        return parse_config(data, env=env, base=path.resolve().parent)
    except ConfigError as e:
        raise ConfigError(f"{path}: {e}", [f"{path}: {p}" for p in e.problems]) from None
