/**
 * One view of the body (front or back) as SVG: the outline, the soft dermatome zones, the key
 * sensory points and labels. Each zone is a focusable control; the view is one Tab stop and the
 * arrow keys move between zones (up/down through the roots, left/right across the midline).
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import {
  KEY_POINTS, MUSCLE_OUTLINE, REFERRAL_ZONES, SILHOUETTES, VIEW_SIZE, detailPath, regionsInView, rootLabel,
  type MapRegion, type RootId, type ViewId,
} from '../../data/dermatomes/index.ts';
import { SketchControl, SketchPaint, type SketchProps } from './SketchLayer.tsx';

export interface CompareLayers { anterior: boolean; posterior: boolean; rootZones: boolean; otherZones: boolean }

export interface BodyViewProps {
  view: ViewId;
  /** Prefix for ids inside the SVG, unique per map on the page. */
  uid: string;
  selectedRoot: RootId | null;
  /** Zones drawn with the "chosen" outline (in find-it mode, a wrong answer). */
  markedRoot?: RootId | null;
  /** Show root labels on the map (hidden while a find-it question is open). */
  showLabels: boolean;
  /** Name zones by place instead of root (find-it mode). */
  neutralNames: boolean;
  /** Compare mode layers, or null outside compare mode. */
  compare: CompareLayers | null;
  /** Sketch mode, or null when zones are controls. */
  sketch: SketchProps | null;
  onActivate: (region: MapRegion) => void;
}

const VIEW_NAME: Record<ViewId, string> = { anterior: 'Front view', posterior: 'Back view' };
const COMPARED: readonly RootId[] = ['L5', 'S1'];

/** The region reached from `index` by an arrow key, or undefined when there is none that way. */
function step(regions: readonly MapRegion[], index: number, key: string): number | undefined {
  const current = regions[index];
  if (!current) return undefined;
  const samePlacement = regions.map((r, i) => ({ r, i })).filter(({ r }) => r.placement === current.placement);
  const pos = samePlacement.findIndex(({ i }) => i === index);
  switch (key) {
    case 'ArrowDown': return samePlacement[pos + 1]?.i;
    case 'ArrowUp': return samePlacement[pos - 1]?.i;
    case 'Home': return samePlacement[0]?.i;
    case 'End': return samePlacement.at(-1)?.i;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const wanted = key === 'ArrowLeft' ? 'viewer-left' : 'viewer-right';
      if (current.placement === wanted) return undefined;
      const twin = regions.findIndex((r) => r.root === current.root && r.placement === wanted);
      return twin >= 0 ? twin : undefined;
    }
    default: return undefined;
  }
}

export function accessibleName(region: MapRegion, neutral: boolean): string {
  return neutral ? `Zone: ${region.place}, ${region.side} side` : `${rootLabel(region.root)} dermatome, ${region.side} ${region.part}`;
}

