// The link chart at scale: a library of 2,000 entities and 10,000 relationships. Measures building
// the graph in the backend (against reading the same rows with plain SQLite), and in the real
// renderer (Debian's Chromium, browser host) laying it out (against the screen appearing), then the
// frame times of panning and zooming it (against the same page's idle frames). Needs `npm run build`.
import { chromium } from '@playwright/test';
import crypto from 'node:crypto';
import path from 'node:path';
import { Backend } from '../electron/backend/backend';
import { startWebHost } from '../electron/backend/hosts/web/server';
import { once, stats, type Report } from './measure';
import { CHROMIUM_ARGS } from '../electron/backend/browser/findChromium';
import { CHROMIUM, paintSkipReason } from './paint';
import { ENTITY_TYPES as TYPES, RELATIONSHIP_TYPES } from '../shared/contract/vocabulary';

const NODES = 2_000;
const EDGES = 10_000;
const STATIC = path.resolve(import.meta.dirname, '../out/renderer');

/** Entities and relationships written straight into the tables: seeding, not what is measured. */
function seedNetwork(backend: Backend): void {
  const db = backend.library.db;
  const now = new Date().toISOString();
  const ids = Array.from({ length: NODES }, () => crypto.randomUUID());
  const entity = db.prepare(
    "INSERT INTO entities (id, type, name, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, 'Bench', ?)",
  );
  const relationship = db.prepare(
    "INSERT INTO relationships (id, from_entity_id, to_entity_id, type, created_at, created_by) VALUES (?, ?, ?, ?, ?, 'Bench')",
  );
  db.transaction(() => {
    ids.forEach((id, i) => entity.run(id, TYPES[i % TYPES.length], `Entity ${String(i).padStart(4, '0')}`, now, now));
    // Preferential-ish attachment: most links near a few hubs, as real networks are.
    for (let i = 0; i < EDGES; i++) {
      const from = ids[i % NODES]!;
      let to = ids[Math.floor(Math.random() ** 2 * NODES)]!;
      if (to === from) to = ids[(i + 1) % NODES]!;
      relationship.run(crypto.randomUUID(), from, to, RELATIONSHIP_TYPES[i % RELATIONSHIP_TYPES.length], now);
    }
  })();
}

export async function benchChart(dir: string, report: Report): Promise<void> {
  console.log(`\nLink chart: ${NODES.toLocaleString()} entities, ${EDGES.toLocaleString()} relationships`);
  const libraryPath = path.join(dir, 'network.casefile');
  const backend = new Backend({ libraryPath, analyst: 'Bench' });
  // Stored, so the app opens straight on its screens and not on the first-run question over the chart.
  await backend.call('settings.setAnalyst', { name: 'Bench' });
  seedNetwork(backend);
  const start = performance.now();
  const graph = await backend.call('graph.build', {});
  const ours = performance.now() - start;
  const rawStart = performance.now();
  backend.library.db.prepare('SELECT id, name, type FROM entities').all();
  backend.library.db.prepare('SELECT id, from_entity_id, to_entity_id, type, label FROM relationships').all();
  report.time(
    `graph.build (${graph.nodes.length} nodes, ${graph.edges.length} edges)`,
    once(ours),
    once(performance.now() - rawStart),
  );
  await backend.close();

  const skip = paintSkipReason();
  if (skip) {
    console.log(`  chart layout and pan/zoom frames: skipped — ${skip}`);
    return;
  }
  const host = await startWebHost({ libraryPath, staticDir: STATIC, analyst: 'Bench' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM!,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.waitForSelector('[data-testid="library-filters"]');
    const shown = Date.now();
    await page.evaluate(() => (window.location.hash = '#/chart'));
    // The raw figure: the chart screen drawn with its code loaded, before the entities are placed.
    await page.waitForSelector('[data-testid="chart-toolbar"]', { timeout: 600_000 });
    const screenMs = Date.now() - shown;
    // While the entities are placed the page must keep answering: its progress bar shows.
    await page.waitForSelector('[data-testid="chart-layout-progress"]', { timeout: 600_000 });
    const progressMs = Date.now() - shown;
    await page.waitForSelector('[data-testid="link-chart-canvas"][data-layout="done"]', { timeout: 600_000 });
    report.time(
      `open the chart and lay out ${NODES.toLocaleString()} entities (vs the chart screen appearing)`,
      once(Date.now() - shown),
      once(screenMs),
    );
    report.time(
      'chart screen to the layout progress bar (vs the chart screen appearing)',
      once(progressMs),
      once(screenMs),
    );

    // 120 frames of panning and zooming as an analyst does it: a mouse drag on an empty spot of the
    // canvas, then the wheel, one input event per animation frame, through cytoscape's own input
    // handlers (a programmatic cy.panBy skips what a real gesture does, such as drawing a cached
    // picture while the view moves), then the frames after the wheel stops, when the chart is drawn
    // sharp again. A string, not a function: the bench runs under tsx, whose helpers do not exist in the page.
    const frames = (await page.evaluate(`(async () => {
      const box = document.querySelector('[data-testid="link-chart-canvas"]');
      const cy = box._cyreg.cy;
      const rect = box.getBoundingClientRect();
      const r = cy.renderer();
      let spot = null;
      for (let y = 40; y < rect.height - 40 && !spot; y += 15)
        for (let x = 40; x < rect.width - 40 && !spot; x += 15) {
          const [mx, my] = r.projectIntoViewport(rect.left + x, rect.top + y);
          if (!r.findNearestElement(mx, my, true, false)) spot = { x: rect.left + x, y: rect.top + y };
        }
      if (!spot) throw new Error('no empty spot on the chart to drag from');
      const target = box.querySelector('canvas:last-of-type') || box;
      const mouse = (type, x, y, on) =>
        on.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
      const idle = [];
      const moving = [];
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let last = await frame();
      for (let i = 0; i < 30; i++) {
        const t = await frame();
        idle.push(t - last);
        last = t;
      }
      mouse('mousedown', spot.x, spot.y, target);
      for (let i = 1; i <= 60; i++) {
        mouse('mousemove', spot.x + (i % 40) * 4, spot.y + (i % 20) * 2, window);
        const t = await frame();
        moving.push(t - last);
        last = t;
      }
      mouse('mouseup', spot.x, spot.y, window);
      for (let i = 0; i < 60; i++) {
        target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2, deltaY: i < 30 ? -40 : 40, deltaMode: 0 }));
        const t = await frame();
        moving.push(t - last);
        last = t;
      }
      // The redraw at full quality once the wheel has rested (cytoscape waits 150 ms for it).
      const rest = performance.now();
      while (performance.now() - rest < 400) {
        const t = await frame();
        moving.push(t - last);
        last = t;
      }
      return { idle, moving };
    })()`)) as { idle: number[]; moving: number[] };
    report.time('pan/zoom frame time (vs idle frames)', stats(frames.moving), stats(frames.idle));
  } finally {
    await browser.close();
    await host.close();
  }
}
