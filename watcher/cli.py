"""The `watcher` command.

    watcher init [FILE]              write a commented starter config (default watcher.toml)
    watcher run -c FILE              run the daemon until SIGTERM/SIGINT
    watcher check -c FILE            validate a config; print every problem with its location
    watcher classify FILE            classify one plain-text article (first line: title)
    watcher classify --jsonl [FILE]  classify JSON lines {"id","title","text"} (stdin: - or none)
    watcher eval FILE.jsonl...       precision/recall/F1 against labelled JSON lines
    watcher eval --events FILE...    pairwise merge precision/recall by "event" key
    watcher eval [--events] --split story:SEED FILE...   two halves side by side (--json)
    watcher eval --feeds FEED|DIR... the alerts feed documents would raise, by feed
    watcher dedup --jsonl [FILE]     classify + event dedup, one {"id","event_id","kind"} per line
    watcher events -c FILE           list events with their source counts
    watcher deliveries -c FILE [--state dead]      list outbox rows
    watcher replay -c FILE ID...     send dead deliveries again (same alert id); --list shows them
    watcher opml FILE                print [[feeds]] blocks for an OPML subscription list
    watcher demo [--mqtt URL]        the whole pipeline on built-in sample feeds, offline

Errors are one clear line on stderr and a non-zero exit code, never a traceback.
-c defaults to $WATCHER_CONFIG. Read-only commands never create a database.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .config_load import load_config
from .errors import ConfigError, WatcherError

log = logging.getLogger("watcher")


def _config_path(args: argparse.Namespace) -> str:
    """-c FILE, else $WATCHER_CONFIG."""
    path = args.config or os.environ.get("WATCHER_CONFIG")
    if not path:
        raise WatcherError(f"{args.command}: give -c FILE or set WATCHER_CONFIG")
    return str(path)


def _rules_for(config_path: str | None) -> Any:
    from . import classify

    if not config_path:
        return classify.default_rules()
    from .worker import RulesSpec

    return RulesSpec.from_config(load_config(config_path).classification).build()


def _open_input(path: str | None) -> TextIO:
    if path in (None, "-"):
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as e:
        raise WatcherError(f"{path}: cannot read: {e.strerror}") from e


def _json_lines(stream: TextIO, name: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise WatcherError(f"{name}:{number}: not valid JSON: {e.msg}") from e
        if not isinstance(item, dict):
            raise WatcherError(f"{name}:{number}: each line must be a JSON object")
        yield item


def cmd_check(args: argparse.Namespace) -> int:
    from .tools.check import check_file

    path = _config_path(args)
    report = check_file(Path(path))
    for warning in report.warnings:
        print(f"watcher: warning: {warning}", file=sys.stderr)
    if report.problems or report.config is None:
        raise ConfigError(f"{len(report.problems)} problem(s)", report.problems)
    config = report.config
    print(f"{path}: OK ({len(config.feeds)} feeds, {len(config.sinks)} sinks)")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from .tools.init import write_starter

    write_starter(Path(args.file), force=args.force)
    print(f"wrote {args.file}: edit the feeds and sinks, then `watcher check -c {args.file}`")
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from .classify import analyse
    from .tools.jsonl import analysis_to_json

    rules = _rules_for(args.config)
    if args.jsonl:
        stream = _open_input(args.file)
        name = args.file or "<stdin>"
        for n, item in enumerate(_json_lines(stream, name), start=1):
            analysis = analyse(
                str(item.get("title") or ""), str(item.get("text") or ""), rules=rules
            )
            out = analysis_to_json(str(item.get("id", n)), analysis)
            print(json.dumps(out, ensure_ascii=False), flush=False)
        sys.stdout.flush()
        return 0
    if not args.file:
        raise WatcherError("classify: give a FILE, or --jsonl to read JSON lines")
    text = _open_input(args.file).read()
    title, _, body = text.strip().partition("\n")
    analysis = analyse(title, body, rules=rules)
    print(json.dumps(analysis_to_json(Path(args.file).stem, analysis), ensure_ascii=False))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    rules = _rules_for(args.config)
    if args.feeds:
        from .tools.feed_eval import alerts_of, format_feed_report

        print(format_feed_report(*alerts_of([Path(p) for p in args.files], rules)))
        return 0
    items: list[dict[str, Any]] = []
    for path in args.files:
        with _open_input(path) as stream:
            items.extend(_json_lines(stream, path))
    if args.split is not None:
        from .tools.split_eval import format_event_split, format_split, split_figures

        report = split_figures(items, rules, args.split, events=args.events)
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            print(format_event_split(report) if args.events else format_split(report))
        return 0
    if args.json:
        from .tools.split_eval import classification_figures, event_figures

        figures = event_figures if args.events else classification_figures
        print(json.dumps(figures(items, rules), ensure_ascii=False, indent=2))
        return 0
    if args.events:
        from .tools.dedup_eval import eval_events

        print(eval_events(items, rules=rules))
        return 0
    from .tools.classify_eval import evaluate, format_report

    print(format_report(evaluate(items, rules)))
    return 0


def _split_spec(spec: str) -> int:
    from .tools.split_eval import parse_split

    try:
        return parse_split(spec)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def cmd_dedup(args: argparse.Namespace) -> int:
    from .tools.dedup_eval import run_dedup

    if not args.jsonl:
        raise WatcherError("dedup: use --jsonl [FILE] (JSON lines, in publication order)")
    rules = _rules_for(args.config)
    stream = _open_input(args.file)
    for row in run_dedup(_json_lines(stream, args.file or "<stdin>"), rules=rules):
        print(json.dumps(row, ensure_ascii=False))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from .logs import setup_logging
    from .tools.check import check_file

    path = _config_path(args)
    report = check_file(Path(path))
    if report.problems or report.config is None:
        raise ConfigError(f"{len(report.problems)} problem(s)", report.problems)
    config = report.config
    setup_logging(args.log_level or config.logging.level, args.log_format or config.logging.format)
    for warning in report.warnings:
        log.warning("%s", warning)
    from .signals import run_until_signal

    return run_until_signal(config, config_path=path)


def cmd_events(args: argparse.Namespace) -> int:
    from .tools.admin import events

    return events(_config_path(args), args)


def cmd_deliveries(args: argparse.Namespace) -> int:
    from .tools.admin import deliveries

    return deliveries(_config_path(args), args)


def cmd_replay(args: argparse.Namespace) -> int:
    from .tools.admin import replay

    return replay(_config_path(args), args)


def cmd_opml(args: argparse.Namespace) -> int:
    from .opml import feeds_from_opml, to_toml

    stream = _open_input(args.file)
    body = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode()
    feeds = feeds_from_opml(body)
    sys.stdout.write(to_toml(feeds))
    print(f"watcher: {len(feeds)} feeds", file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .tools.demo import run_demo

    return run_demo(mqtt_url=args.mqtt, verbose=args.verbose)


EXAMPLES = {
    "init": "watcher init\n  watcher init /etc/watcher/watcher.toml",
    "run": "watcher run -c watcher.toml\n  WATCHER_CONFIG=watcher.toml watcher run"
    " --log-format json",
    "check": "watcher check -c watcher.toml",
    "classify": "watcher classify article.txt\n  watcher classify --jsonl articles.jsonl",
    "eval": "watcher eval labelled.jsonl\n  watcher eval --events --split story:7 events.jsonl",
    "dedup": "watcher dedup --jsonl articles.jsonl",
    "events": "watcher events -c watcher.toml --limit 10",
    "deliveries": "watcher deliveries -c watcher.toml --state dead",
    "replay": "watcher replay -c watcher.toml --list\n  watcher replay -c watcher.toml 12 13",
    "opml": "watcher opml subscriptions.opml >> watcher.toml",
    "demo": "watcher demo\n  watcher demo --mqtt mqtt://127.0.0.1:1883",
}
CONFIG_HELP = "TOML config file (default: $WATCHER_CONFIG)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="watcher",
        description="Watch news feeds for moves in the AI talent market;"
        " alert over MQTT and webhooks.",
        epilog="first steps:\n  watcher init\n  watcher check -c watcher.toml\n"
        "  watcher run -c watcher.toml\n  watcher demo      (offline, no config needed)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"watcher {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=help,
            description=help,
            epilog="examples:\n  " + EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    p = command("init", "write a commented starter config with public AI and tech news feeds")
    p.add_argument("file", nargs="?", default="watcher.toml", help="default: watcher.toml")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(func=cmd_init)

    p = command("run", "run the daemon until SIGTERM/SIGINT")
    p.add_argument("-c", "--config", help=CONFIG_HELP)
    p.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    p.add_argument("--log-format", choices=["text", "json"], help="default: logging.format")
    p.set_defaults(func=cmd_run)

    p = command("check", "validate a config file and print every problem")
    p.add_argument("-c", "--config", help=CONFIG_HELP)
    p.set_defaults(func=cmd_check)

    p = command("classify", "classify an article (plain text) or JSON lines")
    p.add_argument("file", nargs="?", help="article file; with --jsonl: JSON lines (- = stdin)")
    p.add_argument("--jsonl", action="store_true", help='read {"id","title","text"} lines')
    p.add_argument("-c", "--config", help="use this config's classification settings")
    p.set_defaults(func=cmd_classify)

    p = command("eval", "precision, recall and F1 against labelled JSON lines")
    p.add_argument("files", nargs="+", help='JSON lines with a "labels" list')
    p.add_argument("-c", "--config", help="use this config's classification settings")
    p.add_argument(
        "--events", action="store_true", help='pairwise merge precision/recall by "event" key'
    )
    p.add_argument(
        "--split",
        metavar="story:SEED",
        type=_split_spec,
        help="report two halves side by side, split by story so no event is in both",
    )
    p.add_argument("--json", action="store_true", help="print the figures as one JSON document")
    p.add_argument(
        "--feeds",
        action="store_true",
        help="FILES are feed documents: list the alerts their entries would raise, by feed",
    )
    p.set_defaults(func=cmd_eval)

    p = command("dedup", "run classify + event dedup over JSON lines, in order")
    p.add_argument("file", nargs="?", help="JSON lines (- or none: standard input)")
    p.add_argument("--jsonl", action="store_true", help='read {"id","title","text","url"} lines')
    p.add_argument("-c", "--config", help="use this config's classification settings")
    p.set_defaults(func=cmd_dedup)

    p = command("events", "list events (one per real-world move) with sources")
    p.add_argument("-c", "--config", help=CONFIG_HELP)
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_events)

    p = command("deliveries", "list outbox rows (e.g. dead letters)")
    p.add_argument("-c", "--config", help=CONFIG_HELP)
    p.add_argument("--state", choices=["pending", "delivered", "dead"])
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(func=cmd_deliveries)

    p = command("replay", "queue dead deliveries again, with the same alert id")
    p.add_argument("-c", "--config", help=CONFIG_HELP)
    p.add_argument("ids", nargs="*", type=int, help="delivery ids (see --list)")
    p.add_argument("--all", action="store_true", help="every dead delivery")
    p.add_argument("--list", action="store_true", help="list the dead deliveries; change nothing")
    p.set_defaults(func=cmd_replay)

    p = command("opml", "print [[feeds]] blocks for the feeds of an OPML file")
    p.add_argument("file", nargs="?", help="OPML file (- or none: standard input)")
    p.set_defaults(func=cmd_opml)

    p = command("demo", "run the pipeline offline on built-in sample feeds")
    p.add_argument("--mqtt", metavar="URL", help="also publish to this broker (mqtt://host:port)")
    p.add_argument("-v", "--verbose", action="store_true", help="show the daemon's log")
    p.set_defaults(func=cmd_demo)
    return parser


def _secrets_from_files() -> None:
    """WATCHER_X_FILE=/run/secrets/x sets WATCHER_X from that file (Docker and systemd
    credentials), unless WATCHER_X is set itself."""
    for key, file in list(os.environ.items()):
        name = key.removesuffix("_FILE")
        if key.startswith("WATCHER_") and name != key and name not in os.environ:
            try:
                os.environ[name] = Path(file).read_text(encoding="utf-8").rstrip("\r\n")
            except (OSError, UnicodeDecodeError) as e:
                reason = e.strerror if isinstance(e, OSError) else "not UTF-8 text"
                raise WatcherError(f"{key}={file}: cannot read: {reason}") from e


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        _secrets_from_files()
        return int(args.func(args))
    except ConfigError as e:
        for problem in e.problems:
            print(f"watcher: config error: {problem}", file=sys.stderr)
        return 2
    except WatcherError as e:
        print(f"watcher: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
