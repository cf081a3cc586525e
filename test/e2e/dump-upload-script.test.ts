/**
 * The upload step of every dump job (ObjectStorageDump), run by a real shell against a stand-in of
 * rclone that records its calls: it uploads what the dump wrote and deletes what the retention
 * drops; a dump that could copy only part of the data (a DUMP_FAILED_FILE) is still uploaded, then
 * the job fails.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Chart, Testing } from 'cdk8s';
import { DUMP_FAILED_FILE, ObjectStorageDump } from '../../constructs/k8s/operators/backup/dump-job';

function uploadContainer() {
  const dump = new ObjectStorageDump(new Chart(Testing.app(), 'c'), 'd', {
    name: 'x-backup',
    namespace: 'ns',
    schedule: '0 1 * * *',
    retentionDays: 9,
    serviceAccount: 'x-backup',
    dump: { image: 'example/x:1.0', uid: 1000, script: 'true', env: [] },
    upload: { env: [{ name: 'RCLONE_CONFIG_BACKUP_TYPE', value: 's3' }], destination: 'backup:bucket/backups/x' },
    scratch: { size: '1Gi', storageClass: 'standard' },
    nodePool: 'dataplane',
    labels: {},
    podLabels: {},
  });
  return dump.cronJob.toJson().spec.jobTemplate.spec.template.spec.containers[0];
}

function upload(files: Record<string, string>): { status: number | null; stderr: string; calls: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dump-upload-'));
  try {
    const dumpDir = path.join(dir, 'backup');
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dumpDir, name)), { recursive: true });
      fs.writeFileSync(path.join(dumpDir, name), text);
    }
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'rclone'), `#!/bin/sh\necho "$*" >> "${dir}/calls"\n`, { mode: 0o755 });
    const container = uploadContainer();
    const env = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    const r = spawnSync('sh', ['-c', container.command[2]], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, DUMP_DIR: dumpDir, PATH: `${bin}:${process.env.PATH}` },
      encoding: 'utf8',
    });
    const calls = fs.existsSync(path.join(dir, 'calls')) ? fs.readFileSync(path.join(dir, 'calls'), 'utf8').trim().split('\n') : [];
    return { status: r.status, stderr: r.stderr, calls: calls.map((c) => c.replace(dumpDir, '$DUMP_DIR')) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('uploads the dump and applies the retention', () => {
  const r = upload({ 'x-20261201T010000Z.gz': 'data' });
  expect([r.status, r.stderr]).toEqual([0, '']);
  expect(r.calls).toEqual(['copy $DUMP_DIR backup:bucket/backups/x --no-traverse', 'delete backup:bucket/backups/x --min-age 9d']);
});

test('a partial dump is uploaded with its list of what is missing, then the job fails', () => {
  const r = upload({ '2026-12-01/a/0-0-5.records': 'r\n', [`2026-12-01/${DUMP_FAILED_FILE}`]: 'b/0 offsets 0..9: a record spans lines\n' });
  expect(r.calls[0]).toBe('copy $DUMP_DIR backup:bucket/backups/x --no-traverse');
  expect(r.status).toBe(1);
  expect(r.stderr).toBe('the dump copied only part of the data; missing:\nb/0 offsets 0..9: a record spans lines\n');
});
