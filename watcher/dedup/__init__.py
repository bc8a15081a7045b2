"""Event linking: one alert per real-world event, however many outlets report it.

    signature.py    classified entry -> EventSignature (runs in the worker)
    fingerprint.py  MinHash of a story's words (syndicated copies)
    names.py        keys: `slug`, person-name keys across scripts
    records.py      EventSignature, Candidate, Decision (plain records)
    decide.py       pure: signature + candidate events + now -> Decision

Nothing here touches storage; `watcher.ingest` runs `decide` inside the store's write
transaction. The package's `__init__` imports nothing, so the decision can be loaded
without the classifier.
"""
