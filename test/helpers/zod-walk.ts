import type { z } from 'zod';

/** One field of an API input: its path (array elements as '*') and its schema, wrappers included. */
export interface SchemaLeaf {
  path: string[];
  schema: z.ZodType;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  left?: z.ZodType;
  right?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  getter?: () => z.ZodType;
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/nullable/default wrappers and on the input side of transforms and codecs. */
function core(s: z.ZodType): z.ZodType {
  const def = defOf(s);
  if (WRAPPERS.has(def.type) && def.innerType) return core(def.innerType);
  if (def.type === 'pipe' && def.in) return core(def.in);
  if (def.type === 'lazy' && def.getter) return core(def.getter());
  return s;
}

function isStructural(s: z.ZodType): boolean {
  const def = defOf(core(s));
  if (def.type === 'object' || def.type === 'intersection' || def.type === 'array') return true;
  return def.type === 'union' && (def.options ?? []).some(isStructural);
}

/** Every field of a zod input schema, walking objects, intersections, arrays and unions of objects. */
export function schemaLeaves(schema: z.ZodType, path: string[] = []): SchemaLeaf[] {
  if (!isStructural(schema)) return [{ path, schema }];
  const def = defOf(core(schema));
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([k, v]) => schemaLeaves(v, [...path, k]));
    case 'intersection':
      return [...schemaLeaves(def.left!, path), ...schemaLeaves(def.right!, path)];
    case 'array':
      return schemaLeaves(def.element!, [...path, '*']);
    default:
      return (def.options ?? []).flatMap((o) => schemaLeaves(o, path));
  }
}
