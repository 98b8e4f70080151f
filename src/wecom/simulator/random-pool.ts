import { randomFillSync } from "node:crypto";

/**
 * Random bytes for the simulator's ids, tokens, nonces and cipher prefixes,
 * served from one pre-filled buffer. Each crypto.randomBytes / randomInt call
 * enters OpenSSL for a few bytes; four of them per simulated message were ~6% of
 * the simulator's CPU under the turn benchmark. One fill of 4 KiB serves
 * about a hundred messages. Still cryptographically random: only the calls
 * are batched.
 */
const POOL = Buffer.allocUnsafe(4096);
let at = POOL.length;

/** `n` fresh random bytes (a copy: the caller may keep it). */
export function randomBytesFromPool(n: number): Buffer {
  if (n > POOL.length) throw new RangeError(`at most ${POOL.length} bytes at a time`);
  if (at + n > POOL.length) {
    randomFillSync(POOL);
    at = 0;
  }
  const bytes = Buffer.from(POOL.subarray(at, at + n));
  at += n;
  return bytes;
}

/** A random token of `n` bytes, base64url-encoded (as WeCom's tokens and codes look). */
export function randomToken(n: number): string {
  return randomBytesFromPool(n).toString("base64url");
}

/** `n` random bytes as hex. */
export function randomHex(n: number): string {
  return randomBytesFromPool(n).toString("hex");
}

/** A random integer in [min, max) for ranges up to 2^48 (the bias of the modulo is irrelevant here). */
export function randomIntFromPool(min: number, max: number): number {
  return min + (randomBytesFromPool(6).readUIntBE(0, 6) % (max - min));
}
