/** The numbered entrapment sites as buttons, matching the numbered markers in the view. */
import { ENTRAPMENT_SITES, type SiteId } from '../../data/variants/entrapment.ts';
import type { Selection } from '../../data/variants/share-state.ts';

interface Props {
  selection: Selection;
  onSelect: (id: SiteId) => void;
}

export function SiteList({ selection, onSelect }: Props) {
  return (
    <ol className="v3d-list v3d-list--sites">
      {ENTRAPMENT_SITES.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            className="v3d-pick"
            aria-pressed={selection?.kind === 'site' && selection.id === s.id}
            onClick={() => onSelect(s.id)}
          >
            <span className="v3d-pick__number" aria-hidden="true">
              {s.number}
            </span>
            <span className="visually-hidden">Site {s.number}: </span>
            {s.title}
            {selection?.kind === 'site' && selection.id === s.id && (
              <span className="v3d-pick__tick" aria-hidden="true">
                ✓
              </span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}
