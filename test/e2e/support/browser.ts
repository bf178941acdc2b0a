import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, as CI installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags the project runs Chromium with: headless, no sandbox, nothing fetched from elsewhere. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** A headless Chromium: its browser context (with its own profile) and how to close it. */
export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile that is removed again on close. */
export async function launchChromium(
  viewport = { width: 1280, height: 900 },
  options: { readonly enforceCSP?: boolean } = {},
): Promise<Chromium> {
  const profile = await mkdtemp(join(tmpdir(), 'regiokracht-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport,
    // The application's content security policy forbids inline scripts; axe-core is injected as one.
    // The CSP test enforces the policy (and runs no axe).
    bypassCSP: !options.enforceCSP,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The render counter of the application (body[data-ready]); 0 before the first page. */
export async function renderToken(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.body.dataset.ready ?? 0));
}

/**
 * Waits until the application has rendered a page after `before` (a render token taken before the
 * action that navigates) and nothing is loading any more.
 */
export async function waitForRender(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (token) =>
      Number(document.body.dataset.ready ?? 0) > token &&
      !document.querySelector('main[aria-busy]'),
    before,
    { timeout: 60_000 },
  );
}

/** Opens a URL of the application and waits until its page is rendered. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForRender(page, 0);
}

/** Does something that navigates inside the application and waits for the new page. */
export async function navigateBy(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await renderToken(page);
  await action();
  await waitForRender(page, before);
}

/** The language the page says it is in (`<html lang>`). */
export async function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

/** How far the page is wider than the window, in CSS pixels (0 or less: no sideways scrolling). */
export async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page with every disclosure opened, so that
 * the data tables and sources behind the charts are checked too. Returns the violations.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const axe = (
      window as unknown as {
        axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    for (const details of document.querySelectorAll('details')) details.open = false;
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

/** The serious and critical axe violations on the page, one line each with the elements hit. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeViolations(page))
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}
