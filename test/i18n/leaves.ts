/** A message table's strings and sentence functions, by their dotted key (`certList.downloadZip`). */
export type Leaf = string | ((...args: unknown[]) => unknown);

export function leaves(table: object, prefix = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(table) as [string, unknown][]) {
    if (value && typeof value === 'object') for (const [k, v] of leaves(value, `${prefix}${key}.`)) found.set(k, v);
    else found.set(`${prefix}${key}`, value as Leaf);
  }
  return found;
}
