/** The installed Electron executable, or null; never triggers the binary's download. */
export function electronBinaryPath(
  electronDir: string,
  env?: Record<string, string | undefined>,
): string | null;
export function isElectronInstalled(
  electronDir: string,
  env?: Record<string, string | undefined>,
): boolean;