export function BodyView(props: BodyViewProps) {
  const { view, uid, selectedRoot, markedRoot, showLabels, neutralNames, compare, sketch, onActivate } = props;
  const regions = regionsInView(view);
  const [hot, setHot] = useState<string | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const hitRefs = useRef<(SVGPathElement | null)[]>([]);
  const { width, height } = VIEW_SIZE[view];
  const silhouette = SILHOUETTES[view];
  const id = (name: string) => `${uid}-${view}-${name}`;
  const interactive = sketch === null;

  const zoneOpacity = (root: RootId): string => {
    if (compare) {
      const shown = COMPARED.includes(root) ? compare.rootZones : compare.otherZones;
      return shown ? 'derm-fill--compare' : 'derm-fill--faint';
    }
    if (selectedRoot === root) return 'derm-fill--selected';
    return selectedRoot ? 'derm-fill--dim' : '';
  };

  const onKeyDown = (event: KeyboardEvent<SVGPathElement>, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(regions[index]!);
      return;
    }
    const next = step(regions, index, event.key);
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    hitRefs.current[next]?.focus();
  };

  return (
    <svg
      className="derm-view"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={VIEW_NAME[view]}
      data-view={view}
    >
      <defs>
        <clipPath id={id('body')}><path d={silhouette.fill} /></clipPath>
        <filter id={id('soft')} x="-5%" y="-5%" width="110%" height="110%">
          <feGaussianBlur stdDeviation="5" />
        </filter>
        <linearGradient id={id('fade')} x1="0" y1="34" x2="0" y2="84" gradientUnits="userSpaceOnUse">
          <stop offset="0" stopColor="#fff" stopOpacity="0" />
          <stop offset="1" stopColor="#fff" stopOpacity="1" />
        </linearGradient>
        <mask id={id('waist')} maskUnits="userSpaceOnUse" x="0" y="0" width={width} height={height}>
          <rect x="0" y="0" width={width} height={height} fill={`url(#${id('fade')})`} />
        </mask>
        <pattern id={id('hatch-anterior')} width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="9" className="derm-hatch derm-hatch--anterior" />
        </pattern>
        <pattern id={id('hatch-posterior')} width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
          <line x1="0" y1="0" x2="0" y2="9" className="derm-hatch derm-hatch--posterior" />
        </pattern>
      </defs>

      <g mask={`url(#${id('waist')})`} aria-hidden="true">
        <path className="derm-skin" d={silhouette.fill} />
        <g clipPath={`url(#${id('body')})`}>
          <g filter={`url(#${id('soft')})`}>
            {regions.map((region) => (
              <path
                key={region.id}
                d={region.d}
                className={`derm-fill ${zoneOpacity(region.root)} ${hot === region.id ? 'derm-fill--hot' : ''}`}
                style={{ fill: `var(--derm-${region.root})` }}
              />
            ))}
          </g>
          {compare && REFERRAL_ZONES.filter((z) => z.view === view && compare[z.fibres]).map((zone) => (
            <path
              key={zone.fibres}
              d={zone.d}
              className={`derm-referral derm-referral--${zone.fibres}`}
              fill={`url(#${id(`hatch-${zone.fibres}`)})`}
              data-referral={zone.fibres}
            />
          ))}
          {sketch && <SketchPaint strokes={sketch.strokes} view={view} />}
        </g>
        <path className="derm-details" d={detailPath(view)} />
        <path className="derm-edge" d={silhouette.edge} />
        {compare && view === 'posterior' && <path className="derm-muscle" d={MUSCLE_OUTLINE.d} />}
      </g>

      <g clipPath={`url(#${id('body')})`} className="derm-hits">
        {regions.map((region, index) => {
          const selected = selectedRoot === region.root;
          const marked = markedRoot === region.root;
          return (
            <path
              key={region.id}
              ref={(el) => { hitRefs.current[index] = el; }}
              d={region.d}
              className={`derm-hit${selected ? ' derm-hit--selected' : ''}${marked ? ' derm-hit--marked' : ''}`}
              data-root={region.root}
              data-side={region.side}
              data-region={region.id}
              {...(interactive
                ? {
                    role: 'button',
                    tabIndex: index === focusIndex ? 0 : -1,
                    'aria-label': accessibleName(region, neutralNames),
                    'aria-pressed': neutralNames ? undefined : selected,
                    onClick: () => { setFocusIndex(index); onActivate(region); },
                    onKeyDown: (e: KeyboardEvent<SVGPathElement>) => onKeyDown(e, index),
                    onFocus: () => { setFocusIndex(index); setHot(region.id); },
                    onBlur: () => setHot((h) => (h === region.id ? null : h)),
                    onPointerEnter: () => setHot(region.id),
                    onPointerLeave: () => setHot((h) => (h === region.id ? null : h)),
                  }
                : { 'aria-hidden': true })}
            />
          );
        })}
      </g>

      <g aria-hidden="true" className="derm-keypoints">
        {KEY_POINTS.filter((k) => k.view === view).map((k) => (
          <g key={`${k.root}-${k.side}`} className={selectedRoot === k.root ? 'derm-kp derm-kp--selected' : 'derm-kp'} data-key-point={k.root}>
            <circle cx={k.x} cy={k.y} r="5.5" />
            <circle cx={k.x} cy={k.y} r="1.8" className="derm-kp__dot" />
          </g>
        ))}
      </g>

      {showLabels && (
        <g aria-hidden="true" className="derm-labels">
          {regions.flatMap((region) => {
            const faint = compare && !(COMPARED.includes(region.root) ? compare.rootZones : compare.otherZones);
            if (faint) return [];
            return region.labels.map((label, i) => (
              <g key={`${region.id}-${i}`} className={selectedRoot === region.root ? 'derm-label derm-label--selected' : 'derm-label'}>
                {label.to && <line x1={label.x} y1={label.y} x2={label.to[0]} y2={label.to[1]} className="derm-leader" />}
                <text x={label.x} y={label.y}>{rootLabel(region.root)}</text>
              </g>
            ));
          })}
        </g>
      )}
      {compare && view === 'posterior' && (
        <g aria-hidden="true" className="derm-labels">
          {MUSCLE_OUTLINE.labels.map(([x, y]) => (
            <text key={x} x={x} y={y} className="derm-muscle-label">G. min.</text>
          ))}
        </g>
      )}
      {sketch && <SketchControl {...sketch} view={view} width={width} height={height} label={`Sketch area, ${VIEW_NAME[view].toLowerCase()}`} />}
      <text x={width / 2} y={18} className="derm-view-title" aria-hidden="true">{view === 'anterior' ? 'FRONT' : 'BACK'}</text>
      {view === 'posterior' && <text x={width / 2} y={1004} className="derm-view-note" aria-hidden="true">soles</text>}
    </svg>
  );
}
