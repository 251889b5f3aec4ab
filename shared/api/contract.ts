import type { z } from 'zod';
import type { AppError } from '../errors';
import { appCalls } from './app';
import { competitionCalls } from './competition';
import { entryGridCalls } from './entryGrids';
import { importCalls } from './import';
import { judgingCalls } from './judging';
import { lanCalls } from './lan';
import { livePushCalls } from './livePush';
import { onStageCalls } from './onStage';
import { paperSheetCalls } from './paperSheets';
import { pointsCalls } from './points';
import { resultsCalls } from './results';
import { rosterCalls } from './roster';
import { safetyCalls } from './safety';
import { seatingCalls } from './seating';
import { signedResultsCalls } from './signedResults';
import { stageCalls } from './stage';
import { statusCalls } from './status';
import { trackCalls } from './tracks';

/** Every call the renderer may make, with the schemas of its input and output. */
export const contract = {
  ...appCalls,
  ...competitionCalls,
  ...trackCalls,
  ...rosterCalls,
  ...resultsCalls,
  ...judgingCalls,
  ...importCalls,
  ...paperSheetCalls,
  ...safetyCalls,
  ...seatingCalls,
  ...statusCalls,
  ...signedResultsCalls,
  ...entryGridCalls,
  ...pointsCalls,
  ...lanCalls,
  ...stageCalls,
  ...livePushCalls,
  ...onStageCalls,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

/** What crosses the boundary (IPC or HTTP): a value, or errors for the user. */
export type CallResponse<K extends CallName> =
  | { ok: true; value: CallOutput<K> }
  | { ok: false; errors: AppError[] };

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
