"""watcher: alerts on moves in the AI talent market, from news feeds to MQTT and webhooks."""

__version__ = "0.1.0"
