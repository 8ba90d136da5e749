// Leaflet map with no tile server: country shapes from the vendored world-atlas topojson, markers clustered and
// coloured by quad class (a cluster takes the colour of its most frequent class).
/* global L, topojson */
import { quadClass } from "./dom.js";

function dominantQuad(markers) {
  const counts = [0, 0, 0, 0, 0];
  for (const m of markers) counts[m.options.quad || 0] += 1;
  let best = 0;
  for (let q = 1; q <= 4; q += 1) if (counts[q] > counts[best]) best = q;
  return best;
}

function clusterIcon(cluster) {
  const markers = cluster.getAllChildMarkers();
  const n = cluster.getChildCount();
  const size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 48;
  const div = document.createElement("div");
  div.className = "cluster " + quadClass(dominantQuad(markers));
  div.style.width = size + "px";
  div.style.height = size + "px";
  div.textContent = String(n);
  return L.divIcon({ html: div, className: "cluster-icon", iconSize: [size, size] });
}

export function createMap(element, { onSelect }) {
  const map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 14, preferCanvas: false })
    .setView([20, 10], 2);
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Boundaries: Natural Earth via world-atlas");

  const countries = fetch("/static/vendor/world-atlas/countries-110m.json")
    .then((r) => r.json())
    .then((topo) => {
      const shapes = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(shapes, {
        interactive: false,
        style: { color: "#8a97a6", weight: 0.7, fillColor: "#f3f1ea", fillOpacity: 1 },
      }).addTo(map);
    });

  const cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false,
    maxClusterRadius: 45, chunkedLoading: true });
  cluster.addTo(map);

  function setPoints(items) {
    cluster.clearLayers();
    const markers = [];
    for (const [id, lat, lon, quad, type, date] of items) {
      const icon = L.divIcon({ className: "pt " + quadClass(quad), iconSize: [12, 12] });
      // `title` is set as an attribute (not parsed as HTML).
      const marker = L.marker([lat, lon], { icon, quad: Number(quad) || 0, title: `${type || ""} ${date || ""}`.trim(),
        keyboard: true });
      marker.on("click", () => onSelect(id));
      markers.push(marker);
    }
    cluster.addLayers(markers);
  }

  function bboxString() {
    const b = map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const w = clamp(b.getWest(), -180, 180), e = clamp(b.getEast(), -180, 180);
    const s = clamp(b.getSouth(), -90, 90), n = clamp(b.getNorth(), -90, 90);
    return [w, s, e, n].map((v) => v.toFixed(3)).join(",");
  }

  function showBbox(bbox) {
    if (!bbox) return;
    const [w, s, e, n] = bbox.split(",").map(Number);
    if ([w, s, e, n].every(Number.isFinite)) map.fitBounds([[s, w], [n, e]]);
  }

  return { map, setPoints, bboxString, showBbox, ready: countries };
}
