import { expect } from 'chai';
import { renderTrendChart, type TrendChartInput, type TrendPoint } from '../../../api/charts/trend-chart.js';

const at = (day: number, hour = 8) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
const point = (day: number, value: number, deviating = false): TrendPoint => ({
  recorded_at: at(day),
  value,
  z: deviating ? 2.5 : 0.3,
  deviating,
});

/** An established baseline with eight sessions, two of them outside the usual range. */
const established: TrendChartInput = {
  label: 'Pitch variability',
  unit: 'semitones',
  status: 'established',
  sessions: 12,
  required: 5,
  band: { median: 2.8, low: 2.1, high: 3.5 },
  points: [
    point(3, 2.9),
    point(5, 3.1),
    point(7, 1.6, true),
    point(9, 2.7),
    point(11, 3.0),
    point(13, 4.1, true),
    point(15, 2.6),
    point(17, 2.8),
  ],
};
const collecting: TrendChartInput = {
  ...established,
  status: 'collecting',
  sessions: 3,
  band: null,
  points: [point(3, 2.9), point(5, 3.1), point(7, 2.7)],
};

const descOf = (svg: string) => /<desc id="trend-desc">([^<]*)<\/desc>/.exec(svg)?.[1];
const circles = (svg: string) => svg.match(/<circle class="point[^"]*"[^>]*>/g) ?? [];

/** Tags balance and every & starts an entity: the well-formedness an XML parser checks first. */
function expectWellFormed(svg: string) {
  const stack: string[] = [];
  const tags = [...svg.matchAll(/<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)];
  expect(tags.length, 'every < opens a tag').to.equal(svg.split('<').length - 1);
  for (const [, close, name, , selfClosing] of tags) {
    if (selfClosing) continue;
    if (close) expect(stack.pop(), `closing </${name}>`).to.equal(name);
    else stack.push(name!);
  }
  expect(stack).to.deep.equal([]);
  expect(svg.replace(/<[^>]*>/g, '')).not.to.match(/<|>/);
  expect(svg).not.to.match(/&(?!(amp|lt|gt|quot|apos);)/);
}

