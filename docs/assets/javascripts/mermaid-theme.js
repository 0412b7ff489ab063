/* Extra Mermaid styles for Material's renderer.
 *
 * Material calls mermaid.initialize() with its own themeCSS, written for marker ids
 * such as #arrowhead. Mermaid 11 prefixes marker ids with the diagram id
 * (e.g. "__mermaid_0-arrowhead"), so on the dark scheme those markers keep Mermaid's
 * default black fill and arrowheads vanish. Seen with Mermaid 11.17: ids such as
 * "__mermaid_0-arrowhead", "__mermaid_0-filled-head", "__mermaid_0-stickTopArrowHead"
 * (sequence diagrams) and "__mermaid_1_flowchart-v2-pointEnd" (flowcharts). Diagrams render into a closed shadow root,
 * so page CSS cannot reach them: the fix is appended to the themeCSS Material passes.
 */
(function () {
  if (typeof mermaid === "undefined" || mermaid.__puthPatched) return;
  var extra = [
    "marker[id$='arrowhead'] path, marker[id$='crosshead'] path,",
    "marker[id$='filled-head'] path, marker[id$='sequencenumber'] circle,",
    "marker[id*='-arrowhead'] path, marker[id*='Start'] path, marker[id*='End'] path",
    "{ fill: var(--md-mermaid-edge-color) !important; stroke: var(--md-mermaid-edge-color) !important; }",
    "marker[id$='crosshead'] path { fill: none !important; }",
    "marker[id*='stickTopArrowHead'] path, marker[id*='stickBottomArrowHead'] path",
    "{ fill: none !important; stroke: var(--md-mermaid-edge-color) !important; }",
    "text.actor > tspan, .messageText, .noteText > tspan, .loopText > tspan, .labelText",
    "{ fill: var(--md-mermaid-label-fg-color) !important; }",
    ".messageLine0, .messageLine1 { stroke: var(--md-mermaid-edge-color) !important; }"
  ].join("\n");
  var initialize = mermaid.initialize.bind(mermaid);
  mermaid.initialize = function (config) {
    config = Object.assign({}, config);
    config.themeCSS = (config.themeCSS || "") + "\n" + extra;
    return initialize(config);
  };
  mermaid.__puthPatched = true;
})();
