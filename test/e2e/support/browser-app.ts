import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../../src/domain/role.js';
import { sharedDataDir } from '../../support/test-store.js';
import { startAppServer, type AppServer } from './app-server.js';
import { launchChromium, openPage, overflow, type Chromium } from './browser.js';
import { buildWeb } from './build-web.js';
import { DOWNLOADS } from './downloads.js';
import { logInBrowser } from './login.js';

/** Where the browser tests write their screenshots (ignored by git). */
export const SCREENSHOTS = fileURLToPath(
  new URL('../../../test-artifacts/screenshots/', import.meta.url),
);

/** A Chromium of the fixture with a first page open on it. */
export interface BrowserWindow extends Chromium {
  readonly page: Page;
}

export interface BrowserAppOptions {
  /** Load every open data file of ../shared/data (default), or only regions and starter content. */
  readonly openData?: boolean;
  /** Runs on the server's store after the data is loaded and before a browser starts. */
  readonly seed?: (server: AppServer) => Promise<void>;
  /** Enforce the application's content security policy (then axe-core cannot be injected). */
  readonly enforceCSP?: boolean;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Log the first browser in with a new account of this role. */
  readonly role?: Role;
  /** The regions of that account (a regional editor). */
  readonly regions?: readonly string[];
}

/** The built web application served on real data, with a Chromium open on it. */
export interface BrowserApp extends BrowserWindow {
  readonly server: AppServer;
  /** Uncaught errors of every page the fixture's browsers open. */
  readonly pageErrors: string[];
  /**
   * Another Chromium (its own profile, hence its own session), logged in with `role` if given;
   * closed with the application.
   */
  newBrowser(options?: {
    readonly role?: Role;
    readonly regions?: readonly string[];
    readonly enforceCSP?: boolean;
  }): Promise<BrowserWindow>;
  close(): Promise<void>;
}

/** How long the set-up may take: loading every open data file takes minutes on a busy machine. */
export const BROWSER_APP_SETUP_TIMEOUT = 1_200_000;

/**
 * Builds the web application (test/e2e/README.md), starts the server in-process on a fresh
 * SQLite file loaded from ../shared/data, makes the screenshot and download folders, and opens a
 * Chromium with the project's flags; every page opened reports its uncaught errors.
 */
export async function startBrowserApp(options: BrowserAppOptions = {}): Promise<BrowserApp> {
  const webRoot = buildWeb();
  const server = await startAppServer({
    dataDir: sharedDataDir,
    webRoot,
    openData: options.openData,
  });
  const windows: Chromium[] = [];
  const pageErrors: string[] = [];
  try {
    await options.seed?.(server);
    await mkdir(SCREENSHOTS, { recursive: true });
    await mkdir(DOWNLOADS, { recursive: true });
    const open = async (settings: {
      role?: Role;
      regions?: readonly string[];
      enforceCSP?: boolean;
      viewport?: { readonly width: number; readonly height: number };
    }): Promise<BrowserWindow> => {
      const chromium = await launchChromium(settings.viewport, {
        enforceCSP: settings.enforceCSP,
      });
      let closed = false;
      const handle: Chromium = {
        context: chromium.context,
        async close() {
          if (closed) return;
          closed = true;
          await chromium.close();
        },
      };
      windows.push(handle);
      chromium.context.on('page', (page) =>
        page.on('pageerror', (error) => pageErrors.push(error.message)),
      );
      if (settings.role)
        await logInBrowser(server, chromium.context, settings.role, settings.regions);
      return { ...handle, page: await chromium.context.newPage() };
    };
    const first = await open(options);
    return {
      ...first,
      server,
      pageErrors,
      newBrowser: (settings = {}) => open(settings),
      async close() {
        for (const chromium of windows.reverse()) await chromium.close();
        await server.close();
      },
    };
  } catch (error) {
    for (const chromium of windows) await chromium.close();
    await server.close();
    throw error;
  }
}

/**
 * The browser test's set-up and tear-down in one call: starts the application and its browser
 * before the file's tests (then calls `ready` with it), closes both after them.
 */
export function useBrowserApp(
  options: BrowserAppOptions,
  ready: (app: BrowserApp) => unknown,
): void {
  let app: BrowserApp | undefined;
  beforeAll(async () => {
    app = await startBrowserApp(options);
    await ready(app);
  }, BROWSER_APP_SETUP_TIMEOUT);
  afterAll(async () => {
    await app?.close();
  });
}

/** A path of the application in a language: Dutch as it is, English with `lang=en` added. */
export function inLanguage(path: string, lang: 'nl' | 'en'): string {
  if (lang === 'nl') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

/** Opens a path of the application in a language at a width (the page's height stays). */
export async function openAt(
  page: Page,
  url: string,
  options: { readonly lang?: 'nl' | 'en'; readonly width?: number; readonly height?: number } = {},
): Promise<void> {
  if (options.width) {
    const height = options.height ?? page.viewportSize()?.height ?? 900;
    await page.setViewportSize({ width: options.width, height });
  }
  await openPage(page, inLanguage(url, options.lang ?? 'nl'));
}

/** Writes a screenshot of the page to test-artifacts/screenshots/`name`.png. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage });
}

/**
 * Opens each page at a phone's width, takes a full-page screenshot `<name>-nl-<width>.png`, and
 * returns the pages that scroll sideways, with by how many pixels (none: an empty list). The
 * viewport is set back to 1280 × 900 afterwards.
 */
export async function pagesWiderThan(
  page: Page,
  pages: readonly (readonly [name: string, url: string])[],
  width = 360,
): Promise<string[]> {
  const wide: string[] = [];
  await page.setViewportSize({ width, height: 780 });
  try {
    for (const [name, url] of pages) {
      await openPage(page, url);
      const by = await overflow(page);
      if (by > 0) wide.push(`${name}: ${by} px`);
      await screenshot(page, `${name}-nl-${width}`, true);
    }
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  return wide;
}
