// Small SVG and DOM helpers: the UI draws its own charts, no library.

const SVG = "http://www.w3.org/2000/svg";

export function svg(name, attributes = {}, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

export function el(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function title(node, text) {
  svg("title", {}, node).textContent = text;
  return node;
}

export const quadNames = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
};

// Non-asserted events the views draw with a dashed outline.
export function uncertain(modality) {
  return ["planned", "intended", "alleged", "hypothetical"].includes(modality);
}

export function legend() {
  return el("div", { class: "legend" },
    ...[1, 2, 3, 4].map((q) => el("span", { class: `l${q}` }, quadNames[q])),
    el("span", { class: "dash" }, "planned / alleged (dashed)"));
}

export function dayNumber(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;
}

export function isoOf(dayNumber) {
  return new Date(dayNumber * 86400000).toISOString().slice(0, 10);
}
