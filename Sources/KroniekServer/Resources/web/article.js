// Article view: the text with time expressions, actors, event triggers and
// quotes highlighted (spans are UTF-16 offsets, as JavaScript indexes), and
// each event listed with its coding.
import { getJSON } from "./api.js";
import { el, quadNames } from "./svg.js";

export async function showArticle(view, id, focusEvent) {
  const data = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
  const marks = new Map(data.sentences.map((s) => [s.index, []]));
  const add = (sentence, span, text, kind, note) => {
    const list = marks.get(sentence);
    if (!list) return;
    const sentenceText = data.sentences.find((s) => s.index === sentence).text;
    let range = span;
    if (!range && text) {
      const start = sentenceText.indexOf(text);
      if (start >= 0) range = [start, start + text.length];
    }
    if (range && range[0] < range[1] && range[1] <= sentenceText.length) list.push({ start: range[0], end: range[1], kind, note });
  };
  for (const t of data.timexes) add(t.sentence, t.span, t.text, "timex", `${t.type} ${t.value ?? "unresolved"}`);
  for (const m of data.mentions) add(m.sentence, m.span, m.text, "actor", `${m.actor.code} ${m.actor.name}`);
  for (const e of data.events) add(e.sentence, e.span, null, "trigger", `${e.cameo} ${e.cameoName ?? e.plover}`);
  for (const q of data.quotes) add(q.sentence, q.span, q.text, "quote", `quote${q.speaker ? " of " + q.speaker.code : ""}`);

  const text = el("article", { class: "text" });
  const title = data.sentences.find((s) => s.paragraph === -1);
  text.append(el("h2", {}, title ? highlighted(title, marks.get(title.index)) : data.article.title));
  text.append(el("div", { class: "meta" },
    [data.article.published && `published ${data.article.published}`, data.article.outlet, data.article.sources?.join(", "),
      data.article.url].filter(Boolean).join(" · ")));
  let paragraph = null, current = -2;
  for (const sentence of data.sentences.filter((s) => s.paragraph >= 0)) {
    if (sentence.paragraph !== current) {
      paragraph = el("p");
      text.append(paragraph);
      current = sentence.paragraph;
    }
    paragraph.append(highlighted(sentence, marks.get(sentence.index)), " ");
  }
  const keys = el("div", { class: "keys" },
    el("mark", { class: "timex" }, "time expression"), el("mark", { class: "actor" }, "actor"),
    el("mark", { class: "trigger" }, "event trigger"), el("mark", { class: "quote" }, "quote"));
  const events = el("ol", { class: "events" }, ...data.events.map((e) => eventItem(e)));
  view.append(text, keys, el("h2", {}, `${data.events.length} events`), events,
    data.quotes.length ? el("h2", {}, `${data.quotes.length} quotes`) : null,
    el("ul", {}, ...data.quotes.map((q) => el("li", {}, `“${q.text}” — ${q.speaker?.name ?? q.speaker?.code ?? "unknown"}`))));
  if (focusEvent) {
    const event = data.events.find((e) => e.id === focusEvent);
    const node = event && text.querySelector(`[data-sentence="${event.sentence}"]`);
    if (node) { node.classList.add("focus"); node.scrollIntoView({ block: "center" }); }
  }
  return data.sentences.length;
}

// The sentence as a span with its marks: cut at every mark boundary, each
// piece wrapped in the marks that cover it (marks may nest or overlap).
function highlighted(sentence, marks) {
  const node = el("span", { class: "sentence", "data-sentence": sentence.index });
  const cuts = new Set([0, sentence.text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = sentence.text.slice(start, end);
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    if (!covering.length) { node.append(piece); continue; }
    node.append(el("mark", { class: [...new Set(covering.map((m) => m.kind))].join(" "), title: covering.map((m) => m.note).join("\n") }, piece));
  }
  return node;
}

function eventItem(e) {
  const date = e.date.value ?? (e.date.from ? `from ${e.date.from}` : "undated");
  const place = e.location ? ` · in ${e.location.name}${e.location.country ? " (" + e.location.country + ")" : ""}` : "";
  const killed = e.casualties?.killed ? ` · ${e.casualties.killed.count} killed` : "";
  const injured = e.casualties?.injured ? ` · ${e.casualties.injured.count} injured` : "";
  return el("li", {},
    el("strong", {}, `${e.cameo} ${e.cameoName ?? ""}`), ` ${e.plover} · ${quadNames[e.quadClass]} · Goldstein ${e.goldstein}`,
    el("br"),
    el("span", { class: "code" }, `${e.source?.code ?? "?"} → ${e.target?.code ?? "-"}`),
    ` · ${date} (${e.date.precision ?? "?"}, ${e.date.basis}) · ${e.modality}${e.attribution ? " per " + e.attribution.code : ""}${place}${killed}${injured}`,
    el("br"),
    el("span", { class: "meta" }, `trigger “${e.trigger}” in sentence ${e.sentence} · confidence ${e.confidence.toFixed(2)}`));
}
