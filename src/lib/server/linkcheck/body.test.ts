import { describe, expect, it } from 'vitest';
import { readCapped } from './body';

/** An endless body that counts what was taken from it and whether it was destroyed. */
function endless(chunk: number) {
	const state = { pulled: 0, destroyed: false };
	const body = {
		async *[Symbol.asyncIterator]() {
			for (;;) {
				state.pulled += chunk;
				yield new Uint8Array(chunk);
			}
		},
		on: () => body,
		destroy: () => (state.destroyed = true)
	};
	return { body, state };
}

describe('readCapped', () => {
	it('S16 takes at most one chunk beyond the cap from an endless body, keeps exactly the cap, destroys it', async () => {
		const { body, state } = endless(65_536);
		const { bytes, truncated } = await readCapped(body, 1_000_000);
		expect(bytes.length).toBe(1_000_000);
		expect(truncated).toBe(true);
		expect(state.pulled).toBeLessThanOrEqual(1_000_000 + 65_536);
		expect(state.destroyed).toBe(true);
	});

	it('a body within the cap is read whole and not marked truncated', async () => {
		const body = {
			async *[Symbol.asyncIterator]() {
				yield new Uint8Array([1, 2]);
				yield new Uint8Array([3]);
			},
			on: () => body,
			destroy: () => {}
		};
		expect(await readCapped(body, 3)).toEqual({ bytes: Buffer.from([1, 2, 3]), truncated: false });
	});
});
