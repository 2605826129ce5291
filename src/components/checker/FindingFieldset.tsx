import type { Finding, FindingId, FindingLevel } from '../../rules/index.ts';

interface Props {
  kind: FindingLevel;
  legend: string;
  hint: string;
  findings: readonly Finding[];
  selected: ReadonlySet<FindingId>;
  onToggle: (id: FindingId, checked: boolean) => void;
  idPrefix: string;
}

const GROUP_TITLES = { reported: 'The client reports', observed: 'You find on assessment' } as const;

/** One group of findings (the signs of one urgency level, or the clues), split by who brings each. */
export function FindingFieldset({ kind, legend, hint, findings, selected, onToggle, idPrefix }: Props) {
  const hintId = `${idPrefix}-${kind}-hint`;
  return (
    <fieldset className={`finding-group finding-group--${kind}`} aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p className="finding-group__hint" id={hintId}>{hint}</p>
      {(['reported', 'observed'] as const).map((group) => {
        const inGroup = findings.filter((f) => f.group === group);
        if (inGroup.length === 0) return null;
        return (
          <div key={group} className="finding-subgroup">
            <p className="finding-subgroup__title">{GROUP_TITLES[group]}</p>
            <ul>
              {inGroup.map((finding) => {
                const inputId = `${idPrefix}-${finding.id}`;
                return (
                  <li key={finding.id}>
                    <input
                      type="checkbox"
                      id={inputId}
                      name="finding"
                      value={finding.id}
                      checked={selected.has(finding.id)}
                      onChange={(event) => onToggle(finding.id, event.currentTarget.checked)}
                      aria-describedby={`${inputId}-why`}
                    />
                    <label htmlFor={inputId}>{finding.label}</label>
                    <span className="finding__why" id={`${inputId}-why`}>{finding.explanation}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </fieldset>
  );
}
