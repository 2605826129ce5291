/**
 * The files of a SCORM package for one assignment: the launch page (index.html) with the
 * assignment's quizzes inside it as JSON, the player script, one stylesheet and imsmanifest.xml.
 * Everything the package needs is in it, so it runs offline in the LMS's frame; only the lesson
 * links in the feedback point back to the site (SITE_URL) and open in a new tab. Pure: the assign
 * page passes in the player script and the styles it fetched and zips the result.
 */
import { escapeHtml } from '../escape.ts';
import { readCaseQuiz } from '../quizzes-json.ts';
import type { CaseQuiz } from '../types.ts';
import { scormManifest, SCORM_VERSIONS, type ScormVersion } from './manifest.ts';

export const PACKAGE_DATA_FORMAT = 'sciatic-atlas/scorm-package';
export const PACKAGE_DATA_ID = 'package-data';
export const PLAYER_FILE = 'player.js';
export const STYLE_FILE = 'style.css';
export const LAUNCH_FILE = 'index.html';
export const MIN_PASS_MARK = 0;
export const MAX_PASS_MARK = 100;
export const DEFAULT_PASS_MARK = 70;

export interface PackageData {
  format: typeof PACKAGE_DATA_FORMAT;
  version: 1;
  scorm: ScormVersion;
  title: string;
  passMark: number;
  /** The site's address, for lesson links in the feedback. */
  siteUrl: string;
  quizzes: CaseQuiz[];
}

export interface PackageInput {
  scorm: ScormVersion;
  title: string;
  passMark: number;
  siteUrl: string;
  /** In the order students meet them. */
  quizzes: readonly CaseQuiz[];
  playerScript: string;
  styles: string;
}

/** Problems with a pass mark as typed (empty when it is a whole number from 0 to 100). */
export function passMarkProblems(raw: string): string[] {
  const text = raw.trim();
  if (!/^\d{1,3}$/.test(text) || Number(text) > MAX_PASS_MARK) {
    return [`The pass mark must be a whole number from ${MIN_PASS_MARK} to ${MAX_PASS_MARK} (a percentage of questions right).`];
  }
  return [];
}

/** JSON that can sit inside a <script> element: "<" written as \u003c so no "</script>" can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function launchPage(data: PackageData): string {
  const title = escapeHtml(data.title);
  const edition = data.scorm === '1.2' ? 'SCORM 1.2' : 'SCORM 2004';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${STYLE_FILE}">
</head>
<body>
<main class="package">
<p class="package__kicker">Case quiz assignment · Sciatic Atlas</p>
<h1>${title}</h1>
<p>Check each answer as you go: your first check of each question counts. At the end, “See my result” sends your score to your course (pass mark ${data.passMark}%).</p>
<p class="package__lms" role="status" data-lms-status>Connecting to your course…</p>
<div data-package-quiz><p>This quiz needs JavaScript.</p></div>
<p class="package__about">Made with Sciatic Atlas (${edition} package). Lesson links open the site in a new tab.</p>
</main>
<script type="application/json" id="${PACKAGE_DATA_ID}">${scriptJson(data)}</script>
<script src="${PLAYER_FILE}"></script>
</body>
</html>
`;
}

/** An XML ID for the manifest, the same for the same assignment (an LMS may match re-uploads by it). */
function packageIdentifier(data: PackageData): string {
  let hash = 0x811c9dc5;
  for (const ch of `${data.title}|${data.quizzes.map((q) => q.caseId).join(',')}`) {
    hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  }
  return `sciatic-atlas-${data.scorm.replace('.', '-')}-${hash.toString(16).padStart(8, '0')}`;
}

/** Every file of the package, by path inside the zip. */
export function scormPackageFiles(input: PackageInput): Record<string, string> {
  const data: PackageData = {
    format: PACKAGE_DATA_FORMAT,
    version: 1,
    scorm: input.scorm,
    title: input.title,
    passMark: input.passMark,
    siteUrl: input.siteUrl.replace(/\/+$/, ''),
    quizzes: [...input.quizzes],
  };
  const files: Record<string, string> = {
    [LAUNCH_FILE]: launchPage(data),
    [PLAYER_FILE]: input.playerScript,
    [STYLE_FILE]: input.styles,
  };
  files['imsmanifest.xml'] = scormManifest(input.scorm, {
    identifier: packageIdentifier(data),
    title: data.title,
    passMark: data.passMark,
    files: Object.keys(files),
  });
  return files;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The player's strict read of the data in its own launch page; undefined when anything is off. */
export function readPackageData(value: unknown): PackageData | undefined {
  if (!isObj(value) || value.format !== PACKAGE_DATA_FORMAT || value.version !== 1) return undefined;
  if (!SCORM_VERSIONS.includes(value.scorm as ScormVersion) || typeof value.title !== 'string' || typeof value.siteUrl !== 'string') return undefined;
  if (typeof value.passMark !== 'number' || !Number.isInteger(value.passMark) || value.passMark < MIN_PASS_MARK || value.passMark > MAX_PASS_MARK) return undefined;
  if (!/^https?:\/\/[^\s"'<>]+$/.test(value.siteUrl) || !Array.isArray(value.quizzes) || value.quizzes.length === 0) return undefined;
  const quizzes = value.quizzes.map(readCaseQuiz);
  if (quizzes.some((q) => q === undefined)) return undefined;
  return {
    format: PACKAGE_DATA_FORMAT,
    version: 1,
    scorm: value.scorm as ScormVersion,
    title: value.title,
    passMark: value.passMark,
    siteUrl: value.siteUrl,
    quizzes: quizzes as CaseQuiz[],
  };
}
