import { readFileSync } from "node:fs";

/** WeCom's official crypto test vectors (copied from the team's shared/wecom/vectors.json; see its `source`). */
export interface VectorSet {
  name: string;
  token: string;
  encodingAESKey: string;
  receiveId: string;
  verifyUrl: {
    msg_signature: string;
    timestamp: string;
    nonce: string;
    echostr: string;
    echostr_urlencoded?: string;
    expectedPlaintext: string;
    randomPrefix: string;
  };
  post: { msg_signature: string; timestamp: string; nonce: string; body: string; expectedPlaintext: string; randomPrefix: string };
}

const path = new URL("../fixtures/wecom-vectors.json", import.meta.url);

export function loadVectors(): VectorSet[] {
  return (JSON.parse(readFileSync(path, "utf8")) as { sets: VectorSet[] }).sets;
}
