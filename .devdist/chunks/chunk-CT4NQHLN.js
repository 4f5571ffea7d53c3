import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);

// src/findings.ts
var severityRank = { error: 2, warning: 1, info: 0 };
function countFindings(findings) {
  const counts = { errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const f of findings) {
    if (f.severity === "error") counts.errorCount++;
    else if (f.severity === "warning") counts.warningCount++;
    else counts.infoCount++;
  }
  return counts;
}
function totalCounts(results) {
  const total = { errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const r of results) {
    const c = countFindings(r.findings);
    total.errorCount += c.errorCount;
    total.warningCount += c.warningCount;
    total.infoCount += c.infoCount;
  }
  return total;
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}
function pointerSegment(segment) {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointer(...segments) {
  return segments.length === 0 ? "" : "/" + segments.map(pointerSegment).join("/");
}
function parsePointer(path) {
  if (path === "") return [];
  return path.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function humanPath(path) {
  let out = "";
  for (const seg of parsePointer(path)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out === "" ? "the charter" : out;
}
function closest(word, candidateIds) {
  const candidates = [...candidateIds];
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  if (bestDistance <= limit && bestDistance < word.length) return best;
  const prefixed = word.length >= 4 ? candidates.filter((c) => c.startsWith(word)) : [];
  return prefixed.length === 1 ? prefixed[0] : void 0;
}
function editDistance(a, b) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

export {
  severityRank,
  countFindings,
  totalCounts,
  sortFindings,
  pointerSegment,
  pointer,
  parsePointer,
  humanPath,
  closest
};
