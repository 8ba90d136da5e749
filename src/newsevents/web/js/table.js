// The event table: one row per event, click a row to open its article. Sortable headers map to the API's sort.
import { clear, el, quadClass, QUAD_NAMES } from "./dom.js";

function entities(list) {
  return (list || []).map((e) => e.entity_text + (e.code ? ` (${e.code})` : "")).join("; ");
}

function place(loc) {
  if (!loc) return "";
  return loc.resolved_place || loc.extracted_place || "";
}

export function createTable(table, { onSelect, onSort }) {
  const body = table.querySelector("tbody");
  for (const th of table.querySelectorAll("th[data-sort]")) {
    th.addEventListener("click", () => onSort(th.dataset.sort));
  }

  function render(items, sort, selectedId) {
    clear(body);
    for (const th of table.querySelectorAll("th[data-sort]")) {
      th.classList.toggle("sorted-asc", sort === th.dataset.sort);
      th.classList.toggle("sorted-desc", sort === "-" + th.dataset.sort);
    }
    if (!items.length) {
      body.appendChild(el("tr", {}, el("td", { colspan: 9, class: "note", text: "No events match these filters." })));
      return;
    }
    for (const ev of items) {
      const loc = ev.event_loc || null;
      const row = el("tr", { dataset: { id: ev.id }, class: ev.id === selectedId ? "selected" : null,
        tabindex: 0, onclick: () => onSelect(ev.id),
        onkeydown: (e) => { if (e.key === "Enter") onSelect(ev.id); } },
      el("td", { text: ev.date || "" }),
      el("td", {}, el("span", { class: "badge " + quadClass(ev.quad_code), title: QUAD_NAMES[ev.quad_code] || "",
        text: ev.event })),
      el("td", { text: (ev.mode || []).join(", ") }),
      el("td", { text: entities(ev.actor) }),
      el("td", { text: entities(ev.recipient) }),
      el("td", { text: place(loc) }),
      el("td", { text: (loc && loc.country_code) || "" }),
      el("td", { text: ev.confidence !== undefined && ev.confidence !== null ? Number(ev.confidence).toFixed(2) : "" }),
      el("td", { text: ev.article_title || ev.article_id || "", title: ev.article_title || "" }));
      body.appendChild(row);
    }
  }

  return { render };
}
