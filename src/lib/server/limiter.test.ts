import { describe, expect, it, vi } from 'vitest';
import { Limiter } from './limiter';

const later = () => {
	let done!: () => void;
	const promise = new Promise<void>((r) => (done = r));
	return { promise, done };
};

describe('Limiter', () => {
	it('runs `active` at once and the rest in arrival order', async () => {
		const limiter = new Limiter({ active: 2, queue: 10, maxWaitMs: 1000 });
		const gates = [later(), later(), later(), later()];
		const order: number[] = [];
		const runs = gates.map((g, i) =>
			limiter.run(
				async () => {
					order.push(i);
					await g.promise;
					return 'ok';
				},
				() => 'busy'
			)
		);
		await Promise.resolve();
		expect(order).toEqual([0, 1]);
		gates[1].done();
		await runs[1];
		expect(order).toEqual([0, 1, 2]);
		gates.forEach((g) => g.done());
		expect(await Promise.all(runs)).toEqual(['ok', 'ok', 'ok', 'ok']);
	});

	it('refuses at once when the queue is full', async () => {
		const limiter = new Limiter({ active: 1, queue: 1, maxWaitMs: 1000 });
		const gate = later();
		const first = limiter.run(
			() => gate.promise.then(() => 'ok'),
			() => 'busy'
		);
		const second = limiter.run(
			async () => 'ok',
			() => 'busy'
		);
		expect(
			await limiter.run(
				async () => 'ok',
				() => 'busy'
			)
		).toBe('busy');
		gate.done();
		expect([await first, await second]).toEqual(['ok', 'ok']);
	});

	it('refuses a request that waited longer than maxWaitMs, and keeps counting right', async () => {
		vi.useFakeTimers();
		try {
			const limiter = new Limiter({ active: 1, queue: 5, maxWaitMs: 2000 });
			const gate = later();
			const first = limiter.run(
				() => gate.promise.then(() => 'ok'),
				() => 'busy'
			);
			const waiting = limiter.run(
				async () => 'ok',
				() => 'busy'
			);
			await vi.advanceTimersByTimeAsync(2001);
			expect(await waiting).toBe('busy');
			gate.done();
			expect(await first).toBe('ok');
			expect(
				await limiter.run(
					async () => 'ok',
					() => 'busy'
				)
			).toBe('ok');
		} finally {
			vi.useRealTimers();
		}
	});
});
