/**
 * The script inside a SCORM package (built on its own, with everything it imports, and copied into
 * the zip as player.js by the assign page). It reads the assignment from its launch page, runs it
 * with the same quiz engine as the site, and tells the LMS the score, pass or fail, completion and
 * every answer (src/quiz/scorm/report.ts says exactly what). Without an LMS (the page opened on its
 * own) the quiz still runs and says that nothing was recorded.
 */
import { runQuizSet } from '../quiz.ts';
import { connectLms, type Lms } from '../../quiz/scorm/lms-api.ts';
import { PACKAGE_DATA_ID, readPackageData, type PackageData } from '../../quiz/scorm/package.ts';
import { scormReport } from '../../quiz/scorm/report.ts';

function parseData(): PackageData | undefined {
  try {
    return readPackageData(JSON.parse(document.getElementById(PACKAGE_DATA_ID)?.textContent ?? ''));
  } catch {
    return undefined;
  }
}

/** Lesson links are site paths: inside the LMS they must go to the site itself, in a new tab. */
function pointLinksAtSite(root: HTMLElement, siteUrl: string): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
    link.href = `${siteUrl}${link.getAttribute('href')}`;
    link.target = '_blank';
    link.rel = 'noopener';
  }
}

function start(): void {
  const status = document.querySelector<HTMLElement>('[data-lms-status]')!;
  const container = document.querySelector<HTMLElement>('[data-package-quiz]')!;
  const data = parseData();
  if (!data) {
    status.textContent = 'This package is damaged: its questions could not be read. Ask your instructor to upload it again.';
    container.replaceChildren();
    return;
  }
  const lms: Lms | undefined = connectLms(window as never, data.scorm);
  const connected = lms?.initialize() ?? false;
  if (connected) {
    // Started but not finished, until "See my result".
    lms!.setAll(data.scorm === '1.2' ? [['cmi.core.lesson_status', 'incomplete']] : [['cmi.completion_status', 'incomplete']]);
    lms!.commit();
  }
  status.textContent = connected
    ? 'Connected to your course: your result is recorded when you press “See my result”.'
    : 'Not connected to a course (this page was opened on its own): you can do the quiz, but no score is recorded.';

  const questions = data.quizzes.flatMap((q) => q.questions);
  let terminated = false;
  const observer = new MutationObserver(() => pointLinksAtSite(container, data.siteUrl));
  observer.observe(container, { childList: true, subtree: true });
  runQuizSet(container, data.quizzes, {
    saveScores: false,
    html: { idPrefix: 'package', label: data.title },
    onComplete(result) {
      const report = scormReport(data.scorm, questions, result.answers, data.passMark);
      const verdict = `${report.right} of ${report.total} right (${report.percent}%): ${report.passed ? 'passed' : 'not passed'} (pass mark ${data.passMark}%).`;
      if (!connected || terminated) {
        status.textContent = `${verdict} Not recorded: this page is not connected to a course.`;
        return;
      }
      const refused = lms!.setAll(report.values);
      const committed = lms!.commit();
      status.textContent =
        refused.length === 0 && committed
          ? `${verdict} Sent to your course.`
          : `${verdict} Your course did not accept all of it (${refused.length} values refused); tell your instructor.`;
      document.documentElement.dataset.lmsReported = String(refused.length === 0 && committed);
    },
  });
  pointLinksAtSite(container, data.siteUrl);
  // Leaving the package ends the session; the LMS keeps what was committed.
  window.addEventListener('pagehide', () => {
    if (!connected || terminated) return;
    terminated = true;
    lms!.finish();
  });
  document.documentElement.dataset.packageReady = 'true';
}

start();
