// Fetches one picture for the cache: https only (redirects too, at most three), an image by its first bytes
// (image-type.ts) and by its declared type when it declares one, at most `maxBytes`, within `timeoutMs` for
// the whole answer. Anything else is a refusal with its reason, never a throw.
import { get, type Agent } from 'node:https';
import { sniffImageType, type ImageType } from './image-type.ts';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Tests pass an agent that trusts their own certificate; the default one otherwise. */
  agent?: Agent;
  /** Aborts the fetch (the wall stops). */
  signal?: AbortSignal;
}

export type FetchedPicture = { ok: true; bytes: Buffer; type: ImageType } | { ok: false; reason: string };

const MAX_REDIRECTS = 3;

export async function fetchPicture(url: string, limits: FetchLimits): Promise<FetchedPicture> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let target: URL;
    try {
      target = new URL(current);
    } catch {
      return { ok: false, reason: 'not a URL' };
    }
    if (target.protocol !== 'https:') return { ok: false, reason: `not https (${target.protocol})` };
    const answer = await getOnce(target, limits, signal);
    if (answer.kind === 'redirect') {
      current = new URL(answer.location, target).toString();
      continue;
    }
    if (answer.kind === 'refused') return { ok: false, reason: answer.reason };
    const type = sniffImageType(answer.bytes);
    if (!type) return { ok: false, reason: 'not a picture (its first bytes are no image format shown)' };
    return { ok: true, bytes: answer.bytes, type };
  }
  return { ok: false, reason: `more than ${MAX_REDIRECTS} redirects` };
}

type Answer =
  { kind: 'body'; bytes: Buffer } | { kind: 'redirect'; location: string } | { kind: 'refused'; reason: string };

function getOnce(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<Answer> {
  return new Promise((resolve) => {
    const request = get(
      url,
      {
        signal,
        ...(limits.agent ? { agent: limits.agent } : {}),
        // No cookie, no referrer, nothing that says who asks.
        headers: { accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif', 'user-agent': 'SocialWall' },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location) {
          response.resume();
          return resolve({ kind: 'redirect', location });
        }
        if (status !== 200) {
          response.resume();
          return resolve({ kind: 'refused', reason: `answered ${status}` });
        }
        const declared = response.headers['content-type'];
        if (declared && !/^image\//i.test(declared)) {
          response.resume();
          return resolve({ kind: 'refused', reason: `not a picture (${declared.slice(0, 60)})` });
        }
        if (Number(response.headers['content-length'] ?? 0) > limits.maxBytes) {
          response.destroy();
          return resolve({ kind: 'refused', reason: `larger than ${limits.maxBytes} bytes` });
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            response.destroy();
            resolve({ kind: 'refused', reason: `larger than ${limits.maxBytes} bytes` });
          } else chunks.push(chunk);
        });
        response.on('end', () => resolve({ kind: 'body', bytes: Buffer.concat(chunks) }));
        response.on('error', (err) =>
          resolve({
            kind: 'refused',
            reason: signal.aborted ? `no answer within ${limits.timeoutMs} ms` : err.message,
          }),
        );
      },
    );
    request.on('error', (err) =>
      resolve({ kind: 'refused', reason: signal.aborted ? `no answer within ${limits.timeoutMs} ms` : err.message }),
    );
  });
}
