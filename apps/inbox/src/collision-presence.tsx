import type { CollisionPresence as Presence, CollisionSubjectKind } from '@okpay/contracts';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AgentRealtime } from './agent-realtime';
import { collisionMessages } from './collision-messages';

/** Typing stops counting after this long without a keystroke. */
const TYPING_IDLE_MS = 4000;

/**
 * Wraps a ticket or chat view: tells the other agents this one is on it (and typing, from any
 * input inside), and shows who else is there. Re-announces after a reconnect, leaves on unmount.
 */
export function CollisionPresence({ realtime, kind, id, children }: { realtime: AgentRealtime; kind: CollisionSubjectKind; id: string; children: ComponentChildren }) {
  const m = useMemo(() => collisionMessages(), []);
  const [others, setOthers] = useState<ReadonlyMap<string, Presence>>(new Map());
  const typing = useRef<{ on: boolean; timer?: ReturnType<typeof setTimeout> }>({ on: false });

  useEffect(() => {
    let connected = false;
    const unsubscribe = realtime.subscribe((state) => {
      if (state.connected && !connected) realtime.announce({ kind, id, state: typing.current.on ? 'typing' : 'viewing' });
      if (!state.connected) setOthers(new Map());
      connected = state.connected;
    });
    const stopListening = realtime.onPresence((presence) => {
      if (presence.kind !== kind || presence.id !== id) return;
      setOthers((current) => {
        const next = new Map(current);
        if (presence.state === 'left') next.delete(presence.agentId);
        else next.set(presence.agentId, presence);
        return next;
      });
    });
    return () => {
      unsubscribe();
      stopListening();
      clearTimeout(typing.current.timer);
      realtime.announce({ kind, id, state: 'left' });
    };
  }, [realtime, kind, id]);

  const onInput = () => {
    clearTimeout(typing.current.timer);
    if (!typing.current.on) {
      typing.current.on = true;
      realtime.announce({ kind, id, state: 'typing' });
    }
    typing.current.timer = setTimeout(() => {
      typing.current.on = false;
      realtime.announce({ kind, id, state: 'viewing' });
    }, TYPING_IDLE_MS);
  };

  const list = [...others.values()];
  const typers = list.filter((p) => p.state === 'typing').map((p) => p.name);
  return (
    <div class="collision" onInput={onInput}>
      <p class="collision-presence" role="status" aria-live="polite">
        {list.length > 0 && m.viewing(list.map((p) => p.name).join(', '))}
        {typers.length > 0 && ` · ${m.typing(typers.join(', '))}`}
      </p>
      {children}
    </div>
  );
}
