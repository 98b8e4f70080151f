import { randomBytes, timingSafeEqual } from "node:crypto";
import { decrypt, encrypt, getSignature } from "@wecom/crypto";
import { CallbackError } from "./errors.js";

/** The three secrets of one callback endpoint (an app, or a 微信客服 account). */
export interface CallbackSecrets {
  token: string;
  /** 43-character EncodingAESKey from the WeCom admin console. */
  encodingAESKey: string;
  /** Corp id for app and kf callbacks; "" for the 智能机器人. */
  receiveId: string;
}

export interface SignedEnvelope {
  encrypt: string;
  msgSignature: string;
  timestamp: string;
  nonce: string;
}

/**
 * WeCom's callback cryptography for one endpoint, built on the official
 * `@wecom/crypto` package. It adds what the package leaves to us: constant-time
 * signature comparison, receive-id checking and turning every decryption fault
 * (bad padding, truncated ciphertext, absurd length field) into a typed
 * {@link CallbackError} instead of garbage or a crash.
 */
export class CallbackCipher {
  constructor(private readonly secrets: CallbackSecrets) {
    if (!/^[A-Za-z0-9+/]{43}$/.test(secrets.encodingAESKey)) {
      throw new Error("EncodingAESKey must be 43 base64 characters");
    }
  }

  sign(timestamp: string, nonce: string, encrypted: string): string {
    return getSignature(this.secrets.token, timestamp, nonce, encrypted);
  }

  /** Throws `bad_signature` unless `signature` signs (timestamp, nonce, encrypted). */
  verify(signature: string, timestamp: string, nonce: string, encrypted: string): void {
    const expected = Buffer.from(this.sign(timestamp, nonce, encrypted), "utf8");
    const given = Buffer.from(signature.toLowerCase(), "utf8");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new CallbackError("bad_signature", "msg_signature does not match", 401);
    }
  }

  /** Decrypts a verified ciphertext and checks that it was meant for us. */
  decrypt(encrypted: string): string {
    let opened: { message: string; id: string; random: Buffer };
    try {
      // Decoding base64 silently drops junk, so check the alphabet and block size first.
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encrypted)) throw new Error("not base64");
      const bytes = Buffer.byteLength(encrypted, "base64");
      if (bytes === 0 || bytes % 16 !== 0) throw new Error("not a whole number of AES blocks");
      opened = decrypt(this.secrets.encodingAESKey, encrypted);
      // The package trusts the length field and the pad byte. Re-sealing with the
      // recovered random prefix must reproduce the ciphertext exactly; anything
      // corrupted or forged (bad padding, length past the end, invalid UTF-8) fails.
      const resealed = encrypt(this.secrets.encodingAESKey, opened.message, opened.id, opened.random);
      if (resealed !== encrypted) throw new Error("ciphertext does not round-trip");
    } catch (cause) {
      throw new CallbackError("undecryptable", "payload could not be decrypted", 400, { cause });
    }
    if (opened.id !== this.secrets.receiveId) {
      throw new CallbackError("wrong_receiver", "payload is addressed to another receiver", 403);
    }
    return opened.message;
  }

  /**
   * Encrypts and signs `message` as WeCom would. Used for passive replies and by
   * the simulator; `random` (16 bytes) makes the output reproducible in tests.
   */
  seal(message: string, timestamp: string, nonce: string, random: Buffer = randomBytes(16)): SignedEnvelope {
    const encrypted = encrypt(this.secrets.encodingAESKey, message, this.secrets.receiveId, random);
    return { encrypt: encrypted, msgSignature: this.sign(timestamp, nonce, encrypted), timestamp, nonce };
  }
}
