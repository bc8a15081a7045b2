"""The configuration's models: every section, its fields, their limits and defaults.

Reading a file, `${NAME}` references and collecting every problem into one ConfigError
live in `config_load`. This module contains no business logic.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    field_validator,
    model_validator,
)

from .config_words import (
    parse_duration,
)
from .models import CATEGORIES, Feed

# Seconds, written as a number or as a duration: "90s", "15m", "2h", "1h30m".
Seconds = Annotated[float, BeforeValidator(parse_duration)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


def _check_http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http:// or https:// URL with a host")
    if parts.username or parts.password:
        raise ValueError("must not carry credentials in the URL")
    return value


_MONTH = 31 * 86_400.0  # the longest duration between two polls that makes sense


class DatabaseConfig(_Model):
    path: Path = Path("watcher.db")


class PollingConfig(_Model):
    interval: Seconds = Field(
        900.0, gt=0, le=_MONTH, description="default seconds between polls of a feed"
    )
    min_interval: Seconds = Field(60.0, gt=0, le=_MONTH)
    max_interval: Seconds = Field(
        6 * 3600.0, gt=0, le=_MONTH, description="cap of the failure backoff"
    )
    jitter: float = Field(0.1, ge=0, le=0.5, description="fraction of the interval")
    startup_spread: Seconds = Field(
        60.0, ge=0, le=86_400, description="first polls spread over this"
    )
    concurrency: int = Field(20, ge=1, le=1000)
    per_host: int = Field(4, ge=1, le=100)
    timeout: Seconds = Field(20.0, gt=0, le=600)
    max_body: int = Field(10 * 2**20, ge=1024, le=2**30)
    max_entries: int = Field(500, ge=1, le=10_000)
    parse_timeout: Seconds = Field(
        30.0, gt=0, le=600, description="a parse running longer loses its worker"
    )
    workers: int | None = Field(
        None, ge=1, le=64, description="worker processes for parse and classification (CPUs)"
    )
    classify_timeout: Seconds = Field(
        60.0, gt=0, le=600, description="a classification running longer loses its worker"
    )
    classify_budget: int = Field(
        100, ge=1, le=10_000, description="new entries judged per poll; the rest wait"
    )
    max_entry_chars: int = Field(
        10_000, ge=200, le=1_000_000, description="characters of an entry judged"
    )
    user_agent: str = "watcher/0.1 (+https://github.com/watcher-alerts/watcher)"
    alert_on_first_poll: bool = False
    max_age_hours: float = Field(
        72.0, gt=0, le=24 * 3650, description="older entries are never alerted"
    )
    allow_private_networks: bool = False
    allowed_networks: tuple[str, ...] = Field(
        (), description="CIDRs or host names allowed even though private (SSRF allow-list)"
    )

    @property
    def allow_private(self) -> bool | tuple[str, ...]:
        """What the SSRF guard lets through besides public addresses: all, or a list."""
        return self.allow_private_networks or self.allowed_networks

    @model_validator(mode="after")
    def _bounds(self) -> PollingConfig:
        if self.min_interval > self.max_interval:
            raise ValueError("min_interval must not exceed max_interval")
        return self


class FeedConfig(_Model):
    url: str
    id: str | None = Field(None, pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    title: str | None = None
    interval: Seconds | None = Field(None, gt=0)
    tags: tuple[str, ...] = ()
    public_url: str | None = Field(
        None, description="shown in alerts instead of `url` (which may carry a token)"
    )
    headers: dict[str, SecretStr] = Field(
        {}, description='sent with every request, e.g. Authorization = "Bearer ${TOKEN}"'
    )

    _url = field_validator("url")(_check_http_url)

    @field_validator("public_url")
    @classmethod
    def _public(cls, value: str | None) -> str | None:
        return None if value is None else _check_http_url(value)

    @field_validator("headers")
    @classmethod
    def _header_names(cls, value: dict[str, SecretStr]) -> dict[str, SecretStr]:
        for name, v in value.items():
            if not re.fullmatch(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+", name):
                raise ValueError(f"{name!r} is not an HTTP header name")
            if any(c in v.get_secret_value() for c in "\r\n\x00"):
                raise ValueError(f"header {name} must be one line")
        return value


class ClassificationConfig(_Model):
    pattern_files: tuple[Path, ...] = ()
    replace_defaults: bool = False
    min_score: float = Field(0.5, ge=0, le=1)
    categories: tuple[str, ...] = CATEGORIES
    watch_people: tuple[str, ...] = ()
    watch_orgs: tuple[str, ...] = ()

    @field_validator("categories")
    @classmethod
    def _known(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(value) - set(CATEGORIES))
        if unknown:
            raise ValueError(f"unknown categories {unknown}; known: {list(CATEGORIES)}")
        return value


class DedupConfig(_Model):
    window_days: float = Field(14.0, gt=0, le=365, description="reports this close are one event")


class DeliveryConfig(_Model):
    retry_horizon: Seconds = Field(
        86_400.0, gt=0, le=30 * 86_400, description="a delivery is dead after failing this long"
    )
    max_attempts: int | None = Field(None, ge=1, le=10_000, description="also dead after this many")
    requeue_on_recovery: bool = Field(
        False, description="send expired (dead) deliveries again once the sink delivers"
    )
    base_delay: Seconds = Field(2.0, gt=0, le=86_400)
    max_delay: Seconds = Field(900.0, gt=0, le=86_400)
    request_timeout: Seconds = Field(10.0, gt=0, le=300)
    drain_timeout: Seconds = Field(10.0, ge=0, le=300, description="shutdown waits this long")


class _SinkBase(_Model):
    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    categories: tuple[str, ...] = CATEGORIES
    min_score: float = Field(0.0, ge=0, le=1)
    updates: bool = Field(True, description="also send updates of known events")
    retry_horizon: float | None = Field(None, gt=0, le=30 * 86_400, description="delivery.*")
    requeue_on_recovery: bool | None = Field(None, description="delivery.* for this sink")

    @field_validator("categories")
    @classmethod
    def _known(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return ClassificationConfig._known(value)


class MqttSinkConfig(_SinkBase):
    type: Literal["mqtt"]
    url: str = "mqtt://127.0.0.1:1883"
    topic_prefix: str = Field("watcher", pattern=r"^[^#+\x00]+$")
    qos: Literal[0, 1, 2] = 1
    client_id: str | None = None
    username: str | None = None
    password: SecretStr | None = None
    ca_file: Path | None = None
    keepalive: int = Field(30, ge=5, le=3600)

    @field_validator("url")
    @classmethod
    def _mqtt_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname:
            raise ValueError("must be mqtt://host[:port] or mqtts://host[:port]")
        return value

    @property
    def tls(self) -> bool:
        return urlsplit(self.url).scheme == "mqtts"

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or "127.0.0.1"

    @property
    def port(self) -> int:
        return urlsplit(self.url).port or (8883 if self.tls else 1883)


class WebhookSinkConfig(_SinkBase):
    type: Literal["webhook"]
    url: SecretStr  # a Slack incoming-webhook URL is itself a credential
    format: Literal["json", "slack", "discord"] = "json"
    secret: SecretStr | None = None
    rate_per_second: float | None = Field(None, gt=0)
    burst: int = Field(3, ge=1)
    digest_after: int | None = Field(
        None, ge=0, description="more alerts than this due at once go out as one digest"
    )

    @field_validator("url")
    @classmethod
    def _http(cls, value: SecretStr) -> SecretStr:
        _check_http_url(value.get_secret_value())
        return value

    @field_validator("secret")
    @classmethod
    def _whsec(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            from .sinks.signing import decode_secret

            decode_secret(value.get_secret_value())  # raises ValueError with the reason
        return value

    @property
    def rate(self) -> float:
        """Sustained messages per second; Slack asks for at most one."""
        if self.rate_per_second is not None:
            return self.rate_per_second
        return {"slack": 1.0, "discord": 0.5}.get(self.format, 20.0)

    @property
    def digest_threshold(self) -> int | None:
        """Digests are on by default for Slack (people read it), off for JSON (machines)."""
        if self.digest_after is not None:
            return self.digest_after or None
        return 5 if self.format == "slack" else None


SinkConfig = Annotated[MqttSinkConfig | WebhookSinkConfig, Field(discriminator="type")]


class WebConfig(_Model):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(8787, ge=0, le=65535)
    request_timeout: Seconds = Field(
        10.0, gt=0, le=300, description="a request's head and body must arrive within this"
    )
    max_connections: int = Field(100, ge=1, le=10_000)
    token: SecretStr | None = Field(
        None, description="bearer token for every endpoint but /livez and /readyz"
    )
    sink_failing_after: Seconds = Field(
        300.0, gt=0, description="/health is degraded once a sink has failed this long"
    )
    stale_after_polls: float = Field(
        3.0, gt=0, description="/health is degraded after this many intervals without a poll"
    )

    @model_validator(mode="after")
    def _token_beyond_loopback(self) -> WebConfig:
        if self.enabled and self.token is None and not is_loopback(self.host):
            raise ValueError(
                f"web.host = {self.host!r} is reachable from other machines: set web.token"
                ' (e.g. token = "${WATCHER_WEB_TOKEN}") or bind 127.0.0.1'
            )
        if self.token is not None and len(self.token.get_secret_value()) < 16:
            raise ValueError("web.token must be at least 16 characters")
        return self


def is_loopback(host: str) -> bool:
    """Whether a bind address reaches this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class RetentionConfig(_Model):
    enabled: bool = True
    at: str = Field(
        "03:30", pattern=r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$", description="daily, UTC (HH:MM)"
    )
    delivered_days: float = Field(30.0, gt=0, le=3650, description="delivered rows kept this long")
    entries_days: float = Field(
        180.0, ge=7, le=3650, description="entries without an alert kept this long"
    )


