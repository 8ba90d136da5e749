// The article view: the article text with the selected event's trigger, actors, recipients, places and dates
// highlighted. The text is split at span boundaries into text nodes and <mark> elements; it is never parsed as
// HTML, so markup or script inside an article stays inert text.
import { getJSON } from "./api.js";
import { clear, el, quadClass, QUAD_NAMES, safeHref } from "./dom.js";

const KINDS = ["trigger", "actor", "recipient", "place", "date"];

export function highlight(container, text, spans, sentence) {
  clear(container);
  const n = text.length;
  const usable = (spans || []).filter((s) => KINDS.includes(s.kind) && Number.isInteger(s.start)
    && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end);
  const cuts = new Set([0, n]);
  for (const s of usable) { cuts.add(s.start); cuts.add(s.end); }
  const hasSentence = sentence && Number.isInteger(sentence.start) && Number.isInteger(sentence.end);
  if (hasSentence) { cuts.add(sentence.start); cuts.add(sentence.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= n).sort((a, b) => a - b);
  let sentenceNode = null;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = usable.filter((s) => s.start <= a && s.end >= b);
    let node;
    if (covering.length) {
      const kinds = KINDS.filter((k) => covering.some((s) => s.kind === k));
      node = el("mark", { class: "hl " + kinds.map((k) => "hl-" + k).join(" "), dataset: { kinds: kinds.join(" ") },
        title: covering.map((s) => s.kind + (s.label ? ": " + s.label : "")).join("\n"), text: piece });
    } else {
      node = document.createTextNode(piece);
    }
    if (hasSentence && a >= sentence.start && b <= sentence.end) {
      if (!sentenceNode) {
        sentenceNode = el("span", { class: "sentence" });
        container.appendChild(sentenceNode);
      }
      sentenceNode.appendChild(node);
    } else {
      container.appendChild(node);
    }
  }
  return sentenceNode;
}

function summaryRows(ev) {
  const ents = (list) => (list || []).map((e) => [e.entity_text, e.code, e.sector].filter(Boolean).join(" · "))
    .join("; ") || "—";
  const loc = ev.event_loc;
  const size = ev.size || {};
  const sizeText = ["dead", "injured", "arrested"].filter((k) => size[k] !== null && size[k] !== undefined)
    .map((k) => `${size[k]} ${k}`).join(", ");
  return [
    ["Event", null, el("span", { class: "badge " + quadClass(ev.quad_code), text: ev.event }),
      " ", QUAD_NAMES[ev.quad_code] || ""],
    ["Mode", (ev.mode || []).join(", ") || "—"],
    ["Context", (ev.context || []).join(", ") || "—"],
    ["Actor", ents(ev.actor)],
    ["Recipient", ents(ev.recipient)],
    ["Where", loc ? [loc.resolved_place || loc.extracted_place, loc.country_code,
      loc.lat !== null && loc.lat !== undefined ? `${Number(loc.lat).toFixed(3)}, ${Number(loc.lon).toFixed(3)}` : null]
      .filter(Boolean).join(" · ") : "—"],
    ["When", ev.date ? `${ev.date} (${ev.date_precision || "day"})` : "—"],
    ["ACLED", [ev.acled_event_type, ev.acled_sub_event_type].filter(Boolean).join(" / ") || "—"],
    ["CAMEO root", ev.cameo_root || "—"],
    ["Size", sizeText || "—"],
    ["Aux", (ev.aux || []).join(", ") || "—"],
    ["Confidence", ev.confidence !== undefined ? Number(ev.confidence).toFixed(2) : "—"],
  ];
}

export function createArticleView(panel, { onClose, onSelect }) {
  const title = panel.querySelector("#article-title");
  const meta = panel.querySelector("#article-meta");
  const summary = panel.querySelector("#event-summary");
  const text = panel.querySelector("#article-text");
  const list = panel.querySelector("#article-events");
  panel.querySelector("#article-close").addEventListener("click", onClose);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !panel.hidden) onClose(); });
  let current = null;

  async function show(eventId) {
    if (current === eventId && !panel.hidden) return;
    current = eventId;
    const ev = await getJSON("/api/events/" + encodeURIComponent(eventId));
    if (current !== eventId) return; // a newer selection won
    const art = ev.article || {};
    panel.hidden = false;
    title.textContent = art.title || art.id || "(untitled article)";
    clear(meta);
    const href = safeHref(art.url);
    meta.append([art.published, art.source, art.id ? "id " + art.id : null].filter(Boolean).join(" · "));
    if (href) meta.append(" · ", el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank", text: "source" }));
    clear(summary);
    for (const [label, value, ...nodes] of summaryRows(ev)) {
      summary.append(el("dt", { text: label }), el("dd", {}, value !== null ? value : "", ...nodes));
    }
    const sentenceNode = highlight(text, art.text || ev.event_text || "", ev.spans, ev.sentence);
    if (sentenceNode && sentenceNode.scrollIntoView) sentenceNode.scrollIntoView({ block: "center" });
    await listEvents(art.id, eventId);
  }

  async function listEvents(articleId, eventId) {
    clear(list);
    if (!articleId) return;
    const params = new URLSearchParams({ article_id: articleId, limit: "200", sort: "date" });
    const page = await getJSON("/api/events", params);
    for (const other of page.items) {
      const trig = other.trigger ? ` “${other.trigger.text}”` : "";
      list.appendChild(el("li", { class: other.id === eventId ? "current" : null, dataset: { id: other.id },
        onclick: () => onSelect(other.id) },
      el("span", { class: "badge " + quadClass(other.quad_code), text: other.event }), trig,
      other.date ? " · " + other.date : ""));
    }
  }

  function hide() {
    current = null;
    panel.hidden = true;
  }

  return { show, hide };
}
