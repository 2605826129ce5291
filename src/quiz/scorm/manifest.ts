/**
 * imsmanifest.xml for the two SCORM editions an LMS takes: SCORM 1.2 (IMS CP 1.1.2 with ADL's
 * adlcp_rootv1p2) and SCORM 2004 4th edition (IMS CP 1.1.4 with adlcp_v1p3 and IMS Simple
 * Sequencing). One organization with one item that launches one SCO (index.html); every file of
 * the package is listed in the resource, as both editions require. The pass mark goes where each
 * edition reads it: adlcp:masteryscore (0 to 100) in 1.2, the primary objective's
 * minNormalizedMeasure (0 to 1, delivered to the SCO as cmi.scaled_passing_score) in 2004.
 */
import { escapeXml } from '../export/moodle-xml.ts';

export const SCORM_VERSIONS = ['1.2', '2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

export interface ManifestInput {
  /** An XML ID (letter first, then letters, digits, - _ .): unique per package. */
  identifier: string;
  title: string;
  /** 0 to 100, whole number. */
  passMark: number;
  /** Every file in the package but the manifest itself; the first is the launch page. */
  files: readonly string[];
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export const MANIFEST_NAMESPACES = {
  '1.2': {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  },
  '2004': {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
    adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
    imsss: 'http://www.imsglobal.org/xsd/imsss',
  },
} as const;

/** A title as the manifest holds it: one line, at most 200 characters (LMS course lists cut longer ones). */
const manifestTitle = (title: string) => escapeXml([...title.replace(/\s+/g, ' ').trim()].slice(0, 200).join(''));

function fileList(files: readonly string[], indent: string): string {
  return files.map((href) => `${indent}<file href="${escapeXml(href)}"/>`).join('\n');
}

export function scormManifest(version: ScormVersion, input: ManifestInput): string {
  return version === '1.2' ? manifest12(input) : manifest2004(input);
}

/** The one organization with its one item (`itemExtra`: the edition's pass-mark element) and the one SCO resource. */
function body(title: string, files: readonly string[], itemExtra: string, scormTypeAttribute: string): string {
  return `  <organizations default="organization">
    <organization identifier="organization">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${title}</title>
${itemExtra}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" ${scormTypeAttribute}="sco" href="${escapeXml(files[0]!)}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

function manifest12({ identifier, title, passMark, files }: ManifestInput): string {
  const ns = MANIFEST_NAMESPACES['1.2'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="1.0"
  xmlns="${ns.cp}"
  xmlns:adlcp="${ns.adlcp}"
  xmlns:xsi="${XSI}"
  xsi:schemaLocation="${ns.cp} imscp_rootv1p1p2.xsd ${ns.adlcp} adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
${body(manifestTitle(title), files, `        <adlcp:masteryscore>${passMark}</adlcp:masteryscore>`, 'adlcp:scormtype')}`;
}

function manifest2004({ identifier, title, passMark, files }: ManifestInput): string {
  const ns = MANIFEST_NAMESPACES['2004'];
  const sequencing = `        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(passMark / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="1"
  xmlns="${ns.cp}"
  xmlns:adlcp="${ns.adlcp}"
  xmlns:adlseq="${ns.adlseq}"
  xmlns:adlnav="${ns.adlnav}"
  xmlns:imsss="${ns.imsss}"
  xmlns:xsi="${XSI}"
  xsi:schemaLocation="${ns.cp} imscp_v1p1.xsd ${ns.adlcp} adlcp_v1p3.xsd ${ns.adlseq} adlseq_v1p3.xsd ${ns.adlnav} adlnav_v1p3.xsd ${ns.imsss} imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
${body(manifestTitle(title), files, sequencing, 'adlcp:scormType')}`;
}
