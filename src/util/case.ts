/** `pilar` → `Pilar`: the first letter in upper case (Indonesian rules), the rest as written. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('id') + text.slice(1);
}
