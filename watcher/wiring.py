"""Objects built from the configuration: the sinks, and the URLs the SSRF guard refuses."""

from __future__ import annotations

from .config import Config, MqttSinkConfig, WebhookSinkConfig
from .errors import FetchError
from .sinks.base import Sink
from .sinks.mqtt import MqttSink
from .sinks.webhook import WebhookSink
from .ssrf_guard import check_resolved, check_url

__all__ = ["build_sinks", "unsafe_urls"]


def build_sinks(config: Config) -> list[Sink]:
    """Sink objects for the configured sinks (secrets are unwrapped only here)."""
    sinks: list[Sink] = []
    for sc in config.sinks:
        if isinstance(sc, MqttSinkConfig):
            sinks.append(
                MqttSink(
                    sc.name,
                    host=sc.host,
                    port=sc.port,
                    topic_prefix=sc.topic_prefix,
                    qos=sc.qos,
                    client_id=sc.client_id,
                    username=sc.username,
                    password=sc.password.get_secret_value() if sc.password else None,
                    tls=sc.tls,
                    ca_file=str(sc.ca_file) if sc.ca_file else None,
                    keepalive=sc.keepalive,
                    publish_timeout=config.delivery.request_timeout,
                )
            )
        elif isinstance(sc, WebhookSinkConfig):
            secrets = tuple(sc.secret.get_secret_value().split()) if sc.secret else ()
            sinks.append(
                WebhookSink(
                    sc.name,
                    url=sc.url.get_secret_value(),
                    format=sc.format,
                    secrets=secrets,
                    timeout=config.delivery.request_timeout,
                    rate=sc.rate,
                    burst=sc.burst,
                    digest_after=sc.digest_threshold,
                    user_agent=config.polling.user_agent,
                    allow_private=config.polling.allow_private,
                )
            )
    return sinks


def unsafe_urls(config: Config, *, resolve: bool = False) -> list[tuple[str, str]]:
    """(location, reason) for each feed or webhook URL the SSRF guard refuses.

    Loopback, private, link-local and other non-public addresses (odd IP spellings
    included) are refused unless `polling.allow_private_networks` is set or
    `polling.allowed_networks` lists them. With `resolve` (`watcher check`), webhook
    host names are looked up too, as the sink does when it connects.
    """
    allow = config.polling.allow_private
    found = []
    for i, feed in enumerate(config.feeds):
        try:
            check_url(feed.url, allow)
        except FetchError as e:
            found.append((f"feeds[{i}].url", e.reason))
    for i, sink in enumerate(config.sinks):
        if isinstance(sink, WebhookSinkConfig):
            try:
                (check_resolved if resolve else check_url)(sink.url.get_secret_value(), allow)
            except FetchError as e:
                found.append(
                    (f"sinks[{i}].url", e.reason.replace(sink.url.get_secret_value(), "…"))
                )
    return found
