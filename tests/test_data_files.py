"""Every data file loads and holds what the code expects of it."""
import re
from pathlib import Path

import pytest

import extractors
import pipeline
from extractors.catalogue import Catalogue, name_key
from extractors.common import SHARED_SCHEMAS, load_data
from extractors.vocab import parse_yaml
from pipeline.ingest.encoding import _tables

SETS = ["xa_ntm_2009_2015", "xa_ntm_2016_2020", "xa_ntm_2021_2025", "xa_ntm_nang_cao_2021_2025",
        "huyen_ntm_2016_2020", "huyen_ntm_2021_2025", "huyen_ntm_nang_cao_2021_2025"]


@pytest.mark.parametrize("set_id", SETS)
def test_each_catalogue_is_complete_and_its_names_map_to_their_numbers(set_id):
    cat = Catalogue.get(set_id)
    assert cat.id == set_id and len(cat.names) == cat.total
    assert sorted(cat.names) == list(range(1, cat.total + 1))
    for no, name in cat.names.items():
        assert cat.number_of(name) == no, name


def test_aliases_never_point_one_name_at_two_numbers_within_a_set():
    aliases = load_data("criteria_aliases.yaml")
    for set_id, by_no in aliases["sets"].items():
        seen = {}
        for no, names in by_no.items():
            for n in names:
                k = name_key(n)
                assert seen.setdefault(k, no) == no, (set_id, n)


def test_criteria_set_rules_name_real_catalogues():
    rules = load_data("criteria_set_rules.yaml")
    ids = set(SETS)
    for choice in rules["decisions"].values():
        assert set(choice.values()) <= ids
    for steps in rules["by_year"].values():
        assert all(s is None or s in ids for _, s in steps)


def test_units_registry_is_unique_and_typed():
    reg = load_data("units.yaml")
    names = [u["name"] for u in reg["units"]]
    assert len(names) == len(set(names))
    assert all(u["type"] in {"district_office", "commune_official", "mass_org", "sector_agency", "committee",
                             "village_body", "government"} for u in reg["units"])
    assert {"PTNT", "KT-HT", "TC-KH", "LĐTB&XH", "VH-TT", "TN-MT", "GD&ĐT", "BHXH", "MTTQ", "BCHQS"} <= set(reg["expand"])


def test_structure_vocabulary():
    data = load_data("structure.yaml")
    kinds = {k for k, _ in data["section_kinds"]}
    assert {"can_cu", "muc_dich_yeu_cau", "thuc_trang", "muc_tieu", "noi_dung", "nhiem_vu", "giai_phap", "kinh_phi",
            "lo_trinh", "to_chuc_thuc_hien", "pham_vi", "noi_nhan"} <= kinds
    assert "Phó Chủ tịch" in data["signer_titles"]


def test_legacy_encoding_tables_are_one_to_one():
    tcvn3, vni = _tables()
    assert len(tcvn3) == 74 and len(set(tcvn3.values())) == 74
    targets = [v for _, v in vni]
    assert len(targets) == len(set(targets)) + 2  # ỵ and Ỵ have two VNI spellings


def test_budget_and_status_vocabularies():
    from extractors.facts import budgets, criteria

    w = budgets.vocab()
    assert {"total", "gap", "spent", "source_words", "item", "sources", "unit_line", "money_columns"} <= set(w)
    cues = criteria.vocab()
    assert cues["dat"] and cues["chua_dat"] and not set(cues["dat"]) & set(cues["chua_dat"])


@pytest.mark.parametrize("name", sorted(SHARED_SCHEMAS))
def test_every_shared_data_file_has_the_shape_its_schema_declares(name):
    assert load_data(name)


def test_every_fact_kind_has_a_data_file_with_its_table_and_a_header_for_every_field():
    from extractors import kinds

    for k in kinds():
        assert k.data.exists() and k.data.with_suffix(".py").exists(), k.name
        assert k.label and k.colour.startswith("#") and set(k.value_fields()) <= set(k.headers), k.name


def test_a_misspelt_key_fails_at_load_time_naming_the_file_and_the_key(tmp_path):
    from extractors.vocab import DataError, load

    bad = tmp_path / "deadlines.yaml"
    bad.write_text("relation_word: [trước]\n", encoding="utf-8")
    with pytest.raises(DataError, match="deadlines.yaml: unknown key 'relation_word'"):
        load(bad, {"relation_words": [str]})


def test_generator_vocabulary_has_a_task_for_every_catalogue_name():
    from pipeline.synth.generate import _key, catalogues, vocab

    tasks = vocab()["tasks"]
    for set_id, names in catalogues().items():
        if set_id == "xa_ntm_2009_2015":
            continue
        for no, name in names.items():
            assert _key(name) in tasks, (set_id, name)


def test_every_data_file_reads_the_same_with_libyaml_and_pure_python():
    """The fast loader is an optimisation only: both loaders give the same values."""
    import yaml

    roots = [Path(extractors.__file__).parent, Path(pipeline.__file__).parent]
    files = sorted(p for root in roots for p in root.rglob("*.yaml"))
    assert len(files) >= 15
    for path in files:
        text = path.read_text("utf-8")
        assert parse_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader), path.name


def _misspell(data: dict, path: tuple[str, ...], key: str) -> dict:
    """A deep copy of ``data`` whose ``key`` in the section at ``path`` is misspelt (``key`` + "_x")."""
    import copy

    data = copy.deepcopy(data)
    section = data
    for k in path:
        section = section[k]
    section[key + "_x"] = section.pop(key)
    return data