class LoggingConfig(_Model):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["text", "json"] = "text"


class Config(_Model):
    database: DatabaseConfig = DatabaseConfig()
    polling: PollingConfig = PollingConfig()
    classification: ClassificationConfig = ClassificationConfig()
    delivery: DeliveryConfig = DeliveryConfig()
    dedup: DedupConfig = DedupConfig()
    web: WebConfig = WebConfig()
    logging: LoggingConfig = LoggingConfig()
    retention: RetentionConfig = RetentionConfig()
    feeds: tuple[FeedConfig, ...] = ()
    sinks: tuple[SinkConfig, ...] = ()

    def feed_records(self) -> list[Feed]:
        """The configured feeds as pipeline records, defaults applied."""
        return [
            Feed(
                id=feed_id(f),
                url=f.url,
                title=f.title,
                interval=max(self.polling.min_interval, f.interval or self.polling.interval),
                tags=f.tags,
                public_url=f.public_url,
                headers=tuple((k, v.get_secret_value()) for k, v in f.headers.items()),
            )
            for f in self.feeds
        ]


def feed_id(feed: FeedConfig) -> str:
    """A feed's stable id: the configured one, else derived from its configured URL."""
    if feed.id:
        return feed.id
    return "f-" + hashlib.sha256(feed.url.encode()).hexdigest()[:12]
