// A scenario (plain JSON) as block YAML for the export button. Every string is written in
// double quotes as JSON writes it (a JSON string is a YAML double-quoted scalar), so nothing
// is read back as another type.
"use strict";
window.toYaml = (function () {
  const key = (k) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : JSON.stringify(k));
  const scalar = (v) => (v === null ? "null" : typeof v === "string" ? JSON.stringify(v) : String(v));
  const simple = (v) => v === null || typeof v !== "object";
  function emit(v, indent, out) {
    const pad = " ".repeat(indent);
    if (simple(v)) { out.push(pad + scalar(v)); return; }
    if (Array.isArray(v)) {
      if (v.length === 0) { out.push(pad + "[]"); return; }
      if (v.every(simple)) { out.push(pad + "[" + v.map(scalar).join(", ") + "]"); return; }
      for (const item of v) {
        if (simple(item)) { out.push(pad + "- " + scalar(item)); continue; }
        const lines = [];
        emit(item, indent + 2, lines);
        out.push(pad + "- " + lines[0].slice(indent + 2));
        for (const l of lines.slice(1)) out.push(l);
      }
      return;
    }
    const keys = Object.keys(v);
    if (keys.length === 0) { out.push(pad + "{}"); return; }
    for (const k of keys) {
      const x = v[k];
      if (simple(x) || (Array.isArray(x) && (x.length === 0 || x.every(simple))) ||
          (!Array.isArray(x) && Object.keys(x).length === 0)) {
        const lines = [];
        emit(x, 0, lines);
        out.push(pad + key(k) + ": " + (simple(x) ? scalar(x) : lines[0]));
      } else {
        out.push(pad + key(k) + ":");
        emit(x, indent + 2, out);
      }
    }
  }
  return function (doc, comment) {
    const out = comment ? ["# " + comment] : [];
    emit(doc, 0, out);
    return out.join("\n") + "\n";
  };
})();
