import { msg } from './define.js';

/** Problems and notices of `siap compare`. */
export const compareMessages = {
  COMPARE_PLACEHOLDER: msg('belum dipakai', 'not used yet'),
};
