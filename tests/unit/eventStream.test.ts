import { describe, expect, it } from 'vitest';
import { cutEventStream } from '../../renderer/src/live/eventStream';

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
