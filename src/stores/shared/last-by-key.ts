/**
 * Keeps the last item of each key, in first-seen key order: one upsert statement may not touch a
 * row twice (PostgreSQL refuses), and "the last one wins" is what writing them one by one would do.
 * @module
 */
export const lastByKey = <T>(items: readonly T[], keyOf: (item: T) => string): readonly T[] => {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(keyOf(item), item);
  return byKey.size === items.length ? items : [...byKey.values()];
};
