import type { MediaMethod } from '../names-types';
import type { ContractEntry } from '../contract-entry';

/** Product photos: import pipeline, gallery, alt text. */
export const mediaContract = {} as const satisfies Record<MediaMethod, ContractEntry>;
