// Talks to the JSON API; every error becomes an Error with the API's message.

export async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
  }
  return body;
}

// Every item of a paged list, up to `max` items.
export async function getAll(path, params, max = 2000) {
  const items = [];
  let cursor;
  do {
    const page = await getJSON(path, { ...params, limit: Math.min(500, max - items.length), cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && items.length < max);
  return { items, more: Boolean(cursor) };
}

// The API's filter parameters from the filter bar's values.
export function filterParams(filters) {
  const params = {};
  for (const key of ["actor", "from", "to", "modality", "text"]) {
    if (filters[key]) params[key] = key === "actor" ? filters[key].toUpperCase() : filters[key];
  }
  const type = (filters.type ?? "").trim();
  if (/^\d+$/.test(type)) params.cameo = type;
  else if (type) params.plover = type.toUpperCase();
  return params;
}
