// Byte-level mutations of YAML files, shared by the CI fuzz test and `npm run fuzz`.

/** A small deterministic PRNG (mulberry32), so every failing case can be replayed from its seed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['&', '*', '!!', '\t', ': ', '- ', '[', ']', '{', '}', '"', "'", '|', '>', '#', '%', '@', '`', '---\n', '...\n', '&a ', '*a', '!!binary ', '!!js/function ', '<<: *a\n', '\u202e', '\u0000', '\ufeff', '😀', '\r', '\n  - ', '? '];

/** One to four random edits: truncate, flip a byte, insert syntax, duplicate or delete a span, or break UTF-8. */
export function mutate(bytes, rand) {
  let out = Buffer.from(bytes);
  const edits = 1 + Math.floor(rand() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (out.length + 1));
    switch (Math.floor(rand() * 7)) {
      case 0:
        out = out.subarray(0, at);
        break;
      case 1:
        if (out.length > 0) out[Math.min(at, out.length - 1)] ^= 1 << Math.floor(rand() * 8);
        break;
      case 2: {
        const insert = Buffer.from(INSERTS[Math.floor(rand() * INSERTS.length)]);
        out = Buffer.concat([out.subarray(0, at), insert, out.subarray(at)]);
        break;
      }
      case 3: {
        const end = Math.min(out.length, at + Math.floor(rand() * 200));
        out = Buffer.concat([out.subarray(0, end), out.subarray(at, end), out.subarray(end)]);
        break;
      }
      case 4: {
        const end = Math.min(out.length, at + Math.floor(rand() * 200));
        out = Buffer.concat([out.subarray(0, at), out.subarray(end)]);
        break;
      }
      case 5:
        out = Buffer.concat([out.subarray(0, at), Buffer.from([0xc3 + Math.floor(rand() * 2), 0x28, 0xff, 0xfe].slice(0, 1 + Math.floor(rand() * 4))), out.subarray(at)]);
        break;
      default: {
        // Re-indent a line: YAML's structure lives in its indentation.
        const lineStart = out.lastIndexOf(10, at - 1) + 1;
        const pad = Buffer.from(' '.repeat(1 + Math.floor(rand() * 4)));
        out = rand() < 0.5 ? Buffer.concat([out.subarray(0, lineStart), pad, out.subarray(lineStart)]) : Buffer.concat([out.subarray(0, lineStart), out.subarray(Math.min(out.length, lineStart + 2))]);
      }
    }
  }
  return out;
}
