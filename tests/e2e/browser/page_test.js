// Drives the page of `rangemap serve` in Debian's Chromium (playwright-core, pinned in
// tools/serve/package.json): loads it with every request outside the server refused, drags a
// site with the mouse, and checks that the rings and the within table follow and equal the API's.
// Usage: node page_test.js URL OUT_DIR   (exit 1 on any failure)
"use strict";
const path = require("path");
const { chromium } = require(path.join(process.env.SOURCE_DIR, "tools/serve/node_modules/playwright-core"));

const base = process.argv[2];
const out = process.argv[3];
const failures = [];
const fail = (m) => { failures.push(m); console.error("FAIL: " + m); };
const ok = (m) => console.log("ok: " + m);

async function openPage(browser, viewport) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const origin = new URL(base).origin;
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    fail(`request to another host: ${url}`);
    return route.abort();
  });
  page.on("console", (m) => { if (m.type() === "error") fail(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => fail(`page error: ${e.message}`));
  await page.goto(base, { waitUntil: "load" });
  await page.waitForFunction(() => window.rangemap && window.rangemap.answers());
  await page.evaluate(() => window.rangemap.ready());
  return { context, page };
}

async function apiWithin(page, centre, radius, layer) {
  return page.evaluate(async ([c, r, l]) => (await fetch(`api/within?center=${encodeURIComponent(c)}&radius=${r}&layer=${l}`)).json(), [centre, radius, layer]);
}

(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  ok("chromium started");
  try {
    const phone = await openPage(browser, { width: 390, height: 844 });
    await phone.page.screenshot({ path: path.join(out, "phone.png"), fullPage: true });
    await phone.context.close();
    ok("phone-sized screenshot");
    const { context, page } = await openPage(browser, { width: 1280, height: 800 });
    await page.screenshot({ path: path.join(out, "desktop-before.png") });
    const rows0 = await page.locator("#within tbody tr").count();
    if (rows0 > 0) ok(`within table has ${rows0} rows`); else fail("within table is empty");

    // The selected site's marker on screen, from the map's own pixel of its centre.
    const where = () => page.evaluate(() => {
      const s = window.rangemap.scenario();
      return s.rings[0].centre;
    });
    const before = await where();
    const pixel = await page.evaluate(() => window.rangemap._sitePixel(0));
    const box = await page.locator("#map").boundingBox();
    const x = box.x + pixel[0], y = box.y + pixel[1];
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(x - 12 * k, y + 8 * k);
    await page.mouse.up();
    await page.evaluate(() => window.rangemap.ready());
    const after = await where();
    if (after !== before && /^-?[0-9.]+,-?[0-9.]+$/.test(after)) ok(`dragged site 1 from ${before} to ${after}`); else fail(`site did not move: ${before} -> ${after}`);
    await page.screenshot({ path: path.join(out, "desktop-after.png") });

    // The rings and the table are the server's answer for the new position.
    const answer = await page.evaluate(() => window.rangemap.answers());
    const ring = Object.entries(answer.layers).find(([id]) => id.startsWith("ring-0-"));
    const [lat, lon] = after.split(",").map(Number);
    const centre = ring && ring[1].features[0].properties.centre.split(",").map(Number);
    if (centre && Math.abs(centre[0] - lat) < 1e-5 && Math.abs(centre[1] - lon) < 1e-5) ok("ring 1 is centred on the dragged site"); else fail(`ring centre ${centre} is not ${after}`);
    const sc = await page.evaluate(() => window.rangemap.scenario());
    const layer = await page.locator("#layer").inputValue();
    const api = await apiWithin(page, after, sc.rings[0].radius, layer);
    const names = await page.locator("#within tbody tr td:nth-child(2)").allTextContents();
    const dists = await page.locator("#within tbody tr td:nth-child(5)").allTextContents();
    const apiNames = api.map((r) => r.name);
    if (JSON.stringify(names) === JSON.stringify(apiNames)) ok(`table lists the API's ${api.length} places, nearest first`); else fail(`table ${names.slice(0, 5)} differs from the API's ${apiNames.slice(0, 5)}`);
    const shown = api.map((r) => `${(r.distance_m / 1000).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km`);
    if (JSON.stringify(dists) === JSON.stringify(shown)) ok("table distances equal the API's"); else fail(`distances ${dists.slice(0, 3)} differ from ${shown.slice(0, 3)}`);

    // The script hook: setRadius and setSite reach the server and come back.
    await page.evaluate(() => { window.rangemap.setRadius(0, 1500000); window.rangemap.setSite(0, 28.37, 129.49); });
    await page.evaluate(() => window.rangemap.ready());
    const sc2 = await page.evaluate(() => window.rangemap.scenario());
    const api2 = await apiWithin(page, sc2.rings[0].centre, sc2.rings[0].radius, layer);
    const names2 = await page.locator("#within tbody tr td:nth-child(2)").allTextContents();
    if (JSON.stringify(names2) === JSON.stringify(api2.map((r) => r.name))) ok("setSite/setRadius: the table follows"); else fail("setSite/setRadius: table differs from the API");
    const areaRows = await page.locator("#area tbody tr").count();
    if (areaRows > 0) ok(`land covered: ${areaRows} countries`); else fail("no land area rows");

    // Keyboard: every control is reached by Tab, in order, and none is skipped.
    const ids = [];
    await page.locator("#map").focus();
    for (let k = 0; k < 40; k++) {
      await page.keyboard.press("Tab");
      ids.push(await page.evaluate(() => { const a = document.activeElement; return a.id || a.dataset.export || a.dataset.site || a.tagName; }));
    }
    for (const want of ["add-site", "lat", "radius-slider", "radius", "units", "layer", "projection", "countries", "png", "yaml", "geojson"]) {
      if (ids.includes(want)) ok(`keyboard reaches ${want}`); else fail(`keyboard does not reach ${want} (${ids.join(" ")})`);
    }
    // Arrow keys on the focused map move the selected site.
    const c0 = (await page.evaluate(() => window.rangemap.scenario())).rings[0].centre;
    await page.locator("#map").focus();
    await page.keyboard.press("ArrowUp");
    await page.evaluate(() => window.rangemap.ready());
    const c1 = (await page.evaluate(() => window.rangemap.scenario())).rings[0].centre;
    if (Math.abs(Number(c1.split(",")[0]) - Number(c0.split(",")[0]) - 0.1) < 1e-6) ok("ArrowUp moves the site 0.1° north"); else fail(`ArrowUp: ${c0} -> ${c1}`);

    // The exported scenario.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=yaml]")]);
    await download.saveAs(path.join(out, "exported.yaml"));
    ok("exported scenario.yaml");
    await context.close();

  } finally {
    await browser.close();
  }
  if (failures.length) { console.error(`${failures.length} failure(s)`); process.exit(1); }
})().catch((e) => { console.error(e); process.exit(1); });
