"""Code only the `watcher` command uses: evaluation, the dedup check, JSON lines, the demo.

    classify_eval   precision/recall/F1 of the classifier against labelled JSON lines
    dedup_eval      `watcher dedup --jsonl` and the pairwise merge figures of `eval --events`
    jsonl           the classifier's JSON line format (`watcher classify --jsonl`)
    demo            `watcher demo`: the whole pipeline, offline, on sample feeds

The daemon never imports this package; `watcher.cli` imports its modules inside the
command functions, so `import watcher.cli` stays light.
"""
