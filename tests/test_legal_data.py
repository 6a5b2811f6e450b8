"""The legal references' data file (legal_refs.yaml) holds what the code expects of it."""
import pytest


def test_legal_refs_vocabulary():
    from extractors.facts import legal_refs
    from extractors.model import DocInfo

    w = legal_refs.vocab()
    assert w["number_words"] and w["of_words"] and w["list_joins"] and w["preamble_openings"]
    type_words = {x.lower() for ws in w["types"].values() for x in ws}
    assert all(t[:1].isupper() for t in w["unnumbered_types"])  # matched as written, capitalised
    assert {t.lower() for t in w["unnumbered_types"]} - type_words <= {"bộ luật"}  # the rest have a type
    assert set(w["unnumbered_stops"]) <= set(w["preamble_openings"])
    assert set(w["place_levels"]) == {"province", "district", "commune"} <= set(vars(DocInfo()))
    assert all(b == b.lower() for b in w["bare_bodies"])


def test_a_misspelt_legal_refs_key_fails_naming_it(tmp_path):
    from extractors import kind
    from extractors.facts.legal_refs import VOCAB
    from extractors.vocab import DataError, load

    bad = tmp_path / "legal_refs.yaml"
    bad.write_text(kind("legal_refs").data.read_text("utf-8").replace("of_words:", "of_word:"), encoding="utf-8")
    with pytest.raises(DataError, match="legal_refs.yaml: unknown key 'of_word'"):
        load(bad, {**VOCAB, "table": "*"})
