// check.mjs: opens the HTML report in headless Chromium at 1280 and 390 px
// wide, saves a full-page screenshot of each (report-1280.png,
// report-390.png in OUT_DIR) and checks the layout through the DOM:
//   - the page never scrolls sideways;
//   - every chart label is drawn at >= 11 px (its font size times the
//     chart's scale on screen);
//   - at 390 px the summary cards and the trainee cards stack (one column),
//     at 1280 px they sit side by side;
//   - every table and chart lies inside the page, in a box that scrolls
//     when it is wider (at 390 px some do);
//   - the newest session is open with its call line by line, and the
//     retries are marked.
// usage: node check.mjs REPORT.html OUT_DIR   (CHROMIUM: the browser, default /usr/bin/chromium)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [page_path, out_dir] = process.argv.slice(2);
if (!page_path || !out_dir) {
  console.error('usage: node check.mjs REPORT.html OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(out_dir, { recursive: true });
const failures = [];
const fail = (what) => failures.push(what);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // root in CI: no sandbox; no GPU in a container
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
});
try {
  for (const width of [1280, 390]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(path.resolve(page_path)).href, { waitUntil: 'load' });
    const m = await page.evaluate(() => {
      const box = (e) => e.getBoundingClientRect();
      const svgs = [...document.querySelectorAll('svg')];
      let smallest = Infinity, labels = 0;
      for (const svg of svgs) {
        const view = svg.viewBox.baseVal;
        const scale = view && view.width ? box(svg).width / view.width : 1;
        for (const text of svg.querySelectorAll('text')) {
          const size = parseFloat(getComputedStyle(text).fontSize) * scale;
          smallest = Math.min(smallest, size);
          labels++;
        }
      }
      const column = (selector) => {
        const items = [...document.querySelectorAll(selector)].map(box);
        return {
          count: items.length,
          lefts: [...new Set(items.map((r) => Math.round(r.left)))].length,
          stacked: items.every((r, i) => i === 0 || r.top >= items[i - 1].bottom - 1),
          first_row: items.filter((r) => Math.abs(r.top - items[0].top) < 1).length,
        };
      };
      const outside = [...document.querySelectorAll('.scroll, .chart, section, details, .card, .trainee')]
        .filter((e) => box(e).right > window.innerWidth + 0.5 || box(e).left < -0.5).length;
      const unboxed = [...document.querySelectorAll('table')].filter((t) => !t.closest('.scroll')).length
        + [...document.querySelectorAll('svg')].filter((s) => !s.closest('.chart')).length;
      const scrolling = [...document.querySelectorAll('.scroll, .chart')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1).length;
      const open = document.querySelectorAll('details[open]');
      return {
        page_width: document.documentElement.scrollWidth,
        view_width: window.innerWidth,
        page_height: document.documentElement.scrollHeight,
        charts: svgs.length,
        labels,
        smallest_label: smallest,
        cards: column('.cards .card'),
        trainees: column('.trainee'),
        outside,
        unboxed,
        scrolling,
        open: open.length,
        open_has_lines: open.length === 1 && open[0].textContent.includes('The call, line by line'),
        retry_notes: (document.body.textContent.match(/retry of #\d+ from line \d+/g) || []).length,
        tried_again: document.querySelectorAll('.retries tbody tr').length,
      };
    });
    await page.screenshot({ path: path.join(out_dir, `report-${width}.png`), fullPage: true });
    // the first screens, to look at without zooming out
    await page.screenshot({ path: path.join(out_dir, `report-${width}-top.png`),
                            clip: { x: 0, y: 0, width, height: Math.min(m.page_height, width === 390 ? 1800 : 1400) } });
    await page.close();
    console.log(`${width} px: ${JSON.stringify(m)}`);
    const at = `${width} px:`;
    if (m.page_width > m.view_width) fail(`${at} the page scrolls sideways (${m.page_width} > ${m.view_width})`);
    if (m.charts < 2 || m.labels < 20) fail(`${at} only ${m.charts} charts, ${m.labels} labels`);
    if (!(m.smallest_label >= 11)) fail(`${at} a chart label is ${m.smallest_label.toFixed(2)} px (< 11)`);
    if (m.outside > 0) fail(`${at} ${m.outside} tables, charts or sections reach outside the page`);
    if (m.unboxed > 0) fail(`${at} ${m.unboxed} tables or charts are not in a box that scrolls`);
    if (m.open !== 1 || !m.open_has_lines) fail(`${at} the newest session is not open with its lines`);
    if (m.retry_notes < 3 || m.tried_again < 2) fail(`${at} retries not shown (${m.retry_notes} notes, ${m.tried_again} chains)`);
    if (m.cards.count < 5 || m.trainees.count < 2) fail(`${at} ${m.cards.count} cards, ${m.trainees.count} trainees`);
    if (width === 390) {
      if (m.cards.lefts !== 1 || !m.cards.stacked) fail(`${at} the summary cards do not stack`);
      if (m.trainees.lefts !== 1 || !m.trainees.stacked) fail(`${at} the trainee cards do not stack`);
      if (m.scrolling < 1) fail(`${at} no table or chart scrolls inside its box`);
    } else {
      if (m.cards.first_row < m.cards.count) fail(`${at} the summary cards are not in one row`);
      if (m.trainees.first_row < 2) fail(`${at} the trainee cards are not side by side`);
    }
  }
} finally {
  await browser.close();
}
for (const f of failures) console.log(`FAIL: ${f}`);
process.exit(failures.length ? 1 : 0);
