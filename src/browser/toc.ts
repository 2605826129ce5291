// The lesson's "On this page" list: opens by itself where it stands beside the text, and marks
// the section being read with aria-current="location" (a bar and bold text, not colour alone).
import { openWhenWide } from './open-when-wide.ts';

/** A section counts as being read once its heading has passed this far down the window. */
const READING_LINE = 0.3;

export function startToc(): void {
  const nav = document.querySelector<HTMLElement>('[data-toc]');
  const details = nav?.querySelector<HTMLDetailsElement>('[data-toc-details]');
  if (!nav || !details) return;
  openWhenWide(details, '(min-width: 72rem)');

  const links = [...nav.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
  const sections = links
    .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((s): s is { link: HTMLAnchorElement; heading: HTMLElement } => s.heading !== null);
  if (sections.length === 0) return;

  let current: HTMLAnchorElement | undefined;
  const mark = () => {
    const line = window.innerHeight * READING_LINE;
    let reading: HTMLAnchorElement | undefined;
    for (const { link, heading } of sections) {
      if (heading.getBoundingClientRect().top <= line) reading = link;
      else break;
    }
    if (reading === current) return;
    current?.removeAttribute('aria-current');
    reading?.setAttribute('aria-current', 'location');
    current = reading;
  };
  let queued = false;
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      mark();
    });
  };
  window.addEventListener('scroll', queue, { passive: true });
  window.addEventListener('resize', queue);
  mark();
}
