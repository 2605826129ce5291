/** The six types as one radio group: arrow keys move between them, as in any radio group. */
import { VARIANT_TYPES, passageSummary, type TypeId } from '../../data/variants/types.ts';

interface Props {
  value: TypeId;
  name: string;
  /** One row of six (lesson embeds): the letters, with the route in a smaller line that may be cut on phones. */
  compact?: boolean;
  onChange: (type: TypeId) => void;
}

export function TypeSwitcher({ value, name, compact = false, onChange }: Props) {
  return (
    <fieldset className={compact ? 'v3d-types v3d-types--compact' : 'v3d-types'}>
      <legend>Beaton &amp; Anson type</legend>
      <div className="v3d-types__options">
        {VARIANT_TYPES.map((t) => (
          <label key={t.id} className="v3d-type">
            <input type="radio" name={name} value={t.id} checked={t.id === value} onChange={() => onChange(t.id)} />
            <span className="v3d-type__letter">
              {compact ? <span className="visually-hidden">Type </span> : 'Type '}
              {t.id}
            </span>
            <span className="v3d-type__hint">{passageSummary(t)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
