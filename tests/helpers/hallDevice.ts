import type { Agent } from 'node:http';
import type { LanCallName } from '../../shared/api/lanWire';
import type { JudgeFile } from '../../shared/formats/judgeFile';
import {
  type DeviceKey,
  type DeviceMark,
  deviceScoreFile,
  makeDeviceKey,
} from '../../shared/lan/deviceScoreFile';
import { hallAgent, hallCall } from './hallClient';

// A judge's device as the tests and the bench drive it: pairs with a code, loads its sheet,
// keeps marks with revisions as the judges' page does, and pushes them as a signed score file.

export class HallDevice {
  readonly key: DeviceKey = makeDeviceKey();
  token: string | null = null;
  judgeFile: JudgeFile | null = null;
  /** Every mark this device holds, by "entryId:criterion". */
  readonly marks = new Map<string, DeviceMark>();
  agent: Agent;

  constructor(
    public origin: string,
    readonly name: string,
    private readonly ca?: string,
    localAddress?: string,
  ) {
    this.agent = hallAgent(origin, ca, localAddress);
  }

  call<K extends LanCallName>(
    name: K | string,
    body: unknown,
    options: { timeoutMs?: number; dropAfterSend?: boolean } = {},
  ) {
    return hallCall<K>(this.origin, name, body, this.token ?? undefined, {
      agent: this.agent,
      ...(this.ca ? { ca: this.ca } : {}),
      ...options,
    });
  }

  async pair(code: string) {
    const answer = await this.call('device.pair', {
      code,
      deviceName: this.name,
      publicKey: this.key.publicKey,
    });
    if (answer.body.ok) this.token = (answer.body.value as { token: string }).token;
    return answer;
  }

  async loadSheet() {
    const answer = await this.call('device.sheet', {});
    if (!answer.body.ok) throw new Error(`sheet refused: ${JSON.stringify(answer.body.errors)}`);
    const value = answer.body.value as { judgeFile: JudgeFile; marks: DeviceMark[] };
    this.judgeFile = value.judgeFile;
    for (const mark of value.marks) this.marks.set(`${mark.entryId}:${mark.criterion}`, mark);
    return value;
  }

  /** The cells this judge scores: entries not recused, judged criteria of their track. */
  cells(): Array<{
    entryId: number;
    entryNo: string;
    track: string;
    criterion: string;
    max: number;
    step: number;
  }> {
    const file = this.judgeFile!;
    return file.entries
      .filter((e) => !e.recusal)
      .flatMap((entry) => {
        const track = file.tracks.find((t) => t.code === entry.track)!;
        return track.segments
          .filter((s) => s.kind === 'judged')
          .flatMap((s) => s.criteria)
          .map((c) => ({
            entryId: entry.id,
            entryNo: entry.no,
            track: entry.track,
            criterion: c.code,
            max: c.max,
            step: c.step,
          }));
      });
  }

  /** Types a mark (hundredths; null clears): one revision more than the cell had. */
  setMark(
    cell: { entryId: number; entryNo: string; track: string; criterion: string },
    value: number | null,
  ) {
    const key = `${cell.entryId}:${cell.criterion}`;
    const revision = (this.marks.get(key)?.revision ?? 0) + 1;
    const mark: DeviceMark = {
      entryId: cell.entryId,
      entryNo: cell.entryNo,
      track: cell.track,
      criterion: cell.criterion,
      value,
      revision,
      updatedAt: new Date().toISOString(),
    };
    this.marks.set(key, mark);
    return mark;
  }

  /** The signed score file of every mark held now. */
  document(marks: readonly DeviceMark[] = [...this.marks.values()]): string {
    return deviceScoreFile({ judgeFile: this.judgeFile!, key: this.key, marks }).text;
  }

  push(
    document = this.document(),
    unsent?: number,
    options: { timeoutMs?: number; dropAfterSend?: boolean } = {},
  ) {
    return this.call<'device.push'>(
      'device.push',
      { document, ...(unsent === undefined ? {} : { unsent }) },
      options,
    );
  }

  close() {
    this.agent.destroy();
  }
}
