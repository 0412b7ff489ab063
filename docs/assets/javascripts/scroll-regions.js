/* Regions that scroll sideways must be reachable from the keyboard (WCAG 2.1.1; axe's
 * scrollable-region-focusable, checked by tests/test_a11y.py).
 *
 * Tables: a wide table scrolls inside Material's .md-typeset__scrollwrap, which the theme
 * never makes focusable; each wrapper whose table is wider than it becomes a named, focusable
 * region.
 *
 * Code blocks: Material gives a scrolling code block tabindex="0" (on devices that hover)
 * when it mounts the block, and with the "content.lazy" feature (mkdocs.yml) it mounts a
 * block only when the block first comes into view. A keyboard reader tabbing down the page
 * would pass blocks that have not been mounted yet, so the same rule is applied here to every
 * block at once; Material's own mount later comes to the same answer.
 *
 * Cost: measured when the browser is idle after load (and again after a resize), all sizes
 * read first and written after, so one pass costs one layout. Content of a closed answer
 * (<details>) is skipped until it is opened: the browser keeps it unrendered, and measuring
 * inside it would lay it out again for every element read.
 */
(function () {
  var CLOSED = "details:not([open])";
  function mark(root) {
    var found = [].slice.call(root.querySelectorAll(".md-typeset__scrollwrap"));
    if (window.matchMedia("(hover)").matches) {
      found = found.concat([].slice.call(root.querySelectorAll(".md-typeset .highlight pre > code")));
    }
    var wide = found.filter(function (el) {  // all reads first ...
      return !el.hasAttribute("tabindex") && !el.closest(CLOSED) && el.scrollWidth > el.clientWidth + 1;
    });
    wide.forEach(function (el) {  // ... then the writes
      el.setAttribute("tabindex", "0");
      if (el.matches(".md-typeset__scrollwrap")) {
        el.setAttribute("role", "region");
        el.setAttribute("aria-label", "Table (scrolls sideways)");
      }
    });
  }
  function later() {
    var all = function () {
      mark(document);
      // Says that the first pass is done (tests/browser_util.py waits for it before auditing).
      // No style rule names this attribute, so setting it restyles nothing.
      document.documentElement.setAttribute("data-scroll-regions", "measured");
    };
    if (window.requestIdleCallback) window.requestIdleCallback(all, { timeout: 1000 });
    else window.setTimeout(all, 200);
  }
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(later);
  else window.addEventListener("load", later);
  // "toggle" does not bubble; listening in the capture phase sees every <details> that opens
  document.addEventListener("toggle", function (event) {
    if (event.target.open) mark(event.target);
  }, true);
  var timer = null;
  window.addEventListener("resize", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { mark(document); }, 250);
  });
})();
