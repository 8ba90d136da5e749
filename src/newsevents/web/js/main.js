// Dashboard wiring: URL state -> API requests -> map, timeline, table and article view.
import { getJSON } from "./api.js";
import { createArticleView } from "./article.js";
import { clear, el, typeColour } from "./dom.js";
import { createFilterBar } from "./filters.js";
import { createMap } from "./map.js";
import { filtersOnly, FILTER_KEYS, listOf, readState, toQuery, writeState } from "./state.js";
import { createTable } from "./table.js";
import { createTimeline } from "./timeline.js";

const PAGE = 50;
let state = readState();
let generation = 0;
let lastByDay = null;

const $ = (sel) => document.querySelector(sel);
const banner = $("#banner");

function showError(err) {
  banner.textContent = err && err.message ? err.message : String(err);
  banner.hidden = false;
}

function clearError() { banner.hidden = true; banner.textContent = ""; }

function navigate(patch, { replace = false, reload = true } = {}) {
  state = { ...state, ...patch };
  for (const [k, v] of Object.entries(state)) if (v === undefined || v === null || v === "") delete state[k];
  writeState(state, replace);
  if (reload) refresh();
}

function applyFilters(values) {
  const next = {};
  for (const key of FILTER_KEYS) if (["bbox", "article_id"].includes(key) && state[key]) next[key] = state[key];
  navigate({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])), ...next, ...values, offset: undefined });
}

const filterBar = createFilterBar($("#filters"), {
  onApply: applyFilters,
  onReset: () => { state = {}; writeState(state); filterBar.fill(state); refresh(); },
});

const mapView = createMap($("#map"), { onSelect: (id) => openEvent(id) });

const timeline = createTimeline($("#timeline"), {
  onBrush: (from, to) => navigate({ date_from: from, date_to: to, offset: undefined }),
  onClear: () => navigate({ date_from: undefined, date_to: undefined, offset: undefined }),
});

const table = createTable($("#events-table"), {
  onSelect: (id) => openEvent(id),
  onSort: (key) => {
    const current = state.sort || "-date";
    navigate({ sort: current === "-" + key ? key : "-" + key, offset: undefined });
  },
});

const articleView = createArticleView($("#article-panel"), {
  onClose: () => { articleView.hide(); navigate({ event: undefined }, { reload: false }); markSelected(); },
  onSelect: (id) => openEvent(id),
});

function openEvent(id) {
  navigate({ event: id }, { reload: false });
  markSelected();
  articleView.show(id).catch(showError);
}

function markSelected() {
  for (const row of document.querySelectorAll("#events-table tbody tr")) {
    row.classList.toggle("selected", row.dataset.id === state.event);
  }
}

$("#prev").addEventListener("click", () => {
  const offset = Math.max(0, (Number(state.offset) || 0) - PAGE);
  navigate({ offset: offset || undefined });
});
$("#next").addEventListener("click", () => navigate({ offset: (Number(state.offset) || 0) + PAGE }));
$("#bbox-set").addEventListener("click", () => navigate({ bbox: mapView.bboxString(), offset: undefined }));
$("#bbox-clear").addEventListener("click", () => navigate({ bbox: undefined, offset: undefined }));

function renderTypeLegend(byType) {
  const box = clear($("#type-legend"));
  const selected = listOf(state.type);
  for (const { event, n } of byType) {
    const sw = el("span", { class: "sw" });
    sw.style.background = typeColour(event);
    box.appendChild(el("button", { type: "button", title: "Show only " + event, class: selected.includes(event) ? "on" : null,
      onclick: () => navigate({ type: event, offset: undefined }) }, sw, `${event} ${n}`));
  }
  filterBar.addTypes(byType.map((t) => t.event));
}

function renderCountries(byCountry) {
  const box = clear($("#top-countries"));
  if (!byCountry.length) return;
  box.append("Top countries: ");
  for (const { country_code: code, n } of byCountry.slice(0, 12)) {
    box.appendChild(el("button", { type: "button", title: "Filter to " + code,
      onclick: () => navigate({ country: code, offset: undefined }) }, `${code} ${n}`));
  }
}

async function refresh() {
  const gen = ++generation;
  clearError();
  filterBar.fill(state);
  const filters = filtersOnly(state);
  const offset = Number(state.offset) || 0;
  const pageParams = toQuery({ ...Object.fromEntries(filters), limit: PAGE, offset, sort: state.sort || "-date" },
    [...FILTER_KEYS, "limit", "offset", "sort"]);
  $("#bbox-clear").hidden = !state.bbox;
  $("#map-note").textContent = state.bbox ? "area filter on" : "";
  $("#timeline-range").textContent = state.date_from || state.date_to
    ? `${state.date_from || "…"} → ${state.date_to || "…"}` : "";
  document.body.dataset.loading = "1";
  try {
    const [page, points, timeStats, stats] = await Promise.all([
      getJSON("/api/events", pageParams),
      getJSON("/api/points", filters),
      getJSON("/api/stats", filtersOnly(state, { withoutDates: true })),
      getJSON("/api/stats", filters),
    ]);
    if (gen !== generation) return;
    table.render(page.items, state.sort || "-date", state.event);
    const last = Math.min(page.total, offset + page.items.length);
    $("#total").textContent = `${page.total.toLocaleString()} events`;
    $("#page-info").textContent = page.total ? `${offset + 1}–${last} of ${page.total.toLocaleString()}` : "";
    $("#prev").disabled = offset <= 0;
    $("#next").disabled = last >= page.total;
    mapView.setPoints(points.items);
    $("#map-note").textContent = (state.bbox ? "area filter on · " : "")
      + `${points.items.length.toLocaleString()} located` + (points.truncated ? " (first shown)" : "");
    lastByDay = timeStats.by_day;
    timeline.render(timeStats.by_day, { from: state.date_from, to: state.date_to });
    renderTypeLegend(stats.by_type);
    renderCountries(stats.by_country);
  } catch (err) {
    if (gen === generation) showError(err);
  } finally {
    if (gen === generation) document.body.dataset.loading = "0";
  }
  if (gen === generation && state.event) articleView.show(state.event).catch(showError);
}

window.addEventListener("popstate", () => {
  state = readState();
  if (!state.event) articleView.hide();
  refresh();
});

let resizeTimer = null;
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (lastByDay) timeline.render(lastByDay, { from: state.date_from, to: state.date_to });
  }, 250);
});

if (state.bbox) mapView.showBbox(state.bbox);
refresh();
