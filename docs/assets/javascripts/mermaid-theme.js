/* Diagram markers (arrowheads, crosses, diamonds) that stay visible on both colour schemes.
 *
 * Material 9.8 passes Mermaid a themeCSS whose marker rules name Mermaid 10's ids and classes:
 * "#arrowhead", "#sequencenumber", "g #flowchart-pointEnd", "defs #statediagram-barbEnd",
 * "marker.aggregation.class". Mermaid 11 prefixes every marker id with the diagram's id and
 * changed the class names. Seen with Mermaid 11.17 (inside the shadow root Material renders into):
 *   sequenceDiagram  __mermaid_0-arrowhead, -filled-head, -crosshead, -sequencenumber,
 *                    -solidTopArrowHead, -stickTopArrowHead (and ...Bottom...)
 *   flowchart        __mermaid_1_flowchart-v2-pointEnd, -pointStart, -circleEnd, -crossEnd (and -margin variants)
 *   classDiagram     __mermaid_2_classDiagram-aggregationStart, -compositionEnd, ... class "marker aggregation classDiagram"
 *   stateDiagram-v2  __mermaid_3_stateDiagram-barbEnd
 * Material's rules therefore miss them: on the dark scheme sequence arrowheads and crosses keep
 * Mermaid's default #333 and vanish, and class-diagram diamonds too.
 *
 * The diagrams live in a closed shadow root, so page CSS cannot reach them: these rules are
 * appended to the themeCSS Material hands to mermaid.initialize(). They match the id's ending
 * (or the diagram type inside it), so they do not depend on the prefix, and each diagram type
 * gets the colours Material meant for it. Kept hollow on purpose: UML aggregation and lollipop
 * (filled in the label background colour), sequence crosses and open arrows (no fill).
 * tests/test_browser.py checks every marker in use on every page, in both schemes.
 */
(function () {
  if (typeof mermaid === "undefined" || mermaid.__puthPatched) return;
  var edge = "var(--md-mermaid-edge-color)";
  var message = "var(--md-mermaid-sequence-message-line-color)";
  var hollow = "var(--md-mermaid-label-bg-color)";

  function rule(selectors, fill, stroke) {
    return selectors.join(",\n") + " { fill: " + fill + " !important; stroke: " + stroke + " !important; }";
  }
  function each(ids, shapes) {  // marker[id$="-x"] path, marker[id$="-x"] circle, ...
    var out = [];
    ids.forEach(function (id) {
      shapes.forEach(function (shape) { out.push("marker[id" + id + "] " + shape); });
    });
    return out;
  }
  var shapes = ["path", "circle", "polygon"];

  var extra = [
    // sequenceDiagram: solid arrowheads (Material: "#arrowhead path"), open and cross heads, numbers
    rule(each(["$='-arrowhead'", "$='-filled-head'", "$='-solidTopArrowHead'", "$='-solidBottomArrowHead'"], ["path"]),
         message, "none"),
    rule(each(["$='-crosshead'", "$='-stickTopArrowHead'", "$='-stickBottomArrowHead'"], ["path"]), "none", message),
    rule(each(["$='-sequencenumber'"], ["circle"]), edge, "none"),
    // flowchart: point, circle and cross ends, drawn in the edge colour without Mermaid's #333 outline
    rule(each(["*='_flowchart-'"], shapes), edge, edge),
    // classDiagram (Material: "marker.composition.class" etc.): filled heads, and the hollow ones
    rule(each(["*='classDiagram-composition'", "*='classDiagram-dependency'", "*='classDiagram-extension'"], shapes),
         edge, edge),
    rule(each(["*='classDiagram-aggregation'", "*='classDiagram-lollipop'"], shapes), hollow, edge),
    // stateDiagram-v2 (Material: "defs #statediagram-barbEnd")
    rule(each(["*='stateDiagram-barbEnd'"], shapes), edge, edge)
  ].join("\n");

  var initialize = mermaid.initialize.bind(mermaid);
  mermaid.initialize = function (config) {
    config = Object.assign({}, config);
    config.themeCSS = (config.themeCSS || "") + "\n" + extra;
    return initialize(config);
  };
  mermaid.__puthPatched = true;
})();
