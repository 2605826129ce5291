import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { MANIFEST_NAMESPACES, scormManifest, type ScormVersion } from '../../../src/quiz/scorm/manifest.ts';
import { scormReport } from '../../../src/quiz/scorm/report.ts';
import { LAUNCH_FILE, PACKAGE_DATA_ID, passMarkProblems, readPackageData, scormPackageFiles } from '../../../src/quiz/scorm/package.ts';
import { connectLms, findApi, type ApiHost } from '../../../src/quiz/scorm/lms-api.ts';
import { FIXTURE_QUIZZES } from './quiz-fixtures.ts';

// The SCORM package's pure parts. The manifest is checked against the structure the two content
// packaging specifications give (element order, required attributes, identifiers that resolve);
// the end-to-end test (tests/e2e/scorm.spec.ts) runs the real package against scorm-again.

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false, isArray: (n) => n === 'file' || n === 'item' || n === 'organization' || n === 'resource' });
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const files = ['index.html', 'player.js', 'style.css'];
const input = { identifier: 'sciatic-atlas-1-2-abc', title: 'Week 3 & <referral> 👩‍⚕️', passMark: 70, files };

/** The manifest's children in document order, by local name, to check the order the schemas require. */
function childOrder(xml: string, parent: string): string[] {
  const start = xml.search(new RegExp(`<${parent}[\\s>]`));
  const inside = xml.slice(start, xml.indexOf(`</${parent}>`, start));
  const body = inside.slice(inside.indexOf('>') + 1);
  const names: string[] = [];
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]!);
      if (!m[3]) depth++;
    }
  }
  return names;
}

describe.each(['1.2', '2004'] as ScormVersion[])('SCORM %s manifest', (version) => {
  const xml = scormManifest(version, input);
  const manifest = parser.parse(xml).manifest;
  const ns = MANIFEST_NAMESPACES[version];

  it('is well-formed XML in the edition’s namespaces, naming its schemas', () => {
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    expect(manifest['@xmlns']).toBe(ns.cp);
    expect(manifest['@xmlns:adlcp']).toBe(ns.adlcp);
    expect(manifest['@xsi:schemaLocation']).toContain(version === '1.2' ? 'imscp_rootv1p1p2.xsd' : 'imscp_v1p1.xsd');
    expect(manifest['@identifier']).toMatch(NCNAME);
    expect(manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: version === '1.2' ? 1.2 : '2004 4th Edition' });
  });

  it('has metadata, organizations and resources in that order, and one item that launches the SCO', () => {
    expect(childOrder(xml, 'manifest')).toEqual(['metadata', 'organizations', 'resources']);
    const orgs = manifest.organizations;
    expect(orgs.organization.map((o: { '@identifier': string }) => o['@identifier'])).toContain(orgs['@default']);
    const item = orgs.organization[0].item[0];
    const resource = manifest.resources.resource[0];
    expect(item['@identifierref']).toBe(resource['@identifier']);
    for (const id of [orgs['@default'], item['@identifier'], resource['@identifier']]) expect(id).toMatch(NCNAME);
    expect(resource['@type']).toBe('webcontent');
    // The attribute's spelling differs between the editions, and LMSs are strict about it.
    expect(resource[version === '1.2' ? '@adlcp:scormtype' : '@adlcp:scormType']).toBe('sco');
    expect(resource['@href']).toBe(LAUNCH_FILE);
    expect(resource.file.map((f: { '@href': string }) => f['@href'])).toEqual(files);
    expect(childOrder(xml, 'organization')).toEqual(['title', 'item']);
  });

  it('carries the title escaped and the pass mark where the edition reads it', () => {
    expect(xml).toContain('<title>Week 3 &amp; &lt;referral&gt; 👩‍⚕️</title>');
    if (version === '1.2') {
      expect(childOrder(xml, 'item')).toEqual(['title', 'adlcp:masteryscore']);
      expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    } else {
      expect(childOrder(xml, 'item')).toEqual(['title', 'imsss:sequencing']);
      const objective = manifest.organizations.organization[0].item[0]['imsss:sequencing']['imsss:objectives']['imsss:primaryObjective'];
      expect(objective['@satisfiedByMeasure']).toBe('true');
      expect(objective['imsss:minNormalizedMeasure']).toBe(0.7);
    }
  });
});

