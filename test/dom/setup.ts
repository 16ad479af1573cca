/**
 * jsdom shims Mantine needs (after mantinedev/vite-template vitest.setup.mjs), plus a reset
 * of everything the app writes outside React: <html> attributes, URL, localStorage.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);
window.HTMLElement.prototype.scrollIntoView = () => {};

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserver;

afterEach(() => {
  cleanup();
  localStorage.clear();
  const root = document.documentElement;
  root.removeAttribute('lang');
  root.removeAttribute('dir');
  root.removeAttribute('data-mantine-color-scheme');
  delete root.dataset.appState;
  window.history.replaceState(null, '', '/');
});
