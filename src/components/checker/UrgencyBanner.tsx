import { URGENCY, type Urgency } from '../../rules/index.ts';

// Urgency in words, an icon shape and a colour together, so colour is never the only cue.
const ICONS: Record<Urgency, string> = { emergency: '⛔', urgent: '⚠', refer: '➜', 'in-scope': '✓' };

interface Props {
  urgency: Urgency;
  /** The heading level that fits where the checker sits on the page. */
  level: 3 | 4;
}

export function UrgencyBanner({ urgency, level }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const info = URGENCY[urgency];
  return (
    <div className={`urgency urgency--${urgency}`} data-urgency={urgency}>
      <span className="urgency__icon" aria-hidden="true">{ICONS[urgency]}</span>
      <div>
        <Heading className="urgency__label">Urgency: {info.label} <span className="urgency__timescale">({info.timescale})</span></Heading>
        <p className="urgency__action">{info.action}</p>
        <p className="urgency__treating"><strong>May I keep treating?</strong> {info.treating}</p>
      </div>
    </div>
  );
}
