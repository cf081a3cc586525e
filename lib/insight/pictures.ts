/** The network pictures synth last wrote, so an unchanged picture is reused instead of laid out again. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadGraphviz, type SvgRenderer } from './graphviz';
import { NETWORK_DIR, NETWORK_SVG_FILE } from './index';

/** The network pictures already in `out` (network.svg, network/*.svg): reused when unchanged (Graphviz layout is slow). */
function previousSvgs(out: string): string[] {
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

/** Graphviz, reusing the pictures already in `out` (dist/): every picture synth, diff or the worker draws. */
export function picturesRenderer(out: string): Promise<SvgRenderer> {
  return loadGraphviz(previousSvgs(out));
}
