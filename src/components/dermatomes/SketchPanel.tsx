/** @jsxImportSource preact */
/** The "client's symptoms" sketch: the brush picker, undo/clear and what each brush's strokes cover, around the static texts. */
import type { ComponentChildren } from 'preact';
import { rootLabel } from '../../data/dermatomes/types.ts';
import { BRUSH_IDS, BRUSH_LABELS, BRUSH_SYMBOLS, isBrushId, type BrushId } from './brushes.ts';
import { BrushSwatch } from './BrushPattern.tsx';
import type { BrushCoverage } from './use-sketch.ts';

interface Props {
  idPrefix: string;
  coverage: readonly BrushCoverage[];
  strokes: number;
  brush: BrushId;
  onBrush: (brush: BrushId) => void;
  onUndo: () => void;
  onClear: () => void;
  headingLevel: 2 | 3;
  /** How to sketch, and the "clue, not a diagnosis" caveat: rendered on the server. */
  help?: ComponentChildren;
  caveat?: ComponentChildren;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function SketchPanel({ idPrefix, coverage, strokes, brush, onBrush, onUndo, onClear, headingLevel, help, caveat }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="derm-panel derm-sketch-panel">
      <Heading className="derm-panel__title">Sketch the client’s symptoms</Heading>
      {help}
      <fieldset className="derm-brushes">
        <legend>Brush</legend>
        {BRUSH_IDS.map((id) => (
          <label key={id} className="derm-brushes__option">
            <input
              type="radio"
              name={`${idPrefix}-brush`}
              value={id}
              checked={brush === id}
              onChange={(e) => { if (isBrushId(e.currentTarget.value)) onBrush(e.currentTarget.value); }}
            />
            <BrushSwatch id={`${idPrefix}-pick-${id}`} brush={id} />
            <span>{BRUSH_LABELS[id]} <span className="derm-brushes__symbol">({BRUSH_SYMBOLS[id]})</span></span>
          </label>
        ))}
      </fieldset>
      <div className="derm-find__actions">
        <button type="button" className="button button--quiet" onClick={onUndo} disabled={strokes === 0}>Undo</button>
        <button type="button" className="button button--quiet" onClick={onClear} disabled={strokes === 0}>Clear</button>
      </div>
      <div data-coverage>
        {coverage.length === 0 ? (
          <p>Nothing painted yet.</p>
        ) : (
          <>
            <p className="derm-coverage__what" data-coverage-what>
              Each percentage is the share of what you painted with that brush that lies in a root’s zone. Zones overlap
              at their edges, so one spot can count for two roots, and one brush’s shares can add up to more than 100%.
            </p>
            {coverage.map(({ brush: id, coverage: c }) => (
              <section key={id} className="derm-coverage__brush" data-coverage-brush={id} aria-label={`${BRUSH_LABELS[id]}: zones touched`}>
                <p className="derm-coverage__title">
                  <BrushSwatch id={`${idPrefix}-result-${id}`} brush={id} />
                  <strong>{BRUSH_LABELS[id]}</strong> touches:
                </p>
                {c.roots.length > 0 ? (
                  <ul className="derm-coverage">
                    {c.roots.map((r) => (
                      <li key={r.root} data-covered={r.root}>
                        <span className={`derm-swatch derm-root-${r.root}`} aria-hidden="true" />
                        <strong>{rootLabel(r.root)}</strong>: {percent(r.share)} of the {BRUSH_LABELS[id].toLowerCase()} painted ({r.sides.join(' and ')} side)
                        <span className="derm-meter" aria-hidden="true"><span style={{ width: percent(Math.min(1, r.share)) }} /></span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>No dermatome zone.</p>
                )}
                {c.unmapped > 0 && <p>{percent(c.unmapped)} lies where the map is blank (maps disagree there).</p>}
                {(c.referral.anterior > 0 || c.referral.posterior > 0) && (
                  <p>
                    It also overlaps gluteus minimus referral
                    {c.referral.anterior > 0 && <> ({percent(c.referral.anterior)} in the anterior fibres’ zone)</>}
                    {c.referral.posterior > 0 && <> ({percent(c.referral.posterior)} in the posterior fibres’ zone)</>}: see Compare.
                  </p>
                )}
              </section>
            ))}
          </>
        )}
      </div>
      {caveat}
    </div>
  );
}
