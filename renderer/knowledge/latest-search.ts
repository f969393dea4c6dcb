/**
 * Search as you type: waits for a pause in typing before asking, and drops every answer but the one
 * to the latest question, so a slow reply to "hem" never overwrites the hits for "hemtjänst".
 */

export interface LatestSearchOptions<T> {
  /** How long typing must pause before the query is sent. */
  delayMs: number;
  run: (query: string) => Promise<T>;
  onResult: (query: string, result: T) => void;
  /** The box was emptied: nothing to show, and any answer still on its way is dropped. */
  onCleared: () => void;
}

export interface LatestSearch {
  type(query: string): void;
  dispose(): void;
}

export function createLatestSearch<T>({ delayMs, run, onResult, onCleared }: LatestSearchOptions<T>): LatestSearch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let disposed = false;

  const send = async (query: string, asked: number) => {
    const result = await run(query);
    if (asked === latest && !disposed) onResult(query, result);
  };

  return {
    type(text) {
      clearTimeout(timer);
      const asked = ++latest;
      const query = text.trim();
      if (query === '') {
        onCleared();
        return;
      }
      timer = setTimeout(() => void send(query, asked), delayMs);
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
    },
  };
}
