# SPDX-License-Identifier: MIT
"""`cmake --install` puts a package Debian's python3 imports from PREFIX/lib/python3/dist-packages,
which finds the installed default data in PREFIX/share/rangemap, from any folder."""

import os
import shutil
import subprocess

import pytest

BUILD_DIR = os.environ.get("BUILD_DIR")


@pytest.mark.skipif(not BUILD_DIR or not shutil.which("cmake"), reason="needs BUILD_DIR and cmake")
def test_installed_package_imports_and_finds_its_data(tmp_path):
    prefix = tmp_path / "prefix"
    subprocess.run(["cmake", "--install", BUILD_DIR, "--prefix", str(prefix)], check=True, capture_output=True)
    moved = tmp_path / "moved"  # the installed tree works wherever it is moved, as the CLI's does
    shutil.move(str(prefix), str(moved))
    env = {k: v for k, v in os.environ.items() if k not in ("RANGEMAP_DATA", "PYTHONPATH")}
    env["PYTHONPATH"] = str(moved / "lib" / "python3" / "dist-packages")
    code = (
        "import rangemap, subprocess, sys;"
        "print(rangemap.__file__); print(rangemap.default_data_dir());"
        "print(rangemap.Session().distance('Taiwan', 'Japan')['distance_m'])"
    )
    out = subprocess.run(["/usr/bin/python3", "-c", code], cwd="/", env=env, capture_output=True, text=True, check=True)
    file, data, metres = out.stdout.split()
    assert file.startswith(str(moved)) and os.path.samefile(data, moved / "share" / "rangemap")
    cli = subprocess.run([str(moved / "bin" / "rangemap"), "distance", "Taiwan", "Japan", "--json"], env=env,
                         capture_output=True, text=True, check=True)
    assert f'"distance_m":{metres}' in cli.stdout
