import { msg } from './define.js';

/** Problems and notices of `siap report`. */
export const reportMessages = {
  REPORT_PLACEHOLDER: msg('belum dipakai', 'not used yet'),
};
