/** Text with the words search matched in <mark>, built from segments as text nodes: an article can never inject markup. */
import { Fragment } from 'react';
import type { MarkedSegment } from '../../../shared/contract/index.js';

export function MarkedText({ segments }: { segments: readonly MarkedSegment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>))}
    </>
  );
}
