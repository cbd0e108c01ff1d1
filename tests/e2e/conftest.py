"""Browser journeys in Debian's Chromium, driven by Playwright against a live server."""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM must still work here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def pytest_collection_modifyitems(config, items):
    if not Path(CHROMIUM).exists():
        skip = pytest.mark.skip(
            reason="!!! Debian's chromium is not installed: browser journeys SKIPPED !!!"
        )
        for item in items:
            if "e2e" in item.nodeid:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def screenshot(page):
    """Save the current page at phone and desktop width under test-artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name):
        for label, size in {"phone": (390, 844), "desktop": (1280, 900)}.items():
            page.set_viewport_size({"width": size[0], "height": size[1]})
            page.screenshot(path=ARTIFACTS / f"{name}-{label}.png", full_page=True)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= size[0], (
                f"{name} scrolls sideways at {label} width ({width}px)"
            )

    return take
