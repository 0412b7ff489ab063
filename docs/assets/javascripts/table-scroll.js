/* A wide table scrolls sideways inside Material's .md-typeset__scrollwrap. A region that
 * scrolls must be reachable from the keyboard (WCAG 2.1.1; axe's scrollable-region-focusable,
 * checked by tests/test_a11y.py), so each wrapper whose table is wider than it becomes a
 * named, focusable region. Measured when the browser is idle after load (and again after a
 * resize), so that it adds no layout work while the page is starting.
 */
(function () {
  function mark() {
    var wraps = document.querySelectorAll(".md-typeset__scrollwrap");
    for (var i = 0; i < wraps.length; i++) {
      var w = wraps[i];
      var wide = w.scrollWidth > w.clientWidth + 1;
      if (wide && !w.hasAttribute("tabindex")) {
        w.setAttribute("tabindex", "0");
        w.setAttribute("role", "region");
        w.setAttribute("aria-label", "Table (scrolls sideways)");
      }
    }
  }
  function later() {
    if (window.requestIdleCallback) window.requestIdleCallback(mark, { timeout: 1000 });
    else window.setTimeout(mark, 200);
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(later);
  else window.addEventListener("load", later);
  var timer = null;
  window.addEventListener("resize", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(mark, 250);
  });
})();
