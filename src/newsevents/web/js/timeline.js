// Events per day (or week/month for long ranges), stacked by type, drawn as SVG. Drag to brush a date range;
// double-click to clear it. The timeline always shows the whole range of the other filters so a brush can widen.
import { clear, svg, typeColour } from "./dom.js";

const DAY = 86400000;
const H = 190, PAD_L = 34, PAD_R = 8, PAD_T = 8, PAD_B = 22;

function parseDay(s) { return Date.parse(s + "T00:00:00Z"); }
function fmt(t) { return new Date(t).toISOString().slice(0, 10); }

function floorDay(t) { return Math.floor(t / DAY) * DAY; }

function binning(spanDays) {
  if (spanDays <= 400) return { name: "day", start: floorDay, next: (t) => floorDay(t) + DAY };
  if (spanDays <= 2800) {
    const start = (t) => { const d = floorDay(t); return d - ((new Date(d).getUTCDay() + 6) % 7) * DAY; };
    return { name: "week", start, next: (t) => t + 7 * DAY };
  }
  const start = (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); };
  const next = (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); };
  return { name: "month", start, next };
}

export function createTimeline(container, { onBrush, onClear }) {
  let scale = null; // {t0, t1, width, bins}

  function xOf(t) { return PAD_L + ((t - scale.t0) / (scale.t1 - scale.t0)) * (scale.width - PAD_L - PAD_R); }
  function tOf(x) {
    const f = (x - PAD_L) / (scale.width - PAD_L - PAD_R);
    return scale.t0 + Math.max(0, Math.min(1, f)) * (scale.t1 - scale.t0);
  }

  function render(byDay, selection) {
    clear(container);
    const width = Math.max(300, container.clientWidth || 600);
    const root = svg("svg", { viewBox: `0 0 ${width} ${H}`, role: "img", "aria-label": "Events per day by type" });
    container.appendChild(root);
    const days = byDay.filter((r) => r.date).map((r) => ({ ...r, t: parseDay(r.date) }))
      .filter((r) => Number.isFinite(r.t));
    if (!days.length) {
      root.appendChild(svg("text", { x: width / 2, y: H / 2, "text-anchor": "middle", class: "empty",
        text: "No dated events for these filters" }));
      scale = null;
      return;
    }
    let min = Infinity, max = -Infinity;
    for (const r of days) { if (r.t < min) min = r.t; if (r.t > max) max = r.t; }
    // Historical background ("founded in 1964") would stretch the axis over decades and squash the news
    // into one bar: start the axis at the 2nd percentile of events when the few older ones lie more than
    // a year before it, and say how many are off the axis.
    const total = days.reduce((a, r) => a + r.n, 0);
    const sorted = [...days].sort((a, b) => a.t - b.t);
    let seen = 0, q = min;
    for (const r of sorted) { seen += r.n; if (seen >= total * 0.02) { q = r.t; break; } }
    let older = 0;
    if (q - min > 365 * DAY) {
      for (const r of days) if (r.t < q) older += r.n;
      min = q;
    }
    const bin = binning((max - min) / DAY + 1);
    const t0 = bin.start(min), t1 = bin.next(bin.start(max));
    scale = { t0, t1, width, bin };

    const stacks = new Map();
    for (const r of days) {
      if (r.t < min) continue;
      const key = bin.start(r.t);
      if (!stacks.has(key)) stacks.set(key, new Map());
      const m = stacks.get(key);
      m.set(r.event, (m.get(r.event) || 0) + r.n);
    }
    let top = 1;
    for (const m of stacks.values()) { let s = 0; for (const n of m.values()) s += n; if (s > top) top = s; }
    const yOf = (n) => H - PAD_B - (n / top) * (H - PAD_B - PAD_T);

    const bars = svg("g", { class: "bars" });
    for (const [key, m] of stacks) {
      const x0 = xOf(key), x1 = xOf(bin.next(key));
      const w = Math.max(1, x1 - x0 - (x1 - x0 > 3 ? 1 : 0));
      let acc = 0;
      for (const [type, n] of [...m.entries()].sort()) {
        const rect = svg("rect", { x: x0, y: yOf(acc + n), width: w, height: Math.max(0.5, yOf(acc) - yOf(acc + n)),
          fill: typeColour(type) });
        rect.appendChild(svg("title", { text: `${fmt(key)} ${type}: ${n}` }));
        bars.appendChild(rect);
        acc += n;
      }
    }
    root.appendChild(bars);

    const axis = svg("g", { class: "axis" });
    axis.appendChild(svg("line", { x1: PAD_L, x2: width - PAD_R, y1: H - PAD_B, y2: H - PAD_B, stroke: "#9aa5b1" }));
    const ticks = Math.min(6, Math.max(2, Math.floor(width / 120)));
    for (let i = 0; i <= ticks; i += 1) {
      const t = t0 + ((t1 - t0) * i) / ticks;
      axis.appendChild(svg("text", { x: xOf(t), y: H - 6, "text-anchor": i === 0 ? "start" : i === ticks ? "end" : "middle",
        text: fmt(t) }));
    }
    axis.appendChild(svg("text", { x: PAD_L - 4, y: PAD_T + 8, "text-anchor": "end", text: String(top) }));
    axis.appendChild(svg("text", { x: PAD_L - 4, y: H - PAD_B, "text-anchor": "end", text: "0" }));
    axis.appendChild(svg("text", { x: width - PAD_R, y: PAD_T + 8, "text-anchor": "end", text: "per " + bin.name }));
    if (older) {
      axis.appendChild(svg("text", { x: PAD_L + 4, y: PAD_T + 8, "text-anchor": "start", class: "older",
        text: `${older} earlier event${older === 1 ? "" : "s"} (historical) left of the axis: set From to see them` }));
    }
    root.appendChild(axis);

    const brush = svg("rect", { class: "brush", x: 0, y: PAD_T, width: 0, height: H - PAD_B - PAD_T,
      visibility: "hidden" });
    root.appendChild(brush);
    if (selection && (selection.from || selection.to)) {
      const a = selection.from ? Math.max(t0, parseDay(selection.from)) : t0;
      const b = selection.to ? Math.min(t1, parseDay(selection.to) + DAY) : t1;
      if (b > a) {
        brush.setAttribute("x", xOf(a));
        brush.setAttribute("width", Math.max(1, xOf(b) - xOf(a)));
        brush.setAttribute("visibility", "visible");
      }
    }
    attachBrush(root, brush);
  }

  function svgX(root, evt) {
    const box = root.getBoundingClientRect();
    return ((evt.clientX - box.left) / box.width) * scale.width;
  }

  function attachBrush(root, brush) {
    let start = null;
    root.addEventListener("pointerdown", (evt) => {
      if (!scale) return;
      start = svgX(root, evt);
      root.setPointerCapture(evt.pointerId);
      brush.setAttribute("x", start);
      brush.setAttribute("width", 0);
      brush.setAttribute("visibility", "visible");
    });
    root.addEventListener("pointermove", (evt) => {
      if (start === null) return;
      const x = svgX(root, evt);
      brush.setAttribute("x", Math.min(start, x));
      brush.setAttribute("width", Math.abs(x - start));
    });
    root.addEventListener("pointerup", (evt) => {
      if (start === null) return;
      const x = svgX(root, evt);
      const a = Math.min(start, x), b = Math.max(start, x);
      start = null;
      if (b - a < 3) return; // a click, not a drag
      const from = fmt(scale.bin.start(tOf(a)));
      const to = fmt(scale.bin.next(scale.bin.start(tOf(b) - 1)) - DAY);
      onBrush(from, to);
    });
    root.addEventListener("dblclick", () => onClear());
  }

  return { render };
}
