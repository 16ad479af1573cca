import { useSyncExternalStore } from 'react';

/** The in-app screens reachable by URL hash (`#/products`). No router package: six sections. */
export const SECTIONS = ['products', 'accessibility', 'moderation', 'dashboards', 'sync', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];
/** `welcome` is the full-screen first-run flow, reachable again from the Products empty state. */
export type Route = Section | 'welcome';

export const DEFAULT_ROUTE: Section = 'products';

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  if (name === 'welcome') return name;
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : DEFAULT_ROUTE;
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
  };
}

export function navigate(route: Route) {
  const hash = `#/${route}`;
  if (window.location.hash === hash) return;
  window.location.hash = hash;
  // Some environments dispatch `hashchange` late (or never); render the new route now.
  for (const listener of listeners) listener();
}

export function useRoute(): Route {
  return useSyncExternalStore(
    subscribe,
    () => parseRoute(window.location.hash),
    () => DEFAULT_ROUTE,
  );
}
