/**
 * The parts of an uploaded zip (an XLSX), read from its central directory without inflating
 * anything, and the bounds an import needs before it hands a part to a parser: the sizes the zip
 * declares, then the bytes the parts really inflate to, counted while inflating and stopped at
 * the cap (declared sizes can lie), and a repacked zip of the chosen parts in the order a
 * streaming reader wants them.
 */
import { createInflateRaw } from 'node:zlib';

export interface ZipPart {
	name: string;
	method: number;
	crc: number;
	compressed: Buffer;
	/** The size the zip declares; checked against the real one by `inflatedWithin`. */
	size: number;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The parts of a zip by name, or null when it is not a zip this reader understands. */
export function zipParts(buf: Buffer): Map<string, ZipPart> | null {
	let end = -1;
	for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
		if (buf.readUInt32LE(i) === END) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const parts = new Map<string, ZipPart>();
	let p = buf.readUInt32LE(end + 16);
	for (let n = buf.readUInt16LE(end + 10); n > 0; n--) {
		if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
		const method = buf.readUInt16LE(p + 10);
		const length = buf.readUInt32LE(p + 20);
		const nameLength = buf.readUInt16LE(p + 28);
		const local = buf.readUInt32LE(p + 42);
		if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return null;
		if (method !== 0 && method !== 8) return null;
		const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
		if (start + length > buf.length) return null;
		const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
		const compressed = buf.subarray(start, start + length);
		parts.set(name, {
			name,
			method,
			crc: buf.readUInt32LE(p + 16),
			compressed,
			size: buf.readUInt32LE(p + 24)
		});
		p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
	}
	return parts;
}

/**
 * Inflates the parts one after the other, keeping nothing but the count: 'ok' when they total
 * at most `max` bytes, 'too_large' as soon as they pass it, 'corrupt' when one does not inflate.
 * Each part's real size replaces the declared one.
 */
export async function inflatedWithin(
	parts: ZipPart[],
	max: number
): Promise<'ok' | 'too_large' | 'corrupt'> {
	let total = 0;
	for (const part of parts) {
		if (part.method === 0) {
			total += part.size = part.compressed.length;
			if (total > max) return 'too_large';
			continue;
		}
		const inflate = createInflateRaw();
		inflate.end(part.compressed);
		let size = 0;
		try {
			for await (const chunk of inflate) {
				size += (chunk as Buffer).length;
				if (total + size > max) {
					inflate.destroy();
					return 'too_large';
				}
			}
		} catch {
			return 'corrupt';
		}
		total += part.size = size;
	}
	return 'ok';
}

/** A zip of just `parts`, in that order, their compressed bytes as they were. */
export function repack(parts: ZipPart[]): Buffer[] {
	const out: Buffer[] = [];
	for (const part of parts) {
		const name = Buffer.from(part.name);
		const head = Buffer.alloc(30);
		head.writeUInt32LE(LOCAL, 0);
		head.writeUInt16LE(20, 4);
		head.writeUInt16LE(part.method, 8);
		head.writeUInt32LE(part.crc, 14);
		head.writeUInt32LE(part.compressed.length, 18);
		head.writeUInt32LE(part.size, 22);
		head.writeUInt16LE(name.length, 26);
		out.push(head, name, part.compressed);
	}
	const end = Buffer.alloc(22);
	end.writeUInt32LE(END, 0);
	out.push(end);
	return out;
}
