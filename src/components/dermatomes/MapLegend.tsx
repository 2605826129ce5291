/** The key to the map, and the note that names its sources and says that maps disagree. */
import { MAP_SOURCES, ROOT_IDS, rootLabel, type RootId } from '../../data/dermatomes/index.ts';

interface Props {
  uid: string;
  variant: 'roots' | 'hidden' | 'compare';
}

const COMPARE_ROOTS: readonly RootId[] = ['L5', 'S1'];

function KeyPointSymbol() {
  return (
    <svg viewBox="0 0 16 16" className="derm-legend__icon" aria-hidden="true">
      <circle cx="8" cy="8" r="5.5" className="derm-legend__kp" />
      <circle cx="8" cy="8" r="1.8" className="derm-legend__kp-dot" />
    </svg>
  );
}

function HatchSymbol({ uid, fibres }: { uid: string; fibres: 'anterior' | 'posterior' }) {
  const id = `${uid}-legend-${fibres}`;
  return (
    <svg viewBox="0 0 24 16" className="derm-legend__icon derm-legend__icon--wide" aria-hidden="true">
      <defs>
        <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform={`rotate(${fibres === 'anterior' ? 45 : -45})`}>
          <line x1="0" y1="0" x2="0" y2="5" className={`derm-hatch derm-hatch--${fibres}`} />
        </pattern>
      </defs>
      <rect x="1" y="1" width="22" height="14" rx="2" fill={`url(#${id})`} className={`derm-referral derm-referral--${fibres}`} />
    </svg>
  );
}

export function MapLegend({ uid, variant }: Props) {
  const roots = variant === 'compare' ? COMPARE_ROOTS : variant === 'roots' ? ROOT_IDS : [];
  return (
    <div className="derm-legend">
      <ul className="derm-legend__list">
        {roots.map((root) => (
          <li key={root}>
            <span className="derm-swatch derm-swatch--soft" style={{ background: `var(--derm-${root})` }} aria-hidden="true" />
            {rootLabel(root)}
          </li>
        ))}
        {variant === 'compare' && (
          <>
            <li><HatchSymbol uid={uid} fibres="anterior" /> Gluteus minimus, anterior fibres</li>
            <li><HatchSymbol uid={uid} fibres="posterior" /> Gluteus minimus, posterior fibres</li>
          </>
        )}
        <li><KeyPointSymbol /> Key sensory point (ISNCSCI)</li>
        {variant === 'hidden' && <li>Labels and colours are hidden until you answer.</li>}
      </ul>
    </div>
  );
}

/** Names the map's sources and says plainly that maps disagree; shown with every copy of the map. */
export function MapSourceNote() {
  return (
    <p className="derm-source-note">
      <strong>Maps disagree, and people vary.</strong> This is our own simplified drawing.{' '}
      {MAP_SOURCES.map((source, i) => (
        <span key={source.id}>
          <a href={`/references/#ref-${source.id}`}>{source.cite}</a> {source.finding}
          {i < MAP_SOURCES.length - 1 ? ' ' : ''}
        </span>
      ))}{' '}
      Zones here are soft and overlap at their edges; skin left blank is where maps disagree most. Trust the key points
      more than the borders.
    </p>
  );
}
