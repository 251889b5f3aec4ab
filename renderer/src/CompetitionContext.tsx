import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { Opened } from '../../shared/api/competition';
import { call } from './api/client';

type OpenCompetition = Opened;

interface CompetitionState {
  /** undefined while loading, null when nothing is open. */
  current: OpenCompetition | null | undefined;
  setCurrent: (next: OpenCompetition | null) => void;
  reload: () => Promise<void>;
}

const CompetitionContext = createContext<CompetitionState | null>(null);

export function CompetitionProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<OpenCompetition | null | undefined>(undefined);
  const reload = useCallback(async () => {
    setCurrent(await call('competitions.current', {}));
  }, []);
  useEffect(() => {
    reload().catch(() => setCurrent(null));
  }, [reload]);
  return (
    <CompetitionContext.Provider value={{ current, setCurrent, reload }}>
      {children}
    </CompetitionContext.Provider>
  );
}

export function useCompetition(): CompetitionState {
  const context = useContext(CompetitionContext);
  if (!context) throw new Error('useCompetition outside CompetitionProvider');
  return context;
}
