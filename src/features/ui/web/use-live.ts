/**
 * Live updates from the realtime hub (`/api/live`, decision 047): one WebSocket per page, opened
 * when the first component asks for a topic and closed when the last one is gone. Events carry
 * ids only; a component names the queries an event makes stale and TanStack Query refetches them
 * through the normal API. After a reconnect every watched query is refetched, since events sent
 * while the socket was down are not replayed.
 */
import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/** What the hub sends about a topic. */
export interface LiveMessage {
  type: 'event';
  topic: string;
  kind: string;
  id?: string;
}

type Listener = (message: LiveMessage) => void;

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

class LiveSocket {
  #socket: WebSocket | null = null;
  #listeners = new Map<string, Set<Listener>>();
  #delay = MIN_DELAY_MS;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #onReconnect = new Set<() => void>();
  #everOpened = false;

  watch(topic: string, listener: Listener, onReconnect: () => void): () => void {
    let set = this.#listeners.get(topic);
    if (!set) {
      set = new Set();
      this.#listeners.set(topic, set);
      if (this.#socket?.readyState === WebSocket.OPEN) this.#subscribe(topic);
    }
    set.add(listener);
    this.#onReconnect.add(onReconnect);
    this.#open();
    return () => {
      set.delete(listener);
      this.#onReconnect.delete(onReconnect);
      if (set.size === 0) {
        this.#listeners.delete(topic);
        if (this.#socket?.readyState === WebSocket.OPEN) {
          this.#socket.send(JSON.stringify({ type: 'unsubscribe', topic }));
        }
      }
      if (this.#listeners.size === 0) this.#shut();
    };
  }

  #open() {
    if (this.#socket || this.#timer) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/live`;
    const socket = new WebSocket(url);
    this.#socket = socket;
    socket.addEventListener('open', () => {
      this.#delay = MIN_DELAY_MS;
      for (const topic of this.#listeners.keys()) this.#subscribe(topic);
      if (this.#everOpened) for (const refetch of this.#onReconnect) refetch();
      this.#everOpened = true;
    });
    socket.addEventListener('message', (event) => {
      let message: LiveMessage;
      try {
        message = JSON.parse(String(event.data)) as LiveMessage;
      } catch {
        return;
      }
      if (message.type !== 'event') return;
      for (const listener of this.#listeners.get(message.topic) ?? []) listener(message);
    });
    socket.addEventListener('close', () => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      if (this.#listeners.size === 0) return;
      // Backoff with jitter, so that instances restarting do not meet every browser at once.
      const wait = this.#delay * (0.5 + Math.random() / 2);
      this.#delay = Math.min(this.#delay * 2, MAX_DELAY_MS);
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#open();
      }, wait);
    });
  }

  #subscribe(topic: string) {
    // The person's own topic is given at connection; others are asked for.
    if (!topic.startsWith('person:')) this.#socket?.send(JSON.stringify({ type: 'subscribe', topic }));
  }

  #shut() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const socket = this.#socket;
    this.#socket = null;
    socket?.close();
  }
}

let shared: LiveSocket | null = null;

function invalidate(client: QueryClient, keys: readonly QueryKey[]) {
  for (const queryKey of keys) client.invalidateQueries({ queryKey });
}

/**
 * Refetches `queryKeys` whenever the hub sends an event on `topic` (e.g. `programme-group:<id>`);
 * `onEvent` hears each event too. `topic` null watches nothing (e.g. before the page knows it).
 */
export function useLiveTopic(
  topic: string | null,
  queryKeys: readonly QueryKey[],
  onEvent?: (message: LiveMessage) => void,
): void {
  const client = useQueryClient();
  const latest = useRef({ queryKeys, onEvent });
  latest.current = { queryKeys, onEvent };
  useEffect(() => {
    if (!topic || typeof WebSocket === 'undefined') return;
    shared ??= new LiveSocket();
    return shared.watch(
      topic,
      (message) => {
        invalidate(client, latest.current.queryKeys);
        latest.current.onEvent?.(message);
      },
      () => invalidate(client, latest.current.queryKeys),
    );
  }, [topic, client]);
}
