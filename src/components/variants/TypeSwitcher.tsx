/** The six types as one radio group: arrow keys move between them, as in any radio group. */
import { VARIANT_TYPES, type TypeId, type VariantType } from '../../data/variants/types.ts';

const SHORT: Record<VariantType['passage']['tibial'], string> = { above: 'above', through: 'through', below: 'below' };

/** "whole nerve below", "CF through, T below": where the divisions go, in a few words. */
export function passageSummary(t: VariantType): string {
  if (!t.divided) return `whole nerve ${SHORT[t.passage.tibial]}`;
  return `CF ${SHORT[t.passage.commonFibular]}, T ${SHORT[t.passage.tibial]}`;
}

interface Props {
  value: TypeId;
  name: string;
  onChange: (type: TypeId) => void;
}

export function TypeSwitcher({ value, name, onChange }: Props) {
  return (
    <fieldset className="v3d-types">
      <legend>Beaton &amp; Anson type</legend>
      <div className="v3d-types__options">
        {VARIANT_TYPES.map((t) => (
          <label key={t.id} className="v3d-type">
            <input type="radio" name={name} value={t.id} checked={t.id === value} onChange={() => onChange(t.id)} />
            <span className="v3d-type__letter">Type {t.id}</span>
            <span className="v3d-type__hint">{passageSummary(t)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
