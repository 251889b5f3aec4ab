import { describe, expect, it } from 'vitest';
import { cutEventStream } from '../../renderer/src/live/eventStream';
import { LiveSequence } from '../../renderer/src/live/liveSequence';

describe('reading the live feed by hand', () => {
  it('cuts whole events, keeps an unfinished one, and knows comments from data', () => {
    const first = cutEventStream('retry: 1000\n: connected\n\nid: 1\ndata: {"seq":1}\n\nid: 2\nda');
    expect(first.blocks).toEqual([{ data: null }, { data: '{"seq":1}' }]);
    expect(first.rest).toBe('id: 2\nda');
    const second = cutEventStream(`${first.rest}ta: {"seq":2}\r\n\r\n: keep-alive\n\n`);
    expect(second.blocks).toEqual([{ data: '{"seq":2}' }, { data: null }]);
    expect(second.rest).toBe('');
  });

  it('joins the lines of one event’s data', () => {
    expect(cutEventStream('data: a\ndata:b\n\n').blocks).toEqual([{ data: 'a\nb' }]);
  });
});

describe('knowing when the live feed may have missed something', () => {
  it('reads again after a reconnection and after a gap, not on the first connection', () => {
    const sequence = new LiveSequence();
    expect(sequence.connected()).toBe(false);
    expect([4, 5, 6].map((seq) => sequence.received(seq))).toEqual(['event', 'event', 'event']);
    expect(sequence.received(8)).toBe('resync');
    expect(sequence.received(9)).toBe('event');
    // Reconnected, to a head table that restarted and numbers from 1 again.
    expect(sequence.connected()).toBe(true);
    expect(sequence.received(1)).toBe('event');
    expect(sequence.received(2)).toBe('event');
    expect(sequence.received(2)).toBe('resync');
  });
});
