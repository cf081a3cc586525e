/**
 * The README's "Custom resources in use" table is the list of CRD schemas the gate validates
 * against (imports/schemas), with the release cdk8s.yaml pins each one to: a CRD added, removed or
 * re-pinned without the table following fails here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';

const REPO = path.resolve(__dirname, '..', '..');
const HEADING = '## Custom resources in use';

/** `owner/repo@tag` of every raw.githubusercontent.com URL pinned in cdk8s.yaml, by module name. */
function pinnedReleases(): Map<string, string> {
  const { imports } = yaml.load(fs.readFileSync(path.join(REPO, 'cdk8s.yaml'), 'utf8')) as { imports: string[] };
  return new Map(
    imports.map((entry) => {
      const [name, url] = entry.split(':=');
      const [owner, repo, tag] = new URL(url).pathname.split('/').slice(1, 4);
      return [name, `${owner}/${repo}@${tag}`];
    }),
  );
}

/** The table rows computed from imports/schemas/<module>-<group>.json: group, kind, served versions, source release. */
function expectedRows(): string[] {
  const releases = pinnedReleases();
  const dir = path.join(REPO, 'imports', 'schemas');
  const schemas = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('k8s-'))
    .map((file) => {
      const crd = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { group: string; kind: string; versions: object };
      return { module: file.slice(0, -`-${crd.group}.json`.length), ...crd };
    });
  // A schema-only CRD (apps/import.ts SCHEMA_ONLY) comes from the release pinned for another CRD of its group.
  const releaseOf = (s: (typeof schemas)[number]) =>
    releases.get(s.module) ?? releases.get(schemas.find((o) => o.group === s.group && releases.has(o.module))?.module ?? '');
  return schemas.map((s) => `| ${s.group} | ${s.kind} | ${Object.keys(s.versions).join(', ')} | ${releaseOf(s)} |`).sort();
}

function readmeRows(): string[] {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const start = readme.indexOf(`${HEADING}\n`);
  if (start < 0) throw new Error(`README.md has no "${HEADING}" section`);
  const section = readme.slice(start + HEADING.length, readme.indexOf('\n## ', start + HEADING.length));
  // Cells trimmed: Prettier pads the columns.
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(Group|-+)\s*\|/.test(line))
    .map(
      (line) =>
        `| ${line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim())
          .join(' | ')} |`,
    )
    .sort();
}

test('the README lists exactly the CRDs the gate validates against, with their pinned releases', () => {
  const rows = expectedRows();
  expect(rows.length).toBeGreaterThanOrEqual(40);
  expect(rows.every((r) => !r.includes('undefined'))).toBe(true);
  expect(readmeRows()).toEqual(rows);
});

// Prints the rows for the README when run with PRINT_CRD_TABLE=1.
if (process.env.PRINT_CRD_TABLE) console.log(expectedRows().join('\n'));
