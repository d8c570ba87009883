// Actor network: who acts on whom. Edge width = events, colour = mostly
// cooperation (green) or conflict (red); laid out by a small force model.
import { getJSON } from "./api.js";
import { el, svg, title } from "./svg.js";

const maxNodes = 40;

export async function showNetwork(view, params) {
  const network = await getJSON("/api/network", params);
  const nodes = network.nodes.slice(0, maxNodes).map((n, i) => ({ ...n, index: i }));
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const edges = network.edges.filter((e) => byCode.has(e.source) && byCode.has(e.target));
  view.append(el("h2", {}, `Actor network: ${nodes.length} actors, ${edges.length} links from ${network.events} events${network.truncated ? " (capped)" : ""}`),
    el("div", { class: "legend" }, el("span", { class: "l1" }, "mostly cooperation"), el("span", { class: "l4" }, "mostly conflict")));
  if (!edges.length) {
    view.append(el("p", { class: "empty" }, "No events with both a source and a target match these filters."));
    return 0;
  }
  const width = 1000, height = 620;
  layout(nodes, edges, byCode, width, height);
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network" });
  const defs = svg("defs", {}, chart);
  for (const kind of ["coop", "conflict"]) {
    const marker = svg("marker", { id: `arrow-${kind}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, defs);
    svg("path", { d: "M0,0L10,5L0,10z", class: kind === "coop" ? "q1" : "q4" }, marker);
  }
  const maxEvents = Math.max(...edges.map((e) => e.events));
  for (const edge of edges) {
    const a = byCode.get(edge.source), b = byCode.get(edge.target);
    const kind = edge.conflict > edge.cooperation ? "conflict" : "coop";
    const dx = b.x - a.x, dy = b.y - a.y, length = Math.hypot(dx, dy) || 1;
    const rb = radius(b) + 3;
    const line = svg("line", {
      x1: a.x, y1: a.y, x2: b.x - (dx / length) * rb, y2: b.y - (dy / length) * rb,
      class: `edge ${kind}`, "stroke-width": 1 + 5 * Math.sqrt(edge.events / maxEvents), "marker-end": `url(#arrow-${kind})`,
    }, chart);
    title(line, `${edge.source} → ${edge.target}: ${edge.events} events (${edge.cooperation} cooperation, ${edge.conflict} conflict)`);
  }
  for (const node of nodes) {
    if (!edges.some((e) => e.source === node.code || e.target === node.code)) continue;
    const group = svg("g", { transform: `translate(${node.x.toFixed(1)},${node.y.toFixed(1)})`, class: "actor" }, chart);
    title(svg("circle", { r: radius(node), class: "node" }, group), `${node.code}: ${node.events} events`);
    svg("text", { y: radius(node) + 12, "text-anchor": "middle" }, group).textContent = node.code;
    group.addEventListener("click", () => { location.hash = `#/timeline?actor=${encodeURIComponent(node.code)}`; });
  }
  view.append(chart, el("p", { class: "meta" }, "Click an actor for its timeline."));
  return edges.length;
}

function radius(node) {
  return 5 + 2 * Math.sqrt(node.events);
}

// Force layout, deterministic: nodes start on a circle, repel each other,
// edges pull their ends together, a weak pull keeps all near the centre.
function layout(nodes, edges, byCode, width, height) {
  const cx = width / 2, cy = height / 2;
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = cx + Math.cos(angle) * width * 0.3;
    n.y = cy + Math.sin(angle) * height * 0.3;
  });
  for (let step = 0; step < 300; step++) {
    const heat = 1 - step / 300;
    for (const n of nodes) { n.fx = (cx - n.x) * 0.01; n.fy = (cy - n.y) * 0.01; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
        const push = 4000 / d2;
        a.fx += dx * push / Math.sqrt(d2); a.fy += dy * push / Math.sqrt(d2);
        b.fx -= dx * push / Math.sqrt(d2); b.fy -= dy * push / Math.sqrt(d2);
      }
    }
    for (const e of edges) {
      const a = byCode.get(e.source), b = byCode.get(e.target);
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
      const pull = (d - 120) * 0.02;
      a.fx += (dx / d) * pull; a.fy += (dy / d) * pull;
      b.fx -= (dx / d) * pull; b.fy -= (dy / d) * pull;
    }
    for (const n of nodes) {
      n.x = Math.min(width - 40, Math.max(40, n.x + Math.max(-20, Math.min(20, n.fx)) * heat * 2));
      n.y = Math.min(height - 30, Math.max(30, n.y + Math.max(-20, Math.min(20, n.fy)) * heat * 2));
    }
  }
}
