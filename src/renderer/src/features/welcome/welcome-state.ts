import { useSyncExternalStore } from 'react';

/** "Start with an empty store" is remembered per machine; it only hides the first-run screen. */
const DISMISSED_KEY = 'storekeeper.welcomeDismissed';
const listeners = new Set<() => void>();

export function isWelcomeDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

export function dismissWelcome() {
  try {
    localStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Without storage the welcome screen simply shows again next start.
  }
  for (const listener of listeners) listener();
}

/** Re-renders when the welcome screen is dismissed (the route may not change: `/` is already Products). */
export function useWelcomeDismissed(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isWelcomeDismissed,
    () => false,
  );
}
