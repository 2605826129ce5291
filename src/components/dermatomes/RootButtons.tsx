/** @jsxImportSource preact */
/** A row of root buttons, L1 to S4–5: quick picks in explore mode, answers in find-it mode. */
import { ROOT_IDS, rootLabel, type RootId } from '../../data/dermatomes/types.ts';

interface Props {
  label: string;
  pressed?: RootId | null;
  onPick: (root: RootId) => void;
  /** Show each root's colour swatch (hidden in find-it mode, where colour would give answers away). */
  swatches: boolean;
  disabled?: boolean;
}

export function RootButtons({ label, pressed, onPick, swatches, disabled }: Props) {
  return (
    <div className="derm-roots" role="group" aria-label={label}>
      {ROOT_IDS.map((root) => (
        <button
          key={root}
          type="button"
          className="derm-roots__button"
          data-root-button={root}
          aria-pressed={pressed === undefined ? undefined : pressed === root}
          disabled={disabled}
          onClick={() => onPick(root)}
        >
          {swatches && <span className={`derm-swatch derm-root-${root}`} aria-hidden="true" />}
          {rootLabel(root)}
        </button>
      ))}
    </div>
  );
}
