// A screen stand-in in its own process (as a browser is): follows /api/events and reports, for each
// post event, its key and the arrival time on the shared clock (performance.timeOrigin + now()).
import { SseClient } from '../test/support/http-client.ts';

const [port, token] = process.argv.slice(2);
const stream = await SseClient.open(Number(port), '/api/events', { authorization: `Bearer ${token}` });
let pending: string[] = [];
stream.onMessage = (m) => {
  if (m.event !== 'post') return;
  const key = (JSON.parse(m.data) as { post: { key: string } }).post.key;
  pending.push(`${key} ${(performance.timeOrigin + performance.now()).toFixed(3)}`);
};
// Report in small batches so that reporting does not load the machine more than a screen would.
setInterval(() => {
  if (pending.length) process.stdout.write(pending.join('\n') + '\n');
  pending = [];
}, 20);
process.stdout.write('ready\n');
