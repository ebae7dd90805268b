import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';

// A person's voice measure over their recent check-ins against their own usual range, as a static SVG
// (GET /v1/me/trends.svg): no script, readable on a phone, with its text alternative inside.

export interface TrendPoint {
  recorded_at: string /* ISO */;
  value: number;
  z: number | null;
  deviating: boolean;
}

export interface TrendChartInput {
  label: string;
  unit: string;
  status: 'collecting' | 'established';
  sessions: number;
  required: number;
  band: { median: number; low: number; high: number } | null;
  points: TrendPoint[];
}

// Colours on the white background: text ≥ 7:1, markers ≥ 4.5:1; "outside" also differs in shape (a ring).
const INK = '#1f2937';
const MUTED = '#4b5563';
const POINT = '#1d4ed8';
const OUT = '#c2410c';
const BAND = '#dbeafe';
// The band's edges carry its extent at ≥ 3:1 (WCAG non-text contrast); the pale fill alone would not.
const BAND_EDGE = '#6b8fc7';
const GRID = '#e5e7eb';
const DAY = 86_400_000;
// Beyond this a value is a broken measurement, and spans of such values would overflow to Infinity.
const PLOTTABLE = 1e12;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Control characters and lone surrogates are not allowed in XML at all, escaped or not, so they are dropped.
const esc = (s: string) =>
  String(s)
    .replace(/[\p{Cc}\p{Cs}\ufffe\uffff]/gu, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
const px = (n: number) => String(Math.round(n * 10) / 10);
const count = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0);
const numFmt = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });
const num = (n: number) => numFmt.format(n);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const text = (x: number, y: number, s: string, attrs = '') =>
  `<text x="${px(x)}" y="${px(y)}"${attrs ? ` ${attrs}` : ''}>${esc(s)}</text>`;

