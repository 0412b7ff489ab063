"""Choosing a CPython version in one set of output tabs selects it in every other set on the page,
including sets where that version shares a range tab ("3.14–3.15"), and the choice survives a reload."""
from __future__ import annotations

import pytest

import fixture_site
from fixture_site import page


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tabs")
    proc = fixture_site.build(tmp, {"index.md": page(
        "# Tabs\n\n[[example: ../tests/fixtures/ranges.py source=no]]\n\nText.\n\n"
        "[[example: ../tests/fixtures/each.py source=no]]\n")})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return tmp / "site"


def labels(p):
    return p.eval_on_selector_all(
        ".tabbed-set", "sets => sets.map(s => [...s.querySelectorAll(':scope > .tabbed-labels > label')].map(l => l.textContent.trim()))")


def checked(p):
    return p.eval_on_selector_all(
        ".tabbed-set", "sets => sets.map(s => { const i = s.querySelector(':scope > input:checked'); "
        "return s.querySelector(`label[for=\"${i.id}\"]`).textContent.trim() })")


def test_version_choice_follows_across_ranges_and_reloads(browser, site):
    with fixture_site.serve(site) as url:
        context = browser.new_context()
        p = context.new_page()
        p.goto(url)
        assert labels(p) == [["3.12\u20133.13", "3.14\u20133.15"], ["3.12", "3.13", "3.14", "3.15"]]
        assert checked(p) == ["3.12\u20133.13", "3.12"]
        sets = p.locator(".tabbed-set")
        sets.nth(1).locator(".tabbed-labels > label").nth(2).click()  # "3.14" in the second set
        p.wait_for_timeout(100)
        assert checked(p) == ["3.14\u20133.15", "3.14"]
        sets.nth(0).locator(".tabbed-labels > label").nth(0).click()  # "3.12–3.13"
        p.wait_for_timeout(100)
        assert checked(p) == ["3.12\u20133.13", "3.13"]  # the range's newest version
        p.reload()
        p.wait_for_timeout(300)
        assert checked(p) == ["3.12\u20133.13", "3.13"]
        context.close()
