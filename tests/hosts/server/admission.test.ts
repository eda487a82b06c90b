import { describe, expect, it } from 'vitest';
import { createAdmissionGate } from '../../../lambda/src/hosts/server/admission.ts';

describe('the admission gate', () => {
  it('runs at most maxActive at once and lets the others in first come, first served', async () => {
    const gate = createAdmissionGate({ maxActive: 2, maxQueued: 10, maxWaitMs: 10_000 });
    expect(await gate.enter()).toBe('admitted');
    expect(await gate.enter()).toBe('admitted');
    const order: number[] = [];
    const third = gate.enter().then((admission) => order.push(3) && admission);
    const fourth = gate.enter().then((admission) => order.push(4) && admission);
    expect(gate.queued).toBe(2);
    gate.leave();
    expect(await third).toBe('admitted');
    gate.leave();
    expect(await fourth).toBe('admitted');
    expect(order).toEqual([3, 4]);
    expect(gate.active).toBe(2);
  });

  it('sheds at once when the queue is full, and after maxWaitMs when no place came free', async () => {
    const gate = createAdmissionGate({ maxActive: 1, maxQueued: 1, maxWaitMs: 50 });
    expect(await gate.enter()).toBe('admitted');
    const waiting = gate.enter();
    expect(await gate.enter()).toBe('shed');
    expect(await waiting).toBe('shed');
    expect(gate.queued).toBe(0);
    gate.leave();
    expect(gate.active).toBe(0);
    expect(await gate.enter()).toBe('admitted');
  });
});
