import { describe, expect, it } from 'vitest';
import { runLimited } from './pool';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runLimited', () => {
	it('S20 100 tasks on 10 hosts: results in order, ≤2 per host, ≤16 in all', async () => {
		const now = new Map<string, number>();
		let maxSeenHost = 0;
		const tasks = Array.from({ length: 100 }, (_, i) => {
			const host = `h${i % 10}.agency.gov`;
			return {
				host,
				run: async () => {
					now.set(host, (now.get(host) ?? 0) + 1);
					maxSeenHost = Math.max(maxSeenHost, now.get(host)!);
					await sleep(2 + (i % 3));
					now.set(host, now.get(host)! - 1);
					return i * 2;
				}
			};
		});
		const done: number[] = [];
		const run = await runLimited(tasks, { onDone: (i) => done.push(i) });
		expect(run.results).toEqual(tasks.map((_, i) => i * 2));
		expect(run.peakPerHost).toBe(2);
		expect(maxSeenHost).toBe(2);
		expect(run.peakInFlight).toBe(16);
		expect(done.sort((a, b) => a - b)).toEqual(tasks.map((_, i) => i));
	});

	it('hosts are compared without case; one host alone runs two at a time', async () => {
		const tasks = Array.from({ length: 6 }, (_, i) => ({
			host: i % 2 ? 'AGENCY.GOV' : 'agency.gov',
			run: () => sleep(1).then(() => i)
		}));
		const run = await runLimited(tasks, { global: 16 });
		expect(run.peakInFlight).toBe(2);
		expect(run.peakPerHost).toBe(2);
	});

	it('honours other limits, and an empty list', async () => {
		const tasks = Array.from({ length: 20 }, (_, i) => ({
			host: `h${i}`,
			run: () => sleep(1).then(() => i)
		}));
		const run = await runLimited(tasks, { perHost: 1, global: 3 });
		expect(run.peakInFlight).toBe(3);
		expect(await runLimited([])).toEqual({ results: [], peakInFlight: 0, peakPerHost: 0 });
	});

	it('a task that throws rejects the run', async () => {
		const tasks = [{ host: 'a', run: () => Promise.reject(new Error('boom')) }];
		await expect(runLimited(tasks)).rejects.toThrow('boom');
		const ok = [{ host: 'a', run: () => Promise.resolve(1) }];
		const onDone = () => {
			throw new Error('progress failed');
		};
		await expect(runLimited(ok, { onDone })).rejects.toThrow('progress failed');
	});
});
