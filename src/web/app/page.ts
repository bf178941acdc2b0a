import type { Route } from './router.js';

/** What a page renders: its title (for the window and the h1) and its content. */
export interface PageView {
  readonly title: string;
  readonly content: Node;
}

/** A page: renders a route into a view. */
export type Page = (route: Route) => Promise<PageView>;
