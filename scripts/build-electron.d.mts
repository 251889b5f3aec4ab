/** The contract's call names, evaluated from shared/api/contract.ts at build time. */
export function contractCallNames(): Promise<string[]>;
/** Builds dist-electron/main.cjs and dist-electron/preload.cjs (or into outdir). */
export function buildElectron(options?: { outdir?: string }): Promise<void>;
/** The modules a CommonJS bundle requires by name. */
export function requiredModules(code: string): string[];
