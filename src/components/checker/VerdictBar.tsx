/** @jsxImportSource preact */
import { URGENCY, type Urgency } from '../../rules/index.ts';
import { UrgencyIcon } from './UrgencyIcon.tsx';

interface Props {
  /** Null until something is ticked. */
  urgency: Urgency | null;
  /** Id of the full decision, for the jump link. */
  decisionId: string;
}

/**
 * The verdict in one line, above the first questions and pinned to the top of the screen on phones
 * while the therapist works down the list, with a link to the full decision (what to do and why).
 */
export function VerdictBar({ urgency, decisionId }: Props) {
  if (urgency === null) {
    return (
      <div className="verdict verdict--empty" data-verdict="none">
        <p className="verdict__label">Verdict: nothing ticked yet</p>
        <p className="verdict__action">Start with the emergency questions below.</p>
      </div>
    );
  }
  const info = URGENCY[urgency];
  return (
    <div className={`verdict verdict--${urgency}`} data-verdict={urgency}>
      <p className="verdict__label">
        <UrgencyIcon name={urgency} />
        <span>Verdict: {info.label}</span>
      </p>
      <p className="verdict__action">
        {info.action} <a className="verdict__jump" href={`#${decisionId}`}>What to do and why</a>
      </p>
    </div>
  );
}
