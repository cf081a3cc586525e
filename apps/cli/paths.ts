/** Output folders as every command resolves them (no heavy imports: diff and cloud-outputs use them too). */
import * as path from 'node:path';
import { REPO_ROOT } from '../../lib/model/load';
import type { Context } from './command';

/** cdktf's output folder: `--cloud-out`, else $CDKTF_OUTDIR (set by `cdktf synth`), else cdktf.out/ of the repository. */
export function cloudDirOf(ctx: Context, flag: string | undefined): string {
  const given = flag ?? ctx.io.env.CDKTF_OUTDIR;
  return given ? path.resolve(flag ? ctx.io.cwd : REPO_ROOT, given) : path.join(REPO_ROOT, 'cdktf.out');
}
