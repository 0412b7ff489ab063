"""Accessibility: axe-core finds no WCAG 2.0/2.1 level A or AA violation on any page of the
built site, in the light and in the dark scheme.

axe-core is vendored in tests/vendor/axe-core (pinned and checksummed by scripts/vendor.py)
and injected into the real pages, served as readers get them. Diagrams are checked too: the
init script of browser_util opens Material's closed shadow roots so that axe can see inside.
A violation names the page, the scheme, the rule, its help text and the offending elements.
Problems are fixed in overrides/ and the stylesheet, never by disabling a rule.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from browser_util import Visit, built_pages, count_diagrams, page_url

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """async ([tags, disabled]) => {
  const rules = Object.fromEntries(disabled.map(r => [r, {enabled: false}]));
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, rules, resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 4).map(n => n.target.join(" ") + (n.failureSummary ? " :: " + n.failureSummary.split("\\n").slice(1, 2).join(" ").trim() : "")),
    count: v.nodes.length,
  }));
}"""


def axe_violations(v: Visit, label: str, disable: list[str] | None = None) -> list[str]:
    """Violations of the WCAG A/AA rules; `disable` is only for tests/test_print.py's long page."""
    v.page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = v.page.evaluate(RUN_AXE, [TAGS, disable or []])
    out = []
    for f in found:
        where = "; ".join(f["nodes"]) + (f" (and {f['count'] - 4} more)" if f["count"] > 4 else "")
        out.append(f"{label}: [{f['id']}, {f['impact']}] {f['help']}: {where}")
    return out


def audit_site(browser, site: Path, base: str, scheme: str, pages: list[str] | None = None) -> list[str]:
    v = Visit(browser, base, color_scheme=scheme)
    problems = []
    for rel in pages if pages is not None else built_pages(site):
        v.open(page_url(rel, True), count_diagrams((site / rel).read_text(encoding="utf-8")))
        problems += axe_violations(v, f"{rel} ({scheme})")
    v.close()
    return problems


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations_on_any_page(browser, online_build, server, scheme):
    site = online_build[0]
    pages = [p for p in built_pages(site) if p != "404.html"] + ["404.html"]
    problems = audit_site(browser, site, server, scheme, pages)
    assert not problems, f"{len(problems)} accessibility violations:\n" + "\n".join(problems)


def test_axe_reports_a_violation(browser, tmp_path):
    """The audit is not blind: a page with an unlabelled image, an unnamed button and grey-on-white
    text is reported, rule by rule."""
    import fixture_site

    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>t</title></head><body><main>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<button></button><p style="color:#bbb;background:#fff">faint text</p></main></body></html>')
    with fixture_site.serve(tmp_path) as url:
        v = Visit(browser, url)
        v.open("")
        problems = "\n".join(axe_violations(v, "index.html"))
        v.close()
    for rule in ("image-alt", "button-name", "color-contrast"):
        assert f"[{rule}," in problems, problems
