/** @jsxImportSource preact */
import { URGENCY, type Urgency } from '../../rules/index.ts';
import { UrgencyIcon } from './UrgencyIcon.tsx';

interface Props {
  urgency: Urgency;
  /** The heading level that fits where the checker sits on the page. */
  level: 3 | 4;
}

/** Urgency in words, an icon shape and a colour together, so colour is never the only cue. */
export function UrgencyBanner({ urgency, level }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const info = URGENCY[urgency];
  return (
    <div className={`urgency urgency--${urgency}`} data-urgency={urgency}>
      <UrgencyIcon name={urgency} className="urgency-icon urgency__icon" />
      <div>
        <Heading className="urgency__label">Urgency: {info.label}</Heading>
        <p className="urgency__action">{info.action}</p>
      </div>
    </div>
  );
}
