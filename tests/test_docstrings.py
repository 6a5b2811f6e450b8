"""Every example in a docstring is run: the documentation cannot drift from the code."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import extractors
import pipeline

# modules whose import needs an optional extra or a server are left to their own tests
OPTIONAL: set[str] = set()


def _modules():
    for pkg in (pipeline, extractors):
        for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
            if info.name not in OPTIONAL:
                yield info.name


@pytest.mark.parametrize("name", sorted(_modules()))
def test_docstring_examples_hold(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} fail"
