import { describe, expect, it } from 'vitest';
import { answerIntended, onAnswerIntent } from './answer-intent.js';

describe('answer intents', () => {
  it('reach the media engine while it listens, and no longer after', () => {
    const heard: string[] = [];
    const stop = onAnswerIntent((callId) => heard.push(callId));
    answerIntended('call-1');
    stop();
    answerIntended('call-2');
    expect(heard).toEqual(['call-1']);
  });
});
