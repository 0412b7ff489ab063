/* Load Mermaid (3.5 MB) only on pages that draw a diagram, and only when a diagram comes near
 * the screen.
 *
 * Material renders every `.mermaid` block with the global `mermaid`: it calls
 * mermaid.initialize(config) once, then mermaid.render(id, text) for each diagram. When no
 * global exists it fetches Mermaid from a CDN, which this book never allows. So every page
 * defines a small stand-in instead: it keeps the configuration, and on the first render
 * injects the vendored library (a plain <script>, which also works from file://), hands it
 * the configuration and forwards the call. A page without diagrams never calls render and
 * never downloads the library. A diagram further down the page waits until the reader
 * scrolls within a screen of it (or prints the page), so opening a long chapter costs no
 * more than opening a text page. mermaid-theme.js wraps initialize() of whatever `mermaid`
 * it finds, so its marker rules reach the real library through the stored configuration.
 */
(function () {
  if (typeof window.mermaid !== "undefined") return;
  var src = new URL("../vendor/mermaid/mermaid.min.js", document.currentScript.src).href;
  var config = { startOnLoad: false };
  var loading = null;

  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = function () {
          var real = window.mermaid;
          if (!real || real === stand_in) {
            reject(new Error("mermaid-loader: " + src + " did not define mermaid"));
            return;
          }
          real.initialize(config);
          resolve(real);
        };
        script.onerror = function () { reject(new Error("mermaid-loader: cannot load " + src)); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  // Resolves when `el` is within a screen of the viewport, or when the page is printed.
  // The whole-book page (print/index.html, overrides/hooks/print_book.py) asks for every
  // diagram at once, so that printing it catches all of them.
  var printing = !!document.querySelector('meta[name="puth-diagrams"][content="eager"]');
  var waiting = [];
  window.addEventListener("beforeprint", function () {
    printing = true;
    waiting.splice(0).forEach(function (go) { go(); });
  });
  function nearScreen(el) {
    if (!el || printing || typeof IntersectionObserver === "undefined") return Promise.resolve();
    return new Promise(function (resolve) {
      var observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) go();
      }, { rootMargin: "100% 0px" });
      function go() { observer.disconnect(); resolve(); }
      waiting.push(go);
      observer.observe(el);
    });
  }
  // Material passes only the diagram's text; find the block it comes from.
  function blockFor(text) {
    var blocks = document.querySelectorAll("pre.mermaid, pre");
    for (var i = 0; i < blocks.length; i++) {
      if (!blocks[i].__puthClaimed && blocks[i].textContent === text) {
        blocks[i].__puthClaimed = true;
        return blocks[i];
      }
    }
    return null;
  }

  var stand_in = {
    __puthStandIn: true,
    initialize: function (c) { config = Object.assign({}, c); },
    render: function (id, text) {
      var args = arguments;
      return nearScreen(blockFor(text)).then(load).then(function (real) { return real.render.apply(real, args); });
    },
    parse: function () {
      var args = arguments;
      return load().then(function (real) { return real.parse.apply(real, args); });
    }
  };
  window.mermaid = stand_in;
})();
