/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { parseSessionsText } from './sessions.ts';

interface Props {
  id: string;
  value: number | undefined;
  onChange: (sessions: number | undefined) => void;
}

/**
 * Sessions without improvement. Typing keeps whatever the therapist wrote on screen; only a valid
 * whole number reaches the decision, and anything else gets a message beside the field. The parent
 * remounts it (a new `key`) to clear it or to show a restored count.
 */
export function SessionsInput({ id, value, onChange }: Props) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | undefined>();
  return (
    <div className="sessions">
      <label htmlFor={id}>Sessions so far without measurable improvement</label>
      <p className="sessions__hint" id={`${id}-hint`}>
        Leave empty if you are not tracking this yet. At 3 the plan needs a review; from 4 the client needs referral.
      </p>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          const parsed = parseSessionsText(next);
          if (parsed.ok) {
            setError(undefined);
            onChange(parsed.value);
          } else {
            setError(parsed.error);
          }
        }}
      />
      {error && (
        <p className="sessions__error" id={`${id}-error`} role="alert">
          {error} The decision still uses {value === undefined ? 'no session count' : `${value}`}.
        </p>
      )}
    </div>
  );
}
