/** The version of siap, printed by `siap --version` and stamped into every report. */
export const VERSION = '0.1.0';
