/** Output folders as every command resolves them (no heavy imports: diff and cloud-outputs use them too). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NETWORK_DIR, NETWORK_SVG_FILE } from '../../lib/insight';
import { REPO_ROOT } from '../../lib/model/load';
import type { Context } from './command';

/** The network pictures already in `out` (network.svg, network/*.svg): reused when unchanged (Graphviz layout is slow). */
export function previousSvgs(out: string): string[] {
  if (!fs.existsSync(out)) return [];
  const files: string[] = [];
  for (const t of fs.readdirSync(out)) {
    files.push(path.join(out, t, NETWORK_SVG_FILE));
    const dir = path.join(out, t, NETWORK_DIR);
    if (fs.existsSync(dir) && fs.statSync(dir).isDirectory())
      files.push(
        ...fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.svg'))
          .map((f) => path.join(dir, f)),
      );
  }
  return files.filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8'));
}

/** cdktf's output folder: `--cloud-out`, else $CDKTF_OUTDIR (set by `cdktf synth`), else cdktf.out/ of the repository. */
export function cloudDirOf(ctx: Context, flag: string | undefined): string {
  const given = flag ?? ctx.io.env.CDKTF_OUTDIR;
  return given ? path.resolve(flag ? ctx.io.cwd : REPO_ROOT, given) : path.join(REPO_ROOT, 'cdktf.out');
}
