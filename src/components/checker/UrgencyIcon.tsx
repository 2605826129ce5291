/** @jsxImportSource preact */
/**
 * The level icons, drawn once as inline SVG and used by the checker's banner and verdict bar and by
 * the printable card (rendered on the server there). A shape per level, so the level reads without
 * colour and on a black-and-white printout, and no emoji font is needed.
 */
import './urgency-icon.css';

export type IconName = 'emergency' | 'urgent' | 'refer' | 'in-scope' | 'sessions';

function Shape({ name }: { name: IconName }) {
  switch (name) {
    case 'emergency': // a stop sign with an exclamation mark
      return (
        <>
          <path d="M8.3 2h7.4L22 8.3v7.4L15.7 22H8.3L2 15.7V8.3Z" fill="currentColor" />
          <path d="M12 6.5v7" class="urgency-icon__on" stroke-width="2.6" stroke-linecap="round" />
          <circle cx="12" cy="17.3" r="1.5" class="urgency-icon__on-dot" />
        </>
      );
    case 'urgent': // a clock: the same day
      return (
        <>
          <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2.5" />
          <path d="M12 6.5V12l4 2.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
        </>
      );
    case 'refer': // an arrow out of a box: pass the client on
      return (
        <>
          <path d="M10 4H5a1 1 0 0 0-1 1v14a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-5" fill="none" stroke="currentColor" stroke-width="2.3" stroke-linecap="round" />
          <path d="M13 3h8v8M21 3l-9.5 9.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
        </>
      );
    case 'in-scope': // a tick in a circle
      return (
        <>
          <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="2.5" />
          <path d="m7.5 12.3 3 3 6-6.3" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
        </>
      );
    case 'sessions': // a circular arrow: sessions go round without change
      return (
        <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3M19.5 3.5v3.7h-3.7" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" />
      );
  }
}

/** Decorative: the level's name is always written beside it. */
export function UrgencyIcon({ name, className = 'urgency-icon' }: { name: IconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" class={className} data-icon={name} aria-hidden="true" focusable="false">
      <Shape name={name} />
    </svg>
  );
}
