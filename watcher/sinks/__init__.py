"""Sinks: where alerts go. One module per kind; all share the `Sink` interface in `base`."""
