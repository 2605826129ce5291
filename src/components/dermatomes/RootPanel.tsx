/** The facts of the selected root: skin, key point, key muscle, reflex, disc, sciatic share, lessons. */
import { rootById, rootLabel, type RootId, type Side } from '../../data/dermatomes/index.ts';

interface Props {
  root: RootId | null;
  side: Side | null;
  headingLevel: 2 | 3;
}

export function RootPanel({ root, side, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (!root) {
    return (
      <div className="derm-panel derm-panel--empty" data-panel="empty">
        <Heading className="derm-panel__title">Pick a zone</Heading>
        <p>
          Select a zone on the map, or a root button above, to see where that root is felt on the skin, its key
          sensory point, the muscle and reflex that test it and the disc that usually presses on it.
        </p>
      </div>
    );
  }
  const facts = rootById(root);
  return (
    <div className="derm-panel" data-panel={root}>
      <Heading className="derm-panel__title">
        <span className="derm-swatch" style={{ background: `var(--derm-${root})` }} aria-hidden="true" />
        {rootLabel(root)} dermatome{side ? <span className="derm-panel__side">, {side} side selected</span> : null}
      </Heading>
      <dl className="derm-facts">
        <dt>Skin area</dt>
        <dd>{facts.skin}</dd>
        <dt>Key sensory point</dt>
        <dd>{capitalise(facts.keyPoint.name)}. {facts.keyPoint.detail}</dd>
        <dt>Key muscle</dt>
        <dd>
          {facts.keyMuscle ? (
            <>
              {facts.keyMuscle.group} (mainly {facts.keyMuscle.example}). <span className="derm-facts__how">How it is tested:</span>{' '}
              {facts.keyMuscle.test}
            </>
          ) : (
            'None in the standard exam.'
          )}
        </dd>
        <dt>Reflex</dt>
        <dd>{facts.reflex ? <>{facts.reflex.name}. {facts.reflex.note}</> : 'None routinely tested.'}</dd>
        <dt>Disc that usually presses on it</dt>
        <dd>{facts.disc.text}</dd>
        <dt>In the sciatic nerve</dt>
        <dd>{facts.sciatic.text}</dd>
      </dl>
      {facts.redFlag && (
        <p className="derm-flag">
          <strong>Red flag: </strong>
          {facts.redFlag} <a href="/red-flags/">Red flags at a glance</a>
        </p>
      )}
      <p className="derm-panel__lessons">
        <span>In the lessons:</span>{' '}
        {facts.lessons.map((link, i) => (
          <span key={link.href}>
            {i > 0 && ' · '}
            <a href={link.href}>{link.label}</a>
          </span>
        ))}
      </p>
      <p className="derm-panel__source">
        Skin areas vary between people. Key point and key muscle: <a href="/references/#ref-isncsci-2019">ASIA 2019</a>.
      </p>
    </div>
  );
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
