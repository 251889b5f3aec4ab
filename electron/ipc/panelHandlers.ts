import { currentDraw, runDraw } from '../services/drawService';
import { readRecusals, setRecusal, suggestRecusals } from '../services/recusalService';
import type { BackendContext, Handlers } from './handlers';

type PanelCall = 'recusals.list' | 'recusals.suggest' | 'recusals.set' | 'draw.run' | 'draw.get';

/** Who scores whom, and in which order they perform. */
export function panelHandlers({ session }: BackendContext): Pick<Handlers, PanelCall> {
  return {
    'recusals.list': ({ track }) => readRecusals(session.db(), track),
    'recusals.suggest': ({ track }) => suggestRecusals(session.db(), track),
    'recusals.set': (input) => setRecusal(session.db(), input),
    'draw.run': ({ track, seed }) => runDraw(session.db(), track, seed),
    'draw.get': ({ track }) => currentDraw(session.db(), track),
  };
}
