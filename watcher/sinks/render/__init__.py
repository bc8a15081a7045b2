"""Renderers: pure functions from an alert payload (v1) to one platform's message.

One module per platform (`slack`, `discord`); `text` holds what they share (labels,
cutting to a limit, which links are safe, how money reads). Renderers never do I/O:
the webhook sink POSTs what they return.
"""
