export function generateMany(dir: string, count: number): void;
export function generateLarge(file: string, partners: number): void;
export function generateWide(file: string, partners: number): void;
