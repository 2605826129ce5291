/** @jsxImportSource preact */
import type { FindingId } from '../../rules/index.ts';
import type { CheckerGroup } from './checker-groups.ts';
import { UrgencyIcon } from './UrgencyIcon.tsx';

interface Props {
  group: CheckerGroup;
  selected: ReadonlySet<FindingId>;
  onToggle: (id: FindingId, checked: boolean) => void;
  idPrefix: string;
}

const GROUP_TITLES = { reported: 'The client reports', observed: 'You find on assessment' } as const;

/** One group of findings (one urgency level, or the clues), split by who brings each. */
export function FindingFieldset({ group, selected, onToggle, idPrefix }: Props) {
  const hintId = `${idPrefix}-${group.key}-hint`;
  return (
    <fieldset className={`finding-group finding-group--${group.key}`} aria-describedby={hintId} data-group={group.key}>
      <legend>
        {group.icon && <UrgencyIcon name={group.icon} />}
        {group.legend}
      </legend>
      <p className="finding-group__hint" id={hintId}>{group.hint}</p>
      {(['reported', 'observed'] as const).map((who) => {
        const inGroup = group.findings.filter((f) => f.group === who);
        if (inGroup.length === 0) return null;
        return (
          <div key={who} className="finding-subgroup">
            <p className="finding-subgroup__title">{GROUP_TITLES[who]}</p>
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
