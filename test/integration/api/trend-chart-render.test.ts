import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect } from 'chai';
import { launchChromium } from '../../setup/chromium.js';
import express from 'express';
import { type Browser, type Page } from 'playwright-core';
import { renderTrendChart, type TrendChartInput } from '../../../api/charts/trend-chart.js';

// The trend chart as a phone shows it: a real Chromium parses the SVG as XML, lays it out and exposes its text
// alternative.
const PHONE = { width: 360, height: 740 };

const values = [2.9, 3.1, 2.7, 3.3, 2.8, 1.6, 3.0, 2.6, 3.9, 2.2, 1.8];
const chart: TrendChartInput = {
  label: 'Pitch variability',
  unit: 'semitones',
  status: 'established',
  sessions: 11,
  required: 5,
  band: { median: 2.85, low: 2.05, high: 3.65 },
  points: values.map((value, i) => ({
    recorded_at: new Date(Date.UTC(2026, 10, 3 + 2 * i, 8 + (i % 5))).toISOString(),
    value,
    z: (value - 2.85) / 0.4,
    deviating: value < 2.05 || value > 3.65,
  })),
};
const deviating = chart.points.filter((p) => p.deviating).length;
const collecting: TrendChartInput = { ...chart, status: 'collecting', sessions: 0, band: null, points: [] };

describe('the trend chart in headless Chromium at phone width', function () {
  this.timeout(60_000);
  let server: Server;
  let browser: Browser;
  let base: string;

  before(async () => {
    const app = express();
    app.get('/trends.svg', (_req, res) => {
      res.type('image/svg+xml').send(renderTrendChart(chart));
    });
    app.get('/empty.svg', (_req, res) => {
      res.type('image/svg+xml').send(renderTrendChart(collecting));
    });
    // Inline, as a page would embed it, and as an <img> of the served file.
    app.get('/phone.html', (_req, res) => {
      res
        .type('html')
        .send(
          '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Trends</title></head>' +
            `<body style="margin:0"><main>${renderTrendChart(chart)}` +
            '<img id="as-img" src="/trends.svg" alt="Pitch variability chart" style="width:100%"></main></body></html>',
        );
    });
    app.get('/favicon.ico', (_req, res) => {
      res.status(204).end();
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const open = async (url: string) => {
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const res = await page.goto(`${base}${url}`);
    expect(res?.status()).to.equal(200);
    return { context, page, problems };
  };

  /** The chart's size on screen, and its point markers. */
  const measure = (page: Page) =>
    page.locator('svg[role="img"]').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return {
        width: box.width,
        height: box.height,
        points: svg.querySelectorAll('circle.point').length,
        deviating: svg.querySelectorAll('circle.point.deviating').length,
        markerBoxes: [...svg.querySelectorAll('circle.point')].map((c) => c.getBoundingClientRect().width),
      };
    });

  it('opens the served image/svg+xml as a well-formed SVG document with no console or page error', async () => {
    const { context, page, problems } = await open('/trends.svg');
    try {
      // A parse error would make Chromium show its XML error page instead of the SVG.
      const root = await page.locator(':root').evaluate((el) => ({ name: el.localName, ns: el.namespaceURI }));
      expect(root).to.deep.equal({ name: 'svg', ns: 'http://www.w3.org/2000/svg' });
      expect(await page.locator('parsererror').count()).to.equal(0);
      const shown = await measure(page);
      expect(shown.width).to.be.greaterThan(0);
      expect(shown.height).to.be.greaterThan(0);
      expect(shown.points).to.equal(chart.points.length);
      expect(shown.deviating).to.equal(deviating);
      expect(problems).to.deep.equal([]);
    } finally {
      await context.close();
    }
  });

  it('fills a 360 px phone screen inline, one visible marker per session, named by its title and desc', async () => {
    const { context, page, problems } = await open('/phone.html');
    try {
      const shown = await measure(page);
      // width="100%" with the viewBox's aspect ratio: the full width of the phone, never wider.
      expect(shown.width).to.equal(PHONE.width);
      expect(shown.height).to.be.closeTo((PHONE.width * 260) / 360, 1);
      expect(shown.points).to.equal(chart.points.length);
      expect(shown.markerBoxes.every((w) => w > 0)).to.equal(true);
      // The accessible name Chromium computes from aria-labelledby: the title, then the whole desc.
      const chartRole = page.getByRole('img', { name: /^Pitch variability: your recent check-ins Pitch variability/ });
      expect(await chartRole.count()).to.equal(1);
      const snapshot = await chartRole.ariaSnapshot();
      expect(snapshot).to.include('over 11 sessions, from 3 Nov 2026 to 23 Nov 2026');
      expect(snapshot).to.include(`${deviating} of 11 sessions were outside it`);
      expect(await page.locator('#trend-desc').textContent()).to.match(/^Pitch variability \(semitones\) over 11/);
      // The served file also loads as an <img>, the other way a page may show it.
      const asImg = await page.locator('#as-img').evaluate((el) => {
        const img = el as unknown as { decode(): Promise<void>; naturalWidth: number; naturalHeight: number };
        return img.decode().then(() => ({ w: img.naturalWidth, h: img.naturalHeight }));
      });
      expect(asImg.w).to.be.greaterThan(0);
      expect(asImg.h).to.be.greaterThan(0);
      expect(problems).to.deep.equal([]);
      const shot = await page.screenshot({
        fullPage: true,
        ...(process.env.SCREENSHOT_DIR ? { path: path.join(process.env.SCREENSHOT_DIR, 'trend-chart.png') } : {}),
      });
      expect(shot.length).to.be.greaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('shows the empty, collecting chart with its messages and no markers', async () => {
    const { context, page, problems } = await open('/empty.svg');
    try {
      const shown = await measure(page);
      expect(shown.width).to.be.greaterThan(0);
      expect(shown.points).to.equal(0);
      await page.getByText('No sessions yet', { exact: true }).waitFor({ state: 'visible' });
      await page
        .getByText('Your baseline is still being built: 0 of 5 sessions', { exact: true })
        .waitFor({ state: 'visible' });
      expect(problems).to.deep.equal([]);
    } finally {
      await context.close();
    }
  });
});
