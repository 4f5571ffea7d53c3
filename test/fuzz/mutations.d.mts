export function random(seed: number): () => number;
export function mutate(bytes: Uint8Array, rand: () => number): Buffer;