def _kind_file(name: str):
    """(data, schema, file name) of a fact kind's own data file."""
    import importlib

    from extractors import kinds
    from extractors.registry import TABLE_SCHEMA

    k = next(k for k in kinds() if k.name == name)
    words = importlib.import_module(f"extractors.facts.{name}").VOCAB
    return k.vocab(words), {**words, "table": TABLE_SCHEMA}, k.data.name


def _data_file(name: str):
    """(data, schema, file name) of a shared data file ("x.yaml") or of a fact kind's ("criteria_summary")."""
    return (load_data(name), SHARED_SCHEMAS[name], name) if name.endswith(".yaml") else _kind_file(name)


# the data sections that hold the words once written in the code of the extractors: (file or kind, path, a key)
MOVED_SECTIONS = [("structure.yaml", ("fields",), "sentence_bodies"), ("structure.yaml", ("fields", "target"), "grades"),
                  ("structure.yaml", ("header",), "title_stops"), ("structure.yaml", ("header",), "not_name"),
                  ("criteria_summary", (), "nouns"), ("criteria_summary", ("count_after",), "cues"),
                  ("criteria_summary", ("raw_cue",), "verbs"), ("criteria_summary", (), "other_units"),
                  ("units.yaml", ("vocab",), "list_and"), ("units.yaml", ("vocab",), "role_stops"),
                  ("criteria", ("mention",), "not_after_number"), ("criteria", ("mention",), "abbreviations"),
                  ("criteria", (), "other_units"), ("criteria", (), "list_lead_fillers")]


@pytest.mark.parametrize("name,path,key", MOVED_SECTIONS, ids=lambda x: x if isinstance(x, str) else ".".join(x) or "-")
def test_each_moved_section_loads_and_a_misspelt_key_in_it_names_the_file_and_the_key(name, path, key):
    from extractors.vocab import DataError, check

    data, schema, file = _data_file(name)
    section = data
    for k in path:
        section = section[k]
    assert section[key] and all(v not in ("", [], {}) for v in section.values())
    with pytest.raises(DataError, match=rf"^{re.escape(file)}: .*unknown key '{key}_x'"):
        check(_misspell(data, path, key), schema, file)


def test_structure_fields_name_real_types_and_levels():
    data = load_data("structure.yaml")
    w = data["fields"]
    assert set(w["guessed_types"]) <= set(data["doc_types"])
    assert set(w["level_words"]) == set(data["place_levels"])
    assert all(word in data["place_levels"][lvl] for lvl, word in w["level_words"].items())
    assert len(w["cited_decision"]) == 2 and set(w["target"]["grades"]) == {"ntm_nang_cao", "ntm_kieu_mau"}


def test_header_words_read_a_header_written_for_the_test():
    from extractors.header import find_signature, read_header

    w = load_data("structure.yaml")["header"]
    assert w["number_word"] and w["number_word"] not in w["title_stops"] and set(w["never_title"]) <= set(w["title_stops"])
    head = read_header("UBND XÃ HÒA KHÁNH\nSố: 7/KH-UBND\nHòa Khánh, ngày 2 tháng 9 năm 2022\nKẾ HOẠCH\n"
                       "Làm đường giao thông thôn Bốn\nCăn cứ Luật Tổ chức\n")
    assert (head.number, head.issue_date, head.title) == ("7/KH-UBND", "2022-09-02", "Làm đường giao thông thôn Bốn")
    sig = find_signature("Nội dung.\nT/M BAN CHỈ ĐẠO\nTRƯỞNG BAN\n(đã ký)\nLò Văn Sáng\n")
    assert sig and (sig.title, sig.name) == ("Trưởng ban", "Lò Văn Sáng")


def test_units_conjunction_joins_names_as_the_ampersand_does():
    from extractors.units import _norm, vocab

    assert vocab()["list_and"] and _norm(f"Phòng Văn hóa {vocab()['list_and']} Thông tin") == _norm("Phòng Văn hóa & Thông tin")


def test_mention_words_refuse_a_listed_number_of_communes_and_read_a_code_after_a_name():
    from extractors.catalogue import Catalogue
    from extractors.mentions import find_mentions

    cat = Catalogue.get("xa_ntm_2016_2020")
    assert [m.criterion for m in find_mentions("các tiêu chí số 2, 7 và 4 xã", cat)] == [2, 7]
    # the name is the whole item when only its code follows ("(TC4);"), and the code is a mention too
    assert [(m.criterion, m.named) for m in find_mentions("- Điện (TC4);", cat)] == [(4, True), (4, False)]
    assert [m.named for m in find_mentions("- Điện (TC4) và trạm biến áp;", cat)] == [False]


def test_criteria_words_refuse_other_units_and_read_a_lead_with_its_filler():
    from extractors.facts.criteria import extract
    from extractors.model import Document

    d = Document.from_text("KẾ HOẠCH\nVề nông thôn mới\nCác tiêu chí chưa đạt:\n- Gồm có: tiêu chí Điện\n"
                           "Các thôn đã đạt tiêu chí số 7. Xã đã đạt tiêu chí số 9.\n")
    d.info.criteria_set = "xa_ntm_2021_2025"
    assert [(c.criterion, c.status) for c in extract(d)] == [(4, "chua_dat"), (9, "dat")]


def test_reflow_words_load_and_are_single_lower_case_words():
    from pipeline.ingest.reflow import _open_endings

    words = _open_endings()
    assert "và" in words and all(w == w.strip() and " " not in w and w.islower() for w in words)


def test_reflow_item_openings_load_and_each_starts_a_new_line():
    from pipeline.ingest.reflow import _item_start, _words

    openings = _words()["item_openings"]
    assert "Căn cứ" in openings and all(w[:1].isupper() for w in openings)
    assert all(_item_start().match(f"{w} số 5 của UBND xã") for w in openings)
    assert not _item_start().match("căn cứ vào kết quả rà soát")
