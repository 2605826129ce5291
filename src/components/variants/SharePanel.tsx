/** A link that reopens the viewer as it is now (type, layers, camera, selection), with a copy button. */
import { useState } from 'react';

export function SharePanel({ query }: { query: string }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const href = `/variants/?${query}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(href, window.location.origin).toString());
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="v3d-share">
      <a href={href} className="v3d-share__link">
        Link to this view
      </a>
      <button type="button" className="v3d-button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="v3d-share__status">
        {copied === 'done' ? 'Link copied.' : copied === 'failed' ? 'Could not copy: use the link instead.' : ''}
      </span>
    </div>
  );
}
