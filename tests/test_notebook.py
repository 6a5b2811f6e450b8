"""The analysis notebook runs from top to bottom on generated outputs (nbclient)."""
import pytest
from conftest import ROOT

from pipeline.batch import run_batch
from pipeline.synth.generate import write_corpus


def test_notebook_runs_on_generated_outputs(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed")
    pytest.importorskip("ipykernel", reason="ipykernel is not installed")
    write_corpus(tmp_path / "plans", n=9, seed=17, formats=["txt", "docx", "pdf"])
    run_batch([tmp_path / "plans"], tmp_path / "outputs", workers=2, progress=False)
    monkeypatch.setenv("KEHOACH_OUTPUTS", str(tmp_path / "outputs"))
    monkeypatch.setenv("KEHOACH_AS_OF", "2023-06-30")
    nb = nbformat.read(ROOT / "notebooks" / "analysis.ipynb", as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the plots were drawn
    text = "".join(o.get("text", "") for o in outputs)
    assert "9 plans" in text
