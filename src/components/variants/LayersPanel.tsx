/** Show, ghost or hide each group of structures. */
import { LAYERS, LAYER_STATES, LAYER_STATE_LABEL, type LayerId, type LayerState, type Layers } from '../../data/variants/structures.ts';

interface Props {
  layers: Layers;
  idPrefix: string;
  onChange: (layer: LayerId, state: LayerState) => void;
  onReset: () => void;
}

export function LayersPanel({ layers, idPrefix, onChange, onReset }: Props) {
  return (
    <div className="v3d-layers">
      <ul className="v3d-list">
        {LAYERS.map((l) => {
          const id = `${idPrefix}-layer-${l.id}`;
          return (
            <li key={l.id} className="v3d-layers__row">
              <label htmlFor={id}>{l.label}</label>
              <select id={id} value={layers[l.id]} onChange={(e) => onChange(l.id, e.currentTarget.value as LayerState)}>
                {LAYER_STATES.map((s) => (
                  <option key={s} value={s}>
                    {LAYER_STATE_LABEL[s]}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
      <button type="button" className="v3d-button" onClick={onReset}>
        Reset layers
      </button>
    </div>
  );
}