describe('what the package reports', () => {
  const questions = FIXTURE_QUIZZES.flatMap((q) => q.questions);
  const answers = [
    { questionId: 'fixture-lift/urgency', chosen: ['refer'] }, // wrong
    { questionId: 'fixture-lift/drivers', chosen: ['a', 'b', 'c'] }, // right
    { questionId: 'fixture-runner/anatomy', chosen: ['S1'] }, // right
    // fixture-runner/drivers unanswered: wrong
  ];

  it('SCORM 1.2: percent score, passed or failed, one-character choice responses', () => {
    const report = scormReport('1.2', questions, answers, 50);
    expect(report).toMatchObject({ right: 2, total: 4, percent: 50, passed: true });
    const values = new Map(report.values);
    expect(values.get('cmi.core.score.raw')).toBe('50');
    expect(values.get('cmi.core.lesson_status')).toBe('passed');
    expect(values.get('cmi.interactions.0.id')).toBe('fixture-lift/urgency');
    expect(values.get('cmi.interactions.0.student_response')).toBe('b');
    expect(values.get('cmi.interactions.0.correct_responses.0.pattern')).toBe('a');
    expect(values.get('cmi.interactions.0.result')).toBe('wrong');
    expect(values.get('cmi.interactions.1.student_response')).toBe('a,b,c');
    expect(values.get('cmi.interactions.3.student_response')).toBe('');
    expect(scormReport('1.2', questions, answers, 51).passed).toBe(false);
    // Each interaction's id is set before its other fields, as the run-time requires.
    const first = report.values.findIndex(([k]) => k.startsWith('cmi.interactions.2.'));
    expect(report.values[first]![0]).toBe('cmi.interactions.2.id');
  });

  it('SCORM 2004: scaled score, success and completion, option ids joined by [,]', () => {
    const report = scormReport('2004', questions, answers, 80);
    const values = new Map(report.values);
    expect(values.get('cmi.score.scaled')).toBe('0.5');
    expect(values.get('cmi.success_status')).toBe('failed');
    expect(values.get('cmi.completion_status')).toBe('completed');
    expect(values.get('cmi.interactions.1.learner_response')).toBe('a[,]b[,]c');
    expect(values.get('cmi.interactions.0.result')).toBe('incorrect');
    expect(values.get('cmi.interactions.0.description')).toBe('How urgent is this? {pick one}');
  });

  it('rounds thirds sensibly', () => {
    const three = questions.slice(0, 3);
    const report = scormReport('2004', three, answers, 60);
    expect(new Map(report.values).get('cmi.score.raw')).toBe('66.67');
    expect(new Map(report.values).get('cmi.score.scaled')).toBe('0.6667');
    expect(report.passed).toBe(true);
  });
});

describe('the package files', () => {
  const hostile = { ...FIXTURE_QUIZZES[0]!, title: 'x</script><script>alert(1)</script>' };
  const files = scormPackageFiles({ scorm: '2004', title: 'Week </script> 3', passMark: 70, siteUrl: 'https://atlas.example.edu/', quizzes: [hostile], playerScript: '/* player */', styles: '/* css */' });

  it('holds the launch page, the player, the styles and the manifest listing them', () => {
    expect(Object.keys(files)).toEqual(['index.html', 'player.js', 'style.css', 'imsmanifest.xml']);
    for (const name of ['index.html', 'player.js', 'style.css']) expect(files['imsmanifest.xml']).toContain(`<file href="${name}"/>`);
  });

  it('puts the data in the page so no text can end its script element early, and reads it back', () => {
    const page = files['index.html']!;
    expect(page.match(/<\/script>/g)).toHaveLength(2); // the data's own end and the player's
    const json = page.slice(page.indexOf(`id="${PACKAGE_DATA_ID}">`) + PACKAGE_DATA_ID.length + 6, page.indexOf('</script>'));
    const data = readPackageData(JSON.parse(json));
    expect(data?.quizzes[0]?.title).toBe(hostile.title);
    expect(data?.siteUrl).toBe('https://atlas.example.edu');
    expect(page).toContain('<title>Week &lt;/script&gt; 3</title>');
  });

  it('the pass mark is a whole percentage', () => {
    for (const ok of ['0', '70', '100', ' 85 ']) expect(passMarkProblems(ok)).toEqual([]);
    for (const bad of ['', '101', '-1', '7.5', 'seventy', '1e2']) expect(passMarkProblems(bad)).toHaveLength(1);
  });

  it('property: the player’s reader never throws and accepts nothing malformed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(readPackageData(value)).toBeUndefined();
      }),
    );
    const good = readPackageData(JSON.parse(files['index.html']!.match(/id="package-data">(.*?)<\/script>/s)![1]!));
    expect(good).toBeDefined();
    expect(readPackageData({ ...good, passMark: 101 })).toBeUndefined();
    expect(readPackageData({ ...good, siteUrl: 'javascript:alert(1)' })).toBeUndefined();
    expect(readPackageData({ ...good, quizzes: [{ ...good!.quizzes[0], questions: [] }] })).toBeUndefined();
  });
});

describe('finding the LMS', () => {
  const api12 = { LMSInitialize: () => 'true', LMSSetValue: (k: string) => (k === 'bad' ? 'false' : 'true'), LMSGetValue: () => 'x', LMSCommit: () => 'true', LMSFinish: () => 'true', LMSGetLastError: () => '0' };

  it('walks up the frames, then the opener, and stops at a window of another origin', () => {
    const top: ApiHost = { API: api12 };
    top.parent = top;
    const middle: ApiHost = { parent: top };
    const frame: ApiHost = { parent: middle };
    expect(findApi(frame, '1.2')).toBe(api12);
    expect(findApi(frame, '2004')).toBeUndefined();
    const popup: ApiHost = { opener: frame };
    expect(findApi(popup, '1.2')).toBe(api12);
    const foreign = new Proxy({}, { get: () => { throw new DOMException('cross-origin'); } }) as ApiHost;
    expect(findApi({ parent: foreign }, '1.2')).toBeUndefined();
  });

  it('reports which values the LMS refused', () => {
    const lms = connectLms({ API: api12 }, '1.2')!;
    expect(lms.initialize()).toBe(true);
    expect(lms.setAll([['good', '1'], ['bad', '2']])).toEqual(['bad']);
    expect(connectLms({ API: {} }, '1.2')).toBeUndefined();
  });
});
