// The live stream of one panel: a single EventSource on /api/events?panel=<id>, each message parsed by
// name into the typed WallEvent union and handed to `onEvent`.
//
// `epoch` tells the data hooks when what they hold may have gaps and must be fetched again:
//  - when a new EventSource opens for the first time (the fetch at mount may have raced ahead of it),
//  - when the server sends `reset` (it restarted, or we were away too long for it to replay),
//  - when the same EventSource reconnects before it saw any event id: it has no Last-Event-ID to
//    resume from, so the server cannot know what we missed (nor tell us to reset).
// Other reconnections of the same EventSource resume with Last-Event-ID, so they do not bump it.
//
// The `panels` control event (the settings changed the panels, brand or sources) tells the shell to refetch
// /api/panels (panels-changed.ts) and opens a fresh EventSource: the server picks the panel's filter when
// the stream opens, and the new stream's first open bumps `epoch`, so the panel refetches its posts.
import { useEffect, useRef, useState } from 'react';
import { WALL_EVENT_NAMES, type WallEvent } from '../../shared/api-contract.ts';
import { notifyPanelsChanged } from './panels-changed.ts';
import { CONTROL_EVENT_NAMES, parseControlEvent, parseWallEvent } from './parse-wall-event.ts';
import { retryDelay } from './retry-delay.ts';

export type StreamStatus = 'connecting' | 'open' | 'reconnecting';

export interface WallStream {
  status: StreamStatus;
  epoch: number;
}

export function eventsUrl(panelId: string): string {
  return `/api/events?panel=${encodeURIComponent(panelId)}`;
}

export function useWallEvents(panelId: string, onEvent: (event: WallEvent) => void): WallStream {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [epoch, setEpoch] = useState(0);
  // The latest handler, so that a new closure each render does not reopen the stream.
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });

  useEffect(() => {
    let source: EventSource | undefined;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;

    const connect = (): void => {
      const es = new EventSource(eventsUrl(panelId));
      source = es;
      let opened = false;
      let sawId = false;
      es.onopen = () => {
        failures = 0;
        setStatus('open');
        if (!opened || !sawId) setEpoch((n) => n + 1);
        opened = true;
      };
      es.onerror = () => {
        if (es.readyState === EventSource.CLOSED) {
          es.close();
          setStatus('reconnecting');
          // The browser gave up (an HTTP error, not a dropped connection): retry ourselves.
          retryTimer = setTimeout(connect, retryDelay(failures));
          failures += 1;
        } else {
          // CONNECTING: the browser is already retrying with Last-Event-ID.
          setStatus(opened ? 'reconnecting' : 'connecting');
        }
      };
      for (const name of WALL_EVENT_NAMES) {
        es.addEventListener(name, (message: MessageEvent<string>) => {
          if (message.lastEventId) sawId = true;
          const event = parseWallEvent(name, message.data);
          if (!event) {
            // The screen has no logger: the console is where a technician looking at the kiosk finds this.
            // eslint-disable-next-line no-console
            console.warn(`social-wall: dropped a malformed "${name}" event`);
            return;
          }
          if (event.type === 'reset') setEpoch((n) => n + 1);
          handler.current(event);
        });
      }
      for (const name of CONTROL_EVENT_NAMES) {
        es.addEventListener(name, (message: MessageEvent<string>) => {
          if (source !== es || !parseControlEvent(name, message.data)) return;
          notifyPanelsChanged();
          es.close();
          connect();
        });
      }
    };

    connect();
    return () => {
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [panelId]);

  return { status, epoch };
}
