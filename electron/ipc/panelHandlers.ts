import { currentDraw, runDraw } from '../services/drawService';
import { readRecusals, setRecusal, suggestRecusals } from '../services/recusalService';
import { readAllPanels, readPanel, setOfficials, setSeats } from '../services/seatingService';
import type { BackendContext, Handlers } from './handlers';

type PanelCall =
  | 'recusals.list'
  | 'recusals.suggest'
  | 'recusals.set'
  | 'draw.run'
  | 'draw.get'
  | 'panel.get'
  | 'panel.list'
  | 'panel.setSeats'
  | 'panel.setOfficials';

/** Who scores whom, in which seat, who heads and watches, and in which order they perform. */
export function panelHandlers({ session }: BackendContext): Pick<Handlers, PanelCall> {
  return {
    'recusals.list': ({ track }) => readRecusals(session.db(), track),
    'recusals.suggest': ({ track }) => suggestRecusals(session.db(), track),
    'recusals.set': (input) => setRecusal(session.db(), input),
    'draw.run': ({ track, seed }) => runDraw(session.db(), track, seed),
    'draw.get': ({ track }) => currentDraw(session.db(), track),
    'panel.get': ({ track }) => readPanel(session.db(), track),
    'panel.list': () => readAllPanels(session.db()),
    'panel.setSeats': ({ track, seats }) => setSeats(session.db(), track, seats),
    'panel.setOfficials': ({ track, ...choice }) => setOfficials(session.db(), track, choice),
  };
}
