/**
 * Every structure as a button, grouped by layer: the keyboard and screen-reader way to do what a
 * click in the 3D view does. Selecting here or there updates both.
 */
import type { Selection } from '../../data/variants/share-state.ts';
import { LAYERS, STRUCTURES, type StructureId } from '../../data/variants/structures.ts';

interface Props {
  selection: Selection;
  onSelect: (id: StructureId) => void;
}

export function StructureList({ selection, onSelect }: Props) {
  const groups = LAYERS.filter((l) => l.id !== 'sites').map((l) => ({ layer: l, items: STRUCTURES.filter((s) => s.layer === l.id) }));
  return (
    <ul className="v3d-list v3d-list--structures">
      {groups.map(({ layer, items }) => (
        <li key={layer.id}>
          <span className="v3d-list__group">{layer.label}</span>
          <ul>
            {items.map((s) => {
              const pressed = selection?.kind === 'structure' && selection.id === s.id;
              return (
                <li key={s.id}>
                  <button type="button" className="v3d-pick" aria-pressed={pressed} onClick={() => onSelect(s.id)}>
                    {s.name}
                    {pressed && (
                      <span className="v3d-pick__tick" aria-hidden="true">
                        ✓
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
