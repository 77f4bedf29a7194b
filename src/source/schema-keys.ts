/**
 * The keys a schema allows at one place of a document (`answers.S1.3` → value, na, note, evidence,
 * panel), for "did you mean" hints that offer only keys that are valid where the unknown one was
 * written. Reads zod 4's schema definitions (`_zod.def`, the surface zod documents for tools)
 * without importing zod, so the browser form can use it too.
 */

interface SchemaDef {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  valueType?: Schema;
  options?: Schema[];
  getter?: () => Schema;
  in?: Schema;
}

interface Schema {
  _zod: { def: SchemaDef };
}

function defOf(schema: unknown): SchemaDef | undefined {
  const def = (schema as Partial<Schema> | null | undefined)?._zod?.def;
  return def && typeof def.type === 'string' ? def : undefined;
}

/** A schema with its wrappers (optional, nullable, lazy, unions…) taken off: the schemas a value may match. */
function concrete(schema: Schema, depth = 0): Schema[] {
  const def = defOf(schema);
  if (!def || depth > 20) return [];
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return def.innerType ? concrete(def.innerType, depth + 1) : [];
    case 'lazy':
      return def.getter ? concrete(def.getter(), depth + 1) : [];
    case 'pipe':
      return def.in ? concrete(def.in, depth + 1) : [];
    case 'union':
      return (def.options ?? []).flatMap((option) => concrete(option, depth + 1));
    default:
      return [schema];
  }
}

function childrenAt(schema: Schema, segment: PropertyKey): Schema[] {
  const def = schema._zod.def;
  if (def.type === 'object' && typeof segment === 'string') {
    const child = def.shape?.[segment];
    return child ? [child] : [];
  }
  if (def.type === 'record' && def.valueType) return [def.valueType];
  if (def.type === 'array' && typeof segment === 'number' && def.element) return [def.element];
  return [];
}

/** Every key an object at `path` may have under `schema` (empty when no object belongs there). */
export function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let here = concrete(schema as Schema);
  for (const segment of path) here = here.flatMap((s) => childrenAt(s, segment)).flatMap((s) => concrete(s));
  const keys = here.flatMap((s) => (s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape ?? {}) : []));
  return [...new Set(keys)].filter((key) => key !== '$schema');
}
