// Dashboard state lives in the page URL (?type=ASSAULT&country=SYR&event=...), so any view can be shared.
// Filter names are exactly the API's query parameters.

export const FILTER_KEYS = ["q", "type", "mode", "quad", "country", "actor", "date_from", "date_to", "bbox",
  "article_id"];
export const VIEW_KEYS = ["sort", "offset", "event"];
const ALL_KEYS = [...FILTER_KEYS, ...VIEW_KEYS];

export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const state = {};
  for (const key of ALL_KEYS) {
    const values = params.getAll(key).map((v) => v.trim()).filter(Boolean);
    if (values.length) state[key] = values.join(",");
  }
  return state;
}

export function toQuery(state, keys = ALL_KEYS) {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = state[key];
    if (value !== undefined && value !== null && String(value).trim() !== "") params.set(key, String(value));
  }
  return params;
}

export function writeState(state, replace = false) {
  const query = toQuery(state).toString();
  const url = window.location.pathname + (query ? "?" + query : "");
  if (url === window.location.pathname + window.location.search) return;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
}

export function listOf(value) {
  return value ? String(value).split(",").map((v) => v.trim()).filter(Boolean) : [];
}

export function filtersOnly(state, { withoutDates = false } = {}) {
  const keys = FILTER_KEYS.filter((k) => !(withoutDates && (k === "date_from" || k === "date_to")));
  return toQuery(state, keys);
}
