import { z } from 'zod';
import { code } from '../domain/text';
import type { ResultsFile } from '../formats/resultsFile';
import { defineCalls } from './define';

/** The latest locked version as it is posted (公示), for the printed page. */
export interface PostedResultsView {
  posted: ResultsFile;
  /** The verification code printed under the list. */
  code: string;
  /** What the QR code beside it carries (shared/formats/verificationCode.ts). */
  qrText: string;
  /** The results still are this version; if not, the page prints as a draft, without a code. */
  current: boolean;
}

export const signedResultsCalls = defineCalls({
  'signedResults.get': {
    input: z.object({ track: code }),
    output: z.custom<PostedResultsView | null>(),
  },
  /** A locked version (the latest unless `version`) as a signed .scoredesk-results file. */
  'signedResults.export': {
    input: z.object({ track: code, version: z.number().int().positive().optional() }),
    output: z.object({ fileName: z.string(), content: z.string(), code: z.string() }),
  },
});
