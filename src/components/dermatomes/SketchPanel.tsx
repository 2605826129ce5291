/** @jsxImportSource preact */
/** The "client's symptoms" sketch: undo/clear and the roots the sketch covers, around the static texts. */
import type { ComponentChildren } from 'preact';
import type { SketchCoverage } from '../../data/dermatomes/coverage.ts';
import { rootLabel } from '../../data/dermatomes/types.ts';

interface Props {
  coverage: SketchCoverage;
  strokes: number;
  onUndo: () => void;
  onClear: () => void;
  headingLevel: 2 | 3;
  /** How to sketch, and the "clue, not a diagnosis" caveat: rendered on the server. */
  help?: ComponentChildren;
  caveat?: ComponentChildren;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function SketchPanel({ coverage, strokes, onUndo, onClear, headingLevel, help, caveat }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="derm-panel derm-sketch-panel">
      <Heading className="derm-panel__title">Sketch the client’s symptoms</Heading>
      {help}
      <div className="derm-find__actions">
        <button type="button" className="button button--quiet" onClick={onUndo} disabled={strokes === 0}>Undo</button>
        <button type="button" className="button button--quiet" onClick={onClear} disabled={strokes === 0}>Clear</button>
      </div>
      <div data-coverage>
        {coverage.samples === 0 ? (
          <p>Nothing painted yet.</p>
        ) : (
          <>
            <p>Your sketch touches these zones:</p>
            {coverage.roots.length > 0 ? (
              <ul className="derm-coverage">
                {coverage.roots.map((r) => (
                  <li key={r.root} data-covered={r.root}>
                    <span className={`derm-swatch derm-root-${r.root}`} aria-hidden="true" />
                    <strong>{rootLabel(r.root)}</strong>: {percent(r.share)} of the sketch ({r.sides.join(' and ')} side)
                    <span className="derm-meter" aria-hidden="true"><span style={{ width: percent(r.share) }} /></span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>No dermatome zone.</p>
            )}
            {coverage.unmapped > 0 && <p>{percent(coverage.unmapped)} lies where the map is blank (maps disagree there).</p>}
            {(coverage.referral.anterior > 0 || coverage.referral.posterior > 0) && (
              <p>
                It also overlaps gluteus minimus referral
                {coverage.referral.anterior > 0 && <> ({percent(coverage.referral.anterior)} in the anterior fibres’ zone)</>}
                {coverage.referral.posterior > 0 && <> ({percent(coverage.referral.posterior)} in the posterior fibres’ zone)</>}: see Compare.
              </p>
            )}
          </>
        )}
      </div>
      {caveat}
    </div>
  );
}
