# SPDX-License-Identifier: MIT
"""The example notebook runs from top to bottom in a Jupyter kernel of this interpreter
(nbclient, ipykernel) and shows its figures inline."""

import os
import sys

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = os.path.join(os.environ.get("SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", "..")),
                        "docs", "examples", "rangemap.ipynb")


def test_example_notebook_runs_and_shows_figures(tmp_path, monkeypatch):
    import rangemap

    # The kernel imports the package this test imports, wherever the kernel starts.
    package_root = os.path.dirname(os.path.dirname(os.path.abspath(rangemap.__file__)))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([package_root, os.environ.get("PYTHONPATH", "")]))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # The kernel is this interpreter (/usr/bin/python3 under ctest), with the same PYTHONPATH.
    client = nbclient.NotebookClient(nb, timeout=240, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    assert os.path.realpath(sys.executable).startswith("/usr/bin/python3")
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3  # the ring plot, the sweep plot, the rangemap figure
    assert any("image/svg+xml" in o.get("data", {}) for o in outputs)  # the rangemap figure as SVG too
    text = "".join(o.get("text", "") for o in outputs)
    assert "108.4 km" in text
