// Charts as inline SVG, drawn here from the report's data: no script, nothing fetched. Every
// chart has a <title> and a <desc> (the page also gives its data as a table); colours come
// from the page's stylesheet, so the dark scheme and print apply to them too.
import { addDays, daysBetween } from '../core/dates.js';
import { formatNumber } from '../render/view.js';

const WIDTH = 640;
const LABEL_WIDTH = 210;
const ROW = 24;

const SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const SPECIAL_ALL = new RegExp(SPECIAL.source, 'g');
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML and SVG, in content or a quoted attribute; control characters become U+FFFD. */
export function escapeXml(text: string): string {
  // Most values need nothing: test once, replace only then (a report escapes many thousands).
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITY[c] ?? '\uFFFD') : text;
}

/** At most `max` characters (by code point), runs of whitespace folded, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const folded = /\s\s|[\t\n\r\f\v]/.test(text) ? text.replace(/\s+/g, ' ') : text;
  if (folded.length <= max) return folded;
  const chars = Array.from(folded);
  return chars.length <= max ? folded : `${chars.slice(0, max - 1).join('')}…`;
}

function svg(id: string, height: number, title: string, desc: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    ...body,
    '</svg>',
  ].join('');
}

/** A label at the left of a row, cut to fit, with the full text as a tooltip. */
function rowLabel(label: string, y: number): string {
  return `<text class="label" x="${LABEL_WIDTH - 8}" y="${y}" text-anchor="end">${escapeXml(truncate(label, 28))}<title>${escapeXml(label)}</title></text>`;
}

export interface BarRow {
  label: string;
  /** One value per series, stacked left to right. */
  values: number[];
}

/** Horizontal bars, one row per label, each row stacking its series; the numbers are written at the end of each bar. */
export function barChart(id: string, title: string, desc: string, rows: BarRow[], series: { className: string; name: string }[]): string {
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
  const span = WIDTH - LABEL_WIDTH - 150;
  const legend = series.length > 1 ? legendRow(series, 16) : '';
  const top = series.length > 1 ? 28 : 4;
  const body = rows.map((row, i) => {
    const y = top + i * ROW;
    let x = LABEL_WIDTH;
    const bars = row.values.map((v, s) => {
      const w = (v / max) * span;
      const rect = w > 0 ? `<rect class="${series[s].className}" x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW - 8}"/>` : '';
      x += w;
      return rect;
    });
    const text = series.length > 1 ? row.values.map((v, s) => `${v} ${series[s].name}`).join(', ') : String(row.values[0]);
    return `${rowLabel(row.label, y + ROW / 2 + 4)}${bars.join('')}<text class="value" x="${(x + 6).toFixed(1)}" y="${y + ROW / 2 + 4}">${escapeXml(text)}</text>`;
  });
  return svg(id, top + rows.length * ROW + 6, title, desc, [legend, ...body]);
}

function legendRow(series: { className: string; name: string }[], y: number): string {
  return series
    .map((s, i) => {
      const x = LABEL_WIDTH + i * 120;
      return `<rect class="${s.className}" x="${x}" y="${y - 10}" width="12" height="12"/><text class="value" x="${x + 18}" y="${y}">${escapeXml(s.name)}</text>`;
    })
    .join('');
}

export interface TimelineRow {
  label: string;
  /** YYYY-MM-DD: the point, or the end of a bar. */
  date: string;
  /** With a start, the row is a bar from start to date. */
  start?: string;
  /** Drawn as a diamond in the warning colour instead of a circle. */
  late?: boolean;
}

