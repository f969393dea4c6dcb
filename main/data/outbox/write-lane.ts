/**
 * One write at a time, in the order they were asked for. The agent's saves and the outbox replay
 * share one lane, so a save can never overtake a write that is still waiting for the server.
 */
export class WriteLane {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
