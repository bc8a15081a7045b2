"""`watcher init`: a commented starter configuration with public AI and tech news feeds."""

from __future__ import annotations

import os
from pathlib import Path

from watcher.errors import WatcherError

STARTER = """\
# watcher configuration. Check it with:  watcher check -c {name}
# Every key is optional except the feeds and at least one sink. Relative paths are
# relative to this file. "${{NAME}}" is replaced by the environment variable NAME (or by
# the content of the file named by NAME_FILE). Durations: 90 (seconds), "90s", "15m", "2h".

[database]
path = "watcher.db"                 # SQLite file, created readable by its owner only

[polling]
interval = "15m"                    # between polls of a feed; feeds may override it
min_interval = "1m"                 # a smaller interval anywhere is raised to this
alert_on_first_poll = false         # the first poll of a feed records what exists;
                                    # alerts start with the entries published after it

[classification]
min_score = 0.5                     # 0..1: how sure an alert must be
# watch_people = ["Mira Murati"]    # texts naming them score higher
# watch_orgs = ["OpenAI", "Anthropic"]

[web]
host = "127.0.0.1"                  # the page and API: http://127.0.0.1:8787/
port = 8787

[logging]
level = "INFO"
format = "text"                     # or "json": one JSON object per line

# Public AI and tech news feeds to start with. Add your own; `watcher opml FILE`
# turns an OPML export of a feed reader into blocks like these.
[[feeds]]
url = "https://techcrunch.com/category/artificial-intelligence/feed/"
title = "TechCrunch AI"

[[feeds]]
url = "https://www.theverge.com/rss/ai-artificial-intelligence/index.xml"
title = "The Verge AI"

[[feeds]]
url = "https://venturebeat.com/category/ai/feed/"
title = "VentureBeat AI"

[[feeds]]
url = "https://www.technologyreview.com/topic/artificial-intelligence/feed"
title = "MIT Technology Review AI"

[[feeds]]
url = "https://feeds.arstechnica.com/arstechnica/technology-lab"
title = "Ars Technica"

[[feeds]]
url = "https://www.wired.com/feed/tag/ai/latest/rss"
title = "Wired AI"

[[feeds]]
url = "https://www.theregister.com/software/ai_ml/headlines.atom"
title = "The Register AI/ML"

# Where alerts go. A local broker for trying it out: mosquitto -c config/mosquitto.conf
# (or: docker compose up mosquitto). Watch alerts: mosquitto_sub -t 'watcher/#' -v
[[sinks]]
type = "mqtt"
name = "bus"
url = "mqtt://127.0.0.1:1883"       # mqtts://… for TLS; ca_file = "ca.pem" for a private CA
topic_prefix = "watcher"
# username = "watcher"
# password = "${{MQTT_PASSWORD}}"

# A signed JSON webhook (Standard Webhooks); Slack and Discord formats exist too.
# [[sinks]]
# type = "webhook"
# name = "desk"
# url = "https://example.org/watcher-hook"
# secret = "${{WATCHER_WEBHOOK_SECRET}}"
"""


def write_starter(path: Path, *, force: bool = False) -> None:
    """Write the starter configuration to `path`; an existing file is kept unless `force`."""
    if path.exists() and not force:
        raise WatcherError(f"{path} exists; use --force to replace it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(STARTER.format(name=path))
    except OSError as e:
        raise WatcherError(f"{path}: cannot write: {e.strerror or e}") from e
