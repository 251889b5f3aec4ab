// Where a judge's private key rests on the judge's own device: sealed by the system's key store
// (Electron's safeStorage: the keychain, DPAPI or the desktop's secret service) where there is
// one, else as it is, inside the judge's competition file on that device alone.

export interface KeyVault {
  sealing: 'safeStorage' | 'none';
  seal(secret: string): string;
  open(sealed: string): string;
}

export const unsealedVault: KeyVault = {
  sealing: 'none',
  seal: (secret) => secret,
  open: (sealed) => sealed,
};
