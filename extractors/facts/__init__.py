"""Fact kinds: one module and one data file (same name, ``.yaml``) each, discovered by the registry.

A module registers its kind with :func:`extractors.registry.fact`; nothing else
lists it. See ``extractors/registry.py`` and the README's "Adding a fact kind".
"""
