import { safeStorage } from 'electron';
import { type KeyVault, unsealedVault } from './services/keyVault';

/**
 * The judge's private key sealed by the system's key store (Keychain, DPAPI, or the desktop's
 * secret service on Linux); where the system offers none, it rests unsealed in the judge's own
 * competition file, as outside Electron.
 */
export function safeStorageVault(): KeyVault {
  if (!safeStorage.isEncryptionAvailable()) return unsealedVault;
  return {
    sealing: 'safeStorage',
    seal: (secret) => safeStorage.encryptString(secret).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
