import { describe, it, expect } from 'vitest';
import { delaySeconds, POLICY, waitSeconds } from './throttle-policy';

const NOW = Date.UTC(2022, 1, 8, 3, 0, 0);
const ago = (seconds: number) => NOW - seconds * 1000;

describe('sign-in slow-down (issue 7, item 3)', () => {
	it.each([
		[9, 0],
		[10, 30],
		[11, 60],
		[12, 120],
		[14, 480],
		[15, 900],
		[40, 900]
	])('one address and e-mail with %i failures wait %i s', (count, seconds) => {
		expect(delaySeconds(POLICY.pair, count)).toBe(seconds);
	});

	it.each([
		[99, 0],
		[100, 1],
		[110, 2],
		[150, 32],
		[200, 300],
		[10_000, 300]
	])('one address with %i failures (any e-mails) waits %i s', (count, seconds) => {
		expect(delaySeconds(POLICY.address, count)).toBe(seconds);
	});

	it('an address that has not been failing never waits', () => {
		expect(waitSeconds({}, NOW)).toBe(0);
		expect(waitSeconds({ address: { count: 3, last: ago(1) } }, NOW)).toBe(0);
	});

	it('an office of 50 with two typos each is never slowed down', () => {
		expect(waitSeconds({ address: { count: 99, last: ago(0) } }, NOW)).toBe(0);
	});

	it('counts the wait from the newest failure, and the longer wait of the two keys wins', () => {
		expect(waitSeconds({ pair: { count: 10, last: ago(10) } }, NOW)).toBe(20);
		expect(waitSeconds({ pair: { count: 10, last: ago(31) } }, NOW)).toBe(0);
		expect(
			waitSeconds({ pair: { count: 11, last: ago(0) }, address: { count: 150, last: ago(0) } }, NOW)
		).toBe(60);
	});

	it('never asks for more than 15 minutes, so nobody is locked out for good', () => {
		const worst = waitSeconds(
			{ pair: { count: 1e6, last: NOW }, address: { count: 1e6, last: NOW } },
			NOW
		);
		expect(worst).toBe(15 * 60);
	});
});
