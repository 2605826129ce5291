import { getFinding, type TriageResult } from '../../rules/index.ts';
import { UrgencyBanner } from './UrgencyBanner.tsx';

interface Props {
  result: TriageResult;
  /** Heading level of the panel's own headings (one below the checker's "Decision" heading). */
  level: 3 | 4;
}

const RULE_KIND_LABELS = { emergency: 'Emergency sign', urgent: 'Urgent sign', refer: 'Referral sign', review: 'Review', precaution: 'Precaution' } as const;

/** The decision: urgency, the rules behind it, the likely sources and what to do, each linked to its lesson. */
export function ResultPanel({ result, level }: Props) {
  const Sub = level === 3 ? 'h3' : 'h4';
  return (
    <div className="result">
      <UrgencyBanner urgency={result.urgency} level={level} />
      <section aria-label="What to do">
        <Sub>What to do</Sub>
        <p className="result__summary">{result.advice.summary}</p>
        <ol className="result__steps">
          {result.advice.steps.map((step) => <li key={step}>{step}</li>)}
        </ol>
      </section>
      {result.rules.length > 0 && (
        <section aria-label="Why">
          <Sub>Why</Sub>
          <ul className="result__rules">
            {result.rules.map((rule) => (
              <li key={rule.id} data-rule={rule.id} className={`rule rule--${rule.level}`}>
                <span className="rule__kind">{RULE_KIND_LABELS[rule.level]}</span>
                <span>{rule.message} <a href={rule.lesson}>Learn more</a></span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Likely sources">
        <Sub>Likely sources</Sub>
        {result.likelySources.length === 0 ? (
          <p className="result__none">No clue ticked yet points to a source.</p>
        ) : (
          <>
            <p className="result__caveat">Clues to discuss and check, not a diagnosis.</p>
            <ol className="result__sources">
              {result.likelySources.map((source) => (
                <li key={source.id} data-source={source.id}>
                  <a href={source.lesson}>{source.label}</a>
                  <span className="source__clues">
                    {' '}because of: {source.clues.map((id) => getFinding(id).label.toLowerCase()).join('; ')}
                    {source.against.length > 0 && `; against it: ${source.against.map((id) => getFinding(id).label.toLowerCase()).join('; ')}`}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
