import { describe, it, expect, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { handleError } from '../../src/hooks.server';

/**
 * W22: an unexpected error (a database failure inside an action, say) reaches the user as a
 * generic message with a reference; the detail — SQL, stack — goes only to the log.
 */
describe('W22: handleError', () => {
	it('answers a reference id and logs the detail under it, one line', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failure = Object.assign(new Error('relation "public.evidence" does not exist'), {
			code: '42P01'
		});
		const event = { url: new URL('http://localhost/cycle/2565/items/o1') } as RequestEvent;
		const answer = (await handleError({
			error: failure,
			event,
			status: 500,
			message: 'Internal Error'
		})) as { message: string; id: string };
		expect(answer.message).toBe('Internal error');
		expect(answer.id).toMatch(/^[0-9a-f]{8}$/);
		expect(JSON.stringify(answer)).not.toContain('relation');
		expect(log).toHaveBeenCalledTimes(1);
		const line = String(log.mock.calls[0][0]);
		expect(line).not.toContain('\n');
		expect(JSON.parse(line)).toMatchObject({ id: answer.id, status: 500 });
		expect(JSON.parse(line).detail).toContain('relation "public.evidence" does not exist');
		log.mockRestore();
	});
});
