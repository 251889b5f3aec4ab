import {
  doubleEntrySheets,
  doubleEntryView,
  finishDoubleEntryPass,
  resolveDoubleEntryCell,
  typeDoubleEntryCell,
} from '../services/doubleEntryService';
import { setRulePenalty } from '../services/penaltyCellService';
import type { BackendContext, Handlers } from './handlers';

type EntryGridCall =
  | 'doubleEntry.sheets'
  | 'doubleEntry.get'
  | 'doubleEntry.type'
  | 'doubleEntry.finish'
  | 'doubleEntry.resolve'
  | 'penalties.setForRule';

/** The scorekeeper's grids: double entry of paper sheets, deductions cell by cell. */
export function entryGridHandlers({ session }: BackendContext): Pick<Handlers, EntryGridCall> {
  return {
    'doubleEntry.sheets': ({ track }) => doubleEntrySheets(session.db(), track),
    'doubleEntry.get': ({ track, judgeId }) => doubleEntryView(session.db(), track, judgeId),
    'doubleEntry.type': (input) => typeDoubleEntryCell(session.db(), input),
    'doubleEntry.finish': (input) => finishDoubleEntryPass(session.db(), input),
    'doubleEntry.resolve': (input) => resolveDoubleEntryCell(session.db(), input),
    'penalties.setForRule': (input) => {
      setRulePenalty(session.db(), input);
      return {};
    },
  };
}
