// Cluster view: real-world events, each reported by one or more articles;
// one cluster lists its articles with the sentence each reports it in.
import { getAll, getJSON } from "./api.js";
import { el } from "./svg.js";

export async function showClusters(view, params) {
  const { items, more } = await getAll("/api/clusters", params, 500);
  view.append(el("h2", {}, `${items.length} real-world events${more ? " (first 500)" : ""}`));
  if (!items.length) {
    view.append(el("p", { class: "empty" }, "No clusters match these filters."));
    return 0;
  }
  view.append(el("div", { class: "scroll" }, el("table", {},
    el("tr", {}, ...["dates", "actors", "event", "articles", "independent", "outlets"].map((h) => el("th", {}, h))),
    ...items.map(({ cluster, representative }) => {
      const e = representative.event;
      return el("tr", {},
        el("td", {}, [cluster.dateFrom, cluster.dateTo].filter(Boolean).filter((d, i, a) => a.indexOf(d) === i).join(" – ") || "undated"),
        el("td", { class: "code" }, `${e.source?.code ?? "?"} → ${e.target?.code ?? "-"}`),
        el("td", {}, el("a", { href: `#/cluster/${cluster.id}` }, `${e.cameo} ${e.cameoName ?? e.plover}`)),
        el("td", {}, cluster.articleCount), el("td", {}, cluster.independentSources), el("td", {}, cluster.outlets.join(", ")));
    }))));
  return items.length;
}

export async function showCluster(view, id) {
  const detail = await getJSON(`/api/clusters/${encodeURIComponent(id)}`);
  const c = detail.cluster;
  view.append(el("h2", {}, `Cluster ${c.id}: ${c.articleCount} articles, ${c.independentSources} independent`),
    el("p", { class: "meta" }, `CAMEO family ${c.family} · ${c.dateFrom ?? "undated"}${c.dateTo && c.dateTo !== c.dateFrom ? " – " + c.dateTo : ""} · ${c.outlets.join(", ")}`),
    el("div", { class: "scroll" }, el("table", {},
      el("tr", {}, ...["article", "outlet", "date", "actors", "event", "sentence"].map((h) => el("th", {}, h))),
      ...detail.members.map(({ sentence, stored }) => el("tr", {},
        el("td", {}, el("a", { href: `#/article/${stored.articleID}?event=${encodeURIComponent(stored.event.id)}` }, stored.articleTitle)),
        el("td", {}, stored.outlet ?? ""), el("td", {}, stored.event.date.value ?? "undated"),
        el("td", { class: "code" }, `${stored.event.source?.code ?? "?"} → ${stored.event.target?.code ?? "-"}`),
        el("td", {}, `${stored.event.cameo} (${stored.event.modality})`), el("td", {}, sentence))))));
  return detail.members.length;
}
