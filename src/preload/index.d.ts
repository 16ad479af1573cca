import type { ApiBridge } from '../shared/api';

declare global {
  interface Window {
    /** Exposed by the sandboxed preload inside Electron; absent in a plain browser (HTTP host). */
    api?: ApiBridge;
  }
}

export {};