export function renderTrendChart(input: TrendChartInput, opts: { width?: number; height?: number } = {}): string {
  // Below these the legend and axes would overlap, so smaller sizes are raised to them.
  const W = Math.max(240, opts.width && Number.isFinite(opts.width) ? opts.width : 360);
  const H = Math.max(180, opts.height && Number.isFinite(opts.height) ? opts.height : 260);
  const collecting = input.status === 'collecting';
  const b = input.band;
  const band =
    !collecting && b && [b.median, b.low, b.high].every((v) => Number.isFinite(v) && Math.abs(v) <= PLOTTABLE)
      ? { median: b.median, low: Math.min(b.low, b.high), high: Math.max(b.low, b.high) }
      : null;
  const pts = input.points
    .map((p) => ({ t: Date.parse(p.recorded_at), value: p.value, deviating: band !== null && p.deviating === true }))
    .filter((p) => Number.isFinite(p.t) && Number.isFinite(p.value) && Math.abs(p.value) <= PLOTTABLE);
  const building = `Your baseline is still being built: ${count(input.sessions)} of ${count(input.required)} sessions`;
  const unit = input.unit ? ` ${input.unit}` : '';
  const title = `${input.label}: your recent check-ins`;
  const axisTitle = input.unit ? `${input.label} (${input.unit})` : input.label;
  const top = 76;
  const bottom = H - 42;
  const body: string[] = [];

  // The band above the plot holds the legend, or the collecting message when there is no usual range yet.
  if (band) {
    body.push(
      `<rect x="8" y="27" width="18" height="14" fill="${BAND}" stroke="${BAND_EDGE}"/>`,
      `<line x1="8" x2="26" y1="34" y2="34" stroke="${MUTED}" stroke-dasharray="3 2"/>`,
      text(32, 38, 'usual range (your baseline)', `fill="${INK}"`),
      `<circle cx="17" cy="52" r="5" fill="#fff" stroke="${OUT}" stroke-width="3"/>`,
      text(32, 56, 'outside your usual range', `fill="${INK}"`),
    );
  } else if (collecting) body.push(text(8, 42, building, `fill="${INK}"`));

  let desc: string;
  if (pts.length === 0) {
    body.push(text(W / 2, (top + bottom) / 2, 'No sessions yet', `text-anchor="middle" font-size="14" fill="${INK}"`));
    desc = `${input.label}: no sessions yet.${collecting ? ` ${building}.` : ''}`;
  } else {
    const values = pts.map((p) => p.value).concat(band ? [band.low, band.high] : []);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    // Padding keeps points off the edges; equal values get one from their size so the domain is never empty.
    const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
    const yCount = Math.max(2, Math.floor((bottom - top) / 36));
    const y = scaleLinear()
      .domain([lo - pad, hi + pad])
      .range([bottom, top])
      .nice(yCount);
    const yTicks = y.ticks(yCount);
    const yFmt = y.tickFormat(yCount);
    // Room for the widest y tick label (about 7 px a character at 12 px).
    const left = Math.min(90, Math.max(34, 14 + 7 * Math.max(...yTicks.map((t) => yFmt(t).length))));
    const right = W - 16;

    const t0 = Math.min(...pts.map((p) => p.t));
    const t1 = Math.max(...pts.map((p) => p.t));
    const tpad = t1 === t0 ? DAY : (t1 - t0) * 0.04;
    const x = scaleUtc()
      .domain([t0 - tpad, t1 + tpad])
      .range([left, right])
      .nice();
    const xTicks = x.ticks(Math.max(2, Math.floor((right - left) / 85)));
    const day = x.tickFormat(0, '%-d %b');
    const time = x.tickFormat(0, '%H:%M');
    const long = x.tickFormat(0, '%-d %b %Y');
    // Day ticks read as dates; hour ticks as times, the first one dated so the reader knows which day.
    const xLabel = (d: Date, i: number) =>
      d.getUTCHours() === 0 && d.getUTCMinutes() === 0 ? day(d) : i === 0 ? `${day(d)} ${time(d)}` : time(d);

    for (const t of yTicks) {
      const ty = y(t);
      body.push(
        `<line x1="${px(left)}" x2="${px(right)}" y1="${px(ty)}" y2="${px(ty)}" stroke="${GRID}"/>`,
        text(left - 6, ty, yFmt(t), `text-anchor="end" dy="0.32em" fill="${MUTED}"`),
      );
    }
    if (band) {
      const [bTop, bBottom, mid] = [y(band.high), y(band.low), y(band.median)];
      body.push(
        `<rect class="band" x="${px(left)}" y="${px(bTop)}" width="${px(right - left)}" height="${px(bBottom - bTop)}" fill="${BAND}" fill-opacity="0.85"/>`,
        `<line x1="${px(left)}" x2="${px(right)}" y1="${px(bTop)}" y2="${px(bTop)}" stroke="${BAND_EDGE}"/>`,
        `<line x1="${px(left)}" x2="${px(right)}" y1="${px(bBottom)}" y2="${px(bBottom)}" stroke="${BAND_EDGE}"/>`,
        `<line class="median" x1="${px(left)}" x2="${px(right)}" y1="${px(mid)}" y2="${px(mid)}" stroke="${MUTED}" stroke-dasharray="5 3"/>`,
      );
    }
    body.push(`<line x1="${px(left)}" x2="${px(right)}" y1="${px(bottom)}" y2="${px(bottom)}" stroke="${MUTED}"/>`);
    xTicks.forEach((d, i) => {
      const tx = x(d);
      // Labels at the plot's ends are anchored inwards so they are not cut off by the viewBox.
      const anchor = tx - left < 24 ? 'start' : right - tx < 24 ? 'end' : 'middle';
      body.push(
        `<line x1="${px(tx)}" x2="${px(tx)}" y1="${px(bottom)}" y2="${px(bottom + 4)}" stroke="${MUTED}"/>`,
        text(tx, bottom + 17, xLabel(d, i), `text-anchor="${anchor}" fill="${MUTED}"`),
      );
    });
    body.push(text((left + right) / 2, H - 6, 'Date of check-in', `text-anchor="middle" fill="${INK}"`));

    const path = line<(typeof pts)[number]>()
      .x((p) => x(p.t))
      .y((p) => y(p.value))
      .digits(1)(pts);
    if (path) body.push(`<path class="trend" d="${path}" fill="none" stroke="${POINT}" stroke-width="2"/>`);
    for (const p of pts) {
      const at = `cx="${px(x(p.t))}" cy="${px(y(p.value))}"`;
      body.push(
        p.deviating
          ? `<circle class="point deviating" ${at} r="5.5" fill="#fff" stroke="${OUT}" stroke-width="3"/>`
          : `<circle class="point" ${at} r="4" fill="${POINT}" stroke="#fff" stroke-width="1.5"/>`,
      );
    }

    const last = pts[pts.length - 1]!;
    const [from, to] = [long(new Date(t0)), long(new Date(t1))];
    const outside = pts.filter((p) => p.deviating).length;
    desc =
      `${axisTitle} over ${plural(pts.length, 'session')}, ` +
      (from === to ? `on ${from}.` : `from ${from} to ${to}.`) +
      (band
        ? ` Your usual range is ${num(band.low)} to ${num(band.high)}${unit} (median ${num(band.median)}).` +
          ` ${outside} of ${plural(pts.length, 'session')} ${outside === 1 ? 'was' : 'were'} outside it.`
        : collecting
          ? ` ${building}.`
          : '') +
      ` Latest: ${num(last.value)}${unit} on ${long(new Date(last.t))}` +
      `${last.deviating ? ', outside your usual range' : ''}.`;
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 ${px(W)} ${px(H)}" role="img"`,
    ` aria-labelledby="trend-title trend-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<title id="trend-title">${esc(title)}</title>`,
    `<desc id="trend-desc">${esc(desc)}</desc>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    text(8, 16, axisTitle, `font-weight="600" fill="${INK}"`),
    ...body,
    '</svg>',
  ].join('');
}
