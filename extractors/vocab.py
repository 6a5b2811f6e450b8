"""One loader for every language data file, with a schema check.

Like dateparser's per-language data, every YAML file declares its keys and
their shapes; a typo in a key or a list where a string belongs fails at load
time with the file and the key, not later as a silent miss.

A schema maps each key to a shape: ``str``, ``int``, ``float``, ``bool``,
``[shape]`` (a list), ``{str: shape}`` (a mapping with any keys) or a nested
schema dict. A key ending in ``?`` is optional; ``"*"`` accepts anything.

>>> check({"cues": ["trước", "đến"]}, {"cues": [str], "note?": str}, "x.yaml")
{'cues': ['trước', 'đến']}
>>> check({"cue": ["trước"]}, {"cues": [str]}, "x.yaml")
Traceback (most recent call last):
...
extractors.vocab.DataError: x.yaml: unknown key 'cue' (expected: cues)
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml


class DataError(ValueError):
    """A data file does not have the shape its schema declares."""


_SCALARS: dict[Any, tuple[type, ...]] = {str: (str,), int: (int,), float: (int, float), bool: (bool,)}


def check(data: Any, schema: Any, where: str) -> Any:
    """``data`` if it has the shape ``schema`` declares, else :class:`DataError` naming the place."""
    if schema == "*":
        return data
    if isinstance(schema, type) and schema in _SCALARS:
        if not isinstance(data, _SCALARS[schema]) or (schema is not bool and isinstance(data, bool)):
            raise DataError(f"{where}: expected {schema.__name__}, found {type(data).__name__} {data!r:.60}")
        return data
    if isinstance(schema, list):
        if not isinstance(data, list):
            raise DataError(f"{where}: expected a list, found {type(data).__name__}")
        for i, item in enumerate(data):
            check(item, schema[0], f"{where}[{i}]")
        return data
    if isinstance(schema, dict) and len(schema) == 1 and isinstance(next(iter(schema)), type):
        key_type, value_schema = next(iter(schema.items()))
        if not isinstance(data, dict):
            raise DataError(f"{where}: expected a mapping, found {type(data).__name__}")
        for k, v in data.items():
            check(k, key_type, f"{where} key")
            check(v, value_schema, f"{where}.{k}")
        return data
    if isinstance(schema, dict):
        return _check_record(data, schema, where)
    raise TypeError(f"bad schema at {where}: {schema!r}")


def _check_record(data: Any, schema: dict, where: str) -> Any:
    if not isinstance(data, dict):
        raise DataError(f"{where}: expected a mapping, found {type(data).__name__}")
    keys = {k.rstrip("?"): k.endswith("?") for k in schema}
    for k in data:
        if k not in keys:
            raise DataError(f"{where}: unknown key {k!r} (expected: {', '.join(keys)})")
    for k, optional in keys.items():
        if k not in data:
            if not optional:
                raise DataError(f"{where}: missing key {k!r}")
            continue
        check(data[k], schema[k + "?" if optional else k], f"{where}: {k}")
    return data


# libyaml's loader reads our data files about ten times faster than the pure-Python one
# (0.16 s -> 0.015 s for all of them): a fresh `kehoach extract` pays it on every call.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """YAML text to Python values, with libyaml when it is installed.

    >>> parse_yaml("tiêu_chí: [giao thông, thủy lợi]")
    {'tiêu_chí': ['giao thông', 'thủy lợi']}
    """
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, C or Python


def read_yaml(path: str | Path) -> Any:
    return parse_yaml(Path(path).read_text("utf-8"))


_READ: dict[str, Any] = {}


def load(path: str | Path, schema: Any) -> Any:
    """A data file, read once per process and checked against ``schema``.

    Callers on a hot path keep the result (the check walks the whole file).
    """
    key = str(path)
    if key not in _READ:
        _READ[key] = read_yaml(path)
    return check(_READ[key], schema, Path(path).name)


def shared_path(name: str) -> Path:
    """A shared data file of ``extractors/data``."""
    return Path(str(resources.files("extractors.data").joinpath(name)))