describe('renderTrendChart', () => {
  it('renders one well-formed SVG with role="img" labelled by its title and desc', () => {
    const svg = renderTrendChart(established);
    expectWellFormed(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).to.equal(true);
    expect(svg.endsWith('</svg>')).to.equal(true);
    expect(svg).to.include('role="img"');
    expect(svg).to.include('aria-labelledby="trend-title trend-desc"');
    expect(svg).to.include('<title id="trend-title">Pitch variability: your recent check-ins</title>');
    expect(svg).to.match(/viewBox="0 0 360 260"/);
    expect(svg).to.include('width="100%"');
  });

  it('names both axes, the y axis with its unit', () => {
    const svg = renderTrendChart(established);
    expect(svg).to.include('>Pitch variability (semitones)</text>');
    expect(svg).to.include('>Date of check-in</text>');
    expect(svg).to.match(/>\d{1,2} Nov<\/text>/);
  });

  it('summarises the feature, sessions, dates, usual range, deviations and the latest value in the desc', () => {
    expect(descOf(renderTrendChart(established))).to.equal(
      'Pitch variability (semitones) over 8 sessions, from 3 Nov 2026 to 17 Nov 2026.' +
        ' Your usual range is 2.1 to 3.5 semitones (median 2.8). 2 of 8 sessions were outside it.' +
        ' Latest: 2.8 semitones on 17 Nov 2026.',
    );
  });

  it('says in the desc when the latest session is outside the usual range', () => {
    const svg = renderTrendChart({ ...established, points: [point(3, 2.9), point(5, 4.2, true)] });
    expect(descOf(svg)).to.include('1 of 2 sessions was outside it.');
    expect(descOf(svg)).to.include('Latest: 4.2 semitones on 5 Nov 2026, outside your usual range.');
  });

  it('draws a circle per session and marks exactly the deviating ones, as rings in another colour', () => {
    const svg = renderTrendChart(established);
    const all = circles(svg);
    expect(all).to.have.length(8);
    const marked = all.filter((c) => c.includes('class="point deviating"'));
    expect(marked).to.have.length(2);
    for (const c of marked) expect(c).to.include('fill="#fff"').and.include('stroke="#c2410c"');
    expect(all.filter((c) => !c.includes('deviating')).every((c) => c.includes('fill="#1d4ed8"'))).to.equal(true);
  });

  it('draws the usual range as a band with a dashed median and a legend explaining both markers', () => {
    const svg = renderTrendChart(established);
    expect(svg).to.match(/<rect class="band"[^>]*height="\d/);
    expect(svg).to.match(/<line class="median"[^>]*stroke-dasharray/);
    expect(svg).to.include('>usual range (your baseline)</text>');
    expect(svg).to.include('>outside your usual range</text>');
    expect(svg).to.match(/<path class="trend" d="M[\d.,LM]+"/);
  });

  it('says the baseline is still being built while collecting, in the chart and in the desc, with no band', () => {
    const svg = renderTrendChart(collecting);
    expectWellFormed(svg);
    expect(svg).to.include('>Your baseline is still being built: 3 of 5 sessions</text>');
    expect(descOf(svg)).to.include('Your baseline is still being built: 3 of 5 sessions.');
    expect(descOf(svg)).not.to.include('usual range');
    expect(svg).not.to.include('class="band"');
    expect(svg).not.to.include('deviating');
    expect(circles(svg)).to.have.length(3);
  });

  it('says "No sessions yet" with no points and is still a well-formed SVG', () => {
    const svg = renderTrendChart({ ...collecting, sessions: 0, points: [] });
    expectWellFormed(svg);
    expect(svg).to.include('>No sessions yet</text>');
    expect(svg).to.include('>Your baseline is still being built: 0 of 5 sessions</text>');
    expect(descOf(svg)).to.equal(
      'Pitch variability: no sessions yet. Your baseline is still being built: 0 of 5 sessions.',
    );
    expect(circles(svg)).to.have.length(0);
    expect(svg).not.to.include('<path');
  });

  it('escapes every inserted text, so markup in a label or unit never appears raw', () => {
    const svg = renderTrendChart({ ...established, label: '<script>alert("x")</script> & co', unit: `it's <b>` });
    expectWellFormed(svg);
    expect(svg).not.to.include('<script>');
    expect(svg).not.to.include('<b>');
    expect(svg).to.include('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co (it&apos;s &lt;b&gt;)');
  });

  it('drops control characters, which no XML document may contain even escaped', () => {
    const svg = renderTrendChart({ ...established, label: 'Pitch\u0000 variability\u001b' });
    expect(svg).not.to.match(/\p{Cc}/u);
    expect(svg).to.include('>Pitch variability (semitones)</text>');
  });

  it('renders a constant series with finite coordinates and no NaN anywhere', () => {
    const flat = established.points.map((p) => ({ ...p, value: 3, deviating: false }));
    for (const input of [
      { ...collecting, points: flat },
      { ...established, band: { median: 3, low: 3, high: 3 }, points: flat },
      { ...collecting, points: flat.slice(0, 1) },
      { ...collecting, points: [point(3, 0), point(3, 0)] },
    ]) {
      const svg = renderTrendChart(input);
      expect(svg).not.to.match(/NaN|Infinity|undefined/);
      const ys = circles(svg).map((c) => Number(/cy="([^"]+)"/.exec(c)?.[1]));
      expect(ys).to.have.length(input.points.length);
      expect(ys.every(Number.isFinite)).to.equal(true);
      expect(svg).to.match(/<text[^>]*>[\d.]+<\/text>/);
    }
  });

  it('skips points with a non-finite value or an unparsable date, and still describes the rest', () => {
    const svg = renderTrendChart({
      ...established,
      points: [
        point(3, 2.9),
        point(4, Number.NaN),
        point(5, Number.POSITIVE_INFINITY),
        { ...point(6, 3), recorded_at: 'not a date' },
        point(7, 3.1),
      ],
    });
    expect(svg).not.to.match(/NaN|Infinity/);
    expect(circles(svg)).to.have.length(2);
    expect(descOf(svg)).to.include('over 2 sessions');
  });

  it('is deterministic: the same input renders the same bytes', () => {
    expect(renderTrendChart(established)).to.equal(renderTrendChart(structuredClone(established)));
  });

  it('keeps every text at 12 px or more in viewBox units', () => {
    const svg = renderTrendChart(established, { width: 320, height: 220 });
    expect(svg).to.match(/viewBox="0 0 320 220"/);
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).to.be.greaterThan(0);
    expect(Math.min(...sizes)).to.be.at.least(12);
  });
});
