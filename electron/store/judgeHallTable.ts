import type { JudgeHall } from '../../shared/formats/judgeHall';
import type { Db } from './database';

// Judge side: where this judge's app pushes its score file live (migration 0014).

export function readJudgeHall(db: Db): JudgeHall | undefined {
  return db.prepare('SELECT origin, certificate FROM judge_hall').get() as JudgeHall | undefined;
}

export function writeJudgeHall(db: Db, hall: JudgeHall): void {
  db.prepare(
    `INSERT INTO judge_hall (singleton, origin, certificate, noted_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (singleton) DO UPDATE SET origin = excluded.origin,
       certificate = excluded.certificate, noted_at = excluded.noted_at`,
  ).run(hall.origin, hall.certificate, new Date().toISOString());
}
