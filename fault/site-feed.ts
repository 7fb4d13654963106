// Posts pushed to the wall through the company site's webhook: each 202 is an acknowledgement the wall
// must keep (issue 14: "posts acknowledged vs stored").
export const WEBHOOK_TOKEN = 'fault-suite-webhook-token-0123456789';

export const SITE_CONFIG = {
  sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
  panels: [{ id: 'reviews', title: 'Avis', type: 'feed', networks: ['site'] }],
};

export function review(id: string, text = `Avis ${id}`): Record<string, unknown> {
  return { id, author: { name: 'Client' }, text, rating: 4, createdAt: '2026-11-25T09:00:00Z' };
}

/** Sends a batch; true when the wall acknowledged it (202). */
export async function pushReviews(port: number, reviews: Record<string, unknown>[]): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/inbound/site`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${WEBHOOK_TOKEN}` },
      body: JSON.stringify(reviews),
    });
    await res.arrayBuffer();
    return res.status === 202;
  } catch {
    return false;
  }
}
