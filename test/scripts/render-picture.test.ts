import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';

it('scripts/render-picture.mjs draws the README picture from an example in headless Chromium', () => {
  const out = join(tempDir(), 'page.png');
  const result = spawnSync(process.execPath, [join(root, 'scripts/render-picture.mjs'), 'education', out], { encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const png = readFileSync(out);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // IHDR: width and height, big-endian, right after the signature and chunk header.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([980, 1260]);
  expect(png.length).toBeGreaterThan(50_000);
});

it('the README shows the picture the script draws', () => {
  expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('](docs/agreement-page.png)');
  expect(readFileSync(join(root, 'docs/agreement-page.png')).subarray(1, 4).toString()).toBe('PNG');
});
