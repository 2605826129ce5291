/** What the colours and patterns mean; each entry is named in words, so colour is never the only cue. */
export function Legend() {
  return (
    <ul className="v3d-legend" aria-label="Legend">
      <li>
        <span className="v3d-swatch v3d-swatch--tibial" aria-hidden="true" /> Tibial division: solid gold, label T
      </li>
      <li>
        <span className="v3d-swatch v3d-swatch--fibular" aria-hidden="true" /> Common fibular division: teal with two dark stripes along it (dashed in the diagram), label CF
      </li>
      <li>
        <span className="v3d-swatch v3d-swatch--trunk" aria-hidden="true" /> Undivided nerve (types A, D, F): one thick yellow trunk that parts lower down
      </li>
      <li>
        <span className="v3d-swatch v3d-swatch--muscle" aria-hidden="true" /> Muscle: red; piriformis the brightest
      </li>
      <li>
        <span className="v3d-swatch v3d-swatch--marker" aria-hidden="true">
          1
        </span>{' '}
        Numbered circle: an entrapment site
      </li>
    </ul>
  );
}
