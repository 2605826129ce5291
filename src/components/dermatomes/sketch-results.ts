/**
 * What each brush's strokes cover, drawn into the sketch panel: per brush, the roots touched with
 * their share and side, the share where the map is blank and any gluteus minimus referral overlap.
 * Text goes in as text (the checker's element builder); the swatches reuse the brush picker's patterns.
 */
import { rootLabel } from '../../data/dermatomes/types.ts';
import { h } from '../../browser/build-element.ts';
import { BRUSH_LABELS, type BrushId } from './brushes.ts';
import { percent, type BrushCoverage } from './sketch-state.ts';
import { svg } from './svg.ts';

const swatch = (patternId: string) =>
  svg('svg', { viewBox: '0 0 24 16', class: 'derm-legend__icon derm-legend__icon--wide', 'aria-hidden': 'true' },
    svg('rect', { x: 1, y: 1, width: 22, height: 14, rx: 2, fill: `url(#${patternId})`, class: 'derm-brush__frame' }));

const WHAT = 'Each percentage is the share of what you painted with that brush that lies in a root’s zone. Zones overlap '
  + 'at their edges, so one spot can count for two roots, and one brush’s shares can add up to more than 100%.';

function brushSection({ brush, coverage: c }: BrushCoverage, patternId: (brush: BrushId) => string): HTMLElement {
  const label = BRUSH_LABELS[brush];
  const roots = c.roots.length === 0 ? h('p', {}, 'No dermatome zone.') : h('ul', { class: 'derm-coverage' }, ...c.roots.map((r) => {
    const meter = h('span');
    meter.style.width = percent(Math.min(1, r.share));
    return h('li', { 'data-covered': r.root },
      h('span', { class: `derm-swatch derm-root-${r.root}`, 'aria-hidden': 'true' }),
      h('strong', {}, rootLabel(r.root)),
      `: ${percent(r.share)} of the ${label.toLowerCase()} painted (${r.sides.join(' and ')} side)`,
      h('span', { class: 'derm-meter', 'aria-hidden': 'true' }, meter));
  }));
  const { anterior, posterior } = c.referral;
  const referral = (anterior > 0 || posterior > 0) && h('p', {},
    'It also overlaps gluteus minimus referral',
    anterior > 0 && ` (${percent(anterior)} in the anterior fibres’ zone)`,
    posterior > 0 && ` (${percent(posterior)} in the posterior fibres’ zone)`,
    ': see Compare.');
  return h('section', { class: 'derm-coverage__brush', 'data-coverage-brush': brush, 'aria-label': `${label}: zones touched` },
    h('p', { class: 'derm-coverage__title' }, swatch(patternId(brush)), h('strong', {}, label), ' touches:'),
    roots,
    c.unmapped > 0 && h('p', {}, `${percent(c.unmapped)} lies where the map is blank (maps disagree there).`),
    referral);
}

export function renderCoverage(slot: HTMLElement, coverage: readonly BrushCoverage[], patternId: (brush: BrushId) => string): void {
  if (coverage.length === 0) return slot.replaceChildren(h('p', {}, 'Nothing painted yet.'));
  slot.replaceChildren(h('p', { class: 'derm-coverage__what', 'data-coverage-what': '' }, WHAT), ...coverage.map((c) => brushSection(c, patternId)));
}
