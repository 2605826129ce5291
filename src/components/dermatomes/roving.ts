/**
 * Arrow-key moves between a view's zones: up and down go through the roots on the same half of the
 * drawing, left and right jump to the same root on the other half, Home and End to the first and
 * last root. Pure, so it is tested without a browser.
 */
export interface RovingItem { root: string; placement: 'viewer-left' | 'viewer-right' }

/** Index of the item an arrow key leads to from `index`, or undefined when there is none that way. */
export function rovingStep(items: readonly RovingItem[], index: number, key: string): number | undefined {
  const current = items[index];
  if (!current) return undefined;
  const same = items.flatMap((item, i) => (item.placement === current.placement ? [i] : []));
  const pos = same.indexOf(index);
  switch (key) {
    case 'ArrowDown': return same[pos + 1];
    case 'ArrowUp': return same[pos - 1];
    case 'Home': return same[0];
    case 'End': return same.at(-1);
    case 'ArrowLeft':
    case 'ArrowRight': {
      const wanted = key === 'ArrowLeft' ? 'viewer-left' : 'viewer-right';
      if (current.placement === wanted) return undefined;
      const twin = items.findIndex((item) => item.root === current.root && item.placement === wanted);
      return twin >= 0 ? twin : undefined;
    }
    default: return undefined;
  }
}
