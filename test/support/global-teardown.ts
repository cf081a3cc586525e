import * as fs from 'node:fs';
import * as path from 'node:path';
import { CACHE_ENV } from './build-cache';

export default function globalTeardown(): void {
  const file = process.env[CACHE_ENV];
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
