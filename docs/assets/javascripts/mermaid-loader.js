/* Load Mermaid (3.5 MB) only on pages that draw a diagram.
 *
 * Material renders every `.mermaid` block with the global `mermaid`: it calls
 * mermaid.initialize(config) once, then mermaid.render(id, text) for each diagram. When no
 * global exists it fetches Mermaid from a CDN, which this book never allows. So every page
 * defines a small stand-in instead: it keeps the configuration, and on the first render
 * injects the vendored library (a plain <script>, which also works from file://), hands it
 * the configuration and forwards the call. A page without diagrams never calls render and
 * never downloads the library. mermaid-theme.js wraps initialize() of whatever `mermaid`
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

  var stand_in = {
    __puthStandIn: true,
    initialize: function (c) { config = Object.assign({}, c); },
    render: function () {
      var args = arguments;
      return load().then(function (real) { return real.render.apply(real, args); });
    },
    parse: function () {
      var args = arguments;
      return load().then(function (real) { return real.parse.apply(real, args); });
    }
  };
  window.mermaid = stand_in;
})();
