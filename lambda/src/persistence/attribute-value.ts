/**
 * Plain JSON-like values to and from DynamoDB's typed AttributeValue wire
 * format, for the kinds of value progress holds: strings, finite numbers,
 * booleans, null, lists and maps. Undefined fields are dropped, as skill code
 * builds attributes with optional fields and DynamoDB refuses undefined.
 */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> };

export type AttributeMap = Record<string, AttributeValue>;

export function marshallMap(value: Record<string, unknown>): AttributeMap {
  const map: AttributeMap = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    map[key] = marshall(field, key);
  }
  return map;
}

export function marshall(value: unknown, path = 'value'): AttributeValue {
  if (value === null) return { NULL: true };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'boolean':
      return { BOOL: value };
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path}: DynamoDB cannot store ${value}`);
      return { N: String(value) };
    case 'object':
      if (Array.isArray(value)) {
        // JSON writes undefined in a list as null; do the same rather than shift the indexes.
        return { L: value.map((item: unknown, index) => marshall(item ?? null, `${path}[${index}]`)) };
      }
      return { M: marshallMap(value as Record<string, unknown>) };
    default:
      throw new TypeError(`${path}: DynamoDB cannot store a ${typeof value}`);
  }
}

export function unmarshallMap(map: AttributeMap): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(map)) value[key] = unmarshall(field);
  return value;
}

function unmarshall(value: AttributeValue): unknown {
  if ('S' in value) return value.S;
  if ('N' in value) return Number(value.N);
  if ('BOOL' in value) return value.BOOL;
  if ('NULL' in value) return null;
  if ('L' in value) return value.L.map(unmarshall);
  if ('M' in value) return unmarshallMap(value.M);
  // Sets and binaries are never written by this project; an item edited by hand may hold one.
  throw new TypeError(`Unsupported DynamoDB attribute type: ${Object.keys(value).join(', ')}`);
}
