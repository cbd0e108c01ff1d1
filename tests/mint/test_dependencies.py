"""Installs are reproducible: the locks pin every package with its hashes, wheels only,
and hold every requirement of the human-edited inputs."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

BASE_DIR = Path(__file__).resolve().parents[2]
LOCKS = {
    "requirements.in": "requirements.lock",
    "requirements-dev.in": "requirements-dev.lock",
}
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")


def logical_lines(path):
    """The file's lines with comments dropped and backslash continuations joined."""
    text = re.sub(r"\s*\\\n", " ", (BASE_DIR / path).read_text())
    lines = (re.sub(r"(^|\s)#.*", "", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def input_requirements(path):
    """The requirements an input names, following its `-r` includes (not `-c`)."""
    requirements = []
    for line in logical_lines(path):
        if line.startswith("-r "):
            requirements += input_requirements(line.split(maxsplit=1)[1])
        elif not line.startswith("-"):
            requirements.append(Requirement(line))
    return requirements


def locked(path):
    """{name: {versions}} of a lock; a name may have one version per Python marker."""
    pins = {}
    for line in logical_lines(path):
        if line.startswith("-"):
            continue
        requirement = Requirement(line.split(" --hash", 1)[0])
        (version,) = (spec.version for spec in requirement.specifier)
        pins.setdefault(canonicalize_name(requirement.name), set()).add(version)
    return pins


@pytest.mark.parametrize("lock", LOCKS.values())
def test_every_locked_package_is_pinned_exactly_with_hashes_and_wheels_only(lock):
    lines = logical_lines(lock)
    assert "--only-binary :all:" in lines
    packages = [line for line in lines if not line.startswith("-")]
    assert len(packages) > 30
    for line in packages:
        requirement = Requirement(line.split(" --hash", 1)[0])
        assert [spec.operator for spec in requirement.specifier] == ["=="], line
        assert HASH.search(line), f"no hash: {line}"


@pytest.mark.parametrize(("source", "lock"), LOCKS.items())
def test_every_requirement_of_an_input_is_locked_within_its_range(source, lock):
    pins = locked(lock)
    for requirement in input_requirements(source):
        versions = pins.get(canonicalize_name(requirement.name))
        assert versions, f"{requirement.name} is missing from {lock}: run `make lock`"
        for version in versions:
            assert requirement.specifier.contains(version), (
                f"{lock} has {requirement.name}=={version}, outside {requirement.specifier}:"
                " run `make lock`"
            )


def test_tests_run_the_versions_production_runs():
    production, development = (
        locked("requirements.lock"),
        locked("requirements-dev.lock"),
    )
    assert {name: development.get(name) for name in production} == production


@pytest.mark.skipif(not shutil.which("make"), reason="needs make")
def test_setup_installs_the_lock_and_upgrade_refreshes_it():
    def dry_run(*targets):
        return subprocess.run(
            ["make", "--dry-run", "--always-make", *targets],
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    assert (
        "pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock"
        in dry_run(".venv/.installed")
    )
    assert "--require-hashes -r requirements.lock" in dry_run(
        ".venv/.installed", "LOCKFILE=requirements.lock"
    )
    upgrade = dry_run("upgrade")
    for lock, source in (
        ("requirements.lock", "requirements.in"),
        ("requirements-dev.lock", "requirements-dev.in"),
    ):
        assert re.search(
            rf"uv pip compile .*--generate-hashes.* --upgrade -o {lock} {source}\n",
            upgrade,
        ), upgrade
