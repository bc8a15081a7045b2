"""Which files the wheel holds; everything else is in pyproject.toml.

The default patterns, lexicons and demo samples live in the top-level `seeds/` folder of
the repository, where they are edited; the wheel installs them as the package data
`watcher/seeds/...`, read at run time through importlib.resources.
"""

from setuptools import find_namespace_packages, setup

NOT_CODE = ["*__pycache__*"]
SEED_PACKAGES = ["watcher.seeds"] + [
    f"watcher.seeds.{name}" for name in find_namespace_packages(where="seeds", exclude=NOT_CODE)
]

setup(
    packages=find_namespace_packages(include=["watcher", "watcher.*"], exclude=NOT_CODE)
    + SEED_PACKAGES,
    package_dir={"watcher.seeds": "seeds"},
    package_data={
        "watcher": ["py.typed", "schema/*.json"],
        **{name: ["*.toml", "*.jsonl"] for name in SEED_PACKAGES},
    },
)
