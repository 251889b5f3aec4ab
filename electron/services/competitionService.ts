import { randomUUID } from 'node:crypto';
import type { Competition, CompetitionInfo } from '../../shared/domain/competition';
import { findTemplate } from '../../shared/templates';
import {
  insertCompetition,
  readCompetition,
  writeCompetitionKeys,
} from '../store/competitionTable';
import { type Db, inTransaction, openStore } from '../store/database';
import { insertTrack, readTracks } from '../store/tracksTable';
import { makeKeyPair } from './signing';

/** Creates a new store file holding the competition and its template's tracks. */
export function createCompetitionStore(
  path: string,
  info: CompetitionInfo,
  templateCode: string,
): Db {
  const template = findTemplate(templateCode);
  if (!template) throw new Error(`unknown template ${templateCode}`);
  const db = openStore(path, { create: true });
  inTransaction(db, () => {
    insertCompetition(db, {
      ...info,
      id: randomUUID(),
      template: template.code,
      createdAt: new Date().toISOString(),
    });
    const keys = makeKeyPair();
    writeCompetitionKeys(db, { publicKey: keys.publicKey, signingKey: keys.privateKey });
    for (const track of template.tracks) insertTrack(db, track);
  });
  return db;
}

export function loadCompetition(db: Db): Competition {
  const { template: _template, ...record } = readCompetition(db);
  return { ...record, tracks: readTracks(db) };
}
