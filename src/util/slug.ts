/** `Kabupaten Tanjung Permai` → `kabupaten-tanjung-permai`: ASCII, lower case, dashes, accents dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
