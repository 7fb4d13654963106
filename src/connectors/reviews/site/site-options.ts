// The company site's reviews source: an inbound webhook, a polled feed, or both.
import { z } from 'zod';
import { companyRepliesName } from '../../shared/common-options.ts';
import { text } from '../../shared/option-text.ts';

export const SiteReviewsOptionsSchema = z
  .object({
    webhookToken: z
      .string()
      .min(24, 'use at least 24 random characters')
      .max(500)
      .optional()
      .meta({ secret: true })
      .meta(
        text({
          title: 'Webhook token',
          help: 'Shared secret the site sends as "Authorization: Bearer <token>" when it POSTs reviews to /api/inbound/<source id>. Generate a long random one (e.g. openssl rand -hex 32) and give it to the site\'s developers.',
          fr: {
            title: 'Jeton du webhook',
            help: 'Secret partagé que le site envoie dans « Authorization: Bearer <jeton> » quand il publie des avis (POST) sur /api/inbound/<identifiant de la source>. Générez-en un long et aléatoire (par ex. openssl rand -hex 32) et transmettez-le aux développeurs du site.',
          },
        }),
      ),
    feedUrl: z
      .url()
      .optional()
      .meta(
        text({
          title: 'Feed URL',
          help: "A JSON, RSS or Atom feed of the site's reviews, polled with ETag / If-None-Match.",
          fr: {
            title: 'Adresse du flux',
            help: 'Un flux JSON, RSS ou Atom des avis du site, interrogé avec ETag / If-None-Match.',
          },
        }),
      ),
    format: z
      .enum(['json', 'rss', 'atom'])
      .default('json')
      .meta(
        text({
          title: 'Feed format',
          help: "The feed's format.",
          fr: { title: 'Format du flux', help: 'Le format du flux.' },
        }),
      ),
    brandName: companyRepliesName(),
    defaultAuthorName: z
      .string()
      .min(1)
      .max(100)
      .default('Client')
      .meta(
        text({
          title: 'Default author name',
          help: 'Shown when a feed item names no author.',
          fr: { title: 'Nom d’auteur par défaut', help: 'Affiché quand un élément du flux ne nomme pas son auteur.' },
        }),
      ),
  })
  .refine((o) => o.webhookToken !== undefined || o.feedUrl !== undefined, {
    message: 'give webhookToken (inbound webhook), feedUrl (polled feed), or both',
    path: ['webhookToken'],
  });

export type SiteReviewsOptions = z.output<typeof SiteReviewsOptionsSchema>;
