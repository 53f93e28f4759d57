// Builds the iLearn+ sample SCORM packages (1.2 and 2004 4th Edition) from the sources in ./content, as zip
// files in memory. Used by the demo seed and by the tests; `npx tsx prisma/seed/scorm/build.ts <dir>` writes
// them to a folder so they can be tried in any LMS.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ZipFile } from 'yazl';

export type DemoScormVersion = 'SCORM_12' | 'SCORM_2004';

const CONTENT_DIR = path.join(__dirname, 'content');
const FILES = ['index.html', 'course.js', 'course.css'];
const TITLE = 'Handling information well';

function fileList(): string {
  return FILES.map((f) => `      <file href="${f}"/>`).join('\n');
}

export function demoManifest(version: DemoScormVersion): string {
  if (version === 'SCORM_12') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ilearn-sample-scorm12" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${TITLE}</title>
      <item identifier="item-1" identifierref="res-1">
        <title>${TITLE}</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-1" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList()}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="ilearn-sample-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${TITLE}</title>
      <item identifier="item-1" identifierref="res-1">
        <title>${TITLE}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="assessment" satisfiedByMeasure="false">
              <imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-1" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList()}
    </resource>
  </resources>
</manifest>
`;
}

/** The zip of a sample package, built from the sources in the repository. */
export function buildDemoPackage(version: DemoScormVersion): Promise<Buffer> {
  const zip = new ZipFile();
  // A fixed date keeps the bytes the same from build to build.
  const mtime = new Date('2026-01-01T00:00:00Z');
  zip.addBuffer(Buffer.from(demoManifest(version)), 'imsmanifest.xml', { mtime });
  for (const file of FILES) zip.addBuffer(readFileSync(path.join(CONTENT_DIR, file)), file, { mtime });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

if (require.main === module) {
  const dir = process.argv[2] ?? '.';
  void Promise.all(
    (['SCORM_12', 'SCORM_2004'] as const).map(async (v) => {
      const file = path.join(dir, v === 'SCORM_12' ? 'ilearn-sample-scorm12.zip' : 'ilearn-sample-scorm2004.zip');
      writeFileSync(file, await buildDemoPackage(v));
      console.log(`Wrote ${file}`);
    }),
  );
}
