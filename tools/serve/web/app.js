// The what-if page of `rangemap serve`. Every number shown comes from the server (the same
// library calls as the verbs); the page only edits the scenario, draws what the server sends,
// and shows a spherical preview of a ring while a site is dragged.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const UNITS = { km: 1000, nmi: 1852, mi: 1609.344 };
  const EARTH_R = 6371008.8; // preview only (mean radius); exact rings come from the server
  const PAGE_IDS = ["page-within", "page-coverage"];

  const state = {
    doc: null, // the scenario document, as /api/query takes it
    theme: null,
    frame: null,
    basemap: null,
    selected: 0,
    answer: null, // the last /api/query answer
    seq: 0, // scenario edits
    shown: 0, // the edit the answer on screen belongs to
    inflight: false,
    waiters: [],
    centres: [], // [lat, lon] per ring, once known
    projection: "region",
  };

  // ---- lengths and sites -------------------------------------------------------------
  function lengthMetres(v) {
    if (typeof v === "number") return v;
    const m = String(v).trim().match(/^([0-9.eE+-]+)\s*(km|nmi|mi|m)?$/);
    if (!m) return NaN;
    return parseFloat(m[1]) * (m[2] === "km" ? 1000 : m[2] === "nmi" ? 1852 : m[2] === "mi" ? 1609.344 : 1);
  }
  const rings = () => state.doc.rings || (state.doc.rings = []);
  function ringRadius(r) {
    const v = r.radius !== undefined ? r.radius : Array.isArray(r.radii) ? r.radii[0] : r.radii;
    return lengthMetres(v);
  }
  const units = () => $("units").value;
  const fmt = (x, d) => x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  const coordText = (lat, lon) => `${+lat.toFixed(5)},${+lon.toFixed(5)}`;
  function parseCoords(text) {
    const m = String(text).match(/^\s*(-?[0-9.]+)\s*,\s*(-?[0-9.]+)\s*$/);
    return m ? [parseFloat(m[1]), parseFloat(m[2])] : null;
  }
  function siteName(i) {
    const c = rings()[i].centre;
    return parseCoords(c) ? `${i + 1}. ${c}` : `${i + 1}. ${c}`;
  }

  // ---- the scenario sent and exported ---------------------------------------------------
  function targetLayer() { return $("layer").value || "bases"; }
  function countries() {
    return $("countries").value.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  }
  function scenario() {
    const doc = JSON.parse(JSON.stringify(state.doc));
    // Sweeps are left to `rangemap query`: the page shows none, and they are slow to redo on
    // every move.
    doc.questions = (doc.questions || []).filter((q) => !q.sweep && !PAGE_IDS.includes(q.id));
    const r = rings()[state.selected];
    if (r) {
      doc.questions.push({ id: "page-within", within: { centre: r.centre, radius: r.radius, targets: { layer: targetLayer() } } });
      const cov = { sites: [r.centre], radii: [r.radius], targets: { layer: targetLayer() } };
      if (countries().length) cov.area_countries = countries();
      doc.questions.push({ id: "page-coverage", coverage: cov });
    }
    if (doc.questions.length === 0) delete doc.questions;
    return doc;
  }

  // ---- requests -----------------------------------------------------------------------
  function status(text, error) {
    $("status").textContent = text;
    $("status").classList.toggle("error", !!error);
  }
  async function getJson(url, options) {
    const res = await fetch(url, options);
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
    return body;
  }
  function changed() {
    state.seq++;
    drawSites();
    if (!state.inflight) query();
  }
  async function query() {
    state.inflight = true;
    const seq = state.seq;
    try {
      const answer = await getJson("api/query", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(scenario()),
      });
      if (seq === state.seq || seq > state.shown) {
        state.answer = answer;
        state.shown = seq;
        showAnswer();
      }
      if (seq === state.seq) status("Exact answers for the scenario shown.");
    } catch (e) {
      state.shown = seq;
      status(e.message, true);
    } finally {
      state.inflight = false;
    }
    if (seq !== state.seq) { query(); return; }
    const w = state.waiters;
    state.waiters = [];
    w.forEach((f) => f());
  }
  function ready() {
    if (!state.inflight && state.shown === state.seq && state.doc) return Promise.resolve(true);
    return new Promise((resolve) => state.waiters.push(() => resolve(true)));
  }

  // ---- map ------------------------------------------------------------------------------
  const format = new ol.format.GeoJSON();
  let map = null, view = null;
  const sources = { land: new ol.source.Vector(), countries: new ol.source.Vector(), graticule: new ol.source.Vector(),
    shapes: new ol.source.Vector(), places: new ol.source.Vector(), callouts: new ol.source.Vector(), sites: new ol.source.Vector() };

  function projCode() { return state.projection === "aeqd" ? "rangemap:aeqd" : "rangemap:frame"; }
  function defineProjections() {
    const crs = state.frame.crs;
    const r = rings()[state.selected];
    const c = state.centres[state.selected] || [(state.frame.extent[1] + state.frame.extent[3]) / 2, (state.frame.extent[0] + state.frame.extent[2]) / 2];
    proj4.defs("rangemap:frame", crs.startsWith("+proj") ? crs : "+proj=eqearth +lon_0=0 +datum=WGS84 +units=m");
    proj4.defs("rangemap:aeqd", `+proj=aeqd +lat_0=${c[0]} +lon_0=${c[1]} +datum=WGS84 +units=m +no_defs`);
    ol.proj.proj4.register(proj4);
    void r;
  }
  const readFc = (fc) => format.readFeatures(fc, { dataProjection: "EPSG:4326", featureProjection: projCode() });
  const toLonLat = (xy) => ol.proj.transform(xy, projCode(), "EPSG:4326");
  const fromLonLat = (ll) => ol.proj.transform(ll, "EPSG:4326", projCode());

  function graticule() {
    const e = state.frame.extent, step = e[2] - e[0] > 90 ? 10 : 5;
    const lines = [];
    const lon0 = Math.floor((e[0] - 40) / step) * step, lon1 = Math.ceil((e[2] + 40) / step) * step;
    const lat0 = Math.max(-80, Math.floor((e[1] - 30) / step) * step), lat1 = Math.min(80, Math.ceil((e[3] + 30) / step) * step);
    for (let lon = lon0; lon <= lon1; lon += step) {
      const l = [];
      for (let lat = lat0; lat <= lat1; lat += 1) l.push([((lon + 540) % 360) - 180, lat]);
      lines.push(l);
    }
    for (let lat = lat0; lat <= lat1; lat += step) {
      const l = [];
      for (let lon = lon0; lon <= lon1; lon += 1) l.push([((lon + 540) % 360) - 180, lat]);
      // Split where the wrapped longitude jumps.
      let part = [l[0]];
      for (let i = 1; i < l.length; i++) {
        if (Math.abs(l[i][0] - l[i - 1][0]) > 180) { lines.push(part); part = []; }
        part.push(l[i]);
      }
      lines.push(part);
    }
    return { type: "FeatureCollection", features: lines.filter((l) => l.length > 1).map((l) => ({ type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: l } })) };
  }

  const stroke = (color, width, dash) => new ol.style.Stroke({ color, width, lineDash: dash && dash.length ? dash : undefined });
  const fill = (color) => new ol.style.Fill({ color });
  function markerImage(st) {
    const r = Math.max(3, st.marker_size * 0.55);
    const f = fill(st.fill), s = stroke("#ffffff", 1.2);
    switch (st.marker) {
      case "triangle": return new ol.style.RegularShape({ points: 3, radius: r * 1.2, fill: f, stroke: s });
      case "square": return new ol.style.RegularShape({ points: 4, radius: r * 1.1, angle: Math.PI / 4, fill: f, stroke: s });
      case "diamond": return new ol.style.RegularShape({ points: 4, radius: r * 1.2, fill: f, stroke: s });
      case "star": return new ol.style.RegularShape({ points: 5, radius: r * 1.3, radius2: r * 0.55, fill: f, stroke: s });
      default: return new ol.style.Circle({ radius: r, fill: f, stroke: s });
    }
  }
  function labelText(text, st, offsetX, align, offsetY) {
    return new ol.style.Text({ text, font: `${st.bold ? "600 " : ""}${Math.round(st.font_size || 13)}px ${state.theme.font}, sans-serif`,
      fill: fill(st.label_colour), stroke: stroke(state.theme.halo, state.theme.halo_width), offsetX: offsetX || 0, offsetY: offsetY || 0,
      textAlign: align || "left", overflow: true });
  }
  function topPoint(geom) {
    let best = null;
    const visit = (c) => { if (typeof c[0] === "number") { if (!best || c[1] > best[1]) best = c; } else c.forEach(visit); };
    visit(geom.getCoordinates());
    return best ? new ol.geom.Point(best) : geom;
  }
  function featureStyle(f) {
    const st = f.get("_style"), role = f.get("_role");
    if (role === "ring" || role === "buffer") {
      const out = [new ol.style.Style({ stroke: stroke(st.stroke, st.stroke_width), fill: fill(st.fill) })];
      if (f.get("_label") && f.get("name")) out.push(new ol.style.Style({ geometry: (g) => topPoint(g.getGeometry()), text: labelText(f.get("name"), { ...st, font_size: Math.max(13, st.font_size), bold: true }, 0, "center") }));
      return out;
    }
    if (role === "places") {
      return new ol.style.Style({ image: markerImage(st), text: f.get("_label") ? labelText(f.get("name"), st, 9) : undefined });
    }
    if (role === "callout") {
      return [new ol.style.Style({ stroke: stroke(state.theme.text, 1.8, [6, 4]) }),
        new ol.style.Style({ geometry: (g) => { const c = g.getGeometry().getCoordinates(); return new ol.geom.Point([(c[0][0] + c[1][0]) / 2, (c[0][1] + c[1][1]) / 2]); },
          // Below the line: at a regional zoom a short callout's middle lies under its sites' markers.
          text: labelText(f.get("label"), { font_size: 14, bold: true, label_colour: state.theme.text }, 0, "center", 20) })];
    }
    return null;
  }
  function siteStyle(f) {
    const i = f.get("index"), sel = i === state.selected;
    const colour = state.theme.ring_palette[i % state.theme.ring_palette.length].slice(0, 7);
    return new ol.style.Style({ image: new ol.style.Circle({ radius: sel ? 8 : 6, fill: fill(sel ? colour : "#ffffff"), stroke: stroke(colour, 3) }),
      text: new ol.style.Text({ text: String(i + 1), offsetY: -16, font: "600 13px sans-serif", fill: fill(colour), stroke: stroke("#ffffff", 3) }) });
  }

  function buildMap() {
    const t = state.theme;
    const layer = (source, style, extra) => new ol.layer.Vector(Object.assign({ source, style, updateWhileInteracting: true }, extra || {}));
    const layers = [
      layer(sources.land, new ol.style.Style({ fill: fill(t.land), stroke: stroke(t.coast, t.land_width) })),
      layer(sources.countries, new ol.style.Style({ stroke: stroke(t.border, t.border_width) })),
      layer(sources.graticule, new ol.style.Style({ stroke: stroke(t.graticule, 0.6) })),
      layer(sources.shapes, featureStyle),
      // One declutter group, the callouts on top: a place's name gives way to the distance the
      // figure is about, never the other way round.
      layer(sources.places, featureStyle, { declutter: "labels" }),
      layer(sources.callouts, featureStyle, { declutter: "labels" }),
      layer(sources.sites, siteStyle),
    ];
    $("map").style.background = t.sea.slice(0, 7);
    map = new ol.Map({ target: "map", layers, controls: ol.control.defaults.defaults({ attribution: false, rotate: false }) });
    const translate = new ol.interaction.Translate({ layers: [layers[layers.length - 1]], hitTolerance: 6 });
    translate.on("translatestart", (e) => select(e.features.item(0).get("index")));
    translate.on("translating", (e) => moveSite(e.features.item(0), true));
    translate.on("translateend", (e) => moveSite(e.features.item(0), false));
    map.addInteraction(translate);
    map.on("singleclick", (e) => {
      const hit = map.forEachFeatureAtPixel(e.pixel, (f) => f, { layerFilter: (l) => l === layers[layers.length - 1], hitTolerance: 6 });
      if (hit) { select(hit.get("index")); return; }
      const [lon, lat] = toLonLat(e.coordinate);
      addSite(lat, lon);
    });
    resetView();
  }
  function resetView() {
    defineProjections();
    view = new ol.View({ projection: projCode() });
    map.setView(view);
    reloadFeatures();
    if (state.projection === "aeqd") {
      const r = rings()[state.selected];
      const m = (r ? ringRadius(r) : 1e6) * 1.25;
      view.fit([-m, -m, m, m], { size: map.getSize() });
    } else {
      const e = state.frame.extent, pts = [];
      for (let k = 0; k <= 10; k++) {
        pts.push([e[0] + (e[2] - e[0]) * k / 10, e[1]], [e[0] + (e[2] - e[0]) * k / 10, e[3]], [e[0], e[1] + (e[3] - e[1]) * k / 10], [e[2], e[1] + (e[3] - e[1]) * k / 10]);
      }
      const xy = pts.map((p) => fromLonLat([((p[0] + 540) % 360) - 180, p[1]]));
      view.fit(ol.extent.boundingExtent(xy), { size: map.getSize(), padding: [10, 10, 10, 10] });
    }
  }
  function reloadFeatures() {
    sources.land.clear(); sources.countries.clear(); sources.graticule.clear();
    if (state.basemap.land) sources.land.addFeatures(readFc(state.basemap.land));
    if (state.basemap.countries) sources.countries.addFeatures(readFc(state.basemap.countries));
    sources.graticule.addFeatures(readFc(graticule()));
    drawAnswerLayers();
    drawSites();
  }

  // ---- answers on the map and in the tables ---------------------------------------------
  function drawAnswerLayers() {
    sources.shapes.clear(); sources.places.clear(); sources.callouts.clear();
    if (!state.answer) return;
    for (const [id, fc] of Object.entries(state.answer.layers)) {
      const features = readFc({ type: "FeatureCollection", features: fc.features });
      for (const f of features) { f.set("_style", fc.style); f.set("_role", fc.role); f.set("_label", fc.label); f.set("_layer", id); }
      if (fc.role === "ring" || fc.role === "buffer") sources.shapes.addFeatures(features);
      else if (fc.role === "places") sources.places.addFeatures(features);
      else if (id === "callout_lines") { features.forEach((f) => f.set("_role", "callout")); sources.callouts.addFeatures(features); }
    }
  }
  function learnCentres() {
    // The exact centres, as the server resolved each ring's place (the ring layers' "centre").
    for (const [id, fc] of Object.entries(state.answer.layers)) {
      const m = id.match(/^ring-(\d+)-/);
      if (!m || !fc.features.length) continue;
      const c = parseCoords(fc.features[0].properties.centre);
      if (c) state.centres[+m[1]] = c;
    }
  }
  function showAnswer() {
    learnCentres();
    drawAnswerLayers();
    drawSites();
    const by = (id) => (state.answer.answers || []).find((a) => a.id === id);
    const within = by("page-within"), area = by("page-coverage.area");
    const factor = 1000 / UNITS[units()];
    const tbody = $("within").querySelector("tbody");
    tbody.replaceChildren();
    (within ? within.rows : []).forEach((r, k) => {
      const tr = document.createElement("tr");
      for (const [text, cls] of [[String(k + 1), "num"], [r.name, ""], [r.kind || "", ""], [r.country || "", ""], [`${fmt(r.distance_km * factor, 1)} ${units()}`, "num"]]) {
        const td = document.createElement("td"); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td);
      }
      tbody.appendChild(tr);
    });
    $("within-note").textContent = within ? (within.notes || []).join(" ") : "";
    const abody = $("area").querySelector("tbody");
    abody.replaceChildren();
    (area ? area.rows : []).forEach((r) => {
      const tr = document.createElement("tr");
      for (const [text, cls] of [[r.country, ""], [fmt(r.covered_km2, 0), "num"], [fmt(r.covered_percent, 1), "num"]]) {
        const td = document.createElement("td"); td.textContent = text; if (cls) td.className = cls; tr.appendChild(td);
      }
      abody.appendChild(tr);
    });
  }

  // ---- sites ------------------------------------------------------------------------------
  function drawSites() {
    if (!map) return;
    sources.sites.clear();
    rings().forEach((r, i) => {
      const c = state.centres[i] || parseCoords(r.centre);
      if (!c) return;
      const f = new ol.Feature({ geometry: new ol.geom.Point(fromLonLat([c[1], c[0]])), index: i });
      sources.sites.addFeature(f);
    });
    const list = $("sites");
    const focused = document.activeElement && document.activeElement.dataset.site;
    list.replaceChildren();
    rings().forEach((r, i) => {
      const li = document.createElement("li"), b = document.createElement("button");
      b.type = "button"; b.dataset.site = String(i);
      b.setAttribute("aria-pressed", String(i === state.selected));
      const sw = document.createElement("span"); sw.className = "swatch";
      sw.style.background = state.theme.ring_palette[i % state.theme.ring_palette.length].slice(0, 7);
      const label = document.createElement("span");
      label.textContent = `${siteName(i)} — ${fmt(ringRadius(r) / UNITS[units()], 0)} ${units()}`;
      b.append(sw, label);
      b.addEventListener("click", () => select(i));
      li.appendChild(b); list.appendChild(li);
    });
    if (focused) { const b = list.querySelector(`[data-site="${focused}"]`); if (b) b.focus(); }
    syncControls();
  }
  function syncControls() {
    const r = rings()[state.selected];
    const c = state.centres[state.selected] || (r && parseCoords(r.centre));
    for (const id of ["lat", "lon", "radius", "radius-slider", "remove-site"]) $(id).disabled = !r;
    if (!r) return;
    if (document.activeElement !== $("lat")) $("lat").value = c ? c[0].toFixed(4) : "";
    if (document.activeElement !== $("lon")) $("lon").value = c ? c[1].toFixed(4) : "";
    const v = ringRadius(r) / UNITS[units()];
    if (document.activeElement !== $("radius")) $("radius").value = +v.toFixed(1);
    $("radius-slider").max = String(Math.round(20000000 / UNITS[units()] / 10) * 10 > 5000 ? 5000 : 2000);
    $("radius-slider").value = String(v);
  }
  function select(i) {
    if (i === state.selected || i < 0 || i >= rings().length) return;
    state.selected = i;
    if (state.projection === "aeqd") resetView();
    changed();
  }
  function setSite(i, lat, lon) {
    const r = rings()[i];
    if (!r || !isFinite(lat) || !isFinite(lon)) throw new Error(`no site ${i} or a bad position`);
    if (!parseCoords(r.centre)) r.label = "{radius}"; // its name no longer describes it
    r.centre = coordText(lat, lon);
    state.centres[i] = [+lat, +lon];
    previewRing(i);
    changed();
  }
  function setRadius(i, metres) {
    const r = rings()[i];
    if (!r || !(metres > 0)) throw new Error(`no site ${i} or a bad radius`);
    delete r.radii;
    r.radius = `${+(metres / 1000).toFixed(3)}km`;
    previewRing(i);
    changed();
  }
  function addSite(lat, lon) {
    const prev = rings()[state.selected];
    rings().push({ centre: coordText(lat, lon), radius: prev ? prev.radius : "1000km", label: "{radius}" });
    state.centres[rings().length - 1] = [lat, lon];
    state.selected = rings().length - 1;
    changed();
  }
  function removeSite() {
    if (!rings().length) return;
    rings().splice(state.selected, 1);
    state.centres.splice(state.selected, 1);
    state.selected = Math.max(0, state.selected - 1);
    changed();
  }
  function moveSite(feature, dragging) {
    const [lon, lat] = toLonLat(feature.getGeometry().getCoordinates());
    const i = feature.get("index");
    const r = rings()[i];
    if (!parseCoords(r.centre)) r.label = "{radius}";
    r.centre = coordText(lat, ((lon + 540) % 360) - 180);
    state.centres[i] = parseCoords(r.centre);
    previewRing(i);
    state.seq++;
    syncControls();
    if (!state.inflight) query();
    if (!dragging) drawSites();
  }
  /// A spherical circle where the ring will be, until the server's exact ring arrives.
  function previewRing(i) {
    const c = state.centres[i], r = rings()[i];
    if (!c || !map) return;
    const d = ringRadius(r) / EARTH_R, la = c[0] * Math.PI / 180, lo = c[1] * Math.PI / 180, pts = [];
    for (let k = 0; k <= 180; k++) {
      const az = (k / 180) * 2 * Math.PI;
      const lat2 = Math.asin(Math.sin(la) * Math.cos(d) + Math.cos(la) * Math.sin(d) * Math.cos(az));
      const lon2 = lo + Math.atan2(Math.sin(az) * Math.sin(d) * Math.cos(la), Math.cos(d) - Math.sin(la) * Math.sin(lat2));
      pts.push(fromLonLat([lon2 * 180 / Math.PI, lat2 * 180 / Math.PI]));
    }
    const ringId = new RegExp(`^ring-${i}-`);
    let feature = sources.shapes.getFeatures().find((f) => ringId.test(f.get("_layer") || ""));
    if (!feature) {
      feature = new ol.Feature();
      const colour = state.theme.ring_palette[i % state.theme.ring_palette.length];
      feature.setProperties({ _role: "ring", _layer: `ring-${i}-preview`, _style: { stroke: colour, fill: "#00000000", stroke_width: 2.2 } });
      sources.shapes.addFeature(feature);
    }
    feature.setGeometry(new ol.geom.Polygon([pts]));
    feature.set("_label", false);
  }

  // ---- export -----------------------------------------------------------------------------
  function download(name, blob) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
  async function exportAs(kind) {
    if (kind === "yaml") {
      download("scenario.yaml", new Blob([toYaml(scenario(), "Exported by rangemap serve: rangemap render scenario.yaml draws this figure")], { type: "application/yaml" }));
      return;
    }
    if (kind === "geojson") {
      const features = [];
      for (const [id, fc] of Object.entries(state.answer ? state.answer.layers : {})) if (fc.role === "ring" || fc.role === "buffer") features.push(...fc.features.map((f) => ({ ...f, properties: { ...f.properties, layer: id } })));
      download("rings.geojson", new Blob([JSON.stringify({ type: "FeatureCollection", features })], { type: "application/geo+json" }));
      return;
    }
    status(`Drawing the ${kind.toUpperCase()}…`);
    const res = await fetch(`api/render?format=${kind}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(scenario()) });
    if (!res.ok) { status((await res.json()).error, true); return; }
    download(`rangemap.${kind}`, await res.blob());
    status(`Figure saved as rangemap.${kind}.`);
  }

  // ---- controls ---------------------------------------------------------------------------
  function wire() {
    $("add-site").addEventListener("click", () => { const [lon, lat] = toLonLat(view.getCenter()); addSite(lat, lon); });
    $("remove-site").addEventListener("click", removeSite);
    const fromInputs = () => { const lat = parseFloat($("lat").value), lon = parseFloat($("lon").value); if (isFinite(lat) && isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) setSite(state.selected, lat, lon); };
    $("lat").addEventListener("change", fromInputs);
    $("lon").addEventListener("change", fromInputs);
    $("radius-slider").addEventListener("input", () => setRadius(state.selected, parseFloat($("radius-slider").value) * UNITS[units()]));
    $("radius").addEventListener("change", () => { const v = parseFloat($("radius").value); if (v > 0) setRadius(state.selected, v * UNITS[units()]); });
    $("units").addEventListener("change", () => { drawSites(); if (state.answer) showAnswer(); });
    $("layer").addEventListener("change", changed);
    $("countries").addEventListener("change", changed);
    $("projection").addEventListener("change", () => { state.projection = $("projection").value; resetView(); });
    document.querySelectorAll("[data-export]").forEach((b) => b.addEventListener("click", () => exportAs(b.dataset.export)));
    $("map").addEventListener("keydown", (e) => {
      const d = { ArrowUp: [0.1, 0], ArrowDown: [-0.1, 0], ArrowLeft: [0, -0.1], ArrowRight: [0, 0.1] }[e.key];
      const c = state.centres[state.selected];
      if (!d || !c) return;
      e.preventDefault();
      setSite(state.selected, Math.max(-90, Math.min(90, c[0] + d[0])), ((c[1] + d[1] + 540) % 360) - 180);
    });
  }

  async function start() {
    const [served, basemap] = await Promise.all([getJson("api/scenario"), getJson("api/basemap")]);
    state.doc = served.document; state.theme = served.theme; state.frame = served.frame; state.basemap = basemap;
    $("title").textContent = state.doc.title || "rangemap";
    document.title = `${state.doc.title || "rangemap"} — rangemap`;
    for (const name of served.point_layers) { const o = document.createElement("option"); o.value = o.textContent = name; $("layer").appendChild(o); }
    const existing = (state.doc.questions || []).find((q) => q.coverage && q.coverage.area_countries);
    $("countries").value = (existing ? existing.coverage.area_countries : ["China", "Taiwan", "Japan", "Philippines", "South Korea", "North Korea"]).join(", ");
    wire();
    buildMap();
    state.seq++;
    await query();
  }

  window.rangemap = {
    setSite, setRadius, ready,
    scenario: () => scenario(),
    answers: () => state.answer,
    selectSite: select,
    /// The pixel of site i's marker in the map (for tests that drag it with the mouse).
    _sitePixel: (i) => { const c = state.centres[i] || parseCoords(rings()[i].centre); return map.getPixelFromCoordinate(fromLonLat([c[1], c[0]])); },
  };
  start().catch((e) => status(`The page could not start: ${e.message}`, true));
})();
