/**
 * The zip downloads of the assign page (SCORM 1.2, SCORM 2004, QTI 2.1), loaded only when one is
 * asked for: this module brings fflate, the package builders and the package styles, none of
 * which the page needs at start. The SCORM player is its own build (Vite's worker build bundles it
 * with everything it imports into one classic script); its file is fetched from the site and
 * copied into the zip.
 */
import { strToU8, zipSync } from 'fflate';
import playerUrl from '../scorm-player/player.ts?worker&url';
import tokens from '../../styles/tokens.css?raw';
import quizStyles from '../../components/quiz/quiz.css?raw';
import packageStyles from '../scorm-player/package.css?raw';
import { qtiPackageFiles } from '../../quiz/qti/qti.ts';
import { scormPackageFiles } from '../../quiz/scorm/package.ts';
import type { ScormVersion } from '../../quiz/scorm/manifest.ts';
import type { CaseQuiz } from '../../quiz/types.ts';

let player: Promise<string> | undefined;

function playerScript(): Promise<string> {
  player ??= fetch(playerUrl).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`the player script answered ${response.status}`))));
  player.catch(() => (player = undefined));
  return player;
}

export function zipFiles(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), { level: 9 });
}

export async function scormZip(scorm: ScormVersion, title: string, passMark: number, quizzes: readonly CaseQuiz[], siteUrl: string): Promise<Uint8Array> {
  const files = scormPackageFiles({
    scorm,
    title,
    passMark,
    siteUrl,
    quizzes,
    playerScript: await playerScript(),
    styles: [tokens, packageStyles, quizStyles].join('\n'),
  });
  return zipFiles(files);
}

export function qtiZip(quizzes: readonly CaseQuiz[], siteUrl: string): Uint8Array {
  return zipFiles(qtiPackageFiles(quizzes, siteUrl));
}
