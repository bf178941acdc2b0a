import { lang, type Lang } from '../i18n/i18n.js';
import { langParam, rememberedLang } from '../i18n/lang-choice.js';

/** The pages of the application and the paths that open them. */
export type PageName =
  | 'home'
  | 'map'
  | 'region'
  | 'compare'
  | 'network'
  | 'links'
  | 'practices'
  | 'practice-new'
  | 'practice'
  | 'visits'
  | 'visit'
  | 'follow-up'
  | 'next-region'
  | 'sme'
  | 'contact-point-new'
  | 'contact-point'
  | 'fund-new'
  | 'fund'
  | 'sources'
  | 'login'
  | 'users'
  | 'audit'
  | 'not-found';

/** The page a URL opens, with its path parameters and query. */
export interface Route {
  readonly name: PageName;
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  readonly url: URL;
}

const PATTERNS: readonly (readonly [PageName, RegExp])[] = [
  ['home', /^\/$/],
  ['map', /^\/kaart\/?$/],
  ['region', /^\/regio\/([A-Za-z0-9_]{2,12})\/?$/],
  ['compare', /^\/vergelijk\/?$/],
  ['network', /^\/netwerk(?:\/([A-Za-z0-9_]{2,12}))?\/?$/],
  ['links', /^\/verbindingen\/([A-Za-z0-9_]{2,12})\/?$/],
  ['practices', /^\/praktijken\/?$/],
  ['practice-new', /^\/praktijken\/nieuw\/?$/],
  ['practice', /^\/praktijken\/([A-Za-z0-9_.-]{1,200})\/?$/],
  ['visits', /^\/bezoeken\/?$/],
  ['visit', /^\/bezoeken\/([A-Za-z0-9_.-]{1,200})\/?$/],
  ['follow-up', /^\/opvolging\/?$/],
  ['next-region', /^\/volgende-regio\/?$/],
  ['sme', /^\/mkb\/?$/],
  ['contact-point-new', /^\/mkb\/contactpunten\/nieuw\/?$/],
  ['contact-point', /^\/mkb\/contactpunten\/([A-Za-z0-9_.-]{1,200})\/?$/],
  ['fund-new', /^\/mkb\/fondsen\/nieuw\/?$/],
  ['fund', /^\/mkb\/fondsen\/([A-Za-z0-9_.-]{1,200})\/?$/],
  ['sources', /^\/bronnen\/?$/],
  ['login', /^\/inloggen\/?$/],
  ['users', /^\/beheer\/gebruikers\/?$/],
  ['audit', /^\/beheer\/audit\/?$/],
];

/** The route of a URL; unknown paths give the not-found page. */
export function routeOf(url: URL): Route {
  for (const [name, pattern] of PATTERNS) {
    const match = pattern.exec(url.pathname);
    if (match) {
      return {
        name,
        params: match.slice(1).map((p) => (p ? decodeURIComponent(p) : '')),
        query: url.searchParams,
        url,
      };
    }
  }
  return { name: 'not-found', params: [], query: url.searchParams, url };
}

/**
 * A link inside the application that keeps the chosen language:
 * `href('/regio/NL213')` is `/regio/NL213?lang=en` when the page is in English (and
 * `?lang=nl` on a Dutch page when English is the remembered choice).
 */
export function href(
  path: string,
  params: Readonly<Record<string, string | number | undefined | null>> = {},
  language: Lang = lang(),
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const param = langParam(language, rememberedLang());
  if (param) search.set('lang', param);
  else search.delete('lang');
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

type Listener = (url: URL, how: 'link' | 'control' | 'history') => void;
let listener: Listener = () => undefined;

/** Goes to a URL inside the application without reloading. */
export function navigate(
  to: string,
  options: { replace?: boolean; how?: 'link' | 'control' } = {},
): void {
  const url = new URL(to, window.location.href);
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  listener(url, options.how ?? 'link');
}

/**
 * Starts the router: calls `onRoute` now, after every in-app link click and on back/forward.
 * Links to /api, downloads, other windows and modified clicks are left to the browser.
 */
export function startRouter(onRoute: Listener): void {
  listener = onRoute;
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api')) return;
    if (
      url.pathname === window.location.pathname &&
      url.search === window.location.search &&
      url.hash
    ) {
      return;
    }
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', () => onRoute(new URL(window.location.href), 'history'));
  onRoute(new URL(window.location.href), 'link');
}
