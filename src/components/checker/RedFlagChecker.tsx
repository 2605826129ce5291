/** @jsxImportSource preact */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { triage, URGENCY, type FindingId } from '../../rules/index.ts';
import { checkerGroups } from './checker-groups.ts';
import { FindingFieldset } from './FindingFieldset.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { SessionsInput } from './SessionsInput.tsx';
import { clearStoredCase, readStoredCase, tabStore, writeStoredCase } from './stored-case.ts';
import { useStickyDecision } from './use-sticky-decision.ts';
import { VerdictBar } from './VerdictBar.tsx';
import './checker.css';

interface Props {
  /** 2 on the checker's own page, 3 when embedded under a lesson's h2. */
  headingLevel?: 2 | 3;
}

const GROUPS = checkerGroups();

/**
 * The red-flag checker. The decision is computed in the page by the same rules module the quizzes
 * and the printable card use. What is ticked is kept for this browser tab only (stored-case.ts),
 * so a reload or a Back from a lesson link keeps it; nothing is sent anywhere.
 */
export default function RedFlagChecker({ headingLevel = 2 }: Props) {
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [selected, setSelected] = useState<ReadonlySet<FindingId>>(new Set());
  const [sessions, setSessions] = useState<number | undefined>(undefined);
  /** Remounts the sessions field (to clear it, or to show a restored count). */
  const [sessionsKey, setSessionsKey] = useState(0);
  const [hydrated, setHydrated] = useState(false);
  const [explain, setExplain] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [storeNote, setStoreNote] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLElement>(null);
  useStickyDecision(resultRef);

  // After hydration: bring back what was ticked in this tab, through the rules' strict parser.
  useEffect(() => {
    const stored = readStoredCase(tabStore());
    if (stored.kind === 'case') {
      setSelected(new Set(stored.value.findings));
      setSessions(stored.value.sessionsWithoutImprovement);
      setSessionsKey((n) => n + 1);
    } else if (stored.kind === 'unreadable') {
      clearStoredCase(tabStore());
      setStoreNote(`Earlier ticks kept in this tab could not be read (${stored.error}), so the checker starts empty.`);
    }
    setHydrated(true);
  }, []);

  // Keep the case for the tab as it changes (only after the restore above, or it would be wiped).
  useEffect(() => {
    if (hydrated) writeStoredCase(tabStore(), { findings: [...selected], sessionsWithoutImprovement: sessions });
  }, [hydrated, selected, sessions]);

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
    setSessionsKey((n) => n + 1);
    setStoreNote('');
    clearStoredCase(tabStore());
    setAnnouncement('Cleared. Nothing is ticked.');
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const resultId = `${idPrefix}-result`;
  const [first, ...rest] = GROUPS;
  return (
    <div className="checker" data-checker data-hydrated={hydrated ? 'true' : undefined} data-explain={explain ? 'on' : undefined}>
      {!hydrated && (
        <p className="checker__no-js">
          The checker works out the decision in your browser once its script has loaded. The full list of red flags
          and what to do for each is below the checker, and on the printable card.
        </p>
      )}
      <div className="checker__verdict">
        <VerdictBar urgency={isEmpty ? null : result.urgency} decisionId={resultId} />
      </div>
      <form ref={formRef} className="checker__form" onSubmit={(event) => event.preventDefault()} aria-label="Findings" autoComplete="off">
        {storeNote && <p className="checker__store-note" role="status">{storeNote}</p>}
        {first && <FindingFieldset group={first} selected={selected} onToggle={toggle} idPrefix={idPrefix} />}
        <button type="button" className="button button--quiet checker__explain" aria-pressed={explain} onClick={() => setExplain((on) => !on)}>
          Show what each sign means
        </button>
        {rest.map((group) => (
          <FindingFieldset key={group.key} group={group} selected={selected} onToggle={toggle} idPrefix={idPrefix} />
        ))}
        <SessionsInput key={sessionsKey} id={`${idPrefix}-sessions`} value={sessions} onChange={setSessions} />
        <button type="button" className="button button--quiet checker__reset" onClick={startOver}>
          Start over
        </button>
      </form>
      <section ref={resultRef} className="checker__result" id={resultId} aria-labelledby={`${resultId}-title`} tabIndex={-1}>
        <Heading id={`${resultId}-title`} className="checker__result-title">Decision</Heading>
        {isEmpty ? (
          <p className="checker__empty">Tick what the client reports and what you find. The decision appears here as you go.</p>
        ) : (
          <ResultPanel result={result} level={headingLevel === 2 ? 3 : 4} />
        )}
        <p className="checker__privacy">
          What you tick stays in this browser tab, so a reload or going back keeps it; closing the tab or “Start over”
          clears it. Nothing is sent anywhere.
        </p>
      </section>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </div>
  );
}
