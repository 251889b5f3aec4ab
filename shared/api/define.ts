import type { z } from 'zod';

export interface CallDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** Keeps each group's table literal while checking it has the shape of calls. */
export function defineCalls<T extends Record<string, CallDefinition>>(calls: T): T {
  return calls;
}
