import './styles/app.css';
import { ApiError } from './api/client.js';
import type { PageView } from './app/page.js';
import { routeOf, startRouter, type PageName, type Route } from './app/router.js';
import { setLang, t } from './i18n/i18n.js';
import { rememberedLang, resolveLang } from './i18n/lang-choice.js';
import { comparePage } from './pages/explore/compare-page.js';
import { homePage } from './pages/home-page.js';
import { mapPage } from './pages/explore/map-page.js';
import { loginPage } from './pages/admin/login-page.js';
import { networkPage } from './pages/network/network-page.js';
import { linksPage } from './pages/network/links-page.js';
import { followUpPage } from './pages/visit/follow-up-page.js';
import { nextRegionPage } from './pages/next-region/next-region-page.js';
import { errorPage } from './pages/error-page.js';
import { notFoundPage } from './pages/not-found-page.js';
import { practiceEditPage, practiceNewPage } from './pages/practice/practice-edit-page.js';
import { practicesPage } from './pages/practice/practices-page.js';
import { regionPage } from './pages/region/region-page.js';
import {
  contactPointEditPage,
  contactPointNewPage,
  fundEditPage,
  fundNewPage,
} from './pages/sme/sme-content-page.js';
import { smePage } from './pages/sme/sme-page.js';
import { auditPage } from './pages/admin/audit-page.js';
import { usersPage } from './pages/admin/users-page.js';
import { sourcesPage } from './pages/sources-page.js';
import { visitPage } from './pages/visit/visit-page.js';
import { visitsPage } from './pages/visit/visits-page.js';
import { h, replace } from './ui/dom.js';
import { layout } from './ui/layout.js';

const PAGES: Readonly<Record<PageName, (route: Route) => Promise<PageView>>> = {
  home: homePage,
  map: mapPage,
  region: regionPage,
  compare: comparePage,
  network: networkPage,
  links: linksPage,
  practices: practicesPage,
  'practice-new': practiceNewPage,
  practice: practiceEditPage,
  visits: visitsPage,
  visit: visitPage,
  'follow-up': followUpPage,
  'next-region': nextRegionPage,
  sme: smePage,
  'contact-point-new': contactPointNewPage,
  'contact-point': contactPointEditPage,
  'fund-new': fundNewPage,
  fund: fundEditPage,
  sources: sourcesPage,
  login: loginPage,
  users: usersPage,
  audit: auditPage,
  'not-found': () => Promise.resolve(notFoundPage()),
};

const root = document.getElementById('app')!;
let renderCount = 0;

/**
 * Renders the page for a URL into the frame. After a link or back/forward, focus goes to the new
 * page's heading (so screen readers announce it); after a form control changed the URL, focus
 * stays on that control.
 */
async function render(url: URL, how: 'link' | 'control' | 'history'): Promise<void> {
  const token = ++renderCount;
  const focusedId = how === 'control' ? document.activeElement?.id : undefined;
  setLang(resolveLang(url.searchParams, rememberedLang()));
  showLangInAddress(url);
  const route = routeOf(url);
  const main = h('main', { id: 'inhoud', class: 'rk-main', tabindex: -1, 'aria-busy': 'true' });
  main.append(
    h('p', { class: 'utrecht-paragraph rk-loading', role: 'status' }, t('common.loading')),
  );
  replace(root, ...layout(route.name, url, main));
  let view: PageView;
  try {
    view = await PAGES[route.name](route);
  } catch (error) {
    view =
      error instanceof ApiError && error.status === 404
        ? notFoundPage(notFoundDetail(route.name, route.params[0]))
        : errorPage(error);
  }
  if (token !== renderCount) return;
  main.replaceChildren(view.content);
  main.removeAttribute('aria-busy');
  document.title = `${view.title} – Regiokracht`;
  document.body.dataset.page = route.name;
  document.body.dataset.ready = String(token);
  const focusTarget = focusedId ? document.getElementById(focusedId) : null;
  if (focusTarget) {
    focusTarget.focus();
  } else if (how !== 'control' || !focusedId) {
    if (url.hash) {
      document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
    } else if (token > 1) {
      const heading = main.querySelector('h1');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
      window.scrollTo(0, 0);
    }
  }
  if (route.name === 'home') performance.mark('regiokracht:home-rendered');
}

startRouter((url, how) => void render(url, how));

/**
 * When the page is in English because the user chose it earlier, the address says so too, so
 * that it can be shared or bookmarked as it is seen.
 */
function showLangInAddress(url: URL): void {
  if (url.searchParams.has('lang') || rememberedLang() !== 'en') return;
  url.searchParams.set('lang', 'en');
  window.history.replaceState(window.history.state, '', url);
}

/**
 * What a missing record means, in the page's language: a region by its code, a visit or a good
 * practice by its id, else the general text. The server's own words name command-line tools and
 * are in English, so they are not shown here.
 */
function notFoundDetail(page: string, param: string | undefined): string {
  if (param && (page === 'region' || page === 'network' || page === 'links'))
    return t('notfound.region', { code: param.toUpperCase() });
  if (param && page === 'visit') return t('notfound.visit', { id: param });
  if (param && page === 'practice') return t('notfound.practice', { id: param });
  return t('notfound.text');
}
