# SPDX-License-Identifier: MIT
"""Shared fixtures: the built CLI (RANGEMAP) to compare with, and helpers to run it."""

import json
import os
import subprocess

import pytest

RANGEMAP = os.environ.get("RANGEMAP", "rangemap")
SOURCE_DIR = os.environ.get("SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def cli(*args, check=True):
    """Runs the CLI; returns (exit status, stdout bytes, stderr text)."""
    p = subprocess.run([RANGEMAP, *args], capture_output=True, timeout=300)
    if check and p.returncode != 0:
        raise AssertionError(f"rangemap {' '.join(args)}: exit {p.returncode}: {p.stderr.decode()}")
    return p.returncode, p.stdout, p.stderr.decode()


def cli_json(*args):
    return json.loads(cli(*args)[1])


def cli_error(*args):
    """The CLI's error line without its "rangemap: error: " prefix, and the exit status."""
    code, _, err = cli(*args, check=False)
    lines = [l for l in err.splitlines() if l.startswith("rangemap: error: ")]
    assert code != 0 and len(lines) == 1, err
    return code, lines[0][len("rangemap: error: "):]


@pytest.fixture(scope="session")
def session():
    import rangemap

    return rangemap.Session()


@pytest.fixture(scope="session")
def source_dir():
    return SOURCE_DIR
