import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { findingsAtLevel, triage, URGENCY, type FindingId } from '../../rules/index.ts';
import { FindingFieldset } from './FindingFieldset.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { SessionsInput } from './SessionsInput.tsx';
import './checker.css';

interface Props {
  /** 2 on the checker's own page, 3 when embedded under a lesson's h2. */
  headingLevel?: 2 | 3;
}

// Each level's hint is its action from the rules, so the checker says what the card and lessons say.
const GROUPS = [
  { kind: 'emergency', legend: 'Emergency signs', hint: `Any one of these: ${URGENCY.emergency.action}` },
  { kind: 'urgent', legend: 'Urgent signs: same day', hint: `Any one of these: ${URGENCY.urgent.action}` },
  { kind: 'refer', legend: 'Referral signs', hint: `Any one of these: ${URGENCY.refer.action}` },
  { kind: 'clue', legend: 'Clues to the source', hint: 'These do not change the urgency; they point to where symptoms may come from.' },
] as const;

/**
 * The red-flag checker. Nothing ticked here is stored or sent anywhere: the decision is computed
 * in the page by the same rules module the quizzes and the printable card use.
 */
export default function RedFlagChecker({ headingLevel = 2 }: Props) {
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [selected, setSelected] = useState<ReadonlySet<FindingId>>(new Set());
  const [sessions, setSessions] = useState<number | undefined>(undefined);
  const [resets, setResets] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => setHydrated(true), []);

  const result = useMemo(() => triage({ findings: [...selected], sessionsWithoutImprovement: sessions }), [selected, sessions]);
  const isEmpty = selected.size === 0 && sessions === undefined;

  // Read out the decision politely when it changes, not on every keystroke that leaves it the same.
  const spoken = isEmpty ? '' : `Urgency: ${URGENCY[result.urgency].label}. ${result.rules.length} reason${result.rules.length === 1 ? '' : 's'}.`;
  useEffect(() => {
    if (hydrated) setAnnouncement(spoken);
  }, [spoken, hydrated]);

  function toggle(id: FindingId, checked: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function startOver() {
    setSelected(new Set());
    setSessions(undefined);
    setResets((n) => n + 1);
    setAnnouncement('Cleared. Nothing is ticked.');
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const resultId = `${idPrefix}-result`;
  return (
    <div className="checker" data-checker data-hydrated={hydrated ? 'true' : undefined}>
      {!hydrated && (
        <p className="checker__no-js">
          The checker works out the decision in your browser once its script has loaded. The full list of red flags
          and what to do for each is below the checker, and on the printable card.
        </p>
      )}
      <form ref={formRef} className="checker__form" onSubmit={(event) => event.preventDefault()} aria-label="Findings">
        {GROUPS.map((group) => (
          <FindingFieldset
            key={group.kind}
            kind={group.kind}
            legend={group.legend}
            hint={group.hint}
            findings={findingsAtLevel(group.kind)}
            selected={selected}
            onToggle={toggle}
            idPrefix={idPrefix}
          />
        ))}
        <SessionsInput key={resets} id={`${idPrefix}-sessions`} value={sessions} onChange={setSessions} />
        <button type="button" className="button button--quiet checker__reset" onClick={startOver}>
          Start over
        </button>
      </form>
      <section className="checker__result" id={resultId} aria-labelledby={`${resultId}-title`}>
        <Heading id={`${resultId}-title`} className="checker__result-title">Decision</Heading>
        {isEmpty ? (
          <p className="checker__empty">Tick what the client reports and what you find. The decision appears here as you go.</p>
        ) : (
          <ResultPanel result={result} level={headingLevel === 2 ? 3 : 4} />
        )}
        <p className="checker__privacy">Nothing you tick leaves this page or is saved.</p>
      </section>
      {!isEmpty && (
        <a className="checker__jump" href={`#${resultId}`} data-urgency={result.urgency}>
          {URGENCY[result.urgency].label}: see the decision
        </a>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </div>
  );
}
