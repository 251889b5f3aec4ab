import type { PostedResultsView } from '../../shared/api/signedResults';
import { RESULTS_FILE_EXTENSION } from '../../shared/formats/resultsFile';
import { fileNamePart } from '../../shared/formats/signedFile';
import { resultsQrText } from '../../shared/formats/verificationCode';
import { type Db, inTransaction } from '../store/database';
import { latestResultVersion } from '../store/publicationTable';
import { competitionKeyPair } from './competitionKeys';
import { postedList } from './postedResultsService';
import { type SignedResults, signResults } from './resultsFileSigning';
import { trackResults } from './resultsService';
import { requireTrack } from './rubricService';

// Signed publication at the head table: a locked version's results file, and what the printed
// list (公示) carries — the verification code and the QR text — for the results page.

export interface ResultsFileDownload extends SignedResults {
  fileName: string;
}

/** The signed results file of a track's latest locked version, or of `version`. */
export function signedResultsFile(
  db: Db,
  trackCode: string,
  version?: number,
): ResultsFileDownload {
  // A version locked before signed publication keeps its posted list on this first export.
  const unsigned = inTransaction(db, () => postedList(db, trackCode, version));
  const signed = signResults(unsigned, competitionKeyPair(db).privateKey);
  const name = `${fileNamePart(unsigned.competition.name)}-${fileNamePart(unsigned.track.name.zh)}`;
  return {
    ...signed,
    fileName: `${name}-v${unsigned.publication.version}${RESULTS_FILE_EXTENSION}`,
  };
}

/**
 * The latest locked version as posted, with its code; null before the first lock. `current` says
 * whether the results still are that version: if not, the page prints as a draft.
 */
export function postedResultsView(db: Db, trackCode: string): PostedResultsView | null {
  const { id } = requireTrack(db, trackCode);
  if (!latestResultVersion(db, id)) return null;
  const signed = signedResultsFile(db, trackCode);
  return {
    posted: signed.file,
    code: signed.code,
    qrText: resultsQrText(signed.qr),
    current: trackResults(db, trackCode).lock?.current ?? false,
  };
}