/** Rows on a shared date axis, with a line at today. Dates before the axis start at its edge. */
export function timeline(id: string, title: string, desc: string, rows: TimelineRow[], from: string, to: string, today: string): string {
  const span = WIDTH - LABEL_WIDTH - 24;
  const days = Math.max(1, daysBetween(from, to));
  const x = (date: string) => LABEL_WIDTH + (Math.min(Math.max(daysBetween(from, date), 0), days) / days) * span;
  const top = 22;
  const height = top + rows.length * ROW + 22;
  const ticks = axisTicks(from, to).map((t) => {
    const tx = x(t.date).toFixed(1);
    return `<line class="grid" x1="${tx}" x2="${tx}" y1="${top - 4}" y2="${height - 6}"/><text class="axis" x="${tx}" y="${top - 8}" text-anchor="middle">${escapeXml(t.label)}</text>`;
  });
  const body = rows.map((row, i) => {
    const y = top + i * ROW;
    const cy = y + ROW / 2;
    const end = x(row.date);
    let mark: string;
    if (row.start !== undefined) {
      const start = x(row.start);
      mark = `<rect class="term" x="${start.toFixed(1)}" y="${cy - 5}" width="${Math.max(2, end - start).toFixed(1)}" height="10"/><rect class="term-end" x="${(end - 2).toFixed(1)}" y="${cy - 8}" width="4" height="16"/>`;
    } else if (row.late) {
      mark = `<path class="late" d="M${end.toFixed(1)} ${cy - 7}l7 7-7 7-7-7z"/>`;
    } else {
      mark = `<circle class="due" cx="${end.toFixed(1)}" cy="${cy}" r="6"/>`;
    }
    return `${rowLabel(row.label, cy + 4)}<line class="grid" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH + span}" y1="${cy}" y2="${cy}"/>${mark}`;
  });
  const tx = x(today).toFixed(1);
  const todayLine = `<line class="today" x1="${tx}" x2="${tx}" y1="${top - 4}" y2="${height - 16}"/><text class="axis" x="${tx}" y="${height - 4}" text-anchor="middle">today</text>`;
  return svg(id, height, title, desc, [...ticks, ...body, todayLine]);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** First days of months (of years, on long axes), aligned to the step, at most about eight. */
function axisTicks(from: string, to: string): { date: string; label: string }[] {
  const months = daysBetween(from, to) / 30.4;
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => months / s <= 8) ?? 240;
  const ticks: { date: string; label: string }[] = [];
  // Months counted from year 0; the first tick is the first aligned month after `from`.
  const next = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7));
  for (let index = Math.ceil(next / step) * step; ; index += step) {
    const year = Math.floor(index / 12);
    const date = `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
    if (date > to) break;
    ticks.push({ date, label: step >= 12 ? String(year) : `${MONTHS[index % 12]} ${year}` });
  }
  return ticks;
}

export interface BulletRow {
  label: string;
  baseline: number;
  target: number;
  current?: number;
  unit?: string;
}

/** One bullet chart per metric: the band from baseline to target, the progress to the current value, a tick at the target. */
export function bulletChart(id: string, title: string, desc: string, rows: BulletRow[]): string {
  const span = 400;
  const rowHeight = 40;
  const body = rows.map((row, i) => {
    const y = i * rowHeight;
    const values = [row.baseline, row.target, ...(row.current === undefined ? [] : [row.current])];
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    if (lo === hi) hi = lo + 1;
    const pad = (hi - lo) * 0.05;
    lo -= pad;
    hi += pad;
    const x = (v: number) => ((v - lo) / (hi - lo)) * span;
    const [b, t] = [x(row.baseline), x(row.target)];
    const band = `<rect class="band" x="${Math.min(b, t).toFixed(1)}" y="${y + 18}" width="${Math.abs(t - b).toFixed(1)}" height="14"/>`;
    const progress = row.current === undefined ? '' : `<rect class="progress" x="${Math.min(b, x(row.current)).toFixed(1)}" y="${y + 22}" width="${Math.max(1.5, Math.abs(x(row.current) - b)).toFixed(1)}" height="6"/>`;
    const ticks = `<rect class="baseline" x="${(b - 1).toFixed(1)}" y="${y + 16}" width="2" height="18"/><rect class="target" x="${(t - 1.5).toFixed(1)}" y="${y + 14}" width="3" height="22"/>`;
    const numbers = [row.baseline, row.current, row.target].map((v) => (v === undefined ? '—' : formatNumber(v))).join(' → ');
    return [
      `<text class="label" x="0" y="${y + 12}">${escapeXml(truncate(row.label, 70))}<title>${escapeXml(row.label)}</title></text>`,
      `<rect class="track" x="0" y="${y + 18}" width="${span}" height="14"/>`,
      band,
      progress,
      ticks,
      `<text class="value" x="${span + 10}" y="${y + 29}">${escapeXml(truncate(`${numbers}${row.unit ? ` ${row.unit}` : ''}`, 34))}</text>`,
    ].join('');
  });
  return svg(id, rows.length * rowHeight + 4, title, desc, body);
}

/** The axis of the commitments timeline: from the oldest overdue date (at most a year back) to the horizon. */
export function commitmentAxis(dates: string[], today: string, horizonDays: number): { from: string; to: string } {
  const earliest = dates.reduce((a, d) => (d < a ? d : a), today);
  const yearBack = addDays(today, -365);
  const from = addDays(earliest < yearBack ? yearBack : earliest, -7);
  return { from, to: addDays(today, horizonDays + 7) };
}
