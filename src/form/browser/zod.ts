import { array, boolean, enum as enumOf, literal, looseObject, null as nullOf, number, record, strictObject, string, union } from 'zod';

/**
 * The part of zod the form uses (the answers schema), for the browser bundle only: esbuild keeps
 * every zod locale (260 KB) when code imports the whole `z` namespace, and named imports let it
 * drop what is not used. The build aliases `zod` to this module for the form (see package.json).
 */
export const z = { array, boolean, enum: enumOf, literal, looseObject, null: nullOf, number, record, strictObject, string, union };
