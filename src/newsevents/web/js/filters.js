// The filter bar: a form whose field names are the URL/API parameter names.
import { clear, el, PLOVER_TYPES, typeColour } from "./dom.js";
import { listOf } from "./state.js";

const TEXT_FIELDS = ["q", "mode", "country", "actor", "date_from", "date_to"];

export function createFilterBar(form, { onApply, onReset }) {
  const typeList = form.querySelector("#type-list");
  const typeCount = form.querySelector("#type-count");
  let knownTypes = [...PLOVER_TYPES];

  function renderTypes(selected) {
    clear(typeList);
    for (const type of knownTypes) {
      typeList.appendChild(el("label", {},
        el("input", { type: "checkbox", name: "type", value: type, checked: selected.includes(type) }),
        el("span", { class: "sw", style: null }), type));
    }
    // Colour swatches are set through the CSSOM (allowed by the CSP), not through style attributes in markup.
    typeList.querySelectorAll("label").forEach((label, i) => {
      label.querySelector(".sw").style.background = typeColour(knownTypes[i]);
    });
    typeCount.textContent = selected.length ? `(${selected.length})` : "";
  }

  function setTypes(types) {
    const extra = types.filter((t) => !knownTypes.includes(t));
    if (extra.length) knownTypes = [...knownTypes, ...extra];
  }

  function fill(state) {
    for (const name of TEXT_FIELDS) form.elements[name].value = state[name] || "";
    const selectedTypes = listOf(state.type);
    setTypes(selectedTypes);
    renderTypes(selectedTypes);
    const quads = listOf(state.quad);
    for (const box of form.querySelectorAll("input[name=quad]")) box.checked = quads.includes(box.value);
  }

  function read() {
    const out = {};
    for (const name of TEXT_FIELDS) {
      const v = form.elements[name].value.trim();
      if (v) out[name] = name === "country" ? v.toUpperCase().replace(/\s+/g, "") : v;
    }
    const types = [...form.querySelectorAll("input[name=type]:checked")].map((b) => b.value);
    if (types.length) out.type = types.join(",");
    const quads = [...form.querySelectorAll("input[name=quad]:checked")].map((b) => b.value);
    if (quads.length) out.quad = quads.join(",");
    return out;
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); onApply(read()); });
  form.addEventListener("change", (e) => {
    // Checkboxes and dates apply at once; text fields wait for Enter / Apply.
    if (e.target.type === "checkbox" || e.target.type === "date") onApply(read());
  });
  form.querySelector("#reset").addEventListener("click", () => onReset());

  return { fill, read, addTypes: (types) => setTypes(types) };
}
