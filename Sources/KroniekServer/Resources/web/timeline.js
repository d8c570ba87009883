// Timeline: events by event date, one lane per quad class; colour = quad
// class, radius = casualties, dashed outline = planned or alleged.
import { getAll } from "./api.js";
import { dayNumber, el, isoOf, legend, quadNames, svg, title, uncertain } from "./svg.js";

export async function showTimeline(view, params) {
  const { items, more } = await getAll("/api/timeline", params, 3000);
  const dated = items.filter((p) => p.firstDay);
  view.append(el("h2", {}, `Timeline: ${dated.length} dated events${more ? " (first 3000)" : ""}`), legend());
  if (!dated.length) {
    view.append(el("p", { class: "empty" }, "No dated events match these filters."));
    return 0;
  }
  // Drawn at the page's width, so labels stay legible on a phone.
  const width = Math.max(340, Math.min(1000, view.clientWidth || 1000));
  const narrow = width < 600;
  const lane = narrow ? 70 : 90, top = 20, left = narrow ? 78 : 130, height = top + 4 * lane + 40;
  const ticks = narrow ? 3 : 6;
  const days = dated.flatMap((p) => [dayNumber(p.firstDay), dayNumber(p.lastDay ?? p.firstDay)]);
  let min = Math.min(...days), max = Math.max(...days);
  if (max - min < 2) { min -= 1; max += 1; }
  const x = (day) => left + ((day - min) / (max - min)) * (width - left - 20);
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "timeline" });
  const axis = svg("g", { class: "axis" }, chart);
  for (let q = 1; q <= 4; q++) {
    const y = top + (q - 0.5) * lane;
    svg("line", { x1: left, x2: width - 10, y1: y, y2: y }, axis);
    svg("text", { x: 4, y: y + 4 }, axis).textContent = narrow ? quadNames[q].replace("material", "mat.").replace("verbal", "verb.") : quadNames[q];
  }
  for (let i = 0; i <= ticks; i++) {
    const day = min + ((max - min) * i) / ticks;
    const tx = x(day);
    svg("line", { x1: tx, x2: tx, y1: top, y2: top + 4 * lane }, axis);
    const anchor = i === 0 ? "start" : i === ticks ? "end" : "middle";
    svg("text", { x: tx, y: height - 18, "text-anchor": anchor }, axis).textContent = isoOf(Math.round(day));
  }
  const seen = new Map();
  for (const point of dated) {
    const first = dayNumber(point.firstDay), last = dayNumber(point.lastDay ?? point.firstDay);
    const slot = `${point.quadClass}:${Math.round(x((first + last) / 2) / 6)}`;
    const stack = seen.get(slot) ?? 0;
    seen.set(slot, stack + 1);
    // Events at one spot stack outwards from the lane: 0, +9, -9, +18, ...
    const step = stack % 9;
    const cy = top + (point.quadClass - 0.5) * lane + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 9;
    const killed = point.killed ?? 0;
    const classes = ["event", `q${point.quadClass}`];
    if (uncertain(point.modality)) classes.push("uncertain");
    if (["denied", "negated"].includes(point.modality)) classes.push("negated");
    if (last > first) {
      svg("line", { x1: x(first), x2: x(last), y1: cy, y2: cy, class: `q${point.quadClass}`, "stroke-width": 2, "stroke-opacity": 0.4 }, chart);
    }
    const dot = svg("circle", {
      cx: x((first + last) / 2), cy, r: 4 + Math.min(14, 2.5 * Math.sqrt(killed)), class: classes.join(" "),
      "data-article": point.articleID,
    }, chart);
    title(dot, `${point.firstDay}${last > first ? " – " + point.lastDay : ""}  ${point.source ?? "?"} → ${point.target ?? "-"}\n` +
      `${point.cameo} ${point.label} (${point.modality})${killed ? `, ${killed} killed` : ""}`);
    dot.addEventListener("click", () => { location.hash = `#/article/${point.articleID}?event=${encodeURIComponent(point.eventID)}`; });
  }
  view.append(chart, el("p", { class: "meta" }, "Click an event to read its article."));
  return dated.length;
}
