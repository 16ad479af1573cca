import { useEffect } from 'react';

/** `<html data-app-state>`: the readiness marker e2e tests wait for. */
export type AppState = 'loading' | 'ready' | 'error';

export function setAppState(state: AppState) {
  document.documentElement.dataset.appState = state;
}

/** Marks the state once the calling screen has committed to the DOM. */
export function useAppStateMarker(state: AppState) {
  useEffect(() => setAppState(state), [state]);
}
