/* Keep the reader's CPython version across every set of version tabs on a page.
 *
 * Example outputs are shown in tabs labelled with a version ("3.14") or a range of
 * versions that printed the same thing ("3.12–3.13"). Material's linked tabs
 * (content.tabs.link) only follow tabs whose labels are identical, so choosing "3.14"
 * would not select "3.14–3.15" in the next example. This script remembers the chosen
 * version and selects, in every other tab set, the tab whose range contains it.
 */
(function () {
  var KEY = "puth.cpython-version";
  var RANGE = /^\s*3\.(\d+)(?:\s*[\u2013-]\s*3\.(\d+))?\s*$/;

  function range(label) {
    var m = label && label.textContent.match(RANGE);
    return m ? [parseInt(m[1], 10), parseInt(m[2] || m[1], 10)] : null;
  }

  function labelFor(input) {
    var set = input.closest(".tabbed-set");
    return set && set.querySelector('.tabbed-labels > label[for="' + input.id + '"]');
  }

  var busy = false;
  function select(minor, except) {
    busy = true;
    try {
      selectEverywhere(minor, except);
    } finally {
      busy = false;
    }
  }

  function selectEverywhere(minor, except) {
    document.querySelectorAll(".tabbed-set").forEach(function (set) {
      if (set === except) return;
      set.querySelectorAll(":scope > .tabbed-labels > label").forEach(function (label) {
        var r = range(label);
        var input = document.getElementById(label.htmlFor);
        if (r && input && !input.checked && r[0] <= minor && minor <= r[1]) input.click();
      });
    });
  }

  // Only the reader's own choice counts (a click, a tap, or an arrow key on the focused tab).
  // The clicks this script and Material's linked tabs make are not trusted events; reacting
  // to them let the two rules (same label, range containing the version) undo each other,
  // which made arrow keys on a tab set flip back at once.
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (busy || !event.isTrusted) return;
    if (!input.matches || !input.matches(".tabbed-set > input")) return;
    var r = range(labelFor(input));
    if (!r) return;
    var previous = parseInt(localStorage.getItem(KEY) || "0", 10);
    var minor = previous >= r[0] && previous <= r[1] ? previous : r[1];
    localStorage.setItem(KEY, String(minor));
    select(minor, input.closest(".tabbed-set"));
  });

  function restore() {
    var minor = parseInt(localStorage.getItem(KEY) || "0", 10);
    if (minor) select(minor, null);
  }
  if (typeof document$ !== "undefined") document$.subscribe(restore);
  else document.addEventListener("DOMContentLoaded", restore);
})();
