/** @jsxImportSource preact */
/** Compare mode: which layers the map shows, then the (static) text on telling referral from a root. */
import type { ComponentChildren } from 'preact';

/** Which layers compare mode draws. */
export interface CompareLayers { anterior: boolean; posterior: boolean; rootZones: boolean; otherZones: boolean }

interface Props {
  layers: CompareLayers;
  onLayers: (layers: CompareLayers) => void;
  headingLevel: 2 | 3;
  /** The patterns and the sign-by-sign table, rendered on the server. */
  children?: ComponentChildren;
}

const TOGGLES: readonly { key: keyof CompareLayers; label: string }[] = [
  { key: 'anterior', label: 'Anterior fibres’ referral (orange, dashed edge)' },
  { key: 'posterior', label: 'Posterior fibres’ referral (blue, dotted edge)' },
  { key: 'rootZones', label: 'L5 and S1 dermatomes' },
  { key: 'otherZones', label: 'Other dermatomes' },
];

export function ComparePanel({ layers, onLayers, headingLevel, children }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="derm-panel derm-compare">
      <Heading className="derm-panel__title">Gluteus minimus or a nerve root?</Heading>
      <fieldset className="derm-compare__layers">
        <legend>Show on the map</legend>
        {TOGGLES.map(({ key, label }) => (
          <label key={key} className="derm-check">
            <input type="checkbox" checked={layers[key]} data-layer={key} onChange={(e) => onLayers({ ...layers, [key]: e.currentTarget.checked })} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {children}
    </div>
  );
}
