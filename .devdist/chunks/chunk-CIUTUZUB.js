import { createRequire as __charterCreateRequire } from 'node:module'; const require = __charterCreateRequire(import.meta.url);

// src/init/answers.ts
function uniqueSlug(name, taken, fallback) {
  const base = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 56).replace(/-+$/, "") || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
var DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
function isDate(text) {
  if (!DATE_PATTERN.test(text)) return false;
  const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function isEmail(text) {
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(text);
}

export {
  uniqueSlug,
  isDate,
  isEmail
};
