/** Remembers a pure function's result per key: the geometry behind routes and diagrams is costly and never changes. */
export function memoByKey<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}
