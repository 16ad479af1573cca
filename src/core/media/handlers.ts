import type { HandlersFor } from '../context';
import type { MediaMethod } from '../../shared/api/names-types';

/** Product photo methods (issue #3). */
export const mediaHandlers = {} satisfies HandlersFor<MediaMethod>;
