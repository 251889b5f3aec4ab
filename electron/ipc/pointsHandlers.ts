import type { PointsKind } from '../../shared/points/pointsSheet';
import {
  applyPoints,
  type PointsImportRequest,
  previewPoints,
} from '../services/pointsImportService';
import type { BackendContext, Handlers } from './handlers';

type PointsCall =
  | 'quizPoints.preview'
  | 'quizPoints.apply'
  | 'deductions.preview'
  | 'deductions.apply';

const request = (
  kind: PointsKind,
  input: Parameters<Handlers['quizPoints.preview']>[0],
): PointsImportRequest => ({
  kind,
  track: input.track,
  file: { name: input.file.name, bytes: new Uint8Array(Buffer.from(input.file.base64, 'base64')) },
  reason: input.reason,
});

/** Quiz points and deductions from Excel or CSV: preview first, then all or nothing. */
export function pointsHandlers({ session }: BackendContext): Pick<Handlers, PointsCall> {
  return {
    'quizPoints.preview': (input) => previewPoints(session.db(), request('quiz', input)),
    'quizPoints.apply': (input) => applyPoints(session.db(), request('quiz', input)),
    'deductions.preview': (input) => previewPoints(session.db(), request('deductions', input)),
    'deductions.apply': (input) => applyPoints(session.db(), request('deductions', input)),
  };
}
