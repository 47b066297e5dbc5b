import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * Saves a draft some time after the last change (debounced), one save at a time: changes made while a save is under
 * way are saved right after it. `key` identifies what is to be saved (equal keys: nothing new to save). A failed save
 * is not retried by itself (the caller shows the problem: a 412 needs a reload, not a retry); `flush` saves now
 * whatever is pending (before submitting), `retry` tries a failed save again.
 */
export function useAutosave<T>({
  value,
  key,
  savedKey,
  save,
  delay = 800,
  enabled = true,
}: {
  value: T;
  key: string;
  /** The key of what the server holds when the hook starts. */
  savedKey: string;
  save: (value: T) => Promise<void>;
  delay?: number;
  enabled?: boolean;
}) {
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<unknown>(null);
  const lastSaved = useRef(savedKey);
  // The same, for rendering (refs are not read during render).
  const [savedKeyShown, setSavedKeyShown] = useState(savedKey);
  const inFlight = useRef<Promise<void> | null>(null);
  const latest = useRef({ value, key, save });
  const failed = useRef(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    latest.current = { value, key, save };
  });

  const run = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const { value: v, key: k, save: s } = latest.current;
    if (k === lastSaved.current) return;
    setState('saving');
    const attempt = (async () => {
      try {
        await s(v);
        lastSaved.current = k;
        setSavedKeyShown(k);
        failed.current = false;
        setError(null);
        setSavedAt(new Date());
        setState(latest.current.key === k ? 'saved' : 'pending');
      } catch (e) {
        failed.current = true;
        setError(e);
        setState('error');
        throw e;
      } finally {
        inFlight.current = null;
        // Changes made during the save: schedule the next one.
        setTick((n) => n + 1);
      }
    })();
    inFlight.current = attempt;
    await attempt;
  }, []);

  useEffect(() => {
    if (!enabled || key === lastSaved.current || failed.current) return;
    setState((s) => (s === 'saving' ? s : 'pending'));
    const timer = setTimeout(() => void run().catch(() => undefined), delay);
    return () => clearTimeout(timer);
  }, [key, enabled, delay, run, tick]);

  /** Saves now whatever is not saved yet; rejects with the save's problem. */
  const flush = useCallback(async () => {
    failed.current = false;
    await run();
  }, [run]);

  const retry = useCallback(() => {
    failed.current = false;
    setTick((n) => n + 1);
  }, []);

  /** After a reload: what the server holds now is saved. */
  const reset = useCallback((k: string) => {
    lastSaved.current = k;
    setSavedKeyShown(k);
    failed.current = false;
    setError(null);
    setState('idle');
  }, []);

  return { state, savedAt, error, flush, retry, reset, dirty: key !== savedKeyShown };
}
