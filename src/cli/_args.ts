import { InvalidArgumentError } from 'commander';

/** Option parser for counts and sizes: a usage error (exit 2) unless a positive number. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}
