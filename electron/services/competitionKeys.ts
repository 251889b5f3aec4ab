import { AppFailure } from '../../shared/errors';
import { readCompetitionKeys, writeCompetitionKeys } from '../store/competitionTable';
import type { Db } from '../store/database';
import { readRole } from '../store/roleTable';
import { type KeyPair, keyFingerprint, makeKeyPair, signWith } from './signing';

// The competition's key pair, on the organizer's machine: it signs judge files, paper-sheet
// markers and published results. Made with the competition; a store from before format
// version 2 gets one the first time it signs.

export function competitionKeyPair(db: Db): KeyPair {
  if (readRole(db).role !== 'organizer') throw AppFailure.of('judgeFile.notOrganizerStore');
  const keys = readCompetitionKeys(db);
  if (keys.publicKey && keys.signingKey) {
    return { publicKey: keys.publicKey, privateKey: keys.signingKey };
  }
  const pair = makeKeyPair();
  writeCompetitionKeys(db, { publicKey: pair.publicKey, signingKey: pair.privateKey });
  return pair;
}

/** Signed with the competition's key. */
export function signAsCompetition(db: Db, payload: string): string {
  return signWith(competitionKeyPair(db).privateKey, payload);
}

/** What the head table reads aloud and prints; null before the first signature of an old store. */
export function competitionFingerprint(db: Db): string | null {
  const { publicKey } = readCompetitionKeys(db);
  return publicKey ? keyFingerprint(publicKey) : null;
}
