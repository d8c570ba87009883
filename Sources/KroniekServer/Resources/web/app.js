// Kroniek's web UI: hash routes select a view (#/timeline, #/map,
// #/network, #/clusters, #/cluster/ID, #/article/ID), the filter bar's
// values ride in the hash's query. Each view writes how many items it drew
// into <main data-rendered>, which the browser check reads.
import { filterParams } from "./api.js";
import { showArticle } from "./article.js";
import { showCluster, showClusters } from "./clusters.js";
import { showMap } from "./map.js";
import { showNetwork } from "./network.js";
import { showTimeline } from "./timeline.js";

// Uncaught errors are marked on <body> too, for checks that read the DOM.
window.addEventListener("error", (event) => { document.body.dataset.jsError = event.message; });
window.addEventListener("unhandledrejection", (event) => { document.body.dataset.jsError = String(event.reason); });

const view = document.getElementById("view");
const status = document.getElementById("status");
const form = document.getElementById("filters");

function parseHash() {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean);
  return { name: parts[0] ?? "timeline", id: parts[1] ? decodeURIComponent(parts[1]) : null, query: new URLSearchParams(query) };
}

function readFilters(query) {
  const filters = {};
  for (const key of ["actor", "type", "from", "to", "modality", "text"]) filters[key] = query.get(key) ?? "";
  return filters;
}

async function render() {
  const { name, id, query } = parseHash();
  const filters = readFilters(query);
  for (const [key, value] of Object.entries(filters)) form.elements[key].value = value;
  for (const link of document.querySelectorAll("nav a")) link.classList.toggle("active", link.dataset.view === name);
  view.replaceChildren();
  delete view.dataset.rendered;
  view.dataset.view = name;
  status.className = "";
  status.textContent = "Loading…";
  const params = filterParams(filters);
  try {
    let count;
    switch (name) {
      case "map": count = await showMap(view, params); break;
      case "network": count = await showNetwork(view, params); break;
      case "clusters": count = await showClusters(view, params); break;
      case "cluster": count = await showCluster(view, id); break;
      case "article": count = await showArticle(view, id, query.get("event")); break;
      default: count = await showTimeline(view, params);
    }
    view.dataset.rendered = String(count);
    status.textContent = "";
  } catch (error) {
    view.dataset.rendered = "0";
    status.className = "error";
    status.textContent = error.message;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const { name } = parseHash();
  const target = ["article", "cluster"].includes(name) ? "timeline" : name;
  const query = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (value) query.set(key, value);
  location.hash = `#/${target}${query.toString() ? "?" + query : ""}`;
});
form.addEventListener("reset", () => {
  setTimeout(() => { location.hash = `#/${["article", "cluster"].includes(parseHash().name) ? "timeline" : parseHash().name}`; });
});
window.addEventListener("hashchange", render);
render();
