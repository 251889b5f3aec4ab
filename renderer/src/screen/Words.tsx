import type { MessageParam } from '../../../shared/errors';
import { type MessageKey, translate } from '../../../shared/i18n/catalog';

/** Chinese first; the English line under it when the head table asks for both. */
export function Words(props: {
  k: MessageKey;
  params?: Record<string, MessageParam>;
  english: boolean;
  className?: string;
  testId?: string;
}) {
  return (
    <span className={`words ${props.className ?? ''}`} data-testid={props.testId}>
      <span className="zh">{translate('zh-CN', props.k, props.params)}</span>
      {props.english && <span className="en">{translate('en', props.k, props.params)}</span>}
    </span>
  );
}
