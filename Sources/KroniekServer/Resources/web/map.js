// Map: Natural Earth country outlines (equirectangular) and the located
// events as points, one per place, sized by the number of events there.
import { getAll, getJSON } from "./api.js";
import { el, legend, svg, title, uncertain } from "./svg.js";

let world;

export async function showMap(view, params) {
  world ??= await getJSON("/world.json");
  const { items } = await getAll("/api/events", params, 3000);
  const located = items.filter((s) => s.event.location && s.event.location.lat != null && s.event.location.lon != null);
  view.append(el("h2", {}, `Map: ${located.length} located events of ${items.length}`), legend());
  const width = 1000, height = 500;
  const x = (lon) => ((lon + 180) / 360) * width;
  const y = (lat) => ((90 - lat) / 180) * height;
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "map" });
  const land = svg("g", {}, chart);
  for (const country of world.countries) {
    const d = country.rings.map((ring) => {
      let path = "";
      for (let i = 0; i < ring.length; i += 2) path += `${i ? "L" : "M"}${x(ring[i]).toFixed(1)},${y(ring[i + 1]).toFixed(1)}`;
      return path + "Z";
    }).join("");
    title(svg("path", { d, class: "country", "data-iso": country.iso }, land), country.name);
  }
  const places = new Map();
  for (const stored of located) {
    const { lat, lon, name } = stored.event.location;
    const key = `${lat.toFixed(2)},${lon.toFixed(2)}`;
    const place = places.get(key) ?? { lat, lon, name, events: [] };
    place.events.push(stored);
    places.set(key, place);
  }
  const list = el("div", { class: "scroll" });
  for (const place of [...places.values()].sort((a, b) => b.events.length - a.events.length)) {
    const quads = place.events.map((s) => s.event.quadClass);
    const quad = [4, 3, 2, 1].find((q) => quads.includes(q));
    const allUncertain = place.events.every((s) => uncertain(s.event.modality));
    const dot = svg("circle", {
      cx: x(place.lon), cy: y(place.lat), r: 3 + 2 * Math.sqrt(place.events.length),
      class: `event q${quad}${allUncertain ? " uncertain" : ""}`,
    }, chart);
    title(dot, `${place.name}: ${place.events.length} event(s)`);
    dot.addEventListener("click", () => showPlace(list, place));
  }
  view.append(chart, el("p", { class: "meta" }, "Click a point to list its events."), list);
  return located.length;
}

function showPlace(list, place) {
  list.replaceChildren(el("h2", {}, place.name), el("table", {},
    el("tr", {}, el("th", {}, "date"), el("th", {}, "actors"), el("th", {}, "event"), el("th", {}, "article")),
    ...place.events.map((s) => el("tr", {},
      el("td", {}, s.event.date.value ?? "undated"),
      el("td", { class: "code" }, `${s.event.source?.code ?? "?"} → ${s.event.target?.code ?? "-"}`),
      el("td", {}, `${s.event.cameo} ${s.event.cameoName ?? s.event.plover} (${s.event.modality})`),
      el("td", {}, el("a", { href: `#/article/${s.articleID}?event=${encodeURIComponent(s.event.id)}` }, s.articleTitle))))));
}
