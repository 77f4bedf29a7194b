import { msg } from './define.js';

/** Problems and notices of `siap assess`. */
export const assessMessages = {
  ASSESS_PLACEHOLDER: msg('belum dipakai', 'not used yet'),
};
