import { msg } from './define.js';

/** Problems and notices of `siap batch`. */
export const batchMessages = {
  BATCH_PLACEHOLDER: msg('belum dipakai', 'not used yet'),
};
